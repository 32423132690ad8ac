"""Talking to systemd: the ``sd_notify`` protocol and journald-friendly log lines.

A ``Type=notify`` service tells systemd about its life through datagrams sent to the Unix socket
named by ``$NOTIFY_SOCKET`` (``READY=1``, ``RELOADING=1``, ``STOPPING=1``, ``WATCHDOG=1``,
``STATUS=...``). The protocol is a few lines of code, so watcher implements it itself instead of
depending on libsystemd or a wrapper package. Outside systemd (a terminal, ``watcher once``, tests
without a socket) every call is a no-op, so callers never need to ask whether systemd is there.

Sending is best effort: a full or vanished socket must never take the daemon down, so errors are
logged at debug level and swallowed (this is what ``sd_notify(3)`` does too).
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import sys
import time
from collections.abc import Callable, Mapping
from typing import TextIO

from watcher.redact import RedactingFormatter

log = logging.getLogger(__name__)


def _monotonic_usec() -> int:
    """``CLOCK_MONOTONIC`` in microseconds, the clock systemd compares ``MONOTONIC_USEC`` with."""
    return time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000


class SystemdNotifier:
    """A client of ``$NOTIFY_SOCKET``; does nothing when the variable is unset.

    ``watchdog_interval`` is half of ``$WATCHDOG_USEC`` in seconds (``sd_watchdog_enabled(3)``
    recommends pinging at half the timeout), or ``None`` when the watchdog is off or meant for
    another process (``$WATCHDOG_PID`` set to a different pid).
    """

    def __init__(self, env: Mapping[str, str] | None = None) -> None:
        env = os.environ if env is None else env
        self.address: str | bytes | None = None
        self._sock: socket.socket | None = None
        path = env.get("NOTIFY_SOCKET", "")
        if path.startswith("@"):
            # abstract namespace socket: the leading "@" stands for a NUL byte
            self.address = b"\0" + path[1:].encode()
        elif path.startswith("/"):
            self.address = path
        elif path:
            log.warning("ignoring NOTIFY_SOCKET=%r: not an absolute path or abstract socket", path)
        self.watchdog_interval: float | None = _watchdog_interval(env)

    @property
    def enabled(self) -> bool:
        return self.address is not None

    def notify(self, *fields: str) -> bool:
        """Send one datagram of ``KEY=VALUE`` lines; ``True`` if it was sent."""
        if self.address is None:
            return False
        message = "\n".join(fields).encode()
        try:
            if self._sock is None:
                self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)
            self._sock.sendto(message, self.address)
        except OSError as err:
            log.debug("sd_notify %r failed: %s", fields, err)
            return False
        return True

    def ready(self, status: str | None = None) -> bool:
        return self.notify("READY=1", *_status(status))

    def reloading(self) -> bool:
        """``RELOADING=1`` with ``MONOTONIC_USEC`` (required by ``Type=notify-reload``, and lets
        systemd tell this reload from an earlier one)."""
        return self.notify("RELOADING=1", f"MONOTONIC_USEC={_monotonic_usec()}")

    def stopping(self, status: str | None = None) -> bool:
        return self.notify("STOPPING=1", *_status(status))

    def watchdog(self) -> bool:
        return self.notify("WATCHDOG=1")

    def status(self, text: str) -> bool:
        return self.notify(*_status(text))

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None


def _status(text: str | None) -> tuple[str, ...]:
    if not text:
        return ()
    # one line only: a newline would start a new KEY=VALUE field
    return ("STATUS=" + " ".join(text.split()),)


def _watchdog_interval(env: Mapping[str, str]) -> float | None:
    try:
        usec = int(env.get("WATCHDOG_USEC", ""))
    except ValueError:
        return None
    if usec <= 0:
        return None
    pid = env.get("WATCHDOG_PID")
    if pid:
        try:
            if int(pid) != os.getpid():
                return None
        except ValueError:
            return None
    return usec / 1_000_000 / 2


async def watchdog_loop(
    notifier: SystemdNotifier, interval: float, healthy: Callable[[float, float], bool],
) -> None:
    """``WATCHDOG=1`` every ``interval / 2`` from a task on the event loop: when the loop stalls,
    the pings stop and systemd restarts the service after ``WatchdogSec``.

    ``healthy(lag, interval)`` also sees how late the loop woke this task up, so that a loop that
    keeps getting blocked (but never for a full ``WatchdogSec``) is not declared healthy.
    """
    tick = interval / 2
    notifier.watchdog()
    while True:
        planned = time.monotonic() + tick
        await asyncio.sleep(tick)
        lag = time.monotonic() - planned
        if lag > 1.0:
            log.warning("event loop was blocked for %.1f s", lag)
        if healthy(lag, interval):
            notifier.watchdog()
        else:
            log.error("event loop unhealthy (%.1f s late): withholding the watchdog ping", lag)


# -- logging --------------------------------------------------------------------------------------

# syslog priorities for journald's "<N>" line prefix (sd-daemon(3))
_PRIORITY = {
    logging.CRITICAL: 2, logging.ERROR: 3, logging.WARNING: 4, logging.INFO: 6, logging.DEBUG: 7,
}


class JournalFormatter(logging.Formatter):
    """``<N>name: message`` so that journald files each line under its level (``journalctl -p``)
    while adding the timestamp itself; continuation lines of a traceback keep the same level."""

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        level = max((lv for lv in _PRIORITY if lv <= record.levelno), default=logging.DEBUG)
        prefix = f"<{_PRIORITY[level]}>"
        return "\n".join(prefix + line for line in text.splitlines())


def stderr_is_journal(env: Mapping[str, str] | None = None, stream: TextIO | None = None) -> bool:
    """True when stderr is connected to journald (``$JOURNAL_STREAM`` names its device:inode)."""
    env = os.environ if env is None else env
    stream = sys.stderr if stream is None else stream
    try:
        dev, ino = (int(x) for x in env.get("JOURNAL_STREAM", "").split(":"))
        st = os.fstat(stream.fileno())
    except (ValueError, OSError, AttributeError):
        return False
    return (st.st_dev, st.st_ino) == (dev, ino)


def configure_logging(
    level: str | int = "INFO", *, stream: TextIO | None = None,
    env: Mapping[str, str] | None = None,
) -> None:
    """Plain log lines on stderr, no timestamps (journald and terminals' scrollback add context).

    Under journald the lines carry a ``<N>`` priority prefix; in a terminal they read
    ``LEVEL name: message``. Chatty libraries (APScheduler's "Running job ...") stay at WARNING.
    """
    stream = sys.stderr if stream is None else stream
    handler = logging.StreamHandler(stream)
    if stderr_is_journal(env, stream):
        formatter: logging.Formatter = JournalFormatter("%(name)s: %(message)s")
    else:
        formatter = logging.Formatter("%(levelname)s %(name)s: %(message)s")
    handler.setFormatter(RedactingFormatter(formatter))  # no secret in the journal (redact)
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level.upper() if isinstance(level, str) else level)
    for noisy in ("apscheduler", "httpx", "httpcore", "telegram", "aiosmtpd", "mail.log"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
    logging.getLogger("apscheduler.scheduler").addFilter(_still_running)


def _still_running(record: logging.LogRecord) -> bool:
    """False for APScheduler's "skipped: maximum number of running instances reached": a
    feed's poll still running when its next one is due (waiting on a database another
    program locked, a slow server) is polled again when it ends, and what held it up is the
    poll's own line to log (a user's review: 54 such warnings in a 100-second lock)."""
    return "maximum number of running instances" not in record.getMessage()
