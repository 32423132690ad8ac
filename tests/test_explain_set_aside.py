"""``watcher explain`` of a stored article scores it against its event as it was before the
article came (a user's review, session 42: the "shared" words of a wrong join were the article's
own - "Brussels", "przełożony" - and an event's first article scored 1.000 against itself)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from watcher.core.tracker import Tracker
from watcher.models import Item
from watcher.settings import WatchSettings

T0 = datetime(2025, 11, 10, 8, tzinfo=UTC)
WATCHES = [WatchSettings("zelensky", keywords=("Zelensky",))]


def _item(n: int, title: str, summary: str) -> Item:
    return Item(key=f"k{n}", title=title, summary=summary, link=f"https://x/{n}",
                source=f"s{n}", published=T0 + timedelta(hours=n), lang="en")


VISIT = _item(0, "Zelensky to visit Warsaw on November 20",
              "The Ukrainian president will meet Polish leaders in Warsaw.")
CALL = _item(1, "Tusk speaks to Zelensky about Warsaw visit",
             "The Polish prime minister and Zelensky discussed the Warsaw trip and Brussels.")


def _reloaded() -> tuple[Tracker, str]:
    """A tracker that read both articles, and one loaded from its state, as explain is."""
    live = Tracker(WATCHES)
    first = live.process(VISIT, VISIT.published)
    second = live.process(CALL, CALL.published)
    assert first.event_id and second.event_id == first.event_id
    events = [e.to_dict() for e in live.events()]
    keys = {VISIT.key: first.event_id, CALL.key: first.event_id}
    return Tracker(WATCHES, events=events, keys=keys), first.event_id


def test_shared_words_are_the_events_before_the_article() -> None:
    tracker, event_id = _reloaded()
    before, _ = tracker.join_evidence(CALL, event_id, limit=50)
    assert any("brussel" in w for w in before)  # counted in the event, from the article itself
    tracker.set_aside(CALL, event_id)
    after, _ = tracker.join_evidence(CALL, event_id, limit=50)
    assert not any("brussel" in w or "tusk" in w for w in after), after
    assert any("warsaw" in w for w in after), after  # what the visit's article did say
    assert tracker.explain(CALL, CALL.published).event_id == event_id


def test_an_events_first_article_is_no_candidate_of_itself() -> None:
    tracker, event_id = _reloaded()
    tracker.set_aside(VISIT, event_id)  # two articles: the event stays, less the first's words
    assert tracker.event(event_id) is not None
    alone = Tracker(WATCHES)
    ev = alone.process(VISIT, VISIT.published).event_id
    assert ev is not None
    alone.set_aside(VISIT, ev)
    assert alone.event(ev) is None
    outcome = alone.explain(VISIT, VISIT.published)
    assert all(c != ev for c, _ in outcome.candidates)
