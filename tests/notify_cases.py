"""Helpers shared by the notifier tests."""

from __future__ import annotations

import pytest

from watcher.errors import NotifyError
from watcher.notify.base import Message, Notifier


async def send_error(n: Notifier, message: Message) -> NotifyError:
    """What ``n.send(message)`` raised (it must raise ``NotifyError``); ``n`` is closed either
    way."""
    try:
        with pytest.raises(NotifyError) as info:
            await n.send(message)
    finally:
        await n.aclose()
    return info.value
