"""How a poll changes its feed's stored state (``FeedState``), for ``watcher.pipeline``.

A failed poll is counted and backs the feed off (``Retry-After`` honoured); ``410 Gone`` is
remembered by disabling the feed, while a stored 301/308 target that is gone, or failed
``MOVED_FAILURES`` polls in a row, is dropped instead: back to the configured URL. A successful
poll resets the failures and schedules the next one. A 301/308 is remembered once its target
served the feed (``follow_moved``). These are plain functions over the state: the pipeline stores it
(``watcher.pipeline`` imports ``MOVED_FAILURES`` from here, where the tests take it). They log as
the pipeline.
"""

from __future__ import annotations

import logging
import random
from datetime import datetime, timedelta

from watcher.backoff import next_due
from watcher.models import FeedState, FetchResult
from watcher.settings import FeedSettings

log = logging.getLogger("watcher.pipeline")
# polls in a row a stored 301/308 target may fail before the configured URL is polled again
MOVED_FAILURES = 3


def never_read(state: FeedState) -> bool:
    """A feed with no stored validators or body hash: its next response brings a body."""
    return state.body_hash is None and state.etag is None and state.last_modified is None


def follow_moved(feed: FeedSettings, state: FeedState, fetched: FetchResult) -> None:
    """Remember a 301/308 for the next polls, once its target served the feed: a feed moved
    to an error or to a page that is no feed (a site that sends every old URL to its home
    page) would otherwise be polled there for good, however the old URL recovers."""
    if fetched.permanent_redirect:
        log.info("%s moved permanently to %s", feed.url, fetched.permanent_redirect)
        state.moved_to = fetched.permanent_redirect


def note_failure(
    feed: FeedSettings, state: FeedState, error: str, now: datetime, fetched: FetchResult, *,
    max_backoff: timedelta, rng: random.Random,
) -> datetime:
    """Record a failed poll in ``state``: counted, a dead permanent redirect target dropped, a
    410 disabling the feed, the next try backed off (returned, as stored in ``state``)."""
    state.failures += 1
    state.last_error = error
    state.last_error_at = now
    if state.moved_to is not None and (fetched.gone or state.failures >= MOVED_FAILURES):
        # A moved feed whose new place died: the configured URL may serve it again (or
        # redirect to a new place), where polling the dead target would never recover
        log.warning("%s: its permanent redirect target %s failed %d poll(s) in a row (%s): "
                    "polling the configured URL again", feed.url, state.moved_to,
                    state.failures, error)
        state.moved_to = None
    elif fetched.gone:
        state.disabled = "410 Gone"
        log.error("%s: 410 Gone: the feed was removed; disabled (remove it from the config; "
                  "a restart, or adding it again, tries it once more)", feed.url)
    state.next_due = next_due(
        now=now, interval=feed.interval, jitter=feed.jitter, failures=state.failures,
        max_backoff=max_backoff, retry_after=fetched.retry_after,
        rng=rng,
    )
    return state.next_due


def note_success(
    feed: FeedSettings, state: FeedState, now: datetime, *, max_backoff: timedelta,
    rng: random.Random,
) -> None:
    """Record a successful poll in ``state``: no failures, the next poll at the feed's interval."""
    state.failures = 0
    state.last_success = now
    state.next_due = next_due(
        now=now, interval=feed.interval, jitter=feed.jitter, failures=0,
        max_backoff=max_backoff, retry_after=None, rng=rng,
    )
