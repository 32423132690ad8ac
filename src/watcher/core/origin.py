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
    names = re.split(r"\s*/\s*", match.group("names"))
    # an agency's regional or topic service after it, in small letters: "Kassel (dpa/lhe) -",
    # "(dpa/lnw)" are dpa's Hesse and North Rhine-Westphalia copy (a user's review, session 52)
    names = [n for k, n in enumerate(names)
             if not (k and n.islower() and len(n) <= 4 and n not in _NAMES)]
    agencies = {_NAMES.get(n) for n in names}
    if None in agencies:
        return None
    return "+".join(sorted(a for a in agencies if a))


# the agency's mark at the end of a summary ("... abgesagt. (dpa)") or its copyright line
# ("© dpa-infocom, dpa:261205-930-112233/2"), where an outlet's feed drops the dateline
_BYLINE = re.compile(r"\((?P<name>[A-Za-zČ-]+)\)\s*$|©\s*(?P<copy>[A-Za-zČ]+)(?:-infocom)?\b")


def byline_agency(text: str) -> str | None:
    """The agency a byline at the end of ``text`` or a copyright line in it names, if any."""
    match = _BYLINE.search(text or "")
    if match is None:
        return None
    return _NAMES.get(match.group("name") or match.group("copy"))


def origin(item: Item) -> str:
    """Whose report ``item`` is: the wire agency of its summary's (or headline's) dateline, or
    of its summary's closing byline or copyright line, else its outlet's (an agency's own
    feed, "Reuters", is the agency's: ``wire:Reuters``)."""
    agency = (wire_agency(item.summary) or wire_agency(item.title)
              or byline_agency(item.summary))
    return f"wire:{agency}" if agency else _own(item.source)


def _own(outlet: str) -> str:
    agency = _NAMES.get(outlet) or _NAMES.get(outlet.strip().split(" ")[0])
    return f"wire:{agency}" if agency else outlet


# An event's ``support`` and ``against`` lists hold one entry per report: the outlet, and after
# WIRE the origin when it is not the outlet's own ("Guardian@wire:AP"). Two entries are one
# source when they share the outlet or the origin (``same_source``): an agency's copy in two
# feeds is one, and so is an outlet that ran an agency's copy and a story of its own (a code
# review, session 41: counted by origin alone, one feed with and without datelines met
# ``min_sources = 2``); how many a list holds is ``count_sources``. Entries stored before
# (outlet names) read as the outlet's own reports.
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
    """The distinct sources among ``entries``: each outlet that reported with a story of its
    own, and each agency whose copy an outlet with no story of its own ran (an agency's own
    feed is the agency). An outlet's copies count as its own voice when it reported itself
    too, so one outlet alone stays one source however it marked its articles (a code review,
    session 41), and one outlet's copies of AP and of Reuters are two agencies' (session 45).
    Until session 52 an outlet's own story joined its copies' agency, and through it every
    other outlet that ran the copy: in a regional market where every paper runs dpa, two
    papers' own reporting after the dpa copy counted as one source with dpa, and no paper
    could confirm a story (a user's review)."""
    own = {outlet for outlet, _ in map(_parts, (e for e in entries if WIRE not in e))}
    voices = {_own(outlet) for outlet in own}
    for e in entries:
        outlet, who = _parts(e)
        if outlet not in own:
            voices.add(who)
    return len(voices)
