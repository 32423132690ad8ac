"""Old news told nothing; an event it alone told is announced by its first fresh article
(``watch_alerts.decide``'s ``silent``), and nothing else changes (a code review, session 40:
old news after an alert announced the event again; a watch of status changes only lost the
first change after old news)."""

from __future__ import annotations

from tests.test_tracker import Scripted, feed, kinds, tracker
from tests.test_tracker import lex as lex  # the fixture


def test_old_news_after_told_gives_second_new_event(lex: Scripted) -> None:
    t = tracker(lex)
    o1 = feed(t, lex, 1, "Putin Budapest summit planned", 0, "planned")
    assert kinds(o1) == [("new_event", "planned", None)]
    # a late old article (a feed added later, an archive item older than max_item_age)
    feed(t, lex, 2, "Putin Budapest summit planned, says Kremlin", 1, "planned", source="b",
         alertable=False)
    o3 = feed(t, lex, 3, "Putin Budapest summit still planned", 2, "planned", source="c")
    assert o3.alerts == (), kinds(o3)  # no second new_event


def test_status_only_watch_loses_change_after_old_news(lex: Scripted) -> None:
    t = tracker(lex, alert_on=frozenset({"status"}))
    feed(t, lex, 1, "Putin Budapest summit planned", 0, "planned", alertable=False)
    o2 = feed(t, lex, 2, "Putin Budapest summit cancelled", 1, "cancelled")
    assert kinds(o2) == [("status_change", "cancelled", "planned")], kinds(o2)


def test_old_change_then_fresh_gets_new_event_not_change(lex: Scripted) -> None:
    t = tracker(lex)
    feed(t, lex, 1, "Putin Budapest summit planned", 0, "planned")
    o = feed(t, lex, 2, "Putin Budapest summit cancelled", 5, "cancelled", source="b",
             alertable=False)
    assert o.alerts == ()
    o3 = feed(t, lex, 3, "Putin Budapest summit cancelled officially", 6, "cancelled",
              source="c")

    assert all(k != "new_event" for k, _, _ in kinds(o3)), kinds(o3)
