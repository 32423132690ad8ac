"""The pipeline end to end against a real loopback HTTP server and a real SQLite file."""

from __future__ import annotations

import asyncio
import logging
import re
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from tests.feedserver import FeedServer
from tests.sqlite_lock import locked_until_store_writes
from watcher.config import load_config
from watcher.errors import StoreError
from watcher.ingest import POOL_BURST, POOL_MIN_FEEDS
from watcher.pipeline import MOVED_FAILURES, Pipeline
from watcher.settings import Settings
from watcher.store import SQLiteStore

NOW = datetime.now(UTC).replace(microsecond=0)


def rss(*items: tuple[str, str, str, datetime], guid: bool = True) -> bytes:
    """(title, summary, link, published) -> an RSS 2.0 document."""
    body = "".join(
        f"<item><title>{escape(t)}</title><link>{escape(link)}</link>"
        + (f"<guid>{escape(link)}</guid>" if guid else "")
        + f"<pubDate>{format_datetime(p)}</pubDate><description>{escape(s)}</description></item>"
        for t, s, link, p in items
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
            f"<link>http://example.org/</link><description>d</description>{body}"
            f"</channel></rss>").encode()


ANNOUNCED = ("Trump and Putin to meet in Budapest",
             "Donald Trump said he will hold a summit with Vladimir Putin in Budapest.",
             "https://news.example/budapest-1", NOW - timedelta(hours=3))
REPEAT = ("Trump und Putin wollen sich in Budapest treffen",
          "US-Präsident Trump kündigt ein Gipfeltreffen mit Putin in Budapest an.",
          "https://nachrichten.example/budapest-2", NOW - timedelta(hours=2))
WEATHER = ("Storm warning for the coast", "Gusts of up to 120 km/h expected.",
           "https://news.example/storm", NOW - timedelta(hours=1))


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as s:
        yield s


def settings_for(tmp_path: Path, feeds: dict[str, str], extra: str = "") -> Settings:
    feed_tables = "".join(
        f'[[feed]]\nurl = "{url}"\nname = "{name}"\ninterval = "5m"\n\n'
        for name, url in feeds.items()
    )
    return load_config(None, text=(
        f'[daemon]\ndatabase = "{tmp_path / "w.db"}"\ntimeout = "2s"\n{extra}\n{feed_tables}'
        '[[watch]]\nname = "putin"\nkeywords = ["Putin"]\n\n'
        '[notifier.hook]\ntype = "webhook"\nurl = "http://127.0.0.1:9/alerts"\n'
    ))


async def poll(settings: Settings) -> tuple[object, SQLiteStore]:
    store = SQLiteStore(settings.daemon.database)
    pipeline = Pipeline(settings, store)
    try:
        summary = await pipeline.poll_all()
    finally:
        await pipeline.aclose()
    return summary, store


async def test_restart_keeps_state_and_second_pass_is_conditional(
        tmp_path: Path, server: FeedServer) -> None:
    a = server.feed("/a.xml", rss(ANNOUNCED, WEATHER))
    b = server.feed("/b.xml", rss(REPEAT))
    settings = settings_for(tmp_path, {"A": a, "B": b})
    summary, store = await poll(settings)
    assert (summary.feeds, summary.new_items, summary.errors) == (2, 3, 0)  # type: ignore[attr-defined]
    due = {s.url: s.next_due for s in store.feed_states()}
    etags = {s.url: s.etag for s in store.feed_states()}
    [event] = store.events()
    assert event["status"] == "planned" and len(event["items"]) == 2
    assert store.delivery_counts()["hook"]["pending"] == 1  # one new_event, not one per article
    store.close()

    store = SQLiteStore(settings.daemon.database)  # due times survive a restart
    assert {s.url: s.next_due for s in store.feed_states()} == due
    assert all(d is not None and d > NOW for d in due.values())
    store.close()

    server.reset_counters()
    summary, store = await poll(settings)  # a restart: new store object, new pipeline
    assert (summary.new_items, summary.not_modified) == (0, 2)  # type: ignore[attr-defined]
    assert server.hits("/a.xml") == server.conditional_hits("/a.xml") == 1
    assert server.hits("/b.xml") == server.conditional_hits("/b.xml") == 1
    assert {s.url: s.etag for s in store.feed_states()} == etags
    assert store.delivery_counts()["hook"]["pending"] == 1
    store.close()


