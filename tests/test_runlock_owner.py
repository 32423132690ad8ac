"""A poller lock root makes belongs to the database's owner (a user review, session 39).

``sudo watcher once`` against the service's database left ``DATABASE.lock`` root's, mode 0600;
the service's user then could not open it, exited 2 at every start and was not restarted.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from watcher.runlock import poller_lock

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file away")


def test_root_leaves_the_lock_to_the_database_owner(tmp_path: Path) -> None:
    db = tmp_path / "watcher.db"
    db.write_bytes(b"")
    os.chown(db, 4321, 4321)
    with poller_lock(db):
        pass
    lock = os.stat(str(db) + ".lock")
    assert (lock.st_uid, lock.st_gid) == (4321, 4321)


def test_with_no_database_yet_the_lock_stays_root_s(tmp_path: Path) -> None:
    with poller_lock(tmp_path / "new.db"):
        pass
    assert os.stat(tmp_path / "new.db.lock").st_uid == 0
