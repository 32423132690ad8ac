"""The outbox side of the SQLite store: what the sender reads and marks.

A mixin of :class:`~watcher.store.sqlite.SQLiteStore`, which provides the connection, the
transactions and :meth:`flush` (grouped polls are committed before the outbox is read, so that
no alert of an unstored poll is ever sent).
"""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from datetime import datetime

from watcher.store.base import Delivery
from watcher.store.rows import decode, row_to_delivery, ts


class OutboxQueries:
    """Reads and state changes of outbox rows (one per alert and notifier)."""

    _db: sqlite3.Connection
    path: str

    def flush(self) -> None:  # provided by SQLiteStore
        raise NotImplementedError

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:  # by SQLiteStore
        raise NotImplementedError

    def due_deliveries(self, now: datetime, limit: int = 100) -> list[Delivery]:
        self.flush()  # only what is committed is sent: a crash must not resend an alert
        rows = self._db.execute(
            "SELECT o.*, (SELECT f.ref FROM outbox f WHERE f.event_id = o.event_id"
            "  AND f.notifier = o.notifier AND f.state = 'delivered' AND f.ref IS NOT NULL"
            "  ORDER BY f.done_at, f.id LIMIT 1) AS thread_ref,"
            " EXISTS (SELECT 1 FROM outbox s WHERE s.event_id = o.event_id"
            "  AND s.notifier = o.notifier AND s.state = 'delivered' AND s.id > o.id)"
            " AS superseded,"
            " (SELECT t.status FROM outbox t WHERE t.event_id = o.event_id"
            "  AND t.notifier = o.notifier AND t.id < o.id AND t.state = 'delivered'"
            "  ORDER BY t.id DESC LIMIT 1) AS told_status"
            " FROM outbox o WHERE o.state = 'pending' AND o.next_attempt <= ?"
            # A notifier's queue keeps its order across restarts: nothing overtakes an earlier
            # delivery that failed and waits for its retry (quiet-hours holds, which have no
            # attempt yet, do not block urgent alerts).
            " AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.notifier = o.notifier"
            "  AND p.state = 'pending' AND p.id < o.id AND p.attempts > 0 AND p.next_attempt > ?)"
            " ORDER BY o.id LIMIT ?",
            (ts(now), ts(now), limit),
        ).fetchall()
        return decode(self.path, "outbox", "id", rows, row_to_delivery)

    def pending_deliveries(self, notifier: str | None = None) -> list[Delivery]:
        """Every pending delivery, due or not (digests gather what waited out quiet hours)."""
        self.flush()
        sql = ("SELECT o.*, NULL AS thread_ref, 0 AS superseded, NULL AS told_status FROM outbox o"
               " WHERE o.state = 'pending'")
        args: tuple[str, ...] = ()
        if notifier is not None:
            sql += " AND o.notifier = ?"
            args = (notifier,)
        rows = self._db.execute(sql + " ORDER BY o.id", args).fetchall()
        return decode(self.path, "outbox", "id", rows, row_to_delivery)

    def mark_delivered(self, delivery_id: int, ref: str | None, now: datetime,
                       note: str | None = None) -> None:
        """``note`` (recipients refused while the others got it) goes in ``error``: the column
        holds what went wrong in a row's delivery, whatever its state, so a note needs no new
        column and no migration; the earlier attempts' error is done with."""
        with self.transaction():
            self._db.execute(
                "UPDATE outbox SET state = 'delivered', ref = ?, done_at = ?, error = ?,"
                " attempts = attempts + 1 WHERE id = ?", (ref, ts(now), note, delivery_id),
            )

    def mark_retry(self, delivery_id: int, error: str, next_attempt: datetime) -> None:
        with self.transaction():
            self._db.execute(
                "UPDATE outbox SET error = ?, next_attempt = ?, attempts = attempts + 1"
                " WHERE id = ? AND state = 'pending'", (error, ts(next_attempt), delivery_id),
            )

    def defer(self, delivery_id: int, until: datetime) -> None:
        """Hold a delivery until ``until`` without counting an attempt (quiet hours)."""
        with self.transaction():
            self._db.execute(
                "UPDATE outbox SET next_attempt = ? WHERE id = ? AND state = 'pending'",
                (ts(until), delivery_id),
            )

    def retry_now(self, now: datetime, notifier: str | None = None) -> None:
        """Make pending deliveries due at ``now`` (a notifier's config fixed): those waiting for
        a retry and those held behind them (quiet hours hold theirs again at the next pass)."""
        with self.transaction():
            self._db.execute(
                "UPDATE outbox SET next_attempt = ? WHERE state = 'pending'"
                " AND next_attempt > ? AND notifier = coalesce(?, notifier)",
                (ts(now), ts(now), notifier))

    def pending_errors(self) -> dict[str, str]:
        """Per notifier, the last error of its deliveries waiting for a retry."""
        rows = self._db.execute(
            "SELECT notifier, error FROM outbox WHERE state = 'pending' AND error IS NOT NULL"
            " ORDER BY id").fetchall()
        return {notifier: error for notifier, error in rows}

    def mark_failed(self, delivery_id: int, error: str, now: datetime) -> None:
        with self.transaction():
            self._db.execute(
                "UPDATE outbox SET state = 'failed', error = ?, done_at = ?,"
                " attempts = attempts + 1 WHERE id = ?", (error, ts(now), delivery_id),
            )

    def mark_superseded(self, delivery_id: int, now: datetime, why: str | None = None) -> None:
        with self.transaction():
            self._db.execute(
                "UPDATE outbox SET state = 'superseded', error = ?, done_at = ?"
                " WHERE id = ? AND state = 'pending'", (why, ts(now), delivery_id),
            )

    def delivery_counts(self) -> dict[str, dict[str, int]]:
        counts: dict[str, dict[str, int]] = {}
        for notifier, state, n in self._db.execute(
            "SELECT notifier, state, count(*) FROM outbox GROUP BY notifier, state"
        ).fetchall():
            counts.setdefault(notifier, {"pending": 0, "failed": 0, "delivered": 0})[state] = n
        return counts

    def failed_deliveries(self, limit: int = 20) -> list[tuple[Delivery, str]]:
        return self._closed("o.state = 'failed'", limit)

    def partly_delivered(self, limit: int = 20) -> list[tuple[Delivery, str]]:
        """Delivered with a note (email: some recipients refused), the latest first."""
        return self._closed("o.state = 'delivered' AND o.error IS NOT NULL", limit)

    def _closed(self, where: str, limit: int) -> list[tuple[Delivery, str]]:
        """The rows ``where`` selects, each with its error or note, the latest first."""
        rows = self._db.execute(
            "SELECT o.*, NULL AS thread_ref, 0 AS superseded, NULL AS told_status FROM outbox o"
            f" WHERE {where} ORDER BY o.done_at DESC LIMIT ?", (limit,),
        ).fetchall()
        return decode(self.path, "outbox", "id", rows,
                      lambda r: (row_to_delivery(r), r["error"] or ""))
