"""Contract tests for every ``Store`` implementation (SQLite today), plus SQLite specifics:
schema versioning, one transaction per feed, and consistency after ``kill -9``."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from watcher.core.types import AlertIntent, EventSnapshot, Outcome, StatusReading, WatchMatch
from watcher.errors import StoreError
from watcher.models import FeedState, Item
from watcher.store import SQLiteStore
from watcher.store.base import Store
from watcher.store.schema import VERSION

NOW = datetime(2025, 10, 21, 20, 0, tzinfo=UTC)

IMPLEMENTATIONS: dict[str, Callable[[Path], Store]] = {
    "sqlite": lambda tmp: SQLiteStore(tmp / "watcher.db"),
}


@pytest.fixture(params=sorted(IMPLEMENTATIONS))
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    s = IMPLEMENTATIONS[request.param](tmp_path)
    yield s
    s.close()


def item(n: int, *, link: str | None = None, feed: str = "http://127.0.0.1/a.xml") -> Item:
    return Item(
        key=f"k{n}", title=f"Title {n}", summary="Summary", link=link or f"http://x/{n}",
        source="Outlet", published=NOW - timedelta(hours=n), feed_url=feed, lang="en",
        first_seen=NOW,
    )


def event_dict(event_id: str, status: str = "planned") -> dict[str, object]:
    return {"id": event_id, "title": "Summit in Budapest", "status": status,
            "first_seen": "2025-10-16T20:05:00Z", "last_seen": "2025-10-21T20:00:00Z",
            "watches": ["putin"]}


def alert(event_id: str, it: Item, *, kind: str = "new_event", status: str = "planned",
          previous: str | None = None) -> AlertIntent:
    snap = EventSnapshot(event_id, "Summit in Budapest", status, previous, 1, NOW)
    return AlertIntent(kind, "putin", snap, it)  # type: ignore[arg-type]


def outcome(it: Item, event_id: str, transition: tuple[str, str] | None = None) -> Outcome:
    return Outcome(item=it, matches=(WatchMatch("putin", ("Putin",)),),
                   reading=StatusReading("planned", 1.0), event_id=event_id,
                   new_event=True, transition=transition)


def test_feed_state_round_trip(store: Store) -> None:
    assert store.feed_state("http://a/feed").etag is None
    state = FeedState(url="http://a/feed", etag='"x"', last_modified="Tue, 21 Oct 2025",
                      next_due=NOW, failures=2, last_error="HTTP 500", last_error_at=NOW)
    store.save_feed_state(state)
    got = store.feed_state("http://a/feed")
    assert (got.etag, got.next_due, got.failures, got.last_error) == ('"x"', NOW, 2, "HTTP 500")
    assert [s.url for s in store.feed_states()] == ["http://a/feed"]


def test_feed_state_changes_are_written_column_by_column(tmp_path: Path) -> None:
    """A known feed's next poll writes only the columns it changed; what a new connection reads
    is what was saved, whatever changed, set or cleared; and a read is the caller's copy."""
    from dataclasses import replace

    path = tmp_path / "watcher.db"
    url = "http://a/feed"
    first = FeedState(url=url, etag='"1"', last_modified="Tue, 21 Oct 2025", next_due=NOW,
                      last_success=NOW, failures=0, entry_keys={"k1": "0a1b2c3d", "k2": ""})
    steps = [
        first,
        replace(first, next_due=NOW + timedelta(minutes=5), last_success=NOW + timedelta(1)),
        replace(first, etag=None, failures=3, last_error="HTTP 500", last_error_at=NOW,
                entry_keys={"k3": "ffffffff"}),
        replace(first, last_error=None, last_error_at=None, moved_to="http://b/feed",
                disabled="410 Gone", entry_keys={}, body_hash="abc"),
    ]
    store = SQLiteStore(path)
    try:
        for state in steps:
            store.commit_feed(state, [], [], [], [], NOW)
            other = SQLiteStore(path)  # another connection reads the file, not the cache
            try:
                assert replace(other.feed_state(url), items=0) == state
            finally:
                other.close()
            mine = store.feed_state(url)
            assert mine == state
            mine.failures = 99  # the caller's copy: the next read is the stored state
            assert store.feed_state(url).failures == state.failures
    finally:
        store.close()


