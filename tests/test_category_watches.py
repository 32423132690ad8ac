"""Watches on a kind of occasion beside watches on a name (a user's review, session 48): a
headline that names only a kind ("Warnstreik", "strike", "élections") names no subject, so the
name its summary gives keeps its own watch; a headline naming a subject still makes a
summary-only name a passing mention."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from watcher.core.match import WatchMatcher, headline_watches, names_a_kind
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
