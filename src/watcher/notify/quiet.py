"""Quiet hours: pure helpers, DST-safe through ``zoneinfo``.

``quiet_hours = "22:00-07:00"`` is wall-clock time in ``daemon.timezone`` and may wrap midnight.
Start is inclusive, end exclusive; start == end means no quiet hours. All inputs and outputs are
aware datetimes; outputs are UTC. ``quiet_end`` is by definition the first instant (to the second)
at which ``is_quiet`` turns false, so the two always agree, also when the end falls in a DST gap
(02:30 on the night clocks jump from 02:00 to 03:00 ends at 03:00) or on the repeated hour.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, tzinfo

from watcher.settings import QuietHours


def _local_time(now: datetime, tz: tzinfo) -> datetime:
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return now.astimezone(tz)


def is_quiet(quiet: QuietHours | None, now: datetime, tz: tzinfo) -> bool:
    """True when ``now`` falls inside the quiet hours (in ``tz``)."""
    if quiet is None or quiet.start == quiet.end:
        return False
    t = _local_time(now, tz).time().replace(tzinfo=None)
    if quiet.start < quiet.end:
        return quiet.start <= t < quiet.end
    return t >= quiet.start or t < quiet.end


def _at(day: datetime, wall: time, tz: tzinfo) -> datetime:
    """The instant of wall time ``wall`` on ``day``'s date in ``tz``, in UTC."""
    local = datetime.combine(day.date(), wall.replace(tzinfo=None)).replace(tzinfo=tz)
    return local.astimezone(UTC)


def quiet_end(quiet: QuietHours | None, now: datetime, tz: tzinfo) -> datetime | None:
    """When the quiet period containing ``now`` ends (UTC), or None when ``now`` is not quiet."""
    if quiet is None or not is_quiet(quiet, now, tz):
        return None
    local = _local_time(now, tz)
    for days in range(3):  # today's end, else tomorrow's (wrapping); slack for DST
        candidate = _at(local + timedelta(days=days), quiet.end, tz)
        if candidate > now and not is_quiet(quiet, candidate, tz):
            break
    else:  # pragma: no cover - a quiet period always ends within two days
        raise AssertionError("quiet period without end")
    # Quiet until some instant, then not, up to ``candidate``: bisect to the second, so that a
    # wall-clock end inside a DST gap resolves to the moment the clocks jump past it.
    # in UTC: arithmetic on aware datetimes of one zone is wall-clock arithmetic
    lo, hi = now.astimezone(UTC).replace(microsecond=0), candidate  # whole-second boundaries
    while hi - lo > timedelta(seconds=1):
        mid = lo + timedelta(seconds=(hi - lo).total_seconds() // 2)
        if is_quiet(quiet, mid, tz):
            lo = mid
        else:
            hi = mid
    return hi


def parse_quiet_hours(text: str) -> QuietHours:
    """``"22:00-07:00"`` -> QuietHours (the config loader may use it; raises ValueError)."""
    try:
        start_s, end_s = (part.strip() for part in text.split("-"))
        return QuietHours(time.fromisoformat(start_s), time.fromisoformat(end_s))
    except ValueError as err:
        raise ValueError(f"expected quiet hours like \"22:00-07:00\", got {text!r}") from err
