"""Whose report an article is: a wire agency's, when its dateline says so, else its outlet's.

Outlets run agency copy under their own links ("WASHINGTON (AP) — ...", "PARIS (AFP) - ...",
"Berlin (dpa) - ..."): the Guardian's and CNN's copies of one AP story are one report, and a
watch's ``min_sources = 2`` asks for two independent ones (a user's review, session 41: one AP
story in two feeds met it). The dateline is the agency's own mark, at the head of the text; an
agency named further on is a quotation ("told Reuters"), not the origin.
"""

from __future__ import annotations

import re

from watcher.models import Item

# agency -> how datelines write it (case as written: "(AP)", not "(ap)")
AGENCIES = {
    "AP": ("AP",), "AFP": ("AFP",), "Reuters": ("Reuters", "REUTERS"), "dpa": ("dpa", "DPA"),
    "APA": ("APA",), "SDA": ("SDA", "Keystone-SDA", "sda"), "ANSA": ("ANSA",), "EFE": ("EFE",),
    "Belga": ("Belga", "BELGA"), "KNA": ("KNA",), "epd": ("epd",), "Xinhua": ("Xinhua",),
    "TASS": ("TASS",), "UPI": ("UPI",), "Kyodo": ("Kyodo",), "Yonhap": ("Yonhap",),
    "PAP": ("PAP",), "ČTK": ("ČTK", "CTK"),
}
_NAMES = {name: agency for agency, names in AGENCIES.items() for name in names}
# "(AP)", "(dpa/AFP)", "(AFP) -" within the dateline: at most 80 characters in, before a dash
_DATELINE = re.compile(
    r"^[^()\n]{0,80}?\((?P<names>[A-Za-zČ-]+(?:\s*/\s*[A-Za-zČ-]+)*)\)\s*(?:[-–—:|]|$)")


def wire_agency(text: str) -> str | None:
    """The agency a dateline at the head of ``text`` names (the first of "dpa/AFP"), if any."""
    match = _DATELINE.match(text or "")
    if match is None:
        return None
    first = re.split(r"\s*/\s*", match.group("names"))[0]
    return _NAMES.get(first)


def origin(item: Item) -> str:
    """Whose report ``item`` is: the wire agency of its summary's (or headline's) dateline, else
    its outlet (``item.source``)."""
    agency = wire_agency(item.summary) or wire_agency(item.title)
    return f"wire:{agency}" if agency else item.source
