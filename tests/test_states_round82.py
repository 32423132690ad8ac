"""Round 82: a held status told in a summary alone, within hours of the event's last change
(planned or postponed), is the context of that change, not the event taking place
(``EventState._too_soon``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.state_cases import said
from watcher.core.events import SETTLING, EventState
from watcher.models import Item

AT = datetime(2021, 9, 2, 18, tzinfo=UTC)


def _story(source: str, hours: float) -> Item:
    return Item(key=f"{source}{hours}", title="t", summary="s", link=None, source=source,
                published=AT + timedelta(hours=hours), lang="de")


def _planned() -> EventState:
    """ABBA announce virtual concerts (a headline's plan at AT)."""
    ev = EventState(id="e", title="ABBA announce virtual concerts", first_seen=AT, last_seen=AT)
    assert ev.apply(said("planned"), _story("bbc", 0)) == ("unknown", "planned")
    return ev


def test_a_summarys_held_hours_after_the_plan_does_not_move_it() -> None:
    # "ABBA melden sich mit neuem Album und digitalen Konzerten zurück": held off its summary
    ev = _planned()
    assert ev.apply(said("held", "summary"), _story("tagesschau", 1)) is None
    assert ev.status == "planned"


def test_a_headlines_held_hours_after_the_plan_moves_it() -> None:
    ev = _planned()
    assert ev.apply(said("held", "title"), _story("tagesschau", 1)) == ("planned", "held")


def test_a_summarys_held_once_the_change_has_settled_moves_it() -> None:
    ev = _planned()
    later = SETTLING.total_seconds() / 3600 + 1
    assert ev.apply(said("held", "summary"), _story("tagesschau", later)) == ("planned", "held")


def test_a_summarys_held_hours_after_a_postponement_does_not_move_it() -> None:
    # "la Pakistan Super League suspendue": its summary recalls the matches played
    ev = _planned()
    assert ev.apply(said("postponed"), _story("dawn", 30)) == ("planned", "postponed")
    assert ev.apply(said("held", "summary"), _story("afp", 34)) is None
    assert ev.status == "postponed"
