"""The outbox sender on the real SQLiteStore: exactly once, order, retries, permanent failures,
isolation between notifiers, restarts, quiet hours with digests, and a Telegram outage."""

from __future__ import annotations

import asyncio
import random
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.sqlite_lock import locked_until_store_writes
from tests.tgstub import BotApiStub
from watcher.core.types import AlertIntent, EventSnapshot
from watcher.errors import NotifyError
from watcher.models import FeedState, Item
from watcher.notify.base import Message, Notifier
from watcher.notify.sender import RetryPolicy, Sender
from watcher.notify.telegram import TelegramNotifier
from watcher.settings import (
    DaemonSettings,
    NotifierSettings,
    QuietHours,
    Secret,
    Settings,
    TelegramSettings,
)
from watcher.store import SQLiteStore

pytestmark = pytest.mark.filterwarnings("ignore:.*retry_after.*:DeprecationWarning")
T0 = datetime(2025, 10, 21, 12, 0, tzinfo=UTC)
ZURICH = ZoneInfo("Europe/Zurich")


class Clock:
    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


class Recorder:
    """A notifier that records messages; ``script`` holds exceptions to raise, in order."""

    supports_digest = True

    def __init__(self, name: str, script: list[Exception] | None = None) -> None:
        self.name = name
        self.script = list(script or [])
        self.messages: list[Message] = []
        self.gate: asyncio.Event | None = None

    async def send(self, message: Message) -> str | None:
        if self.gate is not None:
            await self.gate.wait()
        if self.script:
            raise self.script.pop(0)
        self.messages.append(message)
        return f"ref-{self.name}-{len(self.messages)}"

    async def aclose(self) -> None:
        pass

    def titles(self) -> list[list[str]]:
        return [[a["item"]["title"] for a in m.alerts] for m in self.messages]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    s = SQLiteStore(tmp_path / "watcher.db")
    yield s
    s.close()


def enqueue(store: SQLiteStore, title: str, notifiers: list[str], *, event: str = "e1",
            status: str = "planned", previous: str | None = None,
            now: datetime = T0) -> None:
    kind = "status_change" if previous else "new_event"
    intent = AlertIntent(
        kind=kind, watch="putin",  # type: ignore[arg-type]
        event=EventSnapshot(id=event, title=f"event {event}", status=status,
                            previous_status=previous, sources=2, first_seen=now),
        item=Item(key=title, title=title, summary="", link=f"https://ex.org/{title}",
                  source="Reuters", published=now, lang="en"))
    store.commit_feed(FeedState(url="http://127.0.0.1/feed"), [], [], [], [(intent, notifiers)],
                      now)


def settings(tmp_path: Path, *notifiers: NotifierSettings) -> Settings:
    return Settings(daemon=DaemonSettings(database=tmp_path / "watcher.db", timezone=ZURICH),
                    notifiers=notifiers)


def plain(name: str, **kw: Any) -> NotifierSettings:
    return NotifierSettings(name=name, type="console", **kw)


def sender(tmp_path: Path, store: SQLiteStore, clock: Clock, *recorders: Notifier,
           **kw: Any) -> Sender:
    return Sender(settings(tmp_path, *(plain(r.name) for r in recorders)), store, clock=clock,
                  notifiers={r.name: r for r in recorders}, rng=random.Random(1), **kw)


async def test_delivers_once_in_order_and_threads(tmp_path: Path, store: SQLiteStore) -> None:
    rec, clock = Recorder("rec"), Clock()
    enqueue(store, "a1", ["rec"])
    enqueue(store, "a2", ["rec"], status="cancelled", previous="planned")
    s = sender(tmp_path, store, clock, rec)
    report = await s.deliver_due()
    assert (report.sent, report.retried, report.failed) == (2, 0, 0)
    assert rec.titles() == [["a1"], ["a2"]]
    assert rec.messages[0].thread_ref is None
    assert rec.messages[1].thread_ref == "ref-rec-1"  # the follow-up replies to the first
    clock.advance(hours=5)
    assert not await s.deliver_due()
    assert store.delivery_counts()["rec"]["delivered"] == 2
    await s.aclose()


