"""The daemon's scheduling logic, in-process, with small fakes of the pipeline and the sender.

The fakes follow the interfaces in ``watcher.daemon`` (``PipelineLike``, ``SenderLike``); the
scheduler, the signal handling and the notifier protocol are the real ones. Waits are bounded by
``asyncio.wait_for`` so a broken daemon fails a test instead of hanging it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import random
import signal
import time
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from watcher.daemon import Daemon
from watcher.errors import ConfigError, DatabaseUnusable, StoreError
from watcher.poll_results import CycleStats
from watcher.sdnotify import SystemdNotifier
from watcher.settings import DaemonSettings, FeedSettings, Settings

WAIT = 10.0  # upper bound for anything a test waits for


def now() -> datetime:
    return datetime.now(UTC)


def feed(n: int, interval: float = 3600, jitter: float = 0) -> FeedSettings:
    return FeedSettings(url=f"http://127.0.0.1:1/{n}.xml", name=f"feed{n}",
                        interval=timedelta(seconds=interval), jitter=timedelta(seconds=jitter))


def settings(*feeds: FeedSettings, path: Path | None = None) -> Settings:
    return Settings(daemon=DaemonSettings(database=Path("/nonexistent/watcher.db")),
                    feeds=tuple(feeds), path=path)


@dataclass
class Result:
    url: str
    new_items: int = 0
    not_modified: bool = False
    error: str | None = None
    next_due: datetime | None = None
    alerts: int = 0
    skipped: str | None = None


@dataclass
class FakePipeline:
    """Returns ``next_due = now + 1 h`` (or what ``results`` says); ``gate`` can hold polls."""

    due: dict[str, datetime] = field(default_factory=dict)
    results: dict[str, Result] = field(default_factory=dict)
    polled: list[str] = field(default_factory=list)
    reloads: list[Settings] = field(default_factory=list)
    gate: asyncio.Event | None = None
    cancelled: list[str] = field(default_factory=list)
    finished: list[str] = field(default_factory=list)
    raise_on: set[str] = field(default_factory=set)
    raise_with: Exception | None = None  # what a poll of a ``raise_on`` feed raises
    pruned: int = 0
    changed: asyncio.Event = field(default_factory=asyncio.Event)
    lost: set[str] = field(default_factory=set)  # polls lost with a failed group commit

    async def poll_feed(self, feed: FeedSettings) -> Result:
        self.polled.append(feed.url)
        self.changed.set()
        try:
            if self.gate is not None:
                await self.gate.wait()
        except asyncio.CancelledError:
            self.cancelled.append(feed.url)
            raise
        if feed.url in self.raise_on:
            raise self.raise_with or RuntimeError("bug in the pipeline")
        self.finished.append(feed.url)
        result = self.results.get(feed.url) or Result(feed.url, new_items=1)
        if result.next_due is None and result.skipped is None:
            result = replace(result, next_due=now() + timedelta(hours=1))
        return result

    def reload(self, settings: Settings) -> None:
        self.reloads.append(settings)

    def next_due(self, feed: FeedSettings) -> datetime | None:
        return self.due.get(feed.url)

    async def prune(self) -> int:
        self.pruned += 1
        return 0

    def take_lost_feeds(self) -> set[str]:
        lost, self.lost = self.lost, set()
        return lost


@dataclass
class FakeSender:
    calls: int = 0
    reloads: list[Settings] = field(default_factory=list)
    delivered: asyncio.Event = field(default_factory=asyncio.Event)

    async def deliver_due(self) -> None:
        self.calls += 1
        self.delivered.set()

    def reload(self, settings: Settings) -> None:
        self.reloads.append(settings)

    def stop(self) -> None:
        pass

    async def finish(self) -> int:
        return 0


class RecordingNotifier(SystemdNotifier):
    """The real notifier's methods, recording datagrams instead of sending them."""

    def __init__(self, watchdog_interval: float | None = None) -> None:
        super().__init__({})
        self.watchdog_interval = watchdog_interval
        self.sent: list[tuple[str, ...]] = []
        self.event = asyncio.Event()

    def notify(self, *fields: str) -> bool:
        self.sent.append(fields)
        self.event.set()
        return True

    def first(self, key: str) -> list[tuple[str, ...]]:
        return [m for m in self.sent if any(f.startswith(key) for f in m)]