async def test_same_article_in_second_feed_is_not_new_and_a_retouched_headline_is_quiet(
        tmp_path: Path, server: FeedServer) -> None:
    a = server.feed("/a.xml", rss(ANNOUNCED))
    settings = settings_for(tmp_path, {"A": a})
    _, store = await poll(settings)
    assert store.delivery_counts()["hook"]["pending"] == 1
    store.close()
    retitled = ("Trump and Putin to meet in Budapest (updated)", *ANNOUNCED[1:])
    server.advance("/a.xml", rss(retitled))
    b = server.feed("/b.xml", rss(ANNOUNCED))
    summary, store = await poll(settings_for(tmp_path, {"A": a, "B": b}))
    # the retouched headline is stored (a revision of A's entry) and joins its event; it says
    # nothing new, so nothing is alerted; B's copy of the article is not new
    assert summary.new_items == 1  # type: ignore[attr-defined]
    [event] = store.events()
    assert len(event["items"]) == 2 and event["status"] == "planned"
    assert store.delivery_counts()["hook"]["pending"] == 1
    store.close()


async def test_a_headline_rewritten_in_place_is_news(tmp_path: Path, server: FeedServer) -> None:
    """The outlet updates its story in place, same guid, same link, same date: "to meet in
    Budapest" becomes "called off". That is the news the user is waiting for."""
    a = server.feed("/a.xml", rss(ANNOUNCED, WEATHER))
    settings = settings_for(tmp_path, {"A": a})
    _, store = await poll(settings)
    [event] = store.events()
    assert event["status"] == "planned"
    store.close()
    off = ("Trump-Putin summit in Budapest called off",
           "The White House said there are no plans for a meeting in Budapest.", *ANNOUNCED[2:])
    server.advance("/a.xml", rss(off, WEATHER))
    summary, store = await poll(settings)
    assert summary.new_items == 1  # type: ignore[attr-defined]
    [event] = store.events()
    assert event["status"] == "cancelled" and len(event["items"]) == 2
    assert store.delivery_counts()["hook"]["pending"] == 2  # new_event, then the status change
    found = store.item_by_link(ANNOUNCED[2])  # what `watcher explain LINK` tells: the latest
    assert found is not None and found.title == off[0]
    store.close()
    # the same body again, changed elsewhere: the rewritten headline is not news twice
    server.advance("/a.xml", rss(off, WEATHER, REPEAT))
    summary, store = await poll(settings)
    assert summary.new_items == 1  # type: ignore[attr-defined]  (REPEAT only)
    assert store.delivery_counts()["hook"]["pending"] == 2
    store.close()


async def test_an_old_story_retouched_is_stored_but_not_alerted(
        tmp_path: Path, server: FeedServer) -> None:
    """A revision is news only while the story it revises is within max_item_age."""
    old = (*ANNOUNCED[:3], NOW - timedelta(days=10))
    a = server.feed("/a.xml", rss(old))
    settings = settings_for(tmp_path, {"A": a})
    _, store = await poll(settings)
    store.close()
    server.advance("/a.xml", rss(("Budapest summit with Putin called off", *old[1:])))
    summary, store = await poll(settings)
    assert summary.new_items == 1  # type: ignore[attr-defined]
    assert store.delivery_counts() == {}
    store.close()


async def test_old_items_are_stored_but_never_alerted(tmp_path: Path, server: FeedServer) -> None:
    old = (*ANNOUNCED[:3], NOW - timedelta(days=10))
    a = server.feed("/a.xml", rss(old))
    summary, store = await poll(settings_for(tmp_path, {"A": a}))
    assert summary.new_items == 1  # type: ignore[attr-defined]
    assert len(store.events()) == 1
    assert store.delivery_counts() == {}
    store.close()


async def test_failures_backoff_gone_and_moved(tmp_path: Path, server: FeedServer,
                                               caplog: pytest.LogCaptureFixture) -> None:
    server.feed("/new.xml", rss(WEATHER))
    moved = server.redirect("/old.xml", "/new.xml", code=301)
    busy = server.status("/busy.xml", 429, headers={"Retry-After": "3600"})
    gone = server.status("/gone.xml", 410)
    page = server.html("/page.html")
    broken = server.status("/broken.xml", 500)
    settings = settings_for(tmp_path, {"moved": moved, "busy": busy, "gone": gone, "page": page,
                                       "broken": broken})
    summary, store = await poll(settings)
    results = {r.name: r for r in summary.results}  # type: ignore[attr-defined]
    assert results["moved"].error is None and results["moved"].new_items == 1
    assert store.feed_state(moved).moved_to == server.url("/new.xml")
    assert results["busy"].next_due >= datetime.now(UTC) + timedelta(minutes=59)
    assert results["gone"].error and store.feed_state(gone).disabled == "410 Gone"
    gone_lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith(gone)]
    assert len(gone_lines) == 1 and "disabled" in gone_lines[0]  # no "next try" besides
    assert "not a feed" in (results["page"].error or "")
    assert results["broken"].error == "HTTP 500"
    assert store.feed_state(broken).failures == 1
    store.close()

    server.reset_counters()
    store = SQLiteStore(settings.daemon.database)
    pipeline = Pipeline(settings, store)  # a restart
    try:
        summary = await pipeline.poll_all()
        results = {r.name: r for r in summary.results}
        # a gone feed gets one more try after a start (a site may bring its feed back) ...
        assert server.hits("/gone.xml") == 1 and store.feed_state(gone).disabled == "410 Gone"
        assert server.hits("/old.xml") == 0 and server.hits("/new.xml") == 1
        assert store.feed_state(broken).failures == 2
        summary = await pipeline.poll_all()  # ... and then none while it stays gone
        results = {r.name: r for r in summary.results}
        assert results["gone"].skipped and server.hits("/gone.xml") == 1
        without = settings_for(tmp_path, {"moved": moved, "busy": busy})
        pipeline.reload(without)
        pipeline.reload(settings)  # put back in the config: one more try
        await pipeline.poll_all()
        assert server.hits("/gone.xml") == 2
        pipeline.reload(settings)  # a reload that does not add it back: still disabled
        await pipeline.poll_all()
        assert server.hits("/gone.xml") == 2
    finally:
        await pipeline.aclose()
        store.close()


