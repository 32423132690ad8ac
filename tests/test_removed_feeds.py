"""The reading commands (``status``, ``events``, ``explain``) on a database written under a config
whose feeds (and watches) were removed since: they keep working and say what they know."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.feedserver import FeedServer
from tests.test_pipeline import ANNOUNCED, REPEAT, rss
from watcher.cli import main

WATCH = '[[watch]]\nname = "putin"\nkeywords = ["Putin"]\n'


def config(tmp_path: Path, name: str, body: str) -> str:
    path = tmp_path / f"{name}.toml"
    path.write_text(f'[daemon]\ndatabase = "{tmp_path / "w.db"}"\n\n{body}', encoding="utf-8")
    return str(path)


def test_reading_commands_after_the_feed_left_the_config(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with FeedServer() as server:
        url = server.feed("/a.xml", rss(ANNOUNCED, REPEAT))
        full = config(tmp_path, "full", f'[[feed]]\nurl = "{url}"\nname = "Outlet"\n\n{WATCH}')
        assert main(["once", "--config", full]) == 0
    capsys.readouterr()
    link = ANNOUNCED[2]
    no_feed = config(tmp_path, "no-feed", WATCH)
    # the watch now takes only another feed's items; or no watch is left at all
    other = config(tmp_path, "other", '[[feed]]\nurl = "http://127.0.0.1:9/other.xml"\n'
                                      f'name = "Other"\n\n{WATCH}feeds = ["Other"]\n')
    bare = config(tmp_path, "bare", "")

    assert main(["status", "--config", no_feed]) == 0
    assert f"(not in config) {url}: 2 items" in capsys.readouterr().out

    for cfg in (no_feed, other, bare):
        assert main(["events", "--config", cfg]) == 0
        out = capsys.readouterr().out
        assert "planned    Trump and Putin to meet in Budapest  [putin]" in out, out
        # the events of a watch since removed are still asked for by its name
        assert main(["events", "--watch", "putin", "--config", cfg]) == 0
        assert "2 items from 1 outlet," in capsys.readouterr().out
    assert main(["events", "--watch", "nobody", "--config", bare]) == 2
    assert "no watch named 'nobody'" in capsys.readouterr().err

    assert main(["explain", link, "--config", no_feed]) == 0
    out = capsys.readouterr().out
    assert f"feed:     {url} (no longer in the config)" in out
    event_id = next(line.split()[-1] for line in out.splitlines() if line.startswith("decision"))
    assert f"decision: already in event {event_id}" in out.splitlines()
    for cfg in (other, bare):
        assert main(["explain", link, "--config", cfg]) == 0
        out = capsys.readouterr().out
        # it said "no watch matched" of an item that sits in an event
        assert "watches:  none matched" in out
        assert (f"decision: no watch matched now; stored in event {event_id} (Trump and Putin "
                "to meet in Budapest) when it was read") in out.splitlines()
