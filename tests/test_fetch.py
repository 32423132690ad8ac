"""Fetcher against the real loopback FeedServer (and MockTransport where a server cannot misbehave
precisely enough), plus the pure backoff rule."""

from __future__ import annotations

import asyncio
import base64
import gzip
import random
import socket
import tracemalloc
import zlib
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

import watcher
from tests.feedserver import FeedServer, Route
from watcher.backoff import next_due
from watcher.fetch import RETRY_AFTER_READ_CAP, Fetcher, inflate, parse_retry_after

RSS = b"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>
<link>http://example.org/</link><item><title>One</title><link>http://example.org/1</link>
<guid>http://example.org/1</guid></item></channel></rss>"""


@pytest.fixture
def server():
    with FeedServer() as srv:
        yield srv


async def test_conditional_get_with_etag_and_last_modified(server: FeedServer) -> None:
    url = server.feed("/a.xml", RSS)
    async with Fetcher(timeout=5) as fetcher:
        first = await fetcher.fetch(url)
        assert first.status == 200 and first.body == RSS and first.error is None
        assert first.etag and first.last_modified
        second = await fetcher.fetch(url, etag=first.etag, last_modified=first.last_modified)
        assert second.not_modified and second.status == 304 and second.body is None
        assert second.error is None
        server.advance("/a.xml", RSS.replace(b"One", b"Two"))
        third = await fetcher.fetch(url, etag=first.etag, last_modified=first.last_modified)
        assert third.status == 200 and b"Two" in (third.body or b"")
        assert third.etag != first.etag
    assert server.hits("/a.xml") == 3
    assert server.conditional_hits("/a.xml") == 2
    sent = server.request_headers["/a.xml"]
    assert sent[1]["if-none-match"] == first.etag
    assert sent[1]["if-modified-since"] == first.last_modified
    assert sent[0]["user-agent"] == watcher.USER_AGENT


async def test_last_modified_alone_gives_304(server: FeedServer) -> None:
    url = server.feed("/lm.xml", RSS, etag=False)
    async with Fetcher(timeout=5) as fetcher:
        first = await fetcher.fetch(url)
        assert first.etag is None and first.last_modified
        again = await fetcher.fetch(url, last_modified=first.last_modified)
    assert again.not_modified


async def test_keep_alive_across_polls(server: FeedServer) -> None:
    url = server.feed("/k.xml", RSS)
    async with Fetcher(timeout=5) as fetcher:
        first = await fetcher.fetch(url)
        for _ in range(3):
            await fetcher.fetch(url, etag=first.etag)
    assert server.hits("/k.xml") == 4
    assert server.connections == 1  # one connection, reused after 304s


@pytest.mark.parametrize("kind", ["gzip", "deflate"])
async def test_compressed_bodies_are_decoded(server: FeedServer, kind: str) -> None:
    url = server.feed("/z.xml", RSS * 50, gzip=kind == "gzip", deflate=kind == "deflate")
    async with Fetcher(timeout=5) as fetcher:
        result = await fetcher.fetch(url)
    assert result.error is None and result.body == RSS * 50
    assert result.headers["content-encoding"] == kind


@pytest.mark.parametrize("kind", ["gzip", "deflate"])
async def test_a_cap_beyond_zlibs_reach_still_inflates(server: FeedServer, kind: str) -> None:
    """A cap over C's ssize_t (the config now refuses one over 1GB; ``Fetcher`` takes any)
    raised OverflowError at every compressed feed, logged with a traceback (a code review)."""
    url = server.feed("/big-cap.xml", RSS * 50, gzip=kind == "gzip", deflate=kind == "deflate")
    async with Fetcher(timeout=5, max_body_size=10**30) as fetcher:
        result = await fetcher.fetch(url)
    assert result.error is None and result.body == RSS * 50


async def test_429_with_retry_after_seconds(server: FeedServer) -> None:
    url = server.status("/busy", 429, headers={"Retry-After": "120"})
    async with Fetcher(timeout=5) as fetcher:
        result = await fetcher.fetch(url)
    assert result.status == 429 and result.retry_after == 120.0
    assert result.error == "HTTP 429 (retry after 2m)"
    assert result.body is None


