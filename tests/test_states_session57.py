"""Session 57: a holiday's weekday, an occasion kept, a strike suspended in French.

"Düsseldorf finally holds its Rose Monday parade" names a parade, no Monday still to come: a
weekday inside a day's name ("Rose Monday", "Black Friday", "lundi de Pâques") does not put
a held cue ahead (``dates.weekday_names_day``, ``cue_future.time_ahead``). "Köln hält am
Rosenmontagszug fest" keeps the occasion on (planned); "Dänemark hält am Steuerstopp fest"
keeps a policy: the phrase is bound to an event noun (``event_bound``), as "hält am Kurs fest"
needed (round 39). French strikes suspended in the plural are called off too.
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon
from watcher.core.dates import weekday_names_day

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("words", "i", "named"), [
    (["holds", "its", "rose", "monday", "parade"], 3, True),
    (["black", "friday", "sales"], 1, True),
    (["le", "lundi", "de", "paques"], 1, True),
    (["defile", "du", "lundi", "des", "roses"], 2, True),
    (["dimanche", "des", "rameaux"], 0, True),
    (["le", "psg", "recoit", "samedi", "saint", "etienne"], 3, False),
    (["opens", "on", "monday"], 2, False),
    (["le", "lundi", "de", "la", "fete"], 1, False),
    (["rose", "parade"], 0, False),
])
def test_a_weekday_in_a_day_s_name(words: list[str], i: int, named: bool) -> None:
    assert weekday_names_day(words, i) is named


def test_a_parade_named_by_its_holiday_is_reported_not_previewed() -> None:
    reading = LEX.read("Düsseldorf finally holds its Rose Monday parade",
                       "Five weeks late, the carnival floats mocking politicians rolled "
                       "through the city on a Sunday in March.", "en")
    assert reading.status == "held"


def test_a_weekday_of_its_own_still_previews() -> None:
    reading = LEX.read("Düsseldorf holds its carnival parade on Monday", "", "en")
    assert reading.status == "planned"


def test_an_occasion_kept_on_is_planned() -> None:
    reading = LEX.read("Köln hält am Rosenmontagszug fest",
                       "Trotz der Sturmwarnung soll der Zug rollen, sagt das Festkomitee.",
                       "de")
    assert reading.status == "planned"


def test_a_policy_kept_is_no_plan() -> None:
    reading = LEX.read("Dänemark hält am Steuerstopp fest", "", "de")
    assert reading.status is None


@pytest.mark.parametrize("title", [
    "Gambia: Parlament hält am Verbot der Genitalverstümmelung fest",
    # an event named elsewhere in the headline is not what is kept (a code review)
    "Nach dem Parteitag: Grüne halten am Heizungsgesetz fest",
    "Trotz Gipfel-Pleite: Merz hält am Kurs fest",
    "Polizei hält am Festivalgelände Dutzende fest",
])
def test_a_policy_or_a_place_kept_is_no_plan(title: str) -> None:
    assert LEX.read(title, "", "de").status is None


def test_strikes_suspended_in_french_are_called_off() -> None:
    reading = LEX.read("Les grèves suspendues aux chemins de fer néerlandais", "", "fr")
    assert reading.status == "cancelled"
    # what else a strike suspends is no call-off of it (a code review)
    assert LEX.read("Les grèves reprennent, les négociations suspendues", "",
                    "fr").status != "cancelled"
    assert LEX.read("Face aux grèves, les ventes de billets suspendues par la SNCF", "",
                    "fr").status != "cancelled"


def test_a_summit_s_declaration_agreed_reports_it_held() -> None:
    reading = LEX.read("G20 leaders agree joint declaration in surprise consensus",
                       "The New Delhi declaration avoided condemning Russia directly over the "
                       "war in Ukraine.", "en")
    assert reading.status == "held"
    assert LEX.read("G20 agrees New Delhi declaration, admits African Union", "",
                    "en").status == "held"


@pytest.mark.parametrize("title", [
    "G20 leaders to agree joint declaration",
    # what was agreed is still to come; "joint statement says" names a source (a code review)
    "Russia and China agree to hold summit, joint statement says",
    "Palestinian factions agree to hold elections, joint statement says",
])
def test_a_declaration_still_to_agree_is_planned(title: str) -> None:
    assert LEX.read(title, "", "en").status == "planned"