def test_a_remembered_state_whose_row_is_gone_is_written_whole(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "watcher.db")
    try:
        store.save_feed_state(FeedState(url="http://a", etag='"1"', failures=1))
        store._db.execute("DELETE FROM feeds")  # lost behind the store's back
        store.save_feed_state(FeedState(url="http://a", etag='"1"', failures=2))
        row = store._db.execute("SELECT etag, failures FROM feeds").fetchall()
        assert [tuple(r) for r in row] == [('"1"', 2)]
    finally:
        store.close()


def test_a_lost_group_forgets_the_feed_states_it_held(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Feed states written in a group that is then lost are read from the file again."""
    path = tmp_path / "watcher.db"
    store = SQLiteStore(path)
    monkeypatch.setattr(store, "GROUP_SECONDS", 600.0)
    try:
        store.commit_feed(FeedState(url="http://a", etag='"old"'), [], [], [], [], NOW)
        store.commit_feed(FeedState(url="http://a", etag='"new"'), [], [], [], [], NOW,
                          group=True)
        assert store.feed_state("http://a").etag == '"new"'  # the open group's own write
        store._db.execute("ROLLBACK")  # the group's transaction is gone ("disk full")
        with pytest.raises(StoreError):
            store.flush()
        assert store.lost_commits == 1
        assert store.feed_state("http://a").etag == '"old"'
    finally:
        store.close()


def test_commit_feed_stores_everything_and_dedupes_alerts(store: Store) -> None:
    a, b = item(1), item(2)
    intent = alert("e1", a)
    n = store.commit_feed(
        FeedState(url=a.feed_url, etag='"1"'), [a, b],
        [outcome(a, "e1", ("unknown", "planned")), outcome(b, "e1")],
        [event_dict("e1")], [(intent, ("chat", "mail"))], NOW,
    )
    assert n == 1  # one alert, to two notifiers
    assert store.known_keys(["k1", "k2", "k3"]) == {"k1", "k2"}
    assert store.known_links(["http://x/1", "http://nope"]) == {"http://x/1": "k1"}
    assert store.known_links(["http://x/1"], other_than="http://elsewhere/") == {"http://x/1": "k1"}
    assert store.known_links(["http://x/1"], other_than=a.feed_url) == {}  # its own feed's
    assert {s.url: s.items for s in store.feed_states()} == {a.feed_url: 2}
    # The same transition again (a second daemon pass, a replayed poll) enqueues nothing.
    again = store.commit_feed(FeedState(url=a.feed_url), [], [], [], [(intent, ("chat",))], NOW)
    assert again == 0
    [ev] = store.events()
    assert ev["status"] == "planned" and ev["watches"] == ["putin"]
    assert [i["link"] for i in ev["items"]] == ["http://x/2", "http://x/1"]  # by published
    assert ev["history"] == [{"status": "planned", "at": "2025-10-21T19:00:00Z",
                              "link": "http://x/1", "why": None}]
    assert store.events("other") == []
    assert store.load_events()[0]["id"] == "e1"


def test_a_vacuum_by_another_program_gives_its_log_back(tmp_path: Path) -> None:
    """A VACUUM run beside the daemon writes a log as big as the database; the daemon's next
    writes shrink it to ``WAL_LIMIT`` (a user's review: 77 MB beside 73 MB until a restart)."""
    from watcher.store.sqlite import WAL_LIMIT

    path = tmp_path / "watcher.db"
    store = SQLiteStore(path)
    try:
        big = [Item(key=f"k{n}", title="t" * 200, summary="s" * 2000, link=f"http://x/{n}",
                    source="src", published=NOW, lang="en", feed_url="http://a/feed")
               for n in range(6000)]
        store.commit_feed(FeedState(url="http://a/feed"), big, [], [], [], NOW)
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        other.execute("VACUUM")
        other.close()
        wal = Path(f"{path}-wal")
        assert wal.stat().st_size > 2 * WAL_LIMIT  # the VACUUM's log
        for n in range(3):
            store.save_feed_state(FeedState(url=f"http://b/{n}"))
        assert wal.stat().st_size <= WAL_LIMIT
    finally:
        store.close()


def test_commit_feed_is_one_transaction(store: Store) -> None:
    a = item(1)
    broken = {"id": "e1"}  # no title: the insert fails after the items were written
    with pytest.raises(KeyError):
        store.commit_feed(FeedState(url=a.feed_url, etag='"new"'), [a], [outcome(a, "e1")],
                          [broken], [], NOW)
    assert store.known_keys(["k1"]) == set()
    assert store.feed_state(a.feed_url).etag is None
    if isinstance(store, SQLiteStore):
        assert not store._db.in_transaction  # nothing left open for the next poll to join


def test_outbox_lifecycle_and_threads(store: Store) -> None:
    a, b = item(1), item(2)
    store.commit_feed(FeedState(url=a.feed_url), [a], [outcome(a, "e1")], [event_dict("e1")],
                      [(alert("e1", a), ("chat",))], NOW)
    [first] = store.due_deliveries(NOW)
    assert first.thread_ref is None and first.payload["kind"] == "new_event"
    store.mark_delivered(first.id, "m-42", NOW)
    store.commit_feed(FeedState(url=a.feed_url), [b], [outcome(b, "e1")],
                      [event_dict("e1", "cancelled")],
                      [(alert("e1", b, kind="status_change", status="cancelled",
                              previous="planned"), ("chat", "hook"))], NOW)
    due = store.due_deliveries(NOW)
    assert [d.notifier for d in due] == ["chat", "hook"]
    assert due[0].thread_ref == "m-42" and due[1].thread_ref is None
    store.mark_retry(due[0].id, "HTTP 502", NOW + timedelta(minutes=1))
    assert [d.notifier for d in store.due_deliveries(NOW)] == ["hook"]
    assert [d.notifier for d in store.due_deliveries(NOW + timedelta(minutes=1))] == [
        "chat", "hook"]
    store.defer(due[1].id, NOW + timedelta(hours=8))
    assert [d.notifier for d in store.pending_deliveries()] == ["chat", "hook"]
    store.mark_failed(due[1].id, "HTTP 403: bot blocked", NOW)
    counts = store.delivery_counts()
    assert counts["chat"] == {"pending": 1, "failed": 0, "delivered": 1}
    assert counts["hook"]["failed"] == 1
    [(failed, error)] = store.failed_deliveries()
    assert failed.notifier == "hook" and error == "HTTP 403: bot blocked"


def test_prune_drops_old_items_and_events(store: Store) -> None:
    a = item(1)
    store.commit_feed(FeedState(url=a.feed_url), [a], [outcome(a, "e1")], [event_dict("e1")],
                      [], NOW)
    assert store.prune(NOW - timedelta(days=1), ["e1"]) == 0
    assert store.events() == []
    assert store.prune(NOW + timedelta(days=1)) == 1


def test_schema_version_and_newer_database_refused(tmp_path: Path) -> None:
    path = tmp_path / "w.db"
    SQLiteStore(path).close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == VERSION
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        db.execute(f"PRAGMA user_version = {VERSION + 1}")
    with pytest.raises(StoreError, match="newer than this watcher understands"):
        SQLiteStore(path)


def test_foreign_database_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE notes (x)")
    with pytest.raises(StoreError, match="not a watcher database"):
        SQLiteStore(path)


WRITER = textwrap.dedent("""
    import sys
    from datetime import UTC, datetime, timedelta
    from watcher.core.types import Outcome, StatusReading
    from watcher.models import FeedState, Item
    from watcher.store import SQLiteStore
    store = SQLiteStore(sys.argv[1])
    now = datetime(2025, 1, 1, tzinfo=UTC)
    print("ready", flush=True)
    for n in range(1_000_000):
        items = [Item(key=f"{n}-{i}", title="t", summary="s" * 2000, link=f"http://x/{n}/{i}",
                      source="o", published=now, feed_url="http://f", first_seen=now)
                 for i in range(20)]
        outs = [Outcome(item=it, reading=StatusReading(None), event_id=f"e{n}") for it in items]
        ev = {"id": f"e{n}", "title": "t", "status": "unknown", "first_seen": now.isoformat(),
              "last_seen": now.isoformat(), "watches": ["w"], "n": n}
        store.commit_feed(FeedState(url="http://f", etag=str(n)), items, outs, [ev], [], now)
""")


def test_kill_9_leaves_a_consistent_database(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db)], stdout=subprocess.PIPE,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(1.0)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    store = SQLiteStore(db)
    try:
        con = store._db
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        events = con.execute("SELECT count(*) FROM events").fetchone()[0]
        assert events > 0, "the writer never committed: the test proved nothing"
        # Every committed poll is whole: 20 items per event, and the feed's etag is the last one.
        sizes = {n for (n,) in con.execute("SELECT count(*) FROM items GROUP BY event_id")}
        assert sizes == {20}
        orphans = con.execute(
            "SELECT count(*) FROM items WHERE event_id NOT IN (SELECT id FROM events)"
        ).fetchone()[0]
        assert orphans == 0
        assert store.feed_state("http://f").etag == str(events - 1)
    finally:
        store.close()


def _committed_keys(path: Path) -> set[str]:
    """What another process would see: a second connection reads committed data only."""
    with sqlite3.connect(path) as other:
        return {row[0] for row in other.execute("SELECT key FROM items")}


def test_group_commit_lands_whole_polls_and_only_on_flush(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "watcher.db"
    store = SQLiteStore(path)
    monkeypatch.setattr(store, "GROUP_SECONDS", 600.0)  # a slow machine must not commit early
    try:
        a, b, c = item(1), item(2, feed="http://127.0.0.1/b.xml"), item(3)
        store.commit_feed(FeedState(url=a.feed_url), [a], [outcome(a, "e1")],
                          [event_dict("e1")], [(alert("e1", a), ("chat",))], NOW, group=True)
        with pytest.raises(KeyError):  # a broken poll in the group: only it is rolled back
            store.commit_feed(FeedState(url=b.feed_url), [b], [], [{"title": "no id"}], [], NOW,
                              group=True)
        store.commit_feed(FeedState(url=c.feed_url), [c], [], [], [], NOW, group=True)
        assert _committed_keys(path) == set()  # nothing committed yet ...
        assert store.known_keys(["k1", "k2", "k3"]) == {"k1", "k3"}  # ... but read back here
        # the sender reads the outbox only after a commit: no alert of an unstored poll is sent
        assert [d.event_id for d in store.due_deliveries(NOW)] == ["e1"]
        assert _committed_keys(path) == {"k1", "k3"}
        store.commit_feed(FeedState(url=b.feed_url), [b], [], [], [], NOW)  # not grouped
        assert _committed_keys(path) == {"k1", "k2", "k3"}
        store.commit_feed(FeedState(url=b.feed_url), [item(4)], [], [], [], NOW, group=True)
        assert "k4" not in _committed_keys(path)
        assert len(store.pending_deliveries()) == 1  # reading the outbox commits the group first
        assert "k4" in _committed_keys(path)
        store.commit_feed(FeedState(url=b.feed_url), [item(5)], [], [], [], NOW, group=True)
    finally:
        store.close()  # commits the open group
    assert _committed_keys(path) == {"k1", "k2", "k3", "k4", "k5"} and store.lost_commits == 0


def test_a_group_is_committed_after_its_size_or_age(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "watcher.db"
    store = SQLiteStore(path)
    monkeypatch.setattr(store, "GROUP_FEEDS", 3)
    try:
        for n in range(3):
            store.commit_feed(FeedState(url=f"http://f/{n}"), [item(n)], [], [], [], NOW,
                              group=True)
        assert _committed_keys(path) == {"k0", "k1", "k2"}  # the third filled the group
        monkeypatch.setattr(store, "GROUP_SECONDS", 0.0)
        store.commit_feed(FeedState(url="http://f/9"), [item(9)], [], [], [], NOW, group=True)
        assert "k9" in _committed_keys(path)  # older than GROUP_SECONDS: committed at once
    finally:
        store.close()


def test_an_event_changed_by_several_grouped_polls_is_written_as_it_stands(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "watcher.db"
    store = SQLiteStore(path)
    monkeypatch.setattr(store, "GROUP_SECONDS", 600.0)
    try:
        for n, status in enumerate(("planned", "postponed", "cancelled")):
            it = item(n)
            store.commit_feed(FeedState(url=f"http://f/{n}"), [it], [outcome(it, "e1")],
                              [event_dict("e1", status)], [], NOW, group=True)
        # the open group's latest state is what a rebuild of the tracker reads ...
        assert [e["status"] for e in store.load_events()] == ["cancelled"]
        store.flush()
        with sqlite3.connect(path) as other:  # ... and what was committed
            assert other.execute("SELECT id, status FROM events").fetchall() == [
                ("e1", "cancelled")]
    finally:
        store.close()


def test_a_version_1_database_is_migrated_and_keeps_its_items(tmp_path: Path) -> None:
    from watcher.store.schema import SCHEMA

    v1 = SCHEMA.replace(
        "CREATE INDEX items_event ON items (event_id, published) WHERE event_id IS NOT NULL;",
        "CREATE INDEX items_event ON items (event_id, published);\n"
        "CREATE INDEX items_feed ON items (feed_url);").replace(
        "moved_to TEXT,\n    entry_keys TEXT\n", "moved_to TEXT\n").replace(
        "watches TEXT,\n    why TEXT\n", "watches TEXT\n").replace(
        "CREATE TABLE watch_names (\n    name TEXT PRIMARY KEY,\n    signature TEXT NOT NULL\n);",
        "")
    assert "entry_keys" not in v1 and "watch_names" not in v1 and "watches TEXT\n" in v1
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as db:
        db.executescript(v1)
        db.execute("INSERT INTO items (key, feed_url, title, summary, source, published,"
                   " first_seen, event_id) VALUES ('k1', 'http://f', 'T', 'S', 'O',"
                   " '2025-10-21T20:00:00.000000Z', '2025-10-21T20:00:00.000000Z', 'e1')")
        db.execute("INSERT INTO feeds (url, etag) VALUES ('http://f', '\"v1\"')")
        db.execute("PRAGMA user_version = 1")
    store = SQLiteStore(path)
    try:
        assert store.known_keys(["k1"]) == {"k1"} and store.item_event("k1") == "e1"
        state = store.feed_state("http://f")
        assert state.etag == '"v1"' and state.entry_keys == {}
        state.entry_keys = {"k1": "0a1b2c3d", "guid:ünïcode": ""}
        store.save_feed_state(state)
        assert store.feed_state("http://f").entry_keys == {"k1": "0a1b2c3d", "guid:ünïcode": ""}
        # written before titles were fingerprinted: a list of keys, their titles unknown
        with sqlite3.connect(path) as db:
            db.execute("""UPDATE feeds SET entry_keys = '["k1", "k2"]'""")
        fresh = SQLiteStore(path)  # another connection reads the file, not the cache
        try:
            assert fresh.feed_state("http://f").entry_keys == {"k1": "", "k2": ""}
        finally:
            fresh.close()
    finally:
        store.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == VERSION == 7
        indexes = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                                  " AND tbl_name = 'items' AND sql IS NOT NULL"))
    assert set(indexes) == {"items_link", "items_event"}
    assert "WHERE event_id IS NOT NULL" in indexes["items_event"]


def test_disk_full_in_a_group_loses_the_group_whole_and_leaves_the_store_usable(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite rolls the whole transaction back on "disk full": the group's earlier polls are
    gone too. That is counted, nothing of them lands later, and the next polls work."""
    from dataclasses import replace

    path = tmp_path / "watcher.db"
    store = SQLiteStore(path)
    monkeypatch.setattr(store, "GROUP_SECONDS", 600.0)
    try:
        a = item(1)
        store.commit_feed(FeedState(url=a.feed_url), [a], [outcome(a, "e1")], [event_dict("e1")],
                          [(alert("e1", a), ("chat",))], NOW, group=True)
        pages = store._db.execute("PRAGMA page_count").fetchone()[0]
        store._db.execute(f"PRAGMA max_page_count = {pages + 2}")  # the disk fills up
        bigs = [replace(item(n), summary="y" * 20000) for n in range(10, 20)]
        with pytest.raises(StoreError, match="full"):
            store.commit_feed(FeedState(url="http://b"), bigs, [], [], [], NOW, group=True)
        assert store.lost_commits == 1 and not store._db.in_transaction
        store._db.execute("PRAGMA max_page_count = 1073741823")  # space again
        assert store.load_events() == []  # the lost poll's event is not written on its own
        c = item(3)
        store.commit_feed(FeedState(url="http://c"), [c], [], [], [], NOW, group=True)
        assert _committed_keys(path) == set()  # grouped again, properly
        store.flush()
        assert store.lost_commits == 1 and _committed_keys(path) == {"k3"}
        assert store.due_deliveries(NOW) == []  # the lost poll's alert was never sendable
    finally:
        store.close()


def test_marking_a_sent_alert_delivered_survives_a_failed_group_commit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The sender marks an alert delivered while polls of another group are open; if that
    group cannot be committed, the mark must still land (else the alert goes out again)."""
    store = SQLiteStore(tmp_path / "watcher.db")
    monkeypatch.setattr(store, "GROUP_SECONDS", 600.0)
    try:
        a = item(1)
        store.commit_feed(FeedState(url=a.feed_url), [a], [outcome(a, "e1")], [event_dict("e1")],
                          [(alert("e1", a), ("chat",))], NOW)
        [sent] = store.due_deliveries(NOW)
        b = item(2)
        store.commit_feed(FeedState(url=b.feed_url), [b], [], [], [], NOW, group=True)

        def failing() -> None:
            raise StoreError("watcher.db: database or disk is full")

        monkeypatch.setattr(store, "_write_events", failing)
        store._events["e9"] = ((), {})  # something to write at the group's commit
        store.mark_delivered(sent.id, "msg-1", NOW)
        assert store.lost_commits == 1
        assert store.due_deliveries(NOW) == [] and store.pending_deliveries() == []
    finally:
        store.close()


def test_another_process_holding_the_write_lock_fails_a_write_soon_and_loses_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the wait happens on the daemon's event loop: it must be short (and a failed poll retried)
    assert SQLiteStore.BUSY_TIMEOUT <= 10
    monkeypatch.setattr(SQLiteStore, "BUSY_TIMEOUT", 0.2)
    path = tmp_path / "w.db"
    store = SQLiteStore(path)
    store.save_feed_state(FeedState(url="http://a/", etag="e1"))
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # a sqlite3 shell, a VACUUM ...
    try:
        with pytest.raises(StoreError, match="locked"):
            store.save_feed_state(FeedState(url="http://a/", etag="e2"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert store.feed_state("http://a/").etag == "e1"  # the stored state is intact
    store.save_feed_state(FeedState(url="http://a/", etag="e2"))  # and the next write lands
    assert store.feed_state("http://a/").etag == "e2"
    store.close()
