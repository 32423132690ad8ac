"""Parsing and normalising off the event loop: in-process and in a process pool agree."""

from __future__ import annotations

import asyncio
import os
import pickle
import signal
from datetime import UTC, datetime

import pytest

from watcher.core.cluster import df_sampled
from watcher.core.cues import Lexicon
from watcher.core.features import features
from watcher.core.params import Params
from watcher.core.prepare import UNMATCHED, Prepared
from watcher.core.tracker import Tracker
from watcher.core.types import WatchMatch
from watcher.errors import FeedError
from watcher.ingest import (
    POOL_BURST,
    POOL_MIN_FEEDS,
    POOL_STEAL,
    Ingester,
    TrackSpec,
    ingest,
)
from watcher.revisions import title_print
from watcher.settings import WatchSettings

NOW = datetime(2025, 10, 21, 20, 0, tzinfo=UTC)
RSS = (b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
       b"<link>https://example.org/</link><language>de</language>"
       b"<item><title>Gipfel in Budapest vom Tisch</title>"
       b"<link>https://example.org/a?utm_source=x</link>"
       b"<description>&lt;p&gt;Das Treffen ist &lt;b&gt;geplatzt&lt;/b&gt;.&lt;/p&gt;</description>"
       b"<pubDate>Tue, 21 Oct 2025 18:00:00 GMT</pubDate></item></channel></rss>")
HTML = b"<!DOCTYPE html><html><body>Login</body></html>"
ARGS = {"url": "https://example.org/feed", "headers": {"content-type": "application/rss+xml"},
        "feed_url": "https://example.org/feed", "source": "Example", "feed_lang": None,
        "fetched_at": NOW}
BURST = POOL_BURST + 5
WATCHES = (WatchSettings("summit", keywords=("Gipfel",)), WatchSettings("x", keywords=("Xi",)))
# the user's own phrase makes the worker's lexicon differ from the built-in one
TRACK = TrackSpec(WATCHES, (("de", (("cancelled", ("vom Tisch",)),)),))


@pytest.mark.parametrize(("feeds", "pooled"), [(1, False), (POOL_MIN_FEEDS, True)])
async def test_a_burst_uses_the_pool_only_for_large_configs(feeds: int, pooled: bool) -> None:
    ingester = Ingester(feeds, cpus=2)
    try:
        got = await asyncio.gather(*(ingester(RSS, **ARGS, track=TRACK) for _ in range(BURST)))
        assert (ingester._pool is not None) is pooled
    finally:
        ingester.close()
    expected = ingest(RSS, **ARGS)
    assert all(g.items == expected.items for g in got)
    # what the pool read came prepared for the tracker, exactly as in-process
    pool_read = [g.prepared for g in got if g.prepared is not None]
    assert bool(pool_read) is pooled
    lexicon = Lexicon.builtin().extended({"de": {"cancelled": ("vom Tisch",)}})
    item = expected.items[0]
    want = Prepared((WatchMatch("summit", ("Gipfel",)),), features(item, Params()),
                    lexicon.read(item.title, item.summary, item.lang))
    assert want.reading is not None and want.reading.status == "cancelled"
    assert all(p == (want,) for p in pool_read)
    [item] = expected.items
    assert item.summary == "Das Treffen ist geplatzt."
    assert item.link == "https://example.org/a" and item.lang == "de"


async def test_a_worker_behind_leaves_some_bodies_to_the_event_loop_s_process() -> None:
    """Bodies that arrive while the worker has ``POOL_BACKLOG`` waiting are read in-process
    (unprepared: the tracker prepares them), with the same items; ``POOL_STEAL`` at a time, so
    that a burst still goes mostly to the worker."""
    ingester = Ingester(POOL_MIN_FEEDS, cpus=2)
    try:
        ingester.prestart(POOL_BURST)
        got = await asyncio.gather(*(ingester(RSS, **ARGS, track=TRACK) for _ in range(BURST)))
    finally:
        ingester.close()
    in_process = [g for g in got if g.prepared is None]
    assert 1 <= len(in_process) <= POOL_STEAL  # both ways were taken, the worker's the most
    assert all(g.items == ingest(RSS, **ARGS).items for g in got)


