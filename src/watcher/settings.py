"""Frozen, validated value objects that a config file is loaded into.

Every other module takes these, never raw TOML dicts, so that validation happens once, in
``watcher.config``, with precise messages. Defaults live here, next to the field they belong to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time, timedelta
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

STATUSES: tuple[str, ...] = ("planned", "postponed", "cancelled", "held")
ALERT_KINDS: tuple[str, ...] = ("new", "status")


class Secret(str):
    """A string that never shows itself in ``repr``/logs (tokens, passwords, webhook secrets).

    It is still a ``str`` so that libraries can use it; only formatting for humans hides it.
    """

    def __repr__(self) -> str:
        return "Secret('***')"


@dataclass(frozen=True, slots=True)
class DaemonSettings:
    """``[daemon]``: global behaviour of the poller."""

    database: Path
    interval: timedelta = timedelta(minutes=15)
    jitter: timedelta = timedelta(seconds=30)
    max_item_age: timedelta | None = timedelta(days=2)  # None: "off"
    timezone: ZoneInfo = field(default_factory=lambda: ZoneInfo("UTC"))
    timeout: timedelta = timedelta(seconds=30)  # connect and read timeout per request
    max_body_size: int = 10 * 1024 * 1024  # bytes; config accepts "10MB", "512KB" or an integer
    concurrency: int = 4  # requests in flight at once, all hosts (more costs CPU per request)
    per_host: int = 2  # requests in flight at once per host
    max_backoff: timedelta = timedelta(hours=6)  # cap of the exponential backoff of a failing feed
    # items/events older than this are pruned; an open event dated to a day is kept until that day
    # is this old (watcher.retention)
    retention: timedelta | None = timedelta(days=180)


@dataclass(frozen=True, slots=True)
class FeedSettings:
    """One ``[[feed]]``. ``name`` defaults to the URL's host."""

    url: str
    name: str
    interval: timedelta
    jitter: timedelta
    lang: str | None = None  # a hint for items that do not say their language
    # the outlet its items are counted and shown as (default: ``name``): feeds of one outlet
    # (sections, editions, languages) share it, so that ``min_sources`` counts outlets
    outlet: str | None = None

    @property
    def source(self) -> str:
        """What its items' ``source`` is: the outlet, else the feed's name."""
        return self.outlet or self.name


@dataclass(frozen=True, slots=True)
class WatchSettings:
    """One ``[[watch]]``. Empty ``keywords`` takes every item of its feeds.

    ``feeds`` holds names or URLs as written (resolved against ``Settings.feeds`` by the loader,
    which rejects unknown ones); ``notify`` empty means every notifier.
    """

    name: str
    keywords: tuple[str, ...] = ()
    require: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()  # feed URLs (resolved from names)
    notify: tuple[str, ...] = ()  # notifier names; () = all
    alert_on: frozenset[str] = frozenset(ALERT_KINDS)
    min_sources: int = 1  # independent outlets needed before a new event or a change is alerted


@dataclass(frozen=True, slots=True)
class QuietHours:
    """``quiet_hours = "22:00-07:00"`` in the daemon's timezone; may wrap midnight."""

    start: time
    end: time


# the languages of watcher's own words in messages people read (``notify.render.WORDS``)
MESSAGE_LANGUAGES = ("en", "de", "fr")


@dataclass(frozen=True, slots=True)
class NotifierSettings:
    """Common part of every ``[notifier.NAME]``."""

    name: str
    type: str
    quiet_hours: QuietHours | None = None
    urgent: frozenset[str] = frozenset()  # statuses that skip quiet hours
    language: str = "en"  # of watcher's own words in messages people read (MESSAGE_LANGUAGES)


@dataclass(frozen=True, slots=True)
class ConsoleSettings(NotifierSettings):
    stream: Literal["stdout", "stderr"] = "stdout"


@dataclass(frozen=True, slots=True)
class TelegramSettings(NotifierSettings):
    token: Secret = Secret("")  # noqa: RUF009 (an immutable str)
    chat_id: str = ""
    api_url: str = "https://api.telegram.org"
    disable_preview: bool = True


@dataclass(frozen=True, slots=True)
class EmailSettings(NotifierSettings):
    host: str = ""
    port: int = 587
    security: Literal["starttls", "tls", "none"] = "starttls"
    username: str | None = None
    password: Secret | None = None
    sender: str = ""  # TOML key "from"
    to: tuple[str, ...] = ()
    timeout: timedelta = timedelta(seconds=30)
    ca_file: Path | None = None  # extra CA bundle (self-signed servers, tests)


@dataclass(frozen=True, slots=True)
class WebhookSettings(NotifierSettings):
    url: str = ""
    secret: Secret | None = None
    timeout: timedelta = timedelta(seconds=10)


@dataclass(frozen=True, slots=True)
class Settings:
    """The whole config. ``cues`` extends the built-in status lexicons:
    ``[cues.LANG] STATUS = ["phrase", ...]`` becomes ``cues[LANG][STATUS]``."""

    daemon: DaemonSettings
    feeds: tuple[FeedSettings, ...] = ()
    watches: tuple[WatchSettings, ...] = ()
    notifiers: tuple[NotifierSettings, ...] = ()
    cues: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    path: Path | None = None

    def feed(self, url: str) -> FeedSettings | None:
        return next((f for f in self.feeds if f.url == url), None)

    def notifier(self, name: str) -> NotifierSettings | None:
        return next((n for n in self.notifiers if n.name == name), None)

    def notifier_names(self) -> tuple[str, ...]:
        """Every notifier's name: what a watch with no ``notify`` list reaches."""
        return tuple(n.name for n in self.notifiers)
