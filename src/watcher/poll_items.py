"""Steps 6 and 7 of a feed poll, for ``watcher.pipeline``: which items are new, and what the
tracker makes of them.

They run with no ``await`` between them and the store's commit (step 8), so polls of different
feeds running concurrently never interleave inside the tracker or the store; items older than
``max_item_age`` (or in a first poll's undated backlog) are tracked but never alerted. Plain
functions over the store and the tracker the pipeline holds.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from datetime import datetime, timedelta

from watcher.core.prepare import Prepared
from watcher.core.text import language_code
from watcher.core.tracker import Tracker
from watcher.core.types import AlertIntent, Outcome
from watcher.models import Item
from watcher.store.base import Store, page_of


def new_items(store: Store, items: Sequence[Item], feed_url: str,
              revised: frozenset[str] = frozenset(), *, stored: bool = True) -> list[Item]:
    """Items not stored yet: by key, and by canonical link stored from another feed (the
    same article in two feeds, or a feed whose URL changed in the config). A rewritten
    headline (a key in ``revised``, ``watcher.revisions``) is new at a link stored before: its
    key tells it from the headlines that link had.

    Entries of one feed with distinct keys are distinct, even at one link: a live ticker's
    or a small site's entries all link to one page, and an outlet republishing a story at
    its URL under a new guid ("summit cancelled") reports news. Dropping them by their
    link kept only the first entry the feed ever had there. Only one under the same headline
    at the same link is the same entry again (its guid rewritten); ``stored``: the feed may
    have items stored (not before its first successful poll, whose thousand lookups cost a
    first start of the benchmark's 1,000 feeds a tenth of its time)."""
    unique: dict[str, Item] = {}
    for item in items:
        unique.setdefault(item.key, item)
    if not unique:
        return []
    known = store.known_keys(list(unique))
    unknown = [i for i in unique.values() if i.key not in known]
    links = [i.link for i in unknown if i.link]
    known_links = store.known_links(links, other_than=feed_url) if links else {}
    # this feed's own items at those links, by title: an entry whose guid changed (a CMS
    # moved, every guid rewritten) is the same article at the same link under the same
    # headline (a user's review, session 41: a feed's every item stored twice); a link
    # differs only in its query too ("?v=" and the time of the request: ux18, session 51)
    titles = store.titles_at(links, feed_url) if links and stored else {}
    new = [item for item in unknown
           if not item.link or item.key in revised
           or (item.link not in known_links
               and item.title not in titles.get(page_of(item.link), ()))]
    new.sort(key=lambda i: (i.published, i.key))
    return new


def track_items(
    tracker: Tracker, watch_notifiers: Mapping[str, tuple[str, ...]],
    max_age: timedelta | None, items: Sequence[Item], now: datetime,
    ahead: dict[str, Prepared], backlog: frozenset[str] = frozenset(),
    readers: Collection[str] | None = None,
) -> tuple[list[Outcome], list[tuple[AlertIntent, tuple[str, ...]]]]:
    """Each item through the tracker; its alerts with the notifiers of their watch (alerts of a
    watch without notifiers are dropped). Items in ``backlog`` are not alertable. An article
    news for two watches whose notifiers overlap (``notify = ["chat", "mail"]`` and ``["chat"]``)
    reaches each notifier people read (``readers``; None: every one) once, under one watch: a
    user's review got the same article twice in one chat (``one_alert`` tells one watch only
    among watches of the same notifiers, not of overlapping ones). A webhook, a program that
    may route by watch, gets each watch's alert."""
    outcomes: list[Outcome] = []
    alerts: list[tuple[AlertIntent, tuple[str, ...]]] = []
    for item in items:
        alertable = max_age is None or (
            now - item.published <= max_age and item.key not in backlog)
        outcome = tracker.process(item, now, alertable=alertable,
                                  prepared=ahead.get(item.key))
        outcomes.append(outcome)
        told: set[str] = set()  # one article reaches a notifier once, whichever watches took it
        knew = _knew(tracker, outcome, watch_notifiers, readers)
        for intent in outcome.alerts:
            notifiers = tuple(n for n in watch_notifiers.get(intent.watch, ()) if n not in told
                              and not (intent.kind == "new_event" and n in knew))
            if notifiers:
                told.update(n for n in notifiers if readers is None or n in readers)
                alerts.append((intent, notifiers))
    return outcomes, alerts


def _knew(tracker: Tracker, outcome: Outcome, watch_notifiers: Mapping[str, tuple[str, ...]],
          readers: Collection[str] | None) -> set[str]:
    """The notifiers people read that know ``outcome``'s event already, from a watch told of
    it before this article: a watch that joins the event later (added by a reload, or one
    whose keyword the story names only now) tells them of no "new event" they have followed
    all along (a user's review, session 41: the chat that had followed the Budapest summit
    for days was told "New event · putin ... status: held"). Webhooks, which may route by
    watch, are told."""
    if not any(a.kind == "new_event" for a in outcome.alerts) or outcome.event_id is None:
        return set()
    ev = tracker.event(outcome.event_id)
    if ev is None:
        return set()
    # (nor from a watch this article was told through another's: ``one_alert`` marked it
    # told, and the notifiers it shares with that watch must hear it from that one - a user's
    # review, session 50: "The Hague", "NATO" and "summit" watches took a NATO summit's first
    # article, NATO's alert went under The Hague's, and the chat both reach heard nothing)
    now_told = {a.watch for a in outcome.alerts if a.kind == "new_event"}
    now_told.update(outcome.silenced)
    return {n for watch, ws in ev.watch_state.items()
            if ws.get("new") and watch not in now_told
            for n in watch_notifiers.get(watch, ()) if readers is None or n in readers}


def unread_languages(outcomes: Sequence[Outcome], known: Collection[str]) -> dict[str, str]:
    """The languages no status lexicon reads (ISO code -> a watch that took such an article)
    among the articles a watch took: ``check-config`` warns of a feed whose language the
    configuration states, not of one whose feed states it itself, and a user's review (session
    52) learnt that Arabic has no status phrases from a postponement never alerted."""
    out: dict[str, str] = {}
    for o in outcomes:
        # a language code, not a feed's free text ("English", a line break: a code review),
        # whose article read no cue: the reader may have told its text's language itself
        code = language_code(o.item.lang) if o.event_id is not None else None
        if (code and _CODE.fullmatch(code) and code not in known and code not in out
                and not o.reading.cues):
            out[code] = o.matches[0].watch if o.matches else ""
    return out


_CODE = re.compile(r"[a-z]{2,3}")
