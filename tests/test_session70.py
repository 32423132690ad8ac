"""Session 70: past tenses without an auxiliary, the day of a saying, a keyword that is another
word, and a headline that opens by calling its occasion off.

Each was decided on the tuning sets (122 with set 251, first code 1,052 wrong alerts / 1,441
missed runs); the held-out floors stayed where they were.

"o evento abriu os portões nesta sexta-feira", "El festival abrió sus puertas el viernes": the
Portuguese and Spanish preterites of the held verbs carry their past in their ending, with no
auxiliary before them, so the Friday they name read as one ahead and the opening as a plan. They
are now in the lexicons' ``past`` lists.

"NASA scientists said on Tuesday": a reporting verb kept a clause from narrating the past, so
that "said on Monday the vote is on Friday" stays open; when the only day a clause names is the
saying's own, the day is gone by (``past_day._said_that_day``). "Marchers wound through central
Warsaw on Saturday", "In Warschau demonstrierten am Samstag Tausende": irregular English pasts
and German marches. -> 1,048 / 1,442 (with set 251).

"Harry Kane completes move to Bayern Munich" was news for a watch of the Cannes festival: "Kane"
shares the phonetic key of "Cannes". A short token two letters shorter than the keyword that
begins with another sound is no respelling of it (``match._short_for``), unless the place tables
know both as one place ("Wien" for "Vienne"); "Usyk" for "Oussyk" begins with a vowel as its
keyword does. -> 1,047.

"Kein Bahnstreik am Montag: EVG und Bahn einigen sich vor Gericht": a headline that opens by
calling its occasion off for a time it names, and tells in its next clause how it came to that,
calls it off (the "no ... this time" reading was only for headlines with no other cue). ->
1,047 / 1,441.

"Municipales : le second tour reporté" was news for a watch of the Tour de France: French
"tour" after an ordinal is a round of a vote ("premier tour", "1er tour"), and in "tour de
table", "tour d'horizon" a turn (``match._another_tour``); and what follows "after" or "since"
tells an earlier time ("Sunday's showpiece comes two years after Mexico lost the 2021 final"):
its past does not date the clause's day (measured together). -> 1,043 / 1,438. "Thousands rally
for LGBT rights in Warsaw Equality Parade" reports the march, as "thousands march" did. ->
1,043 / 1,437.

Tried and dropped: "lost" as a narrating past ("lost a confidence vote, paving way for Feb. 23
German election" then read the election begun: a validation set fell below its floor), and an
occasion that ends on a day ahead read as under way ("Am Freitag endet der Staatsbesuch"):
1,043 -> 1,041 wrong alerts on tuning, but six held-out and tuning sets fell below their
floors.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from watcher.core.cues import Lexicon
from watcher.core.match import WatchMatcher, match_kind
from watcher.core.past_day import names_a_past_day
from watcher.models import Item
from watcher.settings import WatchSettings

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("lang", "title", "summary"), [
    ("pt", "Lollapalooza Brasil em Interlagos",
     "O evento abriu os portões nesta sexta-feira com público de dezenas de milhares."),
    ("es", "Festival en Interlagos", "El festival abrió sus puertas el viernes."),
])
def test_a_preterite_with_a_weekday_reports(lang: str, title: str, summary: str) -> None:
    assert LEX.read(title, summary, lang).status == "held"


def test_a_present_with_a_weekday_still_previews() -> None:
    assert LEX.read("Festival em Interlagos", "O evento abre as portas na sexta-feira.",
                    "pt").status == "planned"


@pytest.mark.parametrize(("summary", "lang"), [
    ("Powder drilled from a rock shows it, NASA scientists said on Tuesday.", "en"),
    ("Die Polizei teilte am Montag mit, der Zug sei abgesagt.", "de"),
    ("Marchers carrying rainbow flags wound through central Warsaw on Saturday.", "en"),
    ("In Warschau demonstrierten am Samstag Tausende für Gleichberechtigung.", "de"),
])
def test_the_day_of_a_saying_or_a_march_is_gone_by(summary: str, lang: str) -> None:
    assert names_a_past_day("Headline", summary, lang)


@pytest.mark.parametrize("summary", [
    "Officials said on Monday the vote is on Friday.",
    "Officials said Monday the parade will go ahead.",
    "The vote is on Friday, officials said.",
    "Sunday's showpiece comes two years after Mexico lost the 2021 final to the US.",
    "The left-wing coalition meets on Sunday.",
    "The vote is held on Sunday.",
])
def test_a_day_ahead_beside_a_saying_or_an_earlier_past_stays_ahead(summary: str) -> None:
    assert not names_a_past_day("Headline", summary, "en")


@pytest.mark.parametrize(("kw", "tok", "matches"), [
    ("cannes", "kane", False),
    ("kenyan", "ceni", False),
    ("vienne", "win", False),
    ("vienne", "wien", True),   # one city in the place tables
    ("oussyk", "usyk", True),   # a vowel for a vowel
    ("tchad", "chad", True),    # one letter shorter
    ("tschad", "chad", True),   # "tsch" is one sound
    ("poutine", "putin", True),  # the same first letter
])
def test_a_short_token_with_another_first_sound_is_no_respelling(kw: str, tok: str,
                                                                   matches: bool) -> None:
    assert (match_kind(kw, tok) > 0) is matches


def _item(title: str, summary: str, lang: str) -> Item:
    return Item(key=title, title=title, summary=summary, link="http://127.0.0.1/a",
                source="test", published=datetime(2020, 3, 16, tzinfo=UTC),
                feed_url="http://127.0.0.1/feed", lang=lang)


def test_harry_kane_is_no_news_of_cannes() -> None:
    matcher = WatchMatcher([WatchSettings(name="Cannes", keywords=("Cannes",))])
    assert matcher.match(_item("Harry Kane completes move to Bayern Munich",
                               "The striker joined from Tottenham.", "en")) == ()
    assert matcher.match(_item("Cannes festival postponed", "", "en"))


@pytest.mark.parametrize(("title", "taken"), [
    ("Municipales : le second tour reporté", False),
    ("Abstention record au premier tour des municipales", False),
    ("Un tour d'horizon des candidats", False),
    ("Le Tour partira de Florence en 2024", True),
    ("Tour 2024 : départ de Florence, arrivée à Nice", True),
    ("La tournée : un tour de France des salles", True),
])
def test_a_french_round_is_no_tour(title: str, taken: bool) -> None:
    matcher = WatchMatcher([WatchSettings(name="Tour de France",
                                          keywords=("Tour de France", "Tour"))])
    assert bool(matcher.match(_item(title, "", "fr"))) is taken


def test_thousands_rally_reports_the_march() -> None:
    reading = LEX.read("Thousands rally for LGBT rights in Warsaw Equality Parade", "", "en")
    assert reading.status == "held"


def test_a_headline_that_opens_with_no_strike_calls_it_off() -> None:
    reading = LEX.read("Kein Bahnstreik am Montag: EVG und Bahn einigen sich vor Gericht",
                       "Die Gewerkschaft sagt den Ausstand ab.", "de")
    assert reading.status == "cancelled"
    assert any(c.phrase.startswith("kein") and c.blocked is None for c in reading.cues)
