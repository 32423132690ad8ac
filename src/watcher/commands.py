"""The bodies of the one-shot commands (``once``, ``events``, ``explain``, ``replay``,
``test-notify``, ``status``): each takes validated settings, prints, and returns an exit status."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import AsyncIterator, Collection, Mapping
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from watcher.clock import utcnow
from watcher.config_summary import COUNTRY_CODES
from watcher.core.text import language_code
from watcher.core.types import AlertIntent
from watcher.durations import format_count
from watcher.errors import StoreError, UsageError, WatcherError
from watcher.models import FeedState
from watcher.notify.render import local_time
from watcher.redact import redact
from watcher.settings import Settings
from watcher.store import Delivery, SQLiteStore, open_store

if TYPE_CHECKING:
    from watcher.notify.sender import Sender
    from watcher.pipeline import Pipeline


def _local(dt: datetime | None, settings: Settings) -> str:
    if dt is None:
        return "never"
    return dt.astimezone(settings.daemon.timezone).strftime("%Y-%m-%d %H:%M %Z")


def _ago(dt: datetime | None, now: datetime) -> str:
    if dt is None:
        return "never"
    seconds = int((now - dt).total_seconds())
    future = seconds < 0
    seconds = abs(seconds)
    if seconds < 90:
        text = f"{seconds} s"
    elif seconds < 5400:
        text = f"{seconds // 60} min"
    elif seconds < 172800:
        text = f"{seconds // 3600} h"
    else:
        text = f"{seconds // 86400} d"
    return f"in {text}" if future else f"{text} ago"


def _existing_store(settings: Settings, *, quiet: bool = False) -> SQLiteStore | None:
    """The database for a command that only reads it; ``None`` (and a note on stderr unless
    ``quiet``) when there is none yet. Opening creates the file and its folders, which a read
    must not do: a typo in ``--database`` left a stray empty database behind and reported "no
    events yet"."""
    path = settings.daemon.database
    if str(path) != ":memory:" and not Path(path).exists():
        if quiet:
            return None
        print(f"watcher: no database at {path} yet (the daemon has not run with this config; "
              "--database names another file)", file=sys.stderr)
        return None
    try:
        return open_store(str(path))
    except StoreError as err:
        # a database the reader may not write (an operator's account, a read-only copy): read
        # it as it is; the error that tells the most is the first one
        writable = os.access(path, os.W_OK) and os.access(Path(path).parent, os.W_OK)
        if str(path) == ":memory:" or writable:
            raise
        try:
            return open_store(str(path), readonly=True)
        except StoreError:
            raise err from None


@contextlib.asynccontextmanager
async def _poller(settings: Settings) -> AsyncIterator[tuple[Pipeline, Sender]]:
    """What ``once`` and ``run`` share: the database's poller lock (``runlock``: one poller per
    database), its store, a pipeline and a sender; closed in reverse, whatever fails."""
    from watcher.notify.sender import Sender
    from watcher.pipeline import Pipeline
    from watcher.runlock import poller_lock

    async with contextlib.AsyncExitStack() as stack:
        stack.enter_context(poller_lock(settings.daemon.database))
        store = open_store(str(settings.daemon.database))
        stack.callback(store.close)
        store.check_writable()
        pipeline = Pipeline(settings, store)
        stack.push_async_callback(pipeline.aclose)
        sender = Sender(settings, store)
        stack.push_async_callback(sender.aclose)
        yield pipeline, sender


async def once(settings: Settings) -> int:
    """One pass: poll every feed, deliver due alerts, print the summary; feed errors are
    reported, not fatal."""
    from watcher.config_summary import warnings

    async with _poller(settings) as (pipeline, sender):
        summary = await pipeline.poll_all()
        # a database that refused the polls' writes (disk full, another writer) would refuse
        # the records of what is sent too, and this process forgets them when it exits: the
        # next run would send them again. Nothing is sent; the outbox keeps them (a user's
        # review: a full disk sent Telegram alerts twice and `once` exited 0)
        report = None if summary.unstored else await sender.deliver_due()
        unrecorded = await sender.record_sent()
        # retention, as the daemon's job does every few hours: a timer or cron running `once`
        # kept every item for ever (a user review); not on a database that refuses writes
        pruned, prune_error = 0, None
        if not (summary.unstored or unrecorded):
            try:
                pruned = await pipeline.prune()
            except WatcherError as err:
                prune_error = str(err)
    for warning in warnings(settings):
        print(f"warning: {warning}", file=sys.stderr)
    for r in summary.results:
        if r.error:
            print(redact(f"error: {r.name} ({r.url}): {r.error}"), file=sys.stderr)
        elif r.skipped:
            print(redact(f"skipped: {r.name} ({r.url}): {r.skipped}"), file=sys.stderr)
        elif r.warning:
            print(redact(f"warning: {r.name} ({r.url}): {r.warning}"), file=sys.stderr)
    # the errors that decide the exit status first, on stderr: a closed or full stdout must not
    # swallow them (a code review)
    if summary.unstored:
        print(f"error: the database refused the writes of "
              f"{format_count(summary.unstored, 'poll')} (see the errors above): nothing was "
              f"sent, so that no alert goes out twice; free disk space (or stop the other "
              f"writer) and run again", file=sys.stderr)
    if unrecorded:
        print(f"error: {format_count(unrecorded, 'alert')} went out but could not be recorded "
              f"as sent: the next run sends them again unless the database takes writes "
              f"first", file=sys.stderr)
    if prune_error:
        print(redact(f"warning: retention skipped: {prune_error}"), file=sys.stderr)
    print(summary)
    print(f"deliveries: {report}" if report is not None
          else "deliveries: none tried, the database refused writes")
    if pruned:
        print(f"retention: removed {format_count(pruned, 'old item')}")
    return 1 if summary.unstored or unrecorded else 0


