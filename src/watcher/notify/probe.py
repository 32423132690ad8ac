"""Test messages (``watcher test-notify``): one through each notifier asked for, no outbox.

A test message touches no database, so ``test-notify`` opens none: it created (or migrated) the
configured one and its folders, a root-owned ``/var/lib/watcher/watcher.db`` when run by root
before the service's first start, and failed where the operator may not write that folder
(a code review, finding 7). ``Sender.test`` sends through its own notifiers with the same code.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from datetime import tzinfo

from watcher.errors import NotifyError, WatcherError
from watcher.notify.base import Message, Notifier, build_notifier
from watcher.settings import Settings

log = logging.getLogger(__name__)


def language_of(settings: Settings, name: str) -> str:
    """The language of notifier ``name``'s messages (English for one not configured)."""
    configured = settings.notifier(name)
    return configured.language if configured is not None else "en"


async def send_tests(names: Sequence[str], notifier_of: Callable[[str], Notifier | None], *,
                     known: Sequence[str], timezone: tzinfo,
                     language_of: Callable[[str], str] | None = None,
                     ) -> list[tuple[str, str | None]]:
    """Send a test message through each of ``names``, at once: (name, None or the error);
    ``language_of``: the language of each notifier's messages (English without it)."""

    async def one(n: str) -> tuple[str, str | None]:
        try:
            notifier = notifier_of(n)
            if notifier is None:
                listed = ", ".join(known) or "none configured"
                return n, f"no notifier named {n!r} (known: {listed})"
            configured = language_of(n) if language_of else "en"
            await notifier.send(Message.for_test(timezone=timezone, language=configured))
        except NotifyError as err:
            return n, err.message
        except WatcherError as err:
            return n, str(err)
        except Exception as err:
            log.exception("test message through %s failed unexpectedly", n)
            return n, f"unexpected error: {type(err).__name__}: {err}"
        return n, None

    return list(await asyncio.gather(*(one(n) for n in names)))


async def send_test_messages(settings: Settings,
                             name: str | None = None) -> list[tuple[str, str | None]]:
    """A test message through the configured notifier ``name`` (None: every one), each built
    for it and closed after."""
    known = [n.name for n in settings.notifiers]
    built: list[Notifier] = []

    def notifier_of(n: str) -> Notifier | None:
        configured = settings.notifier(n)
        if configured is None:
            return None
        built.append(build_notifier(configured))
        return built[-1]

    try:
        return await send_tests(known if name is None else [name], notifier_of, known=known,
                                timezone=settings.daemon.timezone,
                                language_of=lambda n: language_of(settings, n))
    finally:
        for notifier in built:
            try:
                await notifier.aclose()
            except Exception:  # closing must not hide the other closes, nor the results
                log.exception("closing notifier %s failed", notifier.name)
