"""SQLite implementation of ``watcher.store.base.Store``.

WAL mode so that ``watcher status``/``events`` can read while the daemon writes. A feed poll's
writes (``commit_feed``) are atomic, so that ``kill -9`` at any moment leaves either the whole poll
or none of it.

Group commit: while other polls are in flight (a first start, ``watcher once``), consecutive feed
polls share one SQLite transaction, each inside its own savepoint, for at most ``GROUP_FEEDS``
feeds or ``GROUP_SECONDS`` (checked at each poll; the pipeline also commits a group a quarter
second after a poll joined it, and when the last poll in flight ends). A commit writes every page
it changed to the WAL, and items land on random pages of the key and link indexes, so thirty
commits of one feed each wrote nearly thirty times the pages of one commit of thirty feeds
(measured: half the wall time of a first poll's writes). A poll still lands whole or not at all;
what a crash loses is at most the last group, none of it acknowledged yet: its feeds are fetched
again (their validators were not stored), and no alert of it was sent, because the outbox is
read (``due_deliveries``) only after a commit.
Within a group, an event's state is written once, as it stands at the commit: a story that ten
polls of the group added to is one row write, not ten.

Datetimes are stored as fixed-width UTC ISO strings, so text order is time order.

Feed states are remembered as written (``_feeds``): only the daemon's pipeline writes them (the
run lock keeps a second one out), so a poll reads its feed's state without a query and decoding
its entry keys, and a poll that changed a few columns (a 304: its times) writes those columns
only, not the whole row with its JSON list of entry keys. Whatever rolls a write back forgets
them all: the next reads come from the file.

The writes of a poll (``commit_feed``: its savepoint, feed state, items, history and outbox rows,
and the group's event rows) are in ``watcher.store.poll_writes``, the reads in
``watcher.store.reads`` and ``watcher.store.outbox``; this module keeps the connection, the
schema, the transactions and the group's commit.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from watcher.errors import DatabaseUnusable, StoreError
from watcher.models import FeedState
from watcher.store.base import page_of
from watcher.store.outbox import OutboxQueries
from watcher.store.poll_writes import PollWrites
from watcher.store.reads import ReadQueries
from watcher.store.rows import (
    Connection,
    chunks,
    damaged,
    decode,
    recovery,
    row_to_feed_state,
    statements,
    ts,
)
from watcher.store.schema import MIGRATIONS, SCHEMA, VERSION, missing, needed
from watcher.store.watch_names import WatchNames

WAL_LIMIT = 8 * 1024 * 1024  # bytes (``PRAGMA journal_size_limit``)


class SQLiteStore(PollWrites, ReadQueries, OutboxQueries, WatchNames):
    """The default store: one SQLite file (``:memory:`` works for tests)."""

    GROUP_FEEDS = 40  # feed polls committed together at most (group commit, module docstring)
    GROUP_SECONDS = 0.25  # ... and for at most this long after the first of them
    # How long a statement waits for another process's write lock (a sqlite3 shell, a VACUUM).
    # SQLite waits on the calling thread: the daemon's writes wait in ``wait_writable`` instead,
    # which sleeps on the event loop (a busy wait there froze every other feed's request). After
    # WRITE_WAIT the write fails as "database is locked" and the poll is retried; nothing is lost.
    BUSY_TIMEOUT = 5.0
    WRITE_WAIT = 30.0

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = str(path)
        self.readonly = readonly
        self._group_started = 0.0
        self.lost_commits = 0  # group commits that failed: their polls are not stored
        # the feeds whose polls the open group holds, since its BEGIN (empty: no group open)
        self._group_urls: list[str] = []
        self._lost_feeds: set[str] = set()  # feeds of lost groups, until taken
        self._held = False  # an empty transaction ``wait_writable`` began, for the next write
        # event rows of the open group, by id: the columns, and the state (JSON-encoded on write)
        self._events: dict[str, tuple[tuple[Any, ...], dict[str, Any]]] = {}
        # feed states as last written or read, by URL (module docstring)
        self._feeds: dict[str, FeedState] = {}
        if self.path != ":memory:" and not readonly:
            try:
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise DatabaseUnusable(
                    f"{self.path}: cannot create the folder: {err.strerror}") from err
        try:
            self._db = sqlite3.connect(self._target(), isolation_level=None,
                                       check_same_thread=False, timeout=self.BUSY_TIMEOUT,
                                       factory=Connection, uri=readonly)
            self._db.path = self.path
            self._db.row_factory = sqlite3.Row
            if readonly:
                self._check_version()
            else:
                self._db.execute("PRAGMA journal_mode=WAL")
                # the write-ahead log back to this size once checkpointed: a VACUUM or a big
                # first poll grew it to the database's size for as long as the daemon ran (a
                # user's review: a 77 MB log beside a 73 MB database on a small SD card)
                self._db.execute(f"PRAGMA journal_size_limit={WAL_LIMIT}")
                self._db.execute("PRAGMA synchronous=NORMAL")
                self._db.execute("PRAGMA foreign_keys=ON")
                self._setup()
            self._check_tables()
        except StoreError as err:
            if isinstance(err.__cause__, sqlite3.Error):  # not a watcher database, a bad file
                raise self._cannot_open(err.__cause__) from err.__cause__
            raise
        except sqlite3.DatabaseError as err:
            raise self._cannot_open(err) from err

    def check_writable(self) -> None:
        """Raise :class:`DatabaseUnusable` unless this process can write the database.

        A read-only file opens, reads and even takes the WAL write lock: the first write fails.
        A daemon on such a file said READY and then failed every poll of every feed for ever,
        never exiting, so systemd never acted; ``once`` reported each feed as failed. A poller
        asks first, and gives up at once with exit status 2. The probe rewrites the schema
        version with itself and rolls back: nothing changes."""
        if self.path == ":memory:":
            return
        try:
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute(f"PRAGMA user_version = {int(version)}")
            finally:
                self._db.execute("ROLLBACK")
        except StoreError as err:  # the connection wraps each sqlite3.Error
            cause = err.__cause__
            if not isinstance(cause, sqlite3.Error) or _busy(cause) or damaged(cause):
                raise
            raise DatabaseUnusable(
                f"{self.path}: cannot write the database: {cause} (the daemon's user needs "
                "write access to the file and its folder)") from cause

    def _cannot_open(self, err: sqlite3.Error) -> StoreError:
        """Another process holding a lock is worth a retry; anything else needs someone to act."""
        text = f"{self.path}: cannot open the database: {err}"
        if damaged(err):
            text += f"; {recovery(self.path)}"
        if Path(self.path).is_dir():
            text = (f"{self.path}: is a folder, not a database file: set [daemon] database (or "
                    f"--database) to a file in it, such as {Path(self.path) / 'watcher.db'}")
        if _busy(err):
            return StoreError(text)
        return DatabaseUnusable(text)

    def _target(self) -> str:
        """What to connect to: the path, or for a reader a read-only URI. A reader in a folder it
        cannot write finds no ``-shm`` file beside a database no process has open, and SQLite
        cannot make one: the file is then opened immutable (nobody is writing it: a writer
        would have made the ``-shm``)."""
        if not self.readonly:
            return self.path
        uri = Path(self.path).resolve().as_uri() + "?mode=ro"
        shm = Path(self.path + "-shm")
        if not shm.exists() and not os.access(Path(self.path).parent, os.W_OK):
            uri += "&immutable=1"
        return uri

    def _check_version(self) -> None:
        """A reader's schema check: it cannot create or upgrade the schema."""
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version != VERSION:
            raise DatabaseUnusable(
                f"{self.path}: database schema version {version}, this watcher reads "
                f"{VERSION}: run `watcher once` as the daemon's user to upgrade it")

    def _check_tables(self) -> None:
        """Refuse a database at this version that lacks a table or column of it (``missing``):
        every command would otherwise fail its own way where it first touched the piece."""
        lack = missing(self._db)
        if lack is not None:
            raise DatabaseUnusable(
                f"{self.path}: {lack} (schema version {VERSION} needs it); the file was changed "
                "outside watcher: restore a backup, or move the file aside and let watcher "
                "start a new one")

    # -- schema -------------------------------------------------------------------------------
    def _setup(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > VERSION:
            raise DatabaseUnusable(
                f"{self.path}: database schema version {version} is newer than this watcher "
                f"understands ({VERSION}); upgrade watcher or use another database"
            )
        if version == 0:
            tables = self._db.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
            ).fetchone()[0]
            if tables:
                raise DatabaseUnusable(
                    f"{self.path}: not a watcher database (tables but no version)")
            with self.transaction():
                for statement in statements(SCHEMA):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {VERSION}")
            return
        while version < VERSION:
            with self.transaction():
                for statement in statements(MIGRATIONS[version]):
                    if needed(self._db, statement):  # done already: a version set back
                        self._db.execute(statement)
                version += 1
                self._db.execute(f"PRAGMA user_version = {version}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` .. ``COMMIT``; any exception rolls the whole block back.

        Grouped polls are committed first. If that fails, the loss is counted (``lost_commits``,
        which the pipeline acts on) and this transaction still runs: marking a sent alert
        delivered must not fail because of someone else's polls, or the alert goes out twice."""
        if not (self._held and self._db.in_transaction and not self._group_feeds):
            with contextlib.suppress(StoreError):
                self.flush()
            self._db.execute("BEGIN IMMEDIATE")
        self._held = False
        try:
            yield self._db
        except BaseException:
            self._feeds.clear()
            self._db.execute("ROLLBACK")
            raise
        else:
            self._db.execute("COMMIT")

    def flush(self) -> None:
        """Commit the feed polls of the open group, if any (``commit_feed(group=True)``)."""
        if not self._group_feeds:
            if self._held and self._db.in_transaction:  # taken for a write that never came
                self._db.execute("COMMIT")
            self._held = False
            return
        try:
            if not self._db.in_transaction:
                raise StoreError(f"{self.path}: the transaction of grouped polls was rolled back")
            self._write_events()
            self._db.execute("COMMIT")
        except BaseException:
            self._lose_group()
            raise
        self._group_urls.clear()

    async def wait_writable(self) -> None:
        """Take SQLite's write lock for the writes that follow without an ``await`` in between,
        waiting for another process's lock (a sqlite3 shell) by sleeping, not on the thread."""
        delay, deadline = 0.01, time.monotonic() + self.WRITE_WAIT
        while not self._db.in_transaction:
            self._db.execute("PRAGMA busy_timeout = 0")
            try:
                self._db.execute("BEGIN IMMEDIATE")
                self._held = True
                return
            except StoreError as err:
                if not _busy(err.__cause__) or time.monotonic() > deadline:
                    raise
            finally:
                self._db.execute(f"PRAGMA busy_timeout = {int(self.BUSY_TIMEOUT * 1000)}")
            await asyncio.sleep(delay)
            delay = min(delay * 2, 0.5)

    @property
    def _group_feeds(self) -> int:
        """Feed polls written since the open group's BEGIN (0: none open)."""
        return len(self._group_urls)

    def take_lost_feeds(self) -> set[str]:
        lost, self._lost_feeds = self._lost_feeds, set()
        return lost

    def _lose_group(self) -> None:
        """The open group's polls are not stored (a failed commit, or SQLite rolled the whole
        transaction back on "disk full"): forget them, count it, end any transaction."""
        if self._group_feeds:
            self.lost_commits += 1
        self._lost_feeds.update(self._group_urls)
        self._group_urls.clear()
        self._events.clear()
        self._feeds.clear()
        if self._db.in_transaction:
            with contextlib.suppress(StoreError):
                self._db.execute("ROLLBACK")

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self._db.close()

    # -- feeds --------------------------------------------------------------------------------
    def feed_state(self, url: str) -> FeedState:
        known = self._feeds.get(url)
        if known is not None:
            return dataclasses.replace(known)  # a copy: the poll changes its own
        row = self._db.execute("SELECT * FROM feeds WHERE url = ?", (url,)).fetchone()
        if row is None:
            return FeedState(url=url)
        # polling needs no item count; ``feed_states`` has it
        state = decode(self.path, "feeds", "url", [row], lambda r: row_to_feed_state(r, 0))[0]
        self._feeds[url] = dataclasses.replace(state)
        return state

    def feed_states(self) -> list[FeedState]:
        counts = dict(
            self._db.execute("SELECT feed_url, count(*) FROM items GROUP BY feed_url").fetchall()
        )
        rows = self._db.execute("SELECT * FROM feeds ORDER BY url").fetchall()
        return decode(self.path, "feeds", "url", rows,
                      lambda r: row_to_feed_state(r, counts.get(r["url"], 0)))

    def save_feed_state(self, state: FeedState) -> None:
        with self.transaction():
            self._save_feed_state(state)

    # -- items and events ---------------------------------------------------------------------
    def known_keys(self, keys: Sequence[str]) -> set[str]:
        return self._known("key", keys)

    def titles_at(self, links: Sequence[str], feed_url: str) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        # the links and their pages, in one lookup per 500 (a steady poll's few hundred new
        # entries: a range query each cost it 8 % more CPU)
        exact = sorted({*links, *(page_of(link) for link in links)})
        for chunk in chunks(exact, 500):
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT link, title FROM items WHERE link IN ({marks}) AND feed_url = ?",
                [*chunk, feed_url],
            ).fetchall()
            for row in rows:
                found.setdefault(page_of(row[0]), set()).add(row[1])
        # a link with a query: the page with any other query ("?v=1733412345"), a range of
        # the link index
        for page in sorted({page_of(link) for link in links if "?" in link}):
            rows = self._db.execute(
                "SELECT title FROM items WHERE feed_url = ? AND link >= ? AND link < ?",
                (feed_url, page + "?", page + "@")).fetchall()
            if rows:
                found.setdefault(page, set()).update(row[0] for row in rows)
        return found

    def known_links(self, links: Sequence[str], *, other_than: str | None = None,
                    ) -> dict[str, str]:
        found: dict[str, str] = {}
        feed = "" if other_than is None else " AND feed_url != ?"
        for chunk in chunks(list(links), 500):
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT link, key FROM items WHERE link IN ({marks}){feed}",
                chunk if other_than is None else [*chunk, other_than],
            ).fetchall()
            found.update({row[0]: row[1] for row in rows})
        return found

    def _known(self, column: str, values: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for chunk in chunks(list(values), 500):
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT {column} FROM items WHERE {column} IN ({marks})", chunk
            ).fetchall()
            found.update(row[0] for row in rows)
        return found

    def prune(self, before: datetime, event_ids: Sequence[str] = (),
              spare: Sequence[str] = ()) -> int:
        """Retention: drop items published and first seen before ``before`` but those of the
        events in ``spare`` (``retention.awaited``: open events whose day is still to come),
        the events in ``event_ids`` (the tracker decides, sparing ``events_seen_since`` and
        ``spare``) with their history, and finished outbox rows done before ``before`` whose
        event is gone (an event kept keeps the thread its alerts reply to); returns items
        dropped. When it drops any, ``before`` is recorded (``pruned_before``)."""
        cutoff = ts(before)
        with self.transaction() as db:
            db.execute("CREATE TEMP TABLE IF NOT EXISTS spared (id TEXT PRIMARY KEY)")
            db.execute("DELETE FROM temp.spared")
            db.executemany("INSERT OR IGNORE INTO temp.spared VALUES (?)",
                           [(e,) for e in spare])
            cur = db.execute(
                "DELETE FROM items WHERE published < ? AND first_seen < ?"
                " AND (event_id IS NULL OR event_id NOT IN (SELECT id FROM temp.spared))",
                (cutoff, cutoff))
            removed = cur.rowcount
            if removed:
                db.execute("INSERT INTO meta (key, value) VALUES ('pruned_before', ?)"
                           " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (cutoff,))
            db.execute("DELETE FROM temp.spared")
            for chunk in chunks(list(event_ids), 500):
                marks = ",".join("?" * len(chunk))
                db.execute(f"DELETE FROM events WHERE id IN ({marks})", chunk)
                db.execute(f"DELETE FROM event_history WHERE event_id IN ({marks})", chunk)
            db.execute("DELETE FROM outbox WHERE state != 'pending' AND done_at < ?"
                       " AND event_id NOT IN (SELECT id FROM events)", (cutoff,))
            return removed



def _busy(err: BaseException | None) -> bool:
    """Is ``err`` SQLite's "another connection holds the lock" (worth a wait and a retry)?"""
    return getattr(err, "sqlite_errorname", "").startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))
