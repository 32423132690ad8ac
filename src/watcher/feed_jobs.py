"""Each feed's job in the daemon's APScheduler: its id, its trigger, its first due time, and
what a reload does to the jobs.

A feed's first poll is its *stored* due time, so that a restart neither re-polls every feed at
once nor forgets one that was due: a due time in the past (the daemon was down) or missing (a new
feed) becomes "now plus a random share of the feed's jitter", which spreads a restart's catch-up
polls. After every poll the job moves to the pipeline's ``result.next_due``: the pipeline owns the
backoff, ``Retry-After`` and the stored due time, the scheduler just follows it. These are plain
functions over the scheduler so that ``watcher.daemon.Daemon`` keeps only the loop around them.
"""

from __future__ import annotations

import contextlib
import random
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from watcher.settings import FeedSettings, Settings

FEED_JOB = "feed:"  # job id prefix; the rest is the feed URL
# a stored due time further out than this is treated as a clock jump, not a real backoff
MAX_STORED_DELAY = timedelta(days=1)


def first_due(stored: datetime | None, feed: FeedSettings, now: datetime,
              max_backoff: timedelta, rng: random.Random) -> datetime:
    """When to poll ``feed`` first after a start or a reload, given its ``stored`` due time."""
    if stored is not None and stored > now:
        # never further out than any legitimate backoff: guards against a clock jump back
        cap = max(feed.interval + feed.jitter, max_backoff, MAX_STORED_DELAY)
        return min(stored, now + cap)
    spread = rng.random() * max(feed.jitter.total_seconds(), 0.0)
    return now + timedelta(seconds=spread)


def feed_trigger(feed: FeedSettings) -> IntervalTrigger:
    # only a fallback: every poll moves the job to the pipeline's own next due time
    seconds = max(feed.interval.total_seconds(), 1.0)
    jitter = int(feed.jitter.total_seconds()) or None
    return IntervalTrigger(seconds=seconds, jitter=jitter)


def add_feed_job(scheduler: AsyncIOScheduler, poll: Callable[..., Awaitable[None]],
                 feed: FeedSettings, first: datetime) -> None:
    """Schedule ``poll(feed.url)`` for ``feed``, first at ``first`` (replacing its old job)."""
    scheduler.add_job(
        poll, feed_trigger(feed), args=[feed.url],
        id=FEED_JOB + feed.url, name=f"poll {feed.name}",
        next_run_time=first, coalesce=True, max_instances=1,
        # a late poll is better than a skipped one (the loop was busy, the machine slept)
        misfire_grace_time=None, replace_existing=True,
    )


def feed_due(scheduler: AsyncIOScheduler, url: str) -> datetime | None:
    """The scheduled next poll of a feed (``None``: not scheduled or disabled)."""
    job = scheduler.get_job(FEED_JOB + url)
    return job.next_run_time if job is not None else None


def reschedule(scheduler: AsyncIOScheduler, url: str, due: datetime | None) -> None:
    """Move a feed's job to ``due``; ``None`` pauses it."""
    try:
        if due is None:  # disabled (410 Gone): the store remembers it across restarts
            scheduler.pause_job(FEED_JOB + url)
        else:
            scheduler.modify_job(FEED_JOB + url, next_run_time=due)
    except JobLookupError:
        pass  # removed by a reload while it was being polled


def apply_feeds(scheduler: AsyncIOScheduler, old: Settings, new: Settings, now: datetime,
                add: Callable[[FeedSettings, datetime], Any]) -> tuple[int, int, int]:
    """Add (with ``add``), remove and reschedule feed jobs; unchanged feeds keep their due
    times. Returns the numbers of feeds added, removed and changed."""
    before = {f.url: f for f in old.feeds}
    after = {f.url: f for f in new.feeds}
    for url in before.keys() - after.keys():
        with contextlib.suppress(JobLookupError):
            scheduler.remove_job(FEED_JOB + url)
    for url in after.keys() - before.keys():
        add(after[url], now)
    changed = 0
    for url in before.keys() & after.keys():
        was, feed = before[url], after[url]
        if (was.interval, was.jitter) == (feed.interval, feed.jitter):
            continue
        changed += 1
        due = feed_due(scheduler, url)
        soonest = now + feed.interval
        # a shorter interval takes effect now; a longer one from the next poll on
        due = soonest if due is None else min(due, soonest)
        with contextlib.suppress(JobLookupError):
            scheduler.modify_job(FEED_JOB + url, trigger=feed_trigger(feed),
                                 next_run_time=due)
    return len(after.keys() - before.keys()), len(before.keys() - after.keys()), changed
