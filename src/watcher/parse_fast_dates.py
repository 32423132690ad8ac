"""Feed dates (RFC 822 or ISO 8601) read exactly as feedparser reads them, or ``Unsure``.

The fast reader (``watcher.parse_fast``) and the JSON Feed reader (``watcher.parse_json``) both
take their dates from ``parse_datetime``; feedparser guesses more, so anything it cannot read
exactly sends the document to feedparser.
"""

from __future__ import annotations

import email.utils
import re
from datetime import UTC, datetime, timedelta, timezone

from watcher.parse_fast_text import Unsure

_DATES: dict[str, datetime] = {}  # parse_datetime's answers, by the text as given
_DATES_MAX = 8192


def parse_datetime(value: str) -> datetime:
    """RFC 822 or ISO 8601, as aware UTC; ``Unsure`` for anything else (feedparser guesses more).

    Answers are remembered (datetimes are immutable; refusals are not): a changed feed is parsed
    whole at every poll, its old entries' dates again, and feeds share minutes."""
    found = _DATES.get(value)
    if found is not None:
        return found
    found = _parse_datetime(value)
    if len(_DATES) >= _DATES_MAX:  # bounded: a daemon reads new dates for months
        _DATES.clear()
    _DATES[value] = found
    return found


def _parse_datetime(value: str) -> datetime:
    value = value.strip()
    if not value:
        raise Unsure("empty date")
    if value[0].isdigit() and "-" in value[:5]:
        try:
            dt = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError as err:
            raise Unsure(f"date {value!r}") from err
        if dt.tzinfo is None:
            if "T" not in value and " " not in value and len(value) == 10:
                return dt.replace(tzinfo=UTC)
            raise Unsure("naive ISO date")
        try:
            dt = dt.astimezone(UTC)
        except OverflowError as err:  # year 1 or 9999 with an offset
            raise Unsure(f"date {value!r}") from err
        return dt.replace(microsecond=0) if dt.microsecond else dt  # replace() costs 1-2 us
    rfc822 = _RFC822.fullmatch(value)
    if rfc822 is None and _ZERO_YEAR.search(value):
        # email.utils reads "0001" as the two-digit year 01 (2001); feedparser as the year 1 (the
        # zero date Hugo writes for undated pages, which ``watcher.normalize`` reads as none)
        raise Unsure(f"date {value!r}")
    try:
        dt = _rfc822(rfc822) if rfc822 else email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError) as err:
        raise Unsure(f"date {value!r}") from err
    if dt.tzinfo is None:
        if value.endswith("-0000"):
            return dt.replace(tzinfo=UTC)
        raise Unsure(f"date zone {value!r}")
    if dt.year < 1970:
        raise Unsure("odd year")
    try:
        return dt.astimezone(UTC)
    except OverflowError as err:
        raise Unsure(f"date {value!r}") from err


# "Thu, 16 Oct 2025 10:45:00 +0000", the form nearly every RSS feed writes, read without
# email.utils (a third of the fast path's time): ``_rfc822`` gives what parsedate_to_datetime gives.
_RFC822 = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(\d\d?) "
    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([1-9]\d{3}) (\d\d):(\d\d)(?::(\d\d))? "
    r"(?:([+-])(\d\d)(\d\d)|GMT|UTC|UT|Z)", re.ASCII)
_ZERO_YEAR = re.compile(r"(?<![\d:+-])0\d{3}(?!\d)")  # a year "0001", not a zone "+0100"
_MONTHS = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "May": 5, "Jun": 6, "Jul": 7, "Aug": 8,
           "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12}


_NUMBERS = {f"{n:0{width}d}": n for width in (1, 2) for n in range(10 ** width)}  # "07": 7


def _rfc822(match: re.Match[str]) -> datetime:
    """``email.utils.parsedate_to_datetime`` for a ``_RFC822`` match (naive for ``-0000``)."""
    day, month, year, hour, minute, second, sign, zone_h, zone_m = match.groups()
    numbers = _NUMBERS
    year_n, month_n, day_n = int(year), _MONTHS[month], numbers[day]
    hour_n, minute_n, second_n = numbers[hour], numbers[minute], numbers[second or "0"]
    if sign is None or (zone_h == "00" and zone_m == "00"):
        if sign == "-":
            return datetime(year_n, month_n, day_n, hour_n, minute_n, second_n)
        return datetime(year_n, month_n, day_n, hour_n, minute_n, second_n, 0, UTC)
    offset = numbers[zone_h] * 3600 + numbers[zone_m] * 60
    zone = timezone(timedelta(seconds=-offset if sign == "-" else offset))
    return datetime(year_n, month_n, day_n, hour_n, minute_n, second_n, 0, zone)
