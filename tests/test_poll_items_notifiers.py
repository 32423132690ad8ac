"""One article reaches a notifier once, whichever watches took it (a user's review, session 40:
watches routed to ``["chat", "mail"]`` and ``["chat"]`` sent one NZZ article twice to the chat)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from watcher.core.tracker import Tracker
from watcher.models import Item
from watcher.poll_items import track_items
from watcher.settings import WatchSettings

NOW = datetime(2025, 10, 21, 20, tzinfo=UTC)


def test_overlapping_notify_lists_send_one_article_once_per_notifier() -> None:
    watches = [WatchSettings("putin", keywords=("Putin",), notify=("chat", "mail")),
               WatchSettings("budapest", keywords=("Budapest",), notify=("chat",)),
               WatchSettings("hook", keywords=("Budapest",), notify=("hook",))]
    tracker = Tracker(watches, notifiers=("chat", "mail", "hook"))
    item = Item("k", "Trump and Putin to meet in Budapest",
                "Donald Trump said he will hold a summit with Vladimir Putin in Budapest.",
                "https://news.example/1", "Reuters", NOW - timedelta(hours=1), lang="en")
    routes = {w.name: w.notify for w in watches}
    _, alerts = track_items(tracker, routes, timedelta(days=2), [item], NOW, {})
    sent = [n for _, notifiers in alerts for n in notifiers]
    assert sorted(sent) == ["chat", "hook", "mail"]  # each notifier once
    # a webhook (not read by people) gets each watch's alert: routing by watch stays possible
    tracker = Tracker(watches, notifiers=("chat", "mail", "hook"))
    routes = {"putin": ("chat", "hook"), "budapest": ("chat", "hook"), "hook": ("hook",)}
    _, alerts = track_items(tracker, routes, timedelta(days=2), [item], NOW, {},
                            readers=("chat", "mail"))
    sent = [n for _, notifiers in alerts for n in notifiers]
    assert sent.count("chat") == 1 and sent.count("hook") == len(alerts)
