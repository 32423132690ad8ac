"""Faults of the small server a user's review made (ux18, session 51).

- A disk read-only at start stopped the service for good: ``run`` exited 2 and systemd's
  ``RestartPreventExitStatus=2`` kept it down after the disk was writable again. ``run`` now
  waits for the disk, up and telling systemd so. A read-only mount cannot be made here without
  privileges: the waiting is driven by a probe standing in for ``os.statvfs``'s answer.
- ``watcher status`` showed every feed healthy while the disk was full.
- A second poller through a symbolic link to the database file took another lock file, ran, and
  Telegram got alerts twice.
"""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

import pytest

from tests.test_cli import write_config
from tests.test_systemd import NotifySocket, short_dir  # noqa: F401  (a fixture)
from watcher import commands
from watcher.config import load_config
from watcher.disk import refusing, wait_for_disk
from watcher.errors import StoreError
from watcher.runlock import poller_lock
from watcher.sdnotify import SystemdNotifier


def test_a_writable_disk_and_memory_refuse_nothing(tmp_path: Path) -> None:
    assert refusing(tmp_path / "w.db") is None
    assert refusing(tmp_path / "not" / "yet" / "w.db") is None  # folders a first start makes
    assert refusing(":memory:") is None


def test_run_waits_for_a_disk_that_takes_no_writes(short_dir: Path) -> None:  # noqa: F811
    answers = ["read-only file system", "read-only file system", None]
    asked: list[str] = []

    def probe(database: str | Path) -> str | None:
        asked.append(str(database))
        return answers.pop(0)

    socket_path = str(short_dir / "notify")
    systemd = NotifySocket(socket_path)
    notifier = SystemdNotifier({"NOTIFY_SOCKET": socket_path, "WATCHDOG_USEC": "200000"})
    try:
        go_on = asyncio.run(wait_for_disk(short_dir / "w.db", notifier, probe=probe,
                                          retry=0.2))
        assert go_on and answers == [] and len(asked) == 3
        ready = systemd.expect("READY=1")
        assert "STATUS=waiting for the database's disk: read-only file system" in ready
        systemd.expect("WATCHDOG=1")  # pinged while it waits: the watchdog does not kill it
    finally:
        notifier.close()
        systemd.close()
    # a disk that takes writes: no wait, nothing said
    assert asyncio.run(wait_for_disk(short_dir / "w.db", SystemdNotifier({})))


def test_a_stop_or_a_reload_while_waiting_leaves_no_dead_service(short_dir: Path) -> None:  # noqa: F811
    """A code review: SIGHUP (``systemctl reload``) while waiting killed the process, which
    systemd took for a clean stop, and SIGTERM ended it without ``STOPPING=1``. A reload is
    noted and the wait goes on; a stop ends it, said to systemd."""
    socket_path = str(short_dir / "notify")
    systemd = NotifySocket(socket_path)
    notifier = SystemdNotifier({"NOTIFY_SOCKET": socket_path})

    async def wait() -> bool:
        loop = asyncio.get_running_loop()
        loop.call_later(0.2, os.kill, os.getpid(), signal.SIGHUP)
        loop.call_later(0.5, os.kill, os.getpid(), signal.SIGTERM)
        return await wait_for_disk(short_dir / "w.db", notifier,
                                   probe=lambda _: "read-only file system", retry=0.1)

    try:
        assert asyncio.run(wait()) is False  # stopped, not killed by the reload
        systemd.expect("STOPPING=1")
    finally:
        notifier.close()
        systemd.close()


