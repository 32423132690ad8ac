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


def test_a_watch_told_through_another_does_not_hide_the_article_from_their_notifier() -> None:
    """A user's review, session 50: "The Hague" and "NATO" watches reach the chat, a "summit"
    watch every notifier. The first NATO summit article was news for all three; NATO's alert
    went under The Hague's (one article, one message among watches of the same notifiers), and
    NATO, marked told as if alerted, then counted as the watch the chat already knew the event
    from: neither The Hague's nor the summit's alert reached the chat."""
    watches = [WatchSettings("the hague", keywords=("The Hague",), notify=("chat",)),
               WatchSettings("summits", keywords=("summit",)),
               WatchSettings("nato", keywords=("NATO", "OTAN"), notify=("chat",))]
    tracker = Tracker(watches, notifiers=("chat", "hook", "terminal"))
    item = Item("k", "NATO leaders gather in The Hague for summit",
                "The two-day NATO summit opens on Tuesday in The Hague.",
                "https://news.example/nato", "Politico", NOW - timedelta(hours=1), lang="en")
    routes = {"the hague": ("chat",), "summits": ("chat", "hook", "terminal"), "nato": ("chat",)}
    outcomes, alerts = track_items(tracker, routes, timedelta(days=2), [item], NOW, {},
                                   readers=("chat", "terminal"))
    assert outcomes[0].silenced  # one of the two chat-only watches was told through the other
    sent = [n for _, notifiers in alerts for n in notifiers]
    assert sent.count("chat") == 1 and sent.count("terminal") == 1 and "hook" in sent
