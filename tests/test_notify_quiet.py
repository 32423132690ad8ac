"""Quiet hours: pure helpers, wrapping midnight, DST-safe (Europe/Zurich), with a property test."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from watcher.notify.quiet import is_quiet, parse_quiet_hours, quiet_end
from watcher.settings import QuietHours

ZH = ZoneInfo("Europe/Zurich")
NIGHT = QuietHours(time(22, 0), time(7, 0))


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=ZH)  # type: ignore[misc, arg-type]


@pytest.mark.parametrize(("at", "quiet"), [
    (local(2025, 10, 21, 21, 59), False), (local(2025, 10, 21, 22, 0), True),
    (local(2025, 10, 21, 23, 30), True), (local(2025, 10, 22, 0, 0), True),
    (local(2025, 10, 22, 6, 59), True), (local(2025, 10, 22, 7, 0), False),
    (local(2025, 10, 22, 12, 0), False),
])
def test_is_quiet_wraps_midnight(at: datetime, quiet: bool) -> None:
    assert is_quiet(NIGHT, at, ZH) is quiet
    assert is_quiet(NIGHT, at.astimezone(UTC), ZH) is quiet  # any aware input


def test_daytime_window_and_none() -> None:
    lunch = parse_quiet_hours("12:00-14:00")
    assert is_quiet(lunch, local(2025, 1, 1, 13, 0), ZH)
    assert not is_quiet(lunch, local(2025, 1, 1, 14, 0), ZH)
    assert not is_quiet(None, local(2025, 1, 1, 13, 0), ZH)
    assert quiet_end(lunch, local(2025, 1, 1, 15, 0), ZH) is None
    assert quiet_end(lunch, local(2025, 1, 1, 12, 0), ZH) == local(2025, 1, 1, 14, 0)
    with pytest.raises(ValueError, match="22:00-07:00"):
        parse_quiet_hours("22h to 7h")


def test_end_after_midnight_and_before() -> None:
    assert quiet_end(NIGHT, local(2025, 10, 21, 23, 0), ZH) == local(2025, 10, 22, 7, 0)
    assert quiet_end(NIGHT, local(2025, 10, 22, 3, 0), ZH) == local(2025, 10, 22, 7, 0)
    assert quiet_end(NIGHT, local(2025, 10, 22, 3, 0), ZH).tzinfo == UTC  # type: ignore[union-attr]


def test_dst_spring_forward_and_fall_back() -> None:
    # 2025-03-30: 02:00 CET -> 03:00 CEST; the night is one hour shorter in real time
    start = local(2025, 3, 29, 23, 0)
    end = quiet_end(NIGHT, start, ZH)
    assert end == datetime(2025, 3, 30, 5, 0, tzinfo=UTC)  # 07:00 CEST
    assert end - start == timedelta(hours=7)
    # 2025-10-26: 03:00 CEST -> 02:00 CET; one hour longer
    start = local(2025, 10, 25, 23, 0)
    assert quiet_end(NIGHT, start, ZH) == datetime(2025, 10, 26, 6, 0, tzinfo=UTC)  # 07:00 CET


def test_end_inside_the_dst_gap_is_when_clocks_jump() -> None:
    gap = QuietHours(time(1, 0), time(2, 30))  # 02:30 does not exist on 2025-03-30
    end = quiet_end(gap, local(2025, 3, 30, 1, 30), ZH)
    assert end == datetime(2025, 3, 30, 1, 0, tzinfo=UTC)  # 03:00 CEST, the jump


def test_a_gap_shorter_than_the_dst_jump_is_skipped_with_it() -> None:
    """Quiet 02:00:01-02:00 leaves one second a day, 02:00:00, which 2024-03-31 does not have in
    Zurich (02:00 CET jumps to 03:00 CEST): quiet from the 30th until the 1st of April's
    02:00 CEST, two days on (hypothesis found it; the property's bound was one day)."""
    window = QuietHours(time(2, 0, 1), time(2, 0))
    end = quiet_end(window, datetime(2024, 3, 30, 1, 0, 1, tzinfo=UTC), ZH)
    assert end == datetime(2024, 4, 1, 0, 0, tzinfo=UTC)


@settings(max_examples=300, deadline=None)
@given(
    at=st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2027, 1, 1),
                    timezones=st.just(UTC)),
    start=st.times(), end=st.times(),
    zone=st.sampled_from(["Europe/Zurich", "America/New_York", "Australia/Lord_Howe", "UTC"]),
)
def test_end_is_the_first_non_quiet_second(at: datetime, start: time, end: time,
                                           zone: str) -> None:
    tz = ZoneInfo(zone)
    quiet = QuietHours(start.replace(microsecond=0), end.replace(microsecond=0))
    found = quiet_end(quiet, at, tz)
    if not is_quiet(quiet, at, tz):
        assert found is None
        return
    # a day and a DST jump at most; two when the window's one free second falls in the jump
    assert found is not None and at < found <= at + timedelta(days=2, hours=2)
    assert not is_quiet(quiet, found, tz)
    assert is_quiet(quiet, max(found - timedelta(seconds=1), at), tz)