async def until(predicate: Any, event: asyncio.Event | None = None) -> None:
    """Wait (bounded) until ``predicate()`` holds, waking on ``event`` or every 10 ms."""
    async def loop() -> None:
        while not predicate():
            if event is not None:
                event.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(event.wait(), 0.05)
            else:
                await asyncio.sleep(0.01)
    await asyncio.wait_for(loop(), WAIT)


def make(cfg: Settings, pipeline: FakePipeline | None = None, **kw: Any) -> Daemon:
    kw.setdefault("install_signals", False)
    kw.setdefault("outbox_every", 3600.0)
    return Daemon(cfg, pipeline or FakePipeline(), kw.pop("sender", None) or FakeSender(),
                  notifier=kw.pop("notifier", None) or RecordingNotifier(), **kw)


async def stop(daemon: Daemon, task: asyncio.Task[int]) -> int:
    daemon.request_stop()
    return await asyncio.wait_for(task, WAIT)


# -- first due times ------------------------------------------------------------------------------

def test_first_due_honours_a_stored_future_due_time() -> None:
    t0 = now()
    f = feed(1, interval=900, jitter=30)
    pipe = FakePipeline(due={f.url: t0 + timedelta(minutes=7)})
    assert make(settings(f), pipe).first_due(f, t0) == t0 + timedelta(minutes=7)


@pytest.mark.parametrize("stored", [None, timedelta(hours=-3)])
def test_first_due_missing_or_past_is_spread_within_the_jitter(stored: timedelta | None) -> None:
    t0 = now()
    feeds = [feed(i, interval=900, jitter=60) for i in range(50)]
    due = {} if stored is None else {f.url: t0 + stored for f in feeds}
    daemon = make(settings(*feeds), FakePipeline(due=due), rng=random.Random(1))
    firsts = [daemon.first_due(f, t0) for f in feeds]
    assert all(t0 <= d <= t0 + timedelta(seconds=60) for d in firsts)
    assert len(set(firsts)) > 40  # spread, not all at once


def test_first_due_caps_an_absurd_stored_time() -> None:
    t0 = now()
    f = feed(1, interval=900)
    pipe = FakePipeline(due={f.url: t0 + timedelta(days=400)})  # clock jumped back
    assert make(settings(f), pipe).first_due(f, t0) <= t0 + timedelta(days=1)


async def test_start_schedules_each_feed_at_its_stored_due_time() -> None:
    t0 = now()
    a, b = feed(1), feed(2, jitter=5)
    pipe = FakePipeline(due={a.url: t0 + timedelta(minutes=10)})
    daemon = make(settings(a, b), pipe, clock=lambda: t0)
    daemon.start()
    try:
        assert daemon.feed_due(a.url) == t0 + timedelta(minutes=10)
        due_b = daemon.feed_due(b.url)
        assert due_b is not None and t0 <= due_b <= t0 + timedelta(seconds=5)
        for job_id in (f"feed:{a.url}", "outbox", "retention", "summary"):
            job = daemon.scheduler.get_job(job_id)
            assert job is not None and job.coalesce
            # the outbox: a tick that meets a long pass is ``_deliver``'s "one pass more"
            assert job.max_instances == (2 if job_id == "outbox" else 1)
    finally:
        await daemon.shutdown()


# -- polling --------------------------------------------------------------------------------------

async def test_a_poll_moves_the_job_to_the_pipelines_next_due_and_kicks_the_outbox() -> None:
    f = feed(1)
    backoff = now() + timedelta(minutes=42)
    pipe = FakePipeline(results={f.url: Result(f.url, error="HTTP 503", next_due=backoff,
                                               alerts=2)})
    sender = FakeSender()
    notifier = RecordingNotifier()
    daemon = make(settings(f), pipe, sender=sender, notifier=notifier)
    task = asyncio.create_task(daemon.run())
    try:
        await until(lambda: pipe.finished and sender.calls, sender.delivered)
        await until(lambda: daemon.feed_due(f.url) == backoff)
        # the first drained batch gets a summary line at once, in STATUS= too
        await until(lambda: daemon.last_summary is not None, notifier.event)
        assert daemon.last_summary is not None and "1 error" in daemon.last_summary
        assert any("STATUS=1 feed polled" in x for m in notifier.sent for x in m)
    finally:
        assert await stop(daemon, task) == 0
    assert notifier.sent[0][0] == "READY=1"
    assert notifier.sent[-1][0] == "STOPPING=1"


