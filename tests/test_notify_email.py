"""The email notifier against a real ``aiosmtpd`` server on loopback: STARTTLS with a ``trustme``
certificate, AUTH, implicit TLS, multipart and UTF-8 headers, threading, and 535."""

from __future__ import annotations

import email
import email.policy
import logging
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from watcher.errors import NotifyError
from watcher.notify.base import Message
from watcher.notify.email import EmailNotifier
from watcher.settings import EmailSettings, Secret

USER, PASSWORD = "watcher", "s3cret-pässword"


def alert(kind: str = "status_change", status: str = "cancelled") -> dict[str, Any]:
    return {"kind": kind, "watch": "putin",
            "event": {"id": "e1", "title": "Trump–Putin summit in Budapest", "status": status,
                      "previous_status": "planned" if kind == "status_change" else None,
                      "sources": 3, "first_seen": "2025-10-16T20:05:00Z"},
            "item": {"title": "Gipfel in Budapest ist vom Tisch – Poutine déçu, ça sera «non»",
                     "link": "https://nzz.ch/gipfel", "source": "NZZ",
                     "published": "2025-10-22T06:00:00Z", "lang": "de"}}


@dataclass
class Inbox:
    messages: list[email.message.EmailMessage] = field(default_factory=list)
    envelopes: list[Any] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.envelopes.append(envelope)
        msg = email.message_from_bytes(envelope.original_content or envelope.content,
                                       policy=email.policy.default)
        self.messages.append(msg)
        return "250 OK"


def authenticator(server: Any, session: Any, envelope: Any, mechanism: str,
                  data: Any) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
        USER.encode(), PASSWORD.encode())
    return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def ca_file(ca: trustme.CA, tmp_path: Path) -> Path:
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return path


