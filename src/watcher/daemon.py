"""``watcher run``: the long-running daemon around the pipeline.

What it does, in order:

1. open the store and build the pipeline and the sender (``commands.run_daemon``);
2. schedule one APScheduler job per feed, first at its *stored* due time (``watcher.feed_jobs``
   holds the feed jobs: their first due times, triggers, and a reload's changes to them);
3. after every poll, move the feed's job to ``result.next_due``: the pipeline owns the backoff,
   ``Retry-After`` and the stored due time, the scheduler just follows it;
4. housekeeping jobs: the outbox (every few seconds, and at once after a poll that produced alerts)
   and retention; a summary line of the polls since the last (``SUMMARY_EVERY``: a minute at
   most between two) on stderr and in systemd's ``STATUS=``;
5. tell systemd ``READY=1`` and ping its watchdog from a task on the event loop, so that a stalled
   loop stops pinging and gets restarted;
6. ``SIGHUP`` reloads the config file and applies the difference (jobs added, removed,
   rescheduled) without losing state; a bad new config is reported and the old one keeps running;
7. ``SIGTERM``/``SIGINT`` stop scheduling and sending, give in-flight work ``stop_timeout`` seconds,
   cancel the rest (a cancelled poll's store transaction rolls back), let a message already
   handed to a notifier finish within that notifier's timeout and be recorded
   (``SenderLike.finish``: cut off, a sent alert stayed pending and went out again after the
   restart), and return 0;
8. a database only a person can mend (``DatabaseUnusable``: SQLite finds the file damaged, a row
   cannot be read) stops it the same way with exit status 2: it kept polling, failing every
   poll, and systemd's ``RestartPreventExitStatus=2`` and monitoring never learnt of it (a user's
   review). Errors a retry mends (locked, busy, disk full) are logged and retried as before.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import random
import signal
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from watcher import feed_jobs
from watcher import retention as retention_rule
from watcher.clock import utcnow
from watcher.config_summary import warnings as config_warnings
from watcher.errors import DatabaseUnusable, WatcherError
from watcher.poll_results import CycleStats, FeedResultLike
from watcher.sdnotify import SystemdNotifier, watchdog_loop
from watcher.settings import FeedSettings, Settings

log = logging.getLogger(__name__)

OUTBOX_EVERY = 5.0  # seconds between outbox passes when nothing kicks it
SUMMARY_EVERY = 60.0  # at most one summary line per this many seconds (plus one per drained batch)
RETENTION_EVERY = retention_rule.EVERY  # seconds
STOP_TIMEOUT = 10.0  # seconds in-flight work may take after SIGTERM before it is cancelled
# [daemon] keys a reload cannot apply (the open store, the fetcher's client); the others are
# read from the current settings at each use
RESTART_ONLY = ("database", "timeout", "max_body_size", "concurrency", "per_host")


class PipelineLike(Protocol):
    async def poll_feed(self, feed: FeedSettings) -> Any: ...
    def reload(self, settings: Settings) -> None: ...
    def next_due(self, feed: FeedSettings) -> datetime | None: ...
    async def prune(self) -> int: ...
    def take_lost_feeds(self) -> set[str]: ...


class SenderLike(Protocol):
    async def deliver_due(self) -> Any: ...
    def reload(self, settings: Settings) -> None: ...
    def stop(self) -> None: ...
    async def finish(self) -> int: ...


Loader = Callable[..., Settings]


class Daemon:
    """The scheduling loop; the components are injected so tests can use small fakes."""

    def __init__(
        self, settings: Settings, pipeline: PipelineLike, sender: SenderLike, *,
        notifier: SystemdNotifier | None = None, config_path: Path | None = None,
        env: Mapping[str, str] | None = None, loader: Loader | None = None,
        database: Path | None = None, clock: Callable[[], datetime] = utcnow,
        rng: random.Random | None = None, stop_timeout: float = STOP_TIMEOUT,
        outbox_every: float = OUTBOX_EVERY, summary_every: float = SUMMARY_EVERY,
        install_signals: bool = True,
    ) -> None:
        self.settings = settings
        self._started = settings  # what the pipeline's fetcher was built with
        self.pipeline = pipeline
        self.sender = sender
        self.notifier = notifier if notifier is not None else SystemdNotifier({})
        self.config_path = config_path
        self.env = os.environ if env is None else env
        self.loader = loader
        self.database = database  # ``--database``: wins over the config at a reload too
        self.clock = clock
        self.rng = rng or random.Random()
        self.stop_timeout = stop_timeout
        self.outbox_every = outbox_every
        self.summary_every = summary_every
        self.install_signals = install_signals
        self.scheduler = AsyncIOScheduler(timezone=UTC)
        self.stats = CycleStats()
        # the store's failures since the last summary line, by message: the first of each is
        # logged, the rest counted into one line with the summary (a user's review: a locked
        # database, a full disk gave one error line per feed per poll, 124 in 90 s)
        self._store_errors: dict[str, int] = {}
        self.last_summary: str | None = None
        self._last_flush = float("-inf")
        self._polling = 0
        self._tasks: set[asyncio.Task[Any]] = set()  # in-flight jobs, awaited on stop
        self._stop = asyncio.Event()
        self._stopping = False
        self._reload_task: asyncio.Task[None] | None = None
        self._reload_again = False
        self._delivering = False
        self._deliver_again = False
        self.exit_status = 0  # 2 after a ``DatabaseUnusable`` (``unusable``)

    # -- lifecycle ------------------------------------------------------------------------------

    async def run(self) -> int:
        loop = asyncio.get_running_loop()
        handled: list[signal.Signals] = []
        if self.install_signals:
            for sig, handler in (
                (signal.SIGTERM, self.request_stop), (signal.SIGINT, self.request_stop),
                (signal.SIGHUP, self.request_reload),
            ):
                loop.add_signal_handler(sig, handler)
                handled.append(sig)
        watchdog: asyncio.Task[None] | None = None
        try:
            self.start()
            if self.notifier.watchdog_interval:
                watchdog = loop.create_task(watchdog_loop(
                    self.notifier, self.notifier.watchdog_interval, self.healthy))
            status = f"watching {len(self.settings.feeds)} feeds"
            log.info("started: %s", status)
            for warning in config_warnings(self.settings):
                log.warning("%s: %s", self.settings.path or "config", warning)
            self.notifier.ready(status=status)
            await self._stop.wait()
            await self.shutdown()
        finally:
            for sig in handled:
                loop.remove_signal_handler(sig)
            if watchdog is not None:
                watchdog.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await watchdog
        return self.exit_status

    def start(self) -> None:
        """Schedule every feed and the housekeeping jobs, then start the scheduler."""
        now = self.clock()
        for feed in self.settings.feeds:
            self._add_feed_job(feed, now)
        # max_instances=2: a pass may run longer than a tick (a paced Telegram backlog, a slow
        # SMTP server); the tick that meets it is ``_deliver``'s "one pass more". With 1,
        # APScheduler refused that tick with a WARNING each time, filling ``journalctl -p
        # warning`` with a scheduling problem there was not (a code review, finding 4).
        self.scheduler.add_job(
            self._tracked(self._deliver), IntervalTrigger(seconds=self.outbox_every),
            id="outbox", coalesce=True, max_instances=2, misfire_grace_time=None,
            next_run_time=now,  # alerts left pending by the last run go out at once
        )
        self.scheduler.add_job(
            self._tracked(self._retention), IntervalTrigger(seconds=RETENTION_EVERY),
            id="retention", next_run_time=now + timedelta(minutes=1),
            coalesce=True, max_instances=1, misfire_grace_time=None,
        )
        self.scheduler.add_job(
            self._tracked(self._summary_job), IntervalTrigger(seconds=self.summary_every),
            id="summary", coalesce=True, max_instances=1, misfire_grace_time=None,
        )
        self.scheduler.start()

    def unusable(self, doing: str, err: DatabaseUnusable) -> None:
        """The database needs someone to act: say so once, and stop with exit status 2."""
        if self.exit_status != err.exit_code:
            log.error("%s failed: %s; stopping (exit status %d)", doing, err, err.exit_code)
        self.exit_status = err.exit_code
        self.request_stop()

    def request_stop(self) -> None:
        if not self._stopping:
            log.info("stopping")
        self._stopping = True
        self._stop.set()

    async def shutdown(self) -> None:
        """Stop scheduling, let in-flight work finish within ``stop_timeout``, cancel the rest;
        then wait for the messages being sent (``Sender.finish``)."""
        self._stopping = True
        self.notifier.stopping(status="stopping")
        self.sender.stop()  # a running pass ends after the message in flight
        if self.scheduler.running:
            self.scheduler.pause()
        if self._reload_task is not None:
            self._tasks.add(self._reload_task)
        pending = {t for t in self._tasks if not t.done()}
        if pending:
            log.info("waiting up to %.0f s for %d running job(s)", self.stop_timeout, len(pending))
            _, pending = await asyncio.wait(pending, timeout=self.stop_timeout)
        if pending:
            log.warning("cancelling %d job(s) still running after %.0f s: their changes roll back "
                        "(a message being sent is still sent and recorded)",
                        len(pending), self.stop_timeout)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
        await self.sender.finish()  # bounded by the notifiers' own timeouts
        self._flush_summary()
        if self.scheduler.running:
            # AsyncIOScheduler.shutdown runs on the next loop iteration; nothing is pending now
            self.scheduler.shutdown(wait=False)
            await asyncio.sleep(0)

    # -- feeds ----------------------------------------------------------------------------------

    def first_due(self, feed: FeedSettings, now: datetime) -> datetime:
        """When to poll ``feed`` first after a start or a reload (see ``watcher.feed_jobs``)."""
        return feed_jobs.first_due(self.pipeline.next_due(feed), feed, now,
                                   self.settings.daemon.max_backoff, self.rng)

    def _add_feed_job(self, feed: FeedSettings, now: datetime) -> None:
        feed_jobs.add_feed_job(self.scheduler, self._tracked(self._poll), feed,
                               self.first_due(feed, now))

    def feed_due(self, url: str) -> datetime | None:
        """The scheduled next poll of a feed (``None``: not scheduled or disabled)."""
        return feed_jobs.feed_due(self.scheduler, url)

    async def _poll(self, url: str) -> None:
        feed = self.settings.feed(url)
        if feed is None or self._stopping:
            return
        self._polling += 1
        started = time.monotonic()
        result: FeedResultLike | None = None
        try:
            result = await self.pipeline.poll_feed(feed)
        except DatabaseUnusable as err:  # damaged: no retry mends it
            self.unusable(f"polling {feed.url}", err)
        except WatcherError as err:  # the store: "PATH: database is locked", "disk is full"
            if str(err) not in self._store_errors:
                log.error("polling %s failed: %s", feed.url, err)
            self._store_errors[str(err)] = self._store_errors.get(str(err), 0) + 1
        except Exception:
            # poll_feed reports feed problems in its result; anything else raised is a bug: log
            # it with its traceback. Either way, try again one interval later.
            log.exception("polling %s failed", feed.url)
        finally:
            self._polling -= 1
        if result is None:
            self.stats.add(None, started, time.monotonic())
            feed_jobs.reschedule(self.scheduler, url, self.clock() + feed.interval)
        elif result.skipped:
            log.info("%s: %s; not polling it", feed.url, result.skipped)
            feed_jobs.reschedule(self.scheduler, url, None)
        else:
            # the pipeline has logged a feed error already (with its backoff)
            self.stats.add(result, started, time.monotonic())
            if result.alerts:
                self.kick_outbox()
            due = result.next_due or self.clock() + feed.interval
            feed_jobs.reschedule(self.scheduler, url, due)
        for lost in sorted(self.pipeline.take_lost_feeds()):
            if lost == url and result is None:
                continue  # this poll raised for that failed commit: logged and counted above
            # polls that reported success, then went down with their group's failed commit
            log.error("%s: its last poll was not stored (a database commit failed); the next "
                      "poll reads the whole feed again", lost)
            self.stats.errors += 1
        if self._polling == 0 and time.monotonic() - self._last_flush >= self.summary_every:
            self._flush_summary()

    # -- housekeeping ---------------------------------------------------------------------------

    def kick_outbox(self) -> None:
        """Deliver now (after a poll that produced alerts) instead of at the next outbox tick."""
        if self._stopping:
            return
        if self._delivering:
            self._deliver_again = True
            return
        task = asyncio.get_running_loop().create_task(self._deliver())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _deliver(self) -> None:
        if self._delivering:  # a kick and the periodic job met: one pass more is enough
            self._deliver_again = True
            return
        self._delivering = True
        try:
            while True:
                self._deliver_again = False
                try:
                    report = await self.sender.deliver_due()
                except DatabaseUnusable as err:
                    self.unusable("delivering alerts", err)
                    return
                except WatcherError as err:  # the store; a notifier's errors are in the report
                    log.error("delivering alerts failed: %s", err)
                    return
                except Exception:
                    log.exception("delivering alerts failed")
                    return
                if report:
                    log.debug("outbox: %s", report)
                if not self._deliver_again or self._stopping:
                    return
        finally:
            self._delivering = False

    async def _retention(self) -> None:
        """Prune old items and events (``Pipeline.prune`` keeps memory and disk in step)."""
        try:
            removed = await self.pipeline.prune()
        except DatabaseUnusable as err:
            self.unusable("pruning old items", err)
            return
        except WatcherError as err:
            log.error("pruning old items failed: %s", err)
            return
        except Exception:
            log.exception("pruning old items failed")
            return
        if removed:
            log.info("retention: removed %d old items", removed)

    async def _summary_job(self) -> None:
        if self.stats.polled:
            self._flush_summary()

    def _flush_summary(self) -> None:
        self._last_flush = time.monotonic()
        for message, count in self._store_errors.items():
            if count > 1:
                log.error("%d more polls failed the same way: %s", count - 1, message)
        self._store_errors.clear()
        if not self.stats.polled:
            return
        line = self.stats.line()
        self.stats = CycleStats()
        self.last_summary = line
        log.info("%s", line)
        self.notifier.status(line)

    def _tracked(self, func: Callable[..., Awaitable[None]]) -> Callable[..., Awaitable[None]]:
        """Wrap a job so that shutdown can wait for (or cancel) its running instances."""

        async def job(*args: Any) -> None:
            task = asyncio.current_task()
            if task is not None:
                self._tasks.add(task)
            try:
                await func(*args)
            except asyncio.CancelledError:
                if not self._stopping:
                    raise
                # shutdown cancelled it (logged there): end quietly, or APScheduler logs the
                # cancellation as a job that "raised an exception", with a traceback
            finally:
                if task is not None:
                    self._tasks.discard(task)

        job.__name__ = job.__qualname__ = getattr(func, "__name__", "job")
        return job

    # -- watchdog -------------------------------------------------------------------------------

    def healthy(self, lag: float, interval: float) -> bool:
        """Ping only while the scheduler runs and the loop woke up within ``interval`` of plan;
        a loop that was blocked that long is sick even if it is running again now."""
        return self.scheduler.running and lag < interval

    # -- reload ---------------------------------------------------------------------------------

    def request_reload(self) -> None:
        """SIGHUP: reload in a task; a SIGHUP during a reload runs one more reload after it."""
        if self._stopping:
            return
        if self._reload_task is not None and not self._reload_task.done():
            self._reload_again = True
            return
        self._reload_task = asyncio.get_running_loop().create_task(self._reload_loop())

    async def _reload_loop(self) -> None:
        while True:
            self._reload_again = False
            await self.reload()
            if not self._reload_again or self._stopping:
                return

    async def reload(self) -> bool:
        """Reload the config file and apply it; ``False`` (old config kept) if it is invalid."""
        self.notifier.reloading()
        path = self.config_path or self.settings.path
        if path is None or self.loader is None:
            log.warning("reload requested but there is no config file to reload")
            self.notifier.ready()
            return False
        old = self.settings
        try:
            loaded = self.loader(path, env=self.env, database=self.database)
            # the open store cannot move while running: a changed database is reported below
            new = loaded if loaded.daemon.database == old.daemon.database else replace(
                loaded, daemon=replace(loaded.daemon, database=old.daemon.database))
            self.pipeline.reload(new)
            self.sender.reload(new)
        except Exception as err:
            if isinstance(err, WatcherError):
                log.error("reload failed, keeping the running config: %s", err)
            else:
                log.exception("reload failed, keeping the running config")
            with contextlib.suppress(Exception):
                self.pipeline.reload(old)
                self.sender.reload(old)
            self.notifier.ready(status=f"reload failed: {err}")
            return False
        self.settings = new
        added, removed, changed = feed_jobs.apply_feeds(self.scheduler, old, new, self.clock(),
                                                         self._add_feed_job)
        line = (f"reloaded {path}: {len(new.feeds)} feeds (+{added} -{removed} ~{changed}), "
                f"{len(new.watches)} watches, {len(new.notifiers)} notifiers")
        log.info("%s", line)
        known = config_warnings(old)
        for warning in config_warnings(new):
            if warning not in known:  # said at the start or an earlier reload otherwise
                log.warning("%s: %s", path, warning)
        unapplied = [f"daemon.{key}" for key in RESTART_ONLY
                     if getattr(self._started.daemon, key) != getattr(loaded.daemon, key)]
        if unapplied:  # the store stays open; the fetcher's client keeps its limits
            kept = ("; the database in use stays " + str(self._started.daemon.database)
                    if "daemon.database" in unapplied else "")
            log.warning("%s: %s changed: restart watcher to apply (the running values stay "
                        "until then%s)", path, ", ".join(unapplied), kept)
        self.notifier.ready(status=line)
        return True
