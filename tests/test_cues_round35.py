"""Round 35 (session 16, after round 34, tuned on the same sets): an occasion that is "the latest
casualty of" a ban or an outbreak is called off (only where an occasion is named: "the latest
casualty of the war" is a soldier); a defendant "unfit to stand trial" and judges who "halted the
proceedings" end a trial; a French strike "évitée de justesse" will not happen."""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("lang", "title", "summary", "status"), [
    ("en", "Engadin Skimarathon latest casualty of Swiss event ban",
     "The cross-country race was scheduled for March 8.", "cancelled"),
    ("en", "Tour is latest casualty of pandemic", "", "cancelled"),
    ("en", "Kabuga unfit to stand trial, UN judges rule",
     "Judges halted the proceedings against the genocide suspect.", "cancelled"),
    ("fr", "États-Unis : la grève du fret ferroviaire évitée de justesse", "", "cancelled"),
])
def test_round_35_readings(lang: str, title: str, summary: str, status: str) -> None:
    assert LEX.read(title, summary, lang).status == status


@pytest.mark.parametrize("title", [
    "Soldier becomes the latest casualty of the war",
    "Retailer becomes latest casualty of tariff war",
])
def test_a_casualty_needs_an_occasion(title: str) -> None:
    assert LEX.read(title, "", "en").status is None
