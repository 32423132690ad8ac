"""A renamed watch keeps its events' alert state (a user's review, session 40): renaming
"orban" to "hungary" made the summit's postponement a second "new event" under the new name,
not a status change, across a restart and under a reload alike."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.feedserver import FeedServer
from tests.test_pipeline import rss
from tests.test_pipeline import server as server  # the loopback feed server fixture
from watcher.config import load_config
from watcher.pipeline import Pipeline
from watcher.settings import Settings
from watcher.store import SQLiteStore
from watcher.store.watch_names import renames

NOW = datetime.now(UTC).replace(microsecond=0)
PLAN = ("Orban and Fico to hold summit in Bratislava on June 12",
        "The Hungarian and Slovak prime ministers will meet in Bratislava.",
        "https://news.example/bratislava-1", NOW - timedelta(hours=5))
OFF = ("Orban-Fico summit in Bratislava postponed",
       "The meeting of the two prime ministers was put off, officials said.",
       "https://news.example/bratislava-2", NOW - timedelta(hours=1))


def settings(tmp_path: Path, url: str, watch: str, keywords: str = '"Orban"') -> Settings:
    return load_config(None, text=(
        f'[daemon]\ndatabase = "{tmp_path / "w.db"}"\ntimeout = "2s"\n'
        f'max_item_age = "off"\n[[feed]]\nurl = "{url}"\nname = "Wire"\n'
        f'[[watch]]\nname = "{watch}"\nkeywords = [{keywords}]\n'
        '[notifier.hook]\ntype = "webhook"\nurl = "http://127.0.0.1:9/alerts"\n'))


async def alerts_of(s: Settings, pipeline: Pipeline | None = None) -> list[tuple[str, str]]:
    """The alerts (kind, watch) one poll puts in the outbox."""
    store = pipeline.store if pipeline is not None else SQLiteStore(s.daemon.database)
    seen = len(outbox(s))
    own = pipeline is None
    pipeline = pipeline or Pipeline(s, store)
    try:
        await pipeline.poll_all()
        store.flush()
    finally:
        if own:
            await pipeline.aclose()
            store.close()
    return outbox(s)[seen:]


def outbox(s: Settings) -> list[tuple[str, str]]:
    with sqlite3.connect(s.daemon.database) as db:
        return db.execute("SELECT kind, watch FROM outbox ORDER BY id").fetchall()


def test_renames_pairs_a_gone_name_with_its_one_heir() -> None:
    assert renames({"orban": "A", "x": "B"}, {"hungary": "A", "x": "B"}) == {"orban": "hungary"}
    assert renames({"orban": "A"}, {"hungary": "A", "magyar": "A"}) == {}  # which one?
    assert renames({"orban": "A"}, {"hungary": "C"}) == {}  # keywords changed too: new watch
    assert renames({"orban": "A"}, {"orban": "A", "hungary": "A"}) == {}  # a copy, not a rename


async def test_a_renamed_watch_is_told_the_change_not_a_new_event(tmp_path: Path,
                                                                   server: FeedServer) -> None:
    url = server.feed("/wire.xml", rss(PLAN))
    assert await alerts_of(settings(tmp_path, url, "orban")) == [("new_event", "orban")]
    server.feed("/wire.xml", rss(PLAN, OFF))
    assert await alerts_of(settings(tmp_path, url, "hungary")) == [
        ("status_change", "hungary")]  # a restart with the watch renamed
    store = SQLiteStore(tmp_path / "w.db")
    try:
        (event,) = store.events()
        assert event["watches"] == ["hungary"]
    finally:
        store.close()


async def test_a_rename_under_a_reload(tmp_path: Path, server: FeedServer) -> None:
    url = server.feed("/wire.xml", rss(PLAN))
    old = settings(tmp_path, url, "orban")
    store = SQLiteStore(old.daemon.database)
    pipeline = Pipeline(old, store)
    try:
        assert await alerts_of(old, pipeline) == [("new_event", "orban")]
        pipeline.reload(settings(tmp_path, url, "hungary"))
        server.feed("/wire.xml", rss(PLAN, OFF))
        assert await alerts_of(old, pipeline) == [("status_change", "hungary")]
    finally:
        await pipeline.aclose()
        store.close()


async def test_new_keywords_under_a_new_name_are_a_new_watch(tmp_path: Path,
                                                             server: FeedServer) -> None:
    url = server.feed("/wire.xml", rss(PLAN))
    assert await alerts_of(settings(tmp_path, url, "orban")) == [("new_event", "orban")]
    server.feed("/wire.xml", rss(PLAN, OFF))
    assert await alerts_of(settings(tmp_path, url, "slovakia", '"Fico"')) == [
        ("new_event", "slovakia")]


def test_a_rename_in_a_reload_moves_the_watchs_breadth() -> None:
    """``one_alert`` ranks watches by the articles they took: after a rename in a reload the
    watch took as many as a restart counts (a code review, session 40: it had none)."""
    from watcher.core.tracker import Tracker
    from watcher.models import Item
    from watcher.settings import WatchSettings

    tracker = Tracker([WatchSettings("orban", keywords=("Orban",))])
    for n in range(3):
        item = Item(f"k{n}", f"Orban to visit Bratislava {n}", "", f"https://x/{n}", "s",
                    NOW - timedelta(hours=n), lang="en")
        tracker.process(item, NOW)
    tracker.rename_watches({"orban": "hungary"})
    restarted = Tracker([WatchSettings("hungary", keywords=("Orban",))],
                        events=[e.to_dict() for e in tracker.events()])
    assert tracker.breadth("hungary") == restarted.breadth("hungary") > 0
    assert tracker.breadth("orban") == 0
