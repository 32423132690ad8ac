"""Parse and normalise one response body in a single call, in-process or in a process pool.

Parsing and normalising are pure CPU work (about 0.2 ms per item with the fast path). A daemon
with a handful of feeds does them in the event loop's thread pool, which keeps the loop free at
no start-up cost. With many feeds (a first start of a large config polls them all at once) the
work goes to a process pool, one worker per core but one, so it runs beside the event loop
instead of competing with it for the GIL. The worker returns finished ``Item``s: one round trip
per feed, nothing parsed twice.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import time
from collections import deque
from concurrent.futures import BrokenExecutor, Executor, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime

from watcher.core.features import ItemFeatures, features
from watcher.core.params import Params
from watcher.errors import FeedError
from watcher.models import Item
from watcher.normalize import normalize_entry
from watcher.parse import parse_feed

log = logging.getLogger("watcher.ingest")

POOL_MIN_FEEDS = 50  # below this a process pool costs more (start-up, pickling) than it saves
_PARAMS = Params()  # the pipeline's tracker uses the default parameters
# A burst of this many bodies within POOL_WINDOW seconds starts the pool (a first start, a
# `once` over a large config); a daemon polling on schedule reads a body now and then and never
# pays for the worker's start-up.
POOL_BURST = 150
POOL_WINDOW = 60.0


@dataclass(frozen=True, slots=True)
class Ingested:
    """A body's items, normalised, and what the parser had to say about the feed."""

    items: tuple[Item, ...]
    warning: str | None = None
    skipped: tuple[str, ...] = ()  # entries that could not be normalised, in words
    # clustering features of each item (default ``Params``), when a pool worker computed them:
    # they are pure, and computing them there takes that work off the event loop's process
    features: tuple[ItemFeatures, ...] | None = None


@dataclass(frozen=True, slots=True)
class _Failure:
    """A ``FeedError`` as plain data (it crosses a process boundary)."""

    url: str
    message: str


def ingest(
    body: bytes, *, url: str, headers: dict[str, str] | None, feed_url: str, source: str,
    feed_lang: str | None, fetched_at: datetime, with_features: bool = False,
) -> Ingested:
    """Parse ``body`` (fetched from ``url``) and normalise its entries for feed ``feed_url``."""
    parsed = parse_feed(body, url=url, headers=headers)
    items: list[Item] = []
    skipped: list[str] = []
    for raw in parsed.entries:
        try:
            items.append(normalize_entry(raw, feed_url=feed_url, source=source,
                                         feed_lang=feed_lang or parsed.lang,
                                         fetched_at=fetched_at))
        except (ValueError, TypeError, ArithmeticError) as err:  # one odd entry never loses
            # the others (ArithmeticError: dates out of range)
            skipped.append(f"{raw.title[:60]!r}: {err}")
    feats = tuple(features(item, _PARAMS) for item in items) if with_features else None
    return Ingested(tuple(items), parsed.warning, tuple(skipped), feats)


def _ingest_call(body: bytes, url: str, headers: dict[str, str] | None, feed_url: str,
                 source: str, feed_lang: str | None, fetched_at: datetime,
                 with_features: bool = False) -> Ingested | _Failure:
    try:
        return ingest(body, url=url, headers=headers, feed_url=feed_url, source=source,
                      feed_lang=feed_lang, fetched_at=fetched_at, with_features=with_features)
    except FeedError as err:
        return _Failure(err.url, err.message)
    except Exception as err:  # a parser bug on odd input is this feed's error, not the cycle's
        log.exception("%s: could not read the feed", url)
        return _Failure(url, f"could not read the feed: {type(err).__name__}: {err}")


class Ingester:
    """Runs ``ingest`` off the event loop; a process pool is started lazily for large configs."""

    def __init__(self, feeds: int, *, cpus: int | None = None) -> None:
        cores = cpus if cpus is not None else (os.cpu_count() or 1)
        # The event loop's process keeps one core busy itself (fetching, matching, storing).
        self._workers = max(1, cores - 1)
        self._use_pool = feeds >= POOL_MIN_FEEDS and cores > 1
        self._pool: ProcessPoolExecutor | None = None
        self._recent: deque[float] = deque()  # when the last bodies arrived (monotonic)

    def _executor(self) -> Executor | None:
        if not self._use_pool:
            return None  # the loop's default thread pool
        if self._pool is None:
            now = time.monotonic()
            self._recent.append(now)
            while self._recent and self._recent[0] < now - POOL_WINDOW:
                self._recent.popleft()
            if len(self._recent) < POOL_BURST:
                return None
            # "spawn": the daemon has threads (APScheduler, the thread pool), and forking a
            # threaded process can copy a held lock into the child.
            self._pool = ProcessPoolExecutor(
                max_workers=self._workers, mp_context=multiprocessing.get_context("spawn"))
        return self._pool

    async def __call__(
        self, body: bytes, *, url: str, headers: dict[str, str] | None, feed_url: str,
        source: str, feed_lang: str | None, fetched_at: datetime,
    ) -> Ingested:
        loop = asyncio.get_running_loop()
        args = (body, url, dict(headers) if headers else None, feed_url, source, feed_lang,
                fetched_at)
        try:
            executor = self._executor()
            outcome = await loop.run_in_executor(executor, _ingest_call, *args,
                                                 executor is not None)
        except BrokenExecutor as err:  # a worker was killed: carry on in-process
            if self._pool is None:
                raise
            log.warning("parse pool failed (%s); parsing in-process from now on", err)
            self.close()
            self._use_pool = False
            outcome = await loop.run_in_executor(None, _ingest_call, *args)
        if isinstance(outcome, _Failure):
            raise FeedError(outcome.url, outcome.message)
        return outcome

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
