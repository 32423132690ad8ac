"""The fetcher's HTTP/1.1 transport (``watcher.http11``) against real loopback servers: https
with a ``trustme`` certificate, a certificate it must refuse, a server that closes an idle
keep-alive connection or leaves stray bytes on it, one that closes it as the next request goes
out, one that never answers, chunked bodies, ``Connection: close``, the bound on connections,
bodies left unread, and answers that are no HTTP."""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import ssl
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import httpx
import trustme

from watcher.fetch import Fetcher
from watcher.http11 import H11Transport

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>One</title><link>http://example.org/1</link></item></channel></rss>"""

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter, int], Awaitable[None]]


def _response(body: bytes = RSS, *, status: str = "200 OK") -> bytes:
    return (f"HTTP/1.1 {status}\r\nContent-Type: application/rss+xml\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body


async def _request(reader: asyncio.StreamReader) -> bytes:
    """One request's head (the tests send GETs without bodies)."""
    return await reader.readuntil(b"\r\n\r\n")


@asynccontextmanager
async def serve(handler: Handler, tls: ssl.SSLContext | None = None) -> AsyncIterator[
        tuple[str, list[int]]]:
    """A raw HTTP/1.1 server on 127.0.0.1; yields its base URL and the connections it took."""
    connections: list[int] = []

    async def on_connect(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections.append(len(connections))
        try:
            await handler(reader, writer, len(connections))
        except (ConnectionError, asyncio.IncompleteReadError, ssl.SSLError,
                asyncio.CancelledError):  # the test ends while a handler waits
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(on_connect, "127.0.0.1", 0, ssl=tls)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"{'https' if tls else 'http'}://127.0.0.1:{port}", connections
    finally:
        server.close()
        await server.wait_closed()


def _transport(**kwargs: object) -> H11Transport:
    return H11Transport(limits=httpx.Limits(max_connections=2, max_keepalive_connections=2),
                            **kwargs)  # type: ignore[arg-type]


async def test_https_with_a_trusted_certificate() -> None:
    ca = trustme.CA()
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server_ctx)
    client_ctx = ssl.create_default_context()
    ca.configure_trust(client_ctx)

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, _: int) -> None:
        for _ in range(2):
            await _request(reader)
            writer.write(_response())
            await writer.drain()

    fetcher = Fetcher(timeout=5, transport=_transport(verify=client_ctx))
    async with serve(handler, server_ctx) as (base, connections), fetcher:
        first = await fetcher.fetch(base + "/feed.xml")
        second = await fetcher.fetch(base + "/feed.xml")
    assert first.error is None and first.body == RSS
    assert second.error is None and second.body == RSS
    assert len(connections) == 1  # the TLS connection was kept alive and reused


async def test_an_untrusted_certificate_is_a_tls_error() -> None:
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    trustme.CA().issue_cert("127.0.0.1").configure_cert(server_ctx)

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, _: int) -> None:
        await _request(reader)

    async with serve(handler, server_ctx) as (base, _), Fetcher(timeout=5) as fetcher:
        result = await fetcher.fetch(base + "/feed.xml")  # trusting the system's CAs only
    assert result.error is not None and result.error.startswith("TLS error:")
    assert "certificate" in result.error.lower()
    assert result.body is None


async def test_a_connection_the_server_closed_while_idle_is_not_reused() -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, _: int) -> None:
        await _request(reader)
        writer.write(_response())  # says nothing of closing, then closes: keep-alive expired
        await writer.drain()

    async with serve(handler) as (base, connections), Fetcher(timeout=5) as fetcher:
        first = await fetcher.fetch(base + "/a.xml")
        await asyncio.sleep(0.1)  # the server's FIN arrives while the connection is idle
        second = await fetcher.fetch(base + "/a.xml")
    assert first.error is None and second.error is None
    assert second.body == RSS
    assert len(connections) == 2


async def test_stray_bytes_on_an_idle_connection_retire_it() -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, n: int) -> None:
        await _request(reader)
        writer.write(_response())
        await writer.drain()
        if n == 1:
            await asyncio.sleep(0.05)  # after the response was read: bytes nobody asked for
            writer.write(b"HTTP/1.1 200 OK\r\n")
            await writer.drain()
        await reader.read()  # keep the connection open until the client closes it

    async with serve(handler) as (base, connections), Fetcher(timeout=5) as fetcher:
        first = await fetcher.fetch(base + "/a.xml")
        await asyncio.sleep(0.2)
        second = await fetcher.fetch(base + "/a.xml")
    assert first.error is None
    assert second.error is None and second.body == RSS
    assert len(connections) == 2  # not read as the next response: a new connection


async def test_a_server_that_never_answers_times_out() -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, _: int) -> None:
        await _request(reader)
        await asyncio.sleep(5)

    async with serve(handler) as (base, _), Fetcher(timeout=0.3) as fetcher:
        result = await fetcher.fetch(base + "/slow.xml")
    assert result.error == "timed out after 0.3 s"