async def test_a_new_spec_reaches_the_pool_worker() -> None:
    """Pool calls name the spec by its pickle, made once per spec: a reload's new watches (a new
    ``TrackSpec``) must still reach the worker, which keeps one matcher at a time."""
    ingester = Ingester(POOL_MIN_FEEDS, cpus=2)
    other = TrackSpec((WatchSettings("budapest", keywords=("Budapest",)),))
    try:
        first = await asyncio.gather(*(ingester(RSS, **ARGS, track=TRACK) for _ in range(BURST)))
        assert ingester._pool is not None
        second = await ingester(RSS, **ARGS, track=other)
        third = await ingester(RSS, **ARGS, track=TRACK)
    finally:
        ingester.close()
    assert {g.prepared[0].matches for g in first if g.prepared} == {
        (WatchMatch("summit", ("Gipfel",)),)}
    assert second.prepared is not None and third.prepared is not None
    assert second.prepared[0].matches == (WatchMatch("budapest", ("Budapest",)),)
    assert third.prepared[0].matches == (WatchMatch("summit", ("Gipfel",)),)


async def test_a_single_body_of_a_large_config_is_read_without_a_pool() -> None:
    ingester = Ingester(POOL_MIN_FEEDS, cpus=2)
    try:
        await ingester(RSS, **ARGS)
        assert ingester._pool is None
    finally:
        ingester.close()


@pytest.mark.parametrize("feeds", [1, POOL_MIN_FEEDS])
async def test_not_a_feed_is_a_feed_error_from_either_path(feeds: int) -> None:
    ingester = Ingester(feeds, cpus=2)
    bad = {**ARGS, "headers": {"content-type": "text/html"}}
    try:
        results = await asyncio.gather(*(ingester(HTML, **bad) for _ in range(BURST)),
                                       return_exceptions=True)
    finally:
        ingester.close()
    assert all(isinstance(r, FeedError) and "not a feed: got text/html" in str(r)
               for r in results), results


def test_prepared_only_where_the_tracker_needs_it() -> None:
    """Matched items get a reading and features; the others are one shared empty preparation,
    and the tracker extracts the document-frequency sample's features itself: the same counts
    as when the tracker prepares every item."""
    entries = "".join(
        f"<item><title>{'Gipfel' if n % 3 == 0 else 'Wetter'} Nummer {n}</title>"
        f"<link>https://example.org/{n}</link><pubDate>Tue, 21 Oct 2025 18:00:00 GMT</pubDate>"
        "</item>" for n in range(60))
    body = RSS.replace(b"<item>", entries.encode() + b"<item>", 1)
    got = ingest(body, **ARGS, track=TRACK)
    assert got.prepared is not None
    for item, prep in zip(got.items, got.prepared, strict=True):
        matched = "Gipfel" in item.title
        assert bool(prep.matches) is matched and (prep.reading is not None) is matched
        assert (prep.features == features(item, Params())) if matched else prep is UNMATCHED
    sampled = sum(not p.matches and df_sampled(i.key, Params().df_sample)
                  for i, p in zip(got.items, got.prepared, strict=True))
    assert 0 < sampled < 10  # about one in sixteen of the 40 unmatched
    lexicon = Lexicon.builtin().extended({"de": {"cancelled": ("vom Tisch",)}})
    ahead, itself = Tracker(WATCHES, lexicon=lexicon), Tracker(WATCHES, lexicon=lexicon)
    for item, prep in zip(got.items, got.prepared, strict=True):
        ahead.process(item, NOW, prepared=prep)
        itself.process(item, NOW)
    assert ahead.dfs.n == itself.dfs.n > 20 and ahead.dfs.df == itself.dfs.df
    assert ingest(body, **ARGS).prepared is None  # no spec: parse and normalise only


