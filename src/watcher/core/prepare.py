"""The per-item part of tracking that needs no tracker state: match, features, status reading.

These three are pure functions of the item and the configuration (watches, cue lexicon,
parameters), so they can run anywhere: in the tracker itself, or ahead of it in the pipeline's
parse worker, off the event loop's process (``watcher.ingest``). Only what the tracker will use is
computed: most items match no watch and need neither a reading nor features. (The few unmatched
items of the document-frequency sample, :func:`~watcher.core.cluster.df_sampled`, get their
features in the tracker: in a first poll of thousands of feeds the parse worker is the busier
process, and this is work the event loop's process has time for.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from watcher.core.cues import Lexicon
from watcher.core.features import ItemFeatures, features
from watcher.core.match import WatchMatcher
from watcher.core.params import Params
from watcher.core.types import StatusReading, WatchMatch
from watcher.models import Item
from watcher.pickling import by_constructor


@by_constructor
@dataclass(frozen=True, slots=True)
class Prepared:
    """What :func:`prepare` worked out for one item."""

    matches: tuple[WatchMatch, ...]  # loose ones too (``WatchMatch.loose``)
    features: ItemFeatures | None  # matched items
    reading: StatusReading | None  # matched items


# Most items: one shared object, which a pickle of a feed's items holds once (pickle memoises
# it), so the worker sends and the event loop rebuilds one instead of one per item.
UNMATCHED = Prepared((), None, None)


def prepare(item: Item, matcher: WatchMatcher, lexicon: Lexicon, params: Params) -> Prepared:
    """Match ``item``; extract features and read its status where the tracker will need them."""
    matches = matcher.match(item, loose=True)
    if not matches:
        return UNMATCHED
    if all(m.loose for m in matches):
        # only watches whose require or exclude turned it down: most such articles continue
        # none of their events, and the tracker, which knows the events, reads them only if
        # they may (a code review: reading them all doubled a narrowed watch's replay)
        return Prepared(matches, None, None)
    return Prepared(matches, features(item, params), read_status(lexicon, item, matches))


# a negator that opens a keyword of several words: a work's or a band's name ("No Man's Sky",
# "No Time to Die", "Nothing But Thieves", "Kein Ort. Nirgends")
_NAMED_NEGATOR = re.compile(r"^(?:no|not|nothing|never|none|kein|keine|nie|pas|non|sin|nessun[oa]?)"
                            r"(?=\W)", re.IGNORECASE)


def read_status(lexicon: Lexicon, item: Item, matches: Iterable[WatchMatch]) -> StatusReading:
    """The status ``item`` reports, its watches' names read as names: a negator that opens a
    matched keyword of several words is the name's, no denial of the cue after it ("It's
    official: No Man's Sky delayed to August" was read as "not delayed", planned: session 47,
    set 178). Such a negator is blanked out, keeping every other character where it stands (the
    cues' offsets point into the item's own text)."""
    names = {k for m in matches for k in m.keywords
             if " " in k.strip() and _NAMED_NEGATOR.match(k.strip())}
    if not names:
        return lexicon.read(item.title, item.summary, item.lang)
    return lexicon.read(_unnegated(item.title, names), _unnegated(item.summary, names),
                        item.lang)


def _unnegated(text: str, names: Iterable[str]) -> str:
    for name in names:
        words = re.findall(r"\w+", name)
        pattern = re.compile(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b", re.IGNORECASE)
        text = pattern.sub(lambda m: _NAMED_NEGATOR.sub(lambda n: "x" * len(n.group()),
                                                        m.group(), count=1), text)
    return text
