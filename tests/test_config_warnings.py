"""What a valid config leaves undone is said, not passed over (a user review, session 39).

A config with watches but no notifier was "OK": the daemon decided alerts and sent them nowhere,
and the user who then added a notifier first heard of the event when its status changed. An
empty file was "OK" too, and ``run`` polled nothing for ever. ``check-config`` now prints a
``warning:`` line for each, ``once`` says it on stderr, and the daemon logs it at each start and
reload; the exit status stays 0 (``events`` and ``replay`` need no notifier).
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from pathlib import Path

import pytest

from tests.test_cli import run, write_config
from watcher.settings import WatchSettings

NO_NOTIFIER = ("warning: no [notifier.NAME]: alerts are decided and recorded with their events, "
               "but sent nowhere, and not later either")


def test_check_config_warns_of_watches_with_no_notifier(tmp_path: Path) -> None:
    proc = run("check-config", "--config", str(write_config(tmp_path)))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-2:] == ["warning: no [[feed]]: nothing will be polled",
                                             NO_NOTIFIER]


def test_check_config_of_an_empty_file_warns_twice(tmp_path: Path) -> None:
    config = tmp_path / "watcher.toml"
    config.write_text(f'[daemon]\ndatabase = "{tmp_path / "w.db"}"\n', encoding="utf-8")
    proc = run("check-config", "--config", str(config))
    assert proc.returncode == 0, proc.stderr
    assert [line for line in proc.stdout.splitlines() if line.startswith("warning:")] == [
        "warning: no [[feed]]: nothing will be polled",
        "warning: no [[watch]]: items are stored, but no event is followed and nothing alerted"]


def test_a_complete_config_has_no_warning(tmp_path: Path) -> None:
    config = write_config(tmp_path, '\n[[feed]]\nurl = "http://127.0.0.1:9/feed.xml"\n\n'
                                    '[notifier.term]\ntype = "console"\n')
    proc = run("check-config", "--config", str(config))
    assert proc.returncode == 0, proc.stderr
    assert "warning" not in proc.stdout


def test_once_says_it_on_stderr(tmp_path: Path) -> None:
    proc = run("once", "--config", str(write_config(tmp_path)))
    assert proc.returncode == 0, proc.stderr
    assert NO_NOTIFIER in proc.stderr.splitlines()


async def test_the_daemon_logs_them_at_start_and_a_reload_only_news(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """At the start every warning; a reload says only what it made new (no repeat of "no
    notifier" at each SIGHUP), here the watch that now has no notifier to send to."""
    from tests.test_daemon import WAIT, feed, make, settings, stop

    path = tmp_path / "watcher.toml"
    old = settings(feed(1), path=path)
    new = replace(old, watches=(WatchSettings(name="putin", keywords=("Putin",)),))
    daemon = make(old, loader=lambda p, **kw: new)
    with caplog.at_level(logging.INFO):
        task = asyncio.create_task(daemon.run())
        await asyncio.sleep(0.2)
        started = warned(caplog)
        caplog.clear()
        assert await asyncio.wait_for(daemon.reload(), WAIT) is True
        reloaded = warned(caplog)
        assert await stop(daemon, task) == 0
    assert started == [f"{path}: no [[watch]]: items are stored, but no event is followed and "
                       "nothing alerted"]
    assert reloaded == [f"{path}: {NO_NOTIFIER.removeprefix('warning: ')}"]


def warned(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records
            if r.levelno == logging.WARNING and r.name == "watcher.daemon"]


def test_check_config_names_every_table_s_error_in_one_run(tmp_path: Path) -> None:
    """A file with an error in each of three tables took three runs to fix: the first error
    only was said (a user review, session 39). Each table's first error is said now, in the
    file's order, each as ``PATH:LINE: key: message``."""
    config = tmp_path / "watcher.toml"
    config.write_text('[daemon]\ninterval = "soon"\n[[feed]]\nurl = "ftp://x"\n'
                      '[[watch]]\nname = "a"\nkeywords = 3\n', encoding="utf-8")
    proc = run("check-config", str(config))
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.splitlines() == [
        f'{config}:2: daemon.interval: expected a duration like "15m", got "soon"',
        f'{config}:4: feed[1].url: expected an http:// or https:// URL, got "ftp://x"',
        f"{config}:7: watch[1].keywords: expected a list of strings, got 3"]
