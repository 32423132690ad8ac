"""Rows <-> values: how the SQLite store writes datetimes, items, feed states and deliveries.

Datetimes are fixed-width UTC text (microseconds kept), so text order is time order in SQL.

A row that cannot be read back (a time that is not ISO text, JSON that is not JSON: written by
hand, not by watcher) is reported by :func:`decode` as one line naming the table, the row and
the column, exit status 2: a user's review found ``JSONDecodeError`` and ``Invalid isoformat
string`` tracebacks in ``events``, ``explain`` and ``once``. The commands refuse rather than
skip it: a poller that skipped an event would forget what it told about it (and tell it again),
and a reading command that left rows out with exit status 0 would mislead the scripts that read
it. The message names the row, so one ``UPDATE`` or ``DELETE`` in sqlite3 mends it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from typing import Any, TypeVar

from watcher.core.types import Outcome
from watcher.errors import DatabaseUnusable, StoreError
from watcher.models import FeedState, Item
from watcher.revisions import UNKNOWN
from watcher.store.base import Delivery


def ts(dt: datetime | None) -> str | None:
    """Fixed-width UTC text for a datetime (microseconds kept: order within a second matters)."""
    if dt is None:
        return None
    if dt.tzinfo is UTC:  # nearly every datetime (normalize and the clock give UTC): its
        # "+00:00" cut off, without asking the offset and copying the datetime (a first poll
        # writes 30,000 of them); isoformat without a ``timespec`` to parse shows microseconds
        # only when there are any
        text = dt.isoformat()
        return text[:-6] + "Z" if dt.microsecond else text[:-6] + ".000000Z"
    if dt.tzinfo is None:
        raise ValueError(f"naive datetime {dt!r}: watcher stores aware UTC only")
    if dt.utcoffset():
        dt = dt.astimezone(UTC)
    # isoformat is C and three times faster than strftime; same text ("...T12:00:00.000000Z")
    return dt.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def dt(text: str | None) -> datetime | None:
    if not text:
        return None
    # fromisoformat (C) reads the "Z" since Python 3.11: a tenth of strptime's cost
    return datetime.fromisoformat(text).astimezone(UTC)


class Unreadable(ValueError):
    """A column's stored value is not what watcher writes there (``decode`` names the row)."""


def time_at(row: sqlite3.Row, column: str) -> datetime | None:
    """``dt`` of ``row[column]``; :class:`Unreadable` naming the column if it is no time."""
    try:
        return dt(row[column])
    except (TypeError, ValueError):
        raise Unreadable(f"{column} is not an ISO time: {row[column]!r}") from None


def _time(row: sqlite3.Row, column: str) -> datetime:
    value = time_at(row, column)
    if value is None:
        raise Unreadable(f"{column} is empty")
    return value


def json_at(row: sqlite3.Row, column: str) -> Any:
    """``row[column]`` read as JSON; :class:`Unreadable` naming the column if it is not."""
    try:
        return json.loads(row[column])
    except (TypeError, ValueError):
        raise Unreadable(f"{column} is not JSON: {str(row[column])[:40]!r}") from None


T = TypeVar("T")
# what decoding a row changed by hand raises: a bad time or JSON, JSON of another shape
ROW_ERRORS = (ValueError, TypeError, KeyError, AttributeError)


def decode(path: str, table: str, key: str, rows: Iterable[sqlite3.Row],
           read: Callable[[sqlite3.Row], T]) -> list[T]:
    """``read`` of each of ``rows`` (of ``table``, told apart by column ``key``); a row it
    cannot read is one line naming the file, the table, the row and what is wrong, exit 2."""
    out = []
    for row in rows:
        try:
            out.append(read(row))
        except ROW_ERRORS as err:
            what = str(err) if isinstance(err, Unreadable) else f"{type(err).__name__}: {err}"
            raise DatabaseUnusable(
                f"{path}: table {table}, row {key} = {row[key]!r}: {what}; the file was changed "
                f"outside watcher: correct or delete that row (sqlite3 {path}), or restore a "
                "backup") from err
    return out


def item_row(item: Item, outcome: Outcome | None, now: str) -> tuple[Any, ...]:
    """``now``: ``ts()`` of the poll's time, first seen of items that have none yet."""
    matched = outcome.matches if outcome else ()
    watches = json.dumps([m.watch for m in matched]) if matched else None
    return (
        item.key, item.feed_url, item.link, item.guid, item.title, item.summary, item.source,
        ts(item.published), item.lang, ts(item.first_seen) if item.first_seen else now,
        outcome.event_id if outcome else None,
        outcome.reading.status if outcome else None, watches,
        (outcome.reason or None) if outcome is not None and outcome.event_id else None,
    )


def row_to_item(row: sqlite3.Row) -> Item:
    return Item(
        key=row["key"], title=row["title"], summary=row["summary"], link=row["link"],
        source=row["source"], published=_time(row, "published"), feed_url=row["feed_url"],
        lang=row["lang"], guid=row["guid"], first_seen=time_at(row, "first_seen"),
    )


def _entry_keys(row: sqlite3.Row) -> dict[str, str]:
    """A feed's stored entry keys: a JSON object of key -> title fingerprint, or (written before
    fingerprints were kept) a list of keys, whose titles are unknown (``revisions.UNKNOWN``)."""
    if not row["entry_keys"]:
        return {}
    value = json_at(row, "entry_keys")
    if isinstance(value, list):
        return dict.fromkeys(value, UNKNOWN)
    return dict(value)