async def test_a_retry_after_years_ahead_is_said_in_words(server: FeedServer) -> None:
    url = server.status("/later", 503, headers={"Retry-After": "Fri, 31 Dec 2099 23:59:59 GMT"})
    async with Fetcher(timeout=5) as fetcher:
        result = await fetcher.fetch(url)
    assert result.error == "HTTP 503 (retry after more than a week)"


async def test_503_with_retry_after_http_date(server: FeedServer) -> None:
    when = datetime.now(UTC) + timedelta(minutes=10)
    header = when.strftime("%a, %d %b %Y %H:%M:%S GMT")
    url = server.status("/down", 503, headers={"Retry-After": header})
    async with Fetcher(timeout=5) as fetcher:
        result = await fetcher.fetch(url)
    assert result.retry_after is not None and 540 < result.retry_after <= 600


async def test_500_and_404_are_errors_in_words(server: FeedServer) -> None:
    url = server.status("/boom", 500)
    async with Fetcher(timeout=5) as fetcher:
        boom = await fetcher.fetch(url)
        missing = await fetcher.fetch(server.url("/nothing-here"))
    assert boom.error == "HTTP 500" and boom.retry_after is None and not boom.gone
    assert missing.error == "HTTP 404"


async def test_410_gone(server: FeedServer) -> None:
    url = server.status("/gone", 410)
    async with Fetcher(timeout=5) as fetcher:
        result = await fetcher.fetch(url)
    assert result.gone and result.error == "HTTP 410 Gone"


async def test_read_timeout(server: FeedServer) -> None:
    url = server.slow("/slow", delay=10)
    async with Fetcher(timeout=0.3) as fetcher:
        result = await fetcher.fetch(url)
    assert result.error == "timed out after 0.3 s"
    assert result.body is None


async def test_connection_refused() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    async with Fetcher(timeout=5) as fetcher:
        result = await fetcher.fetch(f"http://127.0.0.1:{port}/feed")
    assert result.error == "connection refused"


async def test_permanent_redirects_are_reported(server: FeedServer) -> None:
    final = server.feed("/new.xml", RSS)
    server.redirect("/mid", "/new.xml", code=308)
    url = server.redirect("/old", "/mid", code=301)
    async with Fetcher(timeout=5) as fetcher:
        result = await fetcher.fetch(url)
    assert result.body == RSS
    assert result.final_url == final and result.permanent_redirect == final


async def test_temporary_redirect_is_not_stored(server: FeedServer) -> None:
    final = server.feed("/target.xml", RSS)
    server.redirect("/tmp2", "/target.xml", code=302)
    url = server.redirect("/perm", "/tmp2", code=301)
    async with Fetcher(timeout=5) as fetcher:
        temp = await fetcher.fetch(server.url("/tmp2"))
        mixed = await fetcher.fetch(url)
    assert temp.final_url == final and temp.permanent_redirect is None
    # 301 then 302: the permanent hop is remembered, the temporary one is not
    assert mixed.permanent_redirect == server.url("/tmp2")


async def test_at_most_five_redirects(server: FeedServer) -> None:
    server.feed("/end.xml", RSS)
    five = server.redirect_chain("/five", 5, "/end.xml")
    six = server.redirect_chain("/six", 6, "/end.xml")
    async with Fetcher(timeout=5) as fetcher:
        ok = await fetcher.fetch(five)
        too_many = await fetcher.fetch(six)
    assert ok.body == RSS
    assert too_many.error == "too many redirects (>5)" and too_many.body is None
    assert server.hits("/six5") == 1 and server.hits("/end.xml") == 1


@pytest.mark.parametrize("declare", [False, True])
async def test_body_over_cap(server: FeedServer, declare: bool) -> None:
    url = server.oversize("/big", size=3 * 1024 * 1024, declare_length=declare)
    async with Fetcher(timeout=5, max_body_size=1024 * 1024) as fetcher:
        result = await fetcher.fetch(url)
    assert result.error == "body over 1 MB cap" and result.body is None


