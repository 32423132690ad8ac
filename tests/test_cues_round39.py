"""Round 39: an occasion going on in spite of something, and a date held to.

Misses over the tuning sets: "still on despite failed drug tests", "will go on despite
pullouts", "Veranstalter halten am Juni-Termin fest", "Fusion-Festival kann stattfinden" read
no status, and "goes ahead despite threats", "maintenu malgré les menaces" read the threat
as a hedge of the cue (now "despite", "trotz", "malgré" end the words a cue's hedge is looked
for in, as "after" and "citing" do, but for a hedge that ends the clause: "Absage trotz
Ausverkauf möglich", "Absage wegen Sturm möglich" had read cancelled). A question, a
condition ("kann nur stattfinden, wenn") or an open doubt ("ob ... stattfinden kann") still
says nothing.
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "lang"), [
    ("Title fight still on despite failed drug test, promoter says", "en"),
    ("City says the parade will go on despite the storm warning", "en"),
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
    # "goes on" and "still on" alone are no occasion (review of the round)
    ("Fighting goes on despite ceasefire", "en"),
    ("Power still on after storm", "en"),
])
def test_a_question_a_condition_or_a_policy_is_no_plan(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status is None


@pytest.mark.parametrize(("title", "lang", "status"), [
    # past the cause or the circumstance, a hedge that ends the clause still hedges
    ("Absage trotz Ausverkauf möglich", "de", "cancelled"),
    ("Absage wegen Sturm möglich", "de", "cancelled"),
    ("Report du match malgré l'accord envisagé", "fr", "postponed"),
    ("Race postponement despite sunshine possible", "en", "postponed"),
])
def test_a_hedge_ending_the_clause_past_a_cause_still_hedges(title: str, lang: str,
                                                            status: str) -> None:
    assert LEX.read(title, "", lang).status != status


@pytest.mark.parametrize(("title", "lang", "status"), [
    # a named threat, a noun, is the circumstance braved: no hedge
    ("Le festival est maintenu malgré les menaces", "fr", "planned"),
    ("Festival findet trotz Drohungen statt", "de", "planned"),
    ("Konzert trotz Sturmwarnung abgesagt", "de", "cancelled"),
    ("Match postponed despite fears of crowd trouble", "en", "postponed"),
    ("Summit cancelled despite hopes it could still take place", "en", "cancelled"),
])
def test_a_named_threat_past_despite_is_no_hedge(title: str, lang: str, status: str) -> None:
    assert LEX.read(title, "", lang).status == status
