"""An asyncio network backend for httpcore, under the feed fetcher's httpx client.

httpcore reaches sockets through ``anyio`` when it runs under asyncio. Per request that wraps
every read and write in an anyio cancel scope, and every check of an idle pooled connection
("has the server closed it?") builds anyio's table of socket attributes. For a poll of a
thousand feeds that mostly answer 304 this plumbing was about a third of the fetch's CPU. This
backend does the same job with asyncio's streams directly: ``asyncio.timeout`` for deadlines, the
raw socket for the readability check, asyncio's TLS for https. Errors map to httpcore's
exception types exactly as its anyio backend maps them, so httpx and the fetcher see the same
``ConnectError``/``ReadTimeout``/... with the original ``OSError`` as their cause.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import ssl
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx
from httpcore._backends.base import SOCKET_OPTION, AsyncNetworkBackend, AsyncNetworkStream
from httpcore._utils import is_socket_readable

# httpcore's locks and events are anyio's, whose asyncio half is imported on the first request:
# import it with the fetcher, at start-up, not in the middle of the first poll.
with contextlib.suppress(ImportError):
    importlib.import_module("anyio._backends._asyncio")

READ_LIMIT = 256 * 1024  # the stream reader's buffer (httpcore reads 64 KB at a time)
HAPPY_EYEBALLS_DELAY = 0.25  # RFC 8305's recommended delay, as anyio's connect_tcp uses


def _deadline(err: OSError) -> bool:
    """Is ``err`` a deadline passing (``asyncio.timeout``), not the kernel giving up on the
    connection (``ETIMEDOUT``, also a ``TimeoutError`` since Python 3.10, but a broken link)?"""
    return isinstance(err, TimeoutError) and err.errno is None


class _Stream(AsyncNetworkStream):
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._reader = reader
        self._writer = writer

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            async with asyncio.timeout(timeout):
                return await self._reader.read(max_bytes)
        except OSError as err:  # TimeoutError included: ours, or the kernel's ETIMEDOUT
            if _deadline(err):
                raise httpcore.ReadTimeout(str(err) or "timed out reading") from err
            raise httpcore.ReadError(str(err)) from err

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        writer = self._writer
        if not writer.is_closing():
            writer.write(buffer)
            # a request's few hundred bytes: the kernel took them all at once (the usual case),
            # nothing to wait for and no deadline to arm; otherwise wait for the buffer to drain
            if not writer.transport.get_write_buffer_size() and not writer.is_closing():
                return
        try:
            async with asyncio.timeout(timeout):
                if writer.is_closing() and not writer.transport.get_write_buffer_size():
                    raise ConnectionResetError("connection closed")
                await writer.drain()
        except OSError as err:
            if _deadline(err):
                raise httpcore.WriteTimeout(str(err) or "timed out writing") from err
            raise httpcore.WriteError(str(err)) from err

    async def aclose(self) -> None:
        # abort, not close: a TLS close waits up to 30 s for the peer's close_notify, and a plain
        # one for a write buffer to drain; a server that stopped responding would keep the
        # socket that long (anyio, which httpcore uses otherwise, closes at once too)
        self._writer.transport.abort()

    async def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                        timeout: float | None = None) -> AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                # asyncio's own handshake limit (60 s) must not cut a longer configured timeout
                await self._writer.start_tls(ssl_context, server_hostname=server_hostname,
                                             ssl_handshake_timeout=timeout)
        except TimeoutError as err:
            self._writer.close()
            raise httpcore.ConnectTimeout(str(err) or "timed out in the TLS handshake") from err
        except (OSError, ssl.SSLError, EOFError) as err:  # SSLError is an OSError; EOF: reset
            self._writer.close()
            raise httpcore.ConnectError(str(err) or type(err).__name__) from err
        return self

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":
            # asyncio moves what arrives into the reader's buffer: bytes or EOF waiting there
            # (a server that closed an idle connection, or sent stray data) count as readable,
            # as they would on the socket, so httpcore drops the connection instead of reusing it
            buffered = getattr(self._reader, "_buffer", None)  # StreamReader keeps it private
            return (bool(buffered) or self._reader.at_eof() or self._writer.is_closing()
                    or is_socket_readable(self._writer.get_extra_info("socket")))
        if info == "ssl_object":
            return self._writer.get_extra_info("ssl_object")
        if info == "client_addr":
            return self._writer.get_extra_info("sockname")
        if info == "server_addr":
            return self._writer.get_extra_info("peername")
        if info == "socket":
            return self._writer.get_extra_info("socket")
        return None


class AsyncioBackend(AsyncNetworkBackend):
    """httpcore's network backend on asyncio streams (see the module docstring). TCP only: the
    fetcher never connects to a Unix socket (the base class refuses one)."""

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                          local_address: str | None = None,
                          socket_options: Iterable[SOCKET_OPTION] | None = None,
                          ) -> AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await asyncio.open_connection(
                    host, port, limit=READ_LIMIT, happy_eyeballs_delay=HAPPY_EYEBALLS_DELAY,
                    local_addr=(local_address, 0) if local_address else None)
        except OSError as err:
            if _deadline(err):
                raise httpcore.ConnectTimeout(str(err) or "timed out connecting") from err
            raise httpcore.ConnectError(str(err) or type(err).__name__) from err
        except UnicodeError as err:  # a host name IDNA cannot encode ("a..b", a 64-letter label)
            raise httpcore.ConnectError(f"name resolution failed: {err}") from err
        sock = writer.get_extra_info("socket")
        if sock is not None:
            for option in socket_options or ():
                sock.setsockopt(*option)
        return _Stream(reader, writer)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


class AsyncioTransport(httpx.AsyncHTTPTransport):
    """httpx's transport with :class:`AsyncioBackend` under its connection pool."""

    def __init__(self, *, limits: httpx.Limits, **kwargs: Any) -> None:
        super().__init__(limits=limits, **kwargs)
        old = self._pool
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=old._ssl_context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            http1=old._http1, http2=old._http2, retries=old._retries,
            local_address=old._local_address, uds=old._uds,
            socket_options=old._socket_options,
            network_backend=AsyncioBackend(),
        )

