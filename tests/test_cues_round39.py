"""Round 39: an occasion going on in spite of something, and a date held to.

Misses over the tuning sets: "still on despite failed drug tests", "will go on despite
pullouts", "Veranstalter halten am Juni-Termin fest", "Fusion-Festival kann stattfinden" read
no status, and "goes ahead despite threats", "maintenu malgré les menaces" read the threat
as a hedge of the cue (now "despite", "trotz", "malgré" end the words a cue's hedge is looked
for in, as "after" and "citing" do). A question, a condition ("kann nur stattfinden,
wenn") or an open doubt ("ob ... stattfinden kann") still says nothing.
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "lang"), [
    ("Title fight still on despite failed drug test, promoter says", "en"),
    ("City says the parade will go on despite the storm warning", "en"),
    ("Marathon goes on despite heat warning", "en"),
    ("Organisers insist the festival will go on as planned", "en"),
    # what follows "despite", "trotz", "malgré" is a circumstance braved, not a hedge
    ("Festival will go ahead despite threat of strike", "en"),
    ("Le festival est maintenu malgré les menaces", "fr"),
    ("Le salon aura lieu malgré les menaces de grève", "fr"),
    ("Veranstalter halten am Juni-Termin fest", "de"),
    ("Stadtfest: Veranstalter halten am August-Termin weiter fest", "de"),
    ("Einigung mit der Polizei: Open-Air kann stattfinden", "de"),
    ("Trotz Regen: Das Seefest kann wie geplant stattfinden", "de"),
])
def test_going_on_in_spite_of_something_is_planned(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "planned"


@pytest.mark.parametrize(("title", "lang"), [
    ("Is the match still on despite the storm?", "en"),
    ("Ob das Fest stattfinden kann, ist offen", "de"),
    ("Das Fest kann nur stattfinden, wenn der Regen aufhört", "de"),
    ("Die Regierung hält am Kurs fest", "de"),
    ("Festival may go ahead despite the storm", "en"),
])
def test_a_question_a_condition_or_a_policy_is_no_plan(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status is None
