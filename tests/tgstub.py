"""A loopback Telegram Bot API stub for tests: a threaded ``http.server`` speaking just enough of
the Bot API (``sendMessage``, ``getMe``) for python-telegram-bot 22 to talk to it over real HTTP.

It records every ``sendMessage`` that succeeded (``sent``), can answer the next requests with
scripted faults (429 with ``retry_after``, 400 chat not found, 400 for the bot's rights or a
forum topic, 403 bot blocked, 500), and can be ``down()`` (listening socket closed: connection
refused) and ``up()`` again on the same port.
HTTP/1.0 (no keep-alive) keeps ``down()`` honest: no connection outlives it.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

FAULTS: dict[str, tuple[int, str]] = {
    "429": (429, "Too Many Requests: retry after {retry_after}"),
    "400": (400, "Bad Request: chat not found"),
    "400-parse": (400, "Bad Request: can't parse entities"),
    "400-rights": (400, "Bad Request: not enough rights to send text messages to the chat"),
    "400-no-rights": (400, "Bad Request: have no rights to send a message"),
    "400-write": (400, "Bad Request: CHAT_WRITE_FORBIDDEN"),
    "400-thread": (400, "Bad Request: message thread not found"),
    "400-closed": (400, "Bad Request: TOPIC_CLOSED"),
    "403": (403, "Forbidden: bot was blocked by the user"),
    "500": (500, "Internal Server Error"),
}


@dataclass
class Call:
    token: str
    method: str
    params: dict[str, Any]


@dataclass
class BotApiStub:
    token: str = "123:SECRET-TOKEN"
    host: str = "127.0.0.1"
    port: int = 0
    sent: list[Call] = field(default_factory=list)
    requests: list[Call] = field(default_factory=list)
    faults: list[tuple[str, int]] = field(default_factory=list)  # (kind, retry_after)
    _server: ThreadingHTTPServer | None = None
    _thread: threading.Thread | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _next_id: int = 100
    stalled: threading.Event = field(default_factory=threading.Event)  # a request is stalled
    _stall: tuple[int, threading.Event] | None = None  # (after n sent, release)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def fail_next(self, kind: str, count: int = 1, retry_after: int = 1) -> None:
        with self._lock:
            self.faults.extend([(kind, retry_after)] * count)

    def stall(self, after: int = 0) -> threading.Event:
        """The first ``sendMessage`` once ``after`` messages were sent hangs (``stalled`` is
        set) until the returned event is set; it is then answered 500 and not recorded: that
        message never reached the chat."""
        release = threading.Event()
        with self._lock:
            self._stall = (after, release)
        return release

    def texts(self) -> list[str]:
        return [c.params["text"] for c in self.sent]

    def _handle(self, path: str, body: bytes) -> tuple[int, dict[str, Any]]:
        parts = path.strip("/").split("/")
        if len(parts) != 2 or not parts[0].startswith("bot"):
            return 404, {"ok": False, "error_code": 404, "description": "Not Found"}
        token, method = parts[0][3:], parts[1]
        params: dict[str, Any] = {}
        for key, value in parse_qsl(body.decode("utf-8"), keep_blank_values=True):
            try:
                params[key] = json.loads(value) if value[:1] in "{[" else value
            except ValueError:
                params[key] = value
        call = Call(token, method, params)
        stall = None
        with self._lock:
            if method == "sendMessage" and self._stall and len(self.sent) >= self._stall[0]:
                stall, self._stall = self._stall[1], None
        if stall is not None:
            self.stalled.set()
            stall.wait(10)
            return 500, {"ok": False, "error_code": 500, "description": "stalled"}
        with self._lock:
            self.requests.append(call)
            if token != self.token:
                return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
            if self.faults:
                kind, retry_after = self.faults.pop(0)
                code, text = FAULTS[kind]
                answer: dict[str, Any] = {"ok": False, "error_code": code,
                                          "description": text.format(retry_after=retry_after)}
                if kind == "429":
                    answer["parameters"] = {"retry_after": retry_after}
                return code, answer
            if method == "getMe":
                return 200, {"ok": True, "result": {"id": 123, "is_bot": True,
                                                    "first_name": "stub", "username": "stub_bot"}}
            if method != "sendMessage":
                return 404, {"ok": False, "error_code": 404, "description": "Not Found"}
            self._next_id += 1
            self.sent.append(call)
            chat = str(params.get("chat_id", "0"))
            chat_id = int(chat) if chat.lstrip("-").isdigit() else -1
            return 200, {"ok": True, "result": {
                "message_id": self._next_id, "date": 1760000000,
                "chat": {"id": chat_id, "type": "supergroup" if chat_id < 0 else "private"},
                "text": params.get("text", "")}}

    def up(self) -> BotApiStub:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                code, answer = stub._handle(self.path, self.rfile.read(length))
                data = json.dumps(answer).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer((self.host, self.port), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True,
                                        kwargs={"poll_interval": 0.05})
        self._thread.start()
        return self

    def down(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