async def test_feeds_never_read_start_the_pool_before_their_bodies_arrive() -> None:
    """A first start: every feed is new, so the burst is known before any body is parsed."""
    ingester = Ingester(POOL_MIN_FEEDS, cpus=2)
    try:
        ingester.prestart(POOL_BURST - 1)
        assert ingester._pool is None
        ingester.prestart(POOL_BURST)
        got = await ingester(RSS, **ARGS, track=TRACK)
        assert ingester._pool is not None and got.prepared is not None
    finally:
        ingester.close()


async def test_a_prestarted_worker_compiles_the_spec_before_the_first_body() -> None:
    """A first start knows the spec the burst will be read with: the worker compiles its
    matcher and lexicon as it starts, keyed by the pickle the calls then send."""
    ingester = Ingester(POOL_MIN_FEEDS, cpus=2)
    try:
        ingester.prestart(POOL_BURST, TRACK)
        assert ingester._pool is not None
        compiled = "list(__import__('watcher.ingest', fromlist=['_preparers'])._preparers)"
        key = [pickle.dumps(TRACK, pickle.HIGHEST_PROTOCOL)]
        assert await ingester._pool.run(eval, compiled) == key
        got = await ingester(RSS, **ARGS, track=TRACK)
        assert got.prepared is not None
        assert await ingester._pool.run(eval, compiled) == key  # the calls' key: compiled once
    finally:
        ingester.close()


async def test_a_killed_worker_loses_no_body(monkeypatch: pytest.MonkeyPatch) -> None:
    """The OOM killer takes the worker with bodies in flight: every one of them is read
    in-process instead, and so is everything after."""
    monkeypatch.setattr("watcher.ingest.POOL_BACKLOG", 10**6)  # all 40 in flight in the worker
    ingester = Ingester(POOL_MIN_FEEDS, cpus=2)
    try:
        ingester.prestart(POOL_BURST)
        await ingester(RSS, **ARGS)  # the pool is up
        pool = ingester._pool
        assert pool is not None
        calls = [asyncio.ensure_future(ingester(RSS, **ARGS)) for _ in range(40)]
        await asyncio.sleep(0)
        for pid in pool.pids:
            os.kill(pid, signal.SIGKILL)
        got = await asyncio.gather(*calls)
        assert all(g.items == ingest(RSS, **ARGS).items for g in got)
        assert ingester._pool is None
        assert (await ingester(RSS, **ARGS)).items  # in-process from now on
    finally:
        ingester.close()


def test_known_entries_are_skipped_by_key() -> None:
    first = ingest(RSS, **ARGS)
    [item] = first.items
    [(key, print_)] = first.entries
    assert key == item.key and first.revised == ()
    again = ingest(RSS, **ARGS, known={item.key: print_})
    assert again.items == () and again.known == (item.key,) and again.entries == first.entries
    other = ingest(RSS, **ARGS, known={"guid:something-else": print_})
    assert other.items == (item,) and other.known == ()
    # stored before titles were fingerprinted: skipped, and its title remembered from now on
    unknown = ingest(RSS, **ARGS, known={item.key: ""})
    assert unknown.items == () and unknown.entries == first.entries


