"""Round 47: the event status state machine (session 25, decided on the 59 tuning sets).

A status the event had before may happen anew: held after a return, or a headline's
postponement or cancellation once the event was back on ("Kanye West's 'Yandhi' misses its
second release date"); an old status repeated still changes nothing (``EventState._recurs``).
A final status gives way when two more outlets report another change after it
(``EventState._overturns``). A cancelled event that a later article plans with a day still
ahead is back on ("Rolling Stones set July 7 date for postponed Amsterdam show").
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.state_cases import Scripted, said
from watcher.core.events import EventState
from watcher.core.tracker import Tracker
from watcher.models import Item
from watcher.settings import WatchSettings

T0 = datetime(2025, 10, 16, 20, tzinfo=UTC)


def item(n: int, hours: float, source: str, title: str | None = None) -> Item:
    # each article in words of its own (its number): an article in another's words, after the
    # event moved on, is that one reprinted (``EventState.copied``)
    title = title or f"Putin Budapest summit, report {n:04d}"
    return Item(key=f"k{n}", title=title, summary="Donald Trump and Vladimir Putin in Budapest.",
                link=f"https://x/{n}", source=source, published=T0 + timedelta(hours=hours),
                lang="en")


def event() -> EventState:
    return EventState(id="e", title="Putin Budapest summit", first_seen=T0, last_seen=T0)


def test_a_headline_postponement_after_the_event_was_back_on_is_a_new_one() -> None:
    ev = event()
    assert ev.apply(said("planned"), item(1, 0, "a")) == ("unknown", "planned")
    assert ev.apply(said("postponed"), item(2, 10, "b")) == ("planned", "postponed")
    assert ev.apply(said("planned", returning=True), item(3, 20, "c")) == ("postponed", "planned")
    # a summary's aside about the old postponement is a recap: no flip back
    assert ev.apply(said("postponed", "summary"), item(4, 30, "d")) is None
    # a recap older than the return changes nothing either
    assert ev.apply(said("postponed"), item(5, 15, "e")) is None
    # a headline reporting it postponed again is news
    assert ev.apply(said("postponed"), item(6, 40, "f")) == ("planned", "postponed")
    assert [h["status"] for h in ev.history] == ["planned", "postponed", "planned", "postponed"]


def test_a_plan_seen_before_needs_a_return_and_held_after_a_return_is_news() -> None:
    """A match read held off one outlet, then rained off into its reserve day (the headline
    overturns the lone held), back on for Monday, then played: held again is news."""
    ev = event()
    ev.apply(said("planned"), item(1, 0, "a"))
    ev.apply(said("held"), item(2, 5, "a"))
    assert ev.apply(said("postponed"), item(3, 10, "b")) == ("held", "postponed")
    assert ev.apply(said("planned"), item(4, 20, "c")) is None  # a preview repeated
    assert ev.apply(said("planned", returning=True), item(5, 30, "d")) == ("postponed", "planned")
    assert ev.apply(said("held", "summary"), item(6, 40, "e")) == ("planned", "held")


def test_a_cancellation_after_the_event_was_back_on() -> None:
    ev = event()
    ev.apply(said("cancelled"), item(1, 0, "a"))
    ev.apply(said("planned", returning=True), item(2, 10, "b"))
    assert ev.apply(said("cancelled", "summary"), item(3, 20, "c")) is None
    assert ev.apply(said("cancelled"), item(4, 30, "d")) == ("planned", "cancelled")


def test_two_more_outlets_overturn_a_final_status() -> None:
    ev = event()
    ev.apply(said("held"), item(1, 0, "a"))
    ev.apply(said("held"), item(2, 1, "b"))
    assert ev.backing("held") == 2
    # one outlet's cancellation does not overturn what two reported held; the same outlet
    # again counts once; a second outlet, in headline or summary, does
    assert ev.apply(said("cancelled"), item(3, 5, "c")) is None
    assert ev.apply(said("cancelled"), item(4, 6, "c")) is None
    assert ev.apply(said("cancelled", "summary"), item(5, 7, "d")) == ("held", "cancelled")
    assert ev.against == {}  # counted afresh from the transition on


def test_two_outlets_never_take_a_final_status_back_to_planned() -> None:
    ev = event()
    ev.apply(said("held"), item(1, 0, "a"))
    ev.apply(said("held"), item(2, 1, "b"))
    assert ev.apply(said("planned"), item(3, 5, "c")) is None
    assert ev.apply(said("planned"), item(4, 6, "d")) is None
    assert ev.status == "held"


def test_reports_before_the_transition_do_not_count_against_it() -> None:
    ev = event()
    ev.apply(said("held"), item(1, 10, "a"))
    ev.apply(said("held"), item(2, 11, "b"))
    assert ev.apply(said("cancelled"), item(3, 5, "c")) is None  # older than the held
    assert ev.apply(said("cancelled"), item(4, 12, "d")) is None
    assert ev.against == {"cancelled": ["d"]}


def test_the_outlets_against_round_trip_through_json() -> None:
    ev = event()
    ev.apply(said("held"), item(1, 0, "a"))
    ev.apply(said("held"), item(2, 1, "b"))
    ev.apply(said("cancelled"), item(3, 5, "c"))
    back = EventState.from_dict(ev.to_dict())
    assert back.against == {"cancelled": ["c"]}
    assert back.apply(said("cancelled"), item(4, 6, "d")) == ("held", "cancelled")
    old = ev.to_dict()
    del old["against"]  # a blob stored before round 47
    assert EventState.from_dict(old).against == {}


def test_a_cancelled_event_given_a_day_ahead_is_back_on() -> None:
    axed = "Putin Budapest summit called off"
    dated = "Putin Budapest summit set for November 20"
    undated = "Putin Budapest summit: what was planned"
    lex = Scripted({axed: said("cancelled"), dated: said("planned"), undated: said("planned")})
    t = Tracker([WatchSettings("putin", keywords=("Putin",))],
                lexicon=lex)  # type: ignore[arg-type]
    first = t.process(item(1, 0, "a", axed), T0)
    assert first.transition == ("unknown", "cancelled")
    recap = t.process(item(2, 5, "b", undated), T0)
    assert recap.transition is None and recap.alerts == ()
    back = t.process(item(3, 10, "c", dated), T0)
    assert back.event_id == first.event_id
    assert back.transition == ("cancelled", "planned")
    assert [(a.kind, a.event.status, a.event.previous_status) for a in back.alerts] == [
        ("status_change", "planned", "cancelled")]
    assert "a date ahead after the cancellation" in back.reason


def test_the_outlets_that_overturned_a_final_status_back_it_for_min_sources() -> None:
    """Two outlets that report the cancellation of an event held are its two sources: a watch
    with ``min_sources = 2`` is told at once, not after a third."""
    opened = "Putin Budapest summit opens"
    axed = "Putin Budapest summit cut short"
    lex = Scripted({opened: said("held"), axed: said("cancelled")})
    t = Tracker([WatchSettings("putin", keywords=("Putin",), min_sources=2)],
                lexicon=lex)  # type: ignore[arg-type]
    t.process(item(1, 0, "a", opened), T0)
    told = t.process(item(2, 1, "b", opened), T0)
    assert [a.kind for a in told.alerts] == ["new_event"]
    assert t.process(item(3, 5, "c", axed), T0).transition is None
    o = t.process(item(4, 6, "d", axed), T0)
    assert o.transition == ("held", "cancelled")
    ev = t.event(o.event_id or "")
    assert ev is not None and ev.backing("cancelled") == 2
    assert [(a.kind, a.event.status) for a in o.alerts] == [("status_change", "cancelled")]
