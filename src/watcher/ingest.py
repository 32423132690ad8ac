"""Parse and normalise one response body in a single call, in-process or in a worker process.

Parsing and normalising are pure CPU work (about 0.2 ms per item with the fast path). A daemon
with a handful of feeds does them in the event loop's thread pool, which keeps the loop free at
no start-up cost. With many feeds (a first start of a large config polls them all at once) the
work goes to worker processes (``watcher.worker``), one per core but one, so it runs beside the
event loop instead of competing with it for the GIL. The worker returns finished ``Item``s: one
round trip per feed, nothing parsed twice. When the workers fall behind (``POOL_BACKLOG``), the
event loop's process reads the next bodies itself, as it would without a pool.

A pool worker also does the part of tracking that needs no tracker state
(``watcher.core.prepare``): it matches each item against the watches, reads the status of the
matched ones and extracts their clustering features, so the event loop's process only clusters,
decides and stores.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import logging
import os
import pickle
import time
from collections import deque
from collections.abc import Mapping
from concurrent.futures import BrokenExecutor
from dataclasses import dataclass
from datetime import datetime

from watcher.core.cues import Lexicon
from watcher.core.match import WatchMatcher
from watcher.core.params import Params
from watcher.core.prepare import Prepared, prepare
from watcher.errors import FeedError
from watcher.models import Item
from watcher.normalize import body_lang, entry_key, guess_lang, link_key, normalize_entry
from watcher.parse import parse_feed
from watcher.revisions import is_revision, revision_of, title_print
from watcher.settings import Settings, WatchSettings
from watcher.worker import Warm, WorkerPool

log = logging.getLogger("watcher.ingest")

POOL_MIN_FEEDS = 50  # below this, worker processes cost more (start-up, pickling) than they save
_PARAMS = Params()  # the pipeline's tracker uses the default parameters
# A burst of this many bodies within POOL_WINDOW seconds starts the pool (a first start, a
# `once` over a large config); a daemon polling on schedule reads a body now and then and never
# pays for the worker's start-up.
POOL_BURST = 150
POOL_WINDOW = 60.0
# When every worker has this many bodies waiting, the next one is read in-process (the event
# loop's thread pool) instead, ``POOL_STEAL`` at a time at most. Once the fetches of a first poll
# are done, the event loop's process only waits for the worker's backlog, with half a core idle;
# reading some of that backlog itself keeps both cores busy to the end (measured on 2 vCPUs: a
# cold poll of the benchmark's 1,000 feeds 5.5-6.8 s -> 4.7-5.4 s; 3 and 20 did less well).
# The cap keeps a burst (bodies arriving all at once) from going almost all to the event loop's
# process, which would leave the worker idle after its first few.
POOL_BACKLOG = 8
POOL_STEAL = 2


@dataclass(frozen=True, slots=True)
class Ingested:
    """A body's items, normalised, and what the parser had to say about the feed."""

    items: tuple[Item, ...]
    warning: str | None = None
    skipped: tuple[str, ...] = ()  # entries that could not be normalised, in words
    # each item prepared for the tracker (default ``Params``), when a pool worker did it
    prepared: tuple[Prepared, ...] | None = None
    known: tuple[str, ...] = ()  # keys of entries skipped because the caller knew them
    # every entry of the body: its key -> its title's fingerprint (``revisions``), what the
    # feed's state remembers for the next body
    entries: tuple[tuple[str, str], ...] = ()
    # the items that are revisions of known entries: key -> when the story first ran
    revised: tuple[tuple[str, datetime], ...] = ()


CuesKey = tuple[tuple[str, tuple[tuple[str, tuple[str, ...]], ...]], ...]


@dataclass(frozen=True, slots=True)
class TrackSpec:
    """What a worker needs to prepare items for the tracker: the watches and the user's cue
    phrases (hashable: a worker keeps one matcher and lexicon per spec)."""

    watches: tuple[WatchSettings, ...]
    cues: CuesKey = ()

    @classmethod
    def of(cls, settings: Settings) -> TrackSpec:
        cues = tuple(sorted((lang, tuple(sorted(by.items())))
                            for lang, by in settings.cues.items()))
        return cls(tuple(settings.watches), cues)


@dataclass(frozen=True, slots=True)
class _Failure:
    """A ``FeedError`` as plain data (it crosses a process boundary)."""

    url: str
    message: str


Preparer = tuple[WatchMatcher, Lexicon]
_preparers: dict[TrackSpec | bytes, Preparer] = {}  # this process's, by spec or its pickle


