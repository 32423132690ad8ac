"""A user's review in languages beyond English, German and French (session 42).

A return with a new date was lost in Polish and Portuguese and told as "cancelled -> postponed"
in Russian; Peskov's "нельзя отложить то, что не было согласовано" (DESIGN's own quote) read
postponed; a spaced dash between two names ("Trump - Putin") made a headline's call-off a
recap."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from watcher.core.cues import Lexicon
from watcher.core.tracker import Tracker
from watcher.models import Item
from watcher.settings import WatchSettings

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "lang"), [
    ("Szczyt w Gdańsku jednak się odbędzie. Nowy termin: 2 czerwca", "pl"),
    ("Саммит Путина и Трампа все-таки состоится: новая дата 4 декабря", "ru"),
    ("Il vertice di Roma alla fine si farà: nuova data il 2 giugno", "it"),
    ("La cumbre se celebrará finalmente: nueva fecha el 2 de junio", "es"),
    ("Rome summit will take place after all, new date June 2", "en"),
])
def test_a_new_date_set_is_a_return(title: str, lang: str) -> None:
    reading = LEX.read(title, "", lang)
    assert reading.status == "planned" and reading.returning


@pytest.mark.parametrize(("title", "lang"), [
    ("Szczyt przełożony, nowy termin 2 czerwca", "pl"),
    ("Саммит отложен, новая дата 4 декабря", "ru"),
    ("Cimeira adiada: nova data em junho", "pt"),
    ("Vertice rinviato, nuova data il 2 giugno", "it"),
    ("Cumbre aplazada: nueva fecha el 2 de junio", "es"),
])
def test_a_postponement_naming_its_new_date_is_still_a_postponement(title: str,
                                                                    lang: str) -> None:
    assert LEX.read(title, "", lang).status == "postponed"


def test_russian_cannot_postpone_is_no_postponement() -> None:
    reading = LEX.read("Песков: нельзя отложить то, что не было согласовано",
                       "Кремль опроверг сообщения о переносе саммита.", "ru")
    assert reading.status != "postponed"
    assert any(c.blocked == "negation" for c in reading.cues)


@pytest.mark.parametrize(("title", "lang"), [
    ("Annullato il vertice Trump - Putin a Budapest", "it"),
    ("Annullato il vertice Trump \u2013 Putin a Budapest", "it"),
    ("Cancelada la cumbre Trump - Putin en Budapest", "es"),
    ("Odwołany szczyt Trump - Putin w Budapeszcie", "pl"),
])
def test_a_spaced_dash_between_names_ends_no_participle_clause(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "cancelled"


def test_a_participle_clause_set_off_by_a_comma_is_still_a_recap() -> None:
    reading = LEX.read("Annulé en 2020, le marathon de Paris revient", "", "fr")
    assert reading.status != "cancelled"


def test_the_polish_return_is_told() -> None:
    """The review's story: announced, postponed, back with a new date: three alerts."""
    t0 = datetime(2025, 11, 10, 8, tzinfo=UTC)
    tracker = Tracker([WatchSettings("zelensky", keywords=("Zelensky",))])
    story = [
        ("Zełenski przyjedzie do Warszawy 20 listopada", "wyborcza"),
        ("Wizyta Zełenskiego w Warszawie przełożona", "wyborcza"),
        ("Zełenski jednak przyjedzie do Warszawy. Nowy termin: 4 grudnia", "wyborcza"),
    ]
    told = []
    for n, (title, source) in enumerate(story):
        at = t0 + timedelta(days=n)
        item = Item(key=f"k{n}", title=title, link=f"https://x/{n}", source=source,
                    published=at, summary="", lang="pl")
        told += [(a.kind, a.event.previous_status, a.event.status)
                 for a in tracker.process(item, at).alerts]
    assert told == [("new_event", None, "planned"),
                    ("status_change", "planned", "postponed"),
                    ("status_change", "postponed", "planned")]
