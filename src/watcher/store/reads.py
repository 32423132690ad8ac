"""The read side of the SQLite store: events and items as the commands and the tracker read them.

A mixin of :class:`~watcher.store.sqlite.SQLiteStore`, which provides the connection and
``_write_events`` (from ``watcher.store.poll_writes``: event rows of an open group are written
before they are read, so a command never sees an older state than the tracker's).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

from watcher.core.events import EventState
from watcher.models import Item, iso
from watcher.store.rows import decode, dt, json_at, row_to_item, time_at, ts


def _event_state(row: sqlite3.Row) -> dict[str, Any]:
    """An event row's state blob, checked for what the tracker reads from it (a blob changed by
    hand failed deep inside the tracker's start, with a traceback)."""
    state = json_at(row, "state")
    EventState.from_dict(state)
    return dict(state)


class ReadQueries:
    """Events (``events --json``, the tracker's start), items by link, key or time."""

    _db: sqlite3.Connection
    path: str
    # provided by the store's PollWrites: declared, not stubbed, so no base order can let a
    # stub hide the real one
    _write_events: Callable[[], None]

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """Run the reads inside in one read transaction: one snapshot of the database. Each
        statement on its own saw the commits made between them, so ``events`` beside a running
        daemon could show an event ``cancelled`` whose history ended in ``postponed`` (a code
        review, finding 6). In WAL mode a reader never blocks the writer. Inside a transaction
        of this connection (a poll group open) the reads are one snapshot already."""
        if self._db.in_transaction:
            yield
            return
        self._db.execute("BEGIN")
        try:
            yield
        finally:
            if self._db.in_transaction:
                self._db.execute("COMMIT")  # reads only: nothing to keep or undo

    def load_events(self) -> list[dict[str, Any]]:
        self._write_events()
        rows = self._db.execute("SELECT id, state FROM events ORDER BY last_seen").fetchall()
        return decode(self.path, "events", "id", rows, _event_state)

    def events(self, watch: str | None = None) -> list[dict[str, Any]]:
        """Every event with its items and history, from one snapshot (``snapshot``)."""
        self._write_events()
        with self.snapshot():
            return self._read_events(watch)

    def _read_events(self, watch: str | None) -> list[dict[str, Any]]:
        rows = self._db.execute(
            "SELECT id, title, status, first_seen, last_seen, watches FROM events"
            " ORDER BY last_seen DESC"
        ).fetchall()
        out: list[dict[str, Any]] = []
        for event in decode(self.path, "events", "id", rows, _event_row):
            if watch is not None and watch not in event["watches"]:
                continue
            items = self._db.execute(
                "SELECT key, link, title, source, published, lang, status FROM items"
                " WHERE event_id = ? ORDER BY published, key", (event["id"],),
            ).fetchall()
            history = self._db.execute(
                "SELECT id, status, at, link, why FROM event_history WHERE event_id = ?"
                " ORDER BY id", (event["id"],),
            ).fetchall()
            event["items"] = decode(self.path, "items", "key", items, _event_item)
            # ``why``: the rule or cue that made the move (null: stored before schema 6)
            event["history"] = decode(self.path, "event_history", "id", history, lambda h: {
                "status": h["status"], "at": iso(time_at(h, "at")), "link": h["link"],
                "why": h["why"]})
            out.append(event)
        return out

    def item_by_link(self, link: str) -> Item | None:
        """The item stored with key ``link``, else the latest at that link: a story whose
        headline was rewritten (``watcher.revisions``) is its latest headline."""
        row = self._db.execute(
            "SELECT * FROM items WHERE link = ? OR key = ? ORDER BY key = ? DESC, first_seen DESC"
            " LIMIT 1",
            (link, link, link),
        ).fetchone()
        return None if row is None else decode(self.path, "items", "key", [row], row_to_item)[0]

    def item_event(self, key: str) -> str | None:
        row = self._db.execute("SELECT event_id FROM items WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def item_decision(self, key: str) -> str | None:
        """The tracker's decision on the item with ``key`` as it was read (``Outcome.reason``:
        the event it joined or opened, the rules that moved its status, the alerts it caused or
        why none, "waits for a second outlet"); ``None`` for an item in no event, or one stored
        before schema 7."""
        row = self._db.execute("SELECT why FROM items WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def item_trail(self, key: str, event_id: str) -> tuple[list[dict[str, Any]],
                                                           list[dict[str, Any]]]:
        """What the item with ``key`` did to event ``event_id`` when it was read: the status
        transitions it made, with why (the rule or cue, as read then; null before schema 6),
        and the alerts it caused, one per notifier, with their delivery state (``watcher
        explain`` of a stored item: "who was told")."""
        moves = decode(self.path, "event_history", "id", self._db.execute(
            "SELECT id, status, previous, at, why FROM event_history WHERE item_key = ?"
            " AND event_id = ? ORDER BY id", (key, event_id)), lambda r: {
                "status": r["status"], "previous": r["previous"], "at": iso(time_at(r, "at")),
                "why": r["why"]})
        alerts = decode(self.path, "outbox", "id", (
            r for r in self._db.execute(
                "SELECT id, key, watch, kind, status, notifier, state, error, done_at FROM outbox"
                " WHERE event_id = ? ORDER BY id", (event_id,))
            # the outbox key: event, transition, item key, watch, notifier (``poll_writes``)
            if r["key"].endswith(f":{key}:{r['watch']}:{r['notifier']}")
        ), lambda r: {
            "watch": r["watch"], "kind": r["kind"], "status": r["status"],
            "notifier": r["notifier"], "state": r["state"], "error": r["error"],
            "done_at": iso(time_at(r, "done_at"))})
        return moves, alerts

    def events_seen_since(self, since: datetime) -> set[str]:
        """Events having an item first seen at or after ``since``: retention keeps them."""
        rows = self._db.execute("SELECT DISTINCT event_id FROM items WHERE first_seen >= ?"
                                " AND event_id IS NOT NULL", (ts(since),))
        return {row[0] for row in rows}

    def pruned_before(self) -> datetime | None:
        """The horizon of the last prune that removed items (None: retention never removed
        any): an article published and first seen before it may have been among them."""
        row = self._db.execute("SELECT value FROM meta WHERE key = 'pruned_before'").fetchone()
        try:
            return None if row is None else dt(str(row[0]))
        except ValueError:  # changed by hand: a hint then, not a failed command
            return None

    def items_since(self, since: datetime) -> list[Item]:
        """Items first seen at or after ``since``, oldest first (``replay`` of stored items)."""
        rows = self._db.execute(
            "SELECT * FROM items WHERE first_seen >= ? ORDER BY published, key", (ts(since),)
        ).fetchall()
        return decode(self.path, "items", "key", rows, row_to_item)



def _event_row(row: sqlite3.Row) -> dict[str, Any]:
    """An event as ``watcher events --json`` shows it, before its items and history."""
    return {"id": row["id"], "title": row["title"], "status": row["status"],
            "watches": list(json_at(row, "watches")),
            "first_seen": iso(time_at(row, "first_seen")),
            "last_seen": iso(time_at(row, "last_seen"))}


def _event_item(row: sqlite3.Row) -> dict[str, Any]:
    """One of an event's items as ``watcher events --json`` shows it."""
    return {"link": row["link"], "title": row["title"], "source": row["source"],
            "published": iso(time_at(row, "published")), "lang": row["lang"],
            "status": row["status"]}