def test_a_known_entry_under_a_new_headline_is_a_revision() -> None:
    """The outlet rewrote the story's headline in place (same guid, same link): the new
    headline is an item of its own, dated at the fetch, keyed apart from the first."""
    [item] = ingest(RSS, **ARGS).items
    later = datetime(2025, 10, 22, 7, 0, tzinfo=UTC)
    body = RSS.replace(b"Gipfel in Budapest vom Tisch",
                       "Gipfel in Budapest endgültig abgesagt".encode())
    got = ingest(body, **{**ARGS, "fetched_at": later}, known={item.key: title_print(item.title)})
    [revision] = got.items
    assert got.revised == ((revision.key, item.published),) and got.known == ()
    assert revision.key.startswith(item.key) and revision.key != item.key
    assert revision.title == "Gipfel in Budapest endgültig abgesagt"
    assert revision.published == later and revision.link == item.link
    assert got.entries == ((item.key, title_print("Gipfel in Budapest endgültig abgesagt")),)
    # the same headline re-spaced or re-cased is no revision
    same = RSS.replace(b"Gipfel in Budapest vom Tisch", b" GIPFEL  in Budapest\n vom Tisch")
    assert ingest(same, **ARGS, known={item.key: title_print(item.title)}).items == ()


def test_a_guid_shared_by_entries_with_their_own_links_is_no_identity() -> None:
    """A template writing one value into every <guid> made every entry the first one seen
    again: the feed's first entry was stored, all later ones dropped."""
    def item(n: int, guid: str = "https://example.org/") -> bytes:
        return (f"<item><title>Nachricht {n}</title><guid>{guid}</guid>"
                f"<link>https://example.org/n/{n}</link></item>").encode()
    body = RSS.replace(b"<item>", item(1) + item(2) + item(3, "x") + item(4, "x") + b"<item>")
    got = ingest(body, **ARGS)  # type: ignore[arg-type]
    assert [i.key for i in got.items] == [
        "url:example.org/n/1", "url:example.org/n/2", "url:example.org/n/3", "url:example.org/n/4",
        "url:example.org/a"]
    # the same article twice under one guid keeps the guid's key
    twice = RSS.replace(b"<item>", item(1) + item(1) + b"<item>")
    assert [i.key for i in ingest(twice, **ARGS).items] == [  # type: ignore[arg-type]
        "url:example.org/", "url:example.org/", "url:example.org/a"]


def test_not_a_feed_counts_the_bytes_that_arrived() -> None:
    """Random bytes labelled RSS: the error gave the size of the body after its cp1252 bytes
    were mended to UTF-8 (29,714 for 20,000 that arrived; a user review, session 39)."""
    import random

    from watcher.parse import parse_feed

    body = bytes(random.Random(1).randrange(256) for _ in range(20000))
    with pytest.raises(FeedError) as caught:
        parse_feed(body, url="http://127.0.0.1/f.rss",
                   headers={"content-type": "application/x-rss+xml"})
    assert str(caught.value).endswith("not a feed: got application/x-rss+xml (20000 bytes)")


@pytest.mark.parametrize(("title", "text"), [
    ("Putin &amp; Trump to meet in &lt;Budapest&gt; on Thursday",
     "Putin & Trump to meet in <Budapest> on Thursday"),  # "to meet in on Thursday"
    ("Apple &lt;AAPL&gt; shares rise", "Apple <AAPL> shares rise"),
    ("&lt;b&gt;Summit&lt;/b&gt; called off", "Summit called off"),  # escaped HTML stays HTML
    ("Rammstein to play &lt;Zürich&gt;", "Rammstein to play <Zürich>"),
])
def test_angle_brackets_naming_no_html_element_stay_in_a_title(title: str, text: str) -> None:
    """An escaped "<Budapest>" in an RSS title was stripped as a tag, while "<Zürich>" stayed
    for its letter outside ASCII (a user review, session 39)."""
    from watcher.normalize import normalize_entry
    from watcher.parse import parse_feed

    body = (f"<rss version='2.0'><channel><title>t</title><item><title>{title}</title>"
            "<link>http://127.0.0.1/a</link><description>d</description></item></channel>"
            "</rss>").encode()
    raw = parse_feed(body, url="http://127.0.0.1/f.rss").entries[0]
    item = normalize_entry(raw, feed_url="http://127.0.0.1/f.rss", source="s", feed_lang="en",
                           fetched_at=datetime(2026, 12, 4, tzinfo=UTC))
    assert item.title == text
