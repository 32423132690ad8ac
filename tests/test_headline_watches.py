"""An item belongs to the watches its headline names: a watch whose keyword only its summary
mentions, while another watch's keyword stands in the headline, is a passing mention
(``core.match.headline_watches``; session 12)."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime

from watcher.core.match import WatchMatcher, headline_watches
from watcher.core.tracker import Tracker
from watcher.core.types import WatchMatch
from watcher.models import Item
from watcher.settings import WatchSettings

NOW = datetime(2015, 12, 1, 9, tzinfo=UTC)
SYRIA = WatchSettings("syria", keywords=("Syria", "Syrien"))
DEBATE = WatchSettings("debate", keywords=("Corbyn",))
EVERYTHING = WatchSettings("all")


def _item(title: str, summary: str, key: str = "a") -> Item:
    return Item(key=key, title=title, summary=summary, link=f"https://x.example/{key}",
                source="bbc", published=NOW, feed_url="", lang="en")


ITEM = _item("Cameron calls Wednesday vote on Syria air strikes",
             "MPs will debate for ten hours; Corbyn allows his party a free vote.")


def test_the_matcher_says_where_a_keyword_stands() -> None:
    found = WatchMatcher([SYRIA, DEBATE]).match(ITEM)
    assert found == (WatchMatch("syria", ("Syria",), True),
                     WatchMatch("debate", ("Corbyn",), False))


def test_summary_only_watches_give_way_to_the_headline_s() -> None:
    found = WatchMatcher([SYRIA, DEBATE, EVERYTHING]).match(ITEM)
    assert [m.watch for m in headline_watches(found)] == ["syria", "all"]


def test_with_no_keyword_in_the_headline_every_watch_keeps_the_item() -> None:
    item = _item("Commons to vote on air strikes", "Cameron seeks backing on Syria; Corbyn wavers.")
    found = WatchMatcher([SYRIA, DEBATE]).match(item)
    assert [m.watch for m in headline_watches(found)] == ["syria", "debate"]


def test_both_in_the_headline_both_keep_it() -> None:
    item = _item("Corbyn allows free vote on Syria air strikes", "")
    found = WatchMatcher([SYRIA, DEBATE]).match(item)
    assert [m.watch for m in headline_watches(found)] == ["syria", "debate"]


def test_the_tracker_alerts_only_the_headline_s_watch() -> None:
    tracker = Tracker([SYRIA, DEBATE])
    out = tracker.process(_item("Commons to vote on Syria air strikes on Wednesday",
                                "Corbyn allows Labour MPs a free vote.", "b"), NOW)
    event = tracker.event(out.event_id or "")
    assert event is not None and event.watches == ["syria"]
    assert [(a.kind, a.watch) for a in out.alerts] == [("new_event", "syria")]
    assert [m.watch for m in out.matches] == ["syria"]


def test_a_match_pickles_with_where_it_stands() -> None:
    match = WatchMatch("debate", ("Corbyn",), False)
    assert pickle.loads(pickle.dumps(match)) == match



def test_a_keyword_inflected_or_respelled_in_the_headline_stands_there() -> None:
    """"Lawrow" for Lavrov, "Gipfels" for Gipfel: the headline names the watch as much as the
    keyword's own spelling would."""
    matcher = WatchMatcher([WatchSettings("lavrov", keywords=("Lavrov",)), DEBATE,
                            WatchSettings("gipfel", keywords=("Gipfel",))])
    found = matcher.match(_item("Lawrow trifft Corbyn am Rande des Gipfels", ""))
    assert [(m.watch, m.headline) for m in found] == [
        ("lavrov", True), ("debate", True), ("gipfel", True)]
