"""Secrets kept out of what watcher shows: its logs, its command output and its error lines.

The config promises that tokens, passwords and webhook secrets written as ``${VAR}`` never
appear in watcher's messages. ``Secret`` keeps a token out of ``repr``, but a secret can also sit
inside a URL: a feed behind basic auth (``https://user:${PW}@host/feed``), a token in a feed's
query string, a webhook whose URL is its own secret (Slack, Discord). Those URLs are in every log
line about the feed. So the config registers each value it takes from the environment for a URL
or a secret key, and every line watcher writes goes through :func:`redact`, which shows such a
value as the ``${VAR}`` it was written as, and the password of any URL's userinfo as ``***``.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import parse_qsl, urlsplit

# "scheme://user:password@": the password part, whatever wrote the URL, up to the authority's
# last "@" (a password may hold an unencoded one), unless it shows as its ``${VAR}`` already
_USERINFO = re.compile(r"(://[^/?#@\s:]*):(?!\$\{\w+\}@)[^/?#\s]*@")
# Shorter values would mask ordinary text ("443", "en"), and masking a four-digit password in
# "2024 items" would tell the reader what it is
MIN_LENGTH = 6

_secrets: dict[str, str] = {}  # value -> what to show instead
_pattern: re.Pattern[str] | None = None  # all of them, longest first, as whole words


def register(value: str, shown: str) -> None:
    """Show ``value`` as ``shown`` wherever watcher writes it (the process's lifetime). A URL's
    parts that are secrets on their own are registered too: its password, its query values and
    long path segments (a token in a redirect target, a webhook's key) show as ``shown`` as well.
    """
    global _pattern
    value = value.strip()  # what the config uses of it (a trailing newline in an env file)
    parts = [value]
    if "://" in value:
        try:
            url = urlsplit(value)
            parts += [url.password or "", *(v for _, v in parse_qsl(url.query)),
                      *(seg for seg in url.path.split("/") if len(seg) >= 16)]
        except ValueError:  # not a URL after all ("http://[::1"): the whole value is enough
            pass
    for part in parts:
        if len(part) >= MIN_LENGTH:
            _secrets[part] = shown
    _pattern = None


def redact(text: str) -> str:
    """``text`` with registered secrets and URL passwords replaced."""
    global _pattern
    if _secrets:
        if _pattern is None:  # longest first: a secret that contains another goes whole
            alternatives = "|".join(re.escape(v) for v in sorted(_secrets, key=len, reverse=True))
            _pattern = re.compile(rf"(?<![A-Za-z0-9])(?:{alternatives})(?![A-Za-z0-9])")
        text = _pattern.sub(lambda m: _secrets[m.group(0)], text)
    if "://" in text:
        text = _USERINFO.sub(r"\1:***@", text)
    return text


class RedactingFormatter(logging.Formatter):
    """Wraps another formatter; redacts the whole formatted record, tracebacks included."""

    def __init__(self, inner: logging.Formatter) -> None:
        super().__init__()
        self.inner = inner

    def format(self, record: logging.LogRecord) -> str:
        return redact(self.inner.format(record))