async def test_a_crashing_poll_is_logged_and_retried_one_interval_later(
    caplog: pytest.LogCaptureFixture,
) -> None:
    f = feed(1, interval=600)
    pipe = FakePipeline(raise_on={f.url})
    daemon = make(settings(f), pipe)
    task = asyncio.create_task(daemon.run())
    try:
        await until(lambda: pipe.polled, pipe.changed)
        await until(lambda: (daemon.feed_due(f.url) or now()) > now() + timedelta(seconds=500))
        assert "bug in the pipeline" in caplog.text
        assert not task.done()
    finally:
        assert await stop(daemon, task) == 0


async def test_a_store_error_in_a_poll_is_one_line_without_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A database locked by another process (or a full disk) is a WatcherError with a clear
    message naming the file; it was logged with a 40-line traceback, as if watcher had a bug."""
    f = feed(1, interval=600)
    pipe = FakePipeline(raise_on={f.url},
                        raise_with=StoreError("/var/lib/watcher/watcher.db: database is locked"),
                        lost={f.url})  # its failed commit lost its group: said once, counted once
    caplog.set_level(logging.INFO, logger="watcher.daemon")
    daemon = make(settings(f), pipe)
    task = asyncio.create_task(daemon.run())
    try:
        await until(lambda: (daemon.feed_due(f.url) or now()) > now() + timedelta(seconds=500))
        errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
        assert [r.getMessage() for r in errors] == [
            f"polling {f.url} failed: /var/lib/watcher/watcher.db: database is locked"]
        assert errors[0].exc_info is None
        assert "0 alerts, 1 error," in caplog.text  # the summary line
    finally:
        assert await stop(daemon, task) == 0


async def test_many_polls_failing_the_same_way_are_one_line_and_a_count(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A database locked by another program, or a full disk, failed every feed's poll: one
    ERROR line each (a user's review: 124 lines in 90 s). The first is logged, the rest
    counted with the summary."""
    feeds = [feed(n, interval=600) for n in range(1, 7)]
    pipe = FakePipeline(raise_on={f.url for f in feeds},
                        raise_with=StoreError("/var/lib/watcher/watcher.db: database is full"))
    caplog.set_level(logging.INFO, logger="watcher.daemon")
    daemon = make(settings(*feeds), pipe)
    task = asyncio.create_task(daemon.run())
    try:
        await until(lambda: all((daemon.feed_due(f.url) or now()) > now() + timedelta(seconds=500)
                                for f in feeds))
        daemon._flush_summary()
        errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
        # the first of each summary line's period in full, the others counted
        first = [e for e in errors if e.startswith("polling ")]
        counted = [int(e.split()[0]) for e in errors if "more polls failed the same way: " in e]
        assert len(first) <= 2 and counted and len(first) + sum(counted) == 6, errors
        assert all(e.endswith("/var/lib/watcher/watcher.db: database is full") for e in errors)
    finally:
        assert await stop(daemon, task) == 0


