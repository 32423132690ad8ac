"""An event keeps the title it was told by, and its alerts count the outlets of the status
they tell (a user's review, session 40): an English headline replaced a German-announced
concert's title, so every later alert and email subject read "Oasis postpone Zurich Letzigrund
show", whatever the status; "cancelled · 4 sources" was one outlet's report."""

from __future__ import annotations

from datetime import UTC, datetime

from watcher.core.tracker import Tracker
from watcher.models import Item
from watcher.settings import WatchSettings


def _item(key: str, when: str, source: str, lang: str, title: str, summary: str) -> Item:
    return Item(key, title, summary, f"https://{source}.example/{key}", source,
                datetime.fromisoformat(when).replace(tzinfo=UTC), lang=lang)


def test_the_title_an_event_was_announced_with_stays() -> None:
    tracker = Tracker([WatchSettings("oasis", keywords=("Oasis",))])
    items = [
        _item("1", "2026-06-01T08:00", "nzz", "de",
              "Oasis spielen am 12. Juli im Letzigrund Zürich",
              "Die Band kündigt ein Zusatzkonzert in Zürich an."),
        _item("2", "2026-06-20T08:00", "bbc", "en", "Oasis postpone Zurich Letzigrund show",
              "The July 12 concert in Zurich is moved to September 5."),
    ]
    first, second = (tracker.process(i, i.published, alertable=True) for i in items)
    assert [a.kind for a in first.alerts] == ["new_event"]
    assert second.event_id == first.event_id
    assert [(a.kind, a.event.title) for a in second.alerts] == [
        ("status_change", "Oasis spielen am 12. Juli im Letzigrund Zürich")]


def test_an_english_headline_still_titles_an_event_nobody_was_told_of() -> None:
    tracker = Tracker([WatchSettings("oasis", keywords=("Oasis",))])
    talk = _item("1", "2026-06-01T08:00", "nzz", "de",
                 "Oasis und der Letzigrund: eine Geschichte", "Die Band und Zürich.")
    plan = _item("2", "2026-06-01T09:00", "bbc", "en",
                 "Oasis to play Zurich Letzigrund on July 12", "The band adds a Zurich date.")
    first = tracker.process(talk, talk.published, alertable=True)
    second = tracker.process(plan, plan.published, alertable=True)
    assert first.alerts == () and second.event_id == first.event_id
    event = tracker.event(first.event_id or "")
    assert event is not None and event.title.startswith("Oasis to play Zurich")


def test_sources_count_the_outlets_of_the_status_told() -> None:
    """"planned -> cancelled · 4 sources" read as four outlets saying it is off when one did (a
    user's review): the count is of the outlets reporting the status the alert tells."""
    tracker = Tracker([WatchSettings("putin", keywords=("Putin",))])
    plans = [_item(str(n), f"2026-06-0{n}T08:00", src, "en", f"Putin to visit Budapest, {src} says",
                   "The summit is set for June 20.") for n, src in
             ((1, "reuters"), (2, "ap"), (3, "bbc"))]
    off = _item("4", "2026-06-04T08:00", "nzz", "de", "Putin-Besuch in Budapest abgesagt",
                "Der Gipfel findet nicht statt.")
    outcomes = [tracker.process(i, i.published, alertable=True) for i in (*plans, off)]
    (change,) = outcomes[-1].alerts
    assert (change.kind, change.event.status, change.event.sources) == (
        "status_change", "cancelled", 1)
    event = tracker.event(change.event.id)
    assert event is not None and len(event.sources) == 4
