"""When to poll a feed next: its interval on success, exponential backoff with jitter on failure.

Pure (clock and randomness injected) so that the scheduler, the store and tests agree on one rule:

- success (``failures == 0``): ``now + interval + U(-jitter, +jitter)``; the jitter spreads feeds
  that share an interval so that a restart does not poll them all in the same second;
- ``failures = n > 0``: ``now + min(interval * 2**(n-1), max_backoff)``, with "equal jitter" on the
  extra wait beyond the interval (half fixed, half random; AWS architecture blog), so that many
  feeds of one broken host do not come back in lockstep yet the wait still grows; never sooner
  than the plain interval, never later than ``max(interval, max_backoff)``;
- a server's ``Retry-After`` is a floor: we never come back earlier than it asked, even when it
  asks for more than ``max_backoff`` (capped at a day so that a silly header cannot bury a feed).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

# the longest wait a server's Retry-After buys, for feed polls and alert deliveries alike: a
# misconfigured server asking for a week must not silence a feed or an alert for that long
MAX_RETRY_AFTER = timedelta(days=1)


def next_due(
    *, now: datetime, interval: timedelta, jitter: timedelta, failures: int,
    max_backoff: timedelta, retry_after: float | None, rng: random.Random,
) -> datetime:
    """The next due time of a feed after a poll at ``now`` (see the module docstring)."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    interval = max(interval, timedelta(0))
    jitter = max(jitter, timedelta(0))
    if failures <= 0:
        spread = (rng.random() * 2 - 1) * jitter.total_seconds()
        delay = interval + timedelta(seconds=spread)
        # jitter never makes a feed due sooner than half its interval
        delay = max(delay, interval / 2)
    else:
        cap = max(interval, max_backoff)
        # 2**(failures-1) overflows timedelta quickly: compare exponents instead of multiplying
        exp = min(failures - 1, 60)
        seconds = interval.total_seconds() * (2.0 ** exp)
        backoff = min(timedelta(seconds=min(seconds, cap.total_seconds())), cap)
        extra = max((backoff - interval).total_seconds(), 0.0)
        delay = interval + timedelta(seconds=extra / 2 + rng.random() * extra / 2)
    if retry_after is not None and retry_after > 0:
        asked = min(timedelta(seconds=retry_after), MAX_RETRY_AFTER)
        delay = max(delay, asked)
    return now + delay