def test_status_names_a_disk_that_takes_no_writes(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    settings = load_config(write_config(tmp_path))
    monkeypatch.setattr(commands, "refusing", lambda database: "disk full")
    assert commands.status(settings) == 0
    out = capsys.readouterr().out
    assert ("its disk takes no writes: disk full; nothing polled can be stored until it does"
            in out)
    assert commands.status(settings, as_json=True) == 0
    assert '"database_disk": "disk full"' in capsys.readouterr().out


def test_a_symbolic_link_to_the_database_shares_its_lock(tmp_path: Path) -> None:
    db = tmp_path / "watcher.db"
    db.touch()
    link = tmp_path / "link.db"
    os.symlink(db, link)
    with poller_lock(db), pytest.raises(StoreError, match="another watcher"), \
            poller_lock(link):
        pass
    with poller_lock(link), pytest.raises(StoreError, match="another watcher"), poller_lock(db):
        pass


def test_status_reads_the_database_despite_a_config_that_does_not_load(tmp_path: Path) -> None:
    """The daemon runs on the old config after a reload refused an edit; ``status`` exited 2
    and showed nothing. With ``--database`` it now tells the error and reads the database;
    its exit status stays the config's."""
    from tests.test_cli import run
    from watcher.models import FeedState
    from watcher.store import open_store

    db = tmp_path / "w.db"
    store = open_store(db)
    store.save_feed_state(FeedState(url="http://127.0.0.1:9/a.xml", items=3))
    store.close()
    config = write_config(tmp_path, '[[feed]\nurl = "broken\n')
    proc = run("status", "--config", str(config), "--database", str(db))
    assert proc.returncode == 2, proc.stderr
    assert "the config does not load; the database as it stands" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert "(not in config) http://127.0.0.1:9/a.xml" in proc.stdout
    # without --database: its TOML does not parse, no database to go by
    assert run("status", "--config", str(config)).stdout == ""


def test_status_finds_the_database_a_broken_config_still_names(tmp_path: Path) -> None:
    """A config whose TOML reads but does not load (a watch's typo) still names its
    database: ``status`` reads that one without ``--database``, telling which it read. A
    database named by a variable is read through it; a named database that is not there
    gives only the error (so does a file that is no TOML, above)."""
    from tests.test_cli import run
    from watcher.models import FeedState
    from watcher.store import open_store

    db = tmp_path / "state" / "w.db"
    db.parent.mkdir()
    store = open_store(db)
    store.save_feed_state(FeedState(url="http://127.0.0.1:9/a.xml", items=3))
    store.close()

    def config(body: str) -> str:
        path = tmp_path / "watcher.toml"
        path.write_text(body, encoding="utf-8")
        return str(path)

    proc = run("status", "--config", config('[daemon]\ndatabase = "state/w.db"\n'
                                            '[[watch]]\nname = "x"\nkeywordz = ["y"]\n'))
    assert proc.returncode == 2, proc.stderr
    assert "keywordz" in proc.stderr
    assert f"the database as it stands ({db})" in proc.stderr
    assert "(not in config) http://127.0.0.1:9/a.xml" in proc.stdout
    assert "Traceback" not in proc.stderr
    proc = run("status", "--config", config('[daemon]\ndatabase = "${STATE}/w.db"\n'
                                            '[[feed]]\nurl = 3\n'),
               env={**os.environ, "STATE": str(db.parent)})
    assert proc.returncode == 2 and "a.xml" in proc.stdout, proc.stderr
    proc = run("status", "--config", config('[daemon]\ndatabase = "gone/w.db"\n'
                                            '[[feed]]\nurl = 3\n'))
    assert proc.returncode == 2 and proc.stdout == "", proc.stdout
    assert "as it stands" not in proc.stderr and "url" in proc.stderr
    # a misspelt key: what it meant to name is unknown, and the default database is not
    # shown as this config's (a code review)
    home = tmp_path / "home"
    default = home / ".local" / "share" / "watcher" / "watcher.db"
    default.parent.mkdir(parents=True)
    open_store(default).close()
    proc = run("status", "--config", config('[daemon]\ndatabse = "state/w.db"\n'),
               env={**os.environ, "HOME": str(home), "XDG_DATA_HOME": "", "STATE_DIRECTORY": ""})
    assert proc.returncode == 2 and proc.stdout == "", proc.stdout
    assert "as it stands" not in proc.stderr and "databse" in proc.stderr
