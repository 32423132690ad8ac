"""The fetcher's asyncio network backend (``watcher.netstream``) against real loopback servers:
https with a ``trustme`` certificate, a certificate it must refuse, a server that closes an idle
keep-alive connection or leaves stray bytes on it, a server that never answers."""

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
from watcher.netstream import AsyncioTransport

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


def _transport(**kwargs: object) -> AsyncioTransport:
    return AsyncioTransport(limits=httpx.Limits(max_connections=2, max_keepalive_connections=2),
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