def events(settings: Settings, *, watch: str | None, as_json: bool,
           since: timedelta | None = None, statuses: Collection[str] | None = None,
           limit: int | None = None, now: datetime | None = None) -> int:
    """The stored events, the last seen first. ``--watch`` takes a watch of the config or one
    the stored events were tracked for (a watch since removed or renamed: its events are still
    in the database). ``--since``, ``--status`` and ``--limit`` narrow a list that after weeks
    runs to thousands of lines (a user's review, session 41)."""
    configured = watch is None or watch in {w.name for w in settings.watches}
    store = _existing_store(settings) if configured else _existing_store(settings, quiet=True)
    rows: list[dict[str, Any]] = []
    if store is not None:
        try:
            rows = store.events(watch)
        finally:
            store.close()
    if not configured and not rows:
        raise UsageError(f"--watch: no watch named {watch!r} in {settings.path}")
    stored = len(rows)
    rows = narrowed(rows, since=since, statuses=statuses, now=now or utcnow())
    more = max(len(rows) - limit, 0) if limit is not None else 0
    rows = rows[:limit] if limit is not None else rows
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("no events yet" if not stored else f"none of the {format_count(stored, 'event')}"
              " stored is in the range asked")
    tz = settings.daemon.timezone  # JSON stays in UTC, as DESIGN has it; text is for people
    for e in rows:
        sources = len({i["source"] for i in e["items"]})
        print(f"{e['status']:<10} {e['title']}  [{', '.join(e['watches'])}]")
        print(f"           {e['id']}  {format_count(len(e['items']), 'item')} from "
              f"{format_count(sources, 'source')}, "
              f"first {local_time(e['first_seen'], tz)}, last {local_time(e['last_seen'], tz)}")
        for h in e["history"]:
            print(f"           {local_time(h['at'], tz)}  -> {h['status']}  {h['link'] or ''}")
    if more:
        print(f"... and {format_count(more, 'event')} more (--limit)")
    return 0


def narrowed(rows: list[dict[str, Any]], *, since: timedelta | None,
             statuses: Collection[str] | None, now: datetime) -> list[dict[str, Any]]:
    """``rows`` (``Store.events``) with an article since ``now - since`` and a status among
    ``statuses`` (None: any)."""
    if since is not None:
        cutoff = now - since
        rows = [e for e in rows if datetime.fromisoformat(e["last_seen"]) >= cutoff]
    if statuses is not None:
        rows = [e for e in rows if e["status"] in statuses]
    return rows


