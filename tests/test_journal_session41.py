"""What the journal says of a delivery: the watch, the event, the change and the outlet, not
the outbox key (a user's review, session 41: 64 lines of keys in 25 minutes, and no answer to
"what did it tell me at 20:50?")."""

from __future__ import annotations

from datetime import UTC, datetime

from watcher.notify.sender import told
from watcher.store.base import Delivery

AT = datetime(2026, 11, 1, tzinfo=UTC)


def _delivery(kind: str, status: str, previous: str | None, title: str) -> Delivery:
    event = {"id": "e1", "title": title, "status": status, "previous_status": previous,
             "sources": 2, "first_seen": "2026-11-01T08:00:00Z"}
    payload = {"kind": kind, "watch": "budapest", "event": event,
               "item": {"title": "t", "link": "l", "source": "AP", "published": "p",
                        "lang": "en"}}
    return Delivery(1, "e1:status_change:>postponed:guid:k:budapest:chat", "chat", "e1", kind,
                    status, payload, AT, 0, AT)


def test_a_change_in_words() -> None:
    line = told(_delivery("status_change", "postponed", "planned",
                          "Trump and Putin to meet in Budapest"))
    assert line == "budapest: 'Trump and Putin to meet in Budapest' planned -> postponed ('AP')"


def test_a_new_event_and_a_long_title() -> None:
    line = told(_delivery("new_event", "planned", None, "x" * 120))
    assert line.startswith("budapest: '" + "x" * 79 + "…'")
    assert line.endswith("new, planned ('AP')")


def test_an_odd_payload_still_gives_a_line() -> None:
    d = _delivery("status_change", "held", "planned", "t")
    d.payload["event"] = "oops"
    d.payload["item"] = ["AP"]
    assert told(d) == "budapest: '' None -> held ('?')"