async def test_a_feed_back_after_failures_says_so(tmp_path: Path, server: FeedServer,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    """Its failures were warnings; a journal read after a night of outages must tell a feed
    back from one still down (a user's review, session 41)."""
    caplog.set_level(logging.INFO, logger="watcher")
    flaky = server.status("/flaky.xml", 500)
    settings = settings_for(tmp_path, {"flaky": flaky})
    for _ in range(2):
        _, store = await poll(settings)
        store.close()
    assert not any("polling again" in r.getMessage() for r in caplog.records)
    server.feed("/flaky.xml", rss(WEATHER))
    _, store = await poll(settings)
    store.close()
    back = [r for r in caplog.records if "polling again" in r.getMessage()]
    assert [r.getMessage() for r in back] == [f"{flaky}: polling again after 2 failures"]
    assert back[0].levelno == logging.INFO


async def test_a_feed_that_rewrites_its_guids_stores_nothing_twice(
        tmp_path: Path, server: FeedServer) -> None:
    """A CMS migration rewrites every guid, keeping links and headlines: the same articles (a
    user's review, session 41: a feed's every item stored twice). A new headline at a link the
    feed had is still news."""
    def doc(prefix: str, items: tuple[tuple[str, str, str, datetime], ...]) -> bytes:
        body = "".join(
            f"<item><title>{escape(t)}</title><link>{escape(link)}</link>"
            f"<guid isPermaLink=\"false\">{prefix}-{n}</guid>"
            f"<pubDate>{format_datetime(p)}</pubDate><description>{escape(s)}</description></item>"
            for n, (t, s, link, p) in enumerate(items))
        return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T'
                f"</title><link>http://example.org/</link><description>d</description>{body}"
                f"</channel></rss>").encode()

    cancelled = ("Trump-Putin summit in Budapest called off", "It will not take place.",
                 ANNOUNCED[2], NOW - timedelta(minutes=30))
    first, second, stored = await _two_polls(tmp_path, server, doc("old", (ANNOUNCED, WEATHER)),
                                             doc("new", (ANNOUNCED, WEATHER, cancelled)))
    assert first == 2
    assert second == 1
    assert stored == 3


async def _two_polls(tmp_path: Path, server: FeedServer, body: bytes,
                     then: bytes) -> tuple[int, int, int]:
    """Poll a feed serving ``body``, then ``then``: the new items of each poll, and the items
    stored in the end."""
    url = server.feed("/twice.xml", body)
    settings = settings_for(tmp_path, {"twice": url})
    counts = []
    for served in (body, then):
        server.advance("/twice.xml", served)
        summary, store = await poll(settings)
        store.close()
        counts.append(summary.new_items)  # type: ignore[attr-defined]
    stored = sqlite3.connect(settings.daemon.database).execute(
        "SELECT COUNT(*) FROM items").fetchone()[0]
    return counts[0], counts[1], stored


async def test_a_feed_that_adds_a_cache_buster_to_every_link_stores_nothing_twice(
        tmp_path: Path, server: FeedServer) -> None:
    """A user's review (ux18, session 51): a feed giving every link and guid "?v=" and the
    time of the request had its items stored again at every poll (9 -> 19 -> 32). The same
    headline on the same page, whatever the query, is the same entry; a new headline there is
    news, and another page's entry is another entry."""
    def doc(v: int, items: tuple[tuple[str, str, str, datetime], ...]) -> bytes:
        return rss(*((t, s_, f"{link}?v={v}", p) for t, s_, link, p in items))

    cancelled = ("Trump-Putin summit in Budapest called off", "It will not take place.",
                 "https://news.example/budapest-off", NOW - timedelta(minutes=30))
    first, second, stored = await _two_polls(tmp_path, server, doc(1, (ANNOUNCED, WEATHER)),
                                             doc(2, (ANNOUNCED, WEATHER, cancelled)))
    assert first == 2
    assert second == 1
    assert stored == 3


