"""A tiny RSS server for the demo: one feed per outlet on 127.0.0.1, with ETags and 304s."""

from __future__ import annotations

import hashlib
import threading
from datetime import datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from xml.sax.saxutils import escape


class DemoServer:
    """Serves ``/OUTLET.xml``; ``publish`` adds an article to an outlet's feed."""

    def __init__(self, outlets: dict[str, Any]) -> None:
        self.outlets = outlets
        self.articles: dict[str, list[tuple[str, str, datetime, str]]] = {k: [] for k in outlets}
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                key = self.path.strip("/").removesuffix(".xml")
                if key not in server.outlets:
                    self.send_error(404)
                    return
                body = server.render(key).encode("utf-8")
                etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
                self.send_header("ETag", etag)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                return

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def publish(self, outlet: str, title: str, summary: str, published: datetime) -> None:
        with self._lock:
            n = len(self.articles[outlet]) + 1
            link = f"{self.url}/{outlet}/{n}-{hashlib.sha1(title.encode()).hexdigest()[:8]}"
            self.articles[outlet].append((title, summary, published, link))

    def render(self, outlet: str) -> str:
        o = self.outlets[outlet]
        with self._lock:
            articles = list(reversed(self.articles[outlet]))
        items = "".join(
            f"<item><title>{escape(t)}</title><link>{escape(link)}</link>"
            f"<guid isPermaLink=\"true\">{escape(link)}</guid>"
            f"<pubDate>{format_datetime(p)}</pubDate>"
            f"<description>{escape('<p>' + s + '</p>')}</description></item>"
            for t, s, p, link in articles
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
            f"<title>{escape(o['title'])}</title><link>{self.url}/{outlet}</link>"
            f"<language>{o['lang']}</language><description>demo</description>"
            f"{items}</channel></rss>"
        )

    def __enter__(self) -> DemoServer:
        self._thread.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
