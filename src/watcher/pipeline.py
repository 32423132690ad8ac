"""The orchestrator: one feed poll from HTTP request to stored alerts.

For each feed (``poll_feed``):

1. read the feed's stored state (validators, moved URL, failures, disabled);
2. conditional GET through the shared ``Fetcher`` (never raises; errors come back in words);
3. on failure: count it, compute the backoff (``Retry-After`` honoured), remember ``410 Gone``
   by disabling the feed (a stored 301/308 target that is gone, or failed ``MOVED_FAILURES``
   polls in a row, is dropped instead: back to the configured URL), store the state, done;
4. on ``304`` or a body whose hash did not change: nothing to parse;
5. parse the bytes and normalise each entry into an ``Item`` with a stable key, off the event
   loop (``watcher.ingest``: a thread, or worker processes for large configs, which also match
   the watches, read status cues and compute clustering features: ``watcher.core.prepare``);
6. drop items already stored (same key, or same canonical link from another feed); an entry
   stored before under a new headline is a revision, an item of its own (``watcher.revisions``);
7. run each new item through the pure ``Tracker`` (watch match, event clustering, status, alert
   decisions), items older than ``max_item_age`` being tracked but never alerted;
8. store feed state, items, changed events, history and the alerts (one outbox row per notifier)
   **atomically** (while other polls are in flight the store may commit several polls together:
   group commit, ``watcher.store.sqlite``; the last poll in flight to finish commits them).

Steps 6-8 run without an ``await`` in between (after ``Store.wait_writable``, which waits for
another process's write lock without blocking the event loop), so polls of different feeds
running concurrently never interleave inside the tracker or the store. If a commit fails, the
tracker's in-memory state is rebuilt from the store, so memory and disk never disagree.

What steps 3 and 8 do to the feed's state (failures, backoff, 410, moved URLs) is in
``watcher.poll_state``, as plain functions over the ``FeedState``; steps 6 and 7 (which items
are new, what the tracker makes of them) are plain functions in ``watcher.poll_items``.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import random
import time
from collections.abc import Callable, Mapping
from datetime import datetime

from watcher import retention as retention_rule
from watcher.clock import utcnow
from watcher.core.cues import Lexicon
from watcher.core.params import Params
from watcher.core.prepare import Prepared
from watcher.core.tracker import Tracker
from watcher.durations import format_count
from watcher.errors import DatabaseUnusable, FeedError, WatcherError
from watcher.fetch import Fetcher
from watcher.ingest import POOL_MIN_FEEDS, Ingested, Ingester, TrackSpec
from watcher.models import FeedState, FetchResult, Item
from watcher.poll_items import new_items, track_items, unread_languages
from watcher.poll_results import CycleSummary, FeedResult
from watcher.poll_state import MOVED_FAILURES as MOVED_FAILURES
from watcher.poll_state import follow_moved, never_read, note_failure, note_success
from watcher.revisions import stale
from watcher.settings import FeedSettings, Settings
from watcher.store.base import Store

log = logging.getLogger("watcher.pipeline")
DEFAULT_PARAMS = Params()
READ_AHEAD = 8  # bodies fetched and waiting for a parser, beyond the fetch concurrency
GROUP_FLUSH = 0.25  # seconds a grouped poll waits for its commit at most (see _flush_soon)


class Pipeline:
    """Polls feeds and turns them into stored items, events and outbox alerts."""

    def __init__(
        self, settings: Settings, store: Store, *, clock: Callable[[], datetime] = utcnow,
        fetcher: Fetcher | None = None, rng: random.Random | None = None,
    ) -> None:
        self.store = store
        self.clock = clock
        self.rng = rng or random.Random()
        self.settings = settings
        d = settings.daemon
        self.fetcher = fetcher or Fetcher(
            timeout=d.timeout.total_seconds(), max_body_size=d.max_body_size,
            concurrency=d.concurrency, per_host=d.per_host,
        )
        self.ingest = Ingester(len(settings.feeds))
        self._spec = TrackSpec.of(settings)  # what the parse worker prepares items with
        if len(settings.feeds) >= POOL_MIN_FEEDS:  # a first start of a large config
            fresh = sum(1 for f in settings.feeds if never_read(store.feed_state(f.url)))
            self.ingest.prestart(fresh, self._spec)
        self._lexicon = Lexicon.builtin().extended(settings.cues)
        _log_renames(store.sync_watches(settings.watches))
        self.tracker = self._new_tracker(settings)
        self._notifiers: dict[str, tuple[str, ...]] = {}
        self._set_watch_notifiers(settings)
        self._inflight = 0  # polls started and not finished (group commit)
        # Polls between their request and their commit, at most: fetching runs no further ahead
        # of parsing than this, so a first poll of thousands of feeds holds a few bodies in
        # memory, not all of them (measured: 280 MB peak for 1,000 feeds without the bound).
        self._reading = asyncio.Semaphore(d.concurrency + READ_AHEAD)
        self._lost_seen = store.lost_commits
        self._unread_told: set[str] = set()  # languages told to have no status phrases
        # feeds a 410 disabled get one more try after a start, or once a reload (re)adds them:
        # a site that brings its feed back, or a URL fixed and put back, is not gone for good
        self._second_chance = {f.url for f in settings.feeds}
        self._flush_timer: asyncio.TimerHandle | None = None

    def _set_watch_notifiers(self, settings: Settings) -> None:
        every = settings.notifier_names()
        self._notifiers = {w.name: (w.notify or every) for w in settings.watches}
        # notifiers people read: one article reaches each once (a webhook gets each watch's)
        self._readers = frozenset(n.name for n in settings.notifiers if n.type != "webhook")

    def reload(self, settings: Settings) -> None:
        """Take a new config: watches and notifiers change at once; events and feed state stay.

        Fetch limits (timeouts, body cap, concurrency) need a restart: the shared client is kept so
        that connections stay alive.
        """
        renamed = self.store.sync_watches(settings.watches)
        _log_renames(renamed)
        self.tracker.rename_watches(renamed)
        if settings.cues != self.settings.cues:
            self._lexicon = Lexicon.builtin().extended(settings.cues)
            self.tracker = self._new_tracker(settings)
        else:
            self.tracker.set_watches(settings.watches, settings.notifier_names())
        self._second_chance |= {f.url for f in settings.feeds} - {
            f.url for f in self.settings.feeds}
        self.settings = settings
        self._set_watch_notifiers(settings)
        self._spec = TrackSpec.of(settings)

    def next_due(self, feed: FeedSettings) -> datetime | None:
        """The stored due time of a feed (so a restart neither re-polls nor forgets it)."""
        return self.store.feed_state(feed.url).next_due

    async def poll_all(self) -> CycleSummary:
        """Poll every configured feed once, concurrently (bounded by the fetcher's limits)."""
        started = time.perf_counter()
        feeds = self.settings.feeds
        outcomes = await asyncio.gather(*(self.poll_feed(f) for f in feeds),
                                        return_exceptions=True)
        results: list[FeedResult] = []
        # a damaged file is no feed's fault and fails every poll alike: ``once`` said it once a
        # feed and exited 0 (a user's review); it is one line, exit status 2
        unusable = next((o for o in outcomes if isinstance(o, DatabaseUnusable)), None)
        for feed, outcome in zip(feeds, outcomes, strict=True):
            if isinstance(outcome, BaseException) and not isinstance(outcome, Exception):
                raise outcome  # cancellation, interrupts
            if unusable is not None:
                raise unusable
            if isinstance(outcome, WatcherError):  # a store error (locked, disk full): one
                # line naming the file, as the daemon logs it
                log.error("%s: poll failed: %s", feed.url, outcome)
                outcome = FeedResult(url=feed.url, name=feed.name, error=str(outcome),
                                     unstored=True)
            elif isinstance(outcome, Exception):  # a bug: one feed's failure, with its traceback
                log.error("%s: poll failed: %s", feed.url, outcome, exc_info=outcome)
                outcome = FeedResult(url=feed.url, name=feed.name,
                                     error=f"{type(outcome).__name__}: {outcome}")
            results.append(outcome)
        lost = self.take_lost_feeds()
        for result in results:
            if result.url in lost and result.error is None:
                # stored with a group whose commit then failed: nothing of this poll is stored
                # (its feed state neither: the next poll reads the whole feed again)
                result.error = "not stored: the database commit failed (see the log)"
                result.new_items = result.alerts = 0
                result.unstored = True
        return CycleSummary(results, time.perf_counter() - started)

    async def poll_feed(self, feed: FeedSettings) -> FeedResult:
        """Poll one feed (see the module docstring); never raises for a feed's problems."""
        self._inflight += 1
        try:
            return await self._poll_feed(feed)
        finally:
            self._inflight -= 1
            if self._inflight == 0:
                self.flush()

    def flush(self) -> None:
        """Commit what the store grouped; if that fails, rebuild the tracker from the store."""
        try:
            self.store.flush()
        finally:
            self._check_lost()

    def _check_lost(self) -> None:
        """Polls lost with a failed group commit (here or in a store call made elsewhere, such
        as the sender's): memory must not run ahead of the database, so rebuild the tracker."""
        if self.store.lost_commits != self._lost_seen:
            self._lost_seen = self.store.lost_commits
            log.error("a commit failed: rebuilding the events from the database")
            self.tracker = self._new_tracker(self.settings)

    def _new_tracker(self, settings: Settings) -> Tracker:
        """A tracker of ``settings``' watches over the stored events (at start, after a reload
        that changed the cue lexicons, after a lost commit)."""
        return Tracker(settings.watches, lexicon=self._lexicon, events=self.store.load_events(),
                       notifiers=settings.notifier_names())

    async def _poll_feed(self, feed: FeedSettings) -> FeedResult:
        result = FeedResult(url=feed.url, name=feed.name)
        async with self._reading:
            lost = self.store.lost_commits  # a group commit lost after this read loses ``state``
            state = self.store.feed_state(feed.url)
            if state.disabled:
                if feed.url not in self._second_chance:
                    result.skipped = f"disabled: {state.disabled}"
                    return result
                log.info("%s: disabled by an earlier poll (%s); trying it once more", feed.url,
                         state.disabled)
                state.disabled = None
            self._second_chance.discard(feed.url)
            return await self._fetch_and_read(feed, state, result, lost)

    async def _fetch_and_read(self, feed: FeedSettings, state: FeedState,
                              result: FeedResult, lost: int) -> FeedResult:
        fetched = await self.fetcher.fetch(
            state.moved_to or feed.url, etag=state.etag, last_modified=state.last_modified
        )
        now = self.clock()
        if fetched.error is not None:
            return await self._failed(feed, state, result, fetched.error, now, fetched)
        if fetched.not_modified:
            follow_moved(feed, state, fetched)
            state.etag = fetched.etag or state.etag
            state.last_modified = fetched.last_modified or state.last_modified
            result.not_modified = True
            return await self._succeeded(feed, state, result, [], now)
        body = fetched.body or b""
        body_hash = hashlib.sha256(body).hexdigest()
        if body_hash == state.body_hash:  # a server without validators sent the same bytes
            follow_moved(feed, state, fetched)
            state.etag, state.last_modified = fetched.etag, fetched.last_modified
            result.not_modified = True
            return await self._succeeded(feed, state, result, [], now)
        spec = self._spec
        self._check_lost()  # a group lost meanwhile (the sender's commit): rebuild the tracker
        fetched_at = now

        async def read(known: dict[str, str]) -> Ingested:
            return await self.ingest(
                body, url=fetched.final_url, headers=fetched.headers, feed_url=feed.url,
                source=feed.source, feed_lang=feed.lang, fetched_at=fetched_at, track=spec,
                known=known,
            )

        try:
            ingested = await read(state.entry_keys)
            if ingested.known and self.store.lost_commits != lost:
                # the poll that stored the entries it skipped (``state``) may have been lost
                ingested = await read({})
        except FeedError as err:
            return await self._failed(feed, state, result, err.message, self.clock(), fetched)
        # Undated entries (normalize dates them at the fetch) in a feed's first poll are a backlog
        # of unknown age: tracked, not alerted, as max_item_age keeps dated old news quiet. Not
        # told by ``published == fetched_at``: a date in the future is clamped to it too.
        backlog = (frozenset(i.key for i in ingested.items if i.undated)
                   if state.last_success is None else frozenset())
        # a story rewritten long after it ran (an old article retouched) is tracked, not alerted
        max_age = self.settings.daemon.max_item_age
        backlog |= {key for key, ran in ingested.revised if stale(ran, fetched_at, max_age)}
        now = self.clock()
        if ingested.warning:
            result.warning = ingested.warning
            log.warning("%s: %s (entries accepted)", feed.url, ingested.warning)
        for skipped in ingested.skipped:
            log.warning("%s: skipped an entry: %s", feed.url, skipped)
        follow_moved(feed, state, fetched)
        # Validators are stored only once the body was read: a body that failed to parse must be
        # fetched in full again next time, not answered with 304.
        state.etag, state.last_modified = fetched.etag, fetched.last_modified
        state.body_hash = body_hash
        # stored with the poll (a lost group commit loses them with it)
        state.entry_keys = dict(ingested.entries)
        ahead: dict[str, Prepared] = {}
        if (ingested.prepared is not None
                and spec is self._spec  # no reload meanwhile
                and self.tracker.params == DEFAULT_PARAMS):  # the worker's parameters
            ahead = {i.key: p for i, p in zip(ingested.items, ingested.prepared, strict=True)}
        return await self._succeeded(feed, state, result, list(ingested.items), now, ahead, backlog,
                                     frozenset(key for key, _ in ingested.revised))

    # -- outcomes -----------------------------------------------------------------------------
    async def _failed(
        self, feed: FeedSettings, state: FeedState, result: FeedResult, error: str,
        now: datetime, fetched: FetchResult,
    ) -> FeedResult:
        """Record a failed poll (its one await takes the write lock; nothing after it waits)."""
        await self.store.wait_writable()
        next_try = note_failure(feed, state, error, now, fetched,
                                max_backoff=self.settings.daemon.max_backoff, rng=self.rng)
        self.store.save_feed_state(state)
        result.error = error
        result.next_due = state.next_due
        if not (fetched.gone and state.disabled):  # logged as disabled: it has no next try
            # the feed's name beside its URL, the next try in the config's time zone, as
            # ``status`` and the messages give it (a user's review, ux18)
            named = feed.url if feed.name in (feed.url, "") else f"{feed.name} ({feed.url})"
            log.warning("%s: %s (failure %d, next try %s)", named, error, state.failures,
                        next_try.astimezone(self.settings.daemon.timezone)
                        .strftime("%Y-%m-%d %H:%M:%S %Z"))
        return result

    async def _succeeded(
        self, feed: FeedSettings, state: FeedState, result: FeedResult, items: list[Item],
        now: datetime, ahead: dict[str, Prepared] | None = None,
        backlog: frozenset[str] = frozenset(), revised: frozenset[str] = frozenset(),
    ) -> FeedResult:
        """Track the new items and store the poll; items in ``backlog`` are not alertable, those
        in ``revised`` are rewritten headlines (``new_items``). Its one await takes the write
        lock (``Store.wait_writable``); steps 6-8 follow without one."""
        await self.store.wait_writable()
        failures, stored = state.failures, state.last_success is not None
        note_success(feed, state, now, max_backoff=self.settings.daemon.max_backoff,
                     rng=self.rng)
        result.next_due = state.next_due
        self._check_lost()
        group = self._inflight > 1
        try:
            new = new_items(self.store, items, feed.url, revised, stored=stored)
            outcomes, alerts = track_items(self.tracker, self._notifiers,
                                           self.settings.daemon.max_item_age, new, now,
                                           ahead or {}, backlog, self._readers)
            result.alerts = self.store.commit_feed(
                state, new, outcomes, self.tracker.changed_events(), alerts, now, group=group,
            )
        except Exception:
            # Memory must not run ahead of the database: rebuild the tracker from what is stored.
            self._lost_seen = self.store.lost_commits
            self.tracker = self._new_tracker(self.settings)
            raise
        if group:
            self._flush_soon()
        for code, watch in unread_languages(outcomes, self.tracker.lexicon.languages).items():
            if code not in self._unread_told and len(self._unread_told) < 20:  # once a run
                self._unread_told.add(code)
                log.warning('%s: watch %s took an article in "%s"; watcher has no status '
                            'phrases in "%s": such articles are grouped but read no status '
                            "until [cues.%s] lists some", feed.url, watch, code, code, code)
        if failures:
            # the failures were warnings; without this line a journal read after a night of
            # outages cannot tell a feed still down from one back (a user's review, session 41).
            # Told once the poll is stored (a commit lost with a group is rare: it may repeat)
            log.info("%s: polling again after %s", feed.url, format_count(failures, "failure"))
        result.new_items = len(new)
        return result

    def _flush_soon(self) -> None:
        """A grouped poll was written: commit its group within ``GROUP_FLUSH`` seconds even if
        other polls stay in flight for long (slow servers), so that no poll waits uncommitted
        and SQLite's write lock is not held for the length of the slowest request."""
        if self._flush_timer is None:
            self._flush_timer = asyncio.get_running_loop().call_later(GROUP_FLUSH,
                                                                      self._timed_flush)

    def _timed_flush(self) -> None:
        self._flush_timer = None
        try:
            self.flush()
        except Exception as err:  # counted and acted on (_check_lost); the polls report it
            log.error("committing grouped polls failed: %s", err)

    def take_lost_feeds(self) -> set[str]:
        """Feeds whose polls reported success and were then lost with their group's failed
        commit, since the last call (the daemon logs them; ``poll_all`` marks its results)."""
        return self.store.take_lost_feeds()

    async def prune(self) -> int:
        """Retention (``watcher.retention``): forget items published and first seen before
        ``now - retention``, and events with none of their items left: an event lives as long
        as its newest item, and an open event announced for a day at least as long as that
        day (it keeps its articles meanwhile).

        An item is kept while it was first seen within the retention, however old its date
        (a first poll of a feed full of old articles, a replay: a feed still listing it would
        bring it back as new), so its event stays too: pruning events by their articles' dates
        alone dropped them a minute after a start while their items stayed, and ``watcher
        events`` lost them. Returns the number of items dropped. Events go from memory and
        disk together: when the disk refuses, the tracker is read back from it."""
        retention = self.settings.daemon.retention
        if retention is None:
            return 0
        cutoff = self.clock() - retention
        await self.store.wait_writable()
        awaited = retention_rule.awaited(self.tracker.events(), cutoff)
        keep = self.store.events_seen_since(cutoff) | awaited
        try:
            return self.store.prune(cutoff, self.tracker.prune(cutoff, keep), sorted(awaited))
        except Exception:
            # the tracker forgot events the database still holds: as after a failed commit,
            # memory must not differ from what a restart would read
            self.tracker = self._new_tracker(self.settings)
            raise

    async def aclose(self) -> None:
        if self._flush_timer is not None:
            self._flush_timer.cancel()
            self._flush_timer = None
        try:
            self.flush()
        finally:
            self.ingest.close()
            await self.fetcher.aclose()


def _log_renames(renamed: Mapping[str, str]) -> None:
    for old, new in sorted(renamed.items()):
        log.info("watch %r renamed to %r: its events and what they told carry over", old, new)
