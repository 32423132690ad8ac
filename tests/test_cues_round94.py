"""Round 94: German and quoted-name grammar of the cue reading (session 34, decided on the 69
tuning sets, developed on one half by set parity and checked on the other).

A German separable verb puts "ge" after its prefix in the participle ("an-ge-laufen",
"ein-ge-treten", "auf-ge-nommen"): after an auxiliary it narrates the past like any participle,
so the weekday of "ist am Mittwoch angelaufen" is gone by, not a day ahead. The few separable
participles that set a day ahead ("für Montag angekündigt", "angesetzt", "aufgerufen") stay out.
Tuning (69 sets) 417 / 623 -> 415 / 623 (wrong / missed), B-cubed unchanged.

A plan whose split phrase frames a change ("soll erst im Mai starten": the change in the gap
between "soll" and "starten") reports the change, as "kündigt die Absage ... an" does: the
frame plans nothing else. "erst am <day> <month>" joins "erst im <month>" as a later date.
Tuning (69 sets) 415 / 623 / 0.9414 -> 413 / 621 / 0.9415.
"""

from __future__ import annotations

import pytest

from tests.cue_cases import assert_reads, case_id
from watcher.core.past_day import names_a_past_day

SEPARABLE_PAST = [
    ("Kinostart", "Die Komödie ist in Österreich am Donnerstag angelaufen.", "de"),
    ("Streik", "Die Beschäftigten sind am Montag in den Ausstand eingetreten.", "de"),
    ("Raumstation", "Die Crew hat am Freitag die Arbeit im Labor aufgenommen.", "de"),
    # the participle before "hatte" at the end of a subordinate clause
    ("Messe", "Die Schau, die am Dienstag angefangen hatte, zieht Tausende an.", "de"),
]

SEPARABLE_AHEAD = [
    # these separable participles set the day ahead, they narrate nothing
    ("x", "Die Liga hat das Nachholspiel für Mittwoch angesetzt.", "de"),
    ("x", "Der Gipfel ist auf Montag vorgezogen.", "de"),
    ("x", "Für Samstag ist ein Festzug vorgesehen.", "de"),
]


@pytest.mark.parametrize(("title", "summary", "lang"), SEPARABLE_PAST)
def test_round94_separable_participle_narrates_the_past(title: str, summary: str,
                                                       lang: str) -> None:
    assert names_a_past_day(title, summary, lang)


@pytest.mark.parametrize(("title", "summary", "lang"), SEPARABLE_AHEAD)
def test_round94_separable_participles_that_set_a_day(title: str, summary: str,
                                                      lang: str) -> None:
    assert not names_a_past_day(title, summary, lang)


GAP_CHANGE = [
    ("de", "Neues Sozialticket soll erst im März starten", "", "postponed"),
    ("de", "Landesgartenschau soll erst am 14. Juni eröffnen", "", "postponed"),
    ("de", "Konsole: Europa-Version erst am 3. Februar", "", "postponed"),
    # the announcement keeps its inner change
    ("de", "Stadt kündigt die Absage des Marathons an", "", "cancelled"),
]

GAP_CHANGE_GUARDS = [
    # a frame with no change inside plans
    ("de", "Neues Sozialticket soll am 1. März starten", "", "planned"),
    ("de", "Landesgartenschau soll im Juni eröffnen", "", "planned"),
    # a participle before its noun names the thing: a make-up of the old cancellation
    ("de", "Band holt abgesagtes Konzert im Mai nach", "", "planned"),
]


@pytest.mark.parametrize("case", GAP_CHANGE, ids=case_id)
def test_round94_change_inside_a_plan_frame(case: tuple[str, str, str, str]) -> None:
    assert_reads(case)


@pytest.mark.parametrize("case", GAP_CHANGE_GUARDS, ids=case_id)
def test_round94_plan_frame_without_change(case: tuple[str, str, str, str]) -> None:
    assert_reads(case)
