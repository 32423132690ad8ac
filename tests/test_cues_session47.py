"""Session 47's readings from set 178 (video games): a watch's name that opens with a negator
("No Man's Sky", "No Time to Die") is a name, no denial of the cue after it; a release "is
coming to" a console in a year is a plan; a presenter that "closed its" show with a teaser
tells no occasion over."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from watcher.core.cues import Lexicon
from watcher.core.prepare import read_status
from watcher.core.types import WatchMatch
from watcher.models import Item

LEX = Lexicon.builtin()


def _item(title: str, summary: str = "", lang: str = "en") -> Item:
    return Item(key="k", title=title, summary=summary, link="https://x/1", source="s",
                published=datetime(2020, 1, 1, tzinfo=UTC), lang=lang)


@pytest.mark.parametrize(("title", "keyword", "expected"), [
    ("It's official: No Man's Sky delayed to August", "No Man's Sky", "postponed"),
    ("No Time to Die delayed again, now due in October", "No Time to Die", "postponed"),
    ("No Time to Die not delayed, MGM insists", "No Time to Die", "planned"),
])
def test_a_negator_in_a_watchs_name_is_the_names(title: str, keyword: str,
                                                 expected: str) -> None:
    assert read_status(LEX, _item(title), [WatchMatch("w", (keyword,))]).status == expected


def test_without_the_name_the_negator_still_denies() -> None:
    # the same headline for a watch that names the studio: nothing marks "No" as a name
    item = _item("It's official: No Man's Sky delayed to August")
    assert read_status(LEX, item, [WatchMatch("w", ("Hello Games",))]).status != "postponed"


def test_coming_to_a_console_in_a_year_is_a_plan() -> None:
    reading = LEX.read("A new Animal Crossing is coming to the Switch in 2019",
                       "Nintendo closed its Direct presentation with a teaser confirming a "
                       "mainline Animal Crossing game for next year.", "en")
    assert reading.status == "planned"
    assert not [c for c in reading.cues if c.status == "held" and c.blocked is None]


@pytest.mark.parametrize(("title", "expected"), [
    ("Canada beat Finland to retain ice hockey world title", "held"),  # a result, told
    ("Canada eyes chance to retain title", "planned"),  # one still to come
])
def test_retain_after_a_verb_is_a_result(title: str, expected: str) -> None:
    assert LEX.read(title, "", "en").status == expected
