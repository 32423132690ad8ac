"""The database schema as one SQL string, plus numbered migrations.

A fresh database gets ``SCHEMA`` and ``user_version = VERSION``. An older one gets the migrations
from its version up, each in its own transaction. A newer one is refused: an older watcher must not
write to a database whose meaning it does not know (reader's ``_schema.py`` does the same).

A database at the current version is also checked for the tables and columns ``SCHEMA`` makes
(``missing``): one changed by hand (a table restored from another backup, a column dropped) gave
a traceback in whichever command first touched the missing piece, and ``once`` exited 0 while
every poll failed. Extra tables, columns, views, triggers and indexes are the user's business.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache

VERSION = 7

SCHEMA = """
CREATE TABLE feeds (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    body_hash TEXT,
    next_due TEXT,
    last_success TEXT,
    last_error TEXT,
    last_error_at TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    disabled TEXT,
    moved_to TEXT,
    entry_keys TEXT
);

CREATE TABLE items (
    key TEXT PRIMARY KEY,
    feed_url TEXT NOT NULL,
    link TEXT,
    guid TEXT,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    source TEXT NOT NULL,
    published TEXT NOT NULL,
    lang TEXT,
    first_seen TEXT NOT NULL,
    event_id TEXT,
    status TEXT,
    watches TEXT,
    why TEXT
);
CREATE INDEX items_link ON items (link);
CREATE INDEX items_event ON items (event_id, published) WHERE event_id IS NOT NULL;

CREATE TABLE events (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    status TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    watches TEXT NOT NULL,
    state TEXT NOT NULL
);
CREATE INDEX events_last_seen ON events (last_seen);

CREATE TABLE event_history (
    id INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL,
    status TEXT NOT NULL,
    previous TEXT,
    at TEXT NOT NULL,
    link TEXT,
    item_key TEXT,
    why TEXT
);
CREATE INDEX event_history_event ON event_history (event_id, id);

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE,
    notifier TEXT NOT NULL,
    event_id TEXT NOT NULL,
    watch TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    payload TEXT NOT NULL,
    created TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    ref TEXT,
    error TEXT,
    done_at TEXT
);
CREATE INDEX outbox_due ON outbox (state, next_attempt, id);
CREATE INDEX outbox_thread ON outbox (event_id, notifier, state);

CREATE TABLE watch_names (
    name TEXT PRIMARY KEY,
    signature TEXT NOT NULL
);

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

# MIGRATIONS[n] upgrades a database from version n to n + 1. Each step skips what is already
# there (``IF EXISTS``, ``IF NOT EXISTS``, and ``needed`` for an ``ADD COLUMN``): a
# ``user_version`` set back by hand, or a table restored from an older backup, made the file
# unusable ("table watch_names already exists", "duplicate column name").
MIGRATIONS: dict[int, str] = {
    # 2: every index an insert updates costs a page write at random in a first poll's commits.
    # Only items a watch took have an event (the index holds those alone), and the per-feed
    # item count of ``watcher status`` is an occasional scan, not worth an index.
    1: """
DROP INDEX IF EXISTS items_feed;
DROP INDEX IF EXISTS items_event;
CREATE INDEX items_event ON items (event_id, published) WHERE event_id IS NOT NULL;
""",
    # 3: the keys of each feed's last body (``FeedState.entry_keys``), so that a restarted
    # daemon does not normalise again the entries of a changed feed it stored before.
    2: """
ALTER TABLE feeds ADD COLUMN entry_keys TEXT;
""",
    # 4: the watches the poller last ran with, by name, and what each matches (keywords,
    # require, exclude, feeds): a watch renamed with nothing else changed keeps its events'
    # alert state (``SQLiteStore.sync_watches``).
    3: """
CREATE TABLE IF NOT EXISTS watch_names (name TEXT PRIMARY KEY, signature TEXT NOT NULL);
""",
    # 5: facts about the database itself; ``pruned_before``: the horizon of the last prune that
    # removed items (``explain`` of a link no longer stored says retention may have taken it)
    4: """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
""",
    # 6: why each status move was made (``Outcome.move_reason``: "held: an article on the day
    # it was announced for, reporting no change"), for ``explain`` and ``events``; the moves
    # stored before have none (NULL)
    5: """
ALTER TABLE event_history ADD COLUMN why TEXT;
""",
    # 7: the tracker's decision on each item stored in an event, as it was read ("no alert yet for
    # X: held waits for a second outlet"): ``explain`` re-runs the decision against today's
    # events, where the wait is over or the event has moved on; items stored before have none
    6: """
ALTER TABLE items ADD COLUMN why TEXT;
""",
}

_ADD_COLUMN = re.compile(r"ALTER TABLE (\w+) ADD COLUMN (\w+)", re.IGNORECASE)


def needed(db: sqlite3.Connection, statement: str) -> bool:
    """Whether a migration's ``statement`` still has work to do: SQLite has no ``ADD COLUMN IF
    NOT EXISTS``, so an ``ADD COLUMN`` of a column the table has is skipped here."""
    added = _ADD_COLUMN.match(statement)
    if added is None:
        return True
    table, column = added.groups()
    return column not in {row[1] for row in db.execute(f"PRAGMA table_info({table})")}


@cache
def columns() -> dict[str, tuple[str, ...]]:
    """Each table ``SCHEMA`` makes, with its columns, as SQLite itself reads them from
    ``SCHEMA``: the check cannot drift from the schema it checks."""
    db = sqlite3.connect(":memory:")
    try:
        db.executescript(SCHEMA)
        tables = [row[0] for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY rowid")]
        return {t: tuple(row[1] for row in db.execute(f"PRAGMA table_info({t})"))
                for t in tables}
    finally:
        db.close()


def missing(db: sqlite3.Connection) -> str | None:
    """What of ``SCHEMA``'s tables and columns ``db`` lacks, in words ("table items has no
    column lang"), or ``None``. One ``PRAGMA table_info`` per table: it reads the schema, not
    the rows, so every open can afford it."""
    for table, wanted in columns().items():
        have = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
        if not have:
            return f"the database has no table {table}"
        absent = [c for c in wanted if c not in have]
        if absent:
            s = "s" if len(absent) > 1 else ""
            return f"table {table} has no column{s} {', '.join(absent)}"
    return None
