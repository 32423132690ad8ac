"""Round 93: an acronym is written in capitals (session 34, decided on the 69 tuning sets,
developed on one half by set parity and checked on the other).

A keyword the configuration writes in capitals only is an acronym ("CES", "ABBA", "UN").
A text word written all in lower case is a word of the language, not the acronym ("ces
chiffres" in French is no CES); an ending after the acronym's letters counts only when those
letters are written in capitals ("EMAs", "NATOs"): "Abbas" is a name, no plural of ABBA.
British and German outlets write acronyms as names ("Nato", "Opec", "Nasa"): those still count.
Tuning (69 sets) 421 / 631 / 0.9415 -> 419 / 631 / 0.9415 (wrong / missed / mean B-cubed).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from watcher.core.match import WatchMatcher
from watcher.models import Item
from watcher.settings import WatchSettings

WHEN = datetime(2025, 10, 16, tzinfo=UTC)


def hits(keyword: str, title: str, summary: str = "") -> bool:
    """Does a watch on ``keyword`` take an item with ``title`` and ``summary``?"""
    item = Item(key=title, title=title, summary=summary, link=None, source="s",
                published=WHEN, feed_url="https://a.example/rss")
    return bool(WatchMatcher([WatchSettings("w", keywords=(keyword,))]).match(item))


@pytest.mark.parametrize(("keyword", "title", "summary"), [
    # a word of the language, written in lower case
    ("CES", "Super Bowl à Las Vegas : ces chiffres qui donnent le vertige", ""),
    ("UN", "Coup de tonnerre : un accord signé à Paris", ""),
    ("COP", "Off-duty cop praised for rescue on subway", ""),
    # a name that begins with the acronym's letters, with an ending
    ("ABBA", "Abbas verschiebt palästinensische Parlamentswahl", ""),
    ("NATO", "Natos new coach arrives", ""),
])
def test_not_the_acronym(keyword: str, title: str, summary: str) -> None:
    assert not hits(keyword, title, summary)


@pytest.mark.parametrize(("keyword", "title", "summary"), [
    ("CES", "CES 2021 to be held online only", ""),
    ("NATO", "Nato summit opens in Vilnius", ""),
    ("OPEC", "Katar tritt aus der Opec aus", ""),
    ("NATO", "NATO-Gipfel in Vilnius eröffnet", ""),
    ("NATO", "NATOs Gipfel beginnt", ""),
    ("EMA", "MTV EMAs to be held in Manchester", ""),
    ("EMA", "MTV EMA in Manchester verliehen", ""),
    # capitals say nothing in a headline written all in capitals
    ("CES", "CES SHOW FLOOR OPENS", ""),
    # the acronym written in capitals anywhere in the item
    ("CES", "Tech show opens", "Crowds return to CES in Las Vegas."),
])
def test_the_acronym(keyword: str, title: str, summary: str) -> None:
    assert hits(keyword, title, summary)


def test_lower_case_keyword_still_takes_lower_case_words() -> None:
    # a keyword the configuration writes in lower case is a word, not an acronym
    assert hits("ces", "ces chiffres qui donnent le vertige")


def test_a_feed_without_capitals_says_nothing() -> None:
    # a feed that writes everything in lower case: the acronym still counts
    assert hits("CES", "ces 2021 to be held online only")
