"""A reload (SIGHUP) with the real config loader and real TOML files: what it applies, and what it
says it cannot apply without a restart. The pipeline and sender are the fakes of test_daemon."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

import pytest

from tests.test_daemon import FakePipeline, FakeSender, make
from watcher.config import load_config

FEED = "http://127.0.0.1:1/feed.xml"


def write(path: Path, daemon: str) -> None:
    path.write_text(f'[daemon]\n{daemon}\n\n[[feed]]\nurl = "{FEED}"\n', encoding="utf-8")


def warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


async def test_a_changed_database_is_reported_as_needing_a_restart(
    tmp_path: Path, caplog: pytest.LogCaptureFixture,
) -> None:
    """The daemon kept its old database after a reload and said nothing: the user believed the
    new one was in use."""
    path = tmp_path / "watcher.toml"
    write(path, 'database = "a.db"')
    started = load_config(path, env={})
    pipe, sender = FakePipeline(), FakeSender()
    daemon = make(started, pipe, sender=sender, loader=load_config, env={})
    daemon.start()
    try:
        write(path, 'database = "b.db"\ninterval = "5m"')
        with caplog.at_level(logging.INFO):
            assert await daemon.reload() is True
        assert warnings(caplog) == [
            f"{path}: daemon.database changed: restart watcher to apply (the running values "
            f"stay until then; the database in use stays {tmp_path / 'a.db'})"]
        # what runs says what is really open; the rest of the new config is applied
        assert daemon.settings.daemon.database == tmp_path / "a.db"
        assert pipe.reloads[-1].daemon.database == tmp_path / "a.db"
        assert sender.reloads[-1].daemon.database == tmp_path / "a.db"
        assert daemon.settings.feeds[0].interval == timedelta(minutes=5)
        trigger = daemon.scheduler.get_job(f"feed:{FEED}").trigger
        assert trigger.interval == timedelta(minutes=5)
        caplog.clear()
        write(path, 'database = "a.db"')  # put back: nothing left to restart for
        with caplog.at_level(logging.INFO):
            assert await daemon.reload() is True
        assert warnings(caplog) == []
    finally:
        await daemon.shutdown()


async def test_the_database_option_wins_over_the_config_at_a_reload(
    tmp_path: Path, caplog: pytest.LogCaptureFixture,
) -> None:
    path = tmp_path / "watcher.toml"
    write(path, 'database = "a.db"')
    override = tmp_path / "cli.db"
    started = load_config(path, env={}, database=override)
    pipe = FakePipeline()
    daemon = make(started, pipe, loader=load_config, env={}, database=override)
    daemon.start()
    try:
        write(path, 'database = "b.db"')
        with caplog.at_level(logging.INFO):
            assert await daemon.reload() is True
        assert warnings(caplog) == []  # --database named the file, not the config
        assert pipe.reloads[-1].daemon.database == override
    finally:
        await daemon.shutdown()


async def test_daemon_keys_a_reload_applies_need_no_restart(
    tmp_path: Path, caplog: pytest.LogCaptureFixture,
) -> None:
    """max_item_age, timezone, max_backoff and retention are read at each use: no warning, and
    the pipeline and sender get the new values."""
    path = tmp_path / "watcher.toml"
    write(path, 'database = "a.db"')
    pipe, sender = FakePipeline(), FakeSender()
    daemon = make(load_config(path, env={}), pipe, sender=sender, loader=load_config, env={})
    daemon.start()
    try:
        write(path, 'database = "a.db"\nmax_item_age = "off"\ntimezone = "Europe/Zurich"\n'
                    'max_backoff = "1h"\nretention = "30d"\ntimeout = "5s"')
        with caplog.at_level(logging.INFO):
            assert await daemon.reload() is True
        assert warnings(caplog) == [
            f"{path}: daemon.timeout changed: restart watcher to apply (the running values "
            "stay until then)"]
        d = pipe.reloads[-1].daemon
        assert d.max_item_age is None and str(d.timezone) == "Europe/Zurich"
        assert d.max_backoff == timedelta(hours=1) and d.retention == timedelta(days=30)
        assert sender.reloads[-1].daemon == d
    finally:
        await daemon.shutdown()
