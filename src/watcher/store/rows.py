"""Rows <-> values: how the SQLite store writes datetimes, items, feed states and deliveries.

Datetimes are fixed-width UTC text (microseconds kept), so text order is time order in SQL.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from watcher.core.types import Outcome
from watcher.errors import StoreError
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


def _dt(text: str) -> datetime:
    value = dt(text)
    assert value is not None
    return value


def item_row(item: Item, outcome: Outcome | None, now: str) -> tuple[Any, ...]:
    """``now``: ``ts()`` of the poll's time, first seen of items that have none yet."""
    matched = outcome.matches if outcome else ()
    watches = json.dumps([m.watch for m in matched]) if matched else None
    return (
        item.key, item.feed_url, item.link, item.guid, item.title, item.summary, item.source,
        ts(item.published), item.lang, ts(item.first_seen) if item.first_seen else now,
        outcome.event_id if outcome else None,
        outcome.reading.status if outcome else None, watches,
    )


def row_to_item(row: sqlite3.Row) -> Item:
    return Item(
        key=row["key"], title=row["title"], summary=row["summary"], link=row["link"],
        source=row["source"], published=_dt(row["published"]), feed_url=row["feed_url"],
        lang=row["lang"], guid=row["guid"], first_seen=dt(row["first_seen"]),
    )


def _entry_keys(text: str | None) -> dict[str, str]:
    """A feed's stored entry keys: a JSON object of key -> title fingerprint, or (written before
    fingerprints were kept) a list of keys, whose titles are unknown (``revisions.UNKNOWN``)."""
    if not text:
        return {}
    value = json.loads(text)
    if isinstance(value, list):
        return dict.fromkeys(value, UNKNOWN)
    return dict(value)


def row_to_feed_state(row: sqlite3.Row, items: int) -> FeedState:
    return FeedState(
        url=row["url"], etag=row["etag"], last_modified=row["last_modified"],
        body_hash=row["body_hash"], next_due=dt(row["next_due"]),
        last_success=dt(row["last_success"]), last_error=row["last_error"],
        last_error_at=dt(row["last_error_at"]), failures=row["failures"],
        disabled=row["disabled"], moved_to=row["moved_to"], items=items,
        entry_keys=_entry_keys(row["entry_keys"]),
    )


def row_to_delivery(row: sqlite3.Row) -> Delivery:
    return Delivery(
        id=row["id"], key=row["key"], notifier=row["notifier"], event_id=row["event_id"],
        kind=row["kind"], status=row["status"], payload=json.loads(row["payload"]),
        created=_dt(row["created"]), attempts=row["attempts"],
        next_attempt=_dt(row["next_attempt"]), thread_ref=row["thread_ref"],
        superseded=bool(row["superseded"]),
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


class Connection(sqlite3.Connection):
    """Translates SQLite's errors at the boundary: "database is locked", "disk is full" and
    friends reach the user as one ``StoreError`` line naming the file, not a traceback."""

    path = ""

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        try:
            return super().execute(sql, parameters)
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: {err}") from err

    def executemany(self, sql: str, parameters: Any, /) -> sqlite3.Cursor:
        try:
            return super().executemany(sql, parameters)
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: {err}") from err
