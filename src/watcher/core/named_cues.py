"""A headline that says the watch's occasion is not happening: "Pas de Paléo cet été non plus",
"Kein Haldern Pop in diesem Jahr", "No Shoreham Airshow a year on".

The lexicons read "pas de festival", "kein * in diesem Jahr" as a call-off only where an event
noun or a time frame says what is off; an occasion's own name is no word they know. The watch
knows it: a headline that opens on "no" and then, at once, one of the matched watch's keywords
names the occasion the user follows, and says it is off. Only for a headline that reads no
status otherwise. Pure: the reading, the item and the matches.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

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
