"""The feed fetcher's HTTP/1.1 transport: ``h11`` over asyncio streams, with a keep-alive pool.

httpx hands each request to a transport. Its own is httpcore's connection pool, which watcher
ran over an asyncio network backend of its own (anyio's cost a third more): still about 0.75 ms
of CPU per feed fetched, in the pool's locks, events and request queue and its connection and
HTTP/1.1 layers, in a poll of a thousand feeds that is little else. h11 (the parser httpcore uses
underneath) driven directly over asyncio streams does the same exchange for about half: the
fetcher's 1,000 GETs of the benchmark's feeds on its loopback server took 0.38-0.48 s of CPU
against 0.76-0.96 s, and 1,000 conditional GETs answered 304 about 0.3 s against 0.5 s (side by
side in one process, three runs each).

What the fetcher needs, and only that: GET (any method with a body works, but nothing sends one),
http and https (asyncio's TLS with httpx's default certificate store, or a given context),
keep-alive per origin, a bound on connections, deadlines for connecting, reading, writing and
waiting for a free connection (httpx's ``Timeout``), and httpx's exception types, each with the
original ``OSError`` or h11 error as its cause, so that the fetcher reads failures as before.
No proxies (the fetcher trusts no environment) and no HTTP/2 (feeds do not need it).

A connection goes back to the pool only when its answer ended cleanly with nothing after it,
and is reused only when nothing arrived on it while idle: a server that closed it (keep-alive
expired) or left stray bytes on it would otherwise answer the next request with an error or
with bytes of something else (httpcore's pool reads bytes that came with the end of an answer
as the next one's). A reused connection that still turns out closed before the first byte of
its answer (the server closed it as the request went out) is replaced by a new one, once: the
fetcher only sends GETs, which may be repeated.
"""

from __future__ import annotations

import asyncio
import contextlib
import select
import ssl
import time
from collections.abc import AsyncIterator
from typing import Any

import h11
import httpx

READ_SIZE = 64 * 1024  # bytes asked of the stream per read (as httpcore)
READ_LIMIT = 256 * 1024  # the stream reader's buffer
HAPPY_EYEBALLS_DELAY = 0.25  # RFC 8305's recommended delay
MAX_HEAD = 100 * 1024  # a response's status line and headers at most (as httpcore)

Origin = tuple[str, str, int]  # scheme, host, port
_HUNG_UP = "Server disconnected without sending a response."  # httpcore's words


def _deadline(err: OSError) -> bool:
    """Is ``err`` a deadline passing (``asyncio.timeout``), not the kernel giving up on the
    connection (``ETIMEDOUT``, also a ``TimeoutError`` since Python 3.10, but a broken link)?"""
    return isinstance(err, TimeoutError) and err.errno is None


def _readable(sock: Any) -> bool:
    """Has the peer sent something (bytes or EOF) on this idle socket, not yet read?"""
    if sock is None:
        return True
    try:
        poller = select.poll()
        poller.register(sock.fileno(), select.POLLIN)
        return bool(poller.poll(0))
    except (OSError, ValueError):  # closed under us
        return True


class _Stale(Exception):
    """A reused connection was found closed before any byte of the answer came."""