def explain(settings: Settings, link: str) -> int:
    """Re-run the decision for a stored item against the current events, without changing them."""
    from watcher.core.cues import Lexicon
    from watcher.core.match import why_not
    from watcher.core.tracker import Tracker
    from watcher.normalize import canonical_link

    store = _existing_store(settings)
    if store is None:
        raise UsageError(f"no stored item with link {link}")
    try:
        canon = canonical_link(link)
        # the feed's spelling first, then the one a browser shows (https, www.): one article to
        # watcher (``normalize.item_key`` ignores both), so one to explain
        item = next(filter(None, map(store.item_by_link, _spellings(canon) if canon else [])),
                    None) or store.item_by_link(link)
        if item is None:
            raise UsageError(f"no stored item with link {link}")
        joined = store.item_event(item.key)
        moves, alerts = store.item_trail(item.key, joined) if joined else ([], [])
        tracker = Tracker(settings.watches, lexicon=Lexicon.builtin().extended(settings.cues),
                          notifiers=settings.notifier_names(),
                          events=store.load_events(), keys={item.key: joined} if joined else None)
    finally:
        store.close()
    alone = tracker.set_aside(item, joined) if joined else None  # its event was not there
    outcome = tracker.explain(item, utcnow())
    print(f"item:     {item.title}")
    print(f"          {item.source}, {local_time(item.published, settings.daemon.timezone)}"
          f", lang {item.lang or '?'}")
    print(f"          {item.link}")
    if item.feed_url and settings.feed(item.feed_url) is None:
        # a feed since removed from the config: the watches' ``feeds`` may no longer take it
        print(redact(f"feed:     {item.feed_url} (no longer in the config)"))
    if not outcome.matches:
        print("watches:  none matched")
    for m in outcome.matches:
        print(f"watch:    {m.watch} (keywords: {', '.join(m.keywords) or 'all items'})")
    taken = {m.watch for m in outcome.matches}
    for m in tracker.matcher.match(item):
        if m.watch not in taken:
            print(f"not:      {m.watch}: a passing mention (only the summary names "
                  f"{', '.join(m.keywords)}; the headline names another watch's keyword)")
    absent = []
    for name, why in why_not(tracker.matcher, item):
        if why.startswith("none of its keywords"):
            absent.append(name)
        else:
            print(f"not:      {name}: {why}")
    if absent:
        shown = ", ".join(absent[:8]) + (f" and {len(absent) - 8} more" if len(absent) > 8
                                          else "")
        print(f"not:      {shown}: none of their keywords found")
    reading = outcome.reading
    if not outcome.matches:  # read anyway: what it would report, had a watch taken it
        reading = tracker.lexicon.read(item.title, item.summary, item.lang)
    print(f"status:   {reading.status or 'none'} (score {reading.score:.2f})"
          f"{' - a return' if reading.returning else ''}")
    code = language_code(item.lang)
    if not reading.cues and code and code not in tracker.lexicon.languages:
        # a user's review: Greek articles printed "status: none" and nothing else
        right = COUNTRY_CODES.get(code, (code, ""))[0]
        print(f'  note:   watcher has no status phrases in "{code}": add them as [cues.{right}]'
              + (f' ("{code}" is a country\'s code)' if right != code else ""))
    for cue in reading.cues:
        state = f"blocked: {cue.blocked}" if cue.blocked else "counts"
        print(f"  cue:    {cue.status:<10} {cue.phrase!r} in {cue.field} ({state}, "
              f"weight {cue.weight:.1f})")
    for event_id, score in outcome.candidates[:5]:
        event = tracker.event(event_id)
        title = getattr(event, "title", "?")
        own = event_id == joined
        # its own event holds the article: the score counts it, and a word is shared when
        # another of its articles has it too (``Tracker.join_evidence``)
        print(f"  candidate: {event_id} score {score:.3f}  {title}"
              + ("  [its own event, with this article]" if own else ""))
        shared, against = tracker.join_evidence(item, event_id, own=own)
        print(f"             shared: {', '.join(shared) or 'nothing but the keywords'}"
              f"{'; against: ' + against if against else ''}")
    if joined and not outcome.matches:
        # read when another config was in force (a feed or watch since removed or changed)
        event = tracker.event(joined) or alone
        print(f"decision: {outcome.reason} now; stored in event {joined} "
              f"({getattr(event, 'title', 'since pruned')}) when it was read")
    else:
        print(f"decision: {outcome.reason or ('event ' + str(outcome.event_id))}")
    if joined:
        _print_trail(moves, alerts)
    return 0


def _print_trail(moves: list[dict[str, Any]], alerts: list[dict[str, Any]]) -> None:
    """What a stored item did when it was read: the status it moved its event to, and the
    alerts it caused, with who was told and when (a stored item's decision is otherwise only
    "already in event X")."""
    for m in moves:
        print(f"  when read: status {m['previous'] or 'none'} -> {m['status']}")
    for a in alerts:
        told = {"delivered": f"delivered {a['done_at']}",
                "failed": f"failed {a['done_at']}: {a['error']}",
                "superseded": f"not sent: a later alert of its event went out first "
                              f"({a['done_at']})"}.get(a["state"], a["state"])
        print(f"  alert:  {a['kind']} {a['status']} for {a['watch']} to {a['notifier']}: "
              f"{told}")
    if not alerts:
        print("  alert:  none caused by this article")


def _spellings(link: str) -> list[str]:
    """``link`` (canonical), then itself with the other scheme and with or without ``www.``."""
    rest = link.split("://", 1)[1].removeprefix("www.")
    others = [f"{scheme}://{www}{rest}" for scheme in ("https", "http") for www in ("", "www.")]
    return [link, *(other for other in others if other != link)]


