"""Round 88: a plan participle beside what happened recalls the plan (session 33, decided on the
69 tuning sets, developed on one half by set parity and checked on the other).

A summary whose only cues are plan participles ("prévues", "geplanten"), that narrates the past
and has no future marker, qualifies what happened by what was planned ("ont remplacé jeudi la
caméra, lors de la première des cinq sorties prévues", "a retiré les Jeux, faute de versement
dans les délais prévus"): it announces nothing. A participle the lexicon counts as a future
marker itself ("scheduled", "prévu") or a future beside it keeps the plan. The French future
ending ("*era": "présentera") no longer takes the nouns that only end like it ("caméra",
"opéra"; ``future_stops``) in any rule, as the headline's future test already did.
Tuning (69 sets) 423 / 631 / 0.9415 -> 421 / 631 / 0.9415 (wrong / missed / mean B-cubed).
"""

from __future__ import annotations

import pytest

from tests.cue_cases import assert_reads, case_id
from watcher.core.cues import Lexicon
from watcher.core.cues_text import tokenize

RECALLED = [
    ("fr", "Le club perd l'organisation du championnat 2029",
     "La fédération a retiré la compétition à la ville, faute de paiement dans les délais "
     "prévus.", None),
    ("de", "Mission am Weltraumteleskop: Astronauten reparieren Kamera",
     "Zwei Astronauten tauschten am Donnerstag die Kamera aus, beim ersten von vier geplanten "
     "Einsätzen.", None),
    ("fr", "Première sortie dans l'espace pour réparer le télescope",
     "Deux astronautes ont changé jeudi la caméra du télescope, lors de la première des trois "
     "sorties prévues.", None),
]

RECALLED_GUARDS = [
    # a future beside the participle: the plan is news
    ("fr", "Première sortie dans l'espace pour réparer le télescope",
     "Deux astronautes ont changé la caméra ; la deuxième des trois sorties prévues commencera "
     "jeudi.", "planned"),
    ("de", "Olympische Spiele: Stadt verliert die Austragung",
     "Das Komitee entzog der Stadt die Spiele; die geplanten Wettkämpfe werden neu vergeben.",
     "planned"),
    # a participle that is a future marker itself states a plan
    ("en", "Spacewalk to repair ageing observatory",
     "Two astronauts replaced a gyroscope on Thursday during the first of three scheduled "
     "outings.", "planned"),
    # a predicate states the plan ("sont prévus": no perfect, no recall)
    ("fr", "Après trois éditions annulées, le salon du livre revient",
     "Deux cents auteurs sont prévus à partir de samedi.", "planned"),
    # no past: the summary tells the plan
    ("fr", "Le club perd l'organisation du championnat 2029",
     "La fédération annonce que les épreuves prévues seront confiées à une autre ville.",
     "planned"),
]


@pytest.mark.parametrize("case", RECALLED + RECALLED_GUARDS, ids=case_id)
def test_recalled_plan(case: tuple[str, str, str, str | None]) -> None:
    assert_reads(case)


@pytest.mark.parametrize("word, future", [
    ("camera", False), ("opera", False), ("riviera", False),
    ("presentera", True), ("commencera", True),
])
def test_future_ending_skips_nouns(word: str, future: bool) -> None:
    lex = Lexicon.builtin()
    engine = lex._engines["fr"]
    toks = tokenize(f"la {word} du festival", lex._clause_words).toks
    assert (engine.future.any_in(toks, 0, len(toks)) is not None) is future