def row_to_feed_state(row: sqlite3.Row, items: int) -> FeedState:
    return FeedState(
        url=row["url"], etag=row["etag"], last_modified=row["last_modified"],
        body_hash=row["body_hash"], next_due=time_at(row, "next_due"),
        last_success=time_at(row, "last_success"), last_error=row["last_error"],
        last_error_at=time_at(row, "last_error_at"), failures=row["failures"],
        disabled=row["disabled"], moved_to=row["moved_to"], items=items,
        entry_keys=_entry_keys(row),
    )


def row_to_delivery(row: sqlite3.Row) -> Delivery:
    return Delivery(
        id=row["id"], key=row["key"], notifier=row["notifier"], event_id=row["event_id"],
        kind=row["kind"], status=row["status"], payload=json_at(row, "payload"),
        created=_time(row, "created"), attempts=row["attempts"],
        next_attempt=_time(row, "next_attempt"), thread_ref=row["thread_ref"],
        superseded=bool(row["superseded"]),
        told_status=row["told_status"],
    )


def event_columns(event: dict[str, Any]) -> tuple[Any, ...]:
    """The columns of an event's row beside its state blob."""
    return (event["id"], event["title"], event["status"],
            _event_ts(event["first_seen"]), _event_ts(event["last_seen"]),
            json.dumps(sorted(event.get("watches", ()))))


def _event_ts(value: str | datetime) -> str | None:
    """``ts(parse_iso(value))``. An event dict's times are ``iso()`` text ("...T20:05:00Z",
    whole seconds): that is the column's text with zero microseconds, once read back to the
    same text (so a malformed time still fails here, as it did). Every poll that adds to an
    event converts its times again, and parsing them to datetimes and back was most of it."""
    if isinstance(value, str) and len(value) == 20 and value[19] == "Z":
        head = value[:19]
        if datetime.fromisoformat(head).isoformat() == head:
            return head + ".000000Z"
    return ts(parse_iso(value))


def statements(script: str) -> list[str]:
    """The statements of an SQL script (the schema, a migration), one by one."""
    return [s.strip() for s in script.split(";") if s.strip()]


def chunks(values: list[str], size: int) -> Iterator[list[str]]:
    """``values`` in slices of ``size`` (SQLite limits the parameters of one statement)."""
    for start in range(0, len(values), size):
        yield values[start:start + size]


def parse_iso(value: str | datetime) -> datetime:
    """An event dict's time (ISO text with "Z", or already a datetime) as an aware datetime."""
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)


def damaged(err: BaseException | None) -> bool:
    """Is ``err`` SQLite finding the file damaged ("database disk image is malformed", "file is
    not a database")? No retry mends that: someone has to act."""
    name = getattr(err, "sqlite_errorname", "")
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in str(err)


def recovery(path: str) -> str:
    """What to do about a damaged file, for the end of its one-line error."""
    return (f"the file is damaged: check it with `sqlite3 {path} \"PRAGMA integrity_check\"`, "
            f"save what can be saved with `sqlite3 {path} .recover`, or restore a backup")


def store_error(path: str, err: sqlite3.Error) -> StoreError:
    """SQLite's error as watcher's: a damaged file is :class:`DatabaseUnusable` (exit 2: the
    daemon stops, systemd does not restart it in a loop), the rest (locked, busy, disk full) a
    plain ``StoreError`` that the next poll retries."""
    if damaged(err):
        return DatabaseUnusable(f"{path}: {err}; {recovery(path)}")
    return StoreError(f"{path}: {err}")


class Cursor(sqlite3.Cursor):
    """A cursor whose fetches translate SQLite's errors too: a damaged page is often met past a
    query's first row, where ``Connection.execute`` no longer is (a user's review: a
    ``DatabaseError: database disk image is malformed`` traceback from ``events --json``)."""

    def _error(self, err: sqlite3.Error) -> StoreError:
        return store_error(getattr(self.connection, "path", ""), err)

    def fetchone(self) -> Any:
        try:
            return super().fetchone()
        except sqlite3.Error as err:
            raise self._error(err) from err

    def fetchmany(self, size: int | None = 1) -> list[Any]:
        try:
            return super().fetchmany(size)
        except sqlite3.Error as err:
            raise self._error(err) from err

    def fetchall(self) -> list[Any]:
        try:
            return super().fetchall()
        except sqlite3.Error as err:
            raise self._error(err) from err

    def __next__(self) -> Any:
        try:
            return super().__next__()
        except sqlite3.Error as err:
            raise self._error(err) from err


class Connection(sqlite3.Connection):
    """Translates SQLite's errors at the boundary: "database is locked", "disk is full" and
    friends reach the user as one ``StoreError`` line naming the file, not a traceback; a
    damaged file as :class:`DatabaseUnusable` with what to do (``store_error``)."""

    path = ""

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        try:
            return self.cursor(Cursor).execute(sql, parameters)
        except sqlite3.Error as err:
            raise store_error(self.path, err) from err

    def executemany(self, sql: str, parameters: Any, /) -> sqlite3.Cursor:
        try:
            return self.cursor(Cursor).executemany(sql, parameters)
        except sqlite3.Error as err:
            raise store_error(self.path, err) from err
