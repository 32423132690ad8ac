"""The bodies of the one-shot commands (``once``, ``events``, ``explain``, ``replay``,
``test-notify``, ``status``): each takes validated settings, prints, and returns an exit status."""

from __future__ import annotations

import asyncio
import contextlib
import difflib
import json
import os
import sys
from collections.abc import AsyncIterator, Collection, Mapping
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from watcher.clock import utcnow
from watcher.core.types import AlertIntent
from watcher.disk import refusing
from watcher.durations import format_count, format_duration
from watcher.errors import StoreError, UsageError, WatcherError
from watcher.models import FeedState, iso
from watcher.notify.render import isolated as bidi
from watcher.notify.render import local_time
from watcher.redact import redact
from watcher.settings import Settings
from watcher.store import Delivery, SQLiteStore, open_store

if TYPE_CHECKING:
    from watcher.notify.sender import Sender, SendReport
    from watcher.pipeline import Pipeline


def _local(dt: datetime | None, settings: Settings) -> str:
    if dt is None:
        return "never"
    return dt.astimezone(settings.daemon.timezone).strftime("%Y-%m-%d %H:%M %Z")


# a poll this late is not coming from a running daemon (its polls are seconds late at most)
OVERDUE = timedelta(minutes=5)


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


# how long ``once`` goes on delivering a backlog the notifiers pace (Telegram: a message a
# second): a timer's next run may be an hour away
ONCE_DELIVERY_SECONDS = 120.0


async def _deliver_all(sender: Sender) -> SendReport:
    """Passes over the due deliveries until one sends nothing more, for ``ONCE_DELIVERY_SECONDS``
    at most. A pass gives each notifier ten seconds (``Sender``'s budget, so that a daemon's
    other work goes on); a first `once` of a hundred watches left eight Telegram alerts "held"
    for the next run, an interval late (a user's review, session 50). What waits for quiet
    hours' end or a retry stays held."""
    loop = asyncio.get_running_loop()
    end = loop.time() + ONCE_DELIVERY_SECONDS
    report = await sender.deliver_due()
    while report.deferred and loop.time() < end:
        more = await sender.deliver_due()
        report = report.then(more)
        if not more.sent:
            break
    return report


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
        report = None if summary.unstored else await _deliver_all(sender)
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


def _same_name(watch: str | None, names: list[str]) -> str | None:
    """The one configured watch whose name is ``watch`` in another case ("--watch putin" for
    "Putin"), when no events are stored under the name as typed (a watch since removed)."""
    same = [n for n in names if watch is not None and n.casefold() == watch.casefold()]
    return same[0] if len(same) == 1 else None


def events(settings: Settings, *, watch: str | None, as_json: bool,
           since: timedelta | None = None, statuses: Collection[str] | None = None,
           limit: int | None = None, now: datetime | None = None) -> int:
    """The stored events, the last seen first. ``--watch`` takes a watch of the config or one
    the stored events were tracked for (a watch since removed or renamed: its events are still
    in the database). ``--since``, ``--status`` and ``--limit`` narrow a list that after weeks
    runs to thousands of lines (a user's review, session 41). A status move of the history shows
    why it was made, the rule or cue, under it (``why`` in JSON; moves stored before schema 6
    have none)."""
    names = [w.name for w in settings.watches]
    configured = watch is None or watch in names
    store = _existing_store(settings) if configured else _existing_store(settings, quiet=True)
    rows: list[dict[str, Any]] = []
    if store is not None:
        try:
            rows = store.events(watch)
            same = _same_name(watch, names) if not (configured or rows) else None
            if same is not None:
                watch, configured, rows = same, True, store.events(same)
        finally:
            store.close()
    elif not configured and (same := _same_name(watch, names)) is not None:
        watch, configured = same, True
    if not configured and not rows and watch is not None:
        folded = {n.casefold(): n for n in names}
        near = difflib.get_close_matches(watch.casefold(), folded, n=3, cutoff=0.6)
        hint = (f" (did you mean {', '.join(repr(folded[n]) for n in near)}?)" if near
                else "")
        raise UsageError(f"--watch: no watch named {watch!r} in {settings.path}{hint}")
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
        # outlets, not "sources": an alert's "(2 sources)" counts independent ones, an agency's
        # copy in ten papers once (a user's review, session 52, read "19 sources" as confirmed)
        outlets = len({i["source"] for i in e["items"]})
        print(f"{e['status']:<10} {bidi(e['title'])}  [{', '.join(map(bidi, e['watches']))}]")
        print(f"           {e['id']}  {format_count(len(e['items']), 'item')} from "
              f"{format_count(outlets, 'outlet')}, "
              f"first {local_time(e['first_seen'], tz)}, last {local_time(e['last_seen'], tz)}")
        for h in e["history"]:
            print(f"           {local_time(h['at'], tz)}  -> {h['status']}  {h['link'] or ''}")
            if h.get("why"):  # the rule or cue that made the move (none before schema 6)
                print(f"             ({h['why']})")
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


