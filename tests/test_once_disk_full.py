"""``watcher once`` on a database that stops taking writes mid-run (a full disk): nothing is
sent that could not be recorded, the exit status says so, and the next run sends each alert
once (a user's review: a full disk sent Telegram alerts twice and ``once`` exited 0).

The full disk is real for SQLite: the subprocess runs under ``RLIMIT_FSIZE`` just above the
database's size, so its writes fail as they would on a full file system (no root needed)."""

from __future__ import annotations

import resource
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.feedserver import FeedServer
from tests.test_contract import putin_to_hook
from tests.test_e2e import ANNOUNCE, CANCEL, Receiver, env, rss, watcher


def once_with_file_limit(config: Path, limit: int) -> subprocess.CompletedProcess[str]:
    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [sys.executable, "-m", "watcher", "once", "--config", str(config)],
        capture_output=True, text=True, timeout=60, cwd=REPO, env=env(), preexec_fn=cap)


def test_a_full_disk_sends_nothing_twice(tmp_path: Path) -> None:
    hook = Receiver()
    filler = [{"title": f"Weather report {i}", "summary": "Rain and wind. " * 300,
               "link": f"https://courier.example/w{i}",
               "published": ANNOUNCE["published"] + timedelta(minutes=i), "lang": "en"}
              for i in range(60)]
    try:
        with FeedServer() as feeds:
            url = feeds.feed("/a.xml", rss("Courier", [ANNOUNCE]))
            config = putin_to_hook(tmp_path, url, hook)
            assert watcher(config, "once").returncode == 0
            assert len(hook.posts) == 1
            feeds.feed("/a.xml", rss("Courier", [ANNOUNCE, CANCEL, *filler]))
            size = max(p.stat().st_size for p in tmp_path.glob("w.db*"))
            full = once_with_file_limit(config, size + 16 * 1024)
            assert full.returncode == 1, full.stderr
            assert "Traceback" not in full.stderr
            assert "refused" in full.stderr and "nothing was sent" in full.stderr
            assert len(hook.posts) == 1  # the cancellation was not sent unrecorded
            again = watcher(config, "once")  # space freed
            assert again.returncode == 0, again.stderr
            assert [p["event"]["status"] for p, _ in hook.posts] == ["planned", "cancelled"]
            assert watcher(config, "once").returncode == 0
            assert len(hook.posts) == 2
    finally:
        hook.close()


def test_an_alert_sent_but_unrecorded_is_told_and_fails_the_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Another writer takes the database between the poll and the delivery: the alert goes
    out and cannot be recorded. ``once`` says so and exits 1, and retention does not wait on the
    lock and end the run before the summary (a code review)."""
    from watcher.cli import main
    from watcher.notify.sender import Sender
    from watcher.store.sqlite import SQLiteStore

    monkeypatch.setattr(SQLiteStore, "WRITE_WAIT", 0.2)
    monkeypatch.setattr(SQLiteStore, "BUSY_TIMEOUT", 0.1)
    db = tmp_path / "w.db"
    others: list[sqlite3.Connection] = []
    deliver, record = Sender.deliver_due, Sender.record_sent

    async def locked_deliver(self: Sender) -> object:
        other = sqlite3.connect(db, isolation_level=None, timeout=0)
        other.execute("BEGIN IMMEDIATE")
        others.append(other)
        return await deliver(self)

    async def quick_record(self: Sender, tries: int = 5, wait: float = 1.0) -> int:
        return await record(self, tries=2, wait=0.05)

    monkeypatch.setattr(Sender, "deliver_due", locked_deliver)
    monkeypatch.setattr(Sender, "record_sent", quick_record)
    hook = Receiver()
    try:
        with FeedServer() as feeds:
            url = feeds.feed("/a.xml", rss("Courier", [ANNOUNCE]))
            config = putin_to_hook(tmp_path, url, hook)
            code = main(["once", "--config", str(config), "--log-level", "error"])
        out = capsys.readouterr()
        assert code == 1 and len(hook.posts) == 1, out.err
        assert "1 alert went out but could not be recorded" in out.err
        assert "deliveries: 1 sent" in out.out
    finally:
        for other in others:
            other.execute("ROLLBACK")
            other.close()
        hook.close()
