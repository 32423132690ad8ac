"""One person's occasions kept apart (session 40, a user's review): "Macron to visit Oslo on June
24" joined "Macron to visit Dakar on June 3" (their headlines share "Macron to visit ... on
June"), and the Oslo visit's cancellation was told as the Dakar visit's."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from watcher.core.tracker import Tracker
from watcher.models import Item
from watcher.settings import WatchSettings

T0 = datetime(2026, 5, 1, 8, tzinfo=UTC)


def _item(key: str, days: float, source: str, title: str, summary: str) -> Item:
    return Item(key, title, summary, None, source, T0 + timedelta(days=days), lang="en")


def test_a_visit_weeks_later_to_another_city_is_another_occasion() -> None:
    tracker = Tracker([WatchSettings("macron", keywords=("Macron",))])
    dakar = _item("a", 0, "Reuters", "Macron to visit Dakar on June 3",
                  "The French president will travel to Senegal.")
    oslo = _item("b", 2, "AP", "Macron to visit Oslo on June 24",
                 "The French president will travel to Norway.")
    off = _item("c", 9, "AFP", "Macron's visit to Oslo cancelled",
                "The Elysee called off the trip to Norway.")
    first, second, third = (tracker.process(i, i.published, alertable=True)
                            for i in (dakar, oslo, off))
    assert second.event_id != first.event_id and second.new_event
    assert third.event_id == second.event_id
    assert [(a.kind, a.event.title) for a in third.alerts] == [
        ("status_change", "Macron to visit Oslo on June 24")]
    dakar_event = tracker.event(first.event_id or "")
    assert dakar_event is not None and dakar_event.status == "planned"


def test_the_same_visit_redated_within_days_stays_one() -> None:
    """A new day a few days off (no postponement word) is the same occasion."""
    tracker = Tracker([WatchSettings("macron", keywords=("Macron",))])
    a = _item("a", 0, "Reuters", "Macron to visit Oslo on June 3", "")
    b = _item("b", 2, "AP", "Macron to visit Oslo and Bergen on June 5", "")
    first, second = (tracker.process(i, i.published, alertable=True) for i in (a, b))
    assert second.event_id == first.event_id
