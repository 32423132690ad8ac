"""The webhook notifier against a real loopback receiver that checks the HMAC signature."""

from __future__ import annotations

import hashlib
import hmac
import json
import textwrap
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tests.notify_cases import send_error
from watcher.notify.base import Message
from watcher.notify.webhook import WebhookNotifier
from watcher.settings import Secret, WebhookSettings

SECRET = "hook-secret"
ALERT = {"kind": "status_change", "watch": "putin",
         "event": {"id": "e1", "title": "Trump–Putin summit in Budapest", "status": "cancelled",
                   "previous_status": "planned", "sources": 3,
                   "first_seen": "2025-10-16T20:05:00Z"},
         "item": {"title": "Gipfel vom Tisch", "link": "https://nzz.ch/x", "source": "NZZ",
                  "published": "2025-10-22T06:00:00Z", "lang": "de"}}


class Receiver:
    def __init__(self) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.raw: list[bytes] = []  # the bodies as they arrived
        self.headers: list[dict[str, str]] = []
        self.answers: list[tuple[int, dict[str, str]]] = []  # scripted (status, headers)
        self.delay = 0.0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                if receiver.delay:
                    time.sleep(receiver.delay)
                expected = "sha256=" + hmac.new(SECRET.encode(), body,
                                                hashlib.sha256).hexdigest()
                given = self.headers.get("X-Watcher-Signature", "")
                code, extra = receiver.answers.pop(0) if receiver.answers else (204, {})
                if not hmac.compare_digest(expected, given):
                    code = 401
                else:
                    receiver.bodies.append(json.loads(body))
                    receiver.raw.append(body)
                    receiver.headers.append(dict(self.headers))
                self.send_response(code)
                for k, v in extra.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/alerts"
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                         daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()


def hook(receiver: Receiver, secret: str | None = SECRET, timeout: float = 5.0) -> WebhookNotifier:
    return WebhookNotifier(WebhookSettings(
        name="hook", type="webhook", url=receiver.url,
        secret=Secret(secret) if secret else None, timeout=timedelta(seconds=timeout)))


async def test_posts_exact_payload_signed(receiver: Receiver) -> None:
    n = hook(receiver)
    try:
        assert await n.send(Message.of([ALERT], keys=("e1:k:putin:hook",))) is None
    finally:
        await n.aclose()
    assert receiver.bodies == [ALERT]
    headers = {k.lower(): v for k, v in receiver.headers[0].items()}
    assert headers["x-watcher-delivery"] == hashlib.sha256(b"e1:k:putin:hook").hexdigest()
    assert headers["content-type"].startswith("application/json")


def readme_verifier() -> Any:
    """The README's receiver-side check of ``X-Watcher-Signature``, run as written."""
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("X-Watcher-Signature: sha256="):]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    namespace: dict[str, Any] = {}
    exec(textwrap.dedent(code), namespace)
    return namespace["verified"]


async def test_the_readmes_signature_check_verifies_what_is_sent(receiver: Receiver) -> None:
    """README documents the signature (a user's review, session 44, found it only by capturing
    a request): its five lines accept each request as sent, and refuse another secret, a body
    parsed and dumped again, and a changed body."""
    verified = readme_verifier()
    n = hook(receiver)
    try:
        await n.send(Message.of([ALERT], keys=("e1:k:putin:hook",)))
    finally:
        await n.aclose()
    (body,), (headers,) = receiver.raw, receiver.headers
    header = {k.lower(): v for k, v in headers.items()}["x-watcher-signature"]
    assert header.startswith("sha256=")
    assert verified(SECRET.encode(), body, header)
    assert not verified(b"another secret", body, header)
    assert not verified(SECRET.encode(), json.dumps(json.loads(body)).encode(), header)
    assert not verified(SECRET.encode(), body.replace(b"Budapest", b"Budapesz"), header)


async def test_digest_posts_each_alert_in_order(receiver: Receiver) -> None:
    second = {**ALERT, "watch": "second"}
    n = hook(receiver)
    try:
        await n.send(Message.of([ALERT, second]))
    finally:
        await n.aclose()
    assert [b["watch"] for b in receiver.bodies] == ["putin", "second"]


async def test_bad_signature_is_a_config_error(receiver: Receiver) -> None:
    n = hook(receiver, secret="not-the-secret")
    err = await send_error(n, Message.of([ALERT]))
    assert err.config and not err.permanent and "401" in err.message
    assert "check the notifier's url and secret" in err.message
    assert not receiver.bodies


@pytest.mark.parametrize(("code", "headers", "kind", "retry_after"), [
    (403, {}, "config", None),  # the URL or the secret: alerts held until the config is fixed
    (404, {}, "config", None),
    (400, {}, "permanent", None),  # the request itself
    (422, {}, "permanent", None),
    (500, {}, "retry", None),
    (429, {"Retry-After": "3"}, "retry", 3.0),
    (503, {"Retry-After": "nan"}, "retry", None),  # not a number of seconds: absent
    (503, {"Retry-After": "inf"}, "retry", None),
    (503, {"Retry-After": "-1e999"}, "retry", None),
    (429, {"Retry-After": "Fri, 31 Dec 99999 23:59:59 GMT"}, "retry", None),
    (408, {}, "retry", None),
    (410, {}, "config", None),  # gone: held until the url is fixed
    (302, {"Location": "https://lb.example.org/busy"}, "retry", None),  # temporary redirects
    (303, {"Location": "https://lb.example.org/busy"}, "retry", None),
    (307, {"Location": "https://lb.example.org/busy"}, "retry", None),
    (308, {"Location": "https://hooks.example.org/alerts"}, "config", None),
])
async def test_status_codes(receiver: Receiver, code: int, headers: dict[str, str],
                            kind: str, retry_after: float | None) -> None:
    receiver.answers.append((code, headers))
    n = hook(receiver)
    err = await send_error(n, Message.of([ALERT]))
    assert (err.permanent, err.config) == (kind == "permanent", kind == "config")
    assert err.retry_after == retry_after
    assert str(code) in err.message


