"""Round 83: rows that read no status (session 33, decided on the 69 tuning sets, developed on
one half by set parity and checked on the other).

What holds, is on sale or runs "from today" has begun: "ab heute", "seit heute", "from today",
"dès aujourd'hui", "desde hoy", "da oggi", "a partir de hoje", "vanaf vandaag" read held, in
the headline or the summary ("Vision Pro ab heute in Deutschland erhältlich"; "Seit heute sind
die ersten Prozessoren erhältlich"). Twenty-one tuning rows carry such a phrase, all labelled
held, ten of them read no status before. A future or a modal before it still makes it a plan
or a hypothetical ("soll ab heute gelten", "can be ordered from today").
Tuning (69 sets) 429 / 634 / 0.9414 -> 430 / 632 / 0.9414 (wrong / missed / mean B-cubed).

The infinitive of opening is a plan, as that of starting and launching already was: "to open",
"to reopen", "due to open" ("Croatia to open Pelješac Bridge", "'Tenet' to open overseas Aug.
26", "Ho Chi Minh City's first metro line to open Dec. 22"): 12 tuning rows labelled planned
read nothing, as the headline infinitive of round 9 counts only with an event noun or a day
ahead in its own words. Tuning 430 / 632 / 0.9414 -> 430 / 630 / 0.9414.
"""

from __future__ import annotations

import pytest

from tests.cue_cases import assert_reads, case_id

FROM_TODAY = [
    ("de", "Neue Spielkonsole ab heute in Deutschland erhältlich",
     "Der Hersteller verkauft das Gerät nun auch hierzulande.", "held"),
    ("de", "Das Rollenspiel im Test",
     "Seit heute ist das Spiel für Konsolen und PC erhältlich.", "held"),
    ("de", "Das Rollenspiel ist da",
     "Das Abenteuer ist ab heute für Konsolen und PC erhältlich.", "held"),
    ("en", "Rail pass valid on every regional line",
     "Commuters use the new ticket from today on buses and trains.", "held"),
    ("fr", "Le nouveau passe régional en gare",
     "Les voyageurs l'utilisent dès aujourd'hui dans les trains et les bus.", "held"),
    ("es", "El nuevo billete de transporte entra en la red",
     "Los viajeros lo usan desde hoy en todos los trenes regionales.", "held"),
    ("it", "Il nuovo biglietto unico per i treni regionali",
     "Da oggi i pendolari viaggiano con un solo abbonamento.", "held"),
    ("pt", "Novo passe de transportes nas estações",
     "Os passageiros viajam a partir de hoje com um só bilhete.", "held"),
    ("nl", "Nieuwe spelcomputer in de winkels",
     "Het apparaat ligt vanaf vandaag in de schappen.", "held"),
]

FROM_TODAY_GUARDS = [
    # a future before it: a plan
    ("de", "Neues Ticket soll ab heute in ganz Deutschland gelten",
     "Der Bundestag muss noch zustimmen.", "planned"),
]


@pytest.mark.parametrize("case", FROM_TODAY, ids=case_id)
def test_round83_from_today_has_begun(case: tuple[str, str, str, str]) -> None:
    assert_reads(case)


@pytest.mark.parametrize("case", FROM_TODAY_GUARDS, ids=case_id)
def test_round83_from_today_guards(case: tuple[str, str, str, str]) -> None:
    assert_reads(case)


TO_OPEN = [
    ("en", "Croatia to open new coastal bridge linking two islands",
     "The crossing will let drivers bypass the border post.", "planned"),
    ("en", "City's first metro line to open Dec. 22",
     "The long-delayed line will offer free rides for a month.", "planned"),
    ("en", "Harbour tunnel due to open in 2029, minister says",
     "The last concrete segment was lowered into place on Monday.", "planned"),
]


@pytest.mark.parametrize("case", TO_OPEN, ids=case_id)
def test_round83_infinitive_of_opening_is_a_plan(case: tuple[str, str, str, str]) -> None:
    assert_reads(case)