def test_every_corpus_file_is_ingested(tmp_path: Path, server: FeedServer,
                                       shared_data: Path) -> None:
    files = sorted(p for p in (shared_data / "feeds").rglob("*")
                   if p.suffix in {".xml", ".rss", ".atom", ".rdf"} and p.is_file())
    assert len(files) > 100
    feeds = {f"f{n}": server.feed(f"/f{n}", p.read_bytes(), content_type="application/xml")
             for n, p in enumerate(files)}
    settings = settings_for(tmp_path, feeds, extra='max_item_age = "off"')
    summary, store = asyncio.run(poll(settings))
    results = summary.results  # type: ignore[attr-defined]
    assert len(results) == len(files)
    for r in results:  # every failure is a per-feed error in words, never an exception
        assert r.error is None or (isinstance(r.error, str) and r.error), r
    assert summary.new_items > 1000  # type: ignore[attr-defined]
    store.close()


async def test_concurrent_polls_are_committed_together_and_all_land(
        tmp_path: Path, server: FeedServer, monkeypatch: pytest.MonkeyPatch) -> None:
    feeds = {f"f{n}": server.feed(f"/f{n}", rss((f"Putin news {n}", "Summary.",
                                                 f"https://n.example/{n}",
                                                 NOW - timedelta(hours=n))))
             for n in range(12)}
    settings = settings_for(tmp_path, feeds)
    store = SQLiteStore(settings.daemon.database)
    monkeypatch.setattr(store, "GROUP_SECONDS", 600.0)
    groups: list[int] = []
    real_flush = store.flush

    def flush() -> None:
        if store._group_feeds:
            groups.append(store._group_feeds)
        real_flush()

    monkeypatch.setattr(store, "flush", flush)
    pipeline = Pipeline(settings, store)
    try:
        summary = await pipeline.poll_all()
        assert summary.new_items == 12 and summary.errors == 0
        # committed when the last poll in flight finished: another connection sees it all
        with sqlite3.connect(settings.daemon.database) as other:
            assert other.execute("SELECT count(*) FROM items").fetchone()[0] == 12
            assert other.execute("SELECT count(*) FROM feeds").fetchone()[0] == 12
        assert sum(groups) == 12 and len(groups) < 12, groups
    finally:
        await pipeline.aclose()
        store.close()


