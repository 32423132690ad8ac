"""After retention, ``explain`` and ``status`` say what it took, not silently less.

A user's review (session 45, finding 10): ``explain`` of a pruned article said "no stored item
with link ...", the words for a link never seen, and ``status`` counted "4 delivered" of 13
alerts sent, the rest pruned, without a word."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.test_store import NOW, item
from watcher.cli import main
from watcher.models import FeedState
from watcher.store import open_store


def config_for(tmp_path: Path, retention: str) -> Path:
    config = tmp_path / "watcher.toml"
    config.write_text(f'[daemon]\ndatabase = "{tmp_path / "w.db"}"\nretention = "{retention}"\n'
                      'timezone = "UTC"\n', encoding="utf-8")
    return config


def stored(tmp_path: Path) -> str:
    """One article read in October 2025; its link."""
    old = item(1)
    store = open_store(tmp_path / "w.db")
    try:
        store.commit_feed(FeedState(url=old.feed_url or ""), [old], [], [], [], NOW)
    finally:
        store.close()
    return old.link or ""


def test_explain_of_a_pruned_link_says_retention_removed_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    link = stored(tmp_path)
    config = config_for(tmp_path, "30d")
    # never pruned: a link not stored is just that (retention cannot be the reason)
    assert main(["explain", "https://nowhere.example/x", "--config", str(config)]) == 2
    assert capsys.readouterr().err.strip() == (
        "watcher: error: no stored item with link https://nowhere.example/x")
    store = open_store(tmp_path / "w.db")
    try:
        horizon = datetime(2026, 1, 10, 12, tzinfo=UTC)
        assert store.prune(horizon) == 1
        assert store.pruned_before() == horizon
        assert store.prune(horizon + timedelta(days=1)) == 0  # removed nothing: kept as it was
        assert store.pruned_before() == horizon
    finally:
        store.close()
    for args in ((), ("--json",)):
        assert main(["explain", link, *args, "--config", str(config)]) == 2
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err.strip() == (
            f"watcher: error: no stored item with link {link} (retention = \"30d\" removed the "
            "articles published and first read before 2026-01-10 12:00 UTC, but those of events "
            "still kept: if this one is older, it was among them)")


def test_status_says_its_counts_cover_the_retention_window(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stored(tmp_path)
    config = config_for(tmp_path, "30d")
    before = datetime.now(UTC)
    assert main(["status", "--config", str(config)]) == 0
    out = capsys.readouterr().out
    since = (before - timedelta(days=30)).strftime("%Y-%m-%d")
    assert f"deliveries (sent or failed since {since} " in out, out
    assert 'retention = "30d", and those of events still kept; pending: all):' in out, out
    assert main(["status", "--json", "--config", str(config)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert {"database", "feeds", "deliveries", "failed", "delivered_partly"} <= set(report)
    cover = report["deliveries_cover"]
    assert cover["retention"] == "30d" and cover["since"].startswith(since)
    assert cover["also"] == "the alerts of events still kept, however old"
    config = config_for(tmp_path, "off")  # every alert is counted: nothing to say
    assert main(["status", "--config", str(config)]) == 0
    assert "\ndeliveries:\n" in capsys.readouterr().out
    assert main(["status", "--json", "--config", str(config)]) == 0
    assert json.loads(capsys.readouterr().out)["deliveries_cover"] is None