async def test_transient_failure_retries_later_and_keeps_order(
        tmp_path: Path, store: SQLiteStore) -> None:
    rec, clock = Recorder("rec", [NotifyError("rec", "HTTP 502")]), Clock()
    for t in ("a1", "a2", "a3"):
        enqueue(store, t, ["rec"], event=t)
    s = sender(tmp_path, store, clock, rec)
    report = await s.deliver_due()
    assert (report.sent, report.retried, report.deferred) == (0, 1, 2)
    assert not await s.deliver_due()  # a2, a3 must not overtake a1
    assert rec.messages == []
    clock.advance(hours=2)
    report = await s.deliver_due()
    assert report.sent == 3 and rec.titles() == [["a1"], ["a2"], ["a3"]]


async def test_backoff_grows_with_jitter_and_honours_retry_after() -> None:
    policy, rng = RetryPolicy(base=timedelta(seconds=30), cap=timedelta(hours=1)), random.Random(3)
    waits = [(policy.next_attempt(n, T0, None, rng) - T0).total_seconds() for n in range(1, 12)]
    assert 15 <= waits[0] <= 30 and 1800 <= waits[-1] <= 3600
    assert waits[4] > waits[0]
    assert policy.next_attempt(1, T0, 600, rng) - T0 >= timedelta(seconds=600)
    # a receiver that said when is taken at its word, however many attempts before
    assert policy.next_attempt(5, T0, 8, rng) - T0 == timedelta(seconds=8)
    # the default: five minutes at most between two tries (a user's review: mail resumed 3 min
    # 43 s after the SMTP server's return, and an hour's cap held news up to an hour)
    default = RetryPolicy()
    waits = [(default.next_attempt(n, T0, None, rng) - T0).total_seconds() for n in range(1, 30)]
    assert max(waits) <= 300 and waits[-1] >= 150


async def test_permanent_failure_is_failed_and_queue_goes_on(
        tmp_path: Path, store: SQLiteStore, caplog: pytest.LogCaptureFixture) -> None:
    rec = Recorder("rec", [NotifyError("rec", "chat 42 not found", permanent=True)])
    enqueue(store, "a1", ["rec"], event="x")
    enqueue(store, "a2", ["rec"], event="y")
    s = sender(tmp_path, store, Clock(), rec)
    report = await s.deliver_due()
    assert (report.sent, report.failed) == (1, 1)
    assert rec.titles() == [["a2"]]
    (failed, error), = store.failed_deliveries()
    assert failed.payload["item"]["title"] == "a1" and error == "chat 42 not found"
    assert "failed permanently: chat 42 not found" in caplog.text


async def test_gives_up_after_max_attempts(tmp_path: Path, store: SQLiteStore) -> None:
    rec, clock = Recorder("rec", [NotifyError("rec", "down")] * 3), Clock()
    enqueue(store, "a1", ["rec"])
    s = sender(tmp_path, store, clock, rec, retry=RetryPolicy(max_attempts=2))
    assert (await s.deliver_due()).retried == 1
    clock.advance(hours=2)
    assert (await s.deliver_due()).failed == 1
    assert "gave up after 2 attempts: down" in store.failed_deliveries()[0][1]


async def test_a_day_long_outage_loses_no_alert(tmp_path: Path, store: SQLiteStore) -> None:
    """A webhook or Telegram down overnight: the first alert of its queue is retried until the
    notifier is back (within ``max_age``), then every alert goes out once, in order. Before,
    the first alert was given up after 25 attempts, about 9 to 14 hours into the outage."""
    down = NotifyError("rec", "webhook answered HTTP 503 Service Unavailable")
    rec, clock = Recorder("rec", [down] * 1000), Clock()
    enqueue(store, "a1", ["rec"], event="x")
    enqueue(store, "a2", ["rec"], event="y")
    s = sender(tmp_path, store, clock, rec)
    attempts = 0
    while clock.now < T0 + timedelta(hours=30):  # down for 30 hours, trying as often as due
        report = await s.deliver_due()
        attempts += report.retried
        assert not report.failed, report
        due = min(d.next_attempt for d in store.pending_deliveries())
        clock.now = max(due, clock.now + timedelta(seconds=1))
    assert attempts > 25
    rec.script.clear()  # back up
    await s.deliver_due()
    assert rec.titles() == [["a1"], ["a2"]]
    assert store.delivery_counts()["rec"] == {"pending": 0, "failed": 0, "delivered": 2}
    await s.aclose()


