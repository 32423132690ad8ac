"""Alert delivery: notifiers (console, Telegram, email, webhook) and the outbox sender."""

from watcher.notify.base import Message, Notifier, build_notifier
from watcher.notify.sender import RetryPolicy, Sender, SendReport

__all__ = ["Message", "Notifier", "RetryPolicy", "SendReport", "Sender", "build_notifier"]
