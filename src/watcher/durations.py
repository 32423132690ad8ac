"""Human-written durations ("15m", "1h30m") and sizes ("10MB") for the config and the CLI, and
counts ("1 feed", "2 feeds") for its messages.

Config values are written by people and read back in messages, so both directions live here:
``parse_duration`` is strict (a typo must be an error, not a silent zero) and ``format_duration``
produces the same notation for ``check-config`` output.
"""

from __future__ import annotations

import re
from datetime import timedelta

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
_PART = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([smhdw])", re.IGNORECASE)
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b|b)?\s*$", re.IGNORECASE)
_SIZE_UNITS = {"b": 1, "kb": 1024, "mb": 1024**2, "gb": 1024**3}
# Longer is surely a typo; far longer overflowed timedelta or ``now - retention`` (a traceback).
MAX_DURATION = timedelta(days=3650)
# A feed's body cap (``max_body_size``) beyond this is surely a typo; far beyond it overflowed
# zlib's C ``ssize_t`` at every gzip feed, with a traceback (a code review, finding 3).
MAX_SIZE = 1024**3


class DurationTooLong(ValueError):
    """A well-formed duration beyond ``MAX_DURATION``."""


def parse_duration(text: str) -> timedelta:
    """``"90s"``, ``"15m"``, ``"2h"``, ``"2d"``, ``"1w"``, ``"1h30m"`` -> ``timedelta``.

    Raises ``ValueError`` for anything else, including a bare number: "15" could mean seconds or
    minutes, and guessing wrong silently is worse than asking.
    """
    if not isinstance(text, str):
        raise ValueError(f"expected a duration like \"15m\", got {text!r}")
    stripped = text.strip()
    pos, total, seen = 0, 0.0, False
    while pos < len(stripped):
        match = _PART.match(stripped, pos)
        if not match:
            raise ValueError(f'expected a duration like "15m", got "{text}"')
        if match.group(2) == "M":  # months to some, minutes to others: "15M" was 15 minutes
            raise ValueError(f'"M" is no unit here (minutes are "m"; months are not a unit), '
                             f'got "{text}"')
        total += float(match.group(1)) * _UNITS[match.group(2).lower()]
        pos, seen = match.end(), True
    if not seen:
        raise ValueError(f'expected a duration like "15m", got "{text}"')
    if not total <= MAX_DURATION.total_seconds():  # also inf and nan from absurd digits
        raise DurationTooLong(f'expected a duration of at most {MAX_DURATION.days}d, got "{text}"')
    return timedelta(seconds=total)


def format_duration(value: timedelta) -> str:
    """The inverse of ``parse_duration`` for display: ``timedelta(minutes=90)`` -> ``"1h30m"``."""
    seconds = int(value.total_seconds())
    if seconds == 0:
        return "0s"
    out = ""
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        count, seconds = divmod(seconds, size)
        if count:
            out += f"{count}{unit}"
    return out


def parse_size(text: str | int) -> int:
    """``"10MB"``, ``"512KB"``, ``"2 MiB"`` or a plain integer (bytes) -> bytes (KB = 1024 B)."""
    if isinstance(text, int) and not isinstance(text, bool):
        return text
    if not isinstance(text, str):
        raise ValueError(f'expected a size like "10MB", got {text!r}')
    match = _SIZE.match(text)
    if not match:
        raise ValueError(f'expected a size like "10MB", got "{text}"')
    unit = (match.group(2) or "b").lower().replace("i", "")
    try:
        return int(float(match.group(1)) * _SIZE_UNITS[unit])
    except OverflowError as err:  # digits beyond a float: "inf" bytes
        raise ValueError(f'too large a size: "{text}"') from err


def format_count(n: int, noun: str) -> str:
    """``1 feed``, ``2 feeds``, ``3 watches``: a count for messages and summaries."""
    plural = noun + ("es" if noun.endswith(("ch", "s")) else "s")
    return f"{n} {noun if n == 1 else plural}"


def format_size(size: int) -> str:
    """Bytes for display: ``10485760`` -> ``"10MB"``."""
    for unit, factor in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= factor and size % factor == 0:
            return f"{size // factor}{unit}"
    return f"{size}B"
