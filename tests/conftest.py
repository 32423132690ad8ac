"""Shared test setup.

Tests must never reach the network beyond loopback (python-telegram-bot's ``OfflineRequest``
habit): every socket connection to anything but 127.0.0.0/8, ::1 or a Unix socket fails loudly.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _check(address: object) -> None:
    if isinstance(address, (str, bytes)):  # AF_UNIX path or abstract name
        return
    if isinstance(address, tuple) and address:
        host = address[0]
        try:
            ip = ipaddress.ip_address(host)
        except ValueError:
            if host in ("localhost",):
                return
            raise RuntimeError(f"test tried to reach the network: {address!r}") from None
        if not ip.is_loopback:
            raise RuntimeError(f"test tried to reach the network: {address!r}")


def _guarded_connect(self: socket.socket, address: object) -> None:
    _check(address)
    return _real_connect(self, address)  # type: ignore[arg-type]


def _guarded_connect_ex(self: socket.socket, address: object) -> int:
    _check(address)
    return _real_connect_ex(self, address)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded_connect_ex)
    yield


_NOISY = ("apscheduler", "httpx", "httpcore", "telegram", "aiosmtpd", "mail.log")


@pytest.fixture(autouse=True)
def _root_logging() -> Iterator[None]:
    """Undo what a test's in-process ``watcher`` command did to logging: ``configure_logging``
    puts a handler on the root logger writing to the test's captured stderr, which pytest
    closes after the test, so a later test's log line would print "--- Logging error ---"."""
    root = logging.getLogger()
    before, level = set(root.handlers), root.level
    levels = {name: logging.getLogger(name).level for name in _NOISY}
    yield
    for handler in list(root.handlers):
        if handler not in before and not type(handler).__module__.startswith("_pytest"):
            root.removeHandler(handler)
    root.setLevel(level)
    for name, lvl in levels.items():
        logging.getLogger(name).setLevel(lvl)


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data not found at {SHARED_DATA}")
    return SHARED_DATA
