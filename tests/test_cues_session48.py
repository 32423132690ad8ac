"""Session 48's readings: a run-off ahead says the first round was held, a poll's run-off does
not; Spanish, Portuguese and Italian reopenings and openings (set 184), not an investigation
opened; German's perfect "haben geöffnet" is held (a user's review of category watches); a
service piece still reads the news its headline tells (a code review)."""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "lang"), [
    ("Pavel and Babis head to run-off in Czech presidential election", "en"),
    ("Argentina's Massa and Milei head to November runoff", "en"),
    ("Ukraine: Janukowitsch vorn, Timoschenko muss in die Stichwahl", "de"),
    ("Erdoğan muss in die Stichwahl", "de"),
    ("Présidentielle polonaise : Komorowski en tête, second tour face à Kaczynski", "fr"),
    ("À Salzbourg, un communiste qualifié pour le second tour de la mairie", "fr"),
])
def test_a_run_off_ahead_tells_the_first_round_held(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "held"


def test_a_run_off_still_to_come_is_no_first_round_held() -> None:
    assert LEX.read("Candidates will face a runoff next month", "", "en").status == "planned"
    for title in ("Umfrage: Macron und Le Pen in der Stichwahl",
                  "Erdogan faces runoff, polls suggest ahead of Sunday vote"):
        assert LEX.read(title, "", "de" if "Umfrage" in title else "en").status != "held"


@pytest.mark.parametrize(("title", "lang", "status"), [
    ("Machu Picchu reabrirá el 1 de julio con aforo reducido", "es", "planned"),
    ("Viña 2023 abrió con la Quinta Vergara repleta tras tres años", "es", "held"),
    ("El museo reabre sus puertas tras la pandemia", "es", "held"),
    ("O Museu do Ipiranga reabre ao público após nove anos", "pt", "held"),
    ("O aeroporto reabrirá em julho", "pt", "planned"),
    ("La Scala riapre al pubblico dopo il lockdown", "it", "held"),
    ("Kölner Weihnachtsmärkte haben geöffnet", "de", "held"),
    ("Cúpula da Amazônia em Bogotá aprova declaração", "pt", "held"),
    ("La cumbre aprueba una declaración conjunta", "es", "held"),
])
def test_openings_and_reopenings(title: str, lang: str, status: str) -> None:
    assert LEX.read(title, "", lang).status == status


@pytest.mark.parametrize(("title", "lang"), [
    ("La policía abrió una investigación sobre la cumbre", "es"),
    ("Riaperta l'inchiesta sul festival", "it"),
    ("Polícia reabre investigação sobre o festival", "pt"),
])
def test_an_investigation_opened_is_no_occasion_held(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status != "held"


@pytest.mark.parametrize(("title", "lang", "status"), [
    ("Rail strike called off: what you need to know", "en", "cancelled"),
    ("Rail strike: what you need to know about Thursday's walkout", "en", "planned"),
    ("Bahnstreik abgesagt: Was Pendler jetzt wissen müssen", "de", "cancelled"),
])
def test_a_service_piece_reads_the_news_its_headline_tells(title: str, lang: str,
                                                           status: str) -> None:
    assert LEX.read(title, "", lang).status == status
