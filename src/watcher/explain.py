"""``watcher explain LINK``: why a stored article matched or not, which event it joined and what
it shares with it, which status cues it triggered, what it moved its event to and why (the rule
or cue stored when it was read: re-run against today's events, the decision may read otherwise),
and who was told.

One report, two renderings: :func:`explanation` gathers everything into plain data (what
``--json`` prints, for a script that asks "why did this article not alert?"), and
:func:`print_explanation` writes it for a person. Keeping the text a rendering of the data means
the two can never tell different stories.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from watcher.config_summary import COUNTRY_CODES
from watcher.core.text import language_code
from watcher.durations import format_duration
from watcher.errors import UsageError
from watcher.models import iso
from watcher.notify.render import isolated as bidi
from watcher.notify.render import local_time
from watcher.redact import redact
from watcher.revisions import stale
from watcher.settings import Settings
from watcher.store import SQLiteStore

MAX_CANDIDATES = 5  # candidate events shown: the decision rests on the first one or two
MAX_ABSENT_SHOWN = 8  # watches named in the text's "none of their keywords found" line


def _pruned(settings: Settings, store: SQLiteStore) -> str:
    """Why a link may not be stored, when retention removed items: said only then (a user's
    review, session 45: a pruned article read as a link never seen)."""
    before = store.pruned_before()
    if before is None:
        return ""
    day = before.astimezone(settings.daemon.timezone).strftime("%Y-%m-%d %H:%M %Z")
    every = settings.daemon.retention
    kept = f"retention = \"{format_duration(every)}\"" if every is not None else "retention"
    return (f" ({kept} removed the articles published and first read before {day}, but those "
            f"of events still kept: if this one is older, it was among them)")


def explanation(settings: Settings, store: SQLiteStore, link: str,
                now: datetime) -> dict[str, Any]:
    """Re-run the decision for the stored item at ``link`` against the stored events, without
    changing them; everything ``explain`` tells, as JSON-ready data (times in UTC ISO 8601).

    Raises ``UsageError`` when no stored item has that link (in any of its spellings)."""
    from watcher.core.cues import Lexicon
    from watcher.core.match import why_not
    from watcher.core.tracker import Tracker
    from watcher.normalize import canonical_link

    canon = canonical_link(link)
    # the feed's spelling first, then the one a browser shows (https, www.): one article to
    # watcher (``normalize.item_key`` ignores both), so one to explain
    item = next(filter(None, map(store.item_by_link, _spellings(canon) if canon else [])),
                None) or store.item_by_link(link)
    if item is None:
        raise UsageError(f"no stored item with link {link}{_pruned(settings, store)}")
    joined = store.item_event(item.key)
    moves, alerts = store.item_trail(item.key, joined) if joined else ([], [])
    # the decision as it was made: today's re-run below no longer sees a wait that is over
    # ("waits for a second outlet") nor the event as it stood then
    read_then = store.item_decision(item.key) if joined else None
    tracker = Tracker(settings.watches, lexicon=Lexicon.builtin().extended(settings.cues),
                      notifiers=settings.notifier_names(),
                      events=store.load_events(), keys={item.key: joined} if joined else None)
    alone = tracker.set_aside(item, joined) if joined else None  # its event was not there
    # old news when it was first read (``max_item_age``) was tracked but told to no one, and
    # is so in the re-run (a user's review: "alerts: new_event" beside "alert: none")
    max_age = settings.daemon.max_item_age
    read_at = item.first_seen or now
    old = stale(item.published, read_at, max_age)
    outcome = tracker.explain(item, now, alertable=not old)

    taken = {m.watch for m in outcome.matches}
    not_taken = [
        # a passing mention: a watch whose keywords only the summary names
        {"watch": m.watch, "why": f"a passing mention (only the summary names "
                                  f"{', '.join(m.keywords)}; the headline names another "
                                  f"watch's keyword)"}
        for m in tracker.matcher.match(item) if m.watch not in taken]
    not_taken += [{"watch": name, "why": why} for name, why in why_not(tracker.matcher, item)
                  if name not in taken]

    reading = outcome.reading
    if not outcome.matches:  # read anyway: what it would report, had a watch taken it
        reading = tracker.lexicon.read(item.title, item.summary, item.lang, item.published.year)
    note = None
    code = language_code(item.lang)
    if not reading.cues and code and code not in tracker.lexicon.languages:
        # a user's review: Greek articles printed "status: none" and nothing else
        right = COUNTRY_CODES.get(code, (code, ""))[0]
        note = (f'watcher has no status phrases in "{code}": add them as [cues.{right}]'
                + (f' ("{code}" is a country\'s code)' if right != code else ""))

    candidates = []
    for event_id, score in outcome.candidates[:MAX_CANDIDATES]:
        event = tracker.event(event_id)
        own = event_id == joined
        # its own event holds the article: the score counts it, and a word is shared when
        # another of its articles has it too (``Tracker.join_evidence``)
        shared, against = tracker.join_evidence(item, event_id, own=own)
        candidates.append({"event_id": event_id, "score": round(score, 3),
                           "title": getattr(event, "title", None), "own": own,
                           "shared": list(shared), "against": against or None})

    if joined and not outcome.matches:
        # read when another config was in force (a feed or watch since removed or changed)
        event = tracker.event(joined) or alone
        decision = (f"{outcome.reason} now; stored in event {joined} "
                    f"({getattr(event, 'title', 'since pruned')}) when it was read")
    elif not joined and outcome.event_id:
        # stored in no event: no watch took it when it was read (a watch added or changed
        # since, a reload). "joined event X" read as if it were in X (a user's review of
        # catch-ups, session 47): today's decision, said as such
        decision = (f"{outcome.reason} if it were read now; "
                    "stored in no event: no watch took it when it was read")
    else:
        decision = outcome.reason or f"event {outcome.event_id}"
    if old and max_age is not None and outcome.matches:
        days = (read_at - item.published).days
        decision += (f"; no alert: published {days} days before it was first read, older than "
                     f"max_item_age ({format_duration(max_age)})")
    return {
        "item": {"title": item.title, "source": item.source, "published": iso(item.published),
                 "lang": item.lang, "link": item.link,
                 "feed_url": redact(item.feed_url) if item.feed_url else None,
                 "feed_in_config": (not item.feed_url
                                    or settings.feed(item.feed_url) is not None)},
        "watches": [{"watch": m.watch, "keywords": list(m.keywords)}
                    for m in outcome.matches],
        "not_taken": not_taken,
        "reading": {
            "status": reading.status, "score": round(reading.score, 2),
            "returning": reading.returning, "note": note,
            "cues": [{"status": c.status, "phrase": c.phrase, "field": c.field,
                      "blocked": c.blocked, "weight": round(c.weight, 1)}
                     for c in reading.cues]},
        "candidates": candidates,
        "decision": decision,
        "event_id": joined or outcome.event_id,
        "stored": joined is not None,
        "when_read": ({"decision": read_then, "moves": moves, "alerts": alerts}
                      if joined else None),
    }


def print_explanation(report: dict[str, Any], tz: tzinfo) -> None:
    """``report`` (:func:`explanation`) for a person, times in ``tz``."""
    item = report["item"]
    print(f"item:     {bidi(item['title'])}")
    print(f"          {bidi(item['source'])}, {local_time(item['published'], tz)}"
          f", lang {item['lang'] or '?'}")
    print(f"          {item['link']}")
    if not item["feed_in_config"]:
        # a feed since removed from the config: the watches' ``feeds`` may no longer take it
        print(f"feed:     {item['feed_url']} (no longer in the config)")
    if not report["watches"]:
        print("watches:  none matched")
    for m in report["watches"]:
        print(f"watch:    {bidi(m['watch'])} (keywords: "
              f"{', '.join(map(bidi, m['keywords'])) or 'all items'})")
    absent = []
    for n in report["not_taken"]:
        if n["why"].startswith("none of its keywords"):
            absent.append(n["watch"])
        else:
            print(f"not:      {n['watch']}: {n['why']}")
    if absent:
        more = len(absent) - MAX_ABSENT_SHOWN
        shown = ", ".join(absent[:MAX_ABSENT_SHOWN]) + (f" and {more} more" if more > 0 else "")
        print(f"not:      {shown}: none of their keywords found")
    reading = report["reading"]
    print(f"status:   {reading['status'] or 'none'} (score {reading['score']:.2f})"
          f"{' - a return' if reading['returning'] else ''}")
    if reading["note"]:
        print(f"  note:   {reading['note']}")
    for cue in reading["cues"]:
        state = f"blocked: {cue['blocked']}" if cue["blocked"] else "counts"
        print(f"  cue:    {cue['status']:<10} {cue['phrase']!r} in {cue['field']} ({state}, "
              f"weight {cue['weight']:.1f})")
    for c in report["candidates"]:
        print(f"  candidate: {c['event_id']} score {c['score']:.3f}  {bidi(c['title'] or '?')}"
              + ("  [its own event, with this article]" if c["own"] else ""))
        shared = ", ".join(map(bidi, c["shared"])) or "nothing but the keywords"
        print(f"             shared: {shared}"
              f"{'; against: ' + c['against'] if c['against'] else ''}")
    print(f"decision: {report['decision']}")
    if report["when_read"] is not None:
        _print_trail(report["when_read"])


def _print_trail(when_read: dict[str, Any]) -> None:
    """What a stored item did when it was read: the decision then (which may differ from
    today's re-run: a wait for a second outlet since over, an event since moved on), the status
    it moved its event to and why (the rule or cue that moved it then), and the alerts it
    caused, with who was told and when (a stored item's decision is otherwise only "already in
    event X")."""
    moves, alerts = when_read["moves"], when_read["alerts"]
    if when_read.get("decision"):
        print(f"  decided then: {when_read['decision']}")
    for m in moves:
        # why, as read then: the day rule or the cue (today's events may read it otherwise)
        why = f" ({m['why']})" if m.get("why") else ""
        print(f"  when read: status {m['previous'] or 'none'} -> {m['status']}{why}")
    for a in alerts:
        told = {"delivered": f"delivered {a['done_at']}"
                             + (f", {a['error']}" if a["error"] else ""),
                "failed": f"failed {a['done_at']}: {a['error']}",
                "superseded": "not sent: " + (a["error"] or "a later alert of its event went "
                                              "out first") + f" ({a['done_at']})",
                }.get(a["state"], a["state"])
        print(f"  alert:  {a['kind']} {a['status']} for {a['watch']} to {a['notifier']}: "
              f"{told}")
    if not alerts:
        print("  alert:  none caused by this article")


def _spellings(link: str) -> list[str]:
    """``link`` (canonical), then itself with the other scheme and with or without ``www.``."""
    rest = link.split("://", 1)[1].removeprefix("www.")
    others = [f"{scheme}://{www}{rest}" for scheme in ("https", "http") for www in ("", "www.")]
    return [link, *(other for other in others if other != link)]
