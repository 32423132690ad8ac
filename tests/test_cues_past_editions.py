"""An earlier edition's fate told as background, and champions in the plural (session 51, set
201, tuning).

"Mets and Phillies bring MLB back to London" read cancelled from its summary's "the 2020
series was cancelled because of the pandemic": the announcement of the 2024 series was lost. A
summary's cancellation or postponement whose stretch of clause names a year earlier than the
article's is another edition's, as "after last year's cancellation" is (``Lexicon.read``'s
``year``). Over the tuning sets, 1,100 -> 1,096 missed runs, one wrong alert fewer and one
more (a conference "déjà repoussée en 2020" whose new postponement then weighs less than a
plan in its headline).

French teams win in the plural ("Les Dodgers remportent la Série mondiale" read nothing, and
its summary's "a mis fin à une disette" cancelled); German champions are "deutscher Meister"
("Eisbären Berlin sind deutscher Meister"), not a bare "ist Meister" ("Ligue 1 abgebrochen:
PSG ist Meister" crowns a season called off).
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEXICON = Lexicon.builtin()


@pytest.mark.parametrize(("title", "summary", "lang", "year", "status"), [
    ("Mets and Phillies bring MLB back to London",
     "The London Series returns for a third edition; the 2020 series was cancelled because of "
     "the pandemic.", "en", 2024, None),
    ("Padres, Giants bring MLB regular season to Mexico City",
     "The weekend series will be the first regular-season games in the capital; a 2020 series "
     "there was scrapped because of the pandemic.", "en", 2023, None),
    # the year the article ran: this edition's news
    ("Mets and Phillies bring MLB back to London",
     "The 2020 series was cancelled because of the pandemic.", "en", 2020, "cancelled"),
    # a comma ends the stretch: the new postponement counts
    ("L'OMC reporte sa conférence ministérielle",
     "La conférence, déjà repoussée en 2020, est reportée sine die.", "fr", 2021, "postponed"),
    # a year after "since" is a point of reference
    ("British Open wegen Corona abgesagt",
     "Das älteste Golfturnier der Welt fällt erstmals seit 1945 aus.", "de", 2020, "cancelled"),
    # a headline's change is news, whatever year it names
    ("Expo 2020 Dubai postponed by a year", "", "en", 2020, "postponed"),
])
def test_an_earlier_editions_change_is_background(title: str, summary: str, lang: str,
                                                  year: int, status: str | None) -> None:
    assert LEXICON.read(title, summary, lang, year).status == status


def test_without_a_year_the_reading_is_as_before() -> None:
    reading = LEXICON.read("Mets and Phillies bring MLB back to London",
                           "The 2020 series was cancelled because of the pandemic.", "en")
    assert reading.status == "cancelled"


@pytest.mark.parametrize(("title", "lang", "status"), [
    ("Les Dodgers remportent la Série mondiale", "fr", "held"),
    ("Les Bleus s'imposent face à l'Irlande", "fr", "held"),
    ("Eisbären Berlin sind deutscher Meister", "de", "held"),
    ("Ligue 1 abgebrochen: PSG ist Meister", "de", "cancelled"),
    ("Bayern are German champions again", "en", "held"),
])
def test_champions_in_the_plural(title: str, lang: str, status: str) -> None:
    assert LEXICON.read(title, "", lang).status == status
