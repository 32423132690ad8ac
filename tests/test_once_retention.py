"""``watcher once`` applies the retention, as the daemon's job does every few hours: a timer or
cron running ``once`` kept every item for ever (a user review, session 39)."""

from __future__ import annotations

from pathlib import Path

from tests.test_cli import run
from tests.test_store import NOW, item
from watcher.models import FeedState
from watcher.store import open_store


def test_once_prunes_what_the_retention_no_longer_keeps(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    store = open_store(db)
    old = item(1)  # published and first seen in October 2025, long before the retention
    store.commit_feed(FeedState(url=old.feed_url or ""), [old], [], [], [], NOW)
    store.close()
    config = tmp_path / "watcher.toml"
    config.write_text(f'[daemon]\ndatabase = "{db}"\nretention = "30d"\n', encoding="utf-8")
    proc = run("once", "--config", str(config))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-1] == "retention: removed 1 old item"
    again = run("once", "--config", str(config))
    assert "retention" not in again.stdout
    store = open_store(db)
    try:
        assert store.known_keys([old.key]) == set()
    finally:
        store.close()
