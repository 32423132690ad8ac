"""The notifier interface and the ``Message`` every notifier renders.

A ``Message`` is what one ``send`` puts in front of a person or a machine: usually one alert (the
alert JSON of DESIGN.md), sometimes a digest of several alerts that waited out quiet hours, or a
test message from ``watcher test-notify``. Notifiers render the payload dicts themselves (see
``render``), so the outbox stores data, not text, and a template change applies to queued alerts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, tzinfo
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from watcher.errors import ConfigError
from watcher.settings import (
    ConsoleSettings,
    EmailSettings,
    NotifierSettings,
    TelegramSettings,
    WebhookSettings,
)

if TYPE_CHECKING:
    from watcher.store.base import Delivery


@dataclass(frozen=True, slots=True)
class Message:
    """One thing to send.

    ``alerts`` are alert payloads (DESIGN.md JSON), oldest first; more than one makes a digest.
    ``thread_ref`` is what this notifier returned for the first delivered alert of the same event
    (Telegram message id, email Message-ID), so a follow-up can reply to it. ``keys`` are the
    outbox idempotency keys of the alerts (the webhook passes them on so receivers can dedupe).
    ``timezone`` is how times are shown (``daemon.timezone``); ``language``, the language of
    watcher's own words in it (the notifier's ``language``: ``render.WORDS``).
    """

    alerts: tuple[Mapping[str, Any], ...] = ()
    thread_ref: str | None = None
    timezone: tzinfo = UTC
    keys: tuple[str, ...] = ()
    test: bool = False
    event_ids: tuple[str, ...] = ()
    language: str = "en"

    @property
    def digest(self) -> bool:
        return len(self.alerts) > 1

    @classmethod
    def from_deliveries(
        cls, deliveries: Sequence[Delivery], *, thread_ref: str | None = None,
        timezone: tzinfo = UTC, language: str = "en",
    ) -> Message:
        return cls(
            alerts=tuple(d.payload for d in deliveries),
            thread_ref=thread_ref,
            timezone=timezone,
            keys=tuple(d.key for d in deliveries),
            event_ids=tuple(d.event_id for d in deliveries),
            language=language,
        )

    @classmethod
    def for_test(cls, *, timezone: tzinfo = UTC, language: str = "en") -> Message:
        return cls(test=True, timezone=timezone, language=language)

    @classmethod
    def of(cls, alerts: Iterable[Mapping[str, Any]], **kwargs: Any) -> Message:
        """Convenience for callers and tests holding plain payload dicts."""
        return cls(alerts=tuple(alerts), **kwargs)


@runtime_checkable
class Notifier(Protocol):
    """Delivers a ``Message`` somewhere.

    ``send`` returns a thread ref (Telegram message id, email Message-ID) or None, and raises
    ``watcher.errors.NotifyError(name, msg, permanent=..., retry_after=...)`` on failure; it never
    retries by itself (the sender owns retries, so that they survive a restart).
    ``supports_digest`` False makes the sender send waited-out alerts one by one (webhooks: a
    receiver expects one DESIGN.md object per request).
    A notifier may also offer ``take_note(ref) -> str | None``: what to keep beside a delivery
    that went out only in part (email: recipients the server refused while it took the others),
    shown by ``watcher status``; the sender asks it right after a ``send`` that returned ``ref``.
    And ``timeout``, seconds: how long a send may take by the notifier's own limit; at a stop the
    sender lets a send in flight run that long (and a margin) before it gives up on it.
    """

    name: str
    supports_digest: bool

    async def send(self, message: Message) -> str | None: ...

    async def aclose(self) -> None: ...


def build_notifier(settings: NotifierSettings) -> Notifier:
    """The notifier for ``settings`` (chosen by its class, falling back to ``settings.type``)."""
    # Imports are local so that a console-only setup never imports telegram or httpx machinery.
    if isinstance(settings, ConsoleSettings) or (
        type(settings) is NotifierSettings and settings.type == "console"
    ):
        from watcher.notify.console import ConsoleNotifier

        return ConsoleNotifier(
            settings if isinstance(settings, ConsoleSettings)
            else ConsoleSettings(name=settings.name, type="console",
                                 quiet_hours=settings.quiet_hours, urgent=settings.urgent)
        )
    if isinstance(settings, TelegramSettings):
        from watcher.notify.telegram import TelegramNotifier

        return TelegramNotifier(settings)
    if isinstance(settings, EmailSettings):
        from watcher.notify.email import EmailNotifier

        return EmailNotifier(settings)
    if isinstance(settings, WebhookSettings):
        from watcher.notify.webhook import WebhookNotifier

        return WebhookNotifier(settings)
    raise ConfigError(
        f"unknown notifier type {settings.type!r} (expected console, telegram, email or webhook)",
        key=f"notifier.{settings.name}.type",
    )