def _preparer(spec: TrackSpec | bytes) -> Preparer:
    """A worker keeps the matcher and lexicon of the current config (a reload brings new ones).

    Pool calls name the spec by its pickle (``Ingester``): unpickling and hashing nine watches
    took a good tenth of a millisecond a call, at both ends; a pickle is one hashed string."""
    found = _preparers.get(spec)
    if found is None:
        _preparers.clear()
        track = pickle.loads(spec) if isinstance(spec, bytes) else spec
        lexicon = Lexicon.builtin().extended({lang: dict(by) for lang, by in track.cues})
        found = _preparers[spec] = (WatchMatcher(track.watches), lexicon)
    return found


def _warm_up(track: bytes | None) -> None:
    """What a new worker does before its first job: importing this module (unpickling this
    function did) and, for a spec, compiling its matcher and lexicon (a good half second,
    measured with py-spy in a first poll of the benchmark's 1,000 feeds, that the first body
    would otherwise wait for)."""
    if track is not None:
        _preparer(track)


def ingest(
    body: bytes, *, url: str, headers: dict[str, str] | None, feed_url: str, source: str,
    feed_lang: str | None, fetched_at: datetime, track: TrackSpec | bytes | None = None,
    known: Mapping[str, str] | None = None,
) -> Ingested:
    """Parse ``body`` (fetched from ``url``) and normalise its entries for feed ``feed_url``;
    with ``track``, also prepare them for the tracker. Entries whose key is in ``known`` (stored
    by an earlier poll, with their title's fingerprint) are skipped: most of a changed feed is
    what it was, and normalising is most of the cost of an entry. A known entry under a new
    title is a revision (``watcher.revisions``): an item of its own."""
    parsed = parse_feed(body, url=url, headers=headers)
    known = known or {}
    items: list[Item] = []
    prints: list[str] = []
    skipped: list[str] = []
    seen: list[str] = []
    entries: list[tuple[str, str]] = []
    revised: list[tuple[Item, datetime]] = []
    heard: list[str] = []  # the known entries' headlines: they vote on a body's language too
    for raw in parsed.entries:
        try:
            print_ = title_print(raw.title)
            key = entry_key(raw, feed_url=feed_url) if known else ""
            if key in known and not is_revision(known[key], print_):
                seen.append(key)
                entries.append((key, print_))
                heard.append(raw.title)
                continue
            item = normalize_entry(raw, feed_url=feed_url, source=source,
                                   feed_lang=feed_lang or parsed.lang, fetched_at=fetched_at)
            if key in known:
                entries.append((key, print_))
                revised.append((revision_of(item, raw.updated, print_, fetched_at), item.published))
            else:
                items.append(item)
                prints.append(print_)
        except (ValueError, TypeError, ArithmeticError) as err:  # one odd entry never loses
            # the others (ArithmeticError: dates out of range)
            skipped.append(f"{raw.title[:60]!r}: {err}")
    if len({item.key for item in items}) < len(items):
        items = _rekey(items)
    if not (feed_lang or parsed.lang) and any(item.lang is None for item in items):
        # the whole body votes, the entries known from earlier polls too (their headlines:
        # one new entry alone is as short as it was), except those that tell their own
        items = _body_lang(items, [title for title in heard if guess_lang(title) is None])
    entries.extend(zip((item.key for item in items), prints, strict=True))
    items.extend(item for item, _ in revised)
    done = functools.partial(Ingested, tuple(items), parsed.warning, tuple(skipped),
                             known=tuple(seen), entries=tuple(entries),
                             revised=tuple((item.key, ran) for item, ran in revised))
    if track is None:
        return done(None)
    matcher, lexicon = _preparer(track)
    return done(tuple(prepare(item, matcher, lexicon, _PARAMS) for item in items))


def _body_lang(items: list[Item], headlines: list[str]) -> list[Item]:
    """The entries of a feed that states no language and that are too short to tell their own
    get the language of their text together (:func:`~watcher.normalize.body_lang`): the new
    ones' headlines and summaries, and ``headlines``, those of the body's entries that tell no
    language of their own. Those that tell theirs keep it and do not vote: an English wire
    story in an Italian feed (a code review: a later poll's one new entry voted alone)."""
    lang = body_lang([*(f"{item.title} {item.summary}" for item in items if item.lang is None),
                      *headlines])
    if lang is None:
        return items
    return [dataclasses.replace(item, lang=lang) if item.lang is None else item
            for item in items]


def _rekey(items: list[Item]) -> list[Item]:
    """Entries of one body that share a guid but link to different pages are told apart by
    their links: the guid is no identity in this feed (a template that writes the site's URL,
    or one constant, into every ``<guid>``). Kept, it let the feed's first entry ever be stored
    and every later one be dropped as that entry seen again."""
    links: dict[str, set[str | None]] = {}
    for item in items:
        links.setdefault(item.key, set()).add(item.link)
    return [dataclasses.replace(item, key=link_key(item))
            if item.link and len(links[item.key]) > 1 else item for item in items]


