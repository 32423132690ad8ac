"""``systemctl stop`` while a notifier is sending: the real daemon, sender, SQLite file and an
``aiosmtpd`` server on loopback that holds the message's DATA until the test lets it go.

Before, the stop cancelled the delivery pass after ``stop_timeout``; the SMTP session went on in
its worker thread and the server took the mail, but ``mark_delivered`` never ran, so the restart
sent the alert a second time (a code review, finding 1). Waits are bounded (``until``); nothing
depends on how long a step takes."""

from __future__ import annotations

import asyncio
import email
import email.policy
import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from tests.test_daemon import WAIT, FakePipeline, until
from tests.test_notify_email import free_port
from tests.test_notify_sender import enqueue
from watcher.daemon import Daemon
from watcher.notify.sender import Sender
from watcher.sdnotify import SystemdNotifier
from watcher.settings import DaemonSettings, EmailSettings, Settings
from watcher.store import SQLiteStore


class HeldInbox:
    """Takes each message only once ``release`` is set; ``receiving`` says DATA has begun."""

    def __init__(self) -> None:
        self.receiving = threading.Event()
        self.release = threading.Event()
        self.messages: list[email.message.EmailMessage] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.receiving.set()
        while not self.release.is_set():  # on the server's own loop, in its thread
            await asyncio.sleep(0.01)
        self.messages.append(email.message_from_bytes(envelope.content,
                                                      policy=email.policy.default))
        return "250 OK"


async def test_a_message_being_sent_at_stop_is_finished_recorded_and_not_sent_again(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    inbox = HeldInbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port(), ready_timeout=5)
    controller.start()
    mail = EmailSettings(name="mail", type="email", host="127.0.0.1", port=controller.port,
                         security="none", sender="w@example.org", to=("me@example.org",),
                         timeout=timedelta(seconds=WAIT))
    cfg = Settings(daemon=DaemonSettings(database=tmp_path / "watcher.db"), notifiers=(mail,))
    store = SQLiteStore(tmp_path / "watcher.db")
    sender = Sender(cfg, store)
    try:
        enqueue(store, "a1", ["mail"])
        daemon = Daemon(cfg, FakePipeline(), sender, notifier=SystemdNotifier({}),
                        stop_timeout=0.05, install_signals=False)
        task = asyncio.create_task(daemon.run())
        await until(inbox.receiving.is_set)  # the outbox job runs at the start
        daemon.request_stop()
        # the stop budget ran out while the server held the message: the pass is cancelled
        await until(lambda: "cancelling 1 job" in caplog.text)
        inbox.release.set()
        assert await asyncio.wait_for(task, WAIT) == 0
        await until(lambda: len(inbox.messages) == 1)
        assert store.delivery_counts()["mail"].get("pending", 0) == 0
        assert store.delivery_counts()["mail"]["delivered"] == 1
        await sender.aclose()
        sender = Sender(cfg, store)  # the restart
        assert (await sender.deliver_due()).sent == 0
    finally:
        inbox.release.set()
        await sender.aclose()
        store.close()
        controller.stop()
    assert len(inbox.messages) == 1


async def test_a_stopped_sender_starts_no_pass_and_no_further_message(tmp_path: Path) -> None:
    """After ``stop`` a pass in progress sends the message in flight and no other; the rest
    stay due for the next start."""
    inbox = HeldInbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port(), ready_timeout=5)
    controller.start()
    mail = EmailSettings(name="mail", type="email", host="127.0.0.1", port=controller.port,
                         security="none", sender="w@example.org", to=("me@example.org",),
                         timeout=timedelta(seconds=WAIT))
    cfg = Settings(daemon=DaemonSettings(database=tmp_path / "watcher.db"), notifiers=(mail,))
    store = SQLiteStore(tmp_path / "watcher.db")
    sender = Sender(cfg, store)
    try:
        enqueue(store, "a1", ["mail"], event="e1")
        enqueue(store, "a2", ["mail"], event="e2")
        running = asyncio.create_task(sender.deliver_due())
        await until(inbox.receiving.is_set)
        sender.stop()
        inbox.release.set()
        report = await asyncio.wait_for(running, WAIT)
        assert (report.sent, report.deferred) == (1, 1)
        assert (await sender.deliver_due()).sent == 0
        counts = store.delivery_counts()["mail"]
        assert (counts["delivered"], counts["pending"]) == (1, 1)
    finally:
        inbox.release.set()
        await sender.aclose()
        store.close()
        controller.stop()
    assert len(inbox.messages) == 1
