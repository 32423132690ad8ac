"""Round 37 (session 17, tuned on the sets of round 36, mostly on the diplomacy of events-67): a
prisoner swap or a truce agreed is still to come ("agree to swap 1,081 prisoners", "agree
ceasefire"), and so is what a vote or a court "clears the way for" ("macht den Weg frei"), a city
that "locks down for" a summit or "se barricade pour" it, envoys sent for talks, "nächste
Nahost-Runde" and "stimmt Gesprächen zu"; talks that "go into recess" and a conference "unlikely
before July" are put off; "reprise des pourparlers" and prisoners "libérés dans un échange"
report them held."""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("lang", "title", "status"), [
    ("en", "Yemen's warring parties agree to swap 1,081 prisoners after Swiss talks", "planned"),
    ("en", "Houthis and government agree to exchange nearly 900 prisoners", "planned"),
    ("en", "Rebels and army agree ceasefire", "planned"),
    ("en", "Brisbane locks down for G20 leaders' summit", "planned"),
    ("en", "Sudan's warring parties to send envoys to Saudi Arabia for talks", "planned"),
    ("de", "USA machen Weg für Gefangenenaustausch mit Iran frei", "planned"),
    ("de", "Nächste Nahost-Runde am 14. September in Scharm al-Scheich", "planned"),
    ("de", "Ukraine stimmt Gesprächen mit Russland an belarussischer Grenze zu", "planned"),
    ("fr", "Cannes se barricade pour le G20", "planned"),
    ("en", "North Korea talks go into recess without deal", "postponed"),
    ("en", "Syria peace conference unlikely before July, Brahimi says", "postponed"),
    ("fr", "Soudan : reprise des pourparlers à Djeddah", "held"),
    ("fr", "Cinq Américains libérés par l'Iran dans un échange de prisonniers", "held"),
])
def test_round_37_readings(lang: str, title: str, status: str) -> None:
    assert LEX.read(title, "", lang).status == status


@pytest.mark.parametrize(("lang", "title", "status"), [
    ("en", "Germany and France agree to exchange intelligence", "planned"),
    ("de", "Bayern erreicht die nächste Runde", "planned"),
    ("en", "Trump and Xi agree trade truce on sidelines of G20 in Osaka", "planned"),
    # from a review's probes
    ("en", "Israel and Hamas fail to agree ceasefire", "planned"),
    ("en", "Israel accuses Hamas of violating agreed ceasefire", "planned"),
    ("en", "Country locks down for two weeks as cases surge", "planned"),
    ("en", "How the 1966 World Cup paved the way for modern football", "planned"),
    ("en", "Congress went into recess without passing the bill", "postponed"),
    ("de", "Russland stimmt Gesprächen nicht zu", "planned"),
    ("de", "Bayern erreicht nächste Pokal-Runde", "planned"),
    ("fr", "Un forcené se barricade pour échapper à la police", "planned"),
    ("fr", "Les syndicats exigent la reprise des négociations", "held"),
    ("fr", "La reprise de l'économie dépendra des discussions", "held"),
])
def test_round_37_leaves_these_alone(lang: str, title: str, status: str) -> None:
    assert LEX.read(title, "", lang).status != status


def test_a_truce_agreed_at_a_summit_reports_the_summit() -> None:
    assert LEX.read("Leaders agree a ceasefire at Paris summit", "", "en").status == "held"
