"""The storage interface every backend implements (SQLite now; PostgreSQL can follow).

The pipeline writes all state changes of one feed's processing through ``commit_feed`` in one
transaction, so that a crash at any moment leaves a consistent database: the feed state, the new
items, the events they joined, the event history and the alerts they caused land together or not
at all. Alerts enter the outbox there; senders take them out with ``due_deliveries``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from watcher.core.types import AlertIntent, Outcome
from watcher.models import FeedState, Item
from watcher.settings import WatchSettings


@dataclass(frozen=True, slots=True)
class Delivery:
    """One alert for one notifier in the outbox.

    ``key`` is the idempotency key ``event:transition:trigger item:watch:notifier``; ``payload``
    is the alert JSON of DESIGN.md. ``thread_ref`` is what the notifier returned for the first
    delivered alert of the same event (a Telegram message id, an email Message-ID), so that
    follow-ups can reply to it.
    """

    id: int
    key: str
    notifier: str
    event_id: str
    kind: str
    status: str
    payload: dict[str, Any]
    created: datetime
    attempts: int
    next_attempt: datetime
    thread_ref: str | None = None
    # a later alert of the same event to the same notifier was delivered first (an urgent one
    # sent in quiet hours while this one waited): this one is stale, ``Sender`` drops it
    superseded: bool = False
    # the status of the latest alert of the same event delivered to the same notifier before
    # this one (None: none): a status change that repeats it (another watch's, one that heard
    # of the change with a later article) is not sent to a notifier people read (``Sender``)
    told_status: str | None = None


def page_of(link: str) -> str:
    """``link`` without its query: a feed that adds a cache-buster to every link at every
    request ("?v=1733412345") links the same entries to the same pages (a user's review,
    ux18: such a feed had its items stored again at every poll)."""
    return link.split("?", 1)[0]


class Store(Protocol):
    lost_commits: int  # group commits that failed (their polls are not stored; see flush)

    # -- feeds --------------------------------------------------------------------------------
    def feed_state(self, url: str) -> FeedState:
        """One feed's state for polling (``items`` is not counted here: ``feed_states`` does)."""
        ...

    def feed_states(self) -> list[FeedState]:
        """Every feed's state with its item count (``watcher status``)."""
        ...

    def save_feed_state(self, state: FeedState) -> None: ...

    # -- items and events ---------------------------------------------------------------------
    def known_keys(self, keys: Sequence[str]) -> set[str]:
        """Those of ``keys`` already stored (item identity)."""
        ...

    def known_links(self, links: Sequence[str], *, other_than: str | None = None,
                    ) -> dict[str, str]:
        """Canonical link -> item key for stored items (dedupe across feeds); with
        ``other_than``, only items of other feeds than that feed URL."""
        ...

    def titles_at(self, links: Sequence[str], feed_url: str) -> dict[str, set[str]]:
        """Page (:func:`page_of` a canonical link: without its query) -> the titles of
        ``feed_url``'s stored items on that page, whatever their query."""
        ...

    def commit_feed(
        self, state: FeedState, items: Sequence[Item], outcomes: Sequence[Outcome],
        events: Iterable[dict[str, Any]], alerts: Sequence[tuple[AlertIntent, Sequence[str]]],
        now: datetime, *, group: bool = False,
    ) -> int:
        """Store one feed's poll atomically: feed state, new items with their outcomes, changed
        events (``EventState.to_dict()``), and each alert once per notifier name. Returns the
        number of alerts enqueued, however many notifiers each goes to (duplicates by
        idempotency key are ignored: a retried poll enqueues none).

        ``group``: other polls are in flight; the store may commit this one together with them
        (at the latest on :meth:`flush`). Otherwise it is committed before this returns."""
        ...

    async def wait_writable(self) -> None:
        """Take the write lock for the writes that follow it without an ``await``, waiting for
        another process's lock without blocking the event loop; ``StoreError`` after long."""
        ...

    def flush(self) -> None:
        """Commit grouped polls now. Raises ``StoreError`` (and counts ``lost_commits``) when
        the commit fails: those polls are then not stored."""
        ...

    def take_lost_feeds(self) -> set[str]:
        """The URLs of the feeds whose polls were lost with a failed group commit since the last
        call (each poll but the one whose commit failed had already reported success)."""
        ...

    def sync_watches(self, watches: Sequence[WatchSettings]) -> dict[str, str]:
        """Record the poller's watches; rename the events of watches renamed since the last
        record (same keywords, require, exclude and feeds, another name); the renames."""
        ...

    def load_events(self) -> list[dict[str, Any]]:
        """Every stored event's state dict, for rebuilding the tracker at start."""
        ...

    def events(self, watch: str | None = None) -> list[dict[str, Any]]:
        """Events as ``watcher events --json`` shows them (items and history included)."""
        ...

    def item_by_link(self, link: str) -> Item | None: ...
    def item_event(self, key: str) -> str | None:
        """The event a stored item joined (None: no watch took it)."""
        ...
    def events_seen_since(self, since: datetime) -> set[str]:
        """Ids of the events that have an item first seen at or after ``since``."""
        ...
    def items_since(self, since: datetime) -> list[Item]: ...
    def pruned_before(self) -> datetime | None:
        """The horizon of the last prune that removed items, if any did."""
        ...
    def prune(self, before: datetime, event_ids: Sequence[str] = (),
              spare: Sequence[str] = ()) -> int:
        """Retention (``watcher.retention``): drop old items but those of the events in
        ``spare``, the events in ``event_ids``, and finished outbox rows of events gone."""
        ...

    # -- outbox -------------------------------------------------------------------------------
    def due_deliveries(self, now: datetime, limit: int = 100) -> list[Delivery]:
        """Pending deliveries whose ``next_attempt <= now``, oldest first."""
        ...

    def mark_delivered(self, delivery_id: int, ref: str | None, now: datetime,
                       note: str | None = None) -> None:
        """``note``: what went wrong in a delivery that went out (recipients refused), kept in
        the row's ``error`` and listed by ``partly_delivered``."""
        ...
    def mark_retry(self, delivery_id: int, error: str, next_attempt: datetime) -> None: ...
    def mark_failed(self, delivery_id: int, error: str, now: datetime) -> None: ...
    def mark_superseded(self, delivery_id: int, now: datetime, why: str | None = None) -> None:
        """Close a stale pending delivery unsent (``Delivery.superseded``, or a status the
        notifier was told already: ``why`` says so): not a failure."""
        ...
    def retry_now(self, now: datetime, notifier: str | None = None) -> None:
        """Deliveries waiting for a retry (of ``notifier``, or all) are due at ``now``."""
        ...
    def pending_errors(self) -> dict[str, str]:
        """Per notifier, the last error of its pending deliveries (``watcher status``)."""
        ...
    def defer(self, delivery_id: int, until: datetime) -> None:
        """Hold a pending delivery until ``until`` without counting an attempt (quiet hours)."""
        ...

    def pending_deliveries(self, notifier: str | None = None) -> list[Delivery]:
        """Every pending delivery, due or not, oldest first (digests after quiet hours)."""
        ...

    def delivery_counts(self) -> dict[str, dict[str, int]]:
        """notifier -> {"pending": n, "failed": n, "delivered": n}."""
        ...

    def failed_deliveries(self, limit: int = 20) -> list[tuple[Delivery, str]]: ...
    def partly_delivered(self, limit: int = 20) -> list[tuple[Delivery, str]]:
        """Delivered rows that carry a note (``mark_delivered``), the latest first."""
        ...

    # -- lifecycle ----------------------------------------------------------------------------
    def close(self) -> None: ...
