"""Shortcuts of the first poll's hot paths against the long way: the store's text forms of
times, and an event's set of outlets.

``ts`` and ``event_columns`` take shortcuts for the common case (a UTC datetime; an event's
``iso()`` text), and ``EventState.to_dict`` formats its times with isoformat instead of strftime:
the stored text must be the very same, or text order stops being time order and stored events
stop comparing equal to what a replay writes.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from watcher.core.events import EventState
from watcher.models import Item, iso
from watcher.store.rows import event_columns, parse_iso, ts

TIMES = [
    datetime(2025, 10, 16, 12, 0, 0, tzinfo=UTC),
    datetime(2025, 10, 16, 12, 0, 0, 1, tzinfo=UTC),
    datetime(2025, 10, 16, 23, 59, 59, 999999, tzinfo=UTC),
    datetime(999, 1, 2, 3, 4, 5, tzinfo=UTC),  # strftime does not pad the year: no shortcut
    datetime(2025, 10, 16, 14, 30, 0, 250000, tzinfo=timezone(timedelta(hours=2))),
    datetime(2025, 10, 16, 12, 0, 0, tzinfo=timezone(timedelta(0))),  # UTC, not the singleton
]


def _ts_long_way(dt: datetime) -> str:
    return dt.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


@pytest.mark.parametrize("dt", TIMES)
def test_ts_is_fixed_width_utc_text_with_microseconds(dt: datetime) -> None:
    assert ts(dt) == _ts_long_way(dt)
    assert len(ts(dt) or "") == 27


@pytest.mark.parametrize("dt", TIMES)
def test_iso_is_the_strftime_text(dt: datetime) -> None:
    assert iso(dt) == dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_ts_refuses_a_naive_datetime() -> None:
    with pytest.raises(ValueError, match="naive"):
        ts(datetime(2025, 10, 16, 12))


@pytest.mark.parametrize("dt", TIMES)
def test_an_events_times_are_iso_text_and_their_columns_are_ts_text(dt: datetime) -> None:
    ev = EventState(id="e", title="t", first_seen=dt, last_seen=dt + timedelta(hours=1),
                    due=dt, last_transition=dt)
    d = ev.to_dict()
    for key, value in (("first_seen", dt), ("last_seen", dt + timedelta(hours=1)),
                       ("due", dt), ("last_transition", dt)):
        assert d[key] == iso(value)
    if dt.year < 1000:
        return  # iso() writes "999-...": no text any version could read back
    _id, _title, _status, first, last, _watches = event_columns(d)
    assert first == ts(parse_iso(d["first_seen"]))
    assert last == ts(parse_iso(d["last_seen"]))


@pytest.mark.parametrize("text", [
    "2025-10-16T20:05:00Z", "2025-10-16T20:05:00+02:00", "2025-W42-4T20:05:00Z",
    "2025-10-16 20:05:00Z",
])
def test_event_columns_read_any_iso_time_as_before(text: str) -> None:
    d = {"id": "e", "title": "t", "status": "unknown", "first_seen": text, "last_seen": text}
    assert event_columns(d)[3] == ts(parse_iso(text))


def test_event_columns_still_refuse_a_malformed_time() -> None:
    d = {"id": "e", "title": "t", "status": "unknown", "first_seen": "2025-13-16T20:05:00Z",
         "last_seen": "2025-10-16T20:05:00Z"}
    with pytest.raises(ValueError):
        event_columns(d)


def test_an_events_outlets_are_counted_once_however_its_sources_list_was_set() -> None:
    """``add_item`` looks outlets up in a set kept along with ``sources``: a list loaded from a
    stored state, or set anew, must not let an outlet in twice."""
    t0 = datetime(2025, 10, 16, 12, tzinfo=UTC)

    def article(source: str) -> Item:
        return Item(key=f"k-{source}-{t0.timestamp()}", title="t", summary="", link=None,
                    source=source, published=t0)

    ev = EventState.from_dict(EventState(id="e", title="t", first_seen=t0, last_seen=t0,
                                         sources=["A", "B"]).to_dict())
    for source in ("A", "C", "C", "B"):
        ev.add_item(article(source), 80)
    assert ev.sources == ["A", "B", "C"]
    ev.sources = ["D"]  # another list: the set follows it
    for source in ("D", "A", "A"):
        ev.add_item(article(source), 80)
    assert ev.sources == ["D", "A"]
    ev.sources.append("E")  # grown without add_item
    ev.add_item(article("E"), 80)
    assert ev.sources == ["D", "A", "E"]
    assert ev.to_dict()["sources"] == ["D", "A", "E"]
    assert "_seen" not in ev.to_dict()