def free_port() -> int:
    """aiosmtpd's Controller cannot bind port 0 (it connects to itself to check readiness)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _server_context(ca: trustme.CA) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(ctx)
    return ctx


@pytest.fixture
def starttls_server(ca: trustme.CA) -> Iterator[tuple[Controller, Inbox]]:
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port(),
                            tls_context=_server_context(ca), require_starttls=True,
                            auth_required=True,
                            authenticator=authenticator, ready_timeout=5)
    controller.start()
    yield controller, inbox
    controller.stop()


def settings(controller: Controller, ca_file: Path, **kw: Any) -> EmailSettings:
    base: dict[str, Any] = dict(
        name="mail", type="email", host="127.0.0.1", port=controller.port, security="starttls",
        username=USER, password=Secret(PASSWORD), timeout=timedelta(seconds=5),
        sender="watcher@example.org", to=("me@example.org",), ca_file=ca_file)
    base.update(kw)
    return EmailSettings(**base)


async def test_starttls_auth_multipart_utf8(starttls_server: tuple[Controller, Inbox],
                                            ca_file: Path) -> None:
    controller, inbox = starttls_server
    n = EmailNotifier(settings(controller, ca_file))
    first = await n.send(Message.of([alert(kind="new_event", status="planned")]))
    follow = await n.send(Message.of([alert()], thread_ref=first))
    assert first and follow and first != follow
    assert len(inbox.messages) == 2
    new, change = inbox.messages
    assert new["Subject"] == "[watcher] new: Trump–Putin summit in Budapest"
    assert change["Subject"] == "[watcher] cancelled: Trump–Putin summit in Budapest"
    raw = inbox.envelopes[1].original_content or inbox.envelopes[1].content
    assert b"=?utf-8?" in raw.split(b"\r\n\r\n")[0]  # header RFC 2047-encoded on the wire
    assert change["Message-ID"] == follow and new["Message-ID"] == first
    assert change["In-Reply-To"] == first and change["References"] == first
    assert change.get_content_type() == "multipart/alternative"
    plain = change.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    html = change.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert "Poutine déçu, ça sera «non»" in plain and "planned -> cancelled" in plain
    assert "Gipfel in Budapest ist vom Tisch" in html and 'href="https://nzz.ch/gipfel"' in html
    assert inbox.envelopes[1].rcpt_tos == ["me@example.org"]


async def test_display_names_with_commas_stay_one_address(
        starttls_server: tuple[Controller, Inbox], ca_file: Path) -> None:
    """``to = ["Doe, John <john@example.org>", ...]`` was joined into a To header that read back
    as "Doe" and "John <john@example.org>": "Doe" became an envelope recipient."""
    controller, inbox = starttls_server
    n = EmailNotifier(settings(controller, ca_file,
                               sender="Wätcher, Bot <watcher@example.org>",
                               to=("Doe, John <john@example.org>", '"Ann" <ann@example.org>',
                                   "me@example.org")))
    await n.send(Message.of([alert()]))
    assert inbox.envelopes[0].rcpt_tos == ["john@example.org", "ann@example.org",
                                           "me@example.org"]
    msg = inbox.messages[0]
    assert [(a.display_name, a.addr_spec) for a in msg["To"].addresses] == [
        ("Doe, John", "john@example.org"), ("Ann", "ann@example.org"), ("", "me@example.org")]
    assert [(a.display_name, a.addr_spec) for a in msg["From"].addresses] == [
        ("Wätcher, Bot", "watcher@example.org")]
    assert inbox.envelopes[0].mail_from == "watcher@example.org"


async def test_wrong_password_535_holds_alerts_until_the_config_is_fixed(
        starttls_server: tuple[Controller, Inbox], ca_file: Path) -> None:
    controller, inbox = starttls_server
    n = EmailNotifier(settings(controller, ca_file, password=Secret("wrong")))
    with pytest.raises(NotifyError) as info:
        await n.send(Message.of([alert()]))
    assert info.value.config and not info.value.permanent and "535" in info.value.message
    assert "check username and password" in info.value.message
    assert "wrong" not in str(info.value)
    assert not inbox.messages


async def test_login_on_a_starttls_port_in_clear_text_names_the_key(
        starttls_server: tuple[Controller, Inbox], ca_file: Path) -> None:
    """The server offers AUTH only after STARTTLS: ``security = "none"`` with a username said
    "SMTP AUTH extension not supported by server", as if the server took no logins."""
    controller, inbox = starttls_server
    n = EmailNotifier(settings(controller, ca_file, security="none"))
    with pytest.raises(NotifyError) as info:
        await n.send(Message.for_test())
    assert info.value.config and 'set security = "starttls"' in info.value.message
    assert not inbox.messages


async def test_untrusted_certificate_is_a_config_error(starttls_server: tuple[Controller, Inbox],
                                                  tmp_path: Path) -> None:
    other = tmp_path / "other-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(other))
    controller, _ = starttls_server
    n = EmailNotifier(settings(controller, other))
    with pytest.raises(NotifyError) as info:
        await n.send(Message.for_test())
    assert info.value.config and "not trusted" in info.value.message


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
async def test_implicit_tls(ca: trustme.CA, ca_file: Path) -> None:
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port(),
                            ssl_context=_server_context(ca), server_hostname="127.0.0.1",
                            authenticator=authenticator, auth_required=True, ready_timeout=5,
                            auth_require_tls=False)  # aiosmtpd does not see implicit TLS
    controller.start()
    try:
        n = EmailNotifier(settings(controller, ca_file, security="tls"))
        assert await n.send(Message.for_test())
    finally:
        controller.stop()
    assert inbox.messages[0]["Subject"] == "[watcher] test message"


async def test_server_down_is_transient(ca_file: Path) -> None:
    port = free_port()  # nobody listens there
    n = EmailNotifier(EmailSettings(name="mail", type="email", host="127.0.0.1", port=port,
                                    security="none", sender="w@example.org", to=("m@x.org",)))
    with pytest.raises(NotifyError) as info:
        await n.send(Message.for_test())
    assert not info.value.permanent and "unreachable" in info.value.message


@pytest.mark.parametrize("content", [None, b"not a certificate\n"])
async def test_a_bad_ca_file_is_named(tmp_path: Path, content: bytes | None) -> None:
    """A missing or broken ``ca_file`` was reported as "SMTP server ... unreachable: [Errno 2]
    No such file or directory", sending the user to look at the network."""
    ca_file = tmp_path / "smtp-ca.pem"
    if content is not None:
        ca_file.write_bytes(content)
    n = EmailNotifier(EmailSettings(name="mail", type="email", host="127.0.0.1", port=free_port(),
                                    security="tls", sender="w@example.org", to=("m@x.org",),
                                    ca_file=ca_file))
    with pytest.raises(NotifyError) as info:
        await n.send(Message.for_test())
    assert f"cannot load ca_file {ca_file}" in info.value.message, info.value.message
    assert "unreachable" not in info.value.message and not info.value.permanent


class PickyInbox(Inbox):
    """Refuses one recipient at RCPT TO, as a server does for a mistyped local address."""

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        if address == "typo@example.org":
            return "550 5.1.1 <typo@example.org>: no such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"


