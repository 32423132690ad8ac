"""Parsing and normalising off the event loop: in-process and in a process pool agree."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from watcher.errors import FeedError
from watcher.ingest import POOL_MIN_FEEDS, Ingester, ingest

NOW = datetime(2025, 10, 21, 20, 0, tzinfo=UTC)
RSS = (b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
       b"<link>https://example.org/</link><language>de</language>"
       b"<item><title>Gipfel in Budapest vom Tisch</title>"
       b"<link>https://example.org/a?utm_source=x</link>"
       b"<description>&lt;p&gt;Das Treffen ist &lt;b&gt;geplatzt&lt;/b&gt;.&lt;/p&gt;</description>"
       b"<pubDate>Tue, 21 Oct 2025 18:00:00 GMT</pubDate></item></channel></rss>")
ARGS = {"url": "https://example.org/feed", "headers": {"content-type": "application/rss+xml"},
        "feed_url": "https://example.org/feed", "source": "Example", "feed_lang": None,
        "fetched_at": NOW}


@pytest.mark.parametrize("feeds", [1, POOL_MIN_FEEDS])
async def test_pool_and_in_process_give_the_same_items(feeds: int) -> None:
    ingester = Ingester(feeds, cpus=2)
    try:
        got = await ingester(RSS, **ARGS)
    finally:
        ingester.close()
    assert got == ingest(RSS, **ARGS)
    [item] = got.items
    assert item.summary == "Das Treffen ist geplatzt."
    assert item.link == "https://example.org/a" and item.lang == "de"


@pytest.mark.parametrize("feeds", [1, POOL_MIN_FEEDS])
async def test_not_a_feed_is_a_feed_error_from_either_path(feeds: int) -> None:
    ingester = Ingester(feeds, cpus=2)
    try:
        with pytest.raises(FeedError, match="not a feed: got text/html"):
            await ingester(b"<!DOCTYPE html><html><body>Login</body></html>",
                           **{**ARGS, "headers": {"content-type": "text/html"}})
    finally:
        ingester.close()