def explain(settings: Settings, link: str, *, as_json: bool = False) -> int:
    """Re-run the decision for a stored item against the current events, without changing them
    (``watcher.explain``); ``as_json``: the same report as one JSON object."""
    from watcher.explain import explanation, print_explanation

    store = _existing_store(settings)
    if store is None:
        raise UsageError(f"no stored item with link {link}")
    try:
        report = explanation(settings, store, link, utcnow())
    finally:
        store.close()
    if as_json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print_explanation(report, settings.daemon.timezone)
    return 0


def describe(alert: AlertIntent, tz: tzinfo = UTC) -> str:
    """One alert for a terminal: what happened, to which event, from which article; its time
    in ``tz`` (``daemon.timezone``), as the messages show it."""
    e = alert.event
    if alert.kind == "new_event":
        head = f"NEW EVENT [{bidi(alert.watch)}] {bidi(e.title)} - {e.status}"
    else:
        head = (f"STATUS CHANGE [{bidi(alert.watch)}] {bidi(e.title)}: {e.previous_status} -> "
                f"{e.status}")
    item = alert.item
    return (f"{head} ({format_count(e.sources, 'source')})\n"
            f"    {local_time(item.published, tz)} {bidi(item.source)}: {bidi(item.title)}\n"
            f"    {item.link}")


def replay_file(settings: Settings, path: Path | str, *, as_json: bool) -> int:
    from watcher.replay import read_items, replay, terminal_progress

    revised: dict[str, datetime] = {}
    items = read_items(path, revised)
    count = 0
    progress = terminal_progress()
    forgotten: list[str] = []
    for _outcome, alert in replay(items, settings, progress=progress, forgotten=forgotten,
                                  revised=revised):
        count += 1
        if progress is not None:
            progress.clear()
        if as_json:
            print(json.dumps(alert.payload(), ensure_ascii=False))
        else:
            print(describe(alert, settings.daemon.timezone))
    if not as_json:
        print(f"{count} alerts from {len(items)} items")
        retention = settings.daemon.retention
        if forgotten and retention is not None:
            # the daemon's retention, applied in the items' time: say so, a backtest that
            # forgets must not look like a matching that missed (retention = "off" keeps all)
            print(f'retention = "{format_duration(retention)}": '
                  f"{format_count(len(forgotten), 'event')} forgotten on the way, as the daemon "
                  "would have")
    return 0


async def test_notify(settings: Settings, name: str | None) -> int:
    """A test message through ``name`` (None: every notifier); opens no database."""
    from watcher.notify.probe import send_test_messages

    if name is not None and settings.notifier(name) is None:
        known = ", ".join(n.name for n in settings.notifiers) or "none configured"
        raise UsageError(f"no notifier named {name!r} (known: {known})")
    if not settings.notifiers:
        raise UsageError(f"{settings.path}: no notifiers configured")
    results = await send_test_messages(settings, name)
    failed = 0
    for notifier, error in results:
        if error is None:
            print(f"{notifier}: test message sent")
        else:
            failed += 1
            print(redact(f"{notifier}: FAILED: {error}"))
    return 1 if failed else 0


