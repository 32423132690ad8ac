"""A real HTTP server on 127.0.0.1 that serves feeds the way real servers do, and misbehaves on cue.

Usable by every test file (``from tests.feedserver import FeedServer``)::

    with FeedServer() as server:
        url = server.feed("/a.xml", body)             # ETag + Last-Modified, answers 304s
        server.advance("/a.xml", new_body)            # new body, new validators
        server.status("/busy", 429, headers={"Retry-After": "120"})
        server.redirect("/old", "/a.xml", code=301)
        server.slow("/slow", delay=5)                 # a read timeout for a short client timeout
        server.oversize("/big", size=2_000_000)       # streamed, no Content-Length
        server.html("/page")                          # an HTML page instead of a feed
        server.status("/gone", 410)
        server.hits("/a.xml"), server.conditional_hits("/a.xml"), server.connections

It speaks HTTP/1.1 with keep-alive (so tests can see connection reuse), runs each connection in a
daemon thread, and never blocks a test's exit: sleeping handlers wake up when the server closes.
"""

from __future__ import annotations

import gzip as gzip_module
import hashlib
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

RSS_TYPE = "application/rss+xml; charset=utf-8"


@dataclass
class Route:
    """How one path answers. ``etag``/``last_modified`` None: the server sends no validator."""

    body: bytes = b""
    status: int = 200
    content_type: str = RSS_TYPE
    etag: str | None = None
    last_modified: str | None = None
    gzip: bool = False
    deflate: bool = False
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the response starts (a read timeout for the client)
    stream_size: int | None = None  # stream this many filler bytes, no Content-Length
    handler: Callable[[BaseHTTPRequestHandler], None] | None = None  # full control


class _QuietServer(ThreadingHTTPServer):
    """A client that gives up (a timeout test) is expected here, not an error to print."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        import sys

        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


def http_date(when: float | None = None) -> str:
    return formatdate(time.time() if when is None else when, usegmt=True)


class FeedServer:
    """Context manager around a threaded ``http.server`` on an ephemeral loopback port."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self._hits: Counter[str] = Counter()
        self._conditional: Counter[str] = Counter()
        self.request_headers: dict[str, list[dict[str, str]]] = {}
        self.connections = 0  # TCP connections accepted (keep-alive reuse shows as fewer)
        self.in_flight = 0
        self.max_in_flight = 0  # most requests served at the same time
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._version = 0

    # -- lifecycle --------------------------------------------------------------------------
    def __enter__(self) -> FeedServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> None:
        server = _QuietServer(("127.0.0.1", 0), _make_handler(self))
        server.daemon_threads = True
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="feedserver", daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._closing.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    @property
    def port(self) -> int:
        assert self._server is not None, "server not started"
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    # -- configuring routes ------------------------------------------------------------------
    def route(self, path: str, route: Route) -> str:
        with self._lock:
            self.routes[path] = route
        return self.url(path)

    def feed(
        self, path: str, body: bytes, *, content_type: str = RSS_TYPE, etag: bool = True,
        last_modified: bool = True, gzip: bool = False, deflate: bool = False,
        headers: dict[str, str] | None = None,
    ) -> str:
        """Serve ``body`` with (by default) an ETag and Last-Modified, answering 304s to them."""
        self._version += 1
        return self.route(path, Route(
            body=body, content_type=content_type, gzip=gzip, deflate=deflate,
            etag=f'"{hashlib.sha1(body).hexdigest()[:16]}-{self._version}"' if etag else None,
            last_modified=http_date(time.time() + self._version) if last_modified else None,
            headers=dict(headers or {}),
        ))

    def advance(self, path: str, body: bytes) -> None:
        """Give ``path`` a new body and new validators, keeping its other settings."""
        old = self.routes[path]
        self.feed(path, body, content_type=old.content_type, etag=old.etag is not None,
                  last_modified=old.last_modified is not None, gzip=old.gzip,
                  deflate=old.deflate, headers=old.headers)

    def status(self, path: str, code: int, *, headers: dict[str, str] | None = None,
               body: bytes = b"", content_type: str = "text/plain") -> str:
        return self.route(path, Route(body=body or f"HTTP {code}".encode(), status=code,
                                      content_type=content_type, headers=dict(headers or {})))

    def redirect(self, path: str, to: str, *, code: int = 301) -> str:
        location = to if "://" in to else self.url(to)
        return self.route(path, Route(status=code, headers={"Location": location},
                                      content_type="text/plain"))

    def redirect_chain(self, prefix: str, length: int, to: str, *, code: int = 302) -> str:
        """``prefix0 -> prefix1 -> ... -> to``: ``length`` redirects; returns the first URL."""
        for i in range(length):
            nxt = f"{prefix}{i + 1}" if i + 1 < length else to
            self.redirect(f"{prefix}{i}", nxt, code=code)
        return self.url(f"{prefix}0")

    def slow(self, path: str, *, delay: float, body: bytes = b"<rss/>") -> str:
        return self.route(path, Route(body=body, delay=delay))

    def oversize(self, path: str, *, size: int, declare_length: bool = False) -> str:
        """A body of ``size`` bytes: streamed without Content-Length unless ``declare_length``."""
        if declare_length:
            return self.route(path, Route(body=b"x" * size))
        return self.route(path, Route(stream_size=size))

    def html(self, path: str, body: bytes | None = None) -> str:
        page = body or (b"<!DOCTYPE html><html><head><title>Welcome to Example</title></head>"
                        b"<body><p>No feed here.</p></body></html>")
        return self.route(path, Route(body=page, content_type="text/html; charset=utf-8"))

    # -- what happened -----------------------------------------------------------------------
    def hits(self, path: str) -> int:
        return self._hits[path]

    def conditional_hits(self, path: str) -> int:
        """Requests to ``path`` that carried If-None-Match or If-Modified-Since."""
        return self._conditional[path]

    def reset_counters(self) -> None:
        with self._lock:
            self._hits.clear()
            self._conditional.clear()
            self.request_headers.clear()
            self.connections = 0
            self.max_in_flight = 0

    # -- serving (called from handler threads) -----------------------------------------------
    def _record(self, path: str, headers: dict[str, str]) -> None:
        with self._lock:
            self._hits[path] += 1
            if "if-none-match" in headers or "if-modified-since" in headers:
                self._conditional[path] += 1
            self.request_headers.setdefault(path, []).append(headers)

    def _enter(self) -> None:
        with self._lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)

    def _leave(self) -> None:
        with self._lock:
            self.in_flight -= 1


