"""Alert decisions: the alerts an article causes, per watch of its event.

Step 5 of :meth:`~watcher.core.tracker.Tracker.process` (decide): per watch of the event that
the item itself names (:func:`named_watches`, less passing mentions), ``new_event`` once per
(event, watch), ``status_change`` once per transition per watch, each only when the watch's
``alert_on`` asks for it, ``min_sources`` outlets back the new status, and the item is
``alertable``; a first report waits for confirmation (``confirm``), and news the watch was
already told in another event is told silently (``same_news``). :func:`decide` moves each
watch's alert state on with the event (``EventState.watch_state``); the tracker then keeps
one alert per article (``one_alert``) and commits.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from watcher.core.confirm import summary_only, unconfirmed
from watcher.core.events import EventState
from watcher.core.features import ItemFeatures
from watcher.core.params import Params
from watcher.core.same_news import corroborated, expected, plan_told, told_lately
from watcher.core.types import UNKNOWN, AlertIntent, EventSnapshot, StatusReading, WatchMatch
from watcher.models import Item
from watcher.settings import WatchSettings


def named_watches(matches: Sequence[WatchMatch], owners: Collection[str]) -> set[str]:
    """The watches an article about an event names, for its alerts: all that it matches,
    but for a passing mention. When the article names a watch the event already belongs
    to (``owners``), a watch it names for the first time in this event, by a keyword no
    owner shares, is a passing mention ("Intel" in "Google, Meta and Intel pull out of Web
    Summit" joining the Web Summit's event): it joins the event silently and is told of it
    with its own next article about it. A watch without keywords takes every item of its
    feeds, so it is never a passing mention. Over the tuning sets of ``tests/data``: 27
    wrong alerts fewer, no run missed more (session 18)."""
    named = {m.watch for m in matches}
    if not named & set(owners):
        return named  # a new event, or one this article is the first of its watches to name
    shared = {k.casefold() for m in matches if m.watch in owners for k in m.keywords}
    return {m.watch for m in matches
            if m.watch in owners or not m.keywords
            or any(k.casefold() in shared for k in m.keywords)}


def decide(ev: EventState, item: Item, alertable: bool, reading: StatusReading,
           matched: Collection[str], waiting: list[str],
           unnamed: list[str],
           backed: list[tuple[EventState, str]] | None = None,
           scored: tuple[ItemFeatures, Sequence[tuple[str, float]]] | None = None,
           *, watches: Mapping[str, WatchSettings], params: Params,
           recent: Mapping[str, Sequence[str]], events: Mapping[str, EventState],
           ) -> list[AlertIntent]:
    """The alerts ``item`` causes, per watch of ``ev``; the watches whose alert waits for
    confirmation (:func:`~watcher.core.confirm.unconfirmed`,
    :func:`~watcher.core.confirm.summary_only`) are added to ``waiting``.

    Only the watches the item itself names (``matched``, less passing mentions:
    :func:`named_watches`) are alerted: an alert's article is one its watch takes, as the
    payload's ``item`` promises. An event can carry another
    watch because an earlier article named both ("Google, Meta and Intel pull out of Web
    Summit"); a later "Web Summit opens in Lisbon" is no news for the Intel watch. That
    watch's state is left as it was, so the change reaches it with the next article that
    names its keyword (it is added to ``unnamed`` when there is news for it). A keyword in
    the summary names the watch too, even where the headline names another watch's
    (``headline_watches`` leaves such a watch out of the clustering, not out of the
    alerts). Old news still sets every watch's baseline. Over session 16's 57 tuning sets
    of ``tests/data`` it dropped 15 wrong alerts and no right one; 2 wrong and 1 right
    alert came instead, each a change that reached its watch with its own later article.

    ``scored``: the item's features and its score against each candidate event, for
    :func:`~watcher.core.same_news.plan_told`; ``watches``: the watches by name;
    ``recent``, ``events``: each watch's latest event ids and the events, where
    ``same_news`` looks for the same news in another event."""
    alerts: list[AlertIntent] = []
    for name in ev.watches:
        watch = watches.get(name)
        if watch is None:  # removed from the config; its state is kept for a reload
            continue
        ws = ev.state_of(name)
        status = ev.status
        known = status != UNKNOWN and not ev.hedged
        if not alertable:
            # old news sets the baseline silently, so it never causes an alert later
            if known:
                if not ws["new"]:  # nothing told yet: old news alone knows of it
                    ws["silent"] = True
                ws["new"], ws["status"] = True, status
            continue
        if name not in matched:
            if known and (not ws["new"] or status != ws["status"]):
                unnamed.append(name)  # news for it, told with its own next article
            continue
        silent = ws.pop("silent", False)
        # (counted only for a watch that asks for more than one outlet: a story a first poll
        # finds in hundreds of outlets is counted for every article that joins it)
        short = known and watch.min_sources > 1 and ev.backing(status) < watch.min_sources
        if silent and known and "new" in watch.alert_on and short:
            ws["silent"] = True  # announced once enough outlets back it
            waiting.append(name)
            continue
        if silent and known and "new" in watch.alert_on:
            # an event only old news had told (a first start, a feed added): its first fresh
            # article announces it, in the status it is in now. Otherwise what a first start
            # told the user of was only the events that are not news, and a live one's first
            # message was a change weeks on (a user's review: "Glastonbury ... will go ahead
            # in June", 6 hours old, was silent because the announcement was 10 days old)
            ws["status"] = status
            alerts.append(intent("new_event", name, ev, None, item))
            continue
        if not ws["new"]:
            if "new" not in watch.alert_on:
                ws["new"] = True
                ws["status"] = status if known else None
                continue
            if short:
                waiting.append(name)  # ``min_sources``: a new event waits for it too
                continue
            others: list[EventState] = []
            if unconfirmed(ev, reading, ws, params) and not (
                    others := corroborated(ev, item, reading, name, recent, events)
                    or expected(ev, item, reading, name, recent, events, params)):
                waiting.append(name)  # a second outlet, or a clearer article, confirms it
                if summary_only(ev, status, reading, ws, params):
                    ws["waits"] = status  # until confirmed, whatever else joins meanwhile
                continue
            if known and (told_lately(ev, item, name, recent, events)
                          or plan_told(ev, item, reading, name, scored, recent, events,
                                       params)):
                ws["new"], ws["status"] = True, status  # the same news, split off
                if backed is not None:
                    backed.append((ev, name))
                continue
            if known or not params.defer_unknown_new:
                if backed is not None:  # the other outlet's event, the expected one: told
                    backed.extend((other, name) for other in others)
                ws.pop("waits", None)
                ws["new"], ws["status"] = True, status if known else None
                alerts.append(intent("new_event", name, ev, None, item))
            continue
        if not known or status == ws["status"]:
            continue
        if "status" not in watch.alert_on:
            ws["status"] = status
            continue
        if ev.backing(status) < watch.min_sources:
            if watch.min_sources > 1:
                waiting.append(name)  # the change waits for more outlets (explain says so)
            continue
        if summary_only(ev, status, reading, ws, params):
            waiting.append(name)  # a headline, or a second outlet, confirms it
            ws["waits"] = status  # until then, whatever else joins the event
            continue
        if status == "held" and told_lately(ev, item, name, recent, events):
            ws["status"] = status  # the occasion the watch was told of, split off
            if backed is not None:
                backed.append((ev, name))
            continue
        ws.pop("waits", None)
        previous = ws["status"] or UNKNOWN
        ws["status"] = status
        alerts.append(intent("status_change", name, ev, previous, item))
    return alerts


def intent(kind: str, watch: str, ev: EventState, previous: str | None,
           item: Item) -> AlertIntent:
    """The alert of ``kind`` for ``watch``, with a snapshot of ``ev`` as it is now.

    ``sources`` counts the outlets that report the status the alert tells (``backing``), not
    every outlet of the story: "planned -> cancelled · 4 sources" read as four outlets saying
    it is off when one did (a user's review). An event with no status yet counts them all."""
    backing = ev.backing(ev.status) if ev.status != UNKNOWN else 0
    snap = EventSnapshot(id=ev.id, title=ev.title, status=ev.status,
                         previous_status=previous, sources=backing or ev.independent(),
                         first_seen=ev.first_seen)
    return AlertIntent(kind=kind, watch=watch, event=snap, item=item)  # type: ignore[arg-type]