class _Connection:
    """One socket and its h11 state machine."""

    __slots__ = ("answered", "h11", "idle_since", "origin", "reader", "reused", "writer")

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                 origin: Origin) -> None:
        self.reader = reader
        self.writer = writer
        self.h11 = h11.Connection(h11.CLIENT, max_incomplete_event_size=MAX_HEAD)
        self.origin = origin
        self.idle_since = 0.0
        self.reused = False
        self.answered = False  # a byte of the current answer has come

    def usable(self) -> bool:
        """Idle and untouched: nothing (bytes, EOF) arrived since its last answer."""
        reader = self.reader
        buffered = getattr(reader, "_buffer", None)  # StreamReader keeps it private
        return not (buffered or reader.at_eof() or self.writer.is_closing()
                    or _readable(self.writer.get_extra_info("socket")))

    def close(self) -> None:
        # abort, not close: a TLS close waits up to 30 s for the peer's close_notify, and a plain
        # one for a write buffer to drain; a server that stopped responding would keep the
        # socket that long
        self.writer.transport.abort()

    async def send(self, request: httpx.Request, timeout: float | None) -> None:
        conn = self.h11
        try:
            chunks = [conn.send(h11.Request(method=request.method, target=request.url.raw_path,
                                            headers=request.headers.raw)) or b""]
            async for chunk in request.stream:  # type: ignore[union-attr]
                if chunk:
                    chunks.append(conn.send(h11.Data(data=chunk)) or b"")
            chunks.append(conn.send(h11.EndOfMessage()) or b"")
        except h11.LocalProtocolError as err:  # a header value h11 refuses to send
            raise httpx.LocalProtocolError(str(err)) from err
        writer = self.writer
        try:
            if writer.is_closing():
                raise ConnectionResetError("connection closed")
            writer.write(b"".join(chunks))
            # a request's few hundred bytes: the kernel took them at once (the usual case),
            # nothing to wait for and no deadline to arm
            if writer.transport.get_write_buffer_size():
                async with asyncio.timeout(timeout):
                    await writer.drain()
        except OSError as err:
            if _deadline(err):
                raise httpx.WriteTimeout(str(err) or "timed out writing") from err
            if self.reused:
                raise _Stale from err
            raise httpx.WriteError(str(err) or type(err).__name__) from err

    async def event(self, timeout: float | None) -> Any:
        """The next h11 event of the answer, reading from the socket as needed."""
        conn = self.h11
        while True:
            try:
                event = conn.next_event()
            except h11.RemoteProtocolError as err:  # EOF before an answer, or no HTTP
                if self.answered:
                    raise httpx.RemoteProtocolError(str(err)) from err
                if self.reused:
                    raise _Stale from err
                raise httpx.RemoteProtocolError(_HUNG_UP) from err
            if event is not h11.NEED_DATA:
                if event is h11.PAUSED or isinstance(event, h11.ConnectionClosed):
                    raise httpx.RemoteProtocolError(_HUNG_UP)  # h11 raised above if unanswered
                return event
            try:
                async with asyncio.timeout(timeout):
                    data = await self.reader.read(READ_SIZE)
            except OSError as err:
                if _deadline(err):
                    raise httpx.ReadTimeout(str(err) or "timed out reading") from err
                if self.reused and not self.answered:
                    raise _Stale from err
                raise httpx.ReadError(str(err) or type(err).__name__) from err
            if data:
                self.answered = True
            conn.receive_data(data)  # b"": the peer closed


class _Body(httpx.AsyncByteStream):
    """A response's body, read from its connection; the connection goes back to the pool when
    the body was read to its end, and is closed when the reader gives up before."""

    def __init__(self, pool: H11Transport, conn: _Connection, timeout: float | None) -> None:
        self._pool = pool
        self._conn: _Connection | None = conn
        self._timeout = timeout

    async def __aiter__(self) -> AsyncIterator[bytes]:
        conn = self._conn
        if conn is None:
            raise httpx.StreamClosed()
        try:
            while True:
                event = await conn.event(self._timeout)
                if isinstance(event, h11.Data):
                    yield bytes(event.data)
                elif isinstance(event, h11.EndOfMessage):
                    break
        except BaseException:  # (no _Stale here: the answer's head has come)
            self._finish(reusable=False)
            raise
        self._finish(reusable=True)

    def _finish(self, *, reusable: bool) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            self._pool._release(conn, reusable)

    async def aclose(self) -> None:
        self._finish(reusable=False)  # not read to its end (or already finished: nothing)


