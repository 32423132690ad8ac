"""Reading a feed's body within ``max_body_size``, for ``watcher.fetch``.

The body is streamed and reading stops past ``max_body_size``: a runaway response costs at most
the cap; gzip/deflate are inflated here, step by step within the cap (``inflate``), so the cap
applies to decoded bytes and bounds memory too. A response that is not read (a redirect, an
error status) is drained (``drain``) so that its connection goes back to the pool; of a refusal
(401, 403) the first bytes are read (``head``), for the title of the page that came with it.
"""

from __future__ import annotations

import sys
import zlib

import httpx

_GZIP_MAGIC = b"\x1f\x8b"  # how each member of a gzip body begins


async def read_capped(response: httpx.Response, cap: int) -> bytes | None:
    """The body (decoded by httpx), or None once it grows past ``cap`` bytes."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > cap:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


async def inflate(response: httpx.Response, coding: str, cap: int) -> bytes | None:
    """A gzip or deflate body, decompressed, or None once it grows past ``cap`` bytes.

    httpx inflates each chunk read from the socket whole: 64 KB of a compressed run of zeros is
    64 MB, so a 1 MB "gzip bomb" took the daemon's memory up by 130 MB before the cap was
    checked. Here no step of the inflation yields more than what is left of the cap.

    A gzip body may hold several members one after the other (RFC 1952; servers that compress
    a feed in parts send them so): each is inflated in turn, all within the one cap; a feed cut
    after its first member lost its later entries. Zero bytes between or after members are
    padding (as ``gzip`` reads them); anything else after a member is ignored, as before."""
    gzip = coding != "deflate"
    inflater = zlib.decompressobj(zlib.MAX_WBITS | 16 if gzip else zlib.MAX_WBITS)
    first = not gzip  # deflate: zlib-wrapped as the RFC says, else raw (as httpx reads it)
    chunks: list[bytes] = []
    size = 0
    after = b""  # bytes past a gzip member: the start of another one, or padding
    done = False  # trailing bytes that begin no member: the rest of the body is ignored
    try:
        async for data in response.aiter_raw():
            data = after + data
            after = b""
            while data and not done:
                if inflater.eof:
                    data = data.lstrip(b"\0")
                    if not gzip or (data and not _GZIP_MAGIC.startswith(data[:2])):
                        done = True
                    elif len(data) < len(_GZIP_MAGIC):  # a member may begin: wait for more
                        after = data
                    else:
                        inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
                    if done or after or not data:
                        break
                # zlib takes a C ssize_t: a cap beyond it (the config refuses one over 1GB; a
                # caller may pass any) raised OverflowError at every compressed feed
                room = min(cap - size + 1, sys.maxsize)
                try:
                    out = inflater.decompress(data, room)
                except zlib.error:
                    if not first:
                        raise
                    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                    out = inflater.decompress(data, room)
                first = False
                size += len(out)
                if size > cap:
                    return None
                chunks.append(out)
                data = inflater.unused_data if inflater.eof else inflater.unconsumed_tail
    except zlib.error as err:
        raise httpx.DecodingError(f"{coding}: {err}") from err
    return b"".join(chunks)

async def drain(response: httpx.Response, limit: int = 64 * 1024) -> None:
    """Read a small body to its end: the transport only returns a connection to the pool when
    the response was read completely; a big error page is not worth it, the connection is
    closed."""
    size = 0
    try:
        # the transport's stream itself, without httpx's chunking and bookkeeping layers: a 304's
        # empty body is most of the bodies drained, and those layers were most of its cost
        async for chunk in response.stream:  # type: ignore[union-attr]
            size += len(chunk)
            if size > limit:
                break
    except httpx.StreamError:  # already read (MockTransport) or closed: nothing to drain
        pass


async def head(response: httpx.Response, limit: int = 16 * 1024) -> bytes:
    """The first ``limit`` bytes of a small error page, decompressed within ``limit`` (a gzip
    bomb served with a 403 costs no more); read as ``drain`` reads, so that a page read to its
    end leaves the connection for the pool. Nothing (b"") when it cannot be read or inflated:
    the page only adds a title to an error."""
    raw = bytearray()
    try:
        async for chunk in response.stream:  # type: ignore[union-attr]
            raw += chunk
            if len(raw) > limit:
                break
    except (httpx.StreamError, httpx.TransportError):
        return b""
    coding = response.headers.get("content-encoding", "").strip().lower()
    if coding not in ("gzip", "x-gzip", "deflate"):
        return bytes(raw[:limit])
    try:  # zlib or gzip header, found by zlib itself; else deflate without one (as httpx)
        return zlib.decompressobj(zlib.MAX_WBITS | 32).decompress(bytes(raw), limit)
    except zlib.error:
        try:
            return zlib.decompressobj(-zlib.MAX_WBITS).decompress(bytes(raw), limit)
        except zlib.error:
            return b""
