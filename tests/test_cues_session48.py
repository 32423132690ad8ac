"""Session 48's readings: a run-off ahead says the first round was held; Spanish, Portuguese
and Italian reopenings, openings and hosts (set 184); a service piece reads no status, and
German's perfect "haben geöffnet" is held (a user's review of category watches)."""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "lang"), [
    ("Pavel and Babis head to run-off in Czech presidential election", "en"),
    ("Argentina's Massa and Milei head to November runoff", "en"),
    ("Chile's Pinera falls short of expectations, faces runoff against Guillier", "en"),
    ("Ukraine: Janukowitsch vorn, Timoschenko muss in die Stichwahl", "de"),
    ("Salzburg-Wahl: Auinger und Dankl in der Stichwahl", "de"),
    ("Présidentielle polonaise : Komorowski en tête, second tour face à Kaczynski", "fr"),
    ("À Salzbourg, un communiste qualifié pour le second tour de la mairie", "fr"),
])
def test_a_run_off_ahead_tells_the_first_round_held(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "held"


def test_a_run_off_still_to_come_is_planned() -> None:
    assert LEX.read("Candidates will face a runoff next month", "", "en").status == "planned"


@pytest.mark.parametrize(("title", "lang", "status"), [
    ("Machu Picchu reabrirá el 1 de julio con aforo reducido", "es", "planned"),
    ("Viña 2023 abrió con la Quinta Vergara repleta tras tres años", "es", "held"),
    ("El museo reabre sus salas tras la pandemia", "es", "held"),
    ("O Museu do Ipiranga reabre ao público após nove anos", "pt", "held"),
    ("O aeroporto reabrirá em julho", "pt", "planned"),
    ("Il museo riapre dopo due anni di lavori", "it", "held"),
    ("Kölner Weihnachtsmärkte haben geöffnet", "de", "held"),
    ("Cúpula da Amazônia em Bogotá aprova declaração", "pt", "held"),
    ("La cumbre aprueba una declaración conjunta", "es", "held"),
])
def test_openings_and_reopenings(title: str, lang: str, status: str) -> None:
    assert LEX.read(title, "", lang).status == status


@pytest.mark.parametrize(("title", "news", "summary", "lang"), [
    ("Rail strike: what you need to know about Thursday's walkout",
     "Rail unions call strike for Thursday", "Trains will not run.", "en"),
    ("GDL streikt erneut: Was Reisende in die Schweiz wissen müssen", "GDL streikt erneut",
     "Ab Donnerstagabend fallen Züge aus.", "de"),
    ("Grève SNCF : ce qu'il faut savoir avant jeudi", "Grève SNCF confirmée pour jeudi",
     "Les trains seront supprimés.", "fr"),
])
def test_a_service_piece_reads_no_status(title: str, news: str, summary: str, lang: str) -> None:
    assert LEX.read(title, summary, lang).status is None
    assert LEX.read(news, summary, lang).status == "planned"  # the same news told as news
