"""The tracker: one pure object that turns items into events, statuses and alert intents.

For each item, :meth:`Tracker.process` runs the pipeline of the core:

1. **match** the item against the watches (:class:`~watcher.core.match.WatchMatcher`); an item
   no watch takes goes no further (one in ``Params.df_sample`` of them is counted for the
   document frequencies: see :func:`~watcher.core.cluster.df_sampled`); a watch whose
   ``require`` or ``exclude`` turned it down takes it only if it joins, by its score, an event
   the watch follows (``WatchMatch.loose``);
2. **read** its status from cues (:meth:`watcher.core.cues.Lexicon.read`);
3. **cluster**: extract features, look up candidate events in the inverted index, score them
   (:func:`~watcher.core.cluster.similarity`; each matched watch's latest events are scored
   too) and join the best one above ``join_threshold``, or - the watch's current story
   (:func:`~watcher.core.joining.current_story`) - the only one of its live events nothing in
   the item disagrees with, or the best one if it is the watch's, scored above
   ``near_threshold`` and nothing disagrees (:func:`~watcher.core.joining.near_event`), else
   open a new event whose id is a hash of the item's key (replays are reproducible);
4. **advance** the event's status state machine with the reading, once the days the item
   names are set against the event's (:func:`~watcher.core.day_rules.by_the_days`: on its day,
   a day ahead, a new date after a postponement) (:meth:`~watcher.core.events.EventState.apply`);
   the rule or cue that moved it is ``Outcome.move_reason``, stored with the event's history;
5. **decide** alerts per watch of the event that the item itself matches: ``new_event`` once
   per (event, watch), ``status_change`` once per transition per watch, each only when the
   watch's ``alert_on`` asks for it, ``min_sources`` outlets back the new status, and the item is
   ``alertable`` (:func:`~watcher.core.watch_alerts.decide`); an article that is news for
   several watches of the same notifiers is told once, under the narrowest of them
   (:func:`~watcher.core.one_alert.one_alert`).

It does no I/O and never reads the clock; the caller persists the :class:`Outcome` and
``changed_events()`` in one transaction. :meth:`explain` runs the same decision on a copy.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import datetime, timedelta

from watcher.core.cluster import (
    DocFreq,
    Index,
    add_to_event,
    conflict,
    df_sampled,
    idf_weights,
    similarity,
    total_weight,
    weigh,
)
from watcher.core.cues import Lexicon
from watcher.core.day_rules import by_the_days
from watcher.core.digest import is_digest
from watcher.core.events import EventState, trim
from watcher.core.features import (
    CLOSED,
    ItemFeatures,
    feature_weights,
    features,
    keyword_features,
    says_again,
    word_forms,
)
from watcher.core.joining import CURRENT_STORY, join_target
from watcher.core.match import WatchMatcher, headline_watches, kind_watch, name_length
from watcher.core.named_cues import named_call_off, talks_broken_off
from watcher.core.one_alert import one_alert
from watcher.core.params import Params
from watcher.core.prepare import Prepared, prepare, read_status
from watcher.core.types import Outcome, StatusReading, WatchMatch, cue_fields, move_reason
from watcher.core.watch_alerts import decide, named_watches
from watcher.models import Item
from watcher.settings import WatchSettings


def _taken_by(ev: EventState) -> Counter[str]:
    """The articles each watch of ``ev`` took into it."""
    return Counter({name: ev.watch_state.get(name, {}).get("taken", 0) for name in ev.watches})


def _held_in_passing(by_keyword: bool, reading: StatusReading) -> bool:
    """Does an article that joined its event only as the watch's current story (nothing else
    tied it to the event: ``joining.current_story``) read held off its summary alone?
    Then neither the join nor the reading says the event took place: it is as often another
    occasion of the watch's keyword ("Papua New Guinea marks 50 years of independence" in a
    Guinean referendum's story, "Sony AI beats top Gran Turismo drivers" in the game's) and
    moves no status. Round 59, over the 59 tuning sets of ``tests/data``: 426 / 605 -> 416 /
    614 (wrong alerts / missed runs), B3 0.9336 -> 0.9340; as a tentative reading instead,
    417 / 613; a summary's cancellation or postponement too, 417 / 623 (at 430 / 603)."""
    return (by_keyword and reading.status == "held"
            and cue_fields(reading.cues, "held") == {"summary"})


