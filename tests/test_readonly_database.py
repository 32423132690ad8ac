"""A database the poller cannot write stops ``once`` and ``run`` at once with exit status 2.

A read-only file opens, reads and even takes SQLite's WAL write lock; only the first write fails.
Before ``SQLiteStore.check_writable``, ``run`` told systemd READY and then failed every poll of
every feed for ever (no exit, so ``Restart=`` never acted) and ``once`` counted each feed as an
error and exited 0. The readers (``status``) still read such a file.

The file is made read-only with its mode; as root, which ignores modes, the commands run under
``setpriv`` without the capabilities that override them (util-linux, on every Debian).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_cli import REPO, write_config

ROOT = os.geteuid() == 0
SETPRIV = shutil.which("setpriv")
DROP = [SETPRIV or "setpriv", "--bounding-set=-dac_override,-dac_read_search",
        "--inh-caps=-dac_override,-dac_read_search", "--"]

pytestmark = pytest.mark.skipif(ROOT and SETPRIV is None,
                                reason="root ignores file modes and setpriv is missing")


def as_user(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "watcher", *args]
    return subprocess.run([*DROP, *command] if ROOT else command, capture_output=True,
                          text=True, timeout=120, cwd=REPO)


@pytest.fixture
def read_only_db(tmp_path: Path) -> tuple[Path, Path]:
    """A config and its database, made as a first poll makes it, then set read-only."""
    from watcher.store import open_store

    config, db = write_config(tmp_path), tmp_path / "w.db"
    open_store(db).close()
    db.chmod(0o444)
    return config, db


@pytest.mark.parametrize("command", ["once", "run"])
def test_a_poller_refuses_a_read_only_database(read_only_db: tuple[Path, Path],
                                               command: str) -> None:
    config, db = read_only_db
    proc = as_user(command, "--config", str(config))
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert proc.stderr.strip() == (
        f"watcher: error: {db}: cannot write the database: attempt to write a readonly "
        "database (the daemon's user needs write access to the file and its folder)")
    assert "Traceback" not in proc.stderr


def test_status_still_reads_a_read_only_database(read_only_db: tuple[Path, Path]) -> None:
    config, db = read_only_db
    proc = as_user("status", "--config", str(config))
    assert proc.returncode == 0, proc.stderr
    assert str(db) in proc.stdout


def test_the_readers_read_a_database_in_a_read_only_folder(tmp_path: Path) -> None:
    """An operator's account, a read-only copy: ``status`` and ``events`` said "attempt to write
    a readonly database" (opening set WAL mode and made the -shm file). They read it as it is
    now (a user review, session 39); a poller is still refused, by its lock file."""
    from watcher.store import open_store

    folder = tmp_path / "ro"
    folder.mkdir()
    config = write_config(tmp_path)
    db = folder / "w.db"
    store = open_store(db)
    store.close()
    config.write_text(config.read_text().replace(str(tmp_path / "w.db"), str(db)))
    folder.chmod(0o555)
    try:
        for command in ("status", "events"):
            proc = as_user(command, "--config", str(config))
            assert proc.returncode == 0, (command, proc.stderr)
        events = as_user("events", "--config", str(config))
        assert events.stdout == "no events yet\n", events.stdout
        polled = as_user("once", "--config", str(config))
        assert polled.returncode == 2
        assert "cannot open the lock file: Permission denied" in polled.stderr
        assert sorted(p.name for p in folder.iterdir()) == ["w.db"]  # nothing made beside it
    finally:
        folder.chmod(0o755)
