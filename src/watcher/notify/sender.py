"""Deliver due alerts from the outbox: retries with backoff, quiet hours, digests, order.

One ``deliver_due`` pass:

1. take the due deliveries from the store (oldest first) and group them by notifier;
2. run one task per notifier, so a slow or failing notifier never delays the others;
3. within a notifier, keep order: a transient failure stops that notifier's queue until the
   failed delivery's next attempt (in memory, and in the store through ``defer`` when the store
   offers it), so later alerts never overtake an earlier one; a notifier spends at most
   ``pass_budget`` seconds per pass, so a paced Telegram backlog never makes a pass long;
4. quiet hours: while quiet, deliveries whose status is not ``urgent`` wait (re-evaluated each
   pass from ``now``, so this needs no extra state and survives restarts); after the quiet period,
   those created during quiet hours go out as one digest message (one by one for notifiers
   without digests, e.g. webhooks); an alert held while a later one of its event went out
   (urgent) is stale and closed unsent (``Delivery.superseded``);
5. each result is recorded at once: ``mark_delivered`` with the notifier's thread ref, or
   ``mark_retry`` with an exponential backoff with jitter (a server's Retry-After is a floor), or
   ``mark_failed`` for permanent errors and alerts older than the policy's max age. An error of
   the notifier's config (bad token, chat_id, password, URL) is retried like an outage, logged
   as an error naming what to fix; a reload that changes the notifier, and a start, make its
   held alerts due at once.

Exactly once: the outbox key dedupes at enqueue and a delivery is marked right after its send,
so retries and restarts never resend a delivered alert. The one window left is a crash between a
successful send and ``mark_delivered`` (at-least-once there; the webhook passes the key as
``X-Watcher-Delivery`` so receivers can drop that duplicate). A stop is no such window: a message
handed to its notifier is sent and recorded even when the pass awaiting it is cancelled
(``_send``), and ``stop`` and ``finish`` let the daemon end sends rather than cut them (a code
review: ``systemctl stop`` during a slow SMTP exchange cancelled the pass, the server still took
the mail, the row stayed pending and the restart sent it again). A ``mark_delivered`` that fails
(database locked by another process, disk full) is remembered in memory and retried by the next
passes, which send nothing of that notifier's queue meanwhile.

The backoff and the giving up of step 5 are ``RetryPolicy``'s, in ``watcher.notify.retry_policy``
(imported here, where ``watcher.notify`` and the tests take it).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

from watcher.errors import NotifyError, WatcherError
from watcher.notify.base import Message, Notifier, build_notifier
from watcher.notify.probe import language_of, send_tests
from watcher.notify.quiet import is_quiet, quiet_end
from watcher.notify.retry_policy import MAX_RETRY_AFTER, RetryPolicy
from watcher.settings import NotifierSettings, Settings
from watcher.store.base import Delivery, Store

log = logging.getLogger(__name__)

# A send in flight at a stop may take its notifier's own timeout (``Notifier.timeout``, seconds;
# this for one that has none) and this margin more before ``finish`` gives up on it.
SEND_TIMEOUT = 10.0
SEND_MARGIN = 10.0


def _utcnow() -> datetime:
    return datetime.now(UTC)


def told(d: Delivery) -> str:
    """One delivery in words for the journal: the watch, the event, the change and the outlet
    ("budapest: 'Trump and Putin to meet in Budapest' planned -> postponed (AP)"), not the
    outbox key, which answers no "what did it tell me at 20:50?" (a user's review, session 41;
    the key is logged at debug level)."""
    p = d.payload if isinstance(d.payload, dict) else {}
    event, item = p.get("event"), p.get("item")
    event = event if isinstance(event, dict) else {}
    item = item if isinstance(item, dict) else {}
    before = event.get("previous_status")
    change = f"{before} -> {d.status}" if d.kind == "status_change" else f"new, {d.status}"
    title = str(event.get("title") or "")
    title = title if len(title) <= 80 else title[:79] + "…"
    return f"{p.get('watch', '?')}: {title!r} {change} ({str(item.get('source') or '?')!r})"


def _send_timeout(notifier: Notifier) -> float:
    """How long one send of ``notifier`` may take by its own timeout (``Notifier.timeout``)."""
    timeout = getattr(notifier, "timeout", None)
    return float(timeout) if isinstance(timeout, (int, float)) and timeout > 0 else SEND_TIMEOUT


def _note(notifier: Notifier, ref: str | None) -> str | None:
    """The note ``notifier`` keeps for the message it just sent (``Notifier``'s optional
    ``take_note``: email's refused recipients), kept beside the delivery for ``status``."""
    take = getattr(notifier, "take_note", None)
    note = take(ref) if callable(take) else None
    return note if isinstance(note, str) and note else None


@dataclass(slots=True)
class SendReport:
    """What one pass did. ``deferred`` counts deliveries held (quiet hours, blocked queue)."""

    sent: int = 0
    retried: int = 0
    failed: int = 0
    deferred: int = 0
    superseded: int = 0  # stale alerts dropped unsent (``Delivery.superseded``)
    errors: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.sent or self.retried or self.failed)

    def then(self, later: SendReport) -> SendReport:
        """This pass and a ``later`` one together: what both did, and what is still held."""
        return SendReport(self.sent + later.sent, self.retried + later.retried,
                          self.failed + later.failed, later.deferred,
                          self.superseded + later.superseded, self.errors + later.errors)

    def __str__(self) -> str:
        text = (f"{self.sent} sent, {self.retried} to retry, {self.failed} failed, "
                f"{self.deferred} held")
        if self.superseded:
            text += f", {self.superseded} superseded"
        return text + "".join(f"\n    {e}" for e in self.errors)



