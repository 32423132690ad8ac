"""A database changed or damaged outside watcher: every command says so in one line.

A user's review (the seventh, findings 3 and 4) touched a database of the current schema version
by hand (a column or table dropped, a row's JSON or time rewritten, ``user_version`` set back)
and damaged data pages of another: the commands gave tracebacks, exit statuses that depended on
which one happened to touch the missing piece, and ``once`` exited 0 while every poll failed.
The databases here are real files written by :class:`SQLiteStore`, then changed with sqlite3.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.test_cli import write_config
from tests.test_store import NOW, alert, event_dict, item, outcome
from watcher.cli import main
from watcher.errors import DatabaseUnusable
from watcher.models import FeedState
from watcher.store import SQLiteStore
from watcher.store.schema import VERSION

FEED = "http://127.0.0.1/a.xml"
COMMANDS = (["events", "--json"], ["status"], ["explain", "http://x/1"], ["once"])


def written(path: Path) -> Path:
    """A database as a poll leaves it: a feed, items of an event, its history, an alert."""
    store = SQLiteStore(path)
    try:
        a, b = item(1), item(2)
        store.commit_feed(
            FeedState(url=FEED, entry_keys={"k1": ""}), [a, b],
            [outcome(a, "e1"), outcome(b, "e1", ("planned", "cancelled"))],
            [event_dict("e1")], [(alert("e1", a), ["hook"])], NOW)
        store.sync_watches([])
    finally:
        store.close()
    return path


def touched(tmp_path: Path, sql: str) -> tuple[Path, Path]:
    """A config and its database, written by watcher, then changed by ``sql``."""
    config, db = write_config(tmp_path), written(tmp_path / "w.db")
    with sqlite3.connect(db) as con:
        con.executescript(sql)
    con.close()
    return config, db


def run_all(config: Path, capsys: pytest.CaptureFixture[str]) -> list[tuple[int, str]]:
    """Each command's exit status and stderr (a traceback would raise out of ``main``)."""
    out = []
    for args in COMMANDS:
        code = main([*args, "--config", str(config)])
        out.append((code, capsys.readouterr().err))
    return out


@pytest.mark.parametrize(("sql", "said"), [
    ("ALTER TABLE feeds DROP COLUMN entry_keys", "table feeds has no column entry_keys"),
    ("ALTER TABLE items DROP COLUMN lang", "table items has no column lang"),
    ("ALTER TABLE outbox DROP COLUMN ref", "table outbox has no column ref"),
    ("DROP TABLE event_history", "the database has no table event_history"),
    ("ALTER TABLE event_history DROP COLUMN why", "table event_history has no column why"),
    ("DROP TABLE watch_names", "the database has no table watch_names"),
])
def test_a_missing_table_or_column_is_one_line_and_exit_2_from_every_command(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], sql: str, said: str) -> None:
    config, db = touched(tmp_path, sql)
    for code, err in run_all(config, capsys):
        assert code == 2, err  # only a person can fix it: RestartPreventExitStatus=2
        assert err.splitlines()[-1] == (
            f"watcher: error: {db}: {said} (schema version {VERSION} needs it); the file was "
            "changed outside watcher: restore a backup, or move the file aside and let "
            "watcher start a new one")


def test_a_reader_of_a_read_only_copy_checks_the_tables_too(tmp_path: Path) -> None:
    _, db = touched(tmp_path, "ALTER TABLE items DROP COLUMN lang")
    with pytest.raises(DatabaseUnusable, match="table items has no column lang"):
        SQLiteStore(db, readonly=True)


