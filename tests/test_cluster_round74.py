"""Clustering, round 74: a held event cancelled or postponed within two days of being told
under way (``cluster._called_off_under_way``) is the same occasion stopped part-way, not
another one: the status conflict does not split it (session 31, decided on the 59 tuning
sets).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.cluster_cases import event_of
from watcher.core.cluster import conflict
from watcher.core.conflicts import ABANDON_GAP, _called_off_under_way
from watcher.core.events import EventState
from watcher.core.features import features
from watcher.core.params import Params
from watcher.core.types import StatusReading
from watcher.models import Item

P = Params()
AT = datetime(2016, 6, 3, 18, tzinfo=UTC)


def _held(status: str = "held") -> EventState:
    ev = event_of(AT, status, "Rock am Ring festival opens under storm warning")
    ev.last_transition = AT
    return ev


def _factor(ev: EventState, status: str, hours: float) -> float:
    item = Item("n", "Rock am Ring festival called off after storm", "", None, "s",
                AT + timedelta(hours=hours))
    return conflict(ev, features(item, P), P, StatusReading(status), item.published)[0]


def test_called_off_the_day_after_it_opened_is_no_conflict() -> None:
    assert _called_off_under_way(_held(), "cancelled", AT + timedelta(hours=20))
    assert _factor(_held(), "cancelled", 20) == 1.0


def test_suspended_while_under_way_is_no_conflict() -> None:
    assert _called_off_under_way(_held(), "postponed", AT + timedelta(hours=5))


def test_called_off_days_later_is_another_occasion() -> None:
    at = AT + ABANDON_GAP + timedelta(hours=1)
    assert not _called_off_under_way(_held(), "cancelled", at)
    assert _factor(_held(), "cancelled", 24 * ABANDON_GAP.days + 1) == P.status_conflict


def test_only_a_halt_of_a_held_event() -> None:
    """A plan after the event took place is still its next occasion, and an event already
    cancelled is not under way."""
    assert not _called_off_under_way(_held(), "planned", AT + timedelta(hours=5))
    assert not _called_off_under_way(_held("cancelled"), "postponed", AT + timedelta(hours=5))


def test_needs_when_it_was_told_under_way() -> None:
    ev = _held()
    ev.last_transition = None
    assert not _called_off_under_way(ev, "cancelled", AT + timedelta(hours=5))
    assert not _called_off_under_way(_held(), "cancelled", None)
