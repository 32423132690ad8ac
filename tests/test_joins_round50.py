"""Round 50: which event an article joins, and what its days change (session 24, decided on
the 59 tuning sets).

Kept: a day ahead within half a day of a postponement is the day it moved to, reported again by
another outlet ("Bills spielen erst am Montag in Detroit" hours after "Bills-Jets pushed back to
Monday"), not a new date: no return to planned (``day_rules.postponed_lately``; tuning 490 / 645
-> 487 / 646 wrong alerts / missed runs, B3 0.9297 unchanged).

Tried and dropped (tuning, wrong / missed / B3, from 490 / 645 / 0.9297): a minimum score for
the watch's current story (0.01: 518 / 653 / 0.9256; 0.02: 527 / 653 / 0.9250), a feature in
common with it (508 / 650 / 0.9275), evidence beyond the keywords unless a keyword stands in the
headline (495 / 645 / 0.9293), and that evidence only for articles with a status (588 / 677 /
0.9153) or only for those joining a held or cancelled event (502 / 655 / 0.9259): the current
story's low scorers are mostly right. For rule 4: no return on plans without a cue (485 / 676),
only with a planned cue (485 / 676) or one in the headline (484 / 684); a day instead of half a
day (486 / 649). The same half day after a cancellation for the tracker's "planned again"
(with the kept change: 487 / 646 -> 487 / 649, B3 0.9295); no return to planned either when
the plan is a report of it happening that names a day ahead (rule 3: "Queen's Speech paves way
for Brexit on 31 January"): 486 / 650.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from watcher.core.day_rules import SAME_NEWS, by_the_days, postponed_lately
from watcher.core.events import EventState
from watcher.core.features import features
from watcher.core.params import Params
from watcher.core.types import StatusReading
from watcher.models import Item

P = Params()
MONDAY = datetime(2014, 11, 17, 12, tzinfo=UTC)  # a Monday
FRIDAY = MONDAY - timedelta(days=3)


def _item(title: str, at: datetime, lang: str = "en") -> Item:
    return Item(key=title, title=title, summary="", link=None, source="s", published=at,
                lang=lang)


def _postponed_at(at: datetime) -> EventState:
    """An event postponed by an article published at ``at``."""
    first = _item("Bills-Jets pushed back to Monday", at)
    ev = EventState(id="e", title=first.title, first_seen=at, last_seen=at, watches=["w"])
    ev.apply(StatusReading("postponed", 1.0), first)
    return ev


def _planned_again(title: str, at: datetime, ev: EventState, lang: str = "en") -> bool:
    item = _item(title, at, lang)
    feats = features(item, P)
    reading, why = by_the_days(ev, item, feats, StatusReading(None), P, new=False)
    return reading.status == "planned" and reading.returning and "planned again" in why


def test_postponed_lately_within_half_a_day() -> None:
    ev = _postponed_at(FRIDAY)
    assert postponed_lately(ev, _item("x", FRIDAY + timedelta(hours=3)))
    assert not postponed_lately(ev, _item("x", FRIDAY + SAME_NEWS + timedelta(hours=1)))


def test_never_postponed_is_not_lately() -> None:
    ev = EventState(id="e", title="t", first_seen=FRIDAY, last_seen=FRIDAY, watches=["w"])
    assert not postponed_lately(ev, _item("x", FRIDAY))


def test_day_ahead_hours_after_postponement_is_no_new_date() -> None:
    ev = _postponed_at(FRIDAY)
    title = "Schneechaos in Buffalo: Bills spielen erst am Montag in Detroit"
    assert not _planned_again(title, FRIDAY + timedelta(hours=4), ev, "de")


def test_day_ahead_days_after_postponement_is_planned_again() -> None:
    title = "France v Scotland to be played on Friday 26 March"
    at = datetime(2021, 3, 15, 12, tzinfo=UTC)
    ev = _postponed_at(at - timedelta(days=10))
    assert _planned_again(title, at, ev)