def _make_handler(server: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self) -> None:
            super().setup()
            with server._lock:
                server.connections += 1

        def log_message(self, format: str, *args: Any) -> None:  # quiet tests
            pass

        def do_GET(self) -> None:
            path = self.path
            headers = {k.lower(): v for k, v in self.headers.items()}
            server._record(path, headers)
            route = server.routes.get(path)
            server._enter()
            try:
                if route is None:
                    self._send(404, b"not found", "text/plain", {})
                    return
                self._serve(route, headers)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True
            finally:
                server._leave()

        def _serve(self, route: Route, headers: dict[str, str]) -> None:
            if route.delay and server._closing.wait(route.delay):
                self.close_connection = True
                return
            if route.handler is not None:
                route.handler(self)
                return
            if route.stream_size is not None:
                self._stream(route)
                return
            extra = dict(route.headers)
            if route.status == 200:
                if route.etag:
                    extra["ETag"] = route.etag
                if route.last_modified:
                    extra["Last-Modified"] = route.last_modified
                inm = headers.get("if-none-match")
                ims = headers.get("if-modified-since")
                if (route.etag and inm == route.etag) or (
                        not inm and route.last_modified and ims == route.last_modified):
                    self._send(304, b"", None, extra)
                    return
            body = route.body
            accept = headers.get("accept-encoding", "")
            if route.gzip and "gzip" in accept:
                body = gzip_module.compress(body)
                extra["Content-Encoding"] = "gzip"
            elif route.deflate and "deflate" in accept:
                body = zlib.compress(body)
                extra["Content-Encoding"] = "deflate"
            self._send(route.status, body, route.content_type, extra)

        def _stream(self, route: Route) -> None:
            assert route.stream_size is not None
            self.send_response(200)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            chunk = b"<!-- filler -->" * 4096
            left = route.stream_size
            while left > 0 and not server._closing.is_set():
                part = chunk[: min(left, len(chunk))]
                self.wfile.write(part)
                left -= len(part)

        def _send(self, status: int, body: bytes, ctype: str | None,
                  headers: dict[str, str]) -> None:
            self.send_response(status)
            if ctype and status != 304:
                self.send_header("Content-Type", ctype)
            for key, value in headers.items():
                self.send_header(key, value)
            if status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if status != 304 and body:
                self.wfile.write(body)

    return Handler
