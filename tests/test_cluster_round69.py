"""Round 69: a held occasion that runs on (a tournament, a festival, a trial) stays its watch's
story longer after its last article than other held events (``cluster.final_gap``)."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from watcher.core.cluster import RUN_KINDS, final_gap
from watcher.core.events import EventState
from watcher.core.params import Params

T0 = datetime(2024, 6, 1, tzinfo=UTC)


def _event(status: str, features: dict[str, int]) -> EventState:
    return EventState(id="e1", title="x", first_seen=T0, last_seen=T0, status=status,
                      features=dict(features))


def test_held_tournament_stays_open_longer() -> None:
    p = Params()
    ev = _event("held", {"c:tournament": 2, "w:opener": 1})
    assert final_gap(ev, p) == p.run_final_gap
    assert final_gap(ev, p) > p.final_gap


def test_held_trial_and_festival_run_on() -> None:
    p = Params()
    for kind in ("c:trial", "c:festival"):
        assert kind in RUN_KINDS
        assert final_gap(_event("held", {kind: 1}), p) == p.run_final_gap


def test_held_visit_closes_at_final_gap() -> None:
    p = Params()
    assert final_gap(_event("held", {"c:visit": 3}), p) == p.final_gap


def test_cancelled_tournament_closes_at_final_gap() -> None:
    p = Params()
    assert final_gap(_event("cancelled", {"c:tournament": 3}), p) == p.final_gap


def test_never_shorter_than_final_gap() -> None:
    p = Params(final_gap=timedelta(days=80), run_final_gap=timedelta(days=56))
    assert final_gap(_event("held", {"c:tournament": 1}), p) == timedelta(days=80)