async def test_html_page_is_fetched_as_is(server: FeedServer) -> None:
    url = server.html("/page")
    async with Fetcher(timeout=5) as fetcher:
        result = await fetcher.fetch(url)
    assert result.error is None and result.headers["content-type"].startswith("text/html")


async def test_per_host_limit(server: FeedServer) -> None:
    url = server.slow("/s", delay=0.3, body=RSS)
    async with Fetcher(timeout=5, concurrency=10, per_host=2) as fetcher:
        results = await asyncio.gather(*(fetcher.fetch(url) for _ in range(6)))
    assert all(r.body == RSS for r in results)
    assert server.max_in_flight == 2


async def test_global_limit(server: FeedServer) -> None:
    url = server.slow("/g", delay=0.2, body=RSS)
    async with Fetcher(timeout=5, concurrency=1, per_host=5) as fetcher:
        await asyncio.gather(*(fetcher.fetch(url) for _ in range(3)))
    assert server.max_in_flight == 1


async def test_mock_transport_network_errors_never_raise() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/reset":
            raise httpx.ReadError("connection reset by peer", request=request)
        if request.url.path == "/noloc":
            return httpx.Response(301)  # a redirect without Location: just an error
        return httpx.Response(200, content=RSS)

    async with Fetcher(transport=httpx.MockTransport(handler)) as fetcher:
        reset = await fetcher.fetch("http://example.test/reset")
        noloc = await fetcher.fetch("http://example.test/noloc")
        bad = await fetcher.fetch("ftp://example.test/feed")
    assert reset.error is not None and reset.error.startswith("connection broken")
    assert noloc.error == "HTTP 301"
    assert bad.error == "unsupported URL scheme (only http and https)"


def test_parse_retry_after() -> None:
    now = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    assert parse_retry_after("30", now=now) == 30.0
    assert parse_retry_after("Thu, 01 Jan 2026 12:02:00 GMT", now=now) == 120.0
    assert parse_retry_after("Thu, 01 Jan 2026 11:00:00 GMT", now=now) == 0.0
    assert parse_retry_after("soon", now=now) is None
    assert parse_retry_after(None) is None


# ---- backoff (pure) ---------------------------------------------------------------------------

NOW = datetime(2026, 1, 1, tzinfo=UTC)
INTERVAL = timedelta(minutes=15)


def _due(failures: int, retry_after: float | None = None, seed: int = 1) -> timedelta:
    return next_due(now=NOW, interval=INTERVAL, jitter=timedelta(seconds=30), failures=failures,
                    max_backoff=timedelta(hours=6), retry_after=retry_after,
                    rng=random.Random(seed)) - NOW


def test_backoff_grows_and_is_capped() -> None:
    assert abs(_due(0) - INTERVAL) <= timedelta(seconds=30)
    assert _due(3) > _due(1)
    assert _due(30) <= timedelta(hours=6)
    assert _due(30) >= timedelta(hours=3)


def test_retry_after_is_a_floor() -> None:
    assert _due(0, retry_after=7200) == timedelta(hours=2)
    assert _due(1, retry_after=5) >= INTERVAL


@given(failures=st.integers(0, 200), seed=st.integers(0, 2**32),
       retry=st.one_of(st.none(), st.floats(0, 10**7)))
def test_backoff_bounds(failures: int, seed: int, retry: float | None) -> None:
    delay = _due(failures, retry, seed)
    assert delay >= INTERVAL / 2
    upper = max(timedelta(hours=6), INTERVAL + timedelta(seconds=30))
    if retry:
        upper = max(upper, min(timedelta(seconds=retry), timedelta(days=1)))
    assert delay <= upper


async def test_cap_applies_to_decompressed_bytes(server: FeedServer) -> None:
    """A small gzip body that inflates past the cap (a zip bomb) is cut off while streaming."""
    url = server.feed("/bomb.xml", b"\0" * (3 * 1024 * 1024), gzip=True)
    async with Fetcher(timeout=5, max_body_size=1024 * 1024) as fetcher:
        result = await fetcher.fetch(url)
    assert result.error == "body over 1 MB cap"


