"""Round 79: decisions of the state machine that rest on time and outlets rather than wording.

A plan with no cue that names a day still ahead (tentative) returns a cancelled event to planned
once the cancellation's own coverage is over (``day_rules.by_the_days``, rule 4). A headline's
firm plan returns a postponed event to planned with no day named, before the event's day
(``day_rules.before_the_day``). A final status told in a summary only gives way to another
outlet's summary reporting another change (``EventState.aside``, ``_overturns``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.state_cases import said
from watcher.core.day_rules import by_the_days
from watcher.core.events import EventState
from watcher.core.features import features
from watcher.core.params import Params
from watcher.core.types import Cue, StatusReading
from watcher.models import Item

P = Params()
CANCELLED_AT = datetime(2020, 8, 26, 20, tzinfo=UTC)  # a Wednesday


def _cancelled() -> EventState:
    ev = EventState(id="e", title="NBA playoff games called off as players strike",
                    first_seen=CANCELLED_AT, last_seen=CANCELLED_AT)
    ev.status, ev.last_transition = "cancelled", CANCELLED_AT
    return ev


def _dated(title: str, after: timedelta) -> Item:
    return Item(key=title, title=title, summary="", link=None, source="Reuters",
                published=CANCELLED_AT + after, lang="en")


def _read(title: str, after: timedelta) -> StatusReading:
    item = _dated(title, after)
    reading, _ = by_the_days(_cancelled(), item, features(item, P), StatusReading(None), P,
                             new=False)
    return reading


def test_a_day_ahead_days_after_a_cancellation_is_a_return() -> None:
    # "NBA playoffs to resume on Saturday": no cue the lexicon lists, the day ahead says it
    r = _read("NBA playoffs to go on Saturday, league says", timedelta(days=2))
    assert r.status == "planned" and r.returning and not r.tentative


def test_a_day_ahead_in_the_cancellations_own_coverage_is_no_return() -> None:
    # "Trotz abgesagtem Streik: am Montag fallen noch Züge aus" hours after the cancellation:
    # the day is the one the event was for, named again
    r = _read("Players and league talk on Saturday", timedelta(hours=14))
    assert r.status == "planned" and r.tentative and not r.returning


POSTPONED_AT = datetime(2025, 5, 2, 14, tzinfo=UTC)  # a Friday


def _postponed(due: datetime | None = None) -> EventState:
    ev = EventState(id="g", title="GTA 6 delayed to May 26, 2026", first_seen=POSTPONED_AT,
                    last_seen=POSTPONED_AT)
    ev.status, ev.last_transition, ev.due = "postponed", POSTPONED_AT, due
    return ev


def _plan(title: str, ev: EventState, after: timedelta, *, derived: bool = False) -> StatusReading:
    item = Item(key=title, title=title, summary="", link=None, source="Bloomberg",
                published=POSTPONED_AT + after, lang="en")
    cue = Cue("planned", "reaffirms", "title", 0, 9, derived=derived)
    reading = StatusReading("planned", 1.0, (cue,))
    return by_the_days(ev, item, features(item, P), reading, P, new=False)[0]


def test_a_headlines_plan_after_a_postponement_is_a_return() -> None:
    r = _plan("Take-Two reaffirms the release date of its next game", _postponed(),
              timedelta(days=97))
    assert r.status == "planned" and r.returning


def test_a_hedged_headline_plan_after_a_postponement_is_no_return() -> None:
    r = _plan("The next Rockstar game may still be delayed", _postponed(), timedelta(days=97),
              derived=True)
    assert not r.returning


def test_a_headlines_plan_on_the_day_is_no_return() -> None:
    # "Super Mario Bros. le film débarque au cinéma" on the day it opens: happening, not planned
    ev = _postponed(due=POSTPONED_AT + timedelta(days=97))
    assert not _plan("The next Rockstar game arrives in stores", ev,
                     timedelta(days=97, hours=2)).returning
    # a headline naming today's weekday ("arrive ce mercredi", published on a Wednesday)
    assert not _plan("The next Rockstar game arrives in stores this Friday", _postponed(),
                     timedelta(days=98)).returning


AT = datetime(2024, 1, 15, 11, tzinfo=UTC)


def _story(source: str, hours: float) -> Item:
    return Item(key=f"{source}{hours}", title="t", summary="s", link=None, source=source,
                published=AT + timedelta(hours=hours), lang="de")


def _cancelled_by(where: str) -> EventState:
    ev = EventState(id="f", title="Bauern planen Großkundgebung am Montag", first_seen=AT,
                    last_seen=AT)
    ev.apply(said("planned"), _story("rbb", -72))
    assert ev.apply(said("cancelled", where), _story("spiegel", 0)) == ("planned", "cancelled")
    return ev


def test_a_summarys_change_overturns_a_final_status_told_in_a_summary_only() -> None:
    ev = _cancelled_by("summary")
    assert ev.aside
    assert ev.apply(said("held", "summary"), _story("afp", 4)) == ("cancelled", "held")


def test_a_summarys_change_leaves_a_final_status_a_headline_told() -> None:
    ev = _cancelled_by("title")
    assert not ev.aside
    assert ev.apply(said("held", "summary"), _story("afp", 4)) is None


def test_a_headline_of_the_final_status_makes_it_news_not_an_aside() -> None:
    ev = _cancelled_by("summary")
    ev.apply(said("cancelled", "title"), _story("spiegel", 1))  # the same outlet: backing 1
    assert not ev.aside
    assert ev.apply(said("held", "summary"), _story("afp", 4)) is None


def test_the_same_outlets_next_story_does_not_overturn_its_own_aside() -> None:
    ev = _cancelled_by("summary")
    assert ev.apply(said("held", "summary"), _story("spiegel", 4)) is None
