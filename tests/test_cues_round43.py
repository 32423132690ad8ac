"""Round 43: misreadings found on the odd half of the status probes (tests/data).

Two new authors, who never saw the code, wrote 500 news items with the status each reports
(``test_status_probes.py``). Round 43 was tuned on the odd half; the even half is held out. The
phrases kept after the round's review (110 probes: a first, wider list was wrong in 31 and right
in 5): a noun of postponement with its vote or exams ("report des provinciales"), polling day
("heads to the polls"), a trophy lifted (not "lifts trophy hunting ban"), a medal or the win
taken ("holen EM-Bronze", "holte sich den Sieg"), a crowd ("devant 7 000 spectateurs"), a
strike's first day ("au premier jour de grève"), and a date held to with its subject between
("hält die Kommission am Termin fest"). Dropped: "rained off" and "washed out" (a rain-out is
most often a postponement, and "gains washed out by Fed minutes"), "will not be replayed" (a
ruling on a match already played), "ne se disputera plus" (moved elsewhere: "ne se tiendra
plus au Chili"), "draws crowds" ("IPO draws crowds"), bare "report des" ("report des voix").
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "summary", "lang", "status"), [
    ("Haïti : report des élections municipales", "", "fr", "postponed"),
    ("Voters in Ghana head to the polls in tight race", "", "en", "held"),
    ("Bengaluru lift the trophy at last", "", "en", "held"),
    ("Deutsche Handballer holen EM-Bronze", "", "de", "held"),
    ("Kipchoge nur Zehnter", "Mengesha holte sich den Sieg.", "de", "held"),
    ("Jazz à Vienne", "Herbie Hancock a joué devant 7 000 spectateurs.", "fr", "held"),
    ("Grève à la SNCF", "Un TGV sur trois au premier jour de grève.", "fr", "held"),
    ("Die Wahl in Moldau bleibt auf dem 28. September", "Trotz Forderungen der Opposition nach "
     "einer Verschiebung hält die Zentrale Wahlkommission am Termin fest.", "de", "planned"),
])
def test_round43(title: str, summary: str, lang: str, status: str) -> None:
    assert LEX.read(title, summary, lang).status == status


@pytest.mark.parametrize(("title", "summary", "lang"), [
    ("US lifts trophy import ban", "", "en"),
    ("Report des voix : le RN progresse", "", "fr"),
    ("Anleger holen sich Silber ins Depot", "", "de"),
    ("Early gains washed out by Fed minutes", "", "en"),
    ("Gold price draws crowds of buyers to bullion shops", "", "en"),
])
def test_round43_review_guards(title: str, summary: str, lang: str) -> None:
    assert LEX.read(title, summary, lang).status is None
