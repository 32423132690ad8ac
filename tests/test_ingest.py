"""Parsing and normalising off the event loop: in-process and in a process pool agree."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from watcher.core.features import features
from watcher.core.params import Params
from watcher.errors import FeedError
from watcher.ingest import POOL_BURST, POOL_MIN_FEEDS, Ingester, ingest

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


@pytest.mark.parametrize(("feeds", "pooled"), [(1, False), (POOL_MIN_FEEDS, True)])
async def test_a_burst_uses_the_pool_only_for_large_configs(feeds: int, pooled: bool) -> None:
    ingester = Ingester(feeds, cpus=2)
    try:
        got = await asyncio.gather(*(ingester(RSS, **ARGS) for _ in range(BURST)))
        assert (ingester._pool is not None) is pooled
    finally:
        ingester.close()
    expected = ingest(RSS, **ARGS)
    assert all(g.items == expected.items for g in got)
    # what the pool read came with the clustering features, exactly as computed in-process
    pool_read = [g.features for g in got if g.features is not None]
    assert bool(pool_read) is pooled
    assert all(f == (features(expected.items[0], Params()),) for f in pool_read)
    [item] = expected.items
    assert item.summary == "Das Treffen ist geplatzt."
    assert item.link == "https://example.org/a" and item.lang == "de"


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
