"""Each table of the config checked and turned into ``watcher.settings`` objects.

Loading runs in two phases: each table on its own (collecting the first error of each, then
reporting the earliest), then the cross-references (``watch.feeds``, ``watch.notify``), which only
make sense once every feed and notifier is known. The keys each table takes are listed here too
(``tests/test_contract.py`` checks that the example config shows every one of them).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import time
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from watcher.config_lines import ConfigReader, KeyPath, format_key
from watcher.config_paths import default_database
from watcher.core.cues import Lexicon
from watcher.errors import ConfigError
from watcher.settings import (
    ALERT_KINDS,
    MESSAGE_LANGUAGES,
    STATUSES,
    ConsoleSettings,
    DaemonSettings,
    EmailSettings,
    FeedSettings,
    NotifierSettings,
    QuietHours,
    Secret,
    Settings,
    TelegramSettings,
    WatchSettings,
    WebhookSettings,
)

# The keys each table takes: the contract of the TOML file (DESIGN.md), which the commented
# example config sets in full (tests/test_contract.py checks both against these).
TOP_KEYS = ("daemon", "feed", "watch", "notifier", "cues")
DAEMON_KEYS = ("database", "interval", "jitter", "max_item_age", "timezone", "timeout",
               "max_body_size", "concurrency", "per_host", "max_backoff", "retention")
FEED_KEYS = ("url", "name", "interval", "jitter", "lang", "outlet")
WATCH_KEYS = ("name", "keywords", "require", "exclude", "feeds", "notify", "alert_on",
              "min_sources")
COMMON_NOTIFIER_KEYS = ("type", "quiet_hours", "urgent")
NOTIFIER_KEYS = {  # ``language``: of the messages people read (a webhook sends the alert JSON)
    "console": ("stream", "language"),
    "telegram": ("token", "chat_id", "api_url", "disable_preview", "language"),
    "email": ("host", "port", "security", "username", "password", "from", "to", "timeout",
              "ca_file", "language"),
    "webhook": ("url", "secret", "timeout"),
}

_REQUIRED = {"telegram": ("token", "chat_id"), "email": ("host", "from", "to"),
             "webhook": ("url",)}
_NOT_IN_HOST = frozenset('<>"{}|\\^`/?#@')
_LANG = re.compile(r"[a-z]{2,3}(-[a-z0-9]{2,8})*")
_CLOCK = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


@dataclass
class _TakenFeeds:
    """The URLs and names of the feeds read so far, each with the index of its ``[[feed]]``
    table (messages say ``feed[index + 1]``): a config of thousands of feeds is checked for
    duplicates in linear time (a scan of the earlier feeds per feed took 4.6 s for 8,000 feeds,
    at every start, reload and command)."""

    urls: dict[str, int] = field(default_factory=dict)
    names: dict[str, int] = field(default_factory=dict)

    def add(self, feed: FeedSettings, index: int) -> None:
        self.urls.setdefault(feed.url, index)
        self.names.setdefault(feed.name, index)


@dataclass
class _RawWatch:
    """A watch before its ``feeds``/``notify`` names are checked against the other tables."""

    where: KeyPath
    settings: WatchSettings


class Loader:
    def __init__(self, reader: ConfigReader, base: Path, env: Mapping[str, str]) -> None:
        self.r = reader
        self.base = base
        self.env = env
        self.errors: list[ConfigError] = []

    def _collect(self, fn: Callable[[], Any]) -> Any:
        try:
            return fn()
        except ConfigError as err:
            self.errors.append(err)
            return None

    def load(self, raw: dict[str, Any]) -> Settings:
        r = self.r
        r.check_keys(raw, (), TOP_KEYS)
        daemon = self._collect(lambda: self.daemon(r.table(raw.get("daemon", {}), ("daemon",))))
        if daemon is None:  # keep going with defaults to find an earlier error elsewhere
            daemon = DaemonSettings(database=default_database(self.env))
        feeds: list[FeedSettings] = []
        taken = _TakenFeeds()
        for i, table in enumerate(self._collect(lambda: r.tables(raw.get("feed", []), ("feed",)))
                                  or []):
            feed = self._collect(partial(self.feed, table, ("feed", i), daemon, taken))
            if feed is not None:
                taken.add(feed, i)
                feeds.append(feed)
        notifiers = []
        for name, table in (self._collect(lambda: r.table(raw.get("notifier", {}), ("notifier",)))
                            or {}).items():
            notifiers.append(self._collect(partial(self.notifier, name, table)))
        cues = self._collect(lambda: self.cues(raw.get("cues", {})))  # each table's errors
        watches: list[_RawWatch] = []
        for i, table in enumerate(self._collect(lambda: r.tables(raw.get("watch", []),
                                                                 ("watch",))) or []):
            watch = self._collect(partial(self.watch, table, ("watch", i), watches))
            if watch is not None:
                watches.append(watch)
        if self.errors:
            first, *rest = sorted(self.errors, key=lambda e: e.line or 10**9)
            first.more = tuple(rest)
            raise first
        resolved = tuple(self.resolve(w, feeds, notifiers) for w in watches)
        return Settings(daemon=daemon, feeds=tuple(feeds), watches=resolved,
                        notifiers=tuple(notifiers), cues=cues or {})

    # -- sections ------------------------------------------------------------------------------

    def daemon(self, table: dict[str, Any]) -> DaemonSettings:
        r, where = self.r, ("daemon",)
        r.check_keys(table, where, DAEMON_KEYS)
        kw: dict[str, Any] = {"database": default_database(self.env)}
        for key, value in table.items():
            at = (*where, key)
            if key == "database":
                kw[key] = self.base / Path(r.string(value, at)).expanduser()
            elif key in ("interval", "timeout", "max_backoff"):
                kw[key] = r.positive_duration(value, at)
            elif key == "jitter":
                kw[key] = r.positive_duration(value, at, zero=True)
            elif key in ("max_item_age", "retention"):
                kw[key] = r.duration(value, at, off=True)
            elif key == "timezone":
                kw[key] = self.timezone(value, at)
            elif key == "max_body_size":
                kw[key] = r.size(value, at)
            else:  # concurrency, per_host
                kw[key] = r.integer(value, at, minimum=1)
        return DaemonSettings(**kw)

    def timezone(self, value: object, where: KeyPath) -> ZoneInfo:
        name = self.r.string(value, where)
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            if name.isalpha() and name.isupper():  # "CEST": no zone of its own, nor "EST"
                self.r.fail(where, f'unknown time zone "{name}": give the IANA name of the '
                            'place, such as "Europe/Zurich" or "America/New_York" (it follows '
                            "summer time by itself)")
            close = difflib.get_close_matches(name, sorted(available_timezones()), n=1)
            hint = f'; did you mean "{close[0]}"?' if close else ' (e.g. "Europe/Zurich")'
            self.r.fail(where, f'unknown time zone "{name}"{hint}')

    def feed(self, table: dict[str, Any], where: KeyPath, daemon: DaemonSettings,
             taken: _TakenFeeds) -> FeedSettings:
        r = self.r
        r.check_keys(table, where, FEED_KEYS)
        if "url" not in table:
            r.fail(where, "missing required key `url`")
        kw: dict[str, Any] = {"interval": daemon.interval, "jitter": daemon.jitter}
        for key, value in table.items():
            at = (*where, key)
            if key == "url":
                kw[key] = self.url(value, at)
                dup = taken.urls.get(kw[key])
                if dup is not None:
                    r.fail(at, f"the same URL as feed[{dup + 1}]")
            elif key in ("name", "outlet"):
                kw[key] = r.string(value, at).strip()
            elif key == "interval":
                kw[key] = r.positive_duration(value, at)
            elif key == "jitter":
                kw[key] = r.positive_duration(value, at, zero=True)
            else:
                kw[key] = self.lang(value, at)
        kw.setdefault("name", urlsplit(kw["url"]).hostname or kw["url"])
        dup = taken.names.get(kw["name"])
        if dup is not None:
            hint = "" if "name" in table else " (the default name is the host; set `name`)"
            r.fail((*where, "name"), f'feed name "{kw["name"]}" is already used by '
                   f"feed[{dup + 1}]{hint}")
        return FeedSettings(**kw)

    def url(self, value: object, where: KeyPath) -> str:
        text = self.r.string(value, where).strip()
        try:  # "http://[::1/feed" (an unclosed IPv6 bracket) raises ValueError
            parts = urlsplit(text)
            ok = parts.scheme in ("http", "https") and bool(parts.hostname)
        except ValueError:
            ok = False
        if not ok:
            self.r.fail(where, f'expected an http:// or https:// URL, got "{text}"')
        if any(c < " " or c == "\x7f" for c in text):  # urlsplit drops tabs and line breaks
            self.r.fail(where, f"{text!r} contains a control character (a tab, a line break): "
                        "remove it")
        bad = next((c for c in parts.hostname or "" if c.isspace() or c in _NOT_IN_HOST), None)
        if bad is not None:
            self.r.fail(where, f"the host {parts.hostname!r} of \"{text}\" contains "
                        f"{'a space' if bad.isspace() else repr(bad)}: remove it")
        try:  # ":99999" was taken here and crashed each poll with an IndexError from asyncio
            port = parts.port
        except ValueError:
            port = 0
        if port == 0:
            self.r.fail(where, f'expected a port from 1 to 65535 in the URL, got "{text}"')
        return text

    def lang(self, value: object, where: KeyPath) -> str:
        text = self.r.string(value, where).strip().lower()
        if not _LANG.fullmatch(text):
            self.r.fail(where, f'expected a language code like "en" or "de", got "{text}"')
        return text

    def watch(self, table: dict[str, Any], where: KeyPath, earlier: list[_RawWatch]) -> _RawWatch:
        r = self.r
        r.check_keys(table, where, WATCH_KEYS)
        if "name" not in table:
            r.fail(where, "missing required key `name`")
        kw: dict[str, Any] = {}
        for key, value in table.items():
            at = (*where, key)
            if key == "name":
                kw[key] = r.string(value, at).strip()
                dup = next((w for w in earlier if w.settings.name == kw[key]), None)
                if dup is not None:
                    r.fail(at, f'watch name "{kw[key]}" is already used by '
                           f"{format_key(dup.where)}")
            elif key in ("keywords", "require", "exclude", "feeds", "notify"):
                kw[key] = r.strings(value, at)
            elif key == "alert_on":
                kw[key] = r.choices(value, at, ALERT_KINDS)
                if not kw[key]:
                    r.fail(at, 'must name at least one of "new", "status"')
            else:
                kw[key] = r.integer(value, at, minimum=1)
        return _RawWatch(where, WatchSettings(**kw))

    def resolve(self, raw: _RawWatch, feeds: list[FeedSettings],
                notifiers: list[NotifierSettings]) -> WatchSettings:
        """Feed names/URLs -> URLs; notifier names checked. Unknown ones are errors."""
        r, w = self.r, raw.settings
        by_name = {f.name: f.url for f in feeds}
        urls = {f.url for f in feeds}
        resolved: list[str] = []
        for i, ref in enumerate(w.feeds):
            if ref in by_name or ref in urls:
                resolved.append(by_name.get(ref, ref))
                continue
            close = difflib.get_close_matches(ref, [*by_name, *urls], n=1)
            hint = f'; did you mean "{close[0]}"?' if close else ""
            r.fail((*raw.where, "feeds"), f'unknown feed "{ref}"{hint}',
                   at=(*raw.where, "feeds", i))
        names = [n.name for n in notifiers]
        for i, ref in enumerate(w.notify):
            if ref not in names:
                close = difflib.get_close_matches(ref, names, n=1)
                typed = [n.name for n in notifiers if n.type == ref]
                hint = (f': "{ref}" is a notifier type; `notify` names the notifier tables, '
                        f"here {', '.join(typed)}" if typed else
                        f'; did you mean "{close[0]}"?' if close else
                        f" (defined: {', '.join(names)})" if names else
                        " (no [notifier.NAME] tables are defined)")
                r.fail((*raw.where, "notify"), f'unknown notifier "{ref}"{hint}',
                       at=(*raw.where, "notify", i))
        return replace(w, feeds=tuple(dict.fromkeys(resolved)))

    def notifier(self, name: str, value: object) -> NotifierSettings:
        r, where = self.r, ("notifier", name)
        table = r.table(value, where)
        if "type" not in table:
            r.fail(where, "missing required key `type` "
                   "(one of \"console\", \"telegram\", \"email\", \"webhook\")")
        kind = r.choice(table["type"], (*where, "type"), tuple(NOTIFIER_KEYS))
        r.check_keys(table, where, (*COMMON_NOTIFIER_KEYS, *NOTIFIER_KEYS[kind]))
        for key in _REQUIRED.get(kind, ()):
            if key not in table:
                r.fail(where, f"missing required key `{key}` (required by type \"{kind}\")")
        kw: dict[str, Any] = {"name": name, "type": kind}
        for key, val in table.items():
            at = (*where, key)
            if key == "type":
                continue
            if key == "quiet_hours":
                kw[key] = self.quiet_hours(val, at)
            elif key == "urgent":
                kw[key] = r.choices(val, at, STATUSES)
            elif key in ("token", "password", "secret"):
                kw[key] = Secret(r.string(val, at))
                if (key == "token" and r.secrets
                        and not re.fullmatch(r"\d+:[\w-]+", kw[key])):
                    r.fail(at, "does not look like a Telegram bot token "
                           "(expected DIGITS:LETTERS as @BotFather gives it; value not shown)")
            elif key == "chat_id":
                kw[key] = str(val) if isinstance(val, int) and not isinstance(val, bool) \
                    else r.string(val, at)
            elif key in ("api_url", "url"):
                kw[key] = self.url(val, at).rstrip("/") if key == "api_url" else self.url(val, at)
            elif key == "disable_preview":
                kw[key] = r.boolean(val, at)
            elif key == "stream":
                kw[key] = r.choice(val, at, ("stdout", "stderr"))
            elif key == "language":
                kw[key] = r.choice(val, at, MESSAGE_LANGUAGES)
            elif key == "security":
                kw[key] = r.choice(val, at, ("starttls", "tls", "none"))
            elif key == "port":
                kw[key] = r.integer(val, at, minimum=1)
                if kw[key] > 65535:
                    r.fail(at, f"expected a port number up to 65535, got {kw[key]}")
            elif key == "timeout":
                kw[key] = r.positive_duration(val, at)
            elif key == "ca_file":
                kw[key] = self.base / Path(r.string(val, at)).expanduser()
            elif key == "to":
                kw[key] = r.strings(val, at, single=True)
                if not kw[key]:
                    r.fail(at, "must name at least one address")
                for i, address in enumerate(kw[key]):
                    self.address(address, (*at, i))
            elif key == "from":
                kw["sender"] = self.address(r.string(val, at), at)
            else:  # host, username
                kw[key] = r.string(val, at)
        if kind == "email" and "port" not in kw:  # the port that goes with the security
            kw["port"] = {"tls": 465, "none": 25}.get(str(kw.get("security")), 587)
        if kind == "email" and "security" not in kw and kw["port"] == 465:  # and the reverse
            kw["security"] = "tls"
        cls = {"console": ConsoleSettings, "telegram": TelegramSettings,
               "email": EmailSettings, "webhook": WebhookSettings}[kind]
        return cls(**kw)

    def address(self, text: str, where: KeyPath) -> str:
        """A light check: a typo like ``me.example.org`` should fail here, not at 3 a.m."""
        addr = text.rsplit("<", 1)[-1].strip().rstrip(">")  # "Name <a@b>" or "a@b"
        if "@" not in addr or any(c.isspace() for c in addr):
            self.r.fail(where, f'expected an email address like "me@example.org", got "{text}"')
        return text.strip()

    def quiet_hours(self, value: object, where: KeyPath) -> QuietHours:
        text = self.r.string(value, where)
        match = _CLOCK.match(text)
        hours = [int(match.group(i)) for i in (1, 3)] if match else []
        minutes = [int(match.group(i)) for i in (2, 4)] if match else []
        if not match or max(hours) > 23 or max(minutes) > 59:
            self.r.fail(where, f'expected a time range like "22:00-07:00", got "{text}"')
        start, end = (time(h, m) for h, m in zip(hours, minutes, strict=True))
        if start == end:
            self.r.fail(where, f'start and end are the same, got "{text}"')
        return QuietHours(start, end)

    def cues(self, value: object) -> dict[str, dict[str, tuple[str, ...]]]:
        """``[cues.LANG]`` tables, each checked on its own so that check-config reports every
        table's error (a user's review: only the first of several was told). A table name
        is a language tag in any case ("EL", "pt-BR")."""
        out: dict[str, dict[str, tuple[str, ...]]] = {}
        named: dict[str, str] = {}  # each language's first table, as the file spells it
        for lang, table in self.r.table(value, ("cues",)).items():
            if lang.lower() in named:
                # ("[cues.it]: the same language as [cues.it]" named itself, not [cues.IT])
                self._collect(partial(self.r.fail, ("cues", lang),
                                      f"the same language as [cues.{named[lang.lower()]}]: "
                                      "one table per language"))
                continue
            named[lang.lower()] = lang
            found = self._collect(partial(self._cue_table, lang, table))
            if found is not None:
                out[lang.lower()] = found
        return out

    def _cue_table(self, lang: str, table: object) -> dict[str, tuple[str, ...]]:
        r, where = self.r, ("cues", lang)
        if not _LANG.fullmatch(lang.lower()):
            r.fail(where, f'expected a language code like "en" as table name, got "{lang}"')
        phrases = r.table(table, where)
        r.check_keys(phrases, where, (*STATUSES, "returning"))
        found = {s: r.strings(p, (*where, s)) for s, p in phrases.items()}
        seen: dict[str, str] = {}
        for status, words in found.items():
            try:  # the classifier's own check, so that check-config names file and line
                Lexicon.builtin().extended({lang.lower(): {status: words}})
            except ConfigError as err:
                r.fail((*where, status), err.message)
            for phrase in words:
                key = " ".join(phrase.casefold().split())  # "*abgesagt" is no "abgesagt"
                if seen.get(key, status) != status:
                    r.fail((*where, status), f'"{phrase}" is listed under {seen[key]} too: '
                                             "a phrase tells one status")
                seen[key] = status
        return found
