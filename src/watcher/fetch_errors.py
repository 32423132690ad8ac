"""A failed fetch in words, and the ``Retry-After`` a server asks for, for ``watcher.fetch``.

``fetch`` never raises for HTTP or network trouble: it returns a ``FetchResult`` whose ``error``
says in words what happened, for ``watcher status`` and the logs. The words are made here; the
notifiers use ``connect_error`` and ``parse_retry_after`` too (imported from ``watcher.fetch``).
"""

from __future__ import annotations

import email.utils
import re
from datetime import UTC, datetime, timedelta

from watcher.durations import format_duration

# A Retry-After beyond this is read as this, only to keep the number finite (the wait it buys is
# capped far lower: backoff.MAX_RETRY_AFTER): sixteen digits of seconds overflowed the timedelta
# of the next poll and crashed it every time
RETRY_AFTER_READ_CAP = 365 * 86400.0


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: delta-seconds or an HTTP date; else None."""
    if not value:
        return None
    value = value.strip()
    if value.isdecimal():  # not isdigit: float() cannot read "²", which isdigit() accepts
        return min(float(value), RETRY_AFTER_READ_CAP)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    now = now or datetime.now(UTC)
    return min(max(0.0, (when - now).total_seconds()), RETRY_AFTER_READ_CAP)


_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def page_title(body: bytes) -> str | None:
    """The ``<title>`` of an HTML page (its first 16 KB), in one line of at most 80 characters:
    what names a login page, a bot filter's challenge or a portal in place of a feed."""
    match = _TITLE.search(body[:16384])
    if not match:
        return None
    title = re.sub(r"\s+", " ", match.group(1).decode("utf-8", "replace")).strip()[:80]
    return title or None


def refused_text(status: int, *, login_sent: bool, challenge: str | None,
                 page: bytes) -> str:
    """A 401 or 403 in words, saying what to do. A 401 was only "HTTP 401": the feed needs a
    login, given in its URL as README says (the password from the environment), or the one
    given was refused. A 403 names the page that came with it, as "not a feed" does: a bot
    filter's "Access denied | Cloudflare" is not a login to fix (a user's review, session 44)."""
    if status == 401:
        # several challenges may come, in one header or joined by ", " ("Bearer realm=x,
        # Basic realm=y"): Basic among them is a login watcher can give
        scheme = (challenge or "").strip().split(" ", 1)[0].rstrip(",")
        if scheme and not re.search(r"(?:^|,)\s*basic\b", challenge or "", re.IGNORECASE):
            return (f"HTTP 401: the feed asks for a login by {scheme}, and watcher logs in only "
                    "with the user and password in the feed's url (Basic)")
        if login_sent:
            return ("HTTP 401: the feed refused the login in its url: check the user and the "
                    "password")
        return ('HTTP 401: the feed needs a login: give it in its url, '
                '"https://reader:${FEED_PW}@host/feed", the password from the environment')
    title = page_title(page)
    return f'HTTP {status} (page titled "{title}")' if title else f"HTTP {status}"


def seconds_text(value: float) -> str:
    return f"{value:g} s"


def wait_text(seconds: float) -> str:
    """A server's Retry-After for the log: "90 s", "2h30m"; a date years ahead (seen in the
    wild) is not worth its digits, and the scheduler caps the wait anyway (``max_backoff``)."""
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds > 7 * 86400:
        return "more than a week"
    return format_duration(timedelta(seconds=seconds))


def size_text(limit: int) -> str:
    if limit >= 1024 * 1024 and limit % (1024 * 1024) == 0:
        return f"{limit // (1024 * 1024)} MB"
    if limit >= 1024 and limit % 1024 == 0:
        return f"{limit // 1024} KB"
    return f"{limit} bytes"


def reason_text(err: BaseException) -> str:
    text = str(err).strip()
    return text or type(err).__name__


def connect_error(err: BaseException) -> str:
    """A failed connection in words ("connection refused", "host not found", "TLS error: ...").

    Shared with the notifiers: httpx (and python-telegram-bot above it) only say "All connection
    attempts failed"; the real reason is further down the exception chain."""
    cause: BaseException | None = err
    while cause is not None:  # httpx (anyio, in the notifiers) wraps the OSError somewhere below
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused"
        cause = cause.__cause__ or cause.__context__
    text = str(err).lower()
    if "refused" in text or "errno 111" in text:
        return "connection refused"
    if "name or service not known" in text or "nodename nor servname" in text \
            or "name resolution" in text or "getaddrinfo" in text:
        return "host not found"
    if "certificate" in text or "ssl" in text:
        return f"TLS error: {reason_text(err)}"
    return f"cannot connect: {reason_text(err)}"