async def test_a_failed_group_commit_rebuilds_the_events_from_the_database(
        tmp_path: Path, server: FeedServer, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    feeds = {"a": server.feed("/a", rss(ANNOUNCED)), "b": server.feed("/b", rss(REPEAT))}
    settings = settings_for(tmp_path, feeds)
    store = SQLiteStore(settings.daemon.database)
    real_write = store._write_events

    def failing() -> None:  # the disk fills up as the group is committed
        if store._events:
            raise StoreError("w.db: database or disk is full")

    monkeypatch.setattr(store, "_write_events", failing)
    pipeline = Pipeline(settings, store)
    try:
        summary = await pipeline.poll_all()
        # the poll that committed the group reports the failure, and so does the one that went
        # down with it after reporting success: nothing of either is counted as stored
        assert summary.errors == 2 and summary.new_items == 0 and summary.unstored == 2
        assert all(r.error for r in summary.results)
        # a store error is one line naming the file, in the result and the log: no traceback
        failed = [r.error for r in summary.results if r.error and "disk is full" in r.error]
        assert failed == ["w.db: database or disk is full"]
        assert not [r for r in caplog.records if r.exc_info]
        assert pipeline.take_lost_feeds() == set()  # taken by poll_all
        assert pipeline.tracker.events() == [] and store.load_events() == []  # memory = disk
        assert store.lost_commits == 1
        monkeypatch.setattr(store, "_write_events", real_write)
        again = await pipeline.poll_all()  # nothing was stored, so both feeds come again
        assert again.new_items == 2 and len(pipeline.tracker.events()) == 1
    finally:
        await pipeline.aclose()
        store.close()


async def test_a_changed_feed_normalises_only_its_new_entries(
        tmp_path: Path, server: FeedServer, monkeypatch: pytest.MonkeyPatch) -> None:
    import watcher.ingest

    url = server.feed("/a", rss(ANNOUNCED, WEATHER))
    settings = settings_for(tmp_path, {"a": url})
    store = SQLiteStore(settings.daemon.database)
    normalised: list[str] = []
    real = watcher.ingest.normalize_entry

    def counting(raw, **kw):  # type: ignore[no-untyped-def]
        normalised.append(raw.title)
        return real(raw, **kw)

    monkeypatch.setattr(watcher.ingest, "normalize_entry", counting)
    pipeline = Pipeline(settings, store)
    try:
        assert (await pipeline.poll_all()).new_items == 2
        server.advance("/a", rss(ANNOUNCED, WEATHER, REPEAT))
        normalised.clear()
        summary = await pipeline.poll_all()
        assert summary.new_items == 1 and normalised == [REPEAT[0]]
        # a restart remembers the keys of the last body (stored with the feed's state)
        restarted = Pipeline(settings, store)
        later = ("Budapest summit called off", "The meeting will not take place.",
                 "https://news.example/budapest-3", NOW - timedelta(minutes=5))
        server.advance("/a", rss(ANNOUNCED, WEATHER, REPEAT, later))
        normalised.clear()
        assert (await restarted.poll_all()).new_items == 1 and normalised == [later[0]]
        await restarted.aclose()
        # an entry under another key (its link changed) is read again; under the same
        # headline on the same page it is the same entry, not stored twice (session 51)
        again = Pipeline(settings, store)
        server.advance("/a", rss(ANNOUNCED, (WEATHER[0], WEATHER[1], WEATHER[2] + "?edition=2",
                                             WEATHER[3]), guid=False))
        normalised.clear()
        assert (await again.poll_all()).new_items == 0 and normalised == [WEATHER[0]]
        await again.aclose()
    finally:
        await pipeline.aclose()
        store.close()


@pytest.mark.parametrize(("feeds", "started"), [(POOL_BURST, True), (POOL_MIN_FEEDS, False)])
async def test_a_first_start_of_a_large_config_starts_the_worker_at_once(
        tmp_path: Path, feeds: int, started: bool) -> None:
    settings = settings_for(tmp_path, {f"f{n}": f"http://127.0.0.1:9/{n}" for n in range(feeds)})
    store = SQLiteStore(settings.daemon.database)
    pipeline = Pipeline(settings, store)
    try:
        assert (pipeline.ingest._pool is not None) is started
    finally:
        await pipeline.aclose()
        store.close()


async def test_entries_of_a_poll_that_was_not_stored_are_read_again(
        tmp_path: Path, server: FeedServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """A poll that fails between reading and storing (a transient read error here) must not
    leave its entries remembered as stored: the next poll stores them."""
    url = server.feed("/a", rss(ANNOUNCED, WEATHER))
    settings = settings_for(tmp_path, {"a": url})
    store = SQLiteStore(settings.daemon.database)
    real = store.known_keys
    calls: list[int] = []

    def flaky(keys):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 1:
            raise StoreError("w.db: disk I/O error")
        return real(keys)

    monkeypatch.setattr(store, "known_keys", flaky)
    pipeline = Pipeline(settings, store)
    try:
        assert (await pipeline.poll_all()).errors == 1
        server.advance("/a", rss(ANNOUNCED, WEATHER, REPEAT))
        assert (await pipeline.poll_all()).new_items == 3
    finally:
        await pipeline.aclose()
        store.close()


async def test_a_grouped_poll_is_committed_while_a_slow_one_is_still_in_flight(
        tmp_path: Path, server: FeedServer) -> None:
    fast = server.feed("/fast", rss(ANNOUNCED))
    slow = server.slow("/slow", delay=1.5, body=rss(WEATHER))  # within the 2 s timeout
    settings = settings_for(tmp_path, {"fast": fast, "slow": slow})
    store = SQLiteStore(settings.daemon.database)
    pipeline = Pipeline(settings, store)
    try:
        polls = asyncio.ensure_future(pipeline.poll_all())
        await asyncio.sleep(0.9)  # the fast poll is done, the slow one is not
        assert not polls.done()
        with sqlite3.connect(settings.daemon.database) as other:
            assert other.execute("SELECT title FROM items").fetchall() == [(ANNOUNCED[0],)]
        assert (await polls).new_items == 2
    finally:
        await pipeline.aclose()
        store.close()


async def test_a_permanent_redirect_is_remembered_only_once_its_target_serves_the_feed(
        tmp_path: Path, server: FeedServer) -> None:
    """A 301 to a missing page, or to a home page that is no feed, used to be stored at once:
    the feed was polled there for good, whatever became of its own URL."""
    old = server.redirect("/old.xml", "/missing.xml", code=301)
    home = server.redirect("/home-feed.xml", "/index.html", code=308)
    server.html("/index.html")
    settings = settings_for(tmp_path, {"old": old, "home": home})
    summary, store = await poll(settings)
    assert [r.error for r in summary.results] == ["HTTP 404", "not a feed: got text/html"
                                                  ' (page titled "Welcome to Example")']
    assert store.feed_state(old).moved_to is None and store.feed_state(home).moved_to is None
    store.close()
    server.feed("/old.xml", rss(WEATHER))  # the site mended its feed
    server.feed("/home-feed.xml", rss(ANNOUNCED))
    summary, store = await poll(settings)
    assert [(r.error, r.new_items) for r in summary.results] == [(None, 1), (None, 1)]
    store.close()


def ticker(*entries: tuple[str, str]) -> bytes:
    """(guid, title) -> RSS whose entries all link to one live page (a live ticker)."""
    body = "".join(
        f"<item><title>{escape(title)}</title><link>https://news.example/live</link>"
        f'<guid isPermaLink="false">{guid}</guid>'
        f"<pubDate>{format_datetime(NOW - timedelta(minutes=int(guid)))}</pubDate></item>"
        for guid, title in entries)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
            f"<link>http://example.org/</link>{body}</channel></rss>").encode()


async def test_entries_of_one_feed_at_one_link_are_all_read(
        tmp_path: Path, server: FeedServer) -> None:
    """Entries with their own guids at one link used to be dropped as duplicates by that link
    but the first: the ticker's "summit cancelled" never reached the tracker."""
    url = server.feed("/live.xml", ticker(("30", "Putin and Trump to meet in Budapest"),
                                          ("20", "Budapest prepares for the summit")))
    settings = settings_for(tmp_path, {"Live": url})
    summary, store = await poll(settings)
    assert summary.new_items == 2  # type: ignore[attr-defined]
    store.close()
    server.advance("/live.xml", ticker(("10", "Putin summit in Budapest cancelled"),
                                       ("30", "Putin and Trump to meet in Budapest")))
    summary, store = await poll(settings)
    assert summary.new_items == 1  # type: ignore[attr-defined]
    store.close()
    with sqlite3.connect(settings.daemon.database) as db:
        titles = {t for (t,) in db.execute("SELECT title FROM items")}
    assert "Putin summit in Budapest cancelled" in titles and len(titles) == 3
    # the feed's URL changed in the config: its entries are still the stored ones (by link)
    server.feed("/ticker.xml", server.routes["/live.xml"].body)
    summary, store = await poll(settings_for(tmp_path, {"Live": server.url("/ticker.xml")}))
    assert (summary.new_items, summary.errors) == (0, 0)  # type: ignore[attr-defined]
    store.close()


async def test_a_feed_writing_one_guid_into_every_entry_loses_none(
        tmp_path: Path, server: FeedServer) -> None:
    def body(*ns: int) -> bytes:  # every <guid> says "0"
        return re.sub(rb"<guid>[^<]*</guid>", b"<guid>0</guid>", rss(*(
            (f"Putin news {n}", "s", f"https://news.example/{n}", NOW - timedelta(minutes=n))
            for n in ns)))

    url = server.feed("/one-guid.xml", body(20, 30))
    settings = settings_for(tmp_path, {"A": url})
    summary, store = await poll(settings)
    assert summary.new_items == 2  # type: ignore[attr-defined]
    store.close()
    server.advance("/one-guid.xml", body(10, 20, 30))
    summary, store = await poll(settings)
    assert summary.new_items == 1  # type: ignore[attr-defined]
    store.close()


def undated_rss(*items: tuple[str, str, str]) -> bytes:
    """(title, summary, link) -> RSS 2.0 whose items carry no date at all."""
    body = "".join(f"<item><title>{escape(t)}</title><link>{escape(link)}</link>"
                   f"<description>{escape(s)}</description></item>" for t, s, link in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
            f"<link>http://example.org/</link><description>d</description>{body}"
            f"</channel></rss>").encode()


async def test_undated_items_of_a_feeds_first_poll_are_backlog_not_news(
        tmp_path: Path, server: FeedServer) -> None:
    old = ("Trump and Putin to meet in Budapest",
           "Donald Trump said he will hold a summit with Vladimir Putin in Budapest.",
           "https://undated.example/1")
    url = server.feed("/u.xml", undated_rss(old))
    settings = settings_for(tmp_path, {"U": url}, extra='max_item_age = "2d"')
    summary, store = await poll(settings)
    # dated at the fetch (DESIGN), but of unknown age: tracked, not alerted
    assert summary.new_items == 1  # type: ignore[attr-defined]
    assert [e["status"] for e in store.events()] == ["planned"]
    assert store.delivery_counts().get("hook", {}).get("pending", 0) == 0
    store.close()
    off = ("Trump-Putin summit in Budapest called off",
           "The planned meeting between Donald Trump and Vladimir Putin in Budapest is off.",
           "https://undated.example/2")
    server.feed("/u.xml", undated_rss(off, old))
    summary, store = await poll(settings)
    # an undated entry that appears later is new since the last poll: news
    assert summary.new_items == 1  # type: ignore[attr-defined]
    assert store.delivery_counts()["hook"]["pending"] == 1
    store.close()


async def test_a_moved_feed_whose_target_dies_goes_back_to_its_configured_url(
        tmp_path: Path, server: FeedServer, caplog: pytest.LogCaptureFixture) -> None:
    """A 301 target, once stored, was polled for good: when it died (404, 410, DNS) the feed
    never recovered, though its configured URL served it again."""
    server.feed("/target.xml", rss(WEATHER))
    orig = server.redirect("/orig.xml", "/target.xml", code=301)
    server.feed("/g-target.xml", rss(WEATHER))
    gone = server.redirect("/g-orig.xml", "/g-target.xml", code=308)
    settings = settings_for(tmp_path, {"orig": orig, "gone": gone})
    store = SQLiteStore(settings.daemon.database)
    pipeline = Pipeline(settings, store)
    feed, gone_feed = settings.feeds
    try:
        await pipeline.poll_all()
        assert store.feed_state(orig).moved_to == server.url("/target.xml")
        assert store.feed_state(gone).moved_to == server.url("/g-target.xml")
        server.status("/target.xml", 404)
        server.feed("/orig.xml", rss(ANNOUNCED))  # the site moved its feed back
        server.status("/g-target.xml", 410)
        server.feed("/g-orig.xml", rss(REPEAT))
        with caplog.at_level(logging.WARNING, logger="watcher.pipeline"):
            for n in range(1, MOVED_FAILURES + 1):
                result = await pipeline.poll_feed(feed)
                assert result.error == "HTTP 404"
                kept = store.feed_state(orig).moved_to
                assert kept == (server.url("/target.xml") if n < MOVED_FAILURES else None)
            # a target that says 410 is given up at once, and the feed is not disabled for it
            assert (await pipeline.poll_feed(gone_feed)).error == "HTTP 410 Gone"
            state = store.feed_state(gone)
            assert state.moved_to is None and state.disabled is None
        fallbacks = [r.getMessage() for r in caplog.records if "configured URL" in r.getMessage()]
        assert fallbacks == [
            f"{orig}: its permanent redirect target {server.url('/target.xml')} failed "
            f"{MOVED_FAILURES} poll(s) in a row (HTTP 404): polling the configured URL again",
            f"{gone}: its permanent redirect target {server.url('/g-target.xml')} failed "
            "1 poll(s) in a row (HTTP 410 Gone): polling the configured URL again"]
        server.reset_counters()
        results = [await pipeline.poll_feed(f) for f in settings.feeds]
        assert [(r.error, r.new_items) for r in results] == [(None, 1), (None, 1)]
        assert server.hits("/orig.xml") == 1 and server.hits("/target.xml") == 0
        assert server.hits("/g-orig.xml") == 1 and server.hits("/g-target.xml") == 0
        assert store.feed_state(orig).failures == 0
    finally:
        await pipeline.aclose()
        store.close()


async def test_retention_keeps_an_event_as_long_as_its_newest_item(
        tmp_path: Path, server: FeedServer) -> None:
    """Events whose articles were older than the retention were pruned a minute after a start,
    while their items (first seen that day) stayed: ``watcher events`` lost them. An event now
    goes with its last item."""
    old = NOW - timedelta(days=200)
    url = server.feed("/archive.xml", rss(
        (ANNOUNCED[0], ANNOUNCED[1], "https://news.example/archive-1", old),
        (REPEAT[0], REPEAT[1], "https://nachrichten.example/archive-2", old + timedelta(hours=1)),
        ("Putin to visit Beijing for talks with Xi", "Vladimir Putin will travel to Beijing.",
         "https://news.example/fresh", NOW - timedelta(hours=1))))
    settings = settings_for(tmp_path, {"Archive": url}, extra='retention = "180d"')
    clock = [NOW]
    store = SQLiteStore(settings.daemon.database)
    pipeline = Pipeline(settings, store, clock=lambda: clock[0])
    try:
        await pipeline.poll_all()
        events = {e["id"]: len(e["items"]) for e in store.events()}
        assert sorted(events.values()) == [1, 2]  # the Budapest summit's articles are all old
        assert await pipeline.prune() == 0  # a minute after the start: nothing is old enough
        assert {e["id"]: len(e["items"]) for e in store.events()} == events
        assert {e.id for e in pipeline.tracker.events()} == set(events)
        clock[0] = NOW + timedelta(days=181)  # first seen beyond the retention: all go
        assert await pipeline.prune() == 3
        assert store.events() == [] and pipeline.tracker.events() == []
    finally:
        await pipeline.aclose()
        store.close()
    with sqlite3.connect(settings.daemon.database) as db:
        assert db.execute("SELECT count(*) FROM event_history").fetchone() == (0,)


async def test_a_future_date_clamped_to_the_fetch_is_no_backlog(
        tmp_path: Path, server: FeedServer) -> None:
    """A first poll's undated entries are a backlog of unknown age (not alerted). An entry dated
    in the future is dated at the fetch as well (normalize clamps it), and was silenced with
    them, though its date says it is no old news."""
    undated = undated_rss(("Trump and Putin to meet in Budapest",
                           "Donald Trump said he will hold a summit with Vladimir Putin in "
                           "Budapest.", "https://undated.example/1"))
    future = rss(("Putin to visit Beijing for talks with Xi next month",
                  "Vladimir Putin will travel to Beijing for a summit with Xi Jinping.",
                  "https://future.example/1", NOW + timedelta(days=3)))
    marker = b"</channel>"
    items = future[future.index(b"<item>"):future.index(marker)]
    body = undated.replace(marker, items + marker)
    url = server.feed("/mixed.xml", body)
    settings = settings_for(tmp_path, {"M": url}, extra='max_item_age = "2d"')
    summary, store = await poll(settings)
    try:
        assert summary.new_items == 2  # type: ignore[attr-defined]
        assert len(store.events()) == 2
        due = store.due_deliveries(datetime.now(UTC) + timedelta(days=1))
        assert [d.payload["item"]["link"] for d in due] == ["https://future.example/1"]
    finally:
        store.close()


@pytest.mark.parametrize("path", ["/a.xml", "/down"])
async def test_a_database_locked_by_another_process_delays_the_write_and_fails_no_feed(
        tmp_path: Path, server: FeedServer, monkeypatch: pytest.MonkeyPatch, path: str) -> None:
    """A sqlite3 shell writing to the database: the poll's write waits for the lock without
    blocking the event loop (SQLite's busy wait would block it, and other feeds' requests time
    out meanwhile, recorded as failures). Here the other writer releases its lock from the
    event loop: while a busy wait blocks the loop it cannot, and the poll fails "locked"."""
    monkeypatch.setattr(SQLiteStore, "BUSY_TIMEOUT", 0.5)
    server.feed("/a.xml", rss(ANNOUNCED))
    server.status("/down", 500)
    settings = settings_for(tmp_path, {"A": server.url(path)})
    store = SQLiteStore(settings.daemon.database)
    pipeline = Pipeline(settings, store)
    try:
        async with locked_until_store_writes(store, settings.daemon.database):
            summary = await pipeline.poll_all()
    finally:
        await pipeline.aclose()
    [result] = summary.results
    state = store.feed_state(server.url(path))
    store.close()
    if path == "/a.xml":
        assert result.error is None and result.new_items == 1
        assert state.failures == 0 and state.last_success is not None
    else:
        assert result.error is not None and "locked" not in result.error
        assert state.failures == 1  # the feed's own failure, stored


async def test_articles_in_a_language_without_status_phrases_are_told_once(
        tmp_path: Path, server: FeedServer, caplog: pytest.LogCaptureFixture) -> None:
    """A feed that states its language itself (``check-config`` sees only the config's): a
    user's review (session 52) learnt that Arabic has no status phrases from a postponement
    never alerted. The journal says so once a run, naming the feed, the watch and the table.
    (Arabic and Persian have their phrases since session 54; Swahili has none.)"""
    caplog.set_level(logging.WARNING, logger="watcher")
    swahili = rss(("Mkutano wa Putin na Trump mjini Budapest waahirishwa",
                   "Ikulu ya Kremlin imetangaza kuahirishwa kwa mkutano huo.",
                   "https://sw.example/1", NOW - timedelta(hours=2)),
                  ("Mkutano wa Putin na Trump: vyanzo vyasema umeahirishwa",
                   "Vyanzo vinasema mkutano umeahirishwa.",
                   "https://sw.example/2", NOW - timedelta(hours=1)))
    swahili = swahili.replace(b"<channel>", b"<channel><language>sw</language>")
    url = server.feed("/sw.xml", swahili)
    english = server.feed("/en.xml", rss(ANNOUNCED))
    _, store = await poll(settings_for(tmp_path, {"sw": url, "en": english}))
    store.close()
    told = [r.getMessage() for r in caplog.records if "no status phrases" in r.getMessage()]
    assert told == [f'{url}: watch putin took an article in "sw"; watcher has no status '
                    'phrases in "sw": such articles are grouped but read no status until '
                    "[cues.sw] lists some"]


def test_only_language_codes_are_told_to_have_no_status_phrases() -> None:
    """A code review: "English", a line break forged into the journal, a code whose article
    read a cue (the reader told its language itself) are not told."""
    from watcher.core.types import Cue, Outcome, StatusReading, WatchMatch
    from watcher.models import Item
    from watcher.poll_items import unread_languages

    def outcome(lang: str, cues: tuple[Cue, ...] = ()) -> Outcome:
        item = Item(key=lang, title="t", summary="", link=None, source="s", published=NOW,
                    lang=lang)
        return Outcome(item=item, matches=(WatchMatch("w", ("k",)),), event_id="e",
                       reading=StatusReading(None, 0.0, cues))
    cue = Cue(status="cancelled", phrase="cancelled", field="title", start=0, end=1, weight=2.0)
    told = unread_languages([outcome("English"), outcome("x\nERROR forged"), outcome("ar"),
                             outcome("zz", (cue,)), outcome("en")], ("en", "de"))
    assert told == {"ar": "w"}
