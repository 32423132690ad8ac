"""watcher's side of the benchmark: its real pipeline, and its tracker on a large event store.

``watcher`` polls with ``Pipeline(settings, store).poll_all()``: fetch, parse, normalise, dedupe,
match nine watches, cluster, classify status, decide alerts and write everything (outbox included)
to a real SQLite file in the contender's state directory, which the runner copies from the cold
run for the steady and idle polls, as a daemon's database would persist between polls. Building
the ``Pipeline`` (loading stored events into the tracker) happens once per daemon start, so it is
setup; the poll and closing the HTTP client are timed.

``match`` times ``Tracker.process`` alone: ``--extra '{"events": 50000, "items": 10000}'`` first
fills the tracker with that many events (untimed, by processing one synthetic article per event,
each about a different happening so that none cluster together), then processes the new items
and reports the median, p90 and mean time per item.
"""

from __future__ import annotations

import asyncio
import random
import statistics
import time
from datetime import UTC, datetime, timedelta
from typing import Any

from measure import Context, Prepare, Runner

# The nine watches of every watcher run: the subjects gen.py writes about, plus matching rules
# that exercise require/exclude. Keep them in step with gen.WATCHED_EN / WATCHED_DE.
WATCHES_TOML = """
[[watch]]
name = "putin"
keywords = ["Putin", "Poutine"]
[[watch]]
name = "macron"
keywords = ["Macron"]
[[watch]]
name = "wiesn"
keywords = ["Oktoberfest", "Wiesn"]
[[watch]]
name = "tennis"
keywords = ["Wimbledon"]
exclude = ["Junioren", "junior"]
[[watch]]
name = "space"
keywords = ["Starliner"]
[[watch]]
name = "oasis"
keywords = ["Oasis"]
[[watch]]
name = "swift"
keywords = ["Taylor Swift"]
[[watch]]
name = "kim"
keywords = ["Kim Jong Un"]
[[watch]]
name = "f1"
keywords = ["Formula 1", "Formel 1"]
require = ["Monza"]
"""


def config_text(ctx: Context, watches: str = WATCHES_TOML) -> str:
    """The TOML of a deployment watching every corpus feed: alerts go to a console notifier
    (never delivered here: the bench measures up to the outbox, not the sender)."""
    db = (ctx.state / "watcher.db").as_posix()
    lines = [
        "[daemon]", f'database = "{db}"', 'max_item_age = "off"',
        f"concurrency = {ctx.concurrency}", f"per_host = {ctx.concurrency}",
        "", "[notifier.term]", 'type = "console"', 'stream = "stderr"', "",
    ]
    for f in ctx.manifest["feeds"]:
        lines += ["[[feed]]", f'url = "{ctx.base}{f["path"]}"', f'name = "{f["title"]}"']
    return "\n".join(lines) + watches


def prepare_watcher(ctx: Context, watches: str = WATCHES_TOML) -> Runner:
    from watcher.config import load_config
    from watcher.pipeline import Pipeline
    from watcher.store import open_store

    settings = load_config(None, text=config_text(ctx, watches))
    store = open_store(str(settings.daemon.database))
    pipeline = Pipeline(settings, store)

    async def poll() -> Any:
        try:
            return await pipeline.poll_all()
        finally:
            await pipeline.aclose()

    def run() -> dict[str, Any]:
        summary = asyncio.run(poll())
        close = getattr(store, "close", None)
        if close is not None:
            close()
        return {"items": summary.new_items, "not_modified": summary.not_modified,
                "errors": summary.errors, "alerts": getattr(summary, "alerts", None)}

    return run


# --- matching -----------------------------------------------------------------------------------
CITIES = ["Budapest", "Berlin", "Paris", "Vienna", "Zurich", "Geneva", "Rome", "Madrid", "Lisbon",
          "Prague", "Warsaw", "Oslo", "Helsinki", "Tallinn", "Riga", "Vilnius", "Athens", "Sofia",
          "Bucharest", "Belgrade", "Zagreb", "Ljubljana", "Dublin", "Brussels", "Amsterdam",
          "Copenhagen", "Stockholm", "Munich", "Hamburg", "Cologne", "Lyon", "Milan", "Naples",
          "Seville", "Porto", "Krakow", "Gdansk", "Bratislava", "Salzburg", "Graz", "Basel",
          "Istanbul", "Ankara", "Cairo", "Riyadh", "Doha", "Dubai", "Tokyo", "Seoul", "Beijing",
          "Delhi", "Mumbai", "Jakarta", "Manila", "Sydney", "Toronto", "Chicago", "Boston",
          "Denver", "Houston", "Miami", "Havana", "Lima", "Bogota", "Santiago", "Anchorage"]
KINDS = ["summit", "visit", "concert", "final", "launch", "meeting", "summit talks", "festival",
         "ceremony", "press conference", "tour", "match", "trial", "conference", "parade"]
