"""Loopback HTTP server for the benchmark corpus, run as its own process.

Why a separate process: the contenders' CPU time is measured with ``getrusage`` in their own
process; a server in the same process (or the same process tree) would add its CPU to theirs.

It serves ``/feeds/NNNNN.xml`` from a corpus written by ``gen.py`` with ``ETag`` and
``Last-Modified``, answers ``If-None-Match``/``If-Modified-Since`` with 304, and speaks HTTP/1.1
keep-alive (``Content-Length`` on every answer) so that clients that pool connections can. Bodies
are held in memory (50 MB for 1,000 feeds) so that disk reads never show up in a measurement.

Control (loopback only, for the runner):
``GET /_state/0`` serves the initial state, ``GET /_state/1`` the advanced one (the chosen feeds
got new items); ``GET /_stats`` returns and resets request counters as JSON.

It binds 127.0.0.1 only, prints ``READY <port>`` on stdout, and exits when its stdin closes (the
runner died) or after ``--max-seconds``, so it can never outlive a benchmark by long.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import threading
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


class Corpus:
    """Both states of every feed, in memory, with their validators."""

    def __init__(self, root: Path, use_gzip: bool = False) -> None:
        manifest = json.loads((root / "manifest.json").read_text())
        self.state = 0
        self.lock = threading.Lock()
        self.stats: dict[str, int] = {"200": 0, "304": 0, "404": 0, "bytes": 0}
        # path -> per state (body, gzipped body or None, etag, last-modified)
        self.feeds: dict[str, list[tuple[bytes, bytes | None, str, str]]] = {}
        for f in manifest["feeds"]:
            body0 = (root / "v0" / f["file"]).read_bytes()
            v0 = (body0, gzip.compress(body0, 6) if use_gzip else None, f["etag0"], f["lm0"])
            v1 = v0
            if f["advanced"]:
                body1 = (root / "v1" / f["file"]).read_bytes()
                v1 = (body1, gzip.compress(body1, 6) if use_gzip else None, f["etag1"], f["lm1"])
            self.feeds[f["path"]] = [v0, v1]

    def count(self, key: str, n: int = 1) -> None:
        with self.lock:
            self.stats[key] = self.stats.get(key, 0) + n


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive
    # Without TCP_NODELAY a keep-alive client waits for its delayed ACK (40 ms) on every request.
    disable_nagle_algorithm = True
    server_version = "bench-feeds/1"
    corpus: Corpus  # set on the class by serve()

    def log_message(self, format: str, *args: Any) -> None:
        pass  # a line per request would cost more CPU than answering it

    def _send(self, code: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.send_response(code)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()  # buffered by the stdlib until flushed below
        if body and self.command != "HEAD":
            self.wfile.write(body)

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        c = self.corpus
        if self.path.startswith("/_state/"):
            c.state = 1 if self.path.endswith("1") else 0
            self._send(200, f"state {c.state}\n".encode(), {"Content-Type": "text/plain"})
            return
        if self.path == "/_stats":
            with c.lock:
                body = json.dumps({**c.stats, "state": c.state}).encode()
                c.stats = {"200": 0, "304": 0, "404": 0, "bytes": 0}
            self._send(200, body, {"Content-Type": "application/json"})
            return
        versions = c.feeds.get(self.path.split("?", 1)[0])
        if versions is None:
            c.count("404")
            self._send(404, b"not found\n", {"Content-Type": "text/plain"})
            return
        body, gz, etag, lm = versions[c.state]
        validators = {"ETag": etag, "Last-Modified": lm, "Cache-Control": "max-age=300"}
        if self._not_modified(etag, lm):
            c.count("304")
            self._send(304, b"", validators)
            return
        headers = {"Content-Type": "application/rss+xml; charset=utf-8", **validators}
        if gz is not None and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gz
            headers["Content-Encoding"] = "gzip"
        c.count("200")
        c.count("bytes", len(body))
        self._send(200, body, headers)

    def _not_modified(self, etag: str, lm: str) -> bool:
        inm = self.headers.get("If-None-Match")
        if inm is not None:  # RFC 9110: If-Modified-Since is ignored when If-None-Match is sent
            return etag in [t.strip().removeprefix("W/") for t in inm.split(",")] or inm == "*"
        ims = self.headers.get("If-Modified-Since")
        if ims:
            try:
                return parsedate_to_datetime(lm) <= parsedate_to_datetime(ims)
            except (TypeError, ValueError):
                return False
        return False


def serve(root: Path, port: int = 0, use_gzip: bool = False, max_seconds: float = 3600) -> None:
    Handler.corpus = Corpus(root, use_gzip)
    httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    httpd.daemon_threads = True
    httpd.request_queue_size = 128
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    print(f"READY {httpd.server_address[1]}", flush=True)

    def watch_stdin() -> None:
        sys.stdin.read()  # returns at EOF: the runner closed the pipe or died
        stop.set()

    stop = threading.Event()
    threading.Thread(target=watch_stdin, daemon=True).start()
    stop.wait(max_seconds)
    httpd.shutdown()
    httpd.server_close()


def main() -> None:
    ap = argparse.ArgumentParser(description="Serve a bench corpus on 127.0.0.1.")
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--gzip", action="store_true", help="gzip bodies for clients that accept it")
    ap.add_argument("--max-seconds", type=float, default=3600)
    a = ap.parse_args()
    serve(a.corpus, a.port, a.gzip, a.max_seconds)


if __name__ == "__main__":
    main()