async def test_a_refused_connection_is_named() -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, _: int) -> None:
        return None

    async with serve(handler) as (base, _):
        pass  # closed: nothing listens on the port any more
    async with Fetcher(timeout=2) as fetcher:
        result = await fetcher.fetch(base + "/a.xml")
    assert result.error == "connection refused"


async def test_a_stalled_https_connection_is_closed_at_once() -> None:
    """A TLS close waits for the peer's close_notify (up to 30 s): the socket of a server that
    stopped in the middle of a body (it neither reads nor closes) must be released as soon as
    the fetch gives up."""
    ca = trustme.CA()
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server_ctx)
    client_ctx = ssl.create_default_context()
    ca.configure_trust(client_ctx)
    listener = socket.create_server(("127.0.0.1", 0))
    held: list[ssl.SSLSocket] = []

    def serve() -> None:  # a thread: the stalled server must not need the event loop
        with contextlib.suppress(OSError):
            conn, _ = listener.accept()
            tls = server_ctx.wrap_socket(conn, server_side=True)
            tls.recv(65536)
            tls.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + b"x" * 1000)
            held.append(tls)  # stalls: never reads, never closes

    def open_fds() -> int:
        return len(os.listdir("/proc/self/fd"))

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        before = open_fds()
        port = listener.getsockname()[1]
        async with Fetcher(timeout=0.3, transport=_transport(verify=client_ctx)) as fetcher:
            result = await fetcher.fetch(f"https://127.0.0.1:{port}/feed.xml")
        await asyncio.sleep(0.2)
        assert result.error == "timed out after 0.3 s"
        assert open_fds() - before - len(held) <= 0  # the client's socket is gone
    finally:
        listener.close()
        for tls in held:
            tls.close()
        thread.join(2)


async def test_a_host_name_idna_cannot_encode_is_not_found() -> None:
    async with Fetcher(timeout=2) as fetcher:
        result = await fetcher.fetch("http://a..b/feed.xml")  # an empty label: no lookup at all
    assert result.error == "host not found"


async def test_keep_alive_many_requests_one_connection() -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, _: int) -> None:
        while True:
            await _request(reader)
            writer.write(_response())
            await writer.drain()

    async with serve(handler) as (base, connections), Fetcher(timeout=5) as fetcher:
        results = [await fetcher.fetch(base + f"/{i}.xml") for i in range(10)]
    assert all(r.error is None and r.body == RSS for r in results)
    assert len(connections) == 1


async def test_a_chunked_body_is_read_whole() -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, _: int) -> None:
        for _ in range(2):
            await _request(reader)
            head = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
            parts = [RSS[:40], RSS[40:]]
            writer.write(head + b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in parts)
                         + b"0\r\n\r\n")
            await writer.drain()

    async with serve(handler) as (base, connections), Fetcher(timeout=5) as fetcher:
        first = await fetcher.fetch(base + "/a.xml")
        second = await fetcher.fetch(base + "/a.xml")
    assert first.body == RSS and second.body == RSS
    assert len(connections) == 1  # the chunked answer ended cleanly: kept alive


async def test_connection_close_is_honoured() -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, _: int) -> None:
        await _request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + RSS)  # body to EOF
        await writer.drain()

    async with serve(handler) as (base, connections), Fetcher(timeout=5) as fetcher:
        first = await fetcher.fetch(base + "/a.xml")
        second = await fetcher.fetch(base + "/a.xml")
    assert first.body == RSS and second.body == RSS
    assert len(connections) == 2


async def test_a_connection_closed_as_the_next_request_goes_out_is_replaced() -> None:
    """The race a pooled connection cannot see coming: the server (keep-alive expired) closes
    it just as the next request is written, without answering. The GET goes again, once, on a
    new connection, and the fetch succeeds."""
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, n: int) -> None:
        await _request(reader)
        writer.write(_response())
        await writer.drain()
        if n == 1:
            await _request(reader)  # the second request: read, and hung up on
            return
        await reader.read()

    async with serve(handler) as (base, connections), Fetcher(timeout=5) as fetcher:
        first = await fetcher.fetch(base + "/a.xml")
        second = await fetcher.fetch(base + "/a.xml")
    assert first.error is None
    assert second.error is None and second.body == RSS
    assert len(connections) == 2


async def test_a_fresh_connection_closed_without_an_answer_is_an_error() -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, _: int) -> None:
        await _request(reader)  # and hangs up

    async with serve(handler) as (base, connections), Fetcher(timeout=5) as fetcher:
        result = await fetcher.fetch(base + "/a.xml")
    assert result.error == ("connection broken: Server disconnected without sending a "
                            "response.")
    assert len(connections) == 1  # a new connection that fails is not tried again


async def test_an_answer_that_is_no_http_is_a_broken_connection() -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, _: int) -> None:
        await _request(reader)
        writer.write(b"SSH-2.0-OpenSSH_9.6\r\n\r\n")
        await writer.drain()

    async with serve(handler) as (base, _), Fetcher(timeout=5) as fetcher:
        result = await fetcher.fetch(base + "/a.xml")
    assert result.error is not None and result.error.startswith("connection broken:")