def _ingest_call(body: bytes, url: str, headers: dict[str, str] | None, feed_url: str,
                 source: str, feed_lang: str | None, fetched_at: datetime,
                 track: TrackSpec | bytes | None = None,
                 known: Mapping[str, str] | None = None) -> Ingested | _Failure:
    try:
        return ingest(body, url=url, headers=headers, feed_url=feed_url, source=source,
                      feed_lang=feed_lang, fetched_at=fetched_at, track=track, known=known)
    except FeedError as err:
        return _Failure(err.url, err.message)
    except Exception as err:  # a parser bug on odd input is this feed's error, not the cycle's
        log.exception("%s: could not read the feed", url)
        return _Failure(url, f"could not read the feed: {type(err).__name__}: {err}")


class Ingester:
    """Runs ``ingest`` off the event loop; worker processes start lazily for large configs."""

    def __init__(self, feeds: int, *, cpus: int | None = None) -> None:
        cores = cpus if cpus is not None else (os.cpu_count() or 1)
        # The event loop's process keeps one core busy itself (fetching, matching, storing).
        self._workers = max(1, cores - 1)
        self._use_pool = feeds >= POOL_MIN_FEEDS and cores > 1
        self._pool: WorkerPool | None = None
        self._recent: deque[float] = deque()  # when the last bodies arrived (monotonic)
        self._stealing = 0  # bodies read in-process while the pool is up (POOL_STEAL at most)
        self._pickled: tuple[TrackSpec, bytes] | None = None  # the current spec, pickled once

    def prestart(self, bodies: int, track: TrackSpec | None = None) -> None:
        """``bodies`` are certain to come (feeds never read, at start): if that is a burst, start
        the worker now, so that it is up when the first of them arrives (spawning and importing
        take a good half second, which the first poll would otherwise wait for). With ``track``
        (the spec the bodies will be read with), the worker also compiles its matcher and
        lexicon as it starts, not when the first body comes."""
        if self._use_pool and self._pool is None and bodies >= POOL_BURST:
            self._pool = WorkerPool(self._workers, self._warm(track))

    def _warm(self, track: TrackSpec | None) -> Warm:
        """The worker's first call (:func:`_warm_up`), with the pickle later calls send."""
        return _warm_up, (self._pickle(track),)

    def _arrived(self) -> None:
        if self._use_pool and self._pool is None:
            now = time.monotonic()
            self._recent.append(now)
            while self._recent and self._recent[0] < now - POOL_WINDOW:
                self._recent.popleft()

    def _worker_pool(self) -> WorkerPool | None:
        if not self._use_pool:
            return None  # the loop's default thread pool
        if self._pool is None:
            if len(self._recent) < POOL_BURST:
                return None
            self._pool = WorkerPool(self._workers, self._warm(None))
        return self._pool

    async def __call__(
        self, body: bytes, *, url: str, headers: dict[str, str] | None, feed_url: str,
        source: str, feed_lang: str | None, fetched_at: datetime,
        track: TrackSpec | None = None, known: Mapping[str, str] | None = None,
    ) -> Ingested:
        """Read one body; in a pool worker, also prepare its items for the tracker (``track``).
        Entries whose key is in ``known`` are skipped unless retitled (see :func:`ingest`)."""
        loop = asyncio.get_running_loop()
        self._arrived()
        args = (body, url, dict(headers) if headers else None, feed_url, source, feed_lang,
                fetched_at)
        pool = self._worker_pool()
        here = functools.partial(loop.run_in_executor, None, _ingest_call, *args, None, known)
        try:
            if pool is None:
                outcome = await here()
            elif pool.backlog >= POOL_BACKLOG and self._stealing < POOL_STEAL:
                self._stealing += 1  # the worker is behind: read this one here
                try:
                    outcome = await here()
                finally:
                    self._stealing -= 1
            else:
                outcome = await pool.run(_ingest_call, *args, self._pickle(track), known)
        except BrokenExecutor as err:  # a worker was killed: carry on in-process
            if pool is None:
                raise
            if pool is self._pool:  # the first body to notice; the others in flight retry
                log.warning("parse pool failed (%s); parsing in-process from now on", err)
                self.close(wait=False)
                self._use_pool = False
            outcome = await here()
        if isinstance(outcome, _Failure):
            raise FeedError(outcome.url, outcome.message)
        return outcome

    def _pickle(self, track: TrackSpec | None) -> bytes | None:
        if track is None:
            return None
        if self._pickled is None or self._pickled[0] is not track:
            self._pickled = (track, pickle.dumps(track, pickle.HIGHEST_PROTOCOL))
        return self._pickled[1]

    def close(self, *, wait: bool = True) -> None:
        """Stop the pool. ``wait``: until its worker has exited (at shutdown: no process
        outlives the daemon, and the worker's CPU time is counted as the daemon's)."""
        if self._pool is not None:
            self._pool.close(wait=wait)
            self._pool = None