def describe(alert: AlertIntent, tz: tzinfo = UTC) -> str:
    """One alert for a terminal: what happened, to which event, from which article; its time
    in ``tz`` (``daemon.timezone``), as the messages show it."""
    e = alert.event
    if alert.kind == "new_event":
        head = f"NEW EVENT [{alert.watch}] {e.title} - {e.status}"
    else:
        head = f"STATUS CHANGE [{alert.watch}] {e.title}: {e.previous_status} -> {e.status}"
    item = alert.item
    return (f"{head} ({format_count(e.sources, 'source')})\n"
            f"    {local_time(item.published, tz)} {item.source}: {item.title}\n"
            f"    {item.link}")


def replay_file(settings: Settings, path: Path | str, *, as_json: bool) -> int:
    from watcher.replay import read_items, replay, terminal_progress

    items = read_items(path)
    count = 0
    progress = terminal_progress()
    for _outcome, alert in replay(items, settings, progress=progress):
        count += 1
        if progress is not None:
            progress.clear()
        if as_json:
            print(json.dumps(alert.payload(), ensure_ascii=False))
        else:
            print(describe(alert, settings.daemon.timezone))
    if not as_json:
        print(f"{count} alerts from {len(items)} items")
    return 0


async def test_notify(settings: Settings, name: str | None) -> int:
    from watcher.notify.sender import Sender

    if name is not None and settings.notifier(name) is None:
        known = ", ".join(n.name for n in settings.notifiers) or "none configured"
        raise UsageError(f"no notifier named {name!r} (known: {known})")
    if not settings.notifiers:
        raise UsageError(f"{settings.path}: no notifiers configured")
    store = open_store(str(settings.daemon.database))
    sender = Sender(settings, store)
    try:
        results = await sender.test(name)
    finally:
        await sender.aclose()
        store.close()
    failed = 0
    for notifier, error in results:
        if error is None:
            print(f"{notifier}: test message sent")
        else:
            failed += 1
            print(redact(f"{notifier}: FAILED: {error}"))
    return 1 if failed else 0


def status(settings: Settings) -> int:
    store = _existing_store(settings)
    states: dict[str, FeedState] = {}
    counts: dict[str, dict[str, int]] = {}
    failed: list[tuple[Delivery, str]] = []
    errors: dict[str, str] = {}
    if store is not None:
        try:
            states = {s.url: s for s in store.feed_states()}
            counts = store.delivery_counts()
            errors = store.pending_errors()
            failed = store.failed_deliveries(limit=10)
        finally:
            store.close()
    now = utcnow()
    print(f"database: {settings.daemon.database}")
    for feed in settings.feeds:
        s = states.get(feed.url)
        print(redact(f"{feed.name}  {feed.url}"))
        if s is None:
            print("    never polled")
            continue
        line = f"    last success: {_ago(s.last_success, now)}; items: {s.items}"
        if s.disabled:
            line += f"; DISABLED: {s.disabled}"
        else:
            line += f"; next poll: {_ago(s.next_due, now)}"
        print(line)
        if s.last_error:
            print(redact(f"    last error: {s.last_error} ({_ago(s.last_error_at, now)}); "
                         f"consecutive failures: {s.failures}"))
        if s.moved_to:
            print(redact(f"    moved permanently to {s.moved_to} (update the config)"))
    known = {f.url for f in settings.feeds}
    for url in sorted(set(states) - known):
        print(redact(f"(not in config) {url}: {states[url].items} items"))
    print("deliveries:")
    names = [n.name for n in settings.notifiers] + sorted(set(counts) - {
        n.name for n in settings.notifiers})
    for name in names:
        c: dict[str, Any] = counts.get(name, {})
        stale = f", {c['superseded']} superseded" if c.get("superseded") else ""
        print(f"    {name}: {c.get('delivered', 0)} delivered, {c.get('pending', 0)} pending, "
              f"{c.get('failed', 0)} failed{stale}")
        if name in errors:
            print(redact(f"        retrying: {errors[name]}"))
    for delivery, error in failed:
        print(redact(f"    failed: {delivery.notifier} {delivery.kind} {delivery.event_id}: "
                     f"{error}"))
    return 0


async def run_daemon(
    settings: Settings, *, config_path: Path | None, env: Mapping[str, str] = os.environ,
    database: Path | None = None,
) -> int:
    """Open the store, build the pipeline and sender, run until SIGTERM; the exit status.

    ``database`` is the ``--database`` option: a reload keeps it over the config's.

    ``WatcherError`` at start (a store from a newer version, say) propagates to the CLI, which
    prints it as one line.
    """
    from watcher.config import load_config
    from watcher.daemon import Daemon
    from watcher.sdnotify import SystemdNotifier

    notifier = SystemdNotifier(env)
    try:
        async with _poller(settings) as (pipeline, sender):
            daemon = Daemon(settings, pipeline, sender, notifier=notifier,
                            config_path=config_path, env=env, loader=load_config,
                            database=database)
            return await daemon.run()
    finally:
        notifier.close()
