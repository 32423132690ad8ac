"""A headline that says the watch's occasion is not happening: "Pas de Paléo cet été non plus",
"Kein Haldern Pop in diesem Jahr", "No Shoreham Airshow a year on".

The lexicons read "pas de festival", "kein * in diesem Jahr" as a call-off only where an event
noun or a time frame says what is off; an occasion's own name is no word they know. The watch
knows it: a headline that opens on "no" and then, at once, one of the matched watch's keywords
names the occasion the user follows, and says it is off. Only for a headline that reads no
status otherwise. Pure: the reading, the item and the matches.

So does a headline that says talks were broken off, for a watch that follows the talks
(:func:`talks_broken_off`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from fnmatch import fnmatchcase
from functools import lru_cache

from watcher.core.cues import Lexicon
from watcher.core.match import WatchMatcher
from watcher.core.text import fold, words
from watcher.core.types import Cue, StatusReading, WatchMatch
from watcher.models import Item


def named_call_off(reading: StatusReading, item: Item, matches: Sequence[WatchMatch],
                   matcher: WatchMatcher, no_leads: Sequence[tuple[str, ...]]) -> StatusReading:
    """``reading``, or a call-off when the headline opens on "no" (one of ``no_leads``, folded
    words, longest first: ``Lexicon.no_leads``, every language's) and a keyword of a matched
    watch right after it, and nothing else in the article reads a status."""
    if reading.status is not None:
        return reading
    written = words(item.title)
    folded = [fold(w) for w in written[:3]]
    lead = next((n for n in no_leads if tuple(folded[:len(n)]) == n), None)
    if lead is None:
        return reading
    for m in matches:
        for keyword in m.keywords:
            size = len(words(keyword))
            span = " ".join(written[len(lead):len(lead) + size])
            probe = replace(item, title=span, summary="")
            if (not _inside(lead, keyword)
                    and any(p.watch == m.watch for p in matcher.match(probe))):
                start = item.title.find(written[0])
                cue = Cue("cancelled", " ".join(lead) + " " + keyword, "title", max(start, 0),
                          len(item.title))
                return StatusReading("cancelled", 1.0, (*reading.cues, cue),
                                     later_today=reading.later_today)
    return reading


def _inside(lead: tuple[str, ...], keyword: str) -> bool:
    """Is the "no" part of the name ("No Time to Die")?"""
    return tuple(fold(w) for w in words(keyword)[:len(lead)]) == lead


def talks_broken_off(reading: StatusReading, item: Item, matches: Sequence[WatchMatch],
                     matcher: WatchMatcher, lexicon: Lexicon) -> StatusReading:
    """``reading``, or a call-off when the headline says talks were broken off or declared
    failed (``Lexicon.talks_ended``) and the talks are what a matched watch follows: one of
    its keywords stands in that phrase or within three words after it ("échec des négociations
    gouvernementales") and names talks itself ("Koalitionsgespräche",
    "wage talks") or is the first half of a compound that does ("Jamaika-Sondierungen",
    "Brexit-Gespräche"). Such a headline reads no status of its own: for a strike or a deal
    the talks are background ("union breaks off talks, strike looms"), and the lexicons leave
    them out; for a watch on the talks they are the news (set 239's coalition and pay talks;
    session 64). Only for an article that reads no other status but a summary's plans
    ("Le GDL prépare un vote sur une grève illimitée"). Talks that began are
    held; their end is no other occasion after them (``StatusReading.talks_off``)."""
    nouns = lexicon.talks_nouns
    keywords = [k for m in matches for k in m.keywords]
    title = fold(item.title)  # once, not per keyword: every matched item passes here
    if not nouns or not (any(_talks_keyword(k, nouns) for k in keywords)
                         or any(f"{fold(k)}-" in title for k in keywords)):
        return reading  # no watch of talks: the headline is not read again (a cold poll's cost)
    span = lexicon.talks_ended(item.title)
    if span is None or any(c.blocked is None and not (c.field == "title" and span[0] <= c.start
                                                      and c.end <= span[1])
                           and not (c.field == "summary" and c.status == "planned")
                           for c in reading.cues):
        # a status of its own outside the talks' end ("für beendet" is in it); a summary's
        # plans give way, as they do to a headline's call-off (``cues._headline_change``)
        return reading
    phrase = item.title[span[0]:span[1]]
    # the talks' name may follow the phrase ("échec des négociations gouvernementales")
    after = _WORD.findall(item.title[span[1]:])[:_NAME_AFTER]
    probe = replace(item, title=" ".join([phrase, *after]), summary="")
    found = {p.watch for p in matcher.match(probe)}
    for m in matches:
        if m.watch in found and any(_names_talks(k, probe.title, nouns)
                                    for k in m.keywords):
            cue = Cue("cancelled", fold(phrase), "title", span[0], span[1])
            return StatusReading("cancelled", 1.0, (*reading.cues, cue),
                                 later_today=reading.later_today, talks_off=True)
    return reading


_WORD = re.compile(r"[\w'-]+")
_NAME_AFTER = 3  # words after a talks phrase that may still name the talks


@lru_cache(maxsize=4096)
def _talks_keyword(keyword: str, nouns: tuple[str, ...]) -> bool:
    """Does ``keyword`` name talks ("coalition talks", "Tarifverhandlungen")?"""
    return any(fnmatchcase(fold(w), n) for w in words(keyword) for n in nouns)


def _names_talks(keyword: str, phrase: str, nouns: tuple[str, ...]) -> bool:
    """Does ``keyword`` name talks ("coalition talks"), or stand in ``phrase`` as the first
    half of a hyphenated compound that does ("Jamaika-Sondierungen")?"""
    if _talks_keyword(keyword, nouns):
        return True
    name, folded = fold(keyword), fold(phrase)
    at = folded.find(name + "-")
    rest = words(folded[at + len(name) + 1:]) if at >= 0 else []
    return bool(rest) and any(fnmatchcase(rest[0], n) for n in nouns)
