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


def test_an_exclude_that_holds_the_watchs_own_keyword_is_warned_of() -> None:
    """``keywords = ["Putin"]``, ``exclude = ["Putin"]`` passed check-config in silence and the
    watch never matched (a user's review, session 44). Compared folded, as the matcher does:
    case and accents off, and a keyword of several words holds a one-word exclude."""
    from watcher.config_summary import warnings
    from watcher.settings import DaemonSettings, Settings

    def watch(name: str, keywords: tuple[str, ...], exclude: tuple[str, ...],
              require: tuple[str, ...] = ()) -> WatchSettings:
        return WatchSettings(name=name, keywords=keywords, require=require, exclude=exclude)

    watches = (
        watch("same", ("Putin",), ("Putin",)),
        watch("folded", ("Zürich", "Vladimir Putin"), ("ZURICH", "putin")),
        watch("one-of-two", ("Putin", "Poutine"), ("poutine",)),
        watch("required", ("Trump",), ("Budapest",), require=("Budapest summit",)),
        # narrower phrases, not the keyword: as the example config's "Putin-Versteher"
        watch("fine", ("Putin",), ("Putin-Versteher", "Alaska")),
        watch("every-item", (), ("Putin",)),
    )
    settings = Settings(daemon=DaemonSettings(database=Path("w.db")), watches=watches)
    said = [w for w in warnings(settings) if w.startswith("watch ")]
    never = "every article that names it is excluded, so the watch can never match"
    assert said == [
        f'watch same: exclude "Putin" is in its keyword "Putin": {never}',
        f'watch folded: exclude "ZURICH" is in its keyword "Zürich": {never}',
        f'watch folded: exclude "putin" is in its keyword "Vladimir Putin": {never}',
        'watch one-of-two: exclude "poutine" is in its keyword "Poutine": every article that '
        "names it is excluded, so that keyword can never match",
        f'watch required: exclude "Budapest" is in its require "Budapest summit": {never}',
    ]


def test_check_config_shows_require_and_exclude_and_the_excluded_keyword(
        tmp_path: Path) -> None:
    config = write_config(tmp_path, '''exclude = ["PUTIN"]

[[watch]]
name = "budapest"
keywords = ["Putin"]
require = ["Budapest"]
exclude = ["Alaska", "Putin-Versteher"]

[[feed]]
url = "http://127.0.0.1:9/feed.xml"

[notifier.term]
type = "console"
''')
    proc = run("check-config", "--config", str(config))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    summaries = [line.split("; on ")[0] for line in lines if line.startswith(("  putin: ",
                                                                              "  budapest: "))]
    assert summaries == [  # the narrowing shows (it did not: "putin: Putin, Poutine; in ...")
        "  putin: Putin, Poutine; exclude PUTIN; in all feeds; to all notifiers",
        "  budapest: Putin; require Budapest; exclude Alaska, Putin-Versteher; in all feeds; "
        "to all notifiers"]
    assert [line for line in lines if line.startswith("warning:")] == [
        'warning: watch putin: exclude "PUTIN" is in its keyword "Putin": every article that '
        "names it is excluded, so that keyword can never match"]