def _same_notifier(old: NotifierSettings, new: NotifierSettings) -> bool:
    """Do two settings of one notifier build the same notifier? Its ``language`` is read at
    each send, so a reload that changes only that keeps the notifier, its connections and its
    backoff (a code review: a language-only edit retried a chat inside Telegram's
    flood-control wait at once)."""
    return replace(old, language=new.language) == new

class Sender:
    # ``_threads`` keeps the latest events' refs only: it grew by one entry per event and
    # notifier for the daemon's lifetime, never pruned with the events (a code review). It
    # covers a pass whose follow-up was read before its event's first alert was recorded;
    # after that the store gives the ref (``Delivery.thread_ref``).
    threads_kept = 4096

    def __init__(
        self, settings: Settings, store: Store, *, clock: Callable[[], datetime] = _utcnow,
        notifiers: Mapping[str, Notifier] | None = None, retry: RetryPolicy | None = None,
        rng: random.Random | None = None, batch: int = 500, pass_budget: float = 10.0,
    ) -> None:
        self._settings = settings
        self._store = store
        self._clock = clock
        self._injected: dict[str, Notifier] = dict(notifiers or {})
        self._built: dict[str, tuple[NotifierSettings, Notifier]] = {}
        self._retired: list[Notifier] = []
        self._blocked: dict[str, datetime] = {}  # notifier -> no sends before (order, 429)
        self._threads: dict[tuple[str, str], str] = {}  # (notifier, event) -> ref seen here
        # deliveries sent whose mark_delivered failed (database locked, disk full): delivery id
        # -> (ref, sent at), recorded by a later pass and never sent again by this process
        # (and the delivery's note, ``_note``)
        self._unrecorded: dict[int, tuple[str | None, datetime, str | None]] = {}
        self._busy: set[str] = set()  # notifiers with a pass in flight
        # notifiers whose alerts waiting for a retry are tried at the next pass: all at the
        # start (a restart may have fixed watcher.env), a changed one at a reload (None: all)
        self._fixed: set[str] | None = None
        self._passes = 0
        # sends handed to a notifier, with it: they run to their end (and their record) even
        # when the pass awaiting them is cancelled; ``finish`` waits for them
        self._sending: dict[asyncio.Task[bool], Notifier] = {}
        self._stopping = False  # ``stop``: no pass starts, no pass sends another message
        self.retry = retry or RetryPolicy()
        self._rng = rng or random.Random()
        self._batch = batch
        self._budget = pass_budget  # seconds one notifier may spend in one pass

    # -- notifiers ------------------------------------------------------------------------
    def names(self) -> list[str]:
        names = [n.name for n in self._settings.notifiers]
        return names + [n for n in self._injected if n not in names]

    def notifier(self, name: str) -> Notifier | None:
        """The notifier called ``name`` (built on first use); None when not configured."""
        if name in self._injected:
            return self._injected[name]
        settings = self._settings.notifier(name)
        if settings is None:
            return None
        built = self._built.get(name)
        if built is None or not _same_notifier(built[0], settings):
            if built is not None:
                self._retired.append(built[1])
            built = (settings, build_notifier(settings))
            self._built[name] = built
        return built[1]

    def reload(self, settings: Settings) -> None:
        """Use new settings; notifiers whose settings changed are rebuilt on next use."""
        self._settings = settings
        for name, (old, notifier) in list(self._built.items()):
            new = settings.notifier(name)
            if new is None or not _same_notifier(old, new):
                self._retired.append(notifier)
                del self._built[name]
                self._blocked.pop(name, None)
                if self._fixed is not None:
                    self._fixed.add(name)
        if self._fixed is not None:
            self._fixed.update(n.name for n in settings.notifiers if n.name not in self._built)

    @property
    def unrecorded(self) -> int:
        """Alerts this process sent whose delivery the database has not taken yet."""
        return len(self._unrecorded)

    async def record_sent(self, tries: int = 5, wait: float = 1.0) -> int:
        """Record the alerts sent but not yet recorded (``_unrecorded``), trying ``tries``
        times ``wait`` seconds apart; the number still unrecorded. A process that exits
        (``watcher once``) loses what it remembers: its next run would send them again (a
        user's review: a disk that filled between the send and its record)."""
        for attempt in range(tries):
            for delivery_id, (ref, sent, note) in list(self._unrecorded.items()):
                try:
                    self._store.mark_delivered(delivery_id, ref, sent, note)
                except WatcherError:
                    break
                del self._unrecorded[delivery_id]
            if not self._unrecorded:
                return 0
            if attempt + 1 < tries:
                await asyncio.sleep(wait)
        return len(self._unrecorded)

    def stop(self) -> None:
        """Start no send from now on (the daemon's stop): a running pass ends after the message
        in flight, and its other deliveries stay due for the next start."""
        self._stopping = True

    async def finish(self, timeout: float | None = None) -> int:
        """Wait for the sends in flight (their passes may have been cancelled) to end and be
        recorded, up to ``timeout`` seconds (default: the largest of their notifiers' timeouts
        plus ``SEND_MARGIN``); the number still running then, cancelled: those alerts stay
        pending and may go out again after the restart."""
        pending = {task: n.name for task, n in self._sending.items() if not task.done()}
        if not pending:
            return 0
        if timeout is None:
            timeout = max(_send_timeout(self._sending[t]) for t in pending) + SEND_MARGIN
        log.info("waiting up to %.0f s for %d message(s) being sent", timeout, len(pending))
        done, late = await asyncio.wait(pending, timeout=timeout)
        for task in late:
            log.warning("notifier %s: a message still being sent after %.0f s is cut off: its "
                        "alerts stay pending and may go out again after the restart",
                        pending[task], timeout)
            task.cancel()
        await asyncio.gather(*late, return_exceptions=True)
        for task in done:
            if not task.cancelled() and task.exception() is not None:
                log.error("notifier %s: recording a message sent at the stop failed: %s",
                          pending[task], task.exception())
        return len(late)

    async def aclose(self) -> None:
        closing = self._retired + [n for _, n in self._built.values()] + list(
            self._injected.values())
        self._retired, self._built = [], {}
        for notifier in closing:
            try:
                await notifier.aclose()
            except Exception:  # closing must not hide the other closes
                log.exception("closing notifier %s failed", notifier.name)

    # -- test-notify ----------------------------------------------------------------------
    async def test(self, name: str | None = None) -> list[tuple[str, str | None]]:
        """Send a test message through ``name`` or every notifier: (name, None or the error)."""
        return await send_tests(self.names() if name is None else [name], self.notifier,
                                known=self.names(), timezone=self._settings.daemon.timezone,
                                language_of=lambda n: language_of(self._settings, n))

    # -- delivery -------------------------------------------------------------------------
    async def deliver_due(self) -> SendReport:
        """One pass over the due deliveries (see the module docstring). Notifier failures are
        recorded, never raised; store errors propagate.

        Passes may overlap (call it as often as you like, e.g. right after each feed commit): a
        notifier still busy in an earlier pass (Telegram pacing through a backlog) is skipped,
        so it neither holds up the others nor gets the same delivery twice. Fetching and
        claiming happen with no ``await`` in between, so a claim always sees the store's latest
        marks."""
        report = SendReport()
        if self._stopping:
            return report
        now = self._clock()
        if self._fixed is None or self._fixed:
            await self._writable()
            with contextlib.suppress(WatcherError):  # the database is locked: next pass
                for name in [None] if self._fixed is None else sorted(self._fixed):
                    self._store.retry_now(now, name)
                self._fixed = set()
        groups: dict[str, list[Delivery]] = {}
        for d in self._store.due_deliveries(now, self._batch):
            groups.setdefault(d.notifier, []).append(d)
        mine = {name: ds for name, ds in groups.items() if name not in self._busy}
        report.deferred += sum(len(ds) for name, ds in groups.items() if name not in mine)
        self._busy.update(mine)
        claims = set(mine)  # released by each notifier's task as soon as it is done
        self._passes += 1
        try:
            results = await asyncio.gather(
                *(self._claimed(name, ds, now, report, claims) for name, ds in mine.items()),
                return_exceptions=True)
        finally:
            self._passes -= 1
            self._busy.difference_update(claims)  # tasks cancelled before they started
        for name, result in zip(mine, results, strict=True):
            if isinstance(result, BaseException):
                log.error("notifier %s: delivery pass crashed", name, exc_info=result)
                report.errors.append(f"{name}: {type(result).__name__}: {result}")
        if self._passes == 0:  # retired notifiers may still be in use by a running pass
            retired, self._retired = self._retired, []
            for notifier in retired:
                await notifier.aclose()
        return report

    def _defer(self, deliveries: Sequence[Delivery], until: datetime) -> None:
        """Hold ``deliveries`` until ``until`` without counting an attempt (store permitting)."""
        defer = getattr(self._store, "defer", None)  # optional part of the Store protocol
        if callable(defer):
            for d in deliveries:
                defer(d.id, until)

    async def _claimed(self, name: str, deliveries: list[Delivery], now: datetime,
                       report: SendReport, claims: set[str]) -> None:
        try:
            await self._run(name, deliveries, now, report)
        finally:
            claims.discard(name)
            self._busy.discard(name)  # as soon as this notifier is done, not the whole pass

    async def _writable(self) -> None:
        """Wait for another process's write lock without blocking the event loop; if it is held
        for long, the marks that follow fail as "locked" and are handled where they are made."""
        with contextlib.suppress(WatcherError):
            await self._store.wait_writable()

    async def _run(self, name: str, deliveries: list[Delivery], now: datetime,
                   report: SendReport) -> None:
        if any(d.id in self._unrecorded for d in deliveries):
            await self._writable()
            recorded = set()
            for d in deliveries:
                if d.id in self._unrecorded:
                    try:
                        self._store.mark_delivered(d.id, *self._unrecorded[d.id])
                    except WatcherError:  # still refused: send nothing after it yet
                        report.deferred += len(deliveries)
                        return
                    del self._unrecorded[d.id]
                    recorded.add(d.id)
            deliveries = [d for d in deliveries if d.id not in recorded]
        if any(d.superseded for d in deliveries):
            deliveries = await self._drop_stale(deliveries, now, report)
        notifier = self.notifier(name)
        settings = self._settings.notifier(name)
        # a notifier people read: not told a status of an event it was last told (_drop_repeats)
        told: dict[str, str] | None = {} if settings and settings.type != "webhook" else None
        quiet = settings.quiet_hours if settings else None
        urgent = settings.urgent if settings else frozenset()
        tz = self._settings.daemon.timezone
        if notifier is None or is_quiet(quiet, now, tz):
            await self._writable()  # marks follow
        if notifier is None:
            for d in deliveries:
                self._fail(d, f"notifier {name!r} is no longer configured", now, report)
            return
        blocked = self._blocked.get(name)
        if blocked is not None and now < blocked:
            report.deferred += len(deliveries)
            return
        units: list[list[Delivery]]
        if is_quiet(quiet, now, tz):
            held = [d for d in deliveries if d.status not in urgent]
            end = quiet_end(quiet, now, tz)
            if end is not None:
                self._defer(held, end)
            report.deferred += len(held)
            units = [[d] for d in deliveries if d.status in urgent]
        elif quiet is not None and notifier.supports_digest:
            held = [d for d in deliveries
                    if d.status not in urgent and is_quiet(quiet, d.created, tz)]
            units = []
            for d in deliveries:
                if len(held) > 1 and d in held:
                    if d is held[0]:
                        units.append(held)
                else:
                    units.append([d])
        else:
            units = [[d] for d in deliveries]
        loop = asyncio.get_running_loop()
        started = loop.time()
        for i, unit in enumerate(units):
            if self._stopping:  # the daemon stops: the rest waits for the next start
                report.deferred += sum(len(u) for u in units[i:])
                break
            if i and loop.time() - started >= self._budget:
                # A paced backlog (Telegram: 1/s, 20/min in groups) yields the pass so that
                # callers that serialise passes do not hold up the other notifiers; the rest
                # stays due and goes first in the next pass.
                report.deferred += sum(len(u) for u in units[i:])
                break
            if told is not None:
                unit = await self._drop_repeats(unit, told, now, report)
                if not unit:
                    continue
            sent = report.sent
            if not await self._send(notifier, unit, report):
                rest = [d for u in units[i + 1:] for d in u]
                with contextlib.suppress(WatcherError):  # an optimisation; _blocked keeps order
                    self._defer(rest, self._blocked[name])
                report.deferred += len(rest)
                break
            if told is not None and report.sent > sent:  # delivered (not failed for good)
                told.update((d.event_id, d.status) for d in unit)

    async def _send(self, notifier: Notifier, unit: list[Delivery], report: SendReport) -> bool:
        """Send one message for ``unit`` and record it; False when the notifier's queue must stop
        (retry). Shielded: once handed to the notifier, the message is sent and recorded even
        if this pass is cancelled. Cancelling the wait did not stop the send (an SMTP session in
        its worker thread, a request the receiver had taken) but skipped ``mark_delivered``,
        and the restart sent the alert again (a code review). ``finish`` awaits such sends."""
        task = asyncio.get_running_loop().create_task(self._send_and_record(notifier, unit,
                                                                            report))
        self._sending[task] = notifier
        task.add_done_callback(lambda t: self._sending.pop(t, None))
        return await asyncio.shield(task)

    async def _send_and_record(self, notifier: Notifier, unit: list[Delivery],
                               report: SendReport) -> bool:
        name = notifier.name
        first = unit[0]
        thread = None
        if len(unit) == 1:
            thread = first.thread_ref or self._threads.get((name, first.event_id))
        message = Message.from_deliveries(unit, thread_ref=thread,
                                          timezone=self._settings.daemon.timezone,
                                          language=language_of(self._settings, name))
        try:
            ref = await notifier.send(message)
        except NotifyError as err:
            return await self._failed(notifier, unit, err, report)
        except Exception as err:  # a bug in a notifier: retry rather than lose the alert
            log.exception("notifier %s raised unexpectedly", name)
            wrapped = NotifyError(name, f"unexpected error: {type(err).__name__}: {err}")
            return await self._failed(notifier, unit, wrapped, report, unexpected=True)
        note = _note(notifier, ref)
        await self._writable()
        now = self._clock()
        if len(unit) > 1:
            # a digest is no event's message: a later alert of one of its events starts (or
            # keeps) that event's own thread, not a reply to the digest (a user's review: every
            # event of a night's digest became one thread)
            ref = None
        for i, d in enumerate(unit):
            try:
                self._store.mark_delivered(d.id, ref, now, note)
            except WatcherError as err:
                # Sent but not recorded: left pending, it went out again with every pass until
                # the database took writes. Remember it; the next passes record it instead.
                self._unrecorded.update((u.id, (ref, now, note)) for u in unit[i:])
                self._blocked[name] = now  # stop this queue for this pass (order)
                report.sent += len(unit)
                report.errors.append(f"{name}: sent, not yet recorded: {err}")
                log.error("notifier %s: sent %s but could not record it (%s); this process "
                          "records it once the database takes writes and does not send it "
                          "again (a process that ends first, as `once` may, would)", name,
                          first.key, err)
                return False
            if ref is not None and (name, d.event_id) not in self._threads:
                self._threads[(name, d.event_id)] = d.thread_ref or ref
                if len(self._threads) > self.threads_kept:  # the oldest first
                    del self._threads[next(iter(self._threads))]
        report.sent += len(unit)
        log.info("notifier %s: delivered %s%s", name,
                 told(first) if len(unit) == 1 else f"a digest of {len(unit)} alerts",
                 f"; {note}" if note else "")
        log.debug("notifier %s: delivered %s", name, ", ".join(d.key for d in unit))
        return True

    async def _drop_stale(self, deliveries: list[Delivery], now: datetime,
                          report: SendReport) -> list[Delivery]:
        """``deliveries`` without the stale ones, which are closed unsent: an alert held in
        quiet hours ("new event: planned") after which a later alert of its event went out
        (an urgent "cancelled"). Sent in the morning's digest it would tell as news a status
        the user already knows is over (a user's review). One the store cannot close yet
        (locked) stays pending for the next pass, unsent."""
        for d in deliveries:
            if d.superseded:
                await self._close_unsent(d, now, report, None,
                                         "a later alert of its event went out first")
        return [d for d in deliveries if not d.superseded]

    async def _close_unsent(self, d: Delivery, now: datetime, report: SendReport,
                            note: str | None, why: str) -> None:
        """Close ``d`` unsent (stored as superseded, with ``note`` for ``explain``); one the
        store cannot close yet (locked) stays pending for the next pass."""
        await self._writable()
        with contextlib.suppress(WatcherError):
            self._store.mark_superseded(d.id, now, note)
            report.superseded += 1
            log.info("notifier %s: alert %s not sent: %s", d.notifier, d.key, why)

    async def _drop_repeats(self, unit: list[Delivery], told: dict[str, str], now: datetime,
                            report: SendReport) -> list[Delivery]:
        """``unit`` without the status changes that repeat what this notifier was last told
        of their event (``told``: delivered in this pass, else ``Delivery.told_status``),
        which are closed unsent. A watch an article of a change did not name hears of it
        with its next article about the event, and the chat got "cancelled -> planned" twice,
        the second linking an analysis piece that said nothing of it (a user's review, session
        50). Only what was delivered counts: an earlier alert of the status still pending
        goes first in the queue, and one that failed told nothing (a code review)."""
        kept: list[Delivery] = []
        seen = dict(told)  # a digest's own earlier alerts count as told within it
        for d in unit:
            last = seen.get(d.event_id, d.told_status)
            if d.kind == "status_change" and last == d.status:
                await self._close_unsent(d, now, report, f"it was told {d.status} already",
                                         f"it was told the event is {d.status} already")
                continue
            kept.append(d)
            seen[d.event_id] = d.status
        return kept

    def _fail(self, d: Delivery, reason: str, now: datetime, report: SendReport) -> None:
        self._store.mark_failed(d.id, reason, now)
        report.failed += 1
        report.errors.append(f"{d.notifier}: {reason}")
        log.error("notifier %s: alert %s failed permanently: %s", d.notifier, d.key, reason)

    async def _failed(self, notifier: Notifier, unit: list[Delivery], err: NotifyError,
                      report: SendReport, *, unexpected: bool = False) -> bool:
        await self._writable()  # the marks that follow
        now = self._clock()
        retry_at: datetime | None = None
        for d in unit:
            attempts = d.attempts + 1
            if err.permanent:
                self._fail(d, err.message, now, report)
            elif self.retry.gives_up(d, attempts, now) or (
                    unexpected and attempts >= self.retry.max_unexpected):
                self._fail(d, f"gave up after {attempts} attempts: {err.message}", now, report)
            else:
                at = self.retry.next_attempt(attempts, now, err.retry_after, self._rng)
                retry_at = max(retry_at or at, at)
                # an error of the config (a bad token): every alert waits for the user's fix
                held = " (alerts held until the config is fixed)" if err.config else ""
                self._store.mark_retry(d.id, err.message + held, at)
                report.retried += 1
                # Say what happens: both kinds are tried again at ``at`` (the receiver may come
                # round by itself); a config error's alerts are also sent at once by the reload
                # or restart that fixes it. "Held until the config is fixed", logged for a
                # webhook's temporary 302 too, read as "nothing happens before I act" (a user's
                # review, session 44).
                (log.error if err.config else log.warning)(
                    "notifier %s: alert %s failed (attempt %d), retrying at %s: %s%s",
                    notifier.name, d.key, attempts, at.isoformat(timespec="seconds"),
                    err.message, "; it and the alerts after it are held until the notifier's "
                    "config is fixed: a reload or restart then sends them at once (tried again "
                    "at each retry meanwhile)" if err.config else
                    "; the alerts after it wait for it")
        if err.retry_after:
            until = now + timedelta(seconds=min(err.retry_after, MAX_RETRY_AFTER.total_seconds()))
            retry_at = max(retry_at or until, until)
        if retry_at is None:
            return True
        self._blocked[notifier.name] = max(self._blocked.get(notifier.name, retry_at), retry_at)
        return False
