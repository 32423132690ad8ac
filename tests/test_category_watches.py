"""Watches on a kind of occasion beside watches on a name (a user's review, session 48): a
headline that names only a kind ("Warnstreik", "strike", "élections") names no subject, so the
name its summary gives keeps its own watch; a headline naming a subject still makes a
summary-only name a passing mention."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from watcher.core.match import WatchMatcher, headline_watches, kind_watch, names_a_kind
from watcher.core.tracker import Tracker
from watcher.models import Item
from watcher.settings import WatchSettings

WATCHES = (
    WatchSettings(name="strikes", keywords=("Streik", "Warnstreik", "strike", "grève")),
    WatchSettings(name="gdl", keywords=("GDL", "Weselsky")),
    WatchSettings(name="putin", keywords=("Putin",)),
    WatchSettings(name="orban", keywords=("Orbán",)),
)
MATCHER = WatchMatcher(WATCHES)


def _watches(title: str, summary: str, lang: str = "de") -> set[str]:
    item = Item(key="k", title=title, summary=summary, link="https://x.example/1", source="S",
                published=datetime(2023, 12, 5, tzinfo=UTC), feed_url="", lang=lang)
    return {m.watch for m in headline_watches(tuple(MATCHER.match(item)))}


@pytest.mark.parametrize(("keyword", "kind"), [
    ("Streik", True), ("Warnstreik", True), ("grève", True), ("élections", True),
    ("Parlamentswahl", True), ("Gipfel", True), ("GDL", False), ("Putin", False),
    ("Christmas market", False), ("Auswahl", False),
])
def test_names_a_kind(keyword: str, kind: bool) -> None:
    assert names_a_kind(keyword) is kind


def test_a_kind_in_the_headline_leaves_the_summarys_name_its_watch() -> None:
    assert _watches("Zweiter Warnstreik: Lokführer legen die Arbeit nieder",
                    "Die GDL hat ihre Mitglieder erneut zum Ausstand aufgerufen.") == {
        "strikes", "gdl"}
    assert _watches("German train drivers to strike again on Thursday",
                    "The GDL union called a 24-hour walkout.", "en") == {"strikes", "gdl"}


def test_a_name_in_the_headline_still_makes_a_summary_name_a_passing_mention() -> None:
    assert _watches("Putin empfängt Gäste im Kreml",
                    "Auch Orbán war bereits in Moskau.") == {"putin"}
    # a name and a kind in the headline: the name is the subject
    assert _watches("GDL ruft zum Warnstreik auf", "Auch Putin äußerte sich.") == {
        "strikes", "gdl"}


def test_a_kind_watch_is_told_by_all_its_keywords() -> None:
    assert kind_watch(WATCHES[0])  # Streik, Warnstreik, strike, grève
    assert not kind_watch(WATCHES[1])  # GDL, Weselsky
    # a name watch with a kind among its keywords stays a name watch (a run-off's "Stichwahl")
    assert not kind_watch(WatchSettings(name="hofburg", keywords=("Van der Bellen", "Stichwahl")))


def test_a_kind_watchs_keyword_alone_joins_no_other_strike() -> None:
    """Italy's transport strike, then Germany's rail strike two hours later: they share only
    the watch's keywords. In a name watch such an article continues the watch's current story;
    in a watch on every strike, it is another strike."""
    strikes = WatchSettings(name="strikes", keywords=("Streik", "Warnstreik", "grève", "sciopero"))
    assert kind_watch(strikes)
    tracker = Tracker((strikes,))
    italy = Item(key="it", title="Sciopero dei trasporti del 17 novembre, Salvini firma la "
                 "precettazione", summary="Lo sciopero generale è ridotto a quattro ore.",
                 link="https://it.example/1", source="ANSA",
                 published=datetime(2023, 11, 14, 16, tzinfo=UTC), feed_url="", lang="it")
    germany = Item(key="de", title="GDL ruft zu Warnstreik bei der Deutschen Bahn auf",
                   summary="Die Lokführergewerkschaft will den Fernverkehr ab Mittwochabend "
                   "lahmlegen.", link="https://de.example/1", source="Tagesschau",
                   published=datetime(2023, 11, 14, 18, tzinfo=UTC), feed_url="", lang="de")
    first = tracker.process(italy, italy.published)
    second = tracker.process(germany, germany.published)
    assert first.event_id and second.event_id and second.new_event, second.reason
    assert second.event_id != first.event_id
