"""The same news told, or waiting, in another event of the watch.

One occasion's articles do not always join one event: another language, other words or a
preview months ahead open an event of their own. Before it alerts a watch of a new event (or of
a change to held), :meth:`~watcher.core.tracker.Tracker.process` asks here whether the watch was
already told that news, or waits for it, in another of its recent events: another outlet's
first report that confirms this one (:func:`corroborated`), the plan the watch was told of for
that day (:func:`expected`, :func:`planned_that_day`), the change it was told of within a day
(:func:`told_lately`), the plan announced again (:func:`plan_told`). Pure functions of the
tracker's events and each watch's latest event ids; they change nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import timedelta
from typing import Any

from watcher.core.events import EventState
from watcher.core.features import ItemFeatures, says_again
from watcher.core.joining import fits_event
from watcher.core.params import Params
from watcher.core.types import StatusReading, cue_fields
from watcher.models import Item

# how close in time two outlets' first reports of an occasion held are one day's news
SAME_DAY = timedelta(hours=24)
# how long before the day a watch was told an occasion is planned for a first report of it held
# is still that occasion (an evening's, another time zone's: :func:`expected`)
EVE = timedelta(days=1)
# how long after that day a first report of it held still is that occasion, the planned event
# having heard nothing of it happening: a festival's close, a film's first week, a trial's
# verdict come days after the day it was planned to open (:func:`expected`)
AFTER_DUE = timedelta(days=10)
# how close a new plan's first article scores to a plan the watch was told of, for it to be
# that plan announced again (:func:`plan_told`)
PLAN_TOLD_AGAIN = 0.12


def _elsewhere(ev: EventState, other: EventState) -> bool:
    """Do the titles of ``ev`` and ``other`` place them apart: each names a country (or
    region), and none the other's? Then they are two occasions, not one told twice (the Hesse
    and the Bavarian state elections, both on 8 October). Not cities: one occasion's articles
    name its venue, its capital or a stop of a tour."""
    mine, theirs = set(ev.title_countries), set(other.title_countries)
    return bool(mine and theirs and not mine & theirs)


def corroborated(ev: EventState, item: Item, reading: StatusReading, watch: str,
                 recent: Mapping[str, Sequence[str]], events: Mapping[str, EventState],
                 ) -> list[EventState]:
    """Does another outlet's first report of the same watch, in an event of its own,
    confirm ``item``'s first report of ``ev`` as held? A first report held waits for a
    second outlet (:func:`~watcher.core.confirm.unconfirmed`); when that outlet's article
    opened an event of its own, most often because it is in another language ("Erdoğan
    gewinnt Stichwahl in der Türkei", "Présidentielle en Turquie : Erdogan réélu pour cinq
    ans"), it still confirms the news: another event of the watch that another outlet
    reported held within ``SAME_DAY`` and that still waits for its own second outlet.
    That event's watch is then told through this one (its own next article does not tell
    it again: the caller marks it, ``Tracker._run``); it is returned (in a list, empty when
    nothing corroborates). Over the 59 tuning sets of ``tests/data``: 459 / 626 -> 459 / 623
    (wrong alerts / missed runs); within three days, the same."""
    if ev.status != "held" or reading.status != "held":
        return []
    for other, ws in watch_events(ev, watch, "held", recent, events):
        if ws.get("new", True) or other.last_transition is None:
            continue  # told already, or never heard of as held
        if (abs(item.published - other.last_transition) <= SAME_DAY
                and set(other.sources) - {item.source}):
            return [other]
    return []


def expected(ev: EventState, item: Item, reading: StatusReading, watch: str,
             recent: Mapping[str, Sequence[str]], events: Mapping[str, EventState],
             params: Params) -> list[EventState]:
    """Was ``watch`` told of a plan, in another of its events still planned, for the day
    ``item`` reports new ``ev`` held (from the day before, for an occasion at night or in
    another time zone, to ``AFTER_DUE`` after)? A first report held waits for a second
    outlet (:func:`~watcher.core.confirm.unconfirmed`); an occasion the watch expected
    that day ("Giorgia Meloni prêtera serment samedi", then "Meloni sworn in as Italy's
    first woman prime minister") is what the report is about, and confirms it. Those
    events are returned (empty: the watch expected nothing that day); the caller moves
    each to held with ``item`` and marks the watch told (``Tracker._run``), so that their own
    next articles of it held, or of the plan, tell it nothing again. Round 62, over the
    59 tuning sets of ``tests/data``: 393 / 598 -> 393 / 596 (wrong alerts / missed
    runs), B3 0.9359 -> 0.9360; leaving the planned events as they were, 397 / 596; held
    and marked, only the first of them, 394 / 596. Up to ten days after the day, not
    ``due_grace`` (two): an occasion that lasts ("Gentse Feesten close with record crowds"
    ten days after "Les Gentse Feesten reviennent vendredi", "'Kaamelott' lockt
    Hunderttausende in die Säle" a week after its release) is first reported held at its
    end as often as at its start. Round 66, tuning 367 / 575 -> 367 / 574, B3 0.9384; five
    days, 367 / 576; fourteen or twenty-one, as ten. Past the days of grace, only on a
    headline's report of it happening: a summary's is as often an aside ("Sheeran vows
    to quit music if he loses plagiarism case" over "... played ..." during his trial);
    365 / 574 -> 365 / 573 (five days then, 365 / 575)."""
    if ev.status != "held" or reading.status != "held":
        return []
    day = item.published.date()
    # past the days of grace, a headline's report of it happening only (not a summary's)
    after = AFTER_DUE if "title" in cue_fields(reading.cues, "held") else params.due_grace
    return [other for other, ws in watch_events(ev, watch, "planned", recent, events)
            if ws.get("new") and ws.get("status") == "planned" and other.due is not None
            and (other.due - EVE).date() <= day <= (other.due + after).date()]


def told_lately(ev: EventState, item: Item, watch: str, recent: Mapping[str, Sequence[str]],
                events: Mapping[str, EventState]) -> bool:
    """Was ``watch`` told, of another of its events that became held, cancelled or
    postponed within ``SAME_DAY`` of ``item``, the change new ``ev`` is first heard of
    with? Then the new event is most often the same news in an event of its own (another
    language, other words: "Montreal Pride parade called off hours before start" twice,
    "Paris demütigt Inter im Champions-League-Finale" after the final was told): it joins
    silently, as if told. Not a plan, unless for the same day (:func:`planned_that_day`):
    a watch's occasions are often announced together (a trip's stops, a season's dates).
    Round 56, over the 59 tuning sets of
    ``tests/data``: 463 / 614 -> 458 / 614 (wrong alerts / missed runs); with plans too,
    455 / 616; within three days, 457 / 615.

    A new event first heard of as postponed "again" ("Auschwitz-Prozess gegen früheren
    SS-Sanitäter erneut vertagt", "Liban : les municipales reportées une deuxième fois")
    goes on the postponement the watch was told of in another event, however long before,
    while that event is still postponed: a new date set since would have moved it on
    (``day_rules``), and a postponement "again" of an event back on is still told.
    Round 59, tuning 441 / 600 -> 437 / 601.

    So is an event already followed that becomes held within ``SAME_DAY`` of another
    that the watch was told became held ("Germany's €49 Deutschlandticket launches" the
    day "Das Deutschlandticket gilt ab heute" was told, "Grève nationale : un pays à
    l'arrêt" the day the strike was): its change is told silently (``watch_alerts.decide``),
    and the watch's state moves on with it. Not two events
    whose titles place them apart (:func:`_elsewhere`: the Hesse and the Bavarian
    elections, won the same evening). Round 62, tuning 393 / 596 -> 389 / 597 (wrong
    alerts / missed runs), B3 0.9360; any status but planned, 388 / 600; the held change
    without the test of places, 389 / 598."""
    if ev.status == "planned":
        return planned_that_day(ev, watch, recent, events)
    if ev.status not in ("held", "cancelled", "postponed"):
        return False
    again = ev.status == "postponed" and says_again(item.title)
    return any(ws.get("new") and ws.get("status") == ev.status
               and other.last_transition is not None
               and (again or abs(item.published - other.last_transition) <= SAME_DAY)
               and not _elsewhere(ev, other)
               for other, ws in watch_events(ev, watch, ev.status, recent, events))


def plan_told(ev: EventState, item: Item, reading: StatusReading, watch: str,
              scored: tuple[ItemFeatures, Sequence[tuple[str, float]]] | None,
              recent: Mapping[str, Sequence[str]], events: Mapping[str, EventState],
              params: Params) -> bool:
    """Was ``watch`` told of a plan, in another of its events still planned and whose day
    has not passed, that new planned ``ev``'s first article scores close to
    (``PLAN_TOLD_AGAIN``, under the ``near_threshold`` the clustering asks of any event)
    and says nothing against (:func:`~watcher.core.joining.fits_event`, :func:`_elsewhere`)?
    A plan is announced months before its day and announced again as the day nears, in
    other words and often another language ("Kombilösung: Stadtbahntunnel soll im Dezember
    öffnen", then "Karlsruhe: Stadtbahntunnel geht am Wochenende in Betrieb"; "Le grand-duc
    héritier Guillaume va épouser une comtesse belge", then "Le Luxembourg en fête pour le
    mariage de Guillaume et Stéphanie"): the preview is the plan the watch was told of, not news.
    The new event keeps its articles; the watch is marked told, so that the day's report
    of it held or called off is still told. Round 84, over the 69 tuning sets of
    ``tests/data``: 429 / 634 -> 423 / 636 (wrong alerts / missed runs), B3 0.9414
    unchanged (ODD 190 / 286 -> 187 / 286, EVEN 239 / 348 -> 236 / 350); at 0.09, 421 /
    638; at any score, 413 / 661."""
    if ev.status != "planned" or scored is None:
        return False
    feats, pairs = scored
    scores: dict[str, float] | None = None  # built only when a told plan is there to score
    for other, ws in watch_events(ev, watch, "planned", recent, events):
        if not ws.get("new") or ws.get("status") != "planned":
            continue  # not told of the plan
        if other.due is not None and other.due + params.due_grace < item.published:
            continue  # its day is past: a plan for another day
        if scores is None:
            scores = dict(pairs)
        if (scores.get(other.id, 0.0) >= PLAN_TOLD_AGAIN and not _elsewhere(ev, other)
                and fits_event(other, item, feats, reading, params)):
            return True
    return False


def planned_that_day(ev: EventState, watch: str, recent: Mapping[str, Sequence[str]],
                     events: Mapping[str, EventState]) -> bool:
    """Was ``watch`` told of a plan, in another of its events still planned, for the day
    new planned ``ev`` is expected on (``ev.due``, the day its first article names)? A
    watch's occasions are often announced together, but rarely for the same day: a
    preview of the day ("G7-Gipfel in Hiroshima beginnt am Freitag", "Costa Rica : un
    second tour sans enthousiasme dimanche") that opened an event of its own is the
    occasion the watch was told of. Round 59, over the 59 tuning sets of ``tests/data``:
    437 / 601 -> 430 / 603 (wrong alerts / missed runs); within a day of it, the same.
    Not when the titles of the two place them apart (:func:`_elsewhere`): a watch's two
    state elections the same Sunday (round 62: 393 / 599 -> 393 / 598; cities too, 395 /
    597)."""
    if ev.due is None:
        return False
    day = ev.due.date()
    return any(ws.get("new") and ws.get("status") == "planned" and other.due is not None
               and other.due.date() == day and not _elsewhere(ev, other)
               for other, ws in watch_events(ev, watch, "planned", recent, events))


def watch_events(ev: EventState, watch: str, status: str, recent: Mapping[str, Sequence[str]],
                 events: Mapping[str, EventState],
                 ) -> Iterator[tuple[EventState, dict[str, Any]]]:
    """The other recent events of ``watch`` whose status is ``status``, each with the
    watch's alert state on it: where :func:`corroborated`, :func:`told_lately` and
    :func:`planned_that_day` look for the same news told (or waiting) in an event of its
    own."""
    for eid in recent.get(watch, ()):
        other = events.get(eid)
        if other is not None and other.id != ev.id and other.status == status:
            yield other, other.watch_state.get(watch, {})