async def test_a_sent_alert_that_cannot_be_recorded_is_not_sent_again(
        tmp_path: Path, store: SQLiteStore) -> None:
    """The notifier took the alert, then marking it delivered failed (database locked by
    another process, disk full): the alert stayed pending and every outbox pass, five seconds
    apart, sent it again until the database could be written. Now this process remembers what
    it sent, records it once the database takes writes again, and sends it once."""
    rec, clock = Recorder("rec"), Clock()
    enqueue(store, "a1", ["rec"], event="x")
    enqueue(store, "a2", ["rec"], event="y")
    s = sender(tmp_path, store, clock, rec)
    store._db.execute("PRAGMA busy_timeout = 50")  # fail fast instead of waiting 30 s
    store.WRITE_WAIT = 0.05
    other = sqlite3.connect(tmp_path / "watcher.db", isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
        for _ in range(3):
            await s.deliver_due()
            clock.advance(seconds=5)
        assert rec.titles() == [["a1"]]  # sent once; a2 waits behind it
        # what `watcher once` asks before it exits: still unrecorded while the lock is held
        assert await s.record_sent(tries=2, wait=0.01) == 1 and s.unrecorded == 1
        other.execute("ROLLBACK")
        assert await s.record_sent(tries=1) == 0 and s.unrecorded == 0
    finally:
        other.close()
    await s.deliver_due()
    assert rec.titles() == [["a1"], ["a2"]]
    assert store.delivery_counts()["rec"] == {"pending": 0, "failed": 0, "delivered": 2}
    clock.advance(hours=1)
    await s.deliver_due()
    assert rec.titles() == [["a1"], ["a2"]]
    await s.aclose()


async def test_an_alert_a_notifier_crashes_on_is_given_up_after_a_few_attempts(
        tmp_path: Path, store: SQLiteStore) -> None:
    """Outages are retried until max_age, but an exception that is not a NotifyError is a bug
    the alert trips over: after a few attempts it is failed and the queue goes on."""
    rec, clock = Recorder("rec", [UnicodeEncodeError("ascii", "ü", 0, 1, "no")] * 100), Clock()
    enqueue(store, "a1", ["rec"], event="x")
    enqueue(store, "a2", ["rec"], event="y")
    s = sender(tmp_path, store, clock, rec)
    for _ in range(5):
        await s.deliver_due()
        clock.now = max(d.next_attempt for d in store.pending_deliveries())
    (failed, error), = store.failed_deliveries()
    assert failed.payload["item"]["title"] == "a1"
    assert error.startswith("gave up after 5 attempts: unexpected error: UnicodeEncodeError")
    rec.script.clear()
    await s.deliver_due()
    assert rec.titles() == [["a2"]]
    await s.aclose()


async def test_slow_notifier_does_not_delay_others(tmp_path: Path, store: SQLiteStore) -> None:
    slow, fast = Recorder("slow"), Recorder("fast")
    slow.gate = asyncio.Event()
    enqueue(store, "a1", ["slow", "fast"])
    s = sender(tmp_path, store, Clock(), slow, fast)
    task = asyncio.create_task(s.deliver_due())
    for _ in range(200):
        if fast.messages:
            break
        await asyncio.sleep(0.01)
    assert fast.titles() == [["a1"]] and not slow.messages and not task.done()
    assert store.delivery_counts()["fast"]["delivered"] == 1
    enqueue(store, "a2", ["slow", "fast"], event="e2")  # a later pass while slow still hangs
    report = await asyncio.wait_for(s.deliver_due(), 5)
    assert (report.sent, report.deferred) == (1, 2) and fast.titles() == [["a1"], ["a2"]]
    slow.gate.set()
    assert (await asyncio.wait_for(task, 5)).sent == 2
    assert (await s.deliver_due()).sent == 1
    assert slow.titles() == [["a1"], ["a2"]] and fast.titles() == [["a1"], ["a2"]]


async def test_unconfigured_notifier_and_crashing_notifier(
        tmp_path: Path, store: SQLiteStore) -> None:
    buggy = Recorder("buggy", [KeyError("oops")])
    enqueue(store, "a1", ["gone", "buggy"])
    s = sender(tmp_path, store, Clock(), buggy)
    report = await s.deliver_due()  # never raises for a notifier's failure
    assert (report.failed, report.retried) == (1, 1)
    assert "no longer configured" in store.failed_deliveries()[0][1]


async def test_restart_sends_each_alert_exactly_once(tmp_path: Path) -> None:
    clock = Clock()
    first = SQLiteStore(tmp_path / "watcher.db")
    for t in ("a1", "a2"):
        enqueue(first, t, ["rec"], event=t)
    rec1 = Recorder("rec")
    s1 = sender(tmp_path, first, clock, rec1)
    await s1.deliver_due()
    enqueue(first, "a3", ["rec"], event="a3")
    enqueue(first, "a1", ["rec"], event="a1")  # same idempotency key: ignored at enqueue
    await s1.aclose()
    first.close()  # "restart"
    second = SQLiteStore(tmp_path / "watcher.db")
    rec2 = Recorder("rec")
    s2 = sender(tmp_path, second, clock, rec2)
    await s2.deliver_due()
    await s2.deliver_due()
    second.close()
    assert rec1.titles() + rec2.titles() == [["a1"], ["a2"], ["a3"]]


NIGHT = datetime(2025, 10, 21, 23, 0, tzinfo=ZURICH).astimezone(UTC)


def quiet_sender(tmp_path: Path, store: SQLiteStore) -> tuple[Sender, Recorder, Clock]:
    """A sender to one recorder with quiet hours 22:00-07:00 (Zurich), "cancelled" urgent, its
    clock at 23:00."""
    clock, rec = Clock(NIGHT), Recorder("rec")
    quiet = QuietHours(time(22, 0), time(7, 0))
    cfg = settings(tmp_path, plain("rec", quiet_hours=quiet, urgent=frozenset({"cancelled"})))
    return Sender(cfg, store, clock=clock, notifiers={"rec": rec}), rec, clock


async def test_quiet_hours_hold_then_digest_urgent_goes_through(
        tmp_path: Path, store: SQLiteStore) -> None:
    s, rec, clock = quiet_sender(tmp_path, store)
    night = clock.now
    enqueue(store, "n1", ["rec"], event="e1", now=night)
    enqueue(store, "n2", ["rec"], event="e2", now=night)
    enqueue(store, "c3", ["rec"], event="e3", status="cancelled", previous="planned", now=night)
    report = await s.deliver_due()
    assert (report.sent, report.deferred) == (1, 2) and rec.titles() == [["c3"]]
    clock.now = datetime(2025, 10, 22, 3, 0, tzinfo=ZURICH).astimezone(UTC)
    assert not await s.deliver_due()
    clock.now = datetime(2025, 10, 22, 7, 0, 5, tzinfo=ZURICH).astimezone(UTC)
    report = await s.deliver_due()
    assert report.sent == 2 and rec.titles() == [["c3"], ["n1", "n2"]]  # one digest message
    assert rec.messages[1].digest
    assert store.delivery_counts()["rec"] == {"pending": 0, "failed": 0, "delivered": 3}
    # a later alert of an event of the digest does not reply to the digest (a user's review)
    enqueue(store, "n1b", ["rec"], event="e1", status="cancelled", previous="planned",
            now=clock.now)
    assert (await s.deliver_due()).sent == 1
    assert rec.titles()[-1] == ["n1b"] and rec.messages[-1].thread_ref is None


async def test_an_alert_held_overnight_is_dropped_once_a_later_one_of_its_event_went_out(
        tmp_path: Path, store: SQLiteStore) -> None:
    """"New event: planned" waits out the night; the event's urgent "cancelled" goes out at
    01:00. The morning's digest must not tell the plan as news (a user's review): it is
    closed unsent, the other event's held alert still comes, and ``status`` counts it."""
    s, rec, clock = quiet_sender(tmp_path, store)
    night = clock.now
    enqueue(store, "n1", ["rec"], event="e1", now=night)
    enqueue(store, "n2", ["rec"], event="e2", now=night)
    assert (await s.deliver_due()).deferred == 2
    clock.now = night + timedelta(hours=2)
    enqueue(store, "c1", ["rec"], event="e1", status="cancelled", previous="planned",
            now=clock.now)
    assert (await s.deliver_due()).sent == 1 and rec.titles() == [["c1"]]
    clock.now = datetime(2025, 10, 22, 7, 0, 5, tzinfo=ZURICH).astimezone(UTC)
    report = await s.deliver_due()
    assert (report.sent, report.superseded) == (1, 1) and "1 superseded" in str(report)
    assert rec.titles() == [["c1"], ["n2"]]
    assert store.delivery_counts()["rec"] == {"pending": 0, "failed": 0, "delivered": 2,
                                              "superseded": 1}
    await s.aclose()


async def test_test_messages(tmp_path: Path, store: SQLiteStore) -> None:
    ok, bad = Recorder("ok"), Recorder("bad", [NotifyError("bad", "SMTP login refused (535)")])
    s = sender(tmp_path, store, Clock(), ok, bad)
    assert await s.test() == [("ok", None), ("bad", "SMTP login refused (535)")]
    assert ok.messages[0].test
    (name, error), = await s.test("nope")
    assert name == "nope" and error and "no notifier named 'nope'" in error


async def test_telegram_outage_everything_arrives_once_in_order(
        tmp_path: Path, store: SQLiteStore) -> None:
    stub, clock = BotApiStub().up(), Clock()
    tg = TelegramSettings(name="chat", type="telegram", token=Secret(stub.token),
                          chat_id="-100123", api_url=stub.url)
    notifier = TelegramNotifier(tg, min_interval=0.0, timeout=2.0)
    s = Sender(settings(tmp_path, tg), store, clock=clock, notifiers={"chat": notifier})
    try:
        stub.down()
        for t in ("first", "second", "third"):
            enqueue(store, t, ["chat"], event=t)
        report = await s.deliver_due()
        assert (report.sent, report.retried) == (0, 1)
        clock.advance(hours=1)
        stub.fail_next("429", retry_after=30)
        stub.up()
        report = await s.deliver_due()
        assert (report.sent, report.retried) == (0, 1)  # RetryAfter honoured: wait 30 s
        clock.advance(seconds=10)
        assert not await s.deliver_due()
        clock.advance(hours=1)
        assert (await s.deliver_due()).sent == 3
        clock.advance(hours=1)
        assert not await s.deliver_due()
    finally:
        await s.aclose()
        stub.down()
    assert [t.split("\n")[3] for t in stub.texts()] == [
        f'<a href="https://ex.org/{t}">{t}</a> — Reuters, 2025-10-21 14:00 CEST'
        for t in ("first", "second", "third")]


async def test_reload_rebuilds_changed_notifiers(tmp_path: Path, store: SQLiteStore,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from watcher.settings import ConsoleSettings

    out = ConsoleSettings(name="console", type="console")
    s = Sender(settings(tmp_path, out), store, clock=Clock())
    enqueue(store, "a1", ["console"], event="x")
    assert (await s.deliver_due()).sent == 1
    s.reload(settings(tmp_path, ConsoleSettings(name="console", type="console",
                                                stream="stderr")))
    enqueue(store, "a2", ["console"], event="y")
    assert (await s.deliver_due()).sent == 1
    s.reload(settings(tmp_path))  # notifier removed: its pending alerts fail clearly
    enqueue(store, "a3", ["console"], event="z")
    assert (await s.deliver_due()).failed == 1
    await s.aclose()
    captured = capsys.readouterr()
    assert "a1" in captured.out and "a2" not in captured.out and "a2" in captured.err


async def test_backlog_is_spread_over_passes_in_order(tmp_path: Path, store: SQLiteStore) -> None:
    rec = Recorder("rec")
    for t in ("a1", "a2", "a3"):
        enqueue(store, t, ["rec"], event=t)
    s = sender(tmp_path, store, Clock(), rec, pass_budget=0.0)
    reports = [await s.deliver_due() for _ in range(4)]
    assert [(r.sent, r.deferred) for r in reports] == [(1, 2), (1, 1), (1, 0), (0, 0)]
    assert rec.titles() == [["a1"], ["a2"], ["a3"]]


CHILD = """
import asyncio, sys
from datetime import timedelta
from pathlib import Path
from watcher.notify.sender import Sender
from watcher.notify.telegram import TelegramNotifier
from watcher.settings import DaemonSettings, Secret, Settings, TelegramSettings
from watcher.store import SQLiteStore

db, url, token = sys.argv[1:4]
tg = TelegramSettings(name="chat", type="telegram", token=Secret(token), chat_id="42",
                      api_url=url)
settings = Settings(daemon=DaemonSettings(database=Path(db)), notifiers=(tg,))
store = SQLiteStore(db)
sender = Sender(settings, store, notifiers={"chat": TelegramNotifier(tg, min_interval=0.0,
                                                                     timeout=30.0)})
asyncio.run(sender.deliver_due())
"""


async def test_killed_mid_delivery_then_restart_sends_each_once(tmp_path: Path) -> None:
    """SIGKILL the sending process while Telegram holds the second message unanswered (stored,
    not yet sent); after a restart every alert arrives exactly once, in order."""
    stub = BotApiStub().up()
    db = tmp_path / "watcher.db"
    store = SQLiteStore(db)
    try:
        for t in ("first", "second", "third"):
            enqueue(store, t, ["chat"], event=t)
        hold = stub.stall(after=1)
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(db), stub.url, stub.token])
        try:
            for _ in range(2000):
                if stub.stalled.is_set() or child.poll() is not None:
                    break
                await asyncio.sleep(0.01)
            assert stub.stalled.is_set(), "the child never reached the second message"
        finally:
            child.kill()
            child.wait(10)
            hold.set()
        assert stub.texts() and len(stub.sent) == 1  # killed after one of three
        tg = TelegramSettings(name="chat", type="telegram", token=Secret(stub.token),
                              chat_id="42", api_url=stub.url)
        s = Sender(settings(tmp_path, tg), store, clock=Clock(T0 + timedelta(minutes=1)),
                   notifiers={"chat": TelegramNotifier(tg, min_interval=0.0, timeout=5.0)})
        try:
            assert (await s.deliver_due()).sent == 2
            assert not await s.deliver_due()
        finally:
            await s.aclose()
    finally:
        store.close()
        stub.down()
    assert [t.split("\n")[3].split('">')[1].split("<")[0] for t in stub.texts()] == [
        "first", "second", "third"]