async def test_connections_are_bounded_and_requests_wait_for_one() -> None:
    open_now = 0
    most = 0

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, _: int) -> None:
        nonlocal open_now, most
        open_now += 1
        most = max(most, open_now)
        try:
            while True:
                await _request(reader)
                await asyncio.sleep(0.02)
                writer.write(_response())
                await writer.drain()
        finally:
            open_now -= 1

    transport = _transport()  # two connections at most
    async with serve(handler) as (base, connections), transport:
        async def one(i: int) -> bytes:
            request = httpx.Request("GET", f"{base}/{i}.xml")
            response = await transport.handle_async_request(request)
            try:
                return b"".join([chunk async for chunk in response.aiter_raw()])
            finally:
                await response.aclose()

        bodies = await asyncio.gather(*(one(i) for i in range(8)))
    assert bodies == [RSS] * 8
    assert most <= 2 and len(connections) <= 2


async def test_a_request_waiting_too_long_for_a_connection_is_a_pool_timeout() -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, _: int) -> None:
        await _request(reader)
        await asyncio.sleep(5)  # holds the only connection

    transport = H11Transport(limits=httpx.Limits(max_connections=1))
    async with serve(handler) as (base, _), transport:
        slow = asyncio.ensure_future(transport.handle_async_request(
            httpx.Request("GET", base + "/slow.xml")))
        await asyncio.sleep(0.1)
        waiting = httpx.Request("GET", base + "/next.xml",
                                extensions={"timeout": {"pool": 0.2}})
        try:
            await transport.handle_async_request(waiting)
        except httpx.PoolTimeout:
            pass
        else:
            raise AssertionError("no PoolTimeout")
        slow.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await slow


async def test_a_body_left_unread_closes_its_connection_and_frees_the_slot() -> None:
    """A fetch that gives up on a body (over the cap, a deadline) must neither put the half-read
    connection back in the pool (its rest would be read as the next answer) nor keep its slot:
    with one connection allowed, the next fetch still gets one."""
    big = b"x" * 200_000

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, _: int) -> None:
        while True:
            head = await _request(reader)
            body = big if b"/big" in head else RSS
            writer.write(_response(body))
            await writer.drain()

    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    fetcher = Fetcher(timeout=5, max_body_size=1000, concurrency=1,
                      transport=H11Transport(limits=limits))
    async with serve(handler) as (base, connections), fetcher:
        capped = await fetcher.fetch(base + "/big.xml")
        after = await fetcher.fetch(base + "/a.xml")
    assert capped.error is not None and "cap" in capped.error
    assert after.error is None and after.body == RSS
    assert len(connections) == 2


async def test_a_request_cancelled_mid_answer_frees_its_slot() -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, n: int) -> None:
        await _request(reader)
        if n == 1:
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\nxx")
            await writer.drain()
            await asyncio.sleep(5)  # never finishes the body
        writer.write(_response())
        await writer.drain()
        await reader.read()

    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    fetcher = Fetcher(timeout=0.3, concurrency=1, transport=H11Transport(limits=limits))
    async with serve(handler) as (base, connections), fetcher:
        stalled = await fetcher.fetch(base + "/stall.xml")
        after = await fetcher.fetch(base + "/a.xml")
    assert stalled.error is not None and stalled.error.startswith("timed out")
    assert after.error is None and after.body == RSS
    assert len(connections) == 2


async def test_bytes_after_an_answer_retire_its_connection() -> None:
    """Bytes that come with the end of an answer (in the same segment) are no answer to the
    next request: that connection is not pooled, the next request gets a new one."""
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, n: int) -> None:
        await _request(reader)
        writer.write(_response() + (b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nSTALE"
                                    if n == 1 else b""))
        await writer.drain()
        await reader.read()

    async with serve(handler) as (base, connections), Fetcher(timeout=5) as fetcher:
        first = await fetcher.fetch(base + "/a.xml")
        second = await fetcher.fetch(base + "/a.xml")
    assert first.body == RSS
    assert second.error is None and second.body == RSS
    assert len(connections) == 2


async def test_the_retry_after_a_stale_connection_opens_a_new_one() -> None:
    """Two pooled connections that both turn out closed as requests go out: the retry must not
    take the other stale one from the pool."""
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, n: int) -> None:
        await _request(reader)
        await asyncio.sleep(0.05)  # both requests hold a connection at once
        writer.write(_response())
        await writer.drain()
        if n <= 2:
            await _request(reader)  # the next request on it: read, and hung up on
            return
        await reader.read()

    transport = _transport()  # two connections
    async with serve(handler) as (base, connections), transport:
        async def get(path: str) -> bytes:
            response = await transport.handle_async_request(httpx.Request("GET", base + path))
            try:
                return b"".join([chunk async for chunk in response.aiter_raw()])
            finally:
                await response.aclose()

        assert await asyncio.gather(get("/a.xml"), get("/b.xml")) == [RSS, RSS]
        assert await get("/c.xml") == RSS
    assert len(connections) == 3
