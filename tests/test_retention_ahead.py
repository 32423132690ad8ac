"""Retention keeps an open event while the day it is due is within it (``watcher.retention``).

A user's review (session 45, finding 3): a show announced in January for August, with no news in
between, was pruned in July with the default retention of 180 days; its call-off in August came
as "New event: cancelled", out of the announcement's Telegram thread, and ``watcher events``
lost the show four weeks before it. Played here with a real loopback feed server, a real SQLite
file and the pipeline's clock, restarts included (the tracker is read back from the file)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.feedserver import FeedServer
from tests.test_pipeline import rss
from watcher.config import load_config
from watcher.pipeline import Pipeline
from watcher.settings import Settings
from watcher.store import SQLiteStore

JAN = datetime(2027, 1, 12, 9, 0, tzinfo=UTC)
AUG = datetime(2027, 8, 20, 9, 0, tzinfo=UTC)
ANNOUNCED = [
    ("Coldplay to play Zurich Letzigrund on August 28",
     "Tickets for the band's only Swiss show go on sale on Friday.",
     "https://bbc.example/coldplay-zurich", JAN)]
ANGEKUENDIGT = [
    ("Coldplay spielen am 28. August in Zürich", "Der Vorverkauf beginnt am Freitag.",
     "https://nzz.example/coldplay-zuerich", JAN + timedelta(hours=1))]
ABGESAGT = [
    ("Coldplay sagen Konzert in Zürich ab",
     "Das Konzert vom 28. August im Letzigrund findet nicht statt.",
     "https://nzz.example/coldplay-abgesagt", AUG)]


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as s:
        yield s


def settings(tmp_path: Path, server: FeedServer, retention: str = "180d") -> Settings:
    return load_config(None, text=(
        f'[daemon]\ndatabase = "{tmp_path / "w.db"}"\ntimeout = "2s"\n'
        f'retention = "{retention}"\nmax_item_age = "2d"\n\n'
        f'[[feed]]\nurl = "{server.url("/bbc.xml")}"\nname = "BBC"\n\n'
        f'[[feed]]\nurl = "{server.url("/nzz.xml")}"\nname = "NZZ"\n\n'
        '[[watch]]\nname = "coldplay"\nkeywords = ["Coldplay"]\n\n'
        '[[watch]]\nname = "u2"\nkeywords = ["U2"]\n\n'
        '[notifier.chat]\ntype = "webhook"\nurl = "http://127.0.0.1:9/alerts"\n'))


async def step(config: Settings, at: datetime, *, prune: bool = True) -> tuple[int, SQLiteStore]:
    """One ``watcher once`` at ``at``: a fresh pipeline (a restart), a poll, the retention.
    The store stays open for the caller."""
    store = SQLiteStore(config.daemon.database)
    pipeline = Pipeline(config, store, clock=lambda: at)
    try:
        await pipeline.poll_all()
        removed = await pipeline.prune() if prune else 0
    finally:
        await pipeline.aclose()
    return removed, store


def deliver_all(store: SQLiteStore, at: datetime) -> list[tuple[str, str, str | None]]:
    """Mark every due alert delivered (ref ``m-ID``, as a Telegram message id); what went out:
    (kind, status, the ref it replied to)."""
    out = []
    for d in store.due_deliveries(at + timedelta(days=1)):
        out.append((d.kind, d.status, d.thread_ref))
        store.mark_delivered(d.id, f"m-{d.id}", at)
    return out


async def test_a_show_announced_seven_months_ahead_is_followed_to_its_call_off(
        tmp_path: Path, server: FeedServer) -> None:
    server.feed("/bbc.xml", rss(*ANNOUNCED))
    server.feed("/nzz.xml", rss(*ANGEKUENDIGT))
    config = settings(tmp_path, server)
    _, store = await step(config, JAN + timedelta(hours=1, minutes=5))
    try:
        assert deliver_all(store, JAN) == [("new_event", "planned", None)]
        [event] = store.events()
    finally:
        store.close()
    # polls in March, May and July with no news; July 20 is beyond 180 days of January 12
    for at in (datetime(2027, 3, 1, tzinfo=UTC), datetime(2027, 5, 1, tzinfo=UTC),
               datetime(2027, 7, 20, tzinfo=UTC)):
        removed, store = await step(config, at)
        try:
            assert removed == 0, at  # its articles stay with it
            [kept] = store.events()
            assert (kept["id"], kept["status"], len(kept["items"])) == (
                event["id"], "planned", 2)
        finally:
            store.close()
    server.advance("/nzz.xml", rss(*ABGESAGT, *ANGEKUENDIGT))
    removed, store = await step(config, AUG + timedelta(minutes=5))
    try:
        # a status change, replying to January's message: not a new event out of the thread
        assert deliver_all(store, AUG) == [("status_change", "cancelled", "m-1")]
        # cancelled, it is final and kept as any other: while its last article is within the
        # retention, without January's articles (its history still links them)
        assert removed == 2
        [done] = store.events()
        assert (done["id"], len(done["items"])) == (event["id"], 1)
        # (the plan's link is the first announcement read: both feeds are polled at once)
        planned, cancelled = done["history"]
        assert (planned["status"], cancelled["status"]) == ("planned", "cancelled")
        assert planned["link"] in (ANNOUNCED[0][2], ANGEKUENDIGT[0][2])
        assert cancelled["link"] == ABGESAGT[0][2]
    finally:
        store.close()
    removed, store = await step(config, AUG + timedelta(days=181))
    try:
        assert removed == 1 and store.events() == []
    finally:
        store.close()
    with sqlite3.connect(config.daemon.database) as db:
        assert db.execute("SELECT count(*) FROM outbox").fetchone() == (0,)
        assert db.execute("SELECT count(*) FROM event_history").fetchone() == (0,)


async def test_an_open_event_goes_once_its_day_is_older_than_the_retention(
        tmp_path: Path, server: FeedServer) -> None:
    """Bounded: the show nobody reported on again is kept through its day and the retention
    after it (the reports of the evening come then), and goes after, articles and all; an
    undated announcement goes with its last article, as before."""
    server.feed("/bbc.xml", rss(*ANNOUNCED))
    server.feed("/nzz.xml", rss(
        ("U2 planen neues Album", "Die Band kündigt eine Platte an.",
         "https://nzz.example/album", JAN - timedelta(days=3))))
    config = settings(tmp_path, server, retention="30d")
    _, store = await step(config, JAN + timedelta(minutes=5))
    try:
        deliver_all(store, JAN)
        assert len(store.events()) == 2
    finally:
        store.close()
    server.status("/bbc.xml", 404)
    server.status("/nzz.xml", 404)
    removed, store = await step(config, JAN + timedelta(days=40))
    try:
        [show] = store.events()  # the album (no day) went 30 days after its article
        assert removed == 1 and show["title"].startswith("Coldplay to play")
    finally:
        store.close()
    removed, store = await step(config, datetime(2027, 9, 26, tzinfo=UTC))  # Aug 28 + 29 days
    try:
        assert removed == 0 and [len(e["items"]) for e in store.events()] == [1]
    finally:
        store.close()
    removed, store = await step(config, datetime(2027, 9, 28, tzinfo=UTC))
    try:
        assert removed == 1 and store.events() == []
    finally:
        store.close()


async def test_alerts_of_a_kept_event_stay_after_the_retention(
        tmp_path: Path, server: FeedServer) -> None:
    """An event whose story goes on for longer than the retention kept its articles of the last
    weeks, but its first alert was pruned 30 days after it was sent: the next status change
    was sent outside the thread. The outbox row goes with its event."""
    server.feed("/bbc.xml", rss(*ANNOUNCED))
    server.feed("/nzz.xml", rss(*ANGEKUENDIGT))
    config = settings(tmp_path, server, retention="30d")
    _, store = await step(config, JAN + timedelta(hours=1, minutes=5))
    try:
        assert deliver_all(store, JAN) == [("new_event", "planned", None)]
    finally:
        store.close()
    # the announcement is repeated in March (still planned), then the show is called off
    again = ("Coldplay: Zurich show on August 28 is on, says promoter",
             "The band will play Letzigrund as planned.", "https://bbc.example/on",
             datetime(2027, 3, 1, 9, tzinfo=UTC))
    server.advance("/bbc.xml", rss(again, *ANNOUNCED))
    _, store = await step(config, datetime(2027, 3, 1, 9, 5, tzinfo=UTC))
    store.close()
    server.advance("/nzz.xml", rss(*ABGESAGT, *ANGEKUENDIGT))
    _, store = await step(config, AUG + timedelta(minutes=5))
    try:
        assert deliver_all(store, AUG) == [("status_change", "cancelled", "m-1")]
    finally:
        store.close()