def test_extra_tables_columns_views_triggers_and_a_dropped_index_are_harmless(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config, _ = touched(tmp_path, """
        CREATE TABLE my_notes (x TEXT); INSERT INTO my_notes VALUES ('hi');
        ALTER TABLE items ADD COLUMN my_tag TEXT;
        ALTER TABLE events ADD COLUMN my_tag TEXT DEFAULT 'x';
        CREATE VIEW v AS SELECT * FROM items;
        CREATE TRIGGER t AFTER INSERT ON items BEGIN SELECT 1; END;
        DROP INDEX items_link;
    """)
    for code, err in run_all(config, capsys):
        assert code == 0, err


@pytest.mark.parametrize("sql", [
    *(f"PRAGMA user_version = {v}" for v in range(1, VERSION)),
    "DROP TABLE meta; DROP TABLE watch_names; PRAGMA user_version = 3",  # a v3 backup's tables
    "DROP TABLE meta; PRAGMA user_version = 4",  # a v4 backup's tables
    # a v5 backup's tables
    "ALTER TABLE event_history DROP COLUMN why; PRAGMA user_version = 5",
])
def test_a_schema_version_set_back_migrates_again_over_what_is_there(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], sql: str) -> None:
    """It failed with SQLite's "table watch_names already exists" or "duplicate column name:
    entry_keys", from every command: each migration step now skips what it finds done."""
    config, db = touched(tmp_path, sql)
    assert main(["events", "--json", "--config", str(config)]) == 0, capsys.readouterr().err
    assert [e["id"] for e in json.loads(capsys.readouterr().out)] == ["e1"]
    assert main(["once", "--config", str(config)]) == 0, capsys.readouterr().err
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA user_version").fetchone()[0] == VERSION
        indexes = {row[0] for row in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
    con.close()
    assert {"items_link", "items_event", "events_last_seen"} <= indexes


HINT = "; the file was changed outside watcher: correct or delete that row (sqlite3 {db}), or " \
       "restore a backup"


@pytest.mark.parametrize(("sql", "said", "codes"), [
    # explain and the pollers read every event's state (the tracker's start); events does not
    ("UPDATE events SET state = '{not json'",
     "table events, row id = 'e1': state is not JSON: '{not json'", (0, 0, 2, 2)),
    ("UPDATE events SET state = '{}'",  # JSON, not an event's: KeyError deep in the tracker
     "table events, row id = 'e1': KeyError: 'id'", (0, 0, 2, 2)),
    ("UPDATE items SET published = 'yesterday' WHERE key = 'k1'",
     "table items, row key = 'k1': published is not an ISO time: 'yesterday'", (2, 0, 2, 0)),
    ("UPDATE event_history SET at = 5",
     "table event_history, row id = 1: at is not an ISO time: '5'", (2, 0, 0, 0)),
    ("UPDATE feeds SET next_due = 'soon'",
     "table feeds, row url = 'http://127.0.0.1/a.xml': next_due is not an ISO time: 'soon'",
     (0, 2, 0, 0)),
    ("UPDATE outbox SET payload = 'x'",
     "table outbox, row id = 1: payload is not JSON: 'x'", (0, 0, 0, 2)),
])
def test_a_row_that_cannot_be_read_is_one_line_naming_table_row_and_column(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], sql: str, said: str,
        codes: tuple[int, ...]) -> None:
    """``JSONDecodeError`` and ``Invalid isoformat string`` tracebacks in ``events``,
    ``explain`` and ``once``. A command that reads the row refuses (exit 2, the row named); one
    that does not read it goes on."""
    config, db = touched(tmp_path, sql)
    for args, (code, err), wanted in zip(COMMANDS, run_all(config, capsys), codes, strict=True):
        assert code == wanted, (args, err)
        if wanted:
            assert err.splitlines()[-1] == f"watcher: error: {db}: {said}" + HINT.format(db=db)


def many(path: Path, n: int = 300) -> Path:
    """A database whose tables span many pages: ``n`` items, each in an event of its own."""
    store = SQLiteStore(path)
    try:
        items = [item(i) for i in range(n)]
        store.commit_feed(FeedState(url=FEED), items,
                          [outcome(it, f"e{i}", ("planned", "cancelled"))
                           for i, it in enumerate(items)],
                          [event_dict(f"e{i}") for i in range(n)], [], NOW)
    finally:
        store.close()
    return path


