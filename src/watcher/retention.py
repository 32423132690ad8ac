"""What ``[daemon] retention`` keeps, one rule for the daemon, ``watcher once`` and ``replay``.

Items published and first seen before the horizon (``now - retention``) go, and an event goes
with its last article: one last seen before the horizon, with no item first seen since. Except an
event still open (planned, postponed, or no status yet) that an announcement dated to a day
(``EventState.due``): it counts as seen on that day, so it stays, with its articles, until the
day it is due is older than the retention. A show announced in January for August, with no news
in between, is still followed in August (its call-off is a status change in the announcement's
thread, not a new event), and stays for the retention after its day, when the reports of it come
(a user's review, session 45: it was gone in July). A held or cancelled event has no due day
(the tracker clears it): it goes as before. The database stays bounded: a due day is a date an
article named, and the event goes once that day is older than the retention.

Alerts sent (the outbox's finished rows) go after the retention too, but not while their event is
kept: the first message of an event is the thread its later alerts reply to.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from watcher.core.events import EventState
from watcher.core.features import CLOSED

EVERY = 6 * 3600.0  # seconds between the daemon's prunes (and replay's, in the items' time)


def awaited(events: Iterable[EventState], horizon: datetime) -> set[str]:
    """The open events whose due day is at or after ``horizon``: kept, with their articles,
    however long ago they were last seen."""
    return {ev.id for ev in events
            if ev.status not in CLOSED and ev.due is not None and ev.due >= horizon}
