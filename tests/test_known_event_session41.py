"""A watch that joins an event its notifier already follows under another watch tells it of
no "new event" (a user's review, session 41: a watch added by a reload announced the Budapest
summit, over, as "New event · putin ... status: held" in the chat that had followed it all
along)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from watcher.core.tracker import Tracker
from watcher.models import Item
from watcher.poll_items import track_items
from watcher.settings import WatchSettings

T0 = datetime(2026, 11, 1, 8, tzinfo=UTC)


def _run(notify_putin: tuple[str, ...]) -> list[tuple[str, str, str, tuple[str, ...]]]:
    budapest = WatchSettings(name="budapest", keywords=("Budapest",))
    tracker = Tracker((budapest,))
    notifiers = {"budapest": ("chat",), "putin": notify_putin}
    items = [
        Item("a", "Summit in Budapest announced for November 20", "Leaders will meet.",
             "urn:a", "Reuters", T0, lang="en"),
        Item("b", "Trump and Putin meet in Budapest", "The summit took place on Thursday.",
             "urn:b", "AFP", T0 + timedelta(days=19), lang="en"),
        Item("c", "Putin says Budapest talks with Trump were useful",
             "Russian President Vladimir Putin said after the summit in Budapest that the talks "
             "had been useful.", "urn:c", "AP", T0 + timedelta(days=19, hours=3), lang="en"),
        Item("d", "Kremlin: Putin satisfied with Budapest summit",
             "Putin was satisfied with the talks in Budapest, his spokesman said.", "urn:d",
             "Reuters", T0 + timedelta(days=19, hours=5), lang="en"),
    ]
    told = []
    for item in items:
        if item.key == "c":  # a reload adds the putin watch once the summit is over
            tracker.set_watches((budapest, WatchSettings(name="putin", keywords=("Putin",))))
        _, alerts = track_items(tracker, notifiers, None, [item], item.published, {},
                                readers={"chat", "mail"})
        told += [(item.key, a.kind, a.watch, ns) for a, ns in alerts]
    return told


def test_the_chat_that_follows_the_event_hears_no_new_event() -> None:
    assert _run(("chat", "hook")) == [
        ("a", "new_event", "budapest", ("chat",)),
        ("b", "status_change", "budapest", ("chat",)),
        # the putin watch's new event: not in the chat that has followed the summit all
        # along; the webhook, which may route by watch, hears of it
        ("d", "new_event", "putin", ("hook",)),
    ]


def test_a_notifier_that_did_not_know_the_event_is_told() -> None:
    assert _run(("mail",))[-1] == ("d", "new_event", "putin", ("mail",))
