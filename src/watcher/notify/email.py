"""Email notifier: ``smtplib`` in a worker thread (no extra dependency; one short session per
message, so no idle connection to keep alive between alerts hours apart).

- ``security``: ``tls`` (implicit TLS, port 465), ``starttls`` (port 587; refusing to go on in
  clear text when the server does not offer STARTTLS) or ``none``; AUTH when ``username`` is set.
- multipart/alternative: plain text and HTML; headers built with ``email.policy.SMTP`` so that
  German and French subjects are RFC 2047-encoded and bodies are UTF-8.
- one Message-ID per message (returned as the thread ref); follow-ups carry In-Reply-To and
  References pointing at the event's first alert, so mail clients thread an event.
- 535 (authentication failed), all recipients refused, no STARTTLS or AUTH, an untrusted
  certificate: errors of the config (alerts held until it is fixed); other 5xx replies (the
  message itself) are permanent; 4xx replies, connection and timeout errors are retried.
  Recipients refused while the server took others are logged as a warning (a retry would repeat
  the message to the others) and handed to the sender as the delivery's note (``take_note``),
  which ``watcher status`` shows: in the journal alone, a partner who got nothing went unseen.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import smtplib
import socket
import ssl
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate, make_msgid

from watcher.errors import NotifyError
from watcher.notify.base import Message
from watcher.notify.render import email_html, plain_text, subject
from watcher.settings import EmailSettings

log = logging.getLogger(__name__)


def _login(client: smtplib.SMTP, username: str, password: str) -> None:
    """AUTH PLAIN in UTF-8 (RFC 4616) when offered, else smtplib's own choice.

    smtplib encodes credentials as ASCII (``pässword`` would crash) and, after a refused PLAIN,
    goes on to try LOGIN, which turns one clear 535 into a confusing second failure.
    """
    mechanisms = client.esmtp_features.get("auth", "").upper().split()
    if "PLAIN" in mechanisms:
        token = base64.b64encode(f"\0{username}\0{password}".encode()).decode("ascii")
        code, resp = client.docmd("AUTH", "PLAIN " + token)
        if code != 235:
            raise smtplib.SMTPAuthenticationError(code, resp)
        return
    if not (username + password).isascii():
        raise smtplib.SMTPNotSupportedError(
            "non-ASCII username or password needs AUTH PLAIN, which the server does not offer")
    client.login(username, password)


def _no_auth(where: str, client: smtplib.SMTP, security: str) -> str:
    """Why a login cannot start, and which key to set. Servers offer AUTH only inside TLS (RFC
    4954 advises it): "AUTH extension not supported" read as the wrong password or the wrong
    server when it was ``security = "none"`` on a STARTTLS port."""
    if security == "none" and client.has_extn("starttls"):
        return (f"{where} offers no login before STARTTLS: set security = \"starttls\" "
                "(it offers STARTTLS)")
    return (f"{where} offers no login (no AUTH): remove username and password, or use the "
            "server's submission port")


def _address(text: str) -> Address | str:
    """A configured address (``a@b`` or ``Name <a@b>``, one per entry) as a header value."""
    name, bracket, rest = text.rpartition("<")
    if not bracket:
        return text.strip()
    try:
        return Address(display_name=name.strip().strip('"').strip(),
                       addr_spec=rest.strip().rstrip(">").strip())
    except (ValueError, IndexError):  # let the header parser and the server judge it
        return text.strip()


class EmailNotifier:
    supports_digest = True

    def __init__(self, settings: EmailSettings) -> None:
        self.name = settings.name
        self.settings = settings
        self.timeout = settings.timeout.total_seconds()  # per SMTP step; the sender's stop
        self._notes: dict[str, str] = {}  # Message-ID -> the recipients refused, in words

    def take_note(self, ref: str | None) -> str | None:
        """What the sender records beside the delivery of the message ``send`` returned ``ref``
        for: the recipients the server refused while it took the others (None: all took it)."""
        return self._notes.pop(ref, None) if ref is not None else None

    def _domain(self) -> str:
        sender = self.settings.sender
        return sender.rpartition("@")[2].strip(" >") or "watcher.localhost"

    def build(self, message: Message) -> EmailMessage:
        """The MIME message for ``message`` (pure apart from the fresh Message-ID and date)."""
        mail = EmailMessage(policy=SMTP)
        mail["Subject"] = subject(message)
        mail["From"] = _address(self.settings.sender)
        # one Address per configured entry: joined as text, "Doe, John <j@x.org>" was read back
        # as two addresses, and "Doe" became an envelope recipient
        mail["To"] = [_address(a) for a in self.settings.to]
        mail["Date"] = formatdate(localtime=False, usegmt=True)
        mail["Message-ID"] = make_msgid(idstring="watcher", domain=self._domain())
        if message.thread_ref:
            mail["In-Reply-To"] = message.thread_ref
            mail["References"] = message.thread_ref
        mail["Auto-Submitted"] = "auto-generated"
        mail.set_content(plain_text(message) + "\n", charset="utf-8")
        mail.add_alternative(email_html(message), subtype="html", charset="utf-8")
        return mail

    def _context(self) -> ssl.SSLContext:
        cafile = str(self.settings.ca_file) if self.settings.ca_file else None
        try:
            return ssl.create_default_context(cafile=cafile)
        except OSError as err:  # missing, unreadable or not PEM (ssl.SSLError is an OSError)
            # not "SMTP server unreachable: [Errno 2] No such file or directory"; not permanent:
            # fixing the file lets the retry through
            raise NotifyError(self.name, f"cannot load ca_file {cafile}: "
                              f"{err.strerror or err}") from err

    def _send_sync(self, mail: EmailMessage) -> dict[str, tuple[int, bytes]]:
        """Send ``mail``; the recipients the server refused while it took the others."""
        s = self.settings
        timeout = s.timeout.total_seconds()
        where = f"SMTP server {s.host}:{s.port}"
        client: smtplib.SMTP
        # connected, then the wrong security for the port: not "unreachable", but which key to set
        try:
            if s.security == "tls":
                client = smtplib.SMTP_SSL(s.host, s.port, timeout=timeout,
                                          context=self._context())
            else:
                client = smtplib.SMTP(s.host, s.port, timeout=timeout)
        except ssl.SSLError as err:
            if isinstance(err, ssl.SSLCertVerificationError):
                raise
            raise NotifyError(self.name, f"{where} did not answer in TLS: if it starts in plain "
                              "text (port 587 or 25), set security = \"starttls\"") from err
        except smtplib.SMTPServerDisconnected as err:
            if not isinstance(err.__context__, TimeoutError):
                raise
            raise NotifyError(self.name, f"{where} sent no greeting within {timeout:g} s: if it "
                              "expects TLS from the start (port 465), set security = \"tls\""
                              ) from err
        try:
            client.ehlo()
            if s.security == "starttls":
                if not client.has_extn("starttls"):
                    raise NotifyError(self.name, f"SMTP server {s.host}:{s.port} does not offer "
                                      "STARTTLS (set security = \"tls\" or \"none\")",
                                      config=True)
                client.starttls(context=self._context())
                client.ehlo()
            if s.username:
                if not client.has_extn("auth"):
                    raise NotifyError(self.name, _no_auth(where, client, s.security),
                                      config=True)
                _login(client, s.username, str(s.password or ""))
            return client.send_message(mail)
        finally:
            try:
                client.quit()
            except (smtplib.SMTPException, OSError):
                client.close()

    def _error(self, err: Exception) -> NotifyError:
        where = f"{self.settings.host}:{self.settings.port}"
        if isinstance(err, smtplib.SMTPAuthenticationError):
            return NotifyError(self.name, f"SMTP login as {self.settings.username!r} refused by "
                               f"{where} ({err.smtp_code}): check username and password",
                               config=True)
        if isinstance(err, smtplib.SMTPRecipientsRefused):
            codes = {code for code, _ in err.recipients.values()}
            return NotifyError(self.name, f"{where} refused recipients "
                               f"{', '.join(sorted(err.recipients))}",
                               config=all(c >= 500 for c in codes))
        if isinstance(err, smtplib.SMTPResponseException):
            reply = err.smtp_error.decode("utf-8", "replace") if isinstance(
                err.smtp_error, bytes) else str(err.smtp_error)
            return NotifyError(self.name, f"{where} answered {err.smtp_code} {reply}",
                               permanent=err.smtp_code >= 500)
        if isinstance(err, ssl.SSLCertVerificationError):
            return NotifyError(self.name, f"TLS certificate of {where} not trusted: "
                               f"{err.verify_message}", config=True)
        if isinstance(err, (TimeoutError, socket.timeout)):
            return NotifyError(self.name, f"SMTP server {where} timed out")
        if isinstance(err, smtplib.SMTPNotSupportedError):
            return NotifyError(self.name, f"{where}: {err}", config=True)
        if isinstance(err, (smtplib.SMTPException, OSError)):
            return NotifyError(self.name, f"SMTP server {where} unreachable: {err}")
        return NotifyError(self.name, f"SMTP error: {type(err).__name__}: {err}")

    async def send(self, message: Message) -> str | None:
        mail = self.build(message)
        try:
            refused = await asyncio.to_thread(self._send_sync, mail)
        except NotifyError:
            raise
        except Exception as err:
            raise self._error(err) from err
        # sent to the others: sending again would repeat it to them, so say it and go on
        ref = str(mail["Message-ID"])
        words = []
        for rcpt, (code, reply) in refused.items():
            text = reply.decode("utf-8", "replace")
            log.warning("notifier %s: %s:%s refused recipient %s (%s %s); the others got the "
                        "message", self.name, self.settings.host, self.settings.port, rcpt,
                        code, text)
            words.append(f"{rcpt} ({code} {text})")
        if words:
            self._notes[ref] = "refused " + ", ".join(words)
        return ref

    async def aclose(self) -> None:
        return None