async def test_relative_location_and_503_without_retry_after(server: FeedServer) -> None:
    server.feed("/dir/feed.xml", RSS)
    url = server.route("/dir/old", Route(status=301, headers={"Location": "feed.xml"}))
    server.status("/unavailable", 503)
    async with Fetcher(timeout=5) as fetcher:
        moved = await fetcher.fetch(url)
        down = await fetcher.fetch(server.url("/unavailable"))
    assert moved.body == RSS and moved.permanent_redirect == server.url("/dir/feed.xml")
    assert down.error == "HTTP 503" and down.retry_after is None


async def test_waiting_for_a_slot_does_not_count_toward_the_total_budget(
        server: FeedServer) -> None:
    """A first poll queues thousands of feeds behind a few slots: the budget of a request
    (four timeouts) starts when it is sent, not when it joined the queue."""
    url = server.slow("/q", delay=0.3, body=RSS)
    async with Fetcher(timeout=0.5, concurrency=1, per_host=1) as fetcher:
        results = await asyncio.gather(*(fetcher.fetch(url) for _ in range(8)))  # ~2.4 s > 2 s
    assert [r.error for r in results] == [None] * 8
    assert all(r.body == RSS for r in results)


async def test_cookies_a_feed_sets_are_never_sent_back(server: FeedServer) -> None:
    """No cookie jar: one feed's server cannot track the reader across polls or feeds."""
    url = server.feed("/c", RSS, headers={"Set-Cookie": "track=1; Path=/"})
    other = server.feed("/d", RSS)
    async with Fetcher(timeout=5) as fetcher:
        for target in (url, url, other):
            assert (await fetcher.fetch(target)).body == RSS
    sent = server.request_headers["/c"] + server.request_headers["/d"]
    assert len(sent) == 3 and not any("cookie" in h for h in sent)


async def test_a_redirect_queues_for_its_next_hop_without_spending_the_budget(
        server: FeedServer) -> None:
    slow = server.slow("/q2", delay=0.3, body=RSS)
    server.feed("/fast", RSS)
    moved = server.redirect("/old", to="/fast")  # http -> https, say: answered at once
    async with Fetcher(timeout=0.5, concurrency=1, per_host=8) as fetcher:
        # the redirected feed is first in line; its second hop waits behind eight slow feeds
        results = await asyncio.gather(fetcher.fetch(moved),
                                       *(fetcher.fetch(slow) for _ in range(8)))
    assert [r.error for r in results] == [None] * 9
    assert results[0].body == RSS


async def test_cookies_set_by_a_redirect_go_along_that_chain_only() -> None:
    """Some sites answer a cookie-less request with a redirect to themselves that sets one."""
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("cookie"))
        if request.headers.get("cookie") != "check=1":
            return httpx.Response(302, headers={"Location": str(request.url),
                                                "Set-Cookie": "check=1; Path=/"})
        return httpx.Response(200, content=RSS, headers={"Content-Type": "application/rss+xml"})

    async with Fetcher(timeout=5, transport=httpx.MockTransport(handler)) as fetcher:
        first = await fetcher.fetch("https://site.example/feed")
        second = await fetcher.fetch("https://site.example/feed")
    assert first.body == RSS and second.body == RSS
    assert seen == [None, "check=1", None, "check=1"]  # not kept beyond the chain


def _private(credentials: bytes) -> Route:
    """A feed that answers 401 unless the request carries ``credentials`` as Basic auth."""
    def handler(request: BaseHTTPRequestHandler) -> None:
        ok = request.headers.get("Authorization") == "Basic " + base64.b64encode(
            credentials).decode()
        body = RSS if ok else b"who are you?"
        request.send_response(200 if ok else 401)
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        request.wfile.write(body)

    return Route(handler=handler)