SUBJECTS = ["Putin", "Macron", "Oktoberfest", "Wimbledon", "Starliner", "Oasis", "Taylor Swift",
            "Kim Jong Un", "Formula 1 Monza"]
STATUS = ["cancelled", "postponed", "planned for next week", "took place", "called off", ""]


SYLLABLES = ["ka", "ro", "vel", "mi", "tan", "do", "se", "lur", "bri", "no", "zam", "pe", "qua",
             "ti", "gor", "la", "fen", "su", "dra", "wi"]


def _name(n: int) -> str:
    """A made-up proper noun, distinct for every ``n`` below 20**5: distinct happenings need
    distinct names, or the tracker rightly clusters them into one event."""
    parts = []
    for _ in range(4):
        n, r = divmod(n, len(SYLLABLES))
        parts.append(SYLLABLES[r])
    parts.append(SYLLABLES[n % len(SYLLABLES)])
    return "".join(parts).capitalize()


def synthetic_item(rng: random.Random, n: int, when: datetime, unique: bool) -> Any:
    """An article about a watched subject. ``unique`` ones each name a distinct happening (a
    made-up name in the title), so that each opens its own event; others may join one."""
    from watcher.models import Item

    subject = rng.choice(SUBJECTS)
    city = rng.choice(CITIES)
    kind = rng.choice(KINDS)
    tag = f" with {_name(n)} and {_name(n * 7919 + 13)}" if unique else ""
    title = f"{subject} {kind} in {city}{tag} {rng.choice(STATUS)}".strip()
    summary = (f"The {kind} with {subject} in {city}{tag} is {rng.choice(STATUS) or 'expected'}, "
               f"officials said on {when:%A}. Details were not disclosed.")
    key = f"bench:{'u' if unique else 'n'}:{n}"
    return Item(key=key, title=title, summary=summary, link=f"https://news.example.org/{key}",
                source=f"Outlet {n % 97}", published=when, feed_url="", lang="en")


def stored_events(tracker: Any, n: int, rng: random.Random, now: datetime) -> list[dict]:
    """``n`` events as the store would hold them (``EventState.to_dict()``), one synthetic
    article each, spread over the default retention of 180 days.

    Built the way ``Tracker.process`` opens a new event, minus the candidate search: with 50,000
    events the search would make the setup quadratic-ish and, rightly, cluster many of them.
    """
    from watcher.core.cluster import add_to_event
    from watcher.core.events import EventState, trim
    from watcher.core.features import features
    from watcher.core.tracker import event_id

    p = tracker.params
    span = timedelta(days=180)
    out = []
    for i in range(n):
        when = now - span + span * (i / max(1, n))
        item = synthetic_item(rng, i, when, unique=True)
        matches = tracker.matcher.match(item)
        reading = tracker.lexicon.read(item.title, item.summary, item.lang)
        ev = EventState(id=event_id(item), title=trim(item.title, p.title_chars),
                        first_seen=when, last_seen=when, title_lang=item.lang)
        ev.watches = [m.watch for m in matches]
        ev.add_item(item, p.title_chars)
        add_to_event(ev, features(item, p), p)
        ev.apply(reading, item)
        out.append(ev.to_dict())
    return out


def prepare_match(ctx: Context) -> Runner:
    from watcher.config import load_config
    from watcher.core.tracker import Tracker

    n_events = int(ctx.extra.get("events", 50_000))
    n_items = int(ctx.extra.get("items", 10_000))
    settings = load_config(None, text="[daemon]\ndatabase = \"/dev/null\"\n" + WATCHES_TOML)
    rng = random.Random(7)
    now = datetime(2025, 10, 16, 12, 0, tzinfo=UTC)
    events = stored_events(Tracker(settings.watches), n_events, rng, now)
    tracker = Tracker(settings.watches, events=events)
    del events
    built = len(tracker.events())
    new = [synthetic_item(rng, n_events + j, now + timedelta(seconds=j), unique=j % 2 == 0)
           for j in range(n_items)]

    def run() -> dict[str, Any]:
        times = []
        joined = 0
        for j, item in enumerate(new):
            t0 = time.perf_counter()
            outcome = tracker.process(item, now + timedelta(seconds=j))
            times.append(time.perf_counter() - t0)
            joined += outcome.event_id is not None and not outcome.new_event
        times.sort()
        return {"items": n_items, "events": n_events, "events_built": built, "joined": joined,
                "events_after": len(tracker.events()),
                "median_us": statistics.median(times) * 1e6,
                "p90_us": times[int(len(times) * 0.9)] * 1e6,
                "mean_us": statistics.fmean(times) * 1e6}

    return run


def prepare_watcher_bare(ctx: Context) -> Runner:
    """watcher's pipeline with no watch: fetch, parse, normalise, dedupe and store, nothing
    matched, read or clustered: the least the real pipeline does for a poll."""
    return prepare_watcher(ctx, watches="")


CONTENDERS: dict[str, Prepare] = {"watcher": prepare_watcher, "watcher-bare": prepare_watcher_bare,
                                  "match": prepare_match}
