"""Telegram notifier on python-telegram-bot 22 (``telegram.Bot`` over ``HTTPXRequest``).

- HTML parse mode, every field escaped (``render.telegram_chunks``), texts split between alerts
  to stay within 4096 characters; link previews off unless ``disable_preview = false``.
- Pacing within Telegram's limits: at most one message a second per chat, and 20 a minute for
  groups and channels (chat ids starting with ``-`` or ``@``). The pacer sleeps; it never drops.
- Follow-up alerts reply to the chat's first message about the event (``thread_ref``), with
  ``allow_sending_without_reply`` so a deleted root does not turn into a permanent failure.
- Errors become ``NotifyError``: ``RetryAfter`` carries its wait; 403 (bot blocked / not a
  member), 400 chat not found, a 400 for the bot's rights in the chat ("not enough rights to
  send text messages", "CHAT_WRITE_FORBIDDEN") or for a deleted or closed forum topic, a
  migrated chat and 401/404 (token rejected) are errors of the config (alerts held until it
  is fixed); a 400 for the message's HTML ("can't parse entities") sends it again as plain
  text; any other 400 (the message itself) is permanent;
  network errors and 5xx are retried by the sender. The token is part of every request URL, so
  it is scrubbed from error texts, ``Bot.initialize`` (whose InvalidToken message quotes the
  token) is never called, and the ``httpx`` logger (which logs URLs at INFO) is raised to
  WARNING unless configured.
"""

from __future__ import annotations

import asyncio
import logging
import time
import warnings
from collections import deque
from datetime import timedelta
from typing import Any

import httpx
from telegram import Bot, LinkPreviewOptions, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.request import HTTPXRequest

from watcher.errors import NotifyError
from watcher.fetch import connect_error
from watcher.notify.base import Message
from watcher.notify.render import telegram_chunks, unformatted
from watcher.settings import TelegramSettings

log = logging.getLogger(__name__)
# PTB 22.2+ warns (from inside RetryAfter itself) that retry_after will become a timedelta; we
# accept both types (``_seconds``), so the warning says nothing to our users.
warnings.filterwarnings("ignore", message=r".*`retry_after` will be of type", category=Warning)


def quiet_http_loggers() -> None:
    """httpx logs each request URL at INFO, and a Telegram URL contains the bot token; PTB logs
    its API URL (token included) at DEBUG. Raise them so ``--verbose`` cannot leak the token.
    PTB's request logger also logs a body that is not JSON (an ``api_url`` that is no Bot API),
    whole and with a traceback, at ERROR on every retry: the ``NotifyError`` says it in a line."""
    for name, level in (("httpx", logging.WARNING), ("httpcore", logging.WARNING),
                        ("telegram", logging.INFO),
                        ("telegram.request.BaseRequest", logging.CRITICAL)):
        logger = logging.getLogger(name)
        if logger.level < level:  # NOTSET (0) included
            logger.setLevel(level)


class Pacer:
    """Spaces sends to one chat: ``min_interval`` seconds apart, and at most ``per_minute`` in any
    60 s window (``None``: no window limit). Callers are serialised by a lock so concurrent sends
    keep their order."""

    def __init__(self, min_interval: float, per_minute: int | None, window: float = 60.0) -> None:
        self.min_interval = min_interval
        self.per_minute = per_minute
        self.window = window
        self._sent: deque[float] = deque()
        self._last: float | None = None
        self.lock = asyncio.Lock()

    def delay(self, now: float) -> float:
        """Seconds to wait before sending at monotonic time ``now`` (pure; tested directly)."""
        wait = 0.0
        if self._last is not None:
            wait = max(wait, self._last + self.min_interval - now)
        if self.per_minute is not None:
            while self._sent and self._sent[0] <= now - self.window:
                self._sent.popleft()
            if len(self._sent) >= self.per_minute:
                wait = max(wait, self._sent[0] + self.window - now)
        return wait

    def record(self, now: float) -> None:
        self._last = now
        self._sent.append(now)

    async def wait(self) -> None:
        while (pause := self.delay(time.monotonic())) > 0:
            await asyncio.sleep(pause)


# 400 answers that refuse the chat, not the message: the bot may not post there (a group where
# only admins post, a channel where it is no admin) or the forum topic is gone or closed. Every
# message fails alike until someone fixes the chat or the config, as for a 403; read as
# "message rejected", each alert of the setup period was dropped for good (a user's review,
# session 44). Matched in the lowered description, which PTB hands on without "Bad Request: ".
# Telegram's words for HTML it could not read ("Bad Request: can't parse entities: ...")
_UNPARSED = "parse entities"
_NO_RIGHTS = ("not enough rights", "have no rights", "chat_write_forbidden",
              "chat_send_plain_forbidden", "chat_restricted", "need administrator rights")
_NO_TOPIC = ("message thread not found", "topic_closed", "topic_deleted")


def is_group(chat_id: str) -> bool:
    return chat_id.startswith(("-", "@"))