async def test_credentials_in_the_url_are_sent_as_basic_auth(server: FeedServer) -> None:
    """A private feed given as ``http://user:secret@host/feed``: the requests skip
    ``AsyncClient.send``, which used to add the Authorization header; they got a 401."""
    server.route("/private", _private(b"me:s3cr@t"))
    server.feed("/public", RSS)
    server.redirect("/moved", server.url("/public").replace("127.0.0.1", "localhost"))
    async with Fetcher(timeout=5) as fetcher:
        got = await fetcher.fetch(f"http://me:s3cr%40t@127.0.0.1:{server.port}/private")
        moved = await fetcher.fetch(f"http://me:s3cr%40t@127.0.0.1:{server.port}/moved")
    assert (got.status, got.body, got.error) == (200, RSS, None)
    assert moved.body == RSS  # the redirect target, on another host, does not get them
    assert "authorization" not in server.request_headers["/public"][0]


async def test_a_redirect_on_the_same_host_keeps_the_credentials(server: FeedServer) -> None:
    server.route("/feed/", _private(b"me:pw"))
    server.redirect("/feed", server.url("/feed/"))  # an absolute Location, without userinfo
    async with Fetcher(timeout=5) as fetcher:
        got = await fetcher.fetch(f"http://me:pw@127.0.0.1:{server.port}/feed")
    assert (got.status, got.body, got.error) == (200, RSS, None)


