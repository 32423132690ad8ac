"""python-telegram-bot 22 talking real HTTP to the loopback Bot API stub (``tests/tgstub.py``)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from tests.notify_cases import send_error
from tests.tgstub import BotApiStub
from watcher.errors import NotifyError
from watcher.notify.base import Message
from watcher.notify.telegram import Pacer, TelegramNotifier
from watcher.settings import Secret, TelegramSettings

# PTB 22.2+ warns from inside RetryAfter that retry_after will become a timedelta (we take both)
pytestmark = pytest.mark.filterwarnings("ignore:.*retry_after.*:DeprecationWarning")


def alert(title: str = "Trump and Putin to meet in Budapest", *, kind: str = "new_event",
          status: str = "planned", previous: str | None = None,
          item_title: str = "Trump says he will meet Putin", link: str = "https://ex.org/a",
          event_id: str = "e1") -> dict[str, Any]:
    return {"kind": kind, "watch": "putin",
            "event": {"id": event_id, "title": title, "status": status,
                      "previous_status": previous, "sources": 2,
                      "first_seen": "2025-10-16T20:05:00Z"},
            "item": {"title": item_title, "link": link, "source": "Reuters",
                     "published": "2025-10-16T20:05:00Z", "lang": "en"}}


@pytest.fixture
def stub() -> Iterator[BotApiStub]:
    s = BotApiStub().up()
    yield s
    s.down()


def notifier(stub: BotApiStub, chat_id: str = "4242", **kw: Any) -> TelegramNotifier:
    settings = TelegramSettings(name="chat", type="telegram", token=Secret(stub.token),
                                chat_id=chat_id, api_url=stub.url)
    return TelegramNotifier(settings, min_interval=0.0, timeout=2.0, **kw)


async def test_sends_escaped_html_without_preview(stub: BotApiStub) -> None:
    n = notifier(stub)
    try:
        ref = await n.send(Message.of([alert(title="<b>Tom & Jerry</b>",
                                             link='https://ex.org/?a=1&b="2"')]))
    finally:
        await n.aclose()
    assert ref == "101"
    (call,) = stub.sent
    assert call.params["parse_mode"] == "HTML"
    assert call.params["chat_id"] == "4242"
    assert call.params["link_preview_options"] == {"is_disabled": True}
    text = call.params["text"]
    assert "&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;" in text
    assert 'href="https://ex.org/?a=1&amp;b=&quot;2&quot;"' in text
    assert "reply_parameters" not in call.params


async def test_follow_up_replies_to_thread(stub: BotApiStub) -> None:
    n = notifier(stub)
    try:
        await n.send(Message.of([alert(kind="status_change", status="cancelled",
                                       previous="planned")], thread_ref="101"))
    finally:
        await n.aclose()
    params = stub.sent[0].params
    assert params["reply_parameters"] == {"message_id": 101, "allow_sending_without_reply": True}
    assert "planned → <b>cancelled</b>" in params["text"]


async def test_long_digest_is_split_within_limit(stub: BotApiStub) -> None:
    alerts = [alert(title=f"event {i} " + "x" * 380, item_title="y" * 390, event_id=f"e{i}")
              for i in range(30)]
    n = notifier(stub)
    try:
        ref = await n.send(Message.of(alerts))
    finally:
        await n.aclose()
    texts = stub.texts()
    assert len(texts) > 1 and ref == "101"
    assert all(len(t) <= 4096 for t in texts)
    assert sum(t.count("🆕") for t in texts) == 30  # every alert once, none cut in half


@pytest.mark.parametrize(("fault", "kind", "words"), [
    ("400", "config", "chat 4242 not found"),  # held until the user fixes chat_id
    ("403", "config", "blocked"),
    # the bot may not post in the chat, or its forum topic is gone: held like a 403
    ("400-rights", "config", "give it the right to post"),
    ("400-no-rights", "config", "give it the right to post"),
    ("400-write", "config", "give it the right to post"),
    ("400-thread", "config", "reopen the topic"),
    ("400-closed", "config", "reopen the topic"),
    ("400-parse", "permanent", "rejected the message"),  # the message itself
    ("500", "retry", "Telegram"),
])
async def test_errors_are_classified(stub: BotApiStub, fault: str, kind: str,
                                     words: str) -> None:
    # (HTML Telegram cannot read is sent again as plain text: refused twice, it is permanent)
    stub.fail_next(fault, count=2 if fault == "400-parse" else 1)
    n = notifier(stub)
    err = await send_error(n, Message.of([alert()]))
    assert (err.permanent, err.config) == (kind == "permanent", kind == "config")
    assert words in err.message
    assert stub.token not in str(err)
    assert not stub.sent


async def test_html_telegram_cannot_read_goes_out_as_plain_text(stub: BotApiStub) -> None:
    """One "400: can't parse entities" dropped the alert for the chat for good (a user's
    review, session 47); the same text goes out again without formatting."""
    stub.fail_next("400-parse")
    n = notifier(stub)
    try:
        await n.send(Message.of([alert()]))
    finally:
        await n.aclose()
    [call] = stub.sent
    assert "parse_mode" not in call.params or not call.params["parse_mode"]
    text = call.params["text"]
    assert "<b>" not in text and "<a href" not in text and "&amp;" not in text
    assert "https://" in text  # the article's address, after its headline


async def test_a_server_error_is_not_called_a_connection_failure(stub: BotApiStub) -> None:
    """Telegram answering 500 was reported as "Telegram unreachable: cannot connect: Internal
    Server Error", sending the user to check the network, which worked."""
    stub.fail_next("500")
    n = notifier(stub)
    err = await send_error(n, Message.of([alert()]))
    assert not err.permanent
    assert err.message.startswith("Telegram server error: "), err.message
    assert "Internal Server Error" in err.message
    assert "unreachable" not in err.message and "connect" not in err.message


