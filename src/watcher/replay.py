"""``watcher replay FILE.jsonl``: a backtest of the watches over recorded items.

No network, no store, no delivery: items are read, sorted by publication time and fed to a fresh
``Tracker`` with ``now`` set to each item's publication time, so the alerts printed are the ones
the daemon would have sent had it seen the items as they were published. The config's
``retention`` is applied in the items' time, as the daemon's prunes would (:class:`Pruning`).
A line whose entry (``id``, else ``link``) was read under another headline is a revision, as the
daemon's polls make one of an entry rewritten in place (``watcher.revisions``).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

from watcher import retention as retention_rule
from watcher.core.cues import Lexicon
from watcher.core.tracker import Tracker
from watcher.core.types import AlertIntent, Outcome
from watcher.errors import UsageError
from watcher.models import Item
from watcher.normalize import EPOCH_END, clean_text, guess_lang
from watcher.revisions import is_revision, revision_of, stale, title_print
from watcher.settings import Settings

REQUIRED = ("title", "link", "published", "source")


MAX_TOLD = 10  # bad lines named one by one; the rest counted


def read_items(path: Path | str, revised: dict[str, datetime] | None = None) -> list[Item]:
    """Read replay input (``-``: standard input); bad lines are an error naming each
    ``FILE:LINE`` and its problem (the first ``MAX_TOLD``, then how many more), so that a large
    export is fixed in one go.

    JSON Lines split on newlines only: U+2028, U+2029 and U+0085 are legal inside a JSON
    string (``jq -c`` writes them raw), and ``str.splitlines`` cut such a line in two (a
    user's review). A UTF-8 byte-order mark (PowerShell, Excel) is skipped. A line repeated
    (the same identity, headline and text: merged exports overlap) is read once, as the daemon
    stores an article once. A line of an entry read before under another headline is a
    revision (:func:`_revisions`); ``revised`` gets their keys, with when their story ran."""
    # "-" as given, not as a Path spells it: "./-" is a file named "-" (a code review)
    if path == "-" and sys.stdin is None:
        raise UsageError("-: standard input is closed")
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except FileNotFoundError as err:
        raise UsageError(f"{path}: no such file") from err
    except OSError as err:
        raise UsageError(f"{path}: cannot read: {err.strerror or err}") from err
    data = data.removeprefix(b"\xef\xbb\xbf")
    lines: list[tuple[Item, datetime | None]] = []  # each item with its ``updated`` date
    seen: set[tuple[str, str, str]] = set()
    problems: list[str] = []
    for number, raw in enumerate(data.split(b"\n"), 1):
        where = f"{path}:{number}"
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as err:
            problems.append(f"{where}: not UTF-8 (byte {err.start + 1} of the line)")
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append(f"{where}: not JSON: {err.msg} (column {err.colno})")
            continue
        if not isinstance(record, dict):
            problems.append(f"{where}: expected a JSON object per line")
            continue
        try:
            item, updated = _item(record, where)
        except UsageError as err:
            problems.append(str(err))
            continue
        identity = (item.key, item.title, item.summary)
        if identity not in seen:
            seen.add(identity)
            lines.append((item, updated))
    if problems:
        more = len(problems) - MAX_TOLD
        told = problems[:MAX_TOLD] + ([f"... and {more} more bad lines"] if more > 0 else [])
        raise UsageError("\n  ".join(told))
    return _revisions(lines, {} if revised is None else revised)


def _revisions(lines: list[tuple[Item, datetime | None]],
               revised: dict[str, datetime]) -> list[Item]:
    """The items of ``lines`` (each with its ``updated`` date), an entry's line under a headline
    it had not had before made a revision as the daemon's poll makes one
    (``revisions.revision_of``): an item of its own, dated when it was written, which joins its
    story. Kept under the entry's key, it was skipped by the tracker as that entry seen again,
    and an outlet's in-place "summit called off" the daemon alerts went untold (a user's review,
    session 46). ``revised`` gets each revision's key and when its story ran (its entry's first
    line), by which ``max_item_age`` keeps an old story retouched quiet, as live.

    Lines are read in the order they were written (``updated`` when later than ``published``),
    not as the file lists them: a newest-first export must not make the first headline the
    revision. A retitled line has no fetch time; the time it was written stands in for it."""
    out = [item for item, _ in lines]
    # an entry is its outlet's: another outlet's id "12345" is another entry (the daemon's
    # keys are a feed's own)
    prints: dict[tuple[str, str], str] = {}  # entry -> its latest headline's fingerprint
    ran: dict[tuple[str, str], datetime] = {}  # entry -> when its story ran
    # lines written at the same time keep the file's direction: a newest-first export lists
    # an entry's rewrite before its first headline (a code review)
    sign = -1 if _newest_first(out) else 1
    owner: dict[str, str] = {}  # id -> the outlet whose lines carry it first
    for n in sorted(range(len(lines)), key=lambda n: (_written(*lines[n]), sign * n)):
        item, updated = lines[n]
        entry = (item.source, item.key)
        if owner.setdefault(item.key, item.source) != item.source:
            # another outlet's entry under the same id: an item of its own (the tracker takes
            # an item key seen before for that item again)
            item = out[n] = replace(item, key=f"{item.key}@{item.source}")
        print_ = title_print(item.title)
        known = prints.get(entry)
        prints[entry] = print_
        ran[entry] = min(ran.get(entry, item.published), item.published)
        if is_revision(known, print_):
            out[n] = revision_of(item, updated, print_, _written(item, updated))
            revised[out[n].key] = ran[entry]
    return out


def _newest_first(items: list[Item]) -> bool:
    """Does the file list its lines newest first (more steps back in time than forward)?"""
    steps = [b.published - a.published for a, b in pairwise(items)]
    back = sum(1 for d in steps if d.total_seconds() < 0)
    return back > sum(1 for d in steps if d.total_seconds() > 0)


def _written(item: Item, updated: datetime | None) -> datetime:
    """When a line's headline was written: its ``updated`` date when later than ``published``."""
    return item.published if updated is None else max(item.published, updated)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _item(record: dict[str, Any], where: str) -> tuple[Item, datetime | None]:
    """A line's item, and its ``updated`` date when it has one."""
    # half an emoji (a lone surrogate: a JSON escape cut by another tool) becomes U+FFFD in any
    # field: printing it failed after the first alerts were out (a user's review; a link or an
    # id too, a code review)
    record = {k: _SURROGATE.sub("\ufffd", v) if isinstance(v, str) else v
              for k, v in record.items()}
    missing = [k for k in REQUIRED if not record.get(k)]
    if missing:
        raise UsageError(f"{where}: missing {', '.join(missing)}")
    for key in (*REQUIRED, "summary", "lang", "id", "updated"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise UsageError(f"{where}: {key}: expected a string, got {type(record[key]).__name__}")
    published = _date(record, "published", where)
    updated = _when(record, "updated", where) if record.get("updated") else None
    if updated is not None and updated < EARLIEST:
        updated = None  # a placeholder there means "not updated", as the daemon reads it
    link = str(record["link"])
    key = str(record.get("id") or link or hashlib.sha1(
        f"{record['title']}|{published.isoformat()}".encode()).hexdigest())
    return Item(
        key=key, title=clean_text(record["title"]),
        summary=clean_text(record.get("summary") or ""), link=link,
        source=clean_text(record["source"]), published=published,
        lang=record.get("lang"), guid=record.get("id"), first_seen=published,
    ), updated


# The dates a line may give: before ``EARLIEST`` is a placeholder for "no date" (the Unix epoch,
# Go's and Hugo's zero time 0001-01-01), the daemon's bound (``normalize.EPOCH_END``); from 3000
# on no publication time. Year 1 minus the retention, or year 9999 plus a tracker's window,
# overflowed into a traceback (a code review, finding 5).
EARLIEST = EPOCH_END
LATEST = datetime(3000, 1, 1, tzinfo=UTC)


def _when(record: dict[str, Any], field: str, where: str) -> datetime:
    """``record[field]`` as an aware UTC datetime (a time without an offset is UTC), before
    ``LATEST``; a bad one is an error naming the line."""
    text = record[field]
    try:
        when = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        when = when.astimezone(UTC)
    except (ValueError, OverflowError) as err:
        raise UsageError(f"{where}: {field}: not a usable ISO 8601 date: {text!r}") from err
    if when >= LATEST:
        raise UsageError(f"{where}: {field}: {text!r} is after {LATEST.year - 1}: not a time an "
                         "article was written")
    return when


def _date(record: dict[str, Any], field: str, where: str) -> datetime:
    """``_when``, and not before ``EARLIEST``."""
    when = _when(record, field, where)
    if when < EARLIEST:
        raise UsageError(f"{where}: {field}: {record[field]!r} is before {EARLIEST.year}: a "
                         "placeholder for no date (the Unix epoch, Go's zero time); give the "
                         "article's time")
    return when


def from_feeds(items: Iterable[Item], settings: Settings) -> list[Item]:
    """``items`` as the daemon would have read them from the configured feeds.

    A recorded item names its outlet in ``source``; when that is a configured feed's name (or
    URL), the item gets the feed's URL, which a watch's ``feeds = [...]`` selects by (without it
    such a watch never matched a replayed item), and, when it does not say its language, the
    feed's ``lang``, else the daemon's guess from its words (``normalize.guess_lang``).
    """
    by_source = {f.url: f for f in settings.feeds} | {f.name: f for f in settings.feeds}
    out: list[Item] = []
    for item in items:
        feed = by_source.get(item.source)
        feed_url = item.feed_url or (feed.url if feed is not None else "")
        lang = item.lang or (feed.lang if feed is not None else None) or guess_lang(
            f"{item.title} {item.summary}")
        if (feed_url, lang) != (item.feed_url, item.lang):
            item = replace(item, feed_url=feed_url, lang=lang)
        out.append(item)
    return out


def replay(
    items: Iterable[Item], settings: Settings,
    progress: Callable[[int, int], None] | None = None,
    forgotten: list[str] | None = None, revised: Mapping[str, datetime] | None = None,
) -> Iterator[tuple[Outcome, AlertIntent]]:
    """Yield (outcome, alert) for every alert the watches would have raised; ``forgotten``
    gets the ids of the events the retention dropped on the way. ``revised`` (from
    :func:`read_items`): the revisions' keys, with when their story ran; one of a story older
    than ``max_item_age`` is tracked, not alerted, as the daemon's poll does
    (``revisions.stale``). Any other item is replayed as news (seen when it was published)."""
    ordered = sorted(from_feeds(items, settings), key=lambda i: (i.published, i.key))
    tracker = Tracker(settings.watches, lexicon=Lexicon.builtin().extended(settings.cues),
                      notifiers=settings.notifier_names())
    pruning = Pruning(settings.daemon.retention)
    revised = revised or {}
    for n, item in enumerate(ordered, 1):
        gone = pruning.before(tracker, item.published)
        if forgotten is not None:
            forgotten.extend(gone)
        ran = revised.get(item.key)
        alertable = ran is None or not stale(ran, item.published, settings.daemon.max_item_age)
        outcome = tracker.process(item, item.published, alertable=alertable)
        for alert in outcome.alerts:
            yield outcome, alert
        if progress is not None:
            progress(n, len(ordered))


class Pruning:
    """``[daemon] retention`` as the daemon applies it, in the replayed items' time: a prune
    every ``retention.EVERY`` (six hours) from the first item, forgetting what the daemon's
    would (``Pipeline.prune``: events last seen before the horizon, but the open ones whose day
    is still within it). Without it a months-long backtest kept every event the daemon had
    forgotten, and told an article as a change of a long-gone event (a user's review, session
    45: a background piece pruned live took a strike's call-off in the replay)."""

    def __init__(self, retention: timedelta | None) -> None:
        self.retention = retention
        self.start: datetime | None = None
        self.last: datetime | None = None  # the latest prune's time

    def before(self, tracker: Tracker, at: datetime) -> list[str]:
        """Run the prunes due by ``at`` (the latest one alone: it forgets what the earlier
        ones would have); the ids of the events forgotten."""
        if self.retention is None:
            return []
        every = timedelta(seconds=retention_rule.EVERY)
        if self.start is None:
            self.start = at
        due = self.start + every * ((at - self.start) // every)
        if self.last is not None and due <= self.last:
            return []
        self.last = due
        try:
            horizon = due - self.retention
        except OverflowError:  # before year 1: nothing is that old (``_date`` refuses such)
            return []
        return tracker.prune(horizon, retention_rule.awaited(tracker.events(), horizon))


class TerminalProgress:
    """"replay: 1200/3435 items (34%)" on a terminal, redrawn in place on stderr. Alerts printed
    to the same terminal first :meth:`clear` it, or the next alert line would be glued to the
    progress (a user's review: "replay: 200/3435 items (5%)STATUS CHANGE ...")."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self._shown = False  # a progress line is on the screen

    def __call__(self, done: int, total: int) -> None:
        if total >= 500 and (done % 200 == 0 or done == total):
            self._stream.write(f"\r\x1b[Kreplay: {done}/{total} items ({100 * done // total}%)")
            self._shown = done != total
            if done == total:
                self._stream.write("\n")
            self._stream.flush()

    def clear(self) -> None:
        """Take the progress line off the screen (it is drawn again at the next step)."""
        if self._shown:
            self._stream.write("\r\x1b[K")
            self._stream.flush()
            self._shown = False


def terminal_progress(stream: Any = None) -> TerminalProgress | None:
    """A progress line on a terminal for long inputs; nothing when piped. ``stream`` defaults to
    ``sys.stderr`` as it is at the call (not at import: a redirected stderr is honoured)."""
    stream = sys.stderr if stream is None else stream
    return TerminalProgress(stream) if stream.isatty() else None