def damage(db: Path, *tables: str, keep_first: bool = False) -> None:
    """Overwrite the pages of ``tables`` (and their indexes; every table's when none is named)
    with bytes SQLite cannot read, leaving the schema (page 1) whole, as a failing disk does;
    ``keep_first``: only leaves, and the first of each stays readable (in the b-tree's order),
    so that a scan fails past its first row."""
    with sqlite3.connect(db) as con:
        pages = con.execute(
            "SELECT pageno, name, pagetype FROM dbstat WHERE name != 'sqlite_schema'"
            " ORDER BY name, path").fetchall()
        owners = {name: table for name, table in con.execute(
            "SELECT name, tbl_name FROM sqlite_master")}
    con.close()
    first: set[str] = set()
    with db.open("r+b") as f:
        for page, name, kind in pages:
            if tables and owners.get(name) not in tables:
                continue
            if keep_first and kind != "leaf":
                continue
            if keep_first and name not in first:
                first.add(name)
                continue
            f.seek((page - 1) * 4096)
            f.write(b"\xff" * 4096)


def advice(db: Path) -> str:
    return (f"the file is damaged: check it with `sqlite3 {db} \"PRAGMA integrity_check\"`, "
            f"save what can be saved with `sqlite3 {db} .recover`, or restore a backup")


def test_a_damaged_file_is_one_line_with_what_to_do_and_exit_2_from_every_command(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A ``database disk image is malformed`` traceback in ``events --json``, exit 1 without a
    word of what to do in ``status`` and ``once`` (a user's review, finding 4)."""
    config, db = write_config(tmp_path), many(tmp_path / "w.db")
    damage(db)
    for code, err in run_all(config, capsys):
        assert code == 2, err
        assert err.splitlines()[-1].endswith(f"database disk image is malformed; {advice(db)}")
        assert len(err.splitlines()) == 1, err  # once: no ERROR per feed before it


def test_damage_met_past_a_querys_first_row_is_translated_too(tmp_path: Path) -> None:
    """SQLite reads a damaged page when a fetch reaches it, after ``execute`` returned: that is
    where the traceback of ``events --json`` came from."""
    db = many(tmp_path / "w.db")
    damage(db, "items", keep_first=True)
    store = SQLiteStore(db)
    try:
        cursor = store._db.execute("SELECT title FROM items")  # a scan, in page order
        assert cursor.fetchone() is not None
        with pytest.raises(DatabaseUnusable, match="malformed; the file is damaged"):
            cursor.fetchall()
        with pytest.raises(DatabaseUnusable, match="malformed; the file is damaged"):
            list(store._db.execute("SELECT title FROM items"))
    finally:
        store.close()


@pytest.mark.parametrize("command", ["once", "run"])
def test_damage_met_by_a_poll_stops_the_poller_with_exit_2(tmp_path: Path,
                                                          command: str) -> None:
    """The items' pages damaged, the events' whole: the poller starts, and its first poll of a
    new article meets the damage. ``once`` said it as an ERROR a feed and exited 0 or 1; ``run``
    kept polling, failing every poll, until stopped (a user's review)."""
    from datetime import UTC, datetime

    from tests.feedserver import FeedServer
    from tests.test_cli import run
    from tests.test_e2e import rss

    db = many(tmp_path / "w.db")
    damage(db, "items")
    with FeedServer() as server:
        url = server.feed("/a.xml", rss("Courier", [{
            "title": "Putin visit to Budapest called off", "link": "https://courier.example/9",
            "summary": "The summit is off.", "published": datetime.now(UTC)}]))
        config = write_config(tmp_path, f'\n[[feed]]\nurl = "{url}"\ninterval = "1m"\n')
        proc = run(command, "--config", str(config))
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if "malformed" in line]
    assert len(errors) == 1 and advice(db) in errors[0], proc.stderr