async def test_a_gzip_bomb_costs_no_more_memory_than_the_cap(server: FeedServer) -> None:
    """httpx inflated each 64 KB read whole (64 MB of zeros) before the cap was checked: a
    1 MB bomb took a daemon's memory up by 130 MB. Measured as Python's allocation peak."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = b"\0" * (1024 * 1024)
    bomb = b"".join(packer.compress(zeros) for _ in range(128)) + packer.flush()
    server.route("/bomb.gz", Route(body=bomb, headers={"Content-Encoding": "gzip"}))
    small = gzip.compress(RSS * 100)
    server.route("/ok.gz", Route(body=small, headers={"Content-Encoding": "gzip"}))
    raw = zlib.compressobj(6, zlib.DEFLATED, -15)
    server.route("/raw", Route(body=raw.compress(RSS) + raw.flush(),
                               headers={"Content-Encoding": "deflate"}))
    server.route("/bad.gz", Route(body=b"<rss>not gzip at all</rss>",
                                  headers={"Content-Encoding": "gzip"}))
    async with Fetcher(timeout=10, max_body_size=1024 * 1024) as fetcher:
        await fetcher.fetch(server.url("/ok.gz"))  # the connection and imports warmed up
        tracemalloc.start()
        try:
            result = await fetcher.fetch(server.url("/bomb.gz"))
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert result.error == "body over 1 MB cap"
        assert peak < 8 * 1024 * 1024, peak
        assert (await fetcher.fetch(server.url("/ok.gz"))).body == RSS * 100
        assert (await fetcher.fetch(server.url("/raw"))).body == RSS  # raw deflate, as httpx
        bad = await fetcher.fetch(server.url("/bad.gz"))
        assert bad.error is not None and bad.error.startswith("bad compressed body: gzip")


async def test_a_304_to_an_unconditional_request_is_an_error(server: FeedServer) -> None:
    """A cache that answers 304 to a request without validators: the feed looked fine ("not
    modified") and stayed empty for good."""
    url = server.status("/cached.xml", 304)
    async with Fetcher(timeout=5) as fetcher:
        first = await fetcher.fetch(url)
        conditional = await fetcher.fetch(url, etag='"1"')
    assert first.error == "HTTP 304 Not Modified to a request without validators"
    assert not first.not_modified
    assert conditional.not_modified and conditional.error is None


async def test_a_cookie_a_redirect_sets_goes_to_its_own_host_only() -> None:
    """A feed proxy's cookie went along the chain to the origin server too."""
    seen: dict[str, str | None] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen[request.url.host] = request.headers.get("cookie")
        if request.url.host == "proxy.example":
            return httpx.Response(302, headers={"Location": "https://origin.example/feed",
                                                "Set-Cookie": "session=secret; Path=/"})
        return httpx.Response(200, content=RSS)

    async with Fetcher(timeout=5, transport=httpx.MockTransport(handler)) as fetcher:
        result = await fetcher.fetch("https://proxy.example/feed")
    assert result.body == RSS
    assert seen == {"proxy.example": None, "origin.example": None}


async def test_a_redirect_setting_one_cookie_name_twice_is_no_exception() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/old":
            return httpx.Response(302, headers=[("location", "/new"),
                                                ("set-cookie", "sid=1; Path=/"),
                                                ("set-cookie", "sid=2; Path=/new")])
        return httpx.Response(200, content=RSS, headers={"content-type": "application/rss+xml"})

    async with Fetcher(timeout=5, transport=httpx.MockTransport(handler)) as fetcher:
        result = await fetcher.fetch("http://feeds.example/old")  # CookieConflict escaped
    assert result.error is None and result.body == RSS


def test_a_retry_after_beyond_a_year_is_read_as_a_year() -> None:
    # sixteen digits overflowed the next poll's timedelta: a crash at every poll
    assert parse_retry_after("9999999999999999") == RETRY_AFTER_READ_CAP
    assert parse_retry_after("Fri, 31 Dec 9999 23:59:59 GMT") == RETRY_AFTER_READ_CAP
    assert next_due(now=NOW, interval=timedelta(minutes=5), jitter=timedelta(0), failures=1,
                    max_backoff=timedelta(hours=6), retry_after=RETRY_AFTER_READ_CAP,
                    rng=random.Random(1)) > NOW


async def test_a_gzip_body_of_several_members_is_read_whole(server: FeedServer) -> None:
    """A body of concatenated gzip members (RFC 1952) was cut after the first: the feed lost
    everything after it. All members count toward the one cap."""
    parts = [RSS[:40], RSS[40:100], RSS[100:]]
    members = b"".join(gzip.compress(p) for p in parts)
    server.route("/multi.gz", Route(body=members, headers={"Content-Encoding": "gzip"}))
    padded = gzip.compress(parts[0]) + b"\0" * 5 + gzip.compress(b"".join(parts[1:])) + b"\0" * 3
    server.route("/padded.gz", Route(body=padded, headers={"Content-Encoding": "gzip"}))
    # each member is under the cap, together they are over it
    big = gzip.compress(b"a" * 600) + gzip.compress(b"b" * 600)
    server.route("/big.gz", Route(body=big, headers={"Content-Encoding": "gzip"}))
    async with Fetcher(timeout=10, max_body_size=1000) as fetcher:
        assert (await fetcher.fetch(server.url("/multi.gz"))).body == RSS
        assert (await fetcher.fetch(server.url("/padded.gz"))).body == RSS
        assert (await fetcher.fetch(server.url("/big.gz"))).error == "body over 1000 bytes cap"


@pytest.mark.parametrize("size", [1, 2, 3, 7])
async def test_gzip_members_split_anywhere_across_reads(size: int) -> None:
    """The body arrives in reads of any size: a member's magic bytes may be split between two,
    or follow padding in the next; trailing bytes that begin no member are ignored."""
    body = gzip.compress(b"one ") + b"\0\0" + gzip.compress(b"two ") + gzip.compress(b"three")

    async def reads(data: bytes) -> AsyncIterator[bytes]:
        for i in range(0, len(data), size):
            yield data[i:i + size]

    for tail, want in ((b"", b"one two three"), (b"\0\0", b"one two three"),
                       (b"<html>junk", b"one two three")):
        response = httpx.Response(200, content=reads(body + tail))
        assert await inflate(response, "gzip", 1000) == want


async def test_a_retry_after_of_a_digit_float_cannot_read_is_no_error(server: FeedServer) -> None:
    # "²" is str.isdigit(), float() raises on it: the 503 came back as "ValueError: could not
    # convert string to float" instead of the 503 it was
    url = server.status("/busy", 503, headers={"Retry-After": "²"})
    async with Fetcher(timeout=5) as fetcher:
        result = await fetcher.fetch(url)
    assert result.error == "HTTP 503" and result.retry_after is None
    assert parse_retry_after("\u2460") is None and parse_retry_after("\u0663") == 3.0


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:8080/feed.xml", "https://user:secret@example.org/private/feed?x=1&y=%20",
    "https://bücher.example/rss", "http://example.org/a b", "HTTP://Example.ORG:80/Feed",
])
async def test_requests_are_built_as_the_client_builds_them(url: str) -> None:
    """``Fetcher._request`` skips ``build_request``'s merging; it must build the same request."""
    headers = {"If-None-Match": '"abc"', "If-Modified-Since": "Tue, 21 Oct 2025 08:00:00 GMT"}
    async with Fetcher(timeout=7) as fetcher:
        for _ in range(2):  # the second time from the parsed URL it kept
            ours = fetcher._request(url, dict(headers))
            theirs = fetcher._client.build_request("GET", url, headers=dict(headers))
            assert (ours.method, ours.url, list(ours.headers.raw), ours.extensions) == (
                theirs.method, theirs.url, list(theirs.headers.raw), theirs.extensions)


