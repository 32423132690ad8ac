"""Round 43: misreadings found on the odd half of the status probes (tests/data).

Two new authors, who never saw the code, wrote 500 news items with the status each reports
(``test_status_probes.py``). On the odd half, tuned on here, the reader got 206 of 250 right
before and 216 after; the even half, held out, stayed at 207 of 250: a phrase fixes the wording
it names and little else. The phrases: rained off ("washed out by", "rained off"), not to be
replayed ("ne sera pas rejoué", "won't be replayed", "wird nicht wiederholt"), no longer held
("ne se disputera plus"), a noun of postponement ("report des provinciales"), polling day ("heads
to the polls"), a trophy lifted, a medal or the win taken ("holen EM-Bronze", "den Sieg holte"),
crowds ("draws crowds", "devant 7 000 spectateurs"), a strike's first day ("premier jour de
grève"), and a date held to with its subject between ("hält die Kommission am Termin fest").
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "summary", "lang", "status"), [
    ("Hong Kong Sevens day two washed out by typhoon", "", "en", "cancelled"),
    ("Test rained off at Lord's", "", "en", "cancelled"),
    ("Ligue des champions : la rencontre ne sera pas rejouée", "", "fr", "cancelled"),
    ("Abgebrochenes Derby wird nicht wiederholt", "", "de", "cancelled"),
    ("Les Internationaux de Strasbourg, c'est fini",
     "Faute de financement, le tournoi ne se disputera plus.", "fr", "cancelled"),
    ("Haïti : report des élections municipales", "", "fr", "postponed"),
    ("Voters in Ghana head to the polls in tight race", "", "en", "held"),
    ("Bengaluru lift trophy at last", "", "en", "held"),
    ("Deutsche Handballer holen EM-Bronze", "", "de", "held"),
    ("Kipchoge nur Zehnter", "Den Sieg holte sein Landsmann Mengesha.", "de", "held"),
    ("Fete de la Musique draws crowds despite rain", "", "en", "held"),
    ("Jazz à Vienne", "Herbie Hancock a joué devant 7 000 spectateurs.", "fr", "held"),
    ("Grève à la SNCF", "Un TGV sur trois au premier jour de grève.", "fr", "held"),
    ("Die Wahl in Moldau bleibt auf dem 28. September", "Trotz Forderungen der Opposition nach "
     "einer Verschiebung hält die Zentrale Wahlkommission am Termin fest.", "de", "planned"),
])
def test_round43(title: str, summary: str, lang: str, status: str) -> None:
    assert LEX.read(title, summary, lang).status == status


@pytest.mark.parametrize(("title", "lang"), [
    ("A washed-out summer for British farmers", "en"),  # an adjective, no event
    ("Gold price draws crowds of buyers to bullion shops", "en"),
])
def test_round43_guards(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status != "cancelled"