@pytest.mark.parametrize("mistake", ["token", "chat_id"])
async def test_a_wrong_telegram_setting_holds_alerts_until_the_config_is_fixed(
        tmp_path: Path, store: SQLiteStore, mistake: str, caplog: pytest.LogCaptureFixture,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A bad token (401) or chat_id ("chat not found"): each alert failed permanently, so the
    alerts until the user fixed the config and reloaded were lost. They are held (in order)
    until the fix, and the log and ``watcher status`` say what to fix."""
    from watcher.commands import status

    stub, clock = BotApiStub().up(), Clock()

    def tg(token: str, chat_id: str) -> TelegramSettings:
        return TelegramSettings(name="chat", type="telegram", token=Secret(token),
                                chat_id=chat_id, api_url=stub.url)

    wrong = tg("999:WRONG", "1") if mistake == "token" else tg(stub.token, "12")
    s = Sender(settings(tmp_path, wrong), store, clock=clock)
    try:
        for t in ("first", "second", "third"):
            enqueue(store, t, ["chat"], event=t)
        if mistake == "chat_id":
            stub.fail_next("400", count=2)  # the Bot API's answer for a chat the bot is not in
        report = await s.deliver_due()
        assert (report.sent, report.failed) == (0, 0)
        clock.advance(hours=3)
        report = await s.deliver_due()
        assert (report.sent, report.failed) == (0, 0)
        assert "check token" in caplog.text or "check chat_id" in caplog.text
        assert status(settings(tmp_path, wrong)) == 0
        out = capsys.readouterr().out
        assert "chat: 0 delivered, 3 pending, 0 failed" in out
        assert "check token" in out or "check chat_id" in out
        s.reload(settings(tmp_path, tg(stub.token, "-100123")))  # fixed, reloaded
        assert (await s.deliver_due()).sent == 3  # at once, not at the next backoff step
    finally:
        await s.aclose()
        stub.down()
    assert [t.split("\n")[3].split('">')[1].split("<")[0] for t in stub.texts()] == [
        "first", "second", "third"]


@pytest.mark.parametrize(("fault", "fix"), [("400-rights", "give it the right to post"),
                                             ("400-thread", "reopen the topic")])
async def test_a_chat_the_bot_may_not_post_in_holds_alerts_until_a_restart(
        tmp_path: Path, store: SQLiteStore, fault: str, fix: str,
        caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]) -> None:
    """The bot in a group where it may not post: the Bot API answers 400 "not enough rights to
    send text messages to the chat" (or "message thread not found" for a deleted topic). Each
    alert of the setup period failed for good; they are held like a 403, the log and
    ``watcher status`` say what to fix, and the restart after the fix sends them in order."""
    from watcher.commands import status

    stub, clock = BotApiStub().up(), Clock()
    tg = TelegramSettings(name="chat", type="telegram", token=Secret(stub.token),
                          chat_id="-100123", api_url=stub.url)
    s = Sender(settings(tmp_path, tg), store, clock=clock)
    try:
        for t in ("first", "second"):
            enqueue(store, t, ["chat"], event=t)
        stub.fail_next(fault, count=2)
        report = await s.deliver_due()
        assert (report.sent, report.retried, report.failed) == (0, 1, 0)
        clock.advance(hours=3)
        report = await s.deliver_due()
        assert (report.sent, report.failed) == (0, 0)
        assert fix in caplog.text
        assert status(settings(tmp_path, tg)) == 0
        out = capsys.readouterr().out
        assert "chat: 0 delivered, 2 pending, 0 failed" in out and fix in out
    finally:
        await s.aclose()
    # the admin lets the bot post; the daemon restarts: sent at once, not at the next backoff
    s = Sender(settings(tmp_path, tg), store, clock=clock)
    try:
        assert (await s.deliver_due()).sent == 2
    finally:
        await s.aclose()
        stub.down()
    assert [t.split("\n")[3].split('">')[1].split("<")[0] for t in stub.texts()] == [
        "first", "second"]


async def test_a_message_the_bot_api_rejects_for_its_content_fails_permanently(
        tmp_path: Path, store: SQLiteStore) -> None:
    stub, clock = BotApiStub().up(), Clock()
    tg = TelegramSettings(name="chat", type="telegram", token=Secret(stub.token),
                          chat_id="-100123", api_url=stub.url)
    s = Sender(settings(tmp_path, tg), store, clock=clock)
    try:
        enqueue(store, "first", ["chat"], event="first")
        enqueue(store, "second", ["chat"], event="second")
        stub.fail_next("400-parse", count=2)  # as HTML, then as plain text
        report = await s.deliver_due()
        assert (report.sent, report.failed) == (1, 1)
    finally:
        await s.aclose()
        stub.down()


async def test_a_database_locked_by_another_process_delays_marks_without_blocking_the_loop(
        tmp_path: Path, store: SQLiteStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sqlite3 shell holding the write lock: marking a sent alert waited in SQLite's busy
    wait on the event loop (freezing polls and watchdog pings), then failed. It now waits
    asleep; here the other writer lets go from the event loop, which a busy wait prevents."""
    monkeypatch.setattr(SQLiteStore, "BUSY_TIMEOUT", 0.5)
    store._db.execute("PRAGMA busy_timeout = 500")
    rec, clock = Recorder("rec"), Clock()
    enqueue(store, "a1", ["rec"], event="x")
    s = sender(tmp_path, store, clock, rec)
    s._fixed = set()  # nothing to release at the start: the pass's first write is the mark
    try:
        async with locked_until_store_writes(store, tmp_path / "watcher.db"):
            report = await s.deliver_due()
    finally:
        await s.aclose()
    assert (report.sent, report.errors) == (1, [])
    assert store.delivery_counts()["rec"]["delivered"] == 1


async def test_an_alert_held_overnight_is_stale_after_another_watchs_alert_of_its_event(
        tmp_path: Path, store: SQLiteStore) -> None:
    """Two watches follow one event into one chat: the urgent "cancelled" went out under the
    other watch; the held "new event: planned" is as stale (a code review, session 40)."""
    s, rec, clock = quiet_sender(tmp_path, store)
    night = clock.now
    enqueue(store, "n1", ["rec"], event="e1", now=night)
    await s.deliver_due()
    clock.now = night + timedelta(hours=2)
    intent = AlertIntent(
        kind="status_change", watch="budapest",
        event=EventSnapshot(id="e1", title="event e1", status="cancelled",
                            previous_status="planned", sources=1, first_seen=night),
        item=Item(key="c1", title="c1", summary="", link="https://ex.org/c1", source="AP",
                  published=clock.now, lang="en"))
    store.commit_feed(FeedState(url="http://127.0.0.1/feed"), [], [], [], [(intent, ["rec"])],
                      clock.now)
    assert (await s.deliver_due()).sent == 1
    clock.now = datetime(2025, 10, 22, 7, 0, 5, tzinfo=ZURICH).astimezone(UTC)
    assert (await s.deliver_due()).superseded == 1 and rec.titles() == [["c1"]]
    await s.aclose()


async def test_the_thread_refs_kept_in_memory_are_bounded(tmp_path: Path,
                                                           store: SQLiteStore) -> None:
    """``_threads`` grew by one entry per event for the daemon's lifetime (a code review); it
    keeps the latest ``threads_kept``, and a follow-up of an event it no longer holds still
    replies to the event's first message, which the store gives."""
    rec, clock = Recorder("rec"), Clock()
    s = sender(tmp_path, store, clock, rec)
    s.threads_kept = 3
    for n in range(5):
        enqueue(store, f"a{n}", ["rec"], event=f"e{n}")
    assert (await s.deliver_due()).sent == 5
    assert len(s._threads) == 3 and ("rec", "e0") not in s._threads
    enqueue(store, "a0 off", ["rec"], event="e0", status="cancelled", previous="planned")
    assert (await s.deliver_due()).sent == 1
    assert rec.messages[-1].thread_ref == "ref-rec-1"
    await s.aclose()


async def test_a_status_a_chat_was_told_under_another_watch_is_not_told_again(
        tmp_path: Path, store: SQLiteStore) -> None:
    """A user's review, session 50: a watch the change's article did not name hears of the
    change with its next article about the event; the chat it shares with the watch told first
    got "cancelled -> planned" twice, the second linking an analysis piece that said nothing of
    it. A notifier people read is not told a status of an event it was last told; a webhook
    (routing by watch) is, and a real return is told again."""
    rec, hook, clock = Recorder("rec"), Recorder("hook"), Clock()
    s = Sender(settings(tmp_path, plain("rec"), NotifierSettings(name="hook", type="webhook")),
               store, clock=clock, notifiers={"rec": rec, "hook": hook}, rng=random.Random(1))
    enqueue(store, "c1", ["rec", "hook"], status="cancelled", previous="planned")
    assert (await s.deliver_due()).sent == 2
    enqueue(store, "c2", ["rec", "hook"], status="cancelled", previous="planned")  # catch-up
    report = await s.deliver_due()
    assert (report.sent, report.superseded) == (1, 1)
    assert rec.titles() == [["c1"]] and hook.titles() == [["c1"], ["c2"]]
    enqueue(store, "p3", ["rec"], status="planned", previous="cancelled")  # back on
    enqueue(store, "c4", ["rec"], status="cancelled", previous="planned")  # off again
    enqueue(store, "c5", ["rec"], status="cancelled", previous="planned")  # in the same pass
    report = await s.deliver_due()
    assert (report.sent, report.superseded) == (2, 1)
    assert rec.titles() == [["c1"], ["p3"], ["c4"]]
    await s.aclose()


async def test_a_status_whose_first_alert_failed_is_still_told(
        tmp_path: Path, store: SQLiteStore) -> None:
    """Only what was delivered counts as told (a code review, session 50): the first alert of
    a change failing for good (a message the chat rejects), another watch's alert of the same
    change still goes out."""
    rec, clock = Recorder("rec", [NotifyError("rec", "HTTP 400", permanent=True)]), Clock()
    s = sender(tmp_path, store, clock, rec)
    enqueue(store, "c1", ["rec"], status="cancelled", previous="planned")
    enqueue(store, "c2", ["rec"], status="cancelled", previous="planned")
    report = await s.deliver_due()
    assert (report.failed, report.sent, report.superseded) == (1, 1, 0)
    assert rec.titles() == [["c2"]]
    await s.aclose()


async def test_once_delivers_a_paced_backlog_in_more_passes(
        tmp_path: Path, store: SQLiteStore) -> None:
    """A user's review, session 50: a first `once` of a hundred watches left eight Telegram
    alerts "held" by the pass's time budget, for the next run an interval later. `once` goes on
    with more passes while they send (quiet hours and retries still hold)."""
    from watcher.commands import _deliver_all

    rec, clock = Recorder("rec"), Clock()
    for n in range(4):
        enqueue(store, f"a{n}", ["rec"], event=f"e{n}")
    s = sender(tmp_path, store, clock, rec, pass_budget=0.0)  # one message a pass
    report = await _deliver_all(s)
    assert (report.sent, report.deferred) == (4, 0)
    assert rec.titles() == [["a0"], ["a1"], ["a2"], ["a3"]]
    await s.aclose()
