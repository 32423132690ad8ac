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
    "AP": ("AP",), "AFP": ("AFP",), "Reuters": ("Reuters", "REUTERS"), "dpa": ("dpa", "DPA",
    "dpa-AFX"), "APA": ("APA",), "SDA": ("SDA", "Keystone-SDA", "sda", "ATS", "Keystone-ATS"),
    "ANSA": ("ANSA",), "EFE": ("EFE",), "Belga": ("Belga", "BELGA"), "KNA": ("KNA",),
    "epd": ("epd",), "Xinhua": ("Xinhua",), "TASS": ("TASS",), "UPI": ("UPI",),
    "Kyodo": ("Kyodo",), "Yonhap": ("Yonhap",), "PAP": ("PAP",), "ČTK": ("ČTK", "CTK"),
}
_NAMES = {name: agency for agency, names in AGENCIES.items() for name in names}
# "WASHINGTON (AP) —", "PARIS, 3 mars (AFP) -", "MADRID (EFE).-", "Berlin (dpa/AFP) Der":
# a place (and a date) of capitalised words and numbers, then the agencies in parentheses, then
# a dash or a capitalised word. A lower-case word before the parenthesis is a sentence, not a
# dateline ("told Reuters (Reuters) -"), except a date's ("3 mars", "de").
_DATELINE = re.compile(
    r"^\s*(?P<place>[^()\n]{0,80}?)\s*\((?P<names>[A-Za-zČ-]+(?:\s*/\s*[A-Za-zČ-]+)*)\)"
    r"\s*(?:\.?\s*[-–—‒−―:|]|--|\s+(?=[A-ZÀ-ÝÄÖÜ]))")
_DATE_WORDS = frozenset({
    "de", "du", "del", "am", "le", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "janv", "fevr", "févr", "mars", "avr", "mai", "juin", "juil",
    "août", "aout", "déc", "janvier", "février", "avril", "juillet", "septembre", "octobre",
    "novembre", "décembre", "ene", "dic", "gen", "giu", "lug", "ago", "set", "ott",
})


def wire_agency(text: str) -> str | None:
    """The agency a dateline at the head of ``text`` names, if any (joint copy, "dpa/AFP", is
    named by its agencies in alphabetical order: one origin however the outlet writes it)."""
    match = _DATELINE.match(text or "")
    if match is None:
        return None
    for word in re.findall(r"[^\W\d_]+", match.group("place")):
        if word[0].islower() and word.lower().rstrip(".") not in _DATE_WORDS:
            return None  # a sentence before the parenthesis: a quotation, not a dateline
    agencies = {_NAMES.get(n) for n in re.split(r"\s*/\s*", match.group("names"))}
    if None in agencies:
        return None
    return "+".join(sorted(a for a in agencies if a))


def origin(item: Item) -> str:
    """Whose report ``item`` is: the wire agency of its summary's (or headline's) dateline, else
    its outlet's (an agency's own feed, "Reuters", is the agency's: ``wire:Reuters``)."""
    agency = wire_agency(item.summary) or wire_agency(item.title)
    return f"wire:{agency}" if agency else _own(item.source)


def _own(outlet: str) -> str:
    agency = _NAMES.get(outlet) or _NAMES.get(outlet.strip().split(" ")[0])
    return f"wire:{agency}" if agency else outlet


# An event's ``support`` and ``against`` lists hold one entry per report: the outlet, and after
# WIRE the origin when it is not the outlet's own ("Guardian@wire:AP"). Two entries are one
# source when they share the outlet or the origin: an agency's copy in two feeds is one, and
# so is an outlet that ran an agency's copy and a story of its own (a code review, session 41:
# counted by origin alone, one feed with and without datelines met ``min_sources = 2``).
# Entries stored before (outlet names) read as the outlet's own reports.
WIRE = "@"


def entry(item: Item) -> str:
    """The support entry of ``item``: its outlet, with its origin when that is another's."""
    who = origin(item)
    return item.source if who == _own(item.source) else f"{item.source}{WIRE}{who}"


def _parts(e: str) -> tuple[str, str]:
    outlet, sep, who = e.rpartition(WIRE)
    if not sep or not who.startswith("wire:"):
        return e, _own(e)
    return outlet, who


def same_source(a: str, b: str) -> bool:
    """Are support entries ``a`` and ``b`` one source (a shared outlet or origin)?"""
    (oa, wa), (ob, wb) = _parts(a), _parts(b)
    return oa == ob or wa == wb


def count_sources(entries: list[str]) -> int:
    """The distinct sources among ``entries``: entries joined by a shared outlet or origin,
    however long the chain, count once. An outlet's copies join through the outlet only when
    it reported with a story of its own too: one outlet that ran AP's copy and Reuters' is
    two agencies' reports, not one source (a code review, session 45)."""
    own = {e for e in entries if WIRE not in e}
    groups: list[tuple[set[str], set[str]]] = []
    for e in entries:
        outlet, who = _parts(e)
        merged = ({outlet} if e in own or outlet in own else set(), {who})
        rest = []
        for g in groups:
            if not (g[0].isdisjoint(merged[0]) and g[1].isdisjoint(merged[1])):
                merged[0].update(g[0])
                merged[1].update(g[1])
            else:
                rest.append(g)
        groups = [*rest, merged]
    return len(groups)
