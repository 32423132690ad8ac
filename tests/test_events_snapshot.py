"""``watcher events`` beside a running daemon reads one snapshot of the database: a real SQLite
file filled by the real pipeline from a loopback feed, and a commit of another connection (the
daemon's) forced between the events' query and their histories' (a code review, finding 6:
each statement read on its own, and an event showed its old status with its new history)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from tests.feedserver import FeedServer
from tests.test_pipeline import ANNOUNCED, REPEAT, poll, rss, settings_for
from watcher.store import SQLiteStore


class CommitAfterEventsQuery:
    """The store's connection, but right after the events' SELECT another connection commits a
    status move of the first event, as the daemon's poll would."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self.db, self.path, self.done = db, path, False

    def execute(self, sql: str, *args: Any) -> Any:
        cursor = self.db.execute(sql, *args)
        if not self.done and sql.lstrip().startswith("SELECT id, title, status"):
            rows = cursor.fetchall()
            self.done = True
            writer = sqlite3.connect(self.path, isolation_level=None)
            try:
                writer.execute("BEGIN IMMEDIATE")
                writer.execute("UPDATE events SET status = 'cancelled' WHERE id = ?",
                               (rows[0]["id"],))
                writer.execute("INSERT INTO event_history (event_id, status, previous, at) "
                               "VALUES (?, 'cancelled', 'planned', '2025-10-22T06:00:00.000000Z')",
                               (rows[0]["id"],))
                writer.execute("COMMIT")
            finally:
                writer.close()
            return _Rows(rows)
        return cursor

    def __getattr__(self, name: str) -> Any:
        return getattr(self.db, name)


class _Rows:
    def __init__(self, rows: list[Any]) -> None:
        self.rows = rows

    def fetchall(self) -> list[Any]:
        return self.rows


async def test_events_reads_status_items_and_history_from_one_snapshot(tmp_path: Path) -> None:
    with FeedServer() as server:
        a = server.feed("/a.xml", rss(ANNOUNCED))
        b = server.feed("/b.xml", rss(REPEAT))
        settings = settings_for(tmp_path, {"A": a, "B": b})
        _, store = await poll(settings)
        store.close()
    path = settings.daemon.database
    reader = SQLiteStore(path)
    try:
        hook = CommitAfterEventsQuery(reader._db, path)
        reader._db = hook  # type: ignore[assignment]
        [event] = reader.events()
        assert hook.done
        assert event["status"] == "planned"
        assert [h["status"] for h in event["history"]] == ["planned"]  # not "cancelled" too
        reader._db = hook.db
        [event] = reader.events()  # the next read sees the commit, whole
        assert event["status"] == "cancelled"
        assert [h["status"] for h in event["history"]] == ["planned", "cancelled"]
    finally:
        reader._db = hook.db
        reader.close()
