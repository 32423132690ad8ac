"""``watcher explain`` of a stored article (a user's review, session 42: the "shared" words of
a wrong join were the article's own - "Brussels", "przełożony" - and an event's first article
scored 1.000 against itself). An event the article alone made is no candidate; in an event of
several articles, a word is shared when another article has it too."""

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


def test_shared_words_of_its_own_event_are_another_articles() -> None:
    tracker, event_id = _reloaded()
    assert tracker.set_aside(CALL, event_id) is None  # two articles: the event stays
    counted, _ = tracker.join_evidence(CALL, event_id, limit=50)
    assert any("brussel" in w for w in counted)  # the article's own word, in its event
    shared, _ = tracker.join_evidence(CALL, event_id, limit=50, own=True)
    assert not any("brussel" in w or "tusk" in w for w in shared), shared
    assert any("warsaw" in w for w in shared), shared  # what the visit's article said too
    assert tracker.explain(CALL, CALL.published).event_id == event_id


def test_an_events_only_article_is_no_candidate_of_itself() -> None:
    alone = Tracker(WATCHES)
    ev = alone.process(VISIT, VISIT.published).event_id
    assert ev is not None
    dropped = alone.set_aside(VISIT, ev)
    assert dropped is not None and dropped.id == ev and alone.event(ev) is None
    outcome = alone.explain(VISIT, VISIT.published)
    assert all(c != ev for c, _ in outcome.candidates)
