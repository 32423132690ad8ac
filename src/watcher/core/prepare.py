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
    set 178), and so is a cue word the keyword writes with a capital ("l'Arc de Triomphe
    tagué" is no triumph, held; "the Met Gala", "EA Play": session 49, set 191). A keyword's
    lower-case cue stays one: "sworn in", "Argentinien wählt" are what their users watch for.
    Such words are blanked out, keeping every other character where it stands (the cues'
    offsets point into the item's own text)."""
    names: dict[str, frozenset[str]] = {}
    for m in matches:
        for k in m.keywords:
            words = _name_words(lexicon, k.strip(), item.lang)
            if words:
                names[k.strip()] = words
    if not names:
        return lexicon.read(item.title, item.summary, item.lang, item.published.year)
    return lexicon.read(_unnamed(item.title, names), _unnamed(item.summary, names), item.lang,
                        item.published.year)


_WORD = re.compile(r"\w+")
# one lexicon's answers at a time: a reload's new lexicon starts afresh (a code review: keyed by
# lexicon, the cache kept every replaced one alive, some 4.5 MB each)
_NAME_WORDS: dict[tuple[str, str | None], frozenset[str]] = {}
_NAME_WORDS_OF: list[Lexicon] = []


def _name_words(lexicon: Lexicon, keyword: str, lang: str | None) -> frozenset[str]:
    """The words of a keyword of several words ("Met Gala", "Al-Jazeera-Reporter") that are
    its name's, not a status: a negator that opens it, and a word it writes with a capital
    that reads as a cue alone."""
    if not _NAME_WORDS_OF or _NAME_WORDS_OF[0] is not lexicon or len(_NAME_WORDS) > 4096:
        _NAME_WORDS.clear()
        _NAME_WORDS_OF[:] = [lexicon]
    key = (keyword, lang)
    found = _NAME_WORDS.get(key)
    if found is None:
        words = _WORD.findall(keyword)
        named: set[str] = set()
        if len(words) > 1:
            named.update(words[:1] if _NAMED_NEGATOR.match(keyword) else ())
            named.update(w for w in words if w[:1].isupper() and lexicon.read(w, "", lang).cues)
        found = _NAME_WORDS[key] = frozenset(named)
    return found


def _unnamed(text: str, names: dict[str, frozenset[str]]) -> str:
    """``text`` with the words ``names`` gives each keyword blanked in its occurrences, as the
    watch matched them (a word's inflected tail: "Met Galas") and where the text too writes
    the word as a name, with a capital ("Netrebko met Opera chiefs" keeps its verb)."""
    for name, blank in names.items():
        lower = {b.lower() for b in blank}

        def blanked(w: re.Match[str], lower: set[str] = lower) -> str:
            word = w.group()
            named = word[:1].isupper() and any(word.lower().startswith(b) for b in lower)
            return "x" * len(word) if named else word

        pattern = re.compile(r"\b" + r"\W+".join(re.escape(w) + r"\w*"
                                                 for w in _WORD.findall(name)) + r"\b",
                             re.IGNORECASE)
        text = pattern.sub(lambda m: _WORD.sub(blanked, m.group()), text)
    return text
