"""When the sender tries a failed delivery again, and when it gives the alert up.

A transient failure is retried with an exponential backoff with jitter (a server's Retry-After,
capped at ``MAX_RETRY_AFTER``, instead: the receiver said when); an alert older than the
policy's max age is stale news and fails for good. ``watcher.notify.sender`` applies it (and
imports ``RetryPolicy`` where ``watcher.notify`` and the tests take it).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from watcher.backoff import MAX_RETRY_AFTER as MAX_RETRY_AFTER
from watcher.store.base import Delivery


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Backoff ``base * 2**(n-1)`` capped at ``cap``, with equal jitter; give up when the alert
    is older than ``max_age`` (stale news), or after ``max_attempts`` attempts if set.

    No attempt limit by default: a failure that is not permanent is an outage, and only the
    head of a notifier's queue counts attempts (the alerts behind it wait uncounted), so a limit
    of 25 gave up that one alert 9 to 14 hours into an outage and sent the ones behind it."""

    base: timedelta = timedelta(seconds=30)
    # at most five minutes between two attempts: an SMTP server back after a six-minute outage
    # got its mail 3 min 43 s later, and with an hour's cap a longer outage held the news up
    # to an hour past it (a user's review, ux18); a try every five minutes costs nothing
    cap: timedelta = timedelta(minutes=5)
    max_attempts: int | None = None
    max_age: timedelta = timedelta(days=2)
    # A notifier that raised something other than NotifyError has a bug that the alert trips
    # over (not an outage): give that alert up after this many attempts, so that it does not
    # hold the alerts behind it for max_age.
    max_unexpected: int = 5

    def next_attempt(self, attempts: int, now: datetime, retry_after: float | None,
                     rng: random.Random) -> datetime:
        """When to try again after the ``attempts``-th failed attempt (1-based). A receiver
        that said when (Telegram's flood control, a Retry-After) is up and is taken at its
        word: backoff on top held a cancellation 75 s in a chat asked to wait 8 s (a user's
        review, session 47)."""
        if retry_after is not None and retry_after > 0:
            return now + timedelta(seconds=min(retry_after, MAX_RETRY_AFTER.total_seconds()))
        exp = min(max(attempts - 1, 0), 40)
        delay = min(self.base.total_seconds() * 2.0 ** exp, self.cap.total_seconds())
        delay = delay / 2 + rng.random() * delay / 2
        return now + timedelta(seconds=delay)

    def gives_up(self, delivery: Delivery, attempts: int, now: datetime) -> bool:
        if self.max_attempts is not None and attempts >= self.max_attempts:
            return True
        return now - delivery.created >= self.max_age
