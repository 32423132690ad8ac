"""Value types shared by the pure core and its callers (pipeline, replay, explain, store)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from watcher.models import Item
from watcher.pickling import by_constructor

Status = Literal["planned", "postponed", "cancelled", "held"]
UNKNOWN = "unknown"  # an event's status before any cue


@by_constructor
@dataclass(frozen=True, slots=True)
class WatchMatch:
    """An item matched watch ``watch``; ``keywords`` are the keywords (as configured) found;
    ``headline``: one of them stands in the item's headline, not only in its summary;
    ``loose``: its keywords stand, but its ``require`` or ``exclude`` turned the item down, so
    the watch takes it only as the continuation of an event it follows (the tracker)."""

    watch: str
    keywords: tuple[str, ...] = ()
    headline: bool = True
    loose: bool = False


@by_constructor
@dataclass(frozen=True, slots=True)
class Cue:
    """A status cue found in an item's text.

    ``blocked`` says why a cue does not count (``"negation"``, ``"modality"``, ``"quote"``,
    ``"other-event"``, ...) or is None when it counts.
    """

    status: str
    phrase: str
    field: Literal["title", "summary"]
    start: int
    end: int
    weight: float = 1.0
    blocked: str | None = None
    returning: bool = False  # "back on", "wieder angesetzt": a real return to planned
    # read off a denied or hypothetical change ("not cancelled", "may be postponed"): says the
    # event is on, but is no news that could move a status already known
    derived: bool = False


@by_constructor
@dataclass(frozen=True, slots=True)
class StatusReading:
    """The status one item reports (None when no unblocked cue), with the evidence."""

    status: str | None
    score: float = 0.0
    cues: tuple[Cue, ...] = ()
    # a real return after a change: "back on", "wieder angesetzt" (planned); held in defiance
    # of a ban ("marchers defy the ban", "trotz Verbot") after the event was called off
    returning: bool = False
    # the status rests only on derived cues ("not cancelled", "may be postponed"): it may set
    # the status of an event that has none yet, never change a known one
    tentative: bool = False
    # the headline names a time later the same day ("tonight", "am Abend", "cette nuit"):
    # an article on the occasion's day that previews it (``day_rules.on_the_day``)
    later_today: bool = False
    # held rests only on cues in the present ("Papst reist nach Bahrain", "Libanon wählt ein
    # neues Parlament"), with no word of the past in either field: a preview as often as a
    # report (``day_rules.by_the_days`` reads it planned before the event's day)
    present_only: bool = False
    # the headline puts the occasion in doubt ("match in doubt over coronavirus"): no status,
    # and no day it names is a plan (``Lexicon._doubted``, ``day_rules.by_the_days``)
    doubted: bool = False
    # planned rests only on held cues a time ahead made plans ("revelers line the streets for
    # Monday parade"): on the weekday it names, that present is today's report
    # (``day_rules.by_the_days``)
    dated: bool = False
    # a watch's talks broken off (``named_cues.talks_broken_off``): the end of talks that had
    # begun, weeks ago as often as today, not another occasion after them (``conflicts``)
    talks_off: bool = False


def cue_fields(cues: Sequence[Cue], status: str | None) -> set[str]:
    """The fields (title, summary) in which the unblocked cues of ``status`` stand: a status
    told only in a summary, or carried by a headline, weighs differently (``confirm``,
    ``cues``)."""
    return {c.field for c in cues if c.blocked is None and c.status == status}


@dataclass(frozen=True, slots=True)
class EventSnapshot:
    """An event as an alert shows it (the ``event`` object of the alert payload)."""

    id: str
    title: str
    status: str
    previous_status: str | None
    sources: int
    first_seen: datetime


@dataclass(frozen=True, slots=True)
class AlertIntent:
    """A decision to alert. The caller stores it in the outbox, in the same transaction as the
    state change, once per notifier of the watch; ``transition`` is part of the idempotency key."""

    kind: Literal["new_event", "status_change"]
    watch: str
    event: EventSnapshot
    item: Item

    @property
    def transition(self) -> str:
        return f"{self.kind}:{self.event.previous_status or ''}>{self.event.status}"

    def payload(self) -> dict[str, Any]:
        """The alert JSON of DESIGN.md (webhook body, ``replay --json`` line)."""
        from watcher.models import iso

        return {
            "kind": self.kind,
            "watch": self.watch,
            "event": {
                "id": self.event.id,
                "title": self.event.title,
                "status": self.event.status,
                "previous_status": self.event.previous_status,
                "sources": self.event.sources,
                "first_seen": iso(self.event.first_seen),
            },
            "item": self.item.to_json(),
        }


# what an item without any cue reads (immutable, so one object serves every such outcome)
NO_READING = StatusReading(None)


@dataclass(slots=True)
class Outcome:
    """What the tracker decided for one item. The caller persists all of it in one transaction.

    ``event_id`` is None when no watch matched (the item is stored, not clustered).
    ``candidates`` are (event id, score) pairs considered, best first, for ``watcher explain``.
    """

    item: Item
    matches: tuple[WatchMatch, ...] = ()
    reading: StatusReading = NO_READING
    event_id: str | None = None
    new_event: bool = False
    candidates: tuple[tuple[str, float], ...] = ()
    transition: tuple[str, str] | None = None  # (old, new) event status
    alerts: tuple[AlertIntent, ...] = ()
    reason: str = ""  # one line in words: why this decision
    # why ``transition`` was made, in one line (:func:`move_reason`), stored with the event's
    # history: ``watcher explain`` of a stored item re-runs against today's events, which no
    # longer tell why the status moved then (a user's review, session 46)
    move_reason: str = ""
    # watches whose alert this article was told through another watch's, of the same
    # notifiers (``one_alert``): their state moved on as if told, but no notifier heard it
    # from them
    silenced: tuple[str, ...] = ()


def move_reason(notes: str, reading: StatusReading) -> str:
    """Why an event's status moved to ``reading.status``, in one line: the notes of the rules
    that made that status (``day_rules.by_the_days``'s "; held: an article on the day it was
    announced for, reporting no change"), else the cue that reads it ("read cancelled: 'called
    off' in title", a headline's before a summary's, the weightiest first), else ``""``."""
    status = reading.status
    if status is None:
        return ""
    # each note reads "<status>[ again]: why" ("no status: ...", "no return: ..." moved nothing)
    ruled = [n for n in notes.split("; ") if n.partition(":")[0].split(" ")[0] == status]
    if ruled:
        return "; ".join(ruled)
    cues = [c for c in reading.cues if c.blocked is None and c.status == status]
    if not cues:
        return ""
    cue = max(cues, key=lambda c: (c.field == "title", c.weight))
    back = ", a return" if reading.returning else ""
    return f"read {status}{back}: {cue.phrase!r} in {cue.field}"