async def test_a_refused_recipient_among_others_is_reported(
        caplog: pytest.LogCaptureFixture) -> None:
    """``to = ["me@example.org", "typo@example.org"]``: the server refused the second address,
    smtplib returned that and the notifier dropped it. The alert went to the first address only,
    the delivery counted as sent, and neither the log nor ``test-notify`` said a word."""
    inbox = PickyInbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port(), ready_timeout=5)
    controller.start()
    try:
        n = EmailNotifier(EmailSettings(
            name="mail", type="email", host="127.0.0.1", port=controller.port, security="none",
            sender="w@example.org", to=("me@example.org", "typo@example.org")))
        with caplog.at_level(logging.WARNING, logger="watcher"):
            await n.send(Message.of([alert()]))
    finally:
        controller.stop()
    assert [e.rcpt_tos for e in inbox.envelopes] == [["me@example.org"]]
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings == [f"notifier mail: 127.0.0.1:{controller.port} refused recipient "
                        "typo@example.org (550 5.1.1 <typo@example.org>: no such user); the "
                        "others got the message"], caplog.text


@pytest.mark.parametrize(("server_tls", "security", "expected"), [
    (True, "starttls", 'sent no greeting within 1 s: if it expects TLS from the start (port '
                       '465), set security = "tls"'),
    (True, "none", 'sent no greeting within 1 s: if it expects TLS from the start (port 465), '
                   'set security = "tls"'),
    (False, "tls", 'did not answer in TLS: if it starts in plain text (port 587 or 25), set '
                   'security = "starttls"'),
])
async def test_the_wrong_security_for_the_port_says_which_to_set(
        ca: trustme.CA, ca_file: Path, server_tls: bool, security: str, expected: str) -> None:
    """``port = 465`` with the example's ``security = "starttls"`` waited for a greeting the TLS
    server never sends: "unreachable: Connection unexpectedly closed: timed out", retried for
    two days; ``security = "tls"`` on port 587 was "unreachable: [SSL: WRONG_VERSION_NUMBER]".
    Either way the server was reachable, and the fix is one key."""
    tls: dict[str, Any] = {"ssl_context": _server_context(ca)} if server_tls else {}
    controller = Controller(Inbox(), hostname="127.0.0.1", port=free_port(), ready_timeout=5,
                            **tls)
    controller.start()
    try:
        n = EmailNotifier(settings(controller, ca_file, security=security, username=None,
                                   password=None, timeout=timedelta(seconds=1)))
        with pytest.raises(NotifyError) as info:
            await n.send(Message.for_test())
    finally:
        controller.stop()
    assert info.value.message == f"SMTP server 127.0.0.1:{controller.port} {expected}"
    assert not info.value.permanent  # fixing the config lets the retry through


async def test_status_shows_a_delivery_some_recipients_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The partner's address refused with 550 while mine took the alert: the journal said so,
    but ``watcher status`` said "mail: 1 delivered, 0 failed", and a user who checks status
    never learnt that the partner gets nothing (a user's review, session 44). The refusal is
    kept with the delivery (the outbox row's ``error``, no schema change) and shown; the
    alert itself, and a delivery all recipients took, are as before."""
    import json

    from tests.test_notify_sender import Clock, enqueue
    from tests.test_notify_sender import settings as sender_settings
    from watcher.commands import status
    from watcher.notify.sender import Sender
    from watcher.store import SQLiteStore

    inbox = PickyInbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port(), ready_timeout=5)
    controller.start()
    mail = EmailSettings(name="mail", type="email", host="127.0.0.1", port=controller.port,
                         security="none", sender="w@example.org",
                         to=("me@example.org", "typo@example.org"))
    both = sender_settings(tmp_path, mail)
    store = SQLiteStore(tmp_path / "watcher.db")
    s = Sender(both, store, clock=Clock())
    try:
        enqueue(store, "a1", ["mail"], event="e1")
        assert (await s.deliver_due()).sent == 1
        await s.aclose()
        only_me = sender_settings(tmp_path, replace(mail, to=("me@example.org",)))
        s = Sender(only_me, store, clock=Clock())
        enqueue(store, "a2", ["mail"], event="e2")
        assert (await s.deliver_due()).sent == 1
    finally:
        await s.aclose()
        store.close()
        controller.stop()
    assert [e.rcpt_tos for e in inbox.envelopes] == [["me@example.org"]] * 2
    assert status(both) == 0
    out = capsys.readouterr().out
    assert "mail: 2 delivered, 0 pending, 0 failed" in out
    (line,) = [x for x in out.splitlines() if "partly" in x]
    assert line == ("    delivered, partly: mail new_event e1: refused typo@example.org "
                    "(550 5.1.1 <typo@example.org>: no such user)")
    assert status(both, as_json=True) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["delivered_partly"] == [{
        "notifier": "mail", "kind": "new_event", "event_id": "e1",
        "note": "refused typo@example.org (550 5.1.1 <typo@example.org>: no such user)"}]
    assert report["deliveries"]["mail"]["delivered"] == 2 and report["failed"] == []