@contextmanager
def web_server(status: int, page: bytes) -> Iterator[str]:
    """A web server (no Bot API) answering every POST with ``status`` and the HTML ``page``."""

    class Page(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(status)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Page)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def web_notifier(url: str) -> TelegramNotifier:
    return TelegramNotifier(TelegramSettings(name="chat", type="telegram", token=Secret("1:abc"),
                                             chat_id="1", api_url=url),
                            min_interval=0.0, timeout=5.0)


async def test_an_api_url_that_is_no_bot_api_is_one_clear_line(
        caplog: pytest.LogCaptureFixture) -> None:
    """An ``api_url`` pointing at a web server that answers 200 with HTML: PTB logged the whole
    body with a traceback at ERROR on every retry; the error said only "Invalid server
    response"."""
    with web_server(200, b"<html><body>Welcome to nginx!</body></html>") as url:
        err = await send_error(web_notifier(url), Message.of([alert()]))
    assert err.message == (f"{url} answered with something other than Bot API JSON: "
                                  "check api_url")
    assert not err.permanent
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text


async def test_a_proxys_html_error_page_is_not_pasted_into_the_error() -> None:
    """A 502 from the proxy in front of the Bot API (nginx, Cloudflare) answers an HTML page:
    the error, logged at each retry and shown by ``watcher status``, held the whole page as a
    bytes literal ("Bad Gateway (502). Parsing the server response b'<html>\\r\\n<head>..."
    ' failed")."""
    page = (b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center>"
            b"<h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n"
            b"</html>\r\n")
    with web_server(502, page) as url:
        err = await send_error(web_notifier(url), Message.of([alert()]))
    assert err.message == "Telegram server error: Bad Gateway (502), not a Bot API answer"
    assert not err.permanent


async def test_retry_after_is_reported(stub: BotApiStub) -> None:
    stub.fail_next("429", retry_after=7)
    n = notifier(stub)
    err = await send_error(n, Message.of([alert()]))
    assert err.retry_after == 7 and not err.permanent


async def test_wrong_token_is_a_config_error_and_not_leaked(stub: BotApiStub) -> None:
    settings = TelegramSettings(name="chat", type="telegram", token=Secret("999:WRONG"),
                                chat_id="1", api_url=stub.url)
    n = TelegramNotifier(settings, min_interval=0.0, timeout=2.0)
    err = await send_error(n, Message.for_test())
    assert err.config and not err.permanent and "999:WRONG" not in str(err)


async def test_down_is_transient_and_token_not_logged(
        stub: BotApiStub, caplog: pytest.LogCaptureFixture) -> None:
    stub.down()
    n = notifier(stub)
    caplog.set_level(logging.INFO)
    err = await send_error(n, Message.of([alert()]))
    assert not err.permanent
    assert stub.token not in caplog.text and stub.token not in str(err)


def test_pacer_spaces_messages_and_limits_groups() -> None:
    p = Pacer(min_interval=1.0, per_minute=20)
    t = 1000.0
    for _ in range(20):
        t += p.delay(t)
        p.record(t)
    assert p.delay(t) == pytest.approx(41.0)  # 21st waits for the first to leave the window
    private = Pacer(min_interval=1.0, per_minute=None)
    private.record(5.0)
    assert private.delay(5.25) == pytest.approx(0.75)
    assert private.delay(6.0) == 0


async def test_retry_of_a_long_message_resumes_after_the_chunks_sent(stub: BotApiStub) -> None:
    alerts = [alert(title=f"event {i} " + "x" * 380, item_title="y" * 390, event_id=f"e{i}")
              for i in range(30)]
    message = Message.of(alerts, keys=tuple(f"k{i}" for i in range(30)))
    stub.stall(after=1).set()  # the second chunk fails with a 500
    n = notifier(stub)
    try:
        with pytest.raises(NotifyError):
            await n.send(message)
        assert len(stub.sent) == 1
        ref = await n.send(message)
    finally:
        await n.aclose()
    texts = stub.texts()
    assert ref == "101" and len(texts) > 2
    assert len(set(texts)) == len(texts)  # no chunk posted twice
    assert sum(t.count("🆕") for t in texts) == 30