def status(settings: Settings, *, as_json: bool = False) -> int:
    """Per-feed health and the outbox's deliveries; ``as_json``: the same as one JSON object
    (times in UTC ISO 8601, URLs redacted as in the text), for a monitoring script."""
    store = _existing_store(settings)
    states: dict[str, FeedState] = {}
    counts: dict[str, dict[str, int]] = {}
    failed: list[tuple[Delivery, str]] = []
    partly: list[tuple[Delivery, str]] = []  # delivered, some recipients refused
    errors: dict[str, str] = {}
    if store is not None:
        try:
            with store.snapshot():  # one picture, beside a daemon's commits
                states = {s.url: s for s in store.feed_states()}
                counts = store.delivery_counts()
                errors = store.pending_errors()
                failed = store.failed_deliveries(limit=10)
                partly = store.partly_delivered(limit=10)
        finally:
            store.close()
    known = {f.url for f in settings.feeds}
    # retention drops sent and failed alerts with their events: the counts are of a window, and
    # say so (a user's review, session 45: "4 delivered" after 13 alerts, without a word)
    now, window = utcnow(), settings.daemon.retention
    names = [n.name for n in settings.notifiers] + sorted(set(counts) - {
        n.name for n in settings.notifiers})
    # a disk that takes no writes: every poll fails, and the feeds' last states look healthy
    # (a user's review, ux18: "database or disk is full" only in the journal)
    disk = refusing(settings.daemon.database)
    if as_json:
        report = {
            "database": str(settings.daemon.database),
            "database_disk": disk,
            "feeds": [_feed_health(feed.name, feed.url, states.get(feed.url))
                      for feed in settings.feeds]
            + [_feed_health(None, url, states[url]) for url in sorted(set(states) - known)],
            "deliveries": {name: {
                **{state: counts.get(name, {}).get(state, 0)
                   for state in ("delivered", "pending", "failed", "superseded")},
                "retrying": redact(errors[name]) if name in errors else None,
            } for name in names},
            "failed": [{"notifier": d.notifier, "kind": d.kind, "event_id": d.event_id,
                        "error": redact(error)} for d, error in failed],
            "delivered_partly": [{"notifier": d.notifier, "kind": d.kind,
                                  "event_id": d.event_id, "note": redact(note)}
                                 for d, note in partly],
            # what the delivered and failed counts cover (None: retention off, every alert)
            "deliveries_cover": None if window is None else {
                "retention": format_duration(window),
                "since": iso(now - window),
                "also": "the alerts of events still kept, however old"},
        }
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print(f"database: {settings.daemon.database}")
    if disk is not None:
        print(f"    its disk takes no writes: {disk}; nothing polled can be stored until it does")
    for feed in settings.feeds:
        s = states.get(feed.url)
        print(redact(f"{feed.name}  {feed.url}"))
        if s is None:
            print("    never polled")
            continue
        line = f"    last success: {_ago(s.last_success, now)}; items: {s.items}"
        if s.disabled:
            line += f"; DISABLED: {s.disabled}"
        elif s.next_due is not None and now - s.next_due > OVERDUE:
            # no poller is running (polls by ``watcher once`` from cron, or the daemon stopped):
            # "next poll: 2 h ago" read as an alarm (a user's review, session 47)
            line += (f"; next poll: due {_ago(s.next_due, now)}, with the next `watcher once` "
                     "or when the daemon runs")
        elif s.next_due is not None and s.next_due <= now:
            line += "; next poll: due now"  # not "4 min ago" (a user's review, session 52)
        else:
            line += f"; next poll: {_ago(s.next_due, now)}"
        print(line)
        if s.last_error:
            print(redact(f"    last error: {s.last_error} ({_ago(s.last_error_at, now)}); "
                         f"consecutive failures: {s.failures}"))
        if s.moved_to:
            print(redact(f"    moved permanently to {s.moved_to} (update the config)"))
    for url in sorted(set(states) - known):
        print(redact(f"(not in config) {url}: {states[url].items} items"))
    if window is None:
        print("deliveries:")
    else:
        print(f"deliveries (sent or failed since {_local(now - window, settings)}, retention = "
              f'"{format_duration(window)}", and those of events still kept; pending: all):')
    for name in names:
        c: dict[str, Any] = counts.get(name, {})
        stale = f", {c['superseded']} superseded" if c.get("superseded") else ""
        print(f"    {name}: {c.get('delivered', 0)} delivered, {c.get('pending', 0)} pending, "
              f"{c.get('failed', 0)} failed{stale}")
        if name in errors:
            print(redact(f"        retrying: {errors[name]}"))
    for delivery, error in failed:
        # which news was missed, not only an event id (a user's review, session 47)
        event = delivery.payload.get("event") or {}
        told = (f" [{delivery.payload.get('watch')}] {event.get('title')}: "
                f"{event.get('status')}" if event.get("title") else "")
        print(redact(f"    failed: {delivery.notifier} {delivery.kind} {delivery.event_id}"
                     f"{told}: {error}"))
    # delivered to some of its recipients only: in the journal alone, "1 delivered" hid that
    # the partner's address gets nothing (a user's review, session 44)
    for delivery, note in partly:
        print(redact(f"    delivered, partly: {delivery.notifier} {delivery.kind} "
                     f"{delivery.event_id}: {note}"))
    return 0


def _feed_health(name: str | None, url: str, state: FeedState | None) -> dict[str, Any]:
    """One feed of ``status --json``: ``name`` None for a feed stored but no longer in the
    config, ``polled`` false (and nothing else known) for one never polled."""
    out: dict[str, Any] = {"name": name, "url": redact(url), "in_config": name is not None,
                           "polled": state is not None}
    if state is not None:
        out |= {"items": state.items, "last_success": iso(state.last_success),
                "next_poll": None if state.disabled else iso(state.next_due),
                "disabled": state.disabled,
                "last_error": redact(state.last_error) if state.last_error else None,
                "last_error_at": iso(state.last_error_at), "failures": state.failures,
                "moved_to": redact(state.moved_to) if state.moved_to else None}
    return out


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
    from watcher.disk import wait_for_disk
    from watcher.sdnotify import SystemdNotifier

    notifier = SystemdNotifier(env)
    try:
        if not await wait_for_disk(settings.daemon.database, notifier):
            return 0  # stopped while it waited
        async with _poller(settings) as (pipeline, sender):
            daemon = Daemon(settings, pipeline, sender, notifier=notifier,
                            config_path=config_path, env=env, loader=load_config,
                            database=database)
            return await daemon.run()
    finally:
        notifier.close()
