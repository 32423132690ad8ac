"""One poller per database: ``watcher run`` and ``watcher once`` hold an exclusive lock on it.

Each poller keeps its events in memory (loaded at start) and writes what it finds to the
database. Two of them on one database do not see each other's new events: an article that
`watcher once` filed under a new event is stored, and the running daemon, which does not know
that event, files the next article about it under another, so "planned -> cancelled" arrives as
a second "new event: cancelled". So the second poller refuses to start, naming the first.

The lock is ``flock(2)`` on ``DATABASE.lock`` beside the database (not the database file itself:
SQLite's POSIX locks are dropped when any descriptor of the file is closed in the process). The
kernel releases it when its holder exits, however it exits, so it is never stale; the file holds
the holder's pid for the message.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from watcher.errors import DatabaseUnusable, StoreError


@contextmanager
def poller_lock(database: str | Path) -> Iterator[None]:
    """Hold the database's poller lock for the ``with`` block; ``StoreError`` when another
    process holds it."""
    path = str(database)
    if path == ":memory:":
        yield
        return
    # beside the file itself: a second poller through a symbolic link to the database took
    # "link.db.lock", ran, and Telegram got alerts twice (a user's review, ux18)
    lock = os.path.realpath(path) + ".lock"
    try:
        Path(lock).parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    except OSError as err:  # not a folder, no permission (a lock left by root): a person's fix
        raise DatabaseUnusable(f"{lock}: cannot open the lock file: {err.strerror}") from err
    _owned_as_database(fd, path)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            raise StoreError(
                f"{path}: another watcher (pid {pid}) is polling into this database; stop "
                "it first (`watcher run` and `watcher once` cannot share a database)") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)


def _owned_as_database(fd: int, database: str) -> None:
    """Give a lock file root made the database's owner. ``sudo watcher once`` against the
    service's database left ``DATABASE.lock`` root's, mode 0600: the service's own user could
    no longer open it, exited 2 at every start, and ``RestartPreventExitStatus=2`` kept it down
    (a user review). SQLite does the same for the ``-wal`` and ``-shm`` files it makes as root."""
    if os.geteuid() != 0:
        return
    try:
        owner = os.stat(database)
        mine = os.fstat(fd)
        if (mine.st_uid, mine.st_gid) != (owner.st_uid, owner.st_gid):
            os.fchown(fd, owner.st_uid, owner.st_gid)
    except OSError:  # no database yet (it will be root's too), or a filesystem without owners
        pass
