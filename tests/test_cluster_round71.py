"""Clustering, round 71: an occasion announced for a day (``ev.due``) awaits that day; an
article about it published before the day is its news however long since the announcement
(``cluster.awaited``), not decayed and given the context bonus; likewise an event still to
come, or with no status yet, whose titles set it for a year not yet over
(``cluster.awaited_year``) (session 31, decided on the 59 tuning sets).
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from tests.cluster_cases import event_of
from watcher.core.cluster import DocFreq, awaited, awaited_year, similarity
from watcher.core.events import EventState
from watcher.core.features import features, keyword_features
from watcher.core.params import Params
from watcher.core.types import StatusReading
from watcher.models import Item

P = Params()
AT = datetime(2021, 9, 1, 9, tzinfo=UTC)
ANNOUNCED = ("Karlsruhe tram tunnel to open on December 11 after years of works",)


def _event(due_days: float | None, status: str = "planned") -> EventState:
    ev = event_of(AT, status, *ANNOUNCED)
    ev.due = AT + timedelta(days=due_days) if due_days is not None else None
    return ev


def _score(due_days: float | None, title: str, days: float, p: Params = P) -> float:
    ev = _event(due_days)
    item = Item("v", title, "", None, "s", AT + timedelta(days=days))
    return similarity(ev, features(item, p), item, DocFreq(), p, StatusReading(None),
                      keyword_features(("tunnel",), p), ("w",))


def test_awaited_before_the_announced_day() -> None:
    """Months after the announcement, before its day: still awaited."""
    assert awaited(_event(100), AT + timedelta(days=90), P, 0.2)


def test_awaited_until_shortly_after_the_day() -> None:
    ev = _event(100)
    assert awaited(ev, AT + timedelta(days=100) + P.due_grace, P, 0.2)
    assert not awaited(ev, AT + timedelta(days=100) + P.due_grace + timedelta(hours=1), P, 0.2)


def test_not_awaited_without_a_day() -> None:
    assert not awaited(_event(None), AT + timedelta(days=10), P, 0.2)


def test_an_article_sharing_only_the_keyword_is_not_its_news() -> None:
    """Evidence beyond the watch's keywords is asked: time alone does not tie an article to
    the occasion (without it, tuning 349 / 550 where 345 / 549 with it)."""
    assert not awaited(_event(100), AT + timedelta(days=90), P, P.proximity_min / 2)


def test_a_preview_months_on_scores_higher_with_the_day_ahead() -> None:
    """A preview published three months after the announcement, ten days before the day,
    scores more against the dated event than against the same event with no day."""
    preview = "Karlsruhe tram tunnel: last test runs before the opening"
    dated = _score(100, preview, 90)
    undated = _score(None, preview, 90)
    assert dated > undated
    assert dated >= P.join_threshold


def test_a_closed_event_is_never_awaited() -> None:
    """Only an event still to come awaits its day: held, it keeps its own rules."""
    ev = _event(100)
    ev.status = "held"
    item = Item("v", "Karlsruhe tram tunnel: last test runs", "", None, "s",
                AT + timedelta(days=20))
    off = dataclasses.replace(P, context_bonus=0.0)
    on = similarity(ev, features(item, P), item, DocFreq(), P, StatusReading(None),
                    keyword_features(("tunnel",), P), ("w",))
    without = similarity(ev, features(item, off), item, DocFreq(), off, StatusReading(None),
                         keyword_features(("tunnel",), off), ("w",))
    assert on == without


YEAR_SET = ("Koralmbahn geht im Dezember 2025 in Vollbetrieb",)


def _year_event(status: str) -> EventState:
    ev = event_of(datetime(2024, 12, 1, tzinfo=UTC), status, *YEAR_SET)
    assert ev.title_years == [2025]
    return ev


def test_awaited_within_its_year() -> None:
    """A year on, still in the year the project is set for: its story."""
    at = datetime(2025, 11, 20, tzinfo=UTC)
    for status in ("unknown", "planned", "postponed"):
        assert awaited_year(_year_event(status), at, P, 0.2)


def test_not_awaited_once_its_year_is_over() -> None:
    assert not awaited_year(_year_event("unknown"), datetime(2026, 1, 5, tzinfo=UTC), P, 0.2)


def test_a_held_event_no_longer_awaits_its_year() -> None:
    assert not awaited_year(_year_event("held"), datetime(2025, 6, 1, tzinfo=UTC), P, 0.2)


def test_the_year_asks_evidence_too() -> None:
    at = datetime(2025, 6, 1, tzinfo=UTC)
    assert not awaited_year(_year_event("unknown"), at, P, P.proximity_min / 2)


def test_an_article_months_on_in_the_year_scores_higher() -> None:
    """Ten months after the announcement, an article about the line still scores against it
    (decayed to the floor, it would not)."""
    ev = _year_event("unknown")
    item = Item("v", "Koralmbahn: der Vollbetrieb rückt näher", "", None, "s",
                datetime(2025, 10, 1, tzinfo=UTC), lang="de")
    kw = keyword_features(("Koralmbahn",), P)
    on = similarity(ev, features(item, P), item, DocFreq(), P, StatusReading(None), kw, ("w",))
    ev.title_years = [2024]  # the same event set for a year now past
    off = similarity(ev, features(item, P), item, DocFreq(), P, StatusReading(None), kw, ("w",))
    assert on > off
