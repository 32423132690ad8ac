"""Status cues, round 15: an English headline whose subject is followed by an infinitive
("Finland to join NATO on Tuesday") tells what is to come, whatever the verb, when it names an
event or a day ahead; a verb before the "to" makes it a purpose or an object instead. A verb
that moves something in time with a later month, season or year after it reports a
postponement ("pushes 'Top Gun' to December", "rückt in den April", "glisse à l'automne").
Fresh sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cue_cases import assert_reads, case_id

CASES: list[tuple[str, str, str, str | None]] = [
    ('en', 'Norway to join the space alliance on Thursday',
     'Ministers will sign the papers in Oslo.', 'planned'),
    ('en', 'Lisbon court to hear the mayor\'s appeal on March 3',
     'The city council expects a quick decision.', 'planned'),
    ('en', "Quebec's new opera house to welcome its first audience at the gala",
     'Tickets went quickly.', 'planned'),
    # a verb before the "to": a purpose or an object, what it reports has happened
    ('en', 'Malta votes by a wide margin to keep the carnival',
     'Critics were unhappy.', None),
    ('en', 'At the Lima summit, rain prompted delegates to leave early',
     'Traffic was slow.', None),
    ('en', 'Snowstorm forced them to leave the festival early',
     'Traffic was slow.', None),
    # no event and no day: a company's plan is not an event's status
    ('en', 'Brewer to shut two plants over five years',
     'The company employs 3,000 people.', None),
    # German and French headlines have no such infinitive: nothing changes there
    ('de', 'Norwegen tritt der Allianz bei', 'Die Minister unterschreiben in Oslo.', None),
    # a verb that moves an occasion, with a later month, season or year after it
    ('en', "Studio pushes 'Harbour Lights' to November", 'The drama had been due in May.',
     'postponed'),
    ('en', 'Book fair shifts its 2027 edition back by three weeks',
     'Publishers were told on Monday.', 'postponed'),
    ('de', 'Kunstmesse in Gent rückt in den Herbst', 'Die Aussteller sind erleichtert.',
     'postponed'),
    ('fr', "Le salon du livre de Namur glisse à l'automne", 'Les éditeurs sont soulagés.',
     'postponed'),
    # earlier is no postponement (round 25: a date brought forward is a date set, planned); talks
    # about a move are no move yet
    ('en', 'Cup final moved up to early May for television', 'Fans are angry.', 'planned'),
    ('en', 'Organisers in talks to move the book fair to October',
     'Nothing has been decided.', None),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_round15_cases(case: tuple[str, str, str, str | None]) -> None:
    assert_reads(case)
