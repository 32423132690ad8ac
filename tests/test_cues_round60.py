"""Round 60: wrong alerts from status misreadings (session 29, decided on the 59 tuning sets
only).

What takes place before an occasion is no report of the occasion: the draw of a tournament,
the start of construction of a tunnel or a stadium. Each rule below blocks such a reading with a
reason a news editor would give, and leaves the true report of the occasion as it was.
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "lang"), [
    # the draw or the construction takes place, the occasion is to come: tuning 393 / 599,
    # B3 0.9359 -> 391 / 600, B3 0.9360
    ("CAN 2025 : le tirage au sort a eu lieu à Rabat", "fr"),
    ("Construction begins on Fehmarn Belt tunnel linking Denmark and Germany", "en"),
    ("The draw took place in Doha on Friday", "en"),
    ("Nord Stream 2: Bauarbeiten in deutschen Gewässern wieder aufgenommen", "de"),
    ("Die Auslosung hat in Hamburg stattgefunden", "de"),
    ("Comienzan las obras del nuevo estadio", "es"),
    ("El sorteo se celebró en Madrid", "es"),
    ("Il sorteggio si è svolto a Roma", "it"),
])
def test_round60_prelude_is_no_occasion_held(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status != "held"


@pytest.mark.parametrize(("title", "lang"), [
    # the occasion itself still reads held
    ("CAN 2025 : le match d'ouverture a eu lieu à Rabat", "fr"),
    ("The summit begins in Doha", "en"),
    ("Der Gipfel hat in Hamburg stattgefunden", "de"),
    ("Le festival a eu lieu malgré la pluie", "fr"),
    ("El partido se celebró en Madrid", "es"),
    ("Comienza el Mundial en Qatar", "es"),
])
def test_round60_occasion_still_held(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "held"


@pytest.mark.parametrize(("title", "lang"), [
    # "before" right after an occasion's noun dates that occasion by another, no plan of the
    # one that comes after it: tuning 391 / 600 -> 389 / 599, B3 0.9360 -> 0.9361
    ("Letztes TV-Duell vor der Wahl: Bardella bleibt vorsichtig", "de"),
    ("SEPTA seeks court order to end strike before Election Day", "en"),
    ("Last debate before the election: Sunak and Starmer clash on tax", "en"),
])
def test_round60_occasion_before_another_is_no_plan(title: str, lang: str) -> None:
    reading = LEX.read(title, "", lang)
    assert reading.status != "planned"
    assert any(c.blocked == "other-event" for c in reading.cues)


@pytest.mark.parametrize(("title", "lang"), [
    # "before" the occasion with no occasion before it still previews it
    ("Tensions rise before the election", "en"),
    ("Unruhe vor der Wahl in Frankreich", "de"),
    ("Fièvre avant la finale à Paris", "fr"),
])
def test_round60_before_an_occasion_still_plans(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "planned"


def test_round60_a_suggestion_is_no_change() -> None:
    # a suggestion or a proposal asks for the change, and what is to happen "until" something
    # ends has not happened: tuning 389 / 599 -> 387 / 599, B3 0.9361 (the suggestion alone:
    # 389 / 599, B3 0.9360, read held off "until shutdown ends")
    reading = LEX.read("Pelosi suggests Trump delay State of the Union until shutdown ends",
                       "Citing security concerns, the speaker proposed the president either "
                       "reschedule or submit the address in writing.", "en")
    assert reading.status not in ("postponed", "held")
    assert LEX.read("Minister proposes the festival be cancelled", "", "en").status != "cancelled"
    assert LEX.read("The strike goes on until the talks begin", "", "en").status != "held"


@pytest.mark.parametrize(("title", "status"), [
    # the change made, and an occasion that ends, still read
    ("Trump delays State of the Union until shutdown ends", "postponed"),
    ("Organisers cancel the festival after storm warning", "cancelled"),
    ("Shutdown ends after 35 days", "held"),
])
def test_round60_change_made_still_read(title: str, status: str) -> None:
    assert LEX.read(title, "", "en").status == status


@pytest.mark.parametrize(("title", "lang"), [
    # "later than planned" tells a new date: a postponement, though the verb is a plan:
    # tuning 387 / 599 -> 386 / 599, B3 0.9361 (English "later than planned" too: 386 / 601,
    # B3 0.9360, a summary's recap "advanced a day later than planned"; "avec neuf ans de
    # retard" too: 387 / 603, "L'aéroport BER ouvre enfin, avec neuf ans de retard" is held)
    ("La ligne 15 sud ouvrira fin 2025, un an plus tard que prévu", "fr"),
    ("Le musée rouvrira plus tard que prévu", "fr"),
    ("La línea abrirá más tarde de lo previsto", "es"),
    ("Il ponte aprirà più tardi del previsto", "it"),
])
def test_round60_later_than_planned_is_postponed(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "postponed"


@pytest.mark.parametrize(("title", "lang", "status"), [
    # a plan, or an opening late on the day, still reads as before
    ("La ligne 15 sud ouvrira fin 2025 comme prévu", "fr", "planned"),
    ("L'aéroport BER de Berlin ouvre enfin, avec neuf ans de retard", "fr", "held"),
    ("La línea abrirá en 2025", "es", "planned"),
])
def test_round60_plan_or_late_opening_unchanged(title: str, lang: str, status: str) -> None:
    assert LEX.read(title, "", lang).status == status


@pytest.mark.parametrize(("title", "lang"), [
    # "no carnival this year" with its attribution ("government confirms") is the call-off,
    # the reporting verb no plan: tuning 386 / 599 -> 385 / 599, B3 0.9361
    ("No Carnival in Trinidad and Tobago in 2021, government confirms", "en"),
    ("Pas de Grand Prix des Pays-Bas en 2020, annonce la F1", "fr"),
    ("Kein Rio-Karneval 2021, bestätigt die Stadt", "de"),
])
def test_round60_no_occasion_this_time_with_attribution(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "cancelled"


@pytest.mark.parametrize(("title", "lang"), [
    # the reporting verb alone still announces the occasion
    ("Government confirms Carnival in 2021", "en"),
    ("La F1 annonce le Grand Prix des Pays-Bas en 2021", "fr"),
])
def test_round60_announcement_still_plans(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "planned"


def test_round60_delays_a_thing_brings_are_no_postponement() -> None:
    # tuning 385 / 599 -> 384 / 599, B3 0.9361
    assert LEX.read("Trillium Line's first week brings delays and door problems", "",
                    "en").status is None
    assert LEX.read("Snowstorm causes major delays at Heathrow", "", "en").status is None
    # an occasion delayed still reads
    assert LEX.read("Storm delays the Heathrow air show", "", "en").status == "postponed"


def test_round60_capitalised_cue_after_a_determiner_is_a_name() -> None:
    # "the Axe" is a trophy, no call-off: tuning 384 / 599 -> 383 / 599, B3 0.9361
    reading = LEX.read("Stanford keeps the Axe in rescheduled Big Game", "", "en")
    assert reading.status != "cancelled"
    # the verb in lower case, or a headline in Title Case, still reads
    assert LEX.read("Stanford axe the Big Game", "", "en").status == "cancelled"
    assert LEX.read("Organisers cancel the parade", "", "en").status == "cancelled"
    assert LEX.read("Le festival est annulé", "", "fr").status == "cancelled"


def test_round60_participle_in_a_phrase_with_dans_describes() -> None:
    # "dans le match repoussé": the participle describes the match the headline reports held:
    # tuning 383 / 599 -> 382 / 598, B3 0.9361
    assert LEX.read("Manchester City bat West Ham dans le match repoussé par la tempête", "",
                    "fr").status == "held"
    # the participle as the news still reads
    assert LEX.read("Le match est repoussé par la tempête", "", "fr").status == "postponed"
    assert LEX.read("Manchester City - West Ham repoussé par la tempête", "",
                    "fr").status == "postponed"


def test_round60_participle_after_as_describes() -> None:
    # a headline's clause of time without its article: tuning 382 / 598 -> 381 / 598,
    # B3 0.9361 -> 0.9362
    assert LEX.read("Li Keqiang drops growth target as delayed National People's Congress "
                    "opens", "", "en").status == "held"
    # the participle as the news still reads
    assert LEX.read("National People's Congress delayed as virus spreads", "",
                    "en").status == "postponed"
    assert LEX.read("Congress session postponed as virus spreads", "", "en").status == "postponed"
