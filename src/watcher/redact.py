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

# "scheme://user:password@": the password part, whatever wrote the URL
# (unless it already shows as the ``${VAR}`` it was written as)
_USERINFO = re.compile(r"(://[^/?#@\s:]*):(?!\$\{\w+\}@)[^/?#@\s]+@")
MIN_LENGTH = 4  # shorter values would mask ordinary text ("443", "en")

_secrets: dict[str, str] = {}  # value -> what to show instead


def register(value: str, shown: str) -> None:
    """Show ``value`` as ``shown`` wherever watcher writes it (the process's lifetime)."""
    if len(value) >= MIN_LENGTH:
        _secrets[value] = shown


def redact(text: str) -> str:
    """``text`` with registered secrets and URL passwords replaced."""
    # longest first: a secret that contains another is replaced whole
    for value in sorted(_secrets, key=len, reverse=True):
        if value in text:
            text = text.replace(value, _secrets[value])
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