async def test_a_damaged_database_stops_the_daemon_with_exit_status_2(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """SQLite's "database disk image is malformed" in a poll: it kept polling, an ERROR a poll
    for ever (a user's review). No retry mends it: it stops by itself, exit status 2, so that
    ``RestartPreventExitStatus=2`` and monitoring notice; a locked database (above) runs on."""
    f, g = feed(1, interval=600), feed(2, interval=600)
    pipe = FakePipeline(raise_on={f.url, g.url}, raise_with=DatabaseUnusable(
        "/var/lib/watcher/watcher.db: database disk image is malformed; the file is damaged"))
    caplog.set_level(logging.INFO, logger="watcher.daemon")
    daemon = make(settings(f, g), pipe)
    assert await asyncio.wait_for(daemon.run(), WAIT) == 2
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors[0] == (f"polling {f.url} failed: /var/lib/watcher/watcher.db: database disk "
                         "image is malformed; the file is damaged; stopping (exit status 2)")
    assert len(errors) == 1 and not any(r.exc_info for r in caplog.records)


async def test_polls_lost_with_a_failed_group_commit_are_logged_and_counted_as_errors(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="watcher.daemon")
    a, b = feed(1), feed(2)
    pipe = FakePipeline(lost={a.url})  # a reported success, then its group's commit failed
    daemon = make(settings(a, b), pipe)
    task = asyncio.create_task(daemon.run())
    try:
        await until(lambda: len(pipe.finished) == 2, pipe.changed)
        await until(lambda: "was not stored" in caplog.text)
        assert f"{a.url}: its last poll was not stored" in caplog.text
        assert b.url + ": its last poll" not in caplog.text
        assert pipe.lost == set()
        await until(lambda: "1 error" in caplog.text)  # in the summary line
    finally:
        assert await stop(daemon, task) == 0


async def test_a_disabled_feed_is_paused() -> None:
    f = feed(1)
    pipe = FakePipeline(results={f.url: Result(f.url, skipped="disabled: 410 Gone")})
    daemon = make(settings(f), pipe)
    task = asyncio.create_task(daemon.run())
    try:
        await until(lambda: pipe.finished, pipe.changed)
        await until(lambda: daemon.scheduler.get_job(f"feed:{f.url}").next_run_time is None)
    finally:
        assert await stop(daemon, task) == 0


def test_cycle_stats_line() -> None:
    stats = CycleStats()
    stats.add(Result("a", new_items=3, alerts=1), 10.0, 10.5)
    stats.add(Result("b", not_modified=True), 20.0, 20.25)
    stats.add(None, 30.0, 30.25)
    assert stats.line() == ("3 feeds polled, 1 not modified, 3 new items, 1 alert, 1 error, 1.0 s")


def test_cycle_stats_count_polls_running_together_once() -> None:
    # 150 feeds waiting together on a database another program locked for 100 s took 100 s,
    # not 150 times that (a user's review: "9027.0 s")
    stats = CycleStats()
    for n in range(150):
        stats.add(Result(f"f{n}"), 5.0 + n / 100, 105.0 + n / 100)
    stats.add(Result("late"), 200.0, 201.0)
    assert stats.line().endswith(", 102.5 s")


# -- reload ---------------------------------------------------------------------------------------

async def test_reload_adds_removes_and_reschedules_jobs_without_touching_others(
    tmp_path: Path,
) -> None:
    t0 = now()
    keep, drop, slower = feed(1), feed(2), feed(3, interval=7200)
    faster = replace(slower, interval=timedelta(seconds=600))
    added = feed(4)
    pipe = FakePipeline(due={keep.url: t0 + timedelta(minutes=30),
                             drop.url: t0 + timedelta(minutes=30),
                             slower.url: t0 + timedelta(minutes=90),
                             added.url: t0 + timedelta(minutes=20)})
    path = tmp_path / "watcher.toml"
    new = settings(keep, faster, added, path=path)
    calls: list[tuple[Path, dict[str, Any]]] = []

    def loader(p: Path, **kw: Any) -> Settings:
        calls.append((p, kw))
        return new

    notifier = RecordingNotifier()
    sender = FakeSender()
    daemon = make(settings(keep, drop, slower, path=path), pipe, sender=sender, loader=loader,
                  notifier=notifier, clock=lambda: t0)
    daemon.start()
    try:
        assert await daemon.reload() is True
        assert calls[0][0] == path
        assert calls[0][1]["database"] is None  # no --database: the config says (and may change)
        assert pipe.reloads == [new] and sender.reloads == [new]
        assert daemon.settings is new
        assert daemon.feed_due(keep.url) == t0 + timedelta(minutes=30)  # untouched
        assert daemon.scheduler.get_job(f"feed:{drop.url}") is None
        assert daemon.feed_due(added.url) == t0 + timedelta(minutes=20)  # its stored due time
        assert daemon.feed_due(faster.url) == t0 + timedelta(minutes=10)  # shorter interval
        trigger = daemon.scheduler.get_job(f"feed:{faster.url}").trigger
        assert trigger.interval == timedelta(seconds=600)
        reloading, ready = notifier.sent[-2], notifier.sent[-1]
        assert reloading[0] == "RELOADING=1" and reloading[1].startswith("MONOTONIC_USEC=")
        assert ready[0] == "READY=1" and "+1 -1 ~1" in ready[1]
    finally:
        await daemon.shutdown()


async def test_an_invalid_config_is_reported_and_the_old_one_keeps_running(
    tmp_path: Path, caplog: pytest.LogCaptureFixture,
) -> None:
    t0 = now()
    f = feed(1)
    path = tmp_path / "watcher.toml"
    old = settings(f, path=path)

    def loader(p: Path, **kw: Any) -> Settings:
        raise ConfigError("expected a duration", path=p, line=7, key="feed[1].interval")

    notifier = RecordingNotifier()
    pipe = FakePipeline(due={f.url: t0 + timedelta(minutes=5)})
    daemon = make(old, pipe, loader=loader, notifier=notifier, clock=lambda: t0)
    daemon.start()
    try:
        with caplog.at_level(logging.ERROR):
            assert await daemon.reload() is False
        assert f"{path}:7: feed[1].interval: expected a duration" in caplog.text
        assert daemon.settings is old
        assert daemon.feed_due(f.url) == t0 + timedelta(minutes=5)
        assert [m[0] for m in notifier.sent[-2:]] == ["RELOADING=1", "READY=1"]
        assert "reload failed" in notifier.sent[-1][1]
    finally:
        await daemon.shutdown()


async def test_a_reload_says_which_changes_need_a_restart(
    tmp_path: Path, caplog: pytest.LogCaptureFixture,
) -> None:
    """A reload that changes the fetch limits reported success and silently kept the old ones."""
    f = feed(1)
    path = tmp_path / "watcher.toml"
    old = settings(f, path=path)
    new = replace(old, daemon=replace(old.daemon, timeout=timedelta(seconds=5), per_host=1,
                                      interval=timedelta(minutes=5)))
    daemon = make(old, FakePipeline(), loader=lambda p, **kw: new)
    daemon.start()
    try:
        with caplog.at_level(logging.INFO):
            assert await daemon.reload() is True
        warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
        assert warnings == [f"{path}: daemon.timeout, daemon.per_host changed: restart watcher "
                            "to apply (the running values stay until then)"]
        caplog.clear()
        daemon.loader = lambda p, **kw: old  # back to the values it runs with
        with caplog.at_level(logging.INFO):
            assert await daemon.reload() is True
        assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    finally:
        await daemon.shutdown()


async def test_sighup_reloads_and_sigterm_stops() -> None:
    f = feed(1)
    reloaded = asyncio.Event()

    def loader(p: Path, **kw: Any) -> Settings:
        reloaded.set()
        return settings(f, feed(2), path=p)

    daemon = make(settings(f, path=Path("/etc/watcher/watcher.toml")), loader=loader,
                  install_signals=True)
    task = asyncio.create_task(daemon.run())
    try:
        await until(lambda: daemon.scheduler.running)
        os.kill(os.getpid(), signal.SIGHUP)
        await asyncio.wait_for(reloaded.wait(), WAIT)
        await until(lambda: daemon.scheduler.get_job(f"feed:{feed(2).url}") is not None)
        os.kill(os.getpid(), signal.SIGTERM)
        assert await asyncio.wait_for(task, WAIT) == 0
    finally:
        if not task.done():
            task.cancel()


async def test_a_delivery_pass_longer_than_the_outbox_tick_logs_no_warning(
        caplog: pytest.LogCaptureFixture) -> None:
    """A pass may outlast the outbox tick (Telegram pacing a backlog, a slow SMTP server).
    APScheduler refused each tick that met it with "maximum number of running instances
    reached" at WARNING (a code review, finding 4); the tick is now the daemon's own "one pass
    more", run once the long pass ends."""
    gate = asyncio.Event()

    class SlowSender(FakeSender):
        async def deliver_due(self) -> None:
            await super().deliver_due()
            if self.calls == 1:
                await gate.wait()

    sender = SlowSender()
    daemon = make(settings(), sender=sender, outbox_every=0.05)
    caplog.set_level(logging.INFO)
    task = asyncio.create_task(daemon.run())
    try:
        await until(lambda: sender.calls == 1)
        # a tick met the running pass: as "one pass more", or (before) as a warning
        await until(lambda: daemon._deliver_again or "maximum number" in caplog.text)
        gate.set()
        await until(lambda: sender.calls >= 2)  # the pass more, after the long one
        assert await stop(daemon, task) == 0
    finally:
        gate.set()
        if not task.done():
            task.cancel()
    warned = [r.getMessage() for r in caplog.records
              if r.levelno >= logging.WARNING and r.name.startswith("apscheduler")]
    assert not warned


# -- shutdown -------------------------------------------------------------------------------------

async def test_stop_lets_an_in_flight_poll_finish() -> None:
    f = feed(1)
    pipe = FakePipeline(gate=asyncio.Event())
    daemon = make(settings(f), pipe, stop_timeout=WAIT)
    task = asyncio.create_task(daemon.run())
    await until(lambda: pipe.polled, pipe.changed)
    daemon.request_stop()
    await asyncio.sleep(0.05)
    assert not task.done()  # still waiting for the poll
    assert pipe.gate is not None
    pipe.gate.set()
    assert await asyncio.wait_for(task, WAIT) == 0
    assert pipe.finished == [f.url] and not pipe.cancelled


async def test_stop_cancels_a_poll_that_does_not_finish_in_time() -> None:
    f = feed(1)
    pipe = FakePipeline(gate=asyncio.Event())  # never set
    daemon = make(settings(f), pipe, stop_timeout=0.2)
    task = asyncio.create_task(daemon.run())
    await until(lambda: pipe.polled, pipe.changed)
    daemon.request_stop()
    assert await asyncio.wait_for(task, WAIT) == 0
    assert pipe.cancelled == [f.url] and not pipe.finished


async def test_a_poll_cancelled_at_stop_logs_no_error_or_traceback(
        caplog: pytest.LogCaptureFixture) -> None:
    """``systemctl stop`` during a slow poll cancels it as documented; that is no failure.
    Before, APScheduler logged the cancelled job as "raised an exception" at ERROR with a
    CancelledError traceback of 40 lines in the journal."""
    f = feed(1)
    pipe = FakePipeline(gate=asyncio.Event())  # never set
    daemon = make(settings(f), pipe, stop_timeout=0.2)
    caplog.set_level(logging.INFO)
    task = asyncio.create_task(daemon.run())
    await until(lambda: pipe.polled, pipe.changed)
    daemon.request_stop()
    assert await asyncio.wait_for(task, WAIT) == 0
    await asyncio.sleep(0)  # let the scheduler's job wrapper finish, as the process would
    assert pipe.cancelled == [f.url]
    assert any("cancelling 1 job" in r.getMessage() for r in caplog.records)
    bad = [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    assert not bad, [r.getMessage() for r in bad]


# -- watchdog -------------------------------------------------------------------------------------

async def test_health_rule() -> None:
    daemon = make(settings())
    assert not daemon.healthy(0.0, 1.0)  # scheduler not running
    daemon.start()
    assert daemon.healthy(0.1, 1.0)
    assert not daemon.healthy(1.5, 1.0)  # the loop woke up a whole interval late
    await daemon.shutdown()
    assert not daemon.healthy(0.0, 1.0)


async def test_watchdog_pings_from_the_loop_and_stops_while_it_is_blocked(
    caplog: pytest.LogCaptureFixture,
) -> None:
    notifier = RecordingNotifier(watchdog_interval=0.1)
    daemon = make(settings(), notifier=notifier)
    task = asyncio.create_task(daemon.run())
    try:
        def pings() -> int:
            return len(notifier.first("WATCHDOG=1"))

        await until(lambda: pings() >= 3, notifier.event)
        before = pings()
        time.sleep(0.6)  # block the event loop for six watchdog intervals
        await asyncio.sleep(0)
        assert pings() == before  # nothing can ping while the loop is blocked
        await until(lambda: "withholding the watchdog ping" in caplog.text)
        await until(lambda: pings() > before, notifier.event)  # healthy again: pings resume
    finally:
        assert await stop(daemon, task) == 0
