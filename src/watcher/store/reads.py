"""The read side of the SQLite store: events and items as the commands and the tracker read them.

A mixin of :class:`~watcher.store.sqlite.SQLiteStore`, which provides the connection and
``_write_events`` (from ``watcher.store.poll_writes``: event rows of an open group are written
before they are read, so a command never sees an older state than the tracker's).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import datetime
from typing import Any

from watcher.models import Item, iso
from watcher.store.rows import dt, row_to_item, ts


class ReadQueries:
    """Events (``events --json``, the tracker's start), items by link, key or time."""

    _db: sqlite3.Connection
    # provided by the store's PollWrites: declared, not stubbed, so no base order can let a
    # stub hide the real one
    _write_events: Callable[[], None]

    def load_events(self) -> list[dict[str, Any]]:
        self._write_events()
        rows = self._db.execute("SELECT state FROM events ORDER BY last_seen").fetchall()
        return [json.loads(row[0]) for row in rows]

    def events(self, watch: str | None = None) -> list[dict[str, Any]]:
        self._write_events()
        rows = self._db.execute(
            "SELECT id, title, status, first_seen, last_seen, watches FROM events"
            " ORDER BY last_seen DESC"
        ).fetchall()
        out: list[dict[str, Any]] = []
        for row in rows:
            watches = json.loads(row["watches"])
            if watch is not None and watch not in watches:
                continue
            items = self._db.execute(
                "SELECT link, title, source, published, lang, status FROM items"
                " WHERE event_id = ? ORDER BY published, key", (row["id"],),
            ).fetchall()
            history = self._db.execute(
                "SELECT status, at, link FROM event_history WHERE event_id = ? ORDER BY id",
                (row["id"],),
            ).fetchall()
            out.append({
                "id": row["id"],
                "title": row["title"],
                "status": row["status"],
                "watches": watches,
                "first_seen": iso(dt(row["first_seen"])),
                "last_seen": iso(dt(row["last_seen"])),
                "items": [
                    {"link": i["link"], "title": i["title"], "source": i["source"],
                     "published": iso(dt(i["published"])), "lang": i["lang"],
                     "status": i["status"]}
                    for i in items
                ],
                "history": [
                    {"status": h["status"], "at": iso(dt(h["at"])), "link": h["link"]}
                    for h in history
                ],
            })
        return out

    def item_by_link(self, link: str) -> Item | None:
        """The item stored with key ``link``, else the latest at that link: a story whose
        headline was rewritten (``watcher.revisions``) is its latest headline."""
        row = self._db.execute(
            "SELECT * FROM items WHERE link = ? OR key = ? ORDER BY key = ? DESC, first_seen DESC"
            " LIMIT 1",
            (link, link, link),
        ).fetchone()
        return None if row is None else row_to_item(row)

    def item_event(self, key: str) -> str | None:
        row = self._db.execute("SELECT event_id FROM items WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def item_trail(self, key: str, event_id: str) -> tuple[list[dict[str, Any]],
                                                           list[dict[str, Any]]]:
        """What the item with ``key`` did to event ``event_id`` when it was read: the status
        transitions it made, and the alerts it caused, one per notifier, with their delivery
        state (``watcher explain`` of a stored item: "who was told")."""
        moves = [
            {"status": r["status"], "previous": r["previous"], "at": iso(dt(r["at"]))}
            for r in self._db.execute(
                "SELECT status, previous, at FROM event_history WHERE item_key = ?"
                " AND event_id = ? ORDER BY id", (key, event_id))
        ]
        alerts = [
            {"watch": r["watch"], "kind": r["kind"], "status": r["status"],
             "notifier": r["notifier"], "state": r["state"], "error": r["error"],
             "done_at": iso(dt(r["done_at"])) if r["done_at"] else None}
            for r in self._db.execute(
                "SELECT key, watch, kind, status, notifier, state, error, done_at FROM outbox"
                " WHERE event_id = ? ORDER BY id", (event_id,))
            # the outbox key: event, transition, item key, watch, notifier (``poll_writes``)
            if r["key"].endswith(f":{key}:{r['watch']}:{r['notifier']}")
        ]
        return moves, alerts

    def events_seen_since(self, since: datetime) -> set[str]:
        """Events having an item first seen at or after ``since``: retention keeps them."""
        rows = self._db.execute("SELECT DISTINCT event_id FROM items WHERE first_seen >= ?"
                                " AND event_id IS NOT NULL", (ts(since),))
        return {row[0] for row in rows}

    def items_since(self, since: datetime) -> list[Item]:
        """Items first seen at or after ``since``, oldest first (``replay`` of stored items)."""
        rows = self._db.execute(
            "SELECT * FROM items WHERE first_seen >= ? ORDER BY published, key", (ts(since),)
        ).fetchall()
        return [row_to_item(row) for row in rows]

