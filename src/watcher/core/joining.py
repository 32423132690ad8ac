"""Joining: which event an item joins when no candidate scores ``join_threshold``.

Step 3 of :meth:`~watcher.core.tracker.Tracker.process` (cluster): the best candidate above
``join_threshold`` is joined; else - the watch's current story (:func:`current_story`) - the
only one of its live events nothing in the item disagrees with; or the best one if it is the
watch's, scored above ``near_threshold`` and nothing disagrees (:func:`near_event`); else the
item opens a new event. These rules read the tracker's events and each watch's latest events
but change nothing: pure functions of that state, kept apart from the tracker's bookkeeping.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from watcher.core.cluster import closed_long_ago, conflict, final_gap
from watcher.core.events import EventState, text_words
from watcher.core.features import CLOSED, KIND_FEATURES, OPEN, ItemFeatures
from watcher.core.ordinals import ordinal_conflict
from watcher.core.params import Params
from watcher.core.types import StatusReading, WatchMatch
from watcher.models import Item

# how an article joined the event the watch follows on its keyword alone (:func:`current_story`)
CURRENT_STORY = "the watch's current story: its only live event"


def join_target(item: Item, feats: ItemFeatures, reading: StatusReading,
                matches: Sequence[WatchMatch], scored: Sequence[tuple[str, float]],
                events: Mapping[str, EventState], recent: Mapping[str, Sequence[str]],
                params: Params, discount_of: Callable[[Sequence[WatchMatch]], frozenset[str]],
                kinds: frozenset[str] = frozenset()) -> tuple[str | None, str]:
    """The event ``item`` joins and why, in words (``(None, "")``: a new event): the best
    candidate scoring ``join_threshold``, else the watch's current story
    (:func:`current_story`), else its best event scoring ``near_threshold`` (:func:`near_event`),
    else, for a postponement or call-off, the candidate one of whose reports it copies
    (:func:`copied_in`).

    ``events``: the tracker's events by id; ``recent``: each watch's latest event ids;
    ``discount_of``: the features of the matched watches' keywords (``Tracker._discount``);
    ``kinds``: the watches on a kind of occasion (``match.kind_watch``)."""
    if scored and scored[0][1] >= params.join_threshold:
        return scored[0][0], f"score {scored[0][1]:.2f}"
    side = current_story(item, feats, reading, matches, events, recent, params, kinds)
    if side is not None:
        return side, CURRENT_STORY
    near = near_event(item, feats, reading, matches, scored, events, params, discount_of)
    if near is not None:
        return near, f"score {scored[0][1]:.2f}: the watch's best event, nothing disagreeing"
    if reading.status in ("postponed", "cancelled"):
        copied = copied_in(item, reading.status, scored, events)
        if copied is not None:
            return copied, "a copy of one of its articles"
    return None, ""


def copied_in(item: Item, status: str, scored: Sequence[tuple[str, float]],
              events: Mapping[str, EventState]) -> str | None:
    """The candidate event one of whose reports of ``status`` ``item`` copies, word for word
    or nearly: a paper reprinting weeks later the call-off an event told ("Suisse: le festival
    Paléo annule son édition 2027", after the 2028 edition was announced) shares too little
    with its event's later articles to score, and opened an event of its own with a second
    "new event" alert (a user's review of long stories, session 53)."""
    words = text_words(item)
    for eid, _ in scored:
        ev = events.get(eid)
        if ev is not None and ev.copied(status, words):
            return eid
    return None


def current_story(item: Item, feats: ItemFeatures, reading: StatusReading,
                  matches: Sequence[WatchMatch], events: Mapping[str, EventState],
                  recent: Mapping[str, Sequence[str]], params: Params,
                  kinds: frozenset[str] = frozenset()) -> str | None:
    """The watch's current story, which an article that scored below the threshold still
    continues, if any.

    Coverage of one occasion goes on with articles that share little but the watch's keyword
    ("Pogacar wins the Tour de France", "McCartney headlines Glastonbury"). Within a watch,
    such an article joins the event the watch is following when that event is the only one
    still *live* (:func:`is_live`: to come, or closed only days ago) that nothing in the
    article disagrees with (no other place, country, year, month, no status it cannot take,
    no other kind of occasion, no reopening of a closed event): a live event the article
    contradicts is not the one it continues. A split would
    announce the same event twice; a wrong join of an article without status changes
    nothing the user sees.
    """
    near: set[str] = set()
    for m in matches:
        if not m.keywords:  # a watch that takes every item says nothing about the topic
            return None
        if m.watch in kinds:
            # a watch on a kind of occasion ("Streik", "grève") names every strike, not the one
            # it follows (a user's review: Germany's rail strike joined Italy's on "Warnstreik"
            # alone); the article's other watches still have their current stories
            continue
        for eid in recent.get(m.watch, ()):
            ev = events.get(eid)
            if ev is not None and is_live(ev, item, params):
                near.add(eid)
    fits = [eid for eid in near if fits_event(events[eid], item, feats, reading, params)]
    return fits[0] if len(fits) == 1 else None


def near_event(item: Item, feats: ItemFeatures, reading: StatusReading,
               matches: Sequence[WatchMatch], scored: Sequence[tuple[str, float]],
               events: Mapping[str, EventState], params: Params,
               discount_of: Callable[[Sequence[WatchMatch]], frozenset[str]]) -> str | None:
    """The best-scoring event, when it scored below ``join_threshold`` but at least
    ``near_threshold``, is an event of the item's watches and nothing in the item
    disagrees with it (:func:`fits_event`).

    The threshold is for any event; within a watch the articles of one occasion often
    share little beyond its names, the more so across languages and months ("Pope Francis
    to visit Indonesia, Papua New Guinea..." in April, "Papst Franziskus bricht zu seiner
    längsten Reise auf" in September), and a split announces the occasion twice. An event
    the article names another place, year, month, status or kind of occasion for is left
    (:func:`fits_event`), as is one of a watch without keywords (its every item shares it) and
    one the article shares nothing with but the watch's keywords.
    Over the tuning sets (wrong alerts / missed runs / mean B3): 550 / 772 / 0.9229 ->
    538 / 775 / 0.9246; ``join_threshold`` 0.15 for every event instead: 511 / 856; 0.18:
    526 / 819. ``near_threshold`` 0.12: 532 / 777, 0.10: about 531 / 780 (measured before
    the test of evidence beyond the keywords, which took 1 wrong alert and 1 run)."""
    p = params
    if p.near_threshold <= 0 or not scored or scored[0][1] < p.near_threshold:
        return None
    ev = events.get(scored[0][0])
    if ev is None:
        return None
    keyed = {m.watch for m in matches if m.keywords}
    if not keyed & set(ev.watches) or not fits_event(ev, item, feats, reading, params):
        return None
    # something beyond the watch's keywords in common: "Paul McCartney headlines
    # Glastonbury" guesses no more between the festival and the town's election than
    # the current story does
    discount = discount_of(matches)
    if not any(k in ev.features for k in feats.weights if k not in discount):
        return None
    return ev.id


def fits_event(ev: EventState, item: Item, feats: ItemFeatures, reading: StatusReading,
               params: Params) -> bool:
    """Nothing in ``item`` disagrees with ``ev`` (see :func:`current_story`); nor does its
    headline number the occasion as none of the event's did ("second sprint weekend" after
    the first: ``ordinals.ordinal_conflict``)."""
    p = params
    if ev.status in CLOSED and reading.status not in (None, ev.status):
        return False
    have = {k for k in ev.features if k in KIND_FEATURES}
    if feats.title_kinds and have and not feats.title_kinds & have:  # a match, not a summit
        return False
    if ordinal_conflict(ev.features, feats.ordinals):  # the second round, not the first
        return False
    # another place, country, year, month or day
    return conflict(ev, feats, p, reading, item.published)[0] >= 1.0


def is_live(ev: EventState, item: Item, params: Params) -> bool:
    """Is ``ev`` still a current story of its watch when ``item`` arrives? One still to come
    until shortly after the day an article dated it to ("on 29 August", "from Thursday") or,
    undated, for ``context_days`` after its last article, and until the end of a year its
    titles named ("in November 2021", "slips to late 2023"); a postponed one also for
    ``context_days`` past its day (the day a postponement names may be the one it was moved
    from); a held, cancelled or status-less one until ``final_gap`` after its last article
    (``cluster.final_gap``: longer for a held tournament, festival or trial, whose final
    or verdict comes weeks after its opening), a status-less one also until its
    day if an article dated it."""
    p = params
    gap = abs(item.published - ev.last_seen)
    if ev.status in OPEN:
        undated = gap.total_seconds() <= p.context_days * 86400
        if ev.due is not None and item.published <= ev.due + p.due_grace:
            return True
        # the day a postponement names may be the one it moved from: it ends nothing
        if undated and (ev.due is None or ev.status == "postponed"):
            return True
        # announced for a year ("in November 2021", "slips to late 2023"): until it ends
        return max(ev.title_years, default=0) >= item.published.year
    if closed_long_ago(ev, item.published, p):  # ``Params.closed_span``
        return False
    return gap <= final_gap(ev, p) or (ev.due is not None
                                       and item.published <= ev.due + p.due_grace)