def event_id(item: Item, attempt: int = 0) -> str:
    """Deterministic id of the event an item opens (replays give the same ids)."""
    key = item.key if not attempt else f"{item.key}#{attempt}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


class Tracker:
    def __init__(self, watches: Sequence[WatchSettings], *, lexicon: Lexicon | None = None,
                 params: Params | None = None, events: Iterable[dict] = (),
                 keys: Mapping[str, str] | None = None,
                 notifiers: Sequence[str] | None = None) -> None:
        """``events``: stored states (``EventState.to_dict()``); ``keys``: item key -> event id of
        stored items the caller may feed again (``watcher explain`` of a stored article);
        ``notifiers``: every notifier's name, what a watch's empty ``notify`` stands for (None:
        unknown, an empty ``notify`` is an audience of its own)."""
        self.params = params or Params()
        self.lexicon = lexicon or Lexicon.builtin()
        self.dfs = DocFreq()
        self.index = Index()
        self._events: dict[str, EventState] = {}
        self._changed: set[str] = set()
        self._keys: dict[str, str] = {}  # item key -> event id: an item is counted once
        # watch -> its most recently updated events, oldest first (bounded: ``watch_recent``)
        self._recent: dict[str, list[str]] = {}
        # watch -> articles it could be told of that it has taken (its breadth: ``one_alert``;
        # each event keeps its share in ``watch_state[watch]["taken"]``)
        self._taken: Counter[str] = Counter()
        self.set_watches(watches, notifiers)
        for d in events:
            ev = EventState.from_dict(d)
            self._events[ev.id] = ev
            # blobs written before 0.2 listed their articles
            self._keys.update((i["key"], ev.id) for i in d.get("items", ()) if i.get("key"))
            self.index.add(ev.id, ev.features)
            # approximate the stream's document frequencies from the stored events
            self.dfs.n += max(ev.n_items, 1)
            self.dfs.df.update(ev.features)
            for name in ev.watches:  # stored before these were counted: all its articles, once
                ev.state_of(name).setdefault("taken", max(ev.n_items, 1))
            self._taken.update(_taken_by(ev))
        self._keys.update(keys or {})
        for ev in sorted(self._events.values(), key=lambda e: (e.last_seen, e.id)):
            self._touch(ev)

    # -- configuration ----------------------------------------------------------------------------
    def set_watches(self, watches: Sequence[WatchSettings],
                    notifiers: Sequence[str] | None = None) -> None:
        """Replace the watches (config reload); events and their per-watch state are kept.
        ``notifiers``: as for the constructor."""
        self.matcher = WatchMatcher(watches)
        self.watches = {w.name: w for w in watches}
        self._kinds = frozenset(w.name for w in watches if kind_watch(w))
        self._every = None if notifiers is None else frozenset(notifiers)
        self._discounts: dict[tuple[str, ...], frozenset[str]] = {}  # see ``_discount``
        self._discounts_for: Params | None = None

    def rename_watches(self, renamed: Mapping[str, str]) -> None:
        """Watches renamed (old -> new name) in a reload: their events follow, in memory as the
        store already has them (``store.sync_watches``)."""
        for old, new in renamed.items():
            for ev in self._events.values():
                ev.rename_watch(old, new)
            if old in self._recent:
                self._recent[new] = self._recent.pop(old)
            if old in self._taken:  # its breadth (one_alert), as a restart rebuilds it
                self._taken[new] += self._taken.pop(old)
        self._discounts = {}

    # -- queries ----------------------------------------------------------------------------------
    def breadth(self, watch: str) -> int:
        """The articles ``watch`` has taken that it could be told of (``one_alert``'s rank)."""
        return self._taken.get(watch, 0)

    def event(self, event_id: str) -> EventState | None:
        return self._events.get(event_id)

    def events(self) -> list[EventState]:
        return list(self._events.values())

    def changed_events(self) -> list[dict]:
        out = [self._events[e].to_dict() for e in sorted(self._changed) if e in self._events]
        self._changed.clear()
        return out

    def prune(self, before: datetime, keep: Collection[str] = ()) -> list[str]:
        """Drop events last seen before ``before``, but those in ``keep`` (the store's: events
        with an item it keeps); returns their ids."""
        gone = {eid for eid, ev in self._events.items()
                if ev.last_seen < before and eid not in keep}
        for eid in gone:
            ev = self._events.pop(eid)
            self._taken.subtract(_taken_by(ev))
            self._taken = +self._taken  # (never below nothing)
            self._changed.discard(eid)
        self._keys = {k: e for k, e in self._keys.items() if e not in gone}
        self.index.remove(gone)
        for ids in self._recent.values():
            ids[:] = [e for e in ids if e not in gone]
        return sorted(gone)

    # -- processing -------------------------------------------------------------------------------
    def process(self, item: Item, now: datetime, *, alertable: bool = True,
                prepared: Prepared | None = None) -> Outcome:
        """Decide for ``item`` and update the state (see the module docstring).

        ``prepared`` is ``prepare(item, self.matcher, self.lexicon, self.params)`` when the
        caller worked it out already (the pipeline's parse worker does, off the event loop)."""
        return self._run(item, now, alertable, commit=True, prepared=prepared)

    def explain(self, item: Item, now: datetime, *, alertable: bool = True) -> Outcome:
        """The decision :meth:`process` would take for ``item``, without changing any state."""
        return self._run(item, now, alertable, commit=False)

    def set_aside(self, item: Item, event_id: str) -> EventState | None:
        """For ``watcher explain`` of a stored item that alone made its event: drop that event,
        which was not there before the item came (a user's review: an event's first article
        scored 1.000 against itself); returns it. An event of several articles stays: what
        ``join_evidence`` shows of it then leaves the item's own words out."""
        ev = self._events.get(event_id)
        if ev is None or ev.n_items > 1:
            return None
        self._events.pop(event_id)
        self.index.remove({event_id})
        self._keys = {k: e for k, e in self._keys.items() if e != event_id}
        return ev

    def join_evidence(self, item: Item, event_id: str, limit: int = 6, *, own: bool = False
                      ) -> tuple[list[str], str]:
        """For ``watcher explain``: what ``item`` shares with event ``event_id``, its heaviest
        features first (IDF applied, the watches' keywords discounted: what a join score is
        made of), and what the two disagree on (``conflicts.conflict``'s words)."""
        ev = self._events.get(event_id)
        if ev is None:
            return [], ""
        p = self.params
        feats = features(item, p)
        matches = self.matcher.match(item)
        reading = self._reading(item, matches)
        discount = self._discount(headline_watches(matches))
        weighted = weigh(feats, self.dfs, p, discount, idf_weights(feats, self.dfs))
        # ``own``: the item is in the event; a word is shared when another article has it too
        # (a user's review: "shared" listed the article's own words)
        least = 2 if own else 1
        shared = sorted((k for k, w in weighted.items()
                         if ev.features.get(k, 0) >= least and w > 0),
                        key=lambda k: (-weighted[k], k))
        forms = word_forms(item, p)
        return ([forms.get(k) or _feature_words(k) for k in shared[:limit]],
                conflict(ev, feats, p, reading, item.published)[1])

    def _run(self, item: Item, now: datetime, alertable: bool, commit: bool,
             prepared: Prepared | None = None) -> Outcome:
        p = self.params
        known = self._keys.get(item.key)
        prep = prepared or prepare(item, self.matcher, self.lexicon, p)
        strict = tuple(m for m in prep.matches if not m.loose)
        # only watches whose require or exclude turned it down: the article is theirs only
        # as the continuation of an event they follow (``WatchMatch.loose``)
        only_loose = not strict
        matches = headline_watches(strict or prep.matches)
        if only_loose and known is None:
            # a continuation needs an event of the watch to continue
            matches = tuple(m for m in matches if self._recent.get(m.watch))
        if not matches:
            if commit and known is None and df_sampled(item.key, p.df_sample):  # the DF sample
                self.dfs.add(prep.features.weights if prep.features is not None else
                             feature_weights(item, p), p.df_sample)
            return Outcome(item=item, reason="no watch matched")
        if is_digest(item.title):
            # several stories side by side: it would weld them and pass each one's status to
            # the others (``core/digest.py``)
            return Outcome(item=item, matches=matches,
                           reason="a digest of several stories: it joins no event")
        feats = prep.features or features(item, p)
        reading = self._reading(item, matches, prep.reading)
        if commit and known is None and not only_loose:
            self.dfs.add(feats.weights)
        scored = self._score(item, feats, reading, matches)
        if known is not None and known in self._events:
            # seen before (a replay, a restart, ``watcher explain`` of a stored item): the
            # decision was taken then; report it without counting the item twice
            stored_in = self._events[known].watches
            matches = (*headline_watches(strict),
                       *(m for m in prep.matches if m.loose and m.watch in stored_in))
            return Outcome(item=item, matches=matches, reading=reading, event_id=known,
                           candidates=tuple(scored[:10]), reason=f"already in event {known}")
        target, how = join_target(item, feats, reading, matches, scored, self._events,
                                  self._recent, p, self._discount, self._kinds)
        # a watch whose require or exclude turned the article down takes it when it joins an
        # event the watch follows: its narrowing chose the event ("Trump-Putin summit called
        # off" names no Budapest, yet continues the Budapest summit a watch requiring
        # "Budapest" announced; a user's review, session 44). A score join only: the watch's
        # current story or its near event take an article that shares little but the keyword,
        # which is what require and exclude leave out (a code review)
        scored_in = bool(scored) and scored[0][0] == target and scored[0][1] >= p.join_threshold
        follows = set(self._events[target].watches) if target is not None and scored_in else set()
        continuing = {m.watch for m in prep.matches if m.loose and m.watch in follows}
        if only_loose:
            # counted in the document frequencies as a watch's article only if it is one
            matches = tuple(m for m in matches if m.watch in continuing)
            if not matches:
                if commit and known is None and df_sampled(item.key, p.df_sample):
                    self.dfs.add(feats.weights, p.df_sample)
                names = ", ".join(sorted({m.watch for m in prep.matches}))
                return Outcome(item=item, reason=f"no watch matched: {names} turned it down "
                               "(require or exclude), and it continues none of their events")
            if commit and known is None:
                self.dfs.add(feats.weights)
        else:
            matches += tuple(m for m in prep.matches if m.loose and m.watch in continuing)
        accepted = tuple(m for m in prep.matches if not m.loose or m.watch in continuing)
        if target is not None:
            ev = self._events[target]
            if not commit:
                ev = EventState.from_dict(ev.to_dict())
            new = False
            why = f"joined event {ev.id} ({how})"
        else:
            eid, n = event_id(item), 1
            while eid in self._events:  # never overwrite an event (ids are 48-bit hashes)
                eid, n = event_id(item, n), n + 1
            ev = EventState(id=eid, title=trim(item.title, p.title_chars),
                            first_seen=item.published, last_seen=item.published,
                            title_lang=item.lang, title_told=False)
            new = True
            top = f" (best {scored[0][0]} {scored[0][1]:.2f})" if scored else ""
            why = f"new event {ev.id}{top}"
        if continuing:
            why += (f"; taken by {', '.join(sorted(continuing))} as the continuation of an "
                    "event it follows (its require or exclude turned the article down)")
        owners = set(ev.watches)  # before this item: the watches the event already belongs to
        for m in matches:
            if m.watch not in ev.watches:
                ev.watches.append(m.watch)
            ws = ev.state_of(m.watch)
            # breadth counts the articles a watch could be told of (not a first start's backlog)
            ws["taken"] = ws.get("taken", 0) + alertable
        # set again in a city it never had: it moved there, and that city locates it now
        # ("EU-China summit rescheduled for July 24, moved to Beijing": its later articles
        # name Beijing, and the next summit in Brussels is another; session 45)
        moved = (not new and ev.status == "postponed" and reading.returning
                 and feats.moves_place and bool(feats.title_places) and bool(ev.title_places)
                 and feats.title_places.isdisjoint(ev.title_places))
        ev.add_item(item, p.title_chars)
        add_to_event(ev, feats, p)
        if moved:
            ev.title_places = {c: 2 for c in feats.title_places}
        reading, because = by_the_days(ev, item, feats, reading, p, new=new)
        why += because
        by_keyword = how == CURRENT_STORY  # joined on the watch's keyword alone
        if _held_in_passing(by_keyword, reading):
            reading = StatusReading(None)
            why += "; no status: held in its summary only, joined as the watch's current story"
        transition = ev.apply(reading, item)
        if reading.status is not None and "title" in cue_fields(reading.cues, reading.status):
            ev.retitle(item, p.title_chars, by_keyword=by_keyword)
        if transition and transition[1] != "planned":
            ev.due = None  # postponed, held, cancelled: the announced day no longer holds
        # the day it is expected: a weekday or a date an announcement names; after a
        # postponement only a new date still to come (the old day is what it recaps)
        ahead = feats.date_days if ev.status == "postponed" else max(
            (d for d in (feats.due_days, feats.date_days) if d is not None), default=None)
        if ahead is not None and ev.status not in CLOSED:
            due = item.published + timedelta(days=ahead)
            ev.due = due if ev.due is None else max(ev.due, due)
        waiting: list[str] = []
        unnamed: list[str] = []
        matched = {m.watch for m in accepted}
        named = named_watches(accepted, owners)
        if by_keyword and reading.status is None:
            # nothing but the keyword tied it to the event, and it tells no status: it is no
            # news of the event for a watch not told of it yet, whose status other watches'
            # articles made ("Conor Gallagher's move in doubt" announced an Oasis watch's
            # "Taylor Swift in Wien: cancelled (14 sources)", which "Vienna street becomes an
            # oasis for heartbroken Swifties" had brought it into: a user's review, session 47)
            named = {w for w in named if ev.watch_state.get(w, {}).get("new")
                     or not ev.watches or ev.watches[0] == w}
        taking = [m.watch for m in matches] if alertable else []
        if commit:
            self._taken.update(taking)
        backed: list[tuple[EventState, str]] = []
        alerts = decide(ev, item, alertable, reading, named, waiting, unnamed, backed,
                        (feats, scored), watches=self.watches, params=p,
                        recent=self._recent, events=self._events)
        headlined = {m.watch for m in accepted if m.headline or not m.keywords}
        decided = {a.watch for a in alerts}
        alerts, told = one_alert(alerts, headlined, () if commit else taking,
                                 {m.watch: name_length(m) for m in accepted
                                  if m.keywords}, self.watches, self._every, self._taken)
        silenced = tuple(sorted(decided - {a.watch for a in alerts}))
        if commit:
            self._events[ev.id] = ev
            self._keys[item.key] = ev.id
            self.index.add(ev.id, ev.features)
            self._changed.add(ev.id)
            self._touch(ev)
            for other, name in backed:  # told through this event: not again with its own
                if other is ev:
                    continue  # (told of through another: marked in ``decide``)
                if other.status != ev.status:  # planned for the day (_expected): now held
                    other.apply(reading, item)
                ws = other.state_of(name)
                ws["new"], ws["status"] = True, other.status
                self._changed.add(other.id)
        if transition:
            why += f"; status {transition[0]} -> {transition[1]}"
        if alerts:
            why += "; alerts: " + ", ".join(f"{a.kind}/{a.watch}" for a in alerts)
        if told:
            why += "; told once, not under " + "; ".join(told)
        if any(o is not ev for o, _ in backed):
            why += ("; held confirmed by another outlet's event or the one planned for the "
                    "day " + ", ".join(
                        sorted({o.id for o, _ in backed if o is not ev})))
        if any(o is ev for o, _ in backed):
            lately = ("before, still so" if ev.status == "postponed" and says_again(item.title)
                      else "for the same day or still to come" if ev.status == "planned"
                      else "within a day")
            why += (f"; no alert for {', '.join(n for o, n in backed if o is ev)}: told of "
                    f"{ev.status} in another event {lately}")
        backing = ev.backing(ev.status) if waiting else 0
        fewer = [w for w in waiting if backing < self.watches[w].min_sources]
        why += "".join(f"; no alert yet for {w}: {ev.status} waits for "
                       f"{self.watches[w].min_sources} outlets (min_sources), {backing} so far"
                       for w in fewer)
        waiting = [w for w in waiting if w not in fewer]
        if waiting:
            why += (f"; no alert yet for {', '.join(waiting)}: {ev.status} waits for a second "
                    "outlet or a clearer article")
        passing = [w for w in unnamed if w in matched]  # named, but in passing (_named)
        unnamed = [w for w in unnamed if w not in matched]
        if unnamed:
            why += (f"; no alert for {', '.join(unnamed)}: the article does not name "
                    f"{'its' if len(unnamed) == 1 else 'their'} keywords")
        if passing:
            why += (f"; no alert yet for {', '.join(passing)}: the article is about "
                    f"{', '.join(sorted(owners))}'s event; told with its next article about it")
        return Outcome(item=item, matches=matches, reading=reading, event_id=ev.id,
                       new_event=new, candidates=tuple(scored[:10]), transition=transition,
                       alerts=tuple(alerts), reason=why, silenced=silenced,
                       move_reason=move_reason(because, reading) if transition else "")

    def _score(self, item: Item, feats: ItemFeatures, reading: StatusReading,
               matches: Sequence[WatchMatch]) -> list[tuple[str, float]]:
        p = self.params
        discount = self._discount(matches)
        names = [m.watch for m in matches]
        raw = idf_weights(feats, self.dfs)
        weighted = weigh(feats, self.dfs, p, discount, raw)
        total = total_weight(weighted)
        out = []
        ids = self.index.candidates(feats, self.dfs, p, raw)
        # the watches' latest events are candidates too: an article about one of them may share
        # little more than the watch's keyword, which the index lookup does not favour
        ids.extend(e for m in matches for e in self._recent.get(m.watch, ()) if e not in ids)
        mine = set(names)
        for eid in ids:
            ev = self._events.get(eid)
            # an article joins only an event of one of its watches: a watch follows one subject,
            # and two watches' articles that share a venue, a promoter's wording and a month
            # are two events ("Coldplay to play Zurich Letzigrund on July 4" and "Metallica to
            # play Zurich Letzigrund on July 18": a user's review, session 44, where Metallica's
            # call-off was told under Coldplay's headline). An article naming both watches'
            # keywords joins either. (Such joins had a factor of 0.5; none at all: tuning 694 /
            # 997 -> 693 / 996, B-cubed 0.9280 -> 0.9279; held-out alerts the same, 0.9112 ->
            # 0.9113.)
            if ev is None or mine.isdisjoint(ev.watches):
                continue
            s = similarity(ev, feats, item, self.dfs, p, reading, discount, names, weighted,
                           total)
            out.append((eid, round(s, 4)))
        out.sort(key=lambda t: (-t[1], t[0]))
        return out

    def _discount(self, matches: Sequence[WatchMatch]) -> frozenset[str]:
        """The features of the matched watches' keywords (``keyword_features``), remembered:
        the same few keyword sets come back item after item, and extracting their features
        again was a tenth of the scoring."""
        words = tuple(k for m in matches for k in m.keywords)
        found = self._discounts.get(words)
        if found is None or self._discounts_for is not self.params:
            # bounded: keyword sets of the watches since a reload; and of one ``params`` only
            if len(self._discounts) >= 4096 or self._discounts_for is not self.params:
                self._discounts.clear()
                self._discounts_for = self.params
            found = self._discounts[words] = keyword_features(words, self.params)
        return found

    def _touch(self, ev: EventState) -> None:
        for name in ev.watches:
            ids = self._recent.setdefault(name, [])
            if ev.id in ids:
                ids.remove(ev.id)
            ids.append(ev.id)
            del ids[: -self.params.watch_recent]

    def conflict(self, event_id: str, item: Item) -> str:
        """Why ``item`` cannot join the event (for ``watcher explain``), or ``""``."""
        ev = self._events.get(event_id)
        if ev is None:
            return ""
        reading = self._reading(item, self.matcher.match(item))
        return conflict(ev, features(item, self.params), self.params, reading,
                        item.published)[1]

    def _reading(self, item: Item, matches: Sequence[WatchMatch],
                 read: StatusReading | None = None) -> StatusReading:
        """The status ``item`` reports to its matched watches: the lexicon's reading (``read``,
        when the item was prepared), then what only the watches' keywords tell (a "no" before
        the name, talks broken off: ``named_cues``). One place, so that ``explain``'s conflicts
        and joins see what processing saw."""
        reading = read or read_status(self.lexicon, item, matches)
        reading = named_call_off(reading, item, matches, self.matcher, self.lexicon.no_leads)
        return talks_broken_off(reading, item, matches, self.matcher, self.lexicon)


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def _feature_words(key: str) -> str:
    """A clustering feature as ``watcher explain`` shows it: "m:6" is June, "p:oslo" oslo (a
    word's feature is its folded, transliterated form: "makro" for Macron)."""
    kind, _, value = key.partition(":")
    if kind == "m" and value.isdigit() and 1 <= int(value) <= 12:
        return _MONTHS[int(value) - 1]
    return value or key