async def test_timeout_is_transient(receiver: Receiver) -> None:
    receiver.delay = 0.5
    n = hook(receiver, timeout=0.1)
    err = await send_error(n, Message.of([ALERT]))
    assert not err.permanent and "timed out" in err.message


async def test_a_redirect_says_where_to(receiver: Receiver) -> None:
    """An endpoint that moved (http -> https, a new path) failed every alert permanently with
    only "webhook answered HTTP 301 Moved Permanently"; the message now names the target."""
    target = "https://hooks.example.org/alerts"
    receiver.answers.append((301, {"Location": target}))
    n = hook(receiver)
    err = await send_error(n, Message.of([ALERT]))
    assert err.config and not err.permanent  # held until the url is fixed
    assert err.message == (f"webhook answered HTTP 301 Moved Permanently to {target}: "
                                  "set the notifier's url to it")


async def test_the_delivery_header_is_a_digest_of_the_key(receiver: Receiver) -> None:
    """Outbox keys carry the article's feed URL and link or guid: a key with "ü" failed every
    POST with UnicodeEncodeError, and a feed URL's password ("http://user:hunter2@host/feed")
    reached every receiver in X-Watcher-Delivery. The header is the key's SHA-256: ASCII, the
    same for a duplicate delivery, and nothing of the feed."""
    keys = ("e1:new_event:>planned:url:nzz.ch/gipfel-in-münchen:putin:hook",
            "e2:new_event:>planned:guid:a\r\nb:putin:hook",
            "e3:new_event:>planned:guid:http://user:hunter2@127.0.0.1/feed#x:putin:hook")
    n = hook(receiver)
    try:
        for key in keys:
            await n.send(Message.of([ALERT], keys=(key,)))
        await n.send(Message.of([ALERT], keys=(keys[2],)))  # a duplicate delivery
    finally:
        await n.aclose()
    delivered = [{k.lower(): v for k, v in h.items()}["x-watcher-delivery"]
                 for h in receiver.headers]
    assert delivered == [hashlib.sha256(k.encode()).hexdigest() for k in (*keys, keys[2])]
    assert not any("hunter2" in str(h) for h in receiver.headers)


@pytest.mark.parametrize("value", ["nan", "inf", "1e999"])
async def test_a_non_finite_retry_after_is_ignored_not_a_crashed_delivery_pass(
        receiver: Receiver, tmp_path: Path, value: str) -> None:
    """``Retry-After: nan`` crashed the delivery pass (timedelta(seconds=nan)); the alert is
    retried on the usual backoff instead, and delivered once the receiver is back."""
    from tests.test_notify_sender import Clock, enqueue, settings
    from watcher.notify.sender import Sender
    from watcher.store import SQLiteStore

    store, clock = SQLiteStore(tmp_path / "watcher.db"), Clock()
    n = hook(receiver)
    s = Sender(settings(tmp_path, n.settings), store, clock=clock, notifiers={n.name: n})
    try:
        enqueue(store, "a1", [n.name])
        receiver.answers.append((503, {"Retry-After": value}))
        report = await s.deliver_due()
        assert (report.retried, report.errors) == (1, []), report  # no "ValueError: ... NaN"
        clock.advance(hours=1)
        assert (await s.deliver_due()).sent == 1
    finally:
        await s.aclose()
        store.close()


@pytest.mark.parametrize(("code", "headers", "says", "held"), [
    (302, {"Location": "https://lb.example.org/busy"},
     "(a temporary redirect, not followed): if it lasts, set the notifier's url to it", False),
    (410, {}, "check the notifier's url and secret", True),
])
async def test_the_log_tells_a_held_alert_from_one_retried_on_its_own(
        receiver: Receiver, tmp_path: Path, caplog: pytest.LogCaptureFixture, code: int,
        headers: dict[str, str], says: str, held: bool) -> None:
    """A receiver's one 302 was logged as "held until the notifier's config is fixed (then
    reload or restart)", and the alert went out at its next attempt with no change to the
    config (a user's review, session 44). A temporary redirect is retried and logged so; a 410
    is held, and the line says that the fix's reload sends it at once and that it is tried
    again meanwhile. Either way the receiver that answers 204 again gets the alert, unchanged
    config, at the next attempt."""
    from tests.test_notify_sender import Clock, enqueue, settings
    from watcher.notify.sender import Sender
    from watcher.store import SQLiteStore

    store, clock = SQLiteStore(tmp_path / "watcher.db"), Clock()
    n = hook(receiver)
    s = Sender(settings(tmp_path, n.settings), store, clock=clock, notifiers={n.name: n})
    try:
        enqueue(store, "a1", [n.name])
        receiver.answers.append((code, headers))
        report = await s.deliver_due()
        assert (report.retried, report.failed) == (1, 0)
        (line,) = [r for r in caplog.records if "failed (attempt 1)" in r.getMessage()]
        text = line.getMessage()
        assert says in text
        if held:
            assert line.levelname == "ERROR"
            assert text.endswith("; it and the alerts after it are held until the notifier's "
                                 "config is fixed: a reload or restart then sends them at once "
                                 "(tried again at each retry meanwhile)")
        else:
            assert line.levelname == "WARNING" and "held" not in text
            assert text.endswith("; the alerts after it wait for it")
        clock.advance(hours=1)
        assert (await s.deliver_due()).sent == 1
    finally:
        await s.aclose()
        store.close()
