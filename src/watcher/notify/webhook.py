"""Webhook notifier: POST the DESIGN.md alert JSON, one alert per request.

The body is the payload exactly as stored (UTF-8 JSON); with a ``secret``, the header
``X-Watcher-Signature: sha256=<hex HMAC-SHA256 of the body>`` lets the receiver check origin and
integrity (compare in constant time). ``X-Watcher-Delivery`` carries a digest of the outbox
idempotency key (:func:`header_key`) so a receiver can drop the rare duplicate (a crash between
POST and bookkeeping). 2xx is delivered; 301, 308 and the other 3xx but the temporary
redirects, 401, 403, 404, 405 and 410 are errors of the config (the URL or secret: alerts are
held until it is fixed); other 4xx (the request itself) are permanent; 5xx, 408, 429 (with
Retry-After, a number of seconds or a date, ignored when it is neither), the temporary
redirects 302, 303 and 307 and timeouts are retried.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

import httpx

from watcher.clock import utcnow
from watcher.core.types import AlertIntent, EventSnapshot
from watcher.errors import NotifyError
from watcher.fetch import connect_error, parse_retry_after
from watcher.models import Item
from watcher.notify.base import Message
from watcher.settings import WebhookSettings

USER_AGENT = "watcher/0.1 (+https://github.com/watcher-news/watcher)"


def signature(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def encode(payload: Mapping[str, Any]) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def header_key(key: str) -> str:
    """The outbox key as an HTTP header value: its SHA-256, in hex.

    The key names the article by its feed's URL and guid or link, and a feed URL may carry a
    password ("https://user:${FEED_PW}@host/feed"): sent as it was, the password reached every
    webhook receiver with every alert, while logs, ``status`` and ``events`` hide it. The
    digest is as stable as the key (a duplicate delivery carries the same value), short,
    ASCII (a key with "ü" once failed every POST with UnicodeEncodeError) and tells nothing
    about the feed."""
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def sample_payload(now: datetime) -> dict[str, Any]:
    """What ``watcher test-notify`` posts: an alert payload (``AlertIntent.payload``, DESIGN.md's
    shape) of kind ``test``, so that a receiver written to it (``body["event"]["id"]``) reads
    it; it posted nulls for ``watch``, ``event`` and ``item``, and such a receiver failed."""
    text = "watcher test message"
    sample = AlertIntent("new_event", "test", EventSnapshot("test", text, "unknown", None, 0, now),
                         Item("test", text, "", "", "watcher", now, lang="en"))
    return {**sample.payload(), "kind": "test"}


_WRONG_TARGET = frozenset({401, 403, 404, 405, 410})  # the URL or the secret, not the message
# A temporary redirect says the URL stays right (a receiver behind a load balancer in
# maintenance): retried like a 503. Held as an error of the config, it was logged as "held until
# the notifier's config is fixed" and then delivered at its next attempt with no change (a
# user's review, session 44). A lasting one still names its target in the log and ``status``.
_TEMPORARY_REDIRECT = frozenset({302, 303, 307})


class WebhookNotifier:
    supports_digest = False  # a receiver expects one DESIGN.md object per request

    def __init__(self, settings: WebhookSettings, *,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.name = settings.name
        self.settings = settings
        self.timeout = settings.timeout.total_seconds()  # per request; the sender's stop
        self._client = httpx.AsyncClient(
            timeout=settings.timeout.total_seconds(), follow_redirects=False,
            headers={"User-Agent": USER_AGENT}, transport=transport)

    async def _post(self, payload: Mapping[str, Any], key: str | None) -> None:
        body = encode(payload)
        headers = {"Content-Type": "application/json; charset=utf-8"}
        if key:
            headers["X-Watcher-Delivery"] = header_key(key)
        if self.settings.secret:
            headers["X-Watcher-Signature"] = signature(str(self.settings.secret), body)
        try:
            response = await self._client.post(self.settings.url, content=body, headers=headers)
        except httpx.TimeoutException as err:
            raise NotifyError(self.name, f"webhook timed out after "
                              f"{self.settings.timeout.total_seconds():g} s") from err
        except httpx.ConnectError as err:
            raise NotifyError(self.name, f"webhook unreachable: {connect_error(err)}") from err
        except httpx.HTTPError as err:
            raise NotifyError(self.name, f"webhook unreachable: {err}") from err
        code = response.status_code
        if 200 <= code < 300:
            return
        text = f"webhook answered HTTP {code} {response.reason_phrase}".rstrip()
        if 300 <= code < 400 and response.headers.get("location"):
            # not followed (a POST must not change its target on its own): say where it goes
            where = response.headers["location"]
            text += f" to {where}" + (
                " (a temporary redirect, not followed): if it lasts, set the notifier's url to it"
                if code in _TEMPORARY_REDIRECT else ": set the notifier's url to it")
        if code in (408, 429) or code >= 500 or code in _TEMPORARY_REDIRECT:
            raise NotifyError(self.name, text,
                              retry_after=parse_retry_after(response.headers.get("retry-after")))
        if code in _WRONG_TARGET:
            text += ": check the notifier's url and secret"
        # a redirect or a wrong target fails every alert until the config is fixed: held
        raise NotifyError(self.name, text, permanent=True,
                          config=code < 400 or code in _WRONG_TARGET)

    async def send(self, message: Message) -> str | None:
        if message.test:
            await self._post(sample_payload(utcnow()), None)
            return None
        for i, alert in enumerate(message.alerts):
            await self._post(alert, message.keys[i] if i < len(message.keys) else None)
        return None

    async def aclose(self) -> None:
        await self._client.aclose()