def _seconds(value: int | float | timedelta) -> float:
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class TelegramNotifier:
    """Sends alerts to one chat; returns the Telegram message id of the (first) message sent."""

    supports_digest = True

    def __init__(
        self, settings: TelegramSettings, *, min_interval: float = 1.0,
        group_per_minute: int = 20, timeout: float = 10.0,
    ) -> None:
        quiet_http_loggers()
        self.name = settings.name
        self.settings = settings
        self.chat_id = settings.chat_id
        self.timeout = timeout  # per request; the sender's stop waits this for a send
        self._token = str(settings.token)
        self._progress: dict[tuple[str, ...], tuple[int, str | None]] = {}
        self._request = HTTPXRequest(
            connection_pool_size=2, connect_timeout=timeout, read_timeout=timeout,
            write_timeout=timeout, pool_timeout=timeout,
        )
        base = settings.api_url.rstrip("/")
        self._bot = Bot(
            token=self._token, base_url=f"{base}/bot", base_file_url=f"{base}/file/bot",
            request=self._request, get_updates_request=self._request,
        )
        self.pacer = Pacer(min_interval, group_per_minute if is_group(self.chat_id) else None)

    def _scrub(self, text: str) -> str:
        return text.replace(self._token, "***") if self._token else text

    def _error(self, err: Exception) -> NotifyError:
        """Translate a PTB error into a ``NotifyError`` with a message a user can act on."""
        text = self._scrub(str(err))
        # an HTTP error whose body is no JSON (a proxy's HTML page for a 502): PTB appends the
        # whole body as a bytes literal, many lines of markup in every log line and status
        text = text.split(". Parsing the server response ", 1)[0] + (
            ", not a Bot API answer" if isinstance(err.__cause__, TelegramError) else "")
        chat = self.chat_id
        if isinstance(err, RetryAfter):
            wait = _seconds(err.retry_after)
            return NotifyError(self.name, f"Telegram flood control: retry in {wait:g} s",
                               retry_after=wait)
        if isinstance(err, Forbidden):
            return NotifyError(
                self.name, f"Telegram refused to post to chat {chat} (403: {text}); the bot was "
                "blocked, removed from the chat, or lacks the right to post", config=True)
        if isinstance(err, ChatMigrated):
            return NotifyError(
                self.name, f"chat {chat} became a supergroup; set chat_id = "
                f"\"{err.new_chat_id}\"", config=True)
        if isinstance(err, BadRequest):
            lowered = text.lower()
            if "chat not found" in lowered:
                return NotifyError(
                    self.name, f"Telegram chat {chat} not found (400): check chat_id and that "
                    "the bot was added to the chat", config=True)
            if any(words in lowered for words in _NO_RIGHTS):
                return NotifyError(
                    self.name, f"Telegram refused to post to chat {chat} (400: {text}); the "
                    "bot may not send messages there: give it the right to post (an admin of a "
                    "channel; in a group, members allowed to send messages or the bot made an "
                    "admin), or set another chat_id", config=True)
            if any(words in lowered for words in _NO_TOPIC):
                return NotifyError(
                    self.name, f"Telegram refused to post to chat {chat} (400: {text}); its "
                    "forum topic was deleted or closed: reopen the topic, or set another "
                    "chat_id", config=True)
            return NotifyError(self.name, f"Telegram rejected the message (400: {text})",
                               permanent=True)
        if isinstance(err, InvalidToken):
            return NotifyError(self.name, "Telegram rejected the bot token (401/404): check "
                               "token and api_url", config=True)
        if isinstance(err, TimedOut):
            return NotifyError(self.name, f"Telegram timed out: {text}")
        if isinstance(err, NetworkError) and not isinstance(err.__cause__, (httpx.HTTPError,
                                                                            OSError)):
            # PTB raises a NetworkError caused by the httpx error for a failed connection, and
            # one without (or caused by an unreadable body) for an HTTP error answer (500, 502)
            return NotifyError(self.name, f"Telegram server error: {text}")
        if isinstance(err, NetworkError):
            return NotifyError(self.name, f"Telegram unreachable: {connect_error(err)}")
        if type(err) is TelegramError and isinstance(err.__cause__, ValueError):
            return NotifyError(self.name, f"{self.settings.api_url} answered with something "
                               "other than Bot API JSON: check api_url", config=True)
        return NotifyError(self.name, f"Telegram error: {type(err).__name__}: {text}")

    async def send(self, message: Message) -> str | None:
        reply_to = (int(message.thread_ref)
                    if message.thread_ref and message.thread_ref.lstrip("-").isdigit() else None)
        # A long message goes out in chunks; when chunk k fails, a retry of the same deliveries
        # resumes at chunk k instead of posting 1..k-1 again (within this process).
        done, first = self._progress.get(message.keys, (0, None)) if message.keys else (0, None)
        async with self.pacer.lock:
            for n, chunk in enumerate(telegram_chunks(message)):
                if n < done:
                    continue
                await self.pacer.wait()
                self.pacer.record(time.monotonic())
                try:
                    try:
                        sent = await self._post(chunk, reply_to, html=True)
                    except BadRequest as err:
                        if _UNPARSED not in str(err).lower():
                            raise
                        # Telegram could not read the HTML (an entity it does not know, a
                        # tag it refuses): the alert goes out as plain text rather than not
                        # at all (a user's review, session 47: the family chat missed it)
                        log.warning("%s: Telegram could not read the message's formatting; "
                                    "sending it as plain text", self.name)
                        await self.pacer.wait()
                        self.pacer.record(time.monotonic())
                        sent = await self._post(unformatted(chunk), reply_to, html=False)
                except TelegramError as err:
                    if message.keys and n:
                        self._progress[message.keys] = (n, first)
                    raise self._error(err) from None  # the cause's text may hold the token
                if first is None:
                    first = str(sent.message_id)
        self._progress.pop(message.keys, None)
        return first

    async def _post(self, text: str, reply_to: int | None, *, html: bool) -> Any:
        return await self._bot.send_message(
            chat_id=self.chat_id, text=text, parse_mode=ParseMode.HTML if html else None,
            link_preview_options=LinkPreviewOptions(is_disabled=self.settings.disable_preview),
            reply_parameters=(
                ReplyParameters(message_id=reply_to, allow_sending_without_reply=True)
                if reply_to is not None else None),
        )

    async def aclose(self) -> None:
        # Bot.shutdown() is a no-op when initialize() was never called; close the client directly.
        await self._request.shutdown()
