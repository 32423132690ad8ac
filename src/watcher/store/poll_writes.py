"""The writes of one feed poll in the SQLite store: its feed state, items, history (each status
move with why it was made, ``Outcome.move_reason``) and alerts.

A mixin of :class:`~watcher.store.sqlite.SQLiteStore`, which provides the connection, the open
group of polls (its BEGIN time, feeds and event rows, :meth:`flush` and ``_lose_group``) and the
feed states remembered as written (``_feeds``). ``commit_feed`` writes a poll inside its own
savepoint of the group's transaction, so a poll lands whole or not at all; the group's event
states are written once, when it commits (``_write_events``). A feed state is written by the
columns that changed only, not the whole row with its JSON list of entry keys.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from watcher.core.types import AlertIntent, Outcome
from watcher.errors import StoreError
from watcher.models import FeedState, Item
from watcher.store.rows import event_columns, item_row, ts


class PollWrites:
    """``commit_feed`` and the writes under it (feed state, items, history, outbox rows)."""

    _db: sqlite3.Connection
    GROUP_FEEDS: int
    GROUP_SECONDS: float
    _group_started: float
    _group_urls: list[str]
    _held: bool
    _events: dict[str, tuple[tuple[Any, ...], dict[str, Any]]]
    _feeds: dict[str, FeedState]

    def flush(self) -> None:  # provided by SQLiteStore
        raise NotImplementedError

    def _lose_group(self) -> None:  # provided by SQLiteStore
        raise NotImplementedError

    @property
    def _group_feeds(self) -> int:  # provided by SQLiteStore
        raise NotImplementedError

    def _save_feed_state(self, s: FeedState) -> None:
        known = self._feeds.pop(s.url, None)  # forgotten until the write below has succeeded
        changed = [c for c in _FEED_COLUMNS
                   if known is None or getattr(s, c) != getattr(known, c)]
        # a row that is not there after all (nothing should lose it without forgetting it here)
        # is written whole
        if known is None or (changed and not self._db.execute(
                f"UPDATE feeds SET {', '.join(f'{c} = ?' for c in changed)} WHERE url = ?",
                [*(_column_value(s, c) for c in changed), s.url]).rowcount):
            self._db.execute(_UPSERT_FEED, [s.url, *(_column_value(s, c) for c in _FEED_COLUMNS)])
        self._feeds[s.url] = dataclasses.replace(s, items=0)

    def commit_feed(
        self, state: FeedState, items: Sequence[Item], outcomes: Sequence[Outcome],
        events: Iterable[dict[str, Any]], alerts: Sequence[tuple[AlertIntent, Sequence[str]]],
        now: datetime, *, group: bool = False,
    ) -> int:
        """Store one feed poll atomically. ``group``: other polls are in flight, so it may share
        a transaction with them (group commit, module docstring); else it is committed now."""
        # a poll with nothing new (most are 304s) is one statement, atomic without a savepoint
        with self._feed_savepoint(needed=bool(items or outcomes or alerts)):
            enqueued = self._write_feed(state, items, outcomes, alerts, now)
            changed = {e["id"]: (event_columns(e), e) for e in events}  # checked here ...
        self._events.update(changed)  # ... written when the group commits
        self._group_urls.append(state.url)
        if (not group or self._group_feeds >= self.GROUP_FEEDS
                or time.monotonic() - self._group_started >= self.GROUP_SECONDS):
            self.flush()
        return enqueued

    @contextmanager
    def _feed_savepoint(self, *, needed: bool = True) -> Iterator[None]:
        if not self._group_feeds:
            if not (self._held and self._db.in_transaction):
                self._db.execute("BEGIN IMMEDIATE")
            self._held = False
            self._group_started = time.monotonic()
        if needed:
            self._db.execute("SAVEPOINT feed")
        try:
            yield
        except BaseException:
            self._feeds.clear()  # the feed's write is rolled back below, or with the group
            # On some errors ("disk full", I/O) SQLite has rolled the whole transaction back
            # already: then the group's earlier polls are gone too.
            if needed and self._db.in_transaction:
                with contextlib.suppress(StoreError):
                    self._db.execute("ROLLBACK TO feed")
                    self._db.execute("RELEASE feed")
            if not self._db.in_transaction or not self._group_feeds:
                self._lose_group()  # nothing else in the group (or nothing left): end it
            raise
        if needed:
            self._db.execute("RELEASE feed")

    def _write_events(self) -> None:
        """Write the event states of the open group (reads of events come after this); never
        outside the group's transaction, where they would land without their polls."""
        if not self._events or not self._group_feeds or not self._db.in_transaction:
            return
        rows = [(*columns, json.dumps(state, separators=(",", ":")))
                for columns, state in self._events.values()]
        self._events.clear()
        self._db.executemany(
            "INSERT INTO events (id, title, status, first_seen, last_seen, watches, state)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
            " title = excluded.title, status = excluded.status,"
            " first_seen = excluded.first_seen, last_seen = excluded.last_seen,"
            " watches = excluded.watches, state = excluded.state",
            rows,
        )

    def _write_feed(
        self, state: FeedState, items: Sequence[Item], outcomes: Sequence[Outcome],
        alerts: Sequence[tuple[AlertIntent, Sequence[str]]], now: datetime,
    ) -> int:
        by_key = {o.item.key: o for o in outcomes}
        enqueued = 0
        db = self._db
        now_ts = ts(now) or ""  # never empty: ``now`` is an aware datetime
        self._save_feed_state(state)
        if items:
            db.executemany(
                "INSERT OR IGNORE INTO items (key, feed_url, link, guid, title, summary, source,"
                " published, lang, first_seen, event_id, status, watches, why)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [item_row(item, by_key.get(item.key), now_ts) for item in items],
            )
        for o in outcomes:
            if o.transition is not None and o.event_id is not None:
                db.execute(
                    "INSERT INTO event_history (event_id, status, previous, at, link, item_key,"
                    " why) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (o.event_id, o.transition[1], o.transition[0], ts(o.item.published),
                     o.item.link, o.item.key, o.move_reason or None),
                )
        for intent, notifiers in alerts:
            payload = json.dumps(intent.payload(), ensure_ascii=False)
            inserted = 0
            for notifier in notifiers:
                # The trigger item makes a real return (planned > postponed > planned >
                # postponed) a second alert, while a retried poll stays one.
                key = (f"{intent.event.id}:{intent.transition}:{intent.item.key}:"
                       f"{intent.watch}:{notifier}")
                cur = db.execute(
                    "INSERT OR IGNORE INTO outbox (key, notifier, event_id, watch, kind,"
                    " status, payload, created, next_attempt)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (key, notifier, intent.event.id, intent.watch, intent.kind,
                     intent.event.status, payload, ts(now), ts(now)),
                )
                inserted += cur.rowcount
            # alerts, not outbox rows: one alert to two notifiers was "2 alerts" in the
            # summaries (a retried poll inserts none: its alerts were counted the first time)
            enqueued += inserted > 0
        return enqueued


# a feed state's stored columns besides its URL (``_save_feed_state``)
_FEED_COLUMNS = ("etag", "last_modified", "body_hash", "next_due", "last_success", "last_error",
                 "last_error_at", "failures", "disabled", "moved_to", "entry_keys")
_UPSERT_FEED = (
    f"INSERT INTO feeds (url, {', '.join(_FEED_COLUMNS)})"
    f" VALUES ({', '.join('?' * (len(_FEED_COLUMNS) + 1))})"
    f" ON CONFLICT (url) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in _FEED_COLUMNS)}"
)


def _column_value(s: FeedState, column: str) -> Any:
    """The value of ``s`` that ``column`` stores: datetimes as text, entry keys as JSON."""
    value = getattr(s, column)
    if isinstance(value, datetime):
        return ts(value)
    if column == "entry_keys":
        return json.dumps(value, ensure_ascii=False) if value else None
    return value