async def test_a_401_says_the_feed_needs_a_login_and_how_to_give_it(server: FeedServer) -> None:
    """A 401 was logged as "HTTP 401" alone (a user's review, session 44): it says now that the
    feed needs a login and how the config gives one (README: the password from the
    environment), that the one in the url was refused, or that it asks for another scheme."""
    server.route("/private", _private(b"me:right"))
    bearer = server.status("/api", 401, headers={"WWW-Authenticate": 'Bearer realm="api"'})
    async with Fetcher(timeout=5) as fetcher:
        none = await fetcher.fetch(server.url("/private"))
        wrong = await fetcher.fetch(f"http://me:wrong@127.0.0.1:{server.port}/private")
        token = await fetcher.fetch(bearer)
        right = await fetcher.fetch(f"http://me:right@127.0.0.1:{server.port}/private")
    assert none.error == ('HTTP 401: the feed needs a login: give it in its url, '
                          '"https://reader:${FEED_PW}@host/feed", the password from the '
                          "environment")
    assert wrong.error == ("HTTP 401: the feed refused the login in its url: check the user and "
                           "the password")
    assert token.error == ("HTTP 401: the feed asks for a login by Bearer, and watcher logs in "
                           "only with the user and password in the feed's url (Basic)")
    assert (right.error, right.body) == (None, RSS)


async def test_a_403_names_the_page_that_came_with_it(server: FeedServer) -> None:
    """A bot filter's 403 showed "HTTP 403" without the page's title, which "not a feed" names
    (a user's review, session 44); compressed or not, and within 16 KB of a gzip bomb."""
    page = b"<html><head><title>Access denied |\n  Cloudflare</title></head></html>"
    html = server.status("/filtered", 403, body=page, content_type="text/html")
    zipped = server.route("/filtered.gz", Route(
        body=gzip.compress(page), status=403, content_type="text/html",
        headers={"Content-Encoding": "gzip"}))
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    bomb = packer.compress(b"<title>" + b" " * (64 * 1024 * 1024)) + packer.flush()
    bombed = server.route("/bomb", Route(body=bomb, status=403, content_type="text/html",
                                         headers={"Content-Encoding": "gzip"}))
    plain = server.status("/plain", 403)
    async with Fetcher(timeout=5) as fetcher:
        results = [await fetcher.fetch(url) for url in (html, zipped, bombed, plain)]
        again = await fetcher.fetch(html)  # the connection after a page read whole
    titled = 'HTTP 403 (page titled "Access denied | Cloudflare")'
    assert [r.error for r in results] == [titled, titled, "HTTP 403", "HTTP 403"]
    assert again.error == results[0].error


@pytest.mark.parametrize(("challenge", "says"), [
    ('Bearer realm="api", Basic realm="feeds"', "refused the login in its url"),
    ('Negotiate, Basic realm="feeds"', "refused the login in its url"),
    ("Negotiate, NTLM", "asks for a login by Negotiate, and watcher"),
])
def test_a_401_with_several_challenges_names_basic_among_them(challenge: str, says: str) -> None:
    """Several challenges in one header, or headers joined by ", ": Basic among them is a login
    watcher can give, so a refusal is the password's (a code review, session 44)."""
    from watcher.fetch_errors import refused_text

    assert says in refused_text(401, login_sent=True, challenge=challenge, page=b"")
