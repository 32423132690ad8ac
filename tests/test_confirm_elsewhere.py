"""A first "held" report waits for a second outlet; an article about another occasion of the
same person, whose headline reports that occasion's change ("Zelensky cancels trip to Davos
forum"), does not confirm it (a user's review, session 40: it sent "new event: held" three days
late, under the Davos headline)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from watcher.core.tracker import Tracker
from watcher.models import Item
from watcher.settings import WatchSettings

T0 = datetime(2026, 11, 22, 17, tzinfo=UTC)


def _item(key: str, days: float, source: str, title: str, summary: str) -> Item:
    return Item(key, title, summary, None, source, T0 + timedelta(days=days), lang="en")


def test_another_occasions_change_does_not_confirm_a_first_held_report() -> None:
    tracker = Tracker([WatchSettings("zelensky", keywords=("Zelensky",))])
    visit = _item("a", 0, "Wire", "Zelensky visits front-line troops near Kharkiv",
                  "Ukraine's president met soldiers on Sunday.")
    davos = _item("b", 3, "Courier", "Zelensky cancels trip to Davos forum",
                  "The Ukrainian president will not travel to Switzerland, his office said.")
    first = tracker.process(visit, visit.published, alertable=True)
    assert first.alerts == ()  # held, one outlet: waits
    second = tracker.process(davos, davos.published, alertable=True)
    assert second.alerts == ()
    again = _item("c", 0.3, "AP", "Zelensky visits troops near Kharkiv",
                  "The president met soldiers on the front line.")
    third = tracker.process(again, again.published, alertable=True)  # read late: a backlog
    assert [(a.kind, a.event.status) for a in third.alerts] == [("new_event", "held")]