class H11Transport(httpx.AsyncBaseTransport):
    """An httpx transport for plain HTTP/1.1 requests (see the module docstring).

    ``limits.max_connections`` bounds the sockets open at once (requests beyond it wait for one,
    up to the pool timeout), ``max_keepalive_connections`` the idle ones kept, and
    ``keepalive_expiry`` how long one is kept idle. ``verify``: an ``ssl.SSLContext`` to use for
    https, ``True`` for httpx's default certificate store, ``False`` for none (tests)."""

    def __init__(self, *, limits: httpx.Limits | None = None,
                 verify: ssl.SSLContext | bool = True) -> None:
        limits = limits or httpx.Limits()
        self._max = limits.max_connections or 1_000_000
        self._keep = (limits.max_keepalive_connections if limits.max_keepalive_connections
                      is not None else self._max)
        self._expiry = limits.keepalive_expiry
        self._verify = verify
        self._ssl: ssl.SSLContext | None = verify if isinstance(verify, ssl.SSLContext) else None
        self._idle: list[_Connection] = []  # oldest first
        self._busy = 0  # connections serving a request
        self._slots: asyncio.Semaphore | None = None  # made in the running loop, on first use
        self._closed = False

    # -- the pool ------------------------------------------------------------------------------
    def _context(self) -> ssl.SSLContext:
        if self._ssl is None:  # httpx's default store; a context given is used as it is
            self._ssl = httpx.create_ssl_context(verify=self._verify, trust_env=False)
            self._ssl.set_alpn_protocols(["http/1.1"])
        return self._ssl

    def _take_idle(self, origin: Origin) -> _Connection | None:
        """A pooled connection to ``origin`` still fit for a request (the newest first); those
        expired or touched since their last answer are closed on the way."""
        now = time.monotonic()
        idle = self._idle
        for i in range(len(idle) - 1, -1, -1):
            conn = idle[i]
            if (self._expiry is not None and now - conn.idle_since > self._expiry) or (
                    conn.reader.at_eof() or conn.writer.is_closing()):  # expired, or hung up on
                del idle[i]
                conn.close()
            elif conn.origin == origin:
                del idle[i]
                if conn.usable():
                    conn.reused = True
                    conn.answered = False
                    return conn
                conn.close()
        return None

    async def _slot(self, timeout: float | None) -> None:
        """Wait until one more connection may serve a request."""
        if self._slots is None:
            self._slots = asyncio.Semaphore(self._max)
        if self._slots.locked():
            try:
                async with asyncio.timeout(timeout):
                    await self._slots.acquire()
            except TimeoutError as err:
                raise httpx.PoolTimeout("timed out waiting for a free connection") from err
        else:
            await self._slots.acquire()  # free: returns at once
        self._busy += 1

    def _make_room(self) -> None:
        """Before a new connection opens: close the oldest idle ones (of other origins) while
        the busy and idle ones together reach the bound."""
        while self._idle and self._busy + len(self._idle) > self._max:
            self._idle.pop(0).close()

    def _unslot(self) -> None:
        self._busy -= 1
        assert self._slots is not None
        self._slots.release()

    def _release(self, conn: _Connection, reusable: bool) -> None:
        """``conn`` has served its request: pooled when its exchange ended cleanly and the
        server did not ask to close it, else closed."""
        self._unslot()
        state = conn.h11
        if (reusable and not self._closed and state.our_state is h11.DONE
                and state.their_state is h11.DONE and self._keep > 0
                and not state.trailing_data[0]):  # bytes after the answer: no answer of ours
            state.start_next_cycle()
            conn.idle_since = time.monotonic()
            self._idle.append(conn)
            while len(self._idle) > self._keep:
                self._idle.pop(0).close()
        else:
            conn.close()

    async def _connect(self, origin: Origin, timeout: float | None) -> _Connection:
        scheme, host, port = origin
        tls = self._context() if scheme == "https" else None
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await asyncio.open_connection(
                    host, port, ssl=tls, server_hostname=host if tls else None,
                    ssl_handshake_timeout=timeout if tls else None, limit=READ_LIMIT,
                    happy_eyeballs_delay=HAPPY_EYEBALLS_DELAY)
        except OSError as err:  # ssl.SSLError included
            if _deadline(err):
                raise httpx.ConnectTimeout(str(err) or "timed out connecting") from err
            raise httpx.ConnectError(str(err) or type(err).__name__) from err
        except UnicodeError as err:  # a host name IDNA cannot encode ("a..b", a 64-letter label)
            raise httpx.ConnectError(f"name resolution failed: {err}") from err
        except EOFError as err:  # the peer hung up in the TLS handshake
            raise httpx.ConnectError(str(err) or "connection closed in the TLS handshake") from err
        return _Connection(reader, writer, origin)

    # -- httpx's interface ---------------------------------------------------------------------
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._closed:
            raise RuntimeError("the transport is closed")
        url = request.url
        scheme = url.scheme
        if scheme not in ("http", "https"):
            raise httpx.UnsupportedProtocol(f"unsupported scheme {scheme!r}")
        host = url.raw_host.decode("ascii")
        if not host:
            raise httpx.UnsupportedProtocol("the URL has no host")
        if host.startswith("[") and host.endswith("]"):
            host = host[1:-1]
        origin = (scheme, host, url.port or (443 if scheme == "https" else 80))
        timeouts = request.extensions.get("timeout", {})
        await self._slot(timeouts.get("pool"))
        conn: _Connection | None = None
        try:
            if self._closed:  # closed while this request waited for a connection
                raise RuntimeError("the transport is closed")
            for attempt in range(2):
                conn = None if attempt else self._take_idle(origin)  # a retry: a new one
                if conn is None:
                    self._make_room()
                    conn = await self._connect(origin, timeouts.get("connect"))
                try:
                    await conn.send(request, timeouts.get("write"))
                    event = await conn.event(timeouts.get("read"))
                    while isinstance(event, h11.InformationalResponse):  # 100 Continue, 103
                        event = await conn.event(timeouts.get("read"))
                    break
                except _Stale:  # closed by the server as the request went out: a new one
                    conn.close()
                    conn = None
            else:
                raise httpx.RemoteProtocolError(_HUNG_UP)
            if not isinstance(event, h11.Response):
                raise httpx.RemoteProtocolError(f"unexpected {type(event).__name__} from h11")
        except BaseException:
            self._unslot()
            if conn is not None:
                conn.close()
            raise
        return httpx.Response(
            status_code=event.status_code, headers=event.headers.raw_items(),
            stream=_Body(self, conn, timeouts.get("read")),
            extensions={"http_version": b"HTTP/" + event.http_version,
                        "reason_phrase": event.reason},
        )

    async def aclose(self) -> None:
        self._closed = True
        idle, self._idle = self._idle, []
        for conn in idle:
            with contextlib.suppress(Exception):
                conn.close()
