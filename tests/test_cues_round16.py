"""Status cues, round 16: a request for a change that is turned down keeps the date ("Court
rejects bid to delay the hearing"); a date set in the headline is a plan ("sets new election
date", "sets April 9 strike"); "postponed pending a ruling" is a condition, not a postponed
ruling; a film taken off the release calendar, an album that keeps fans waiting ("lässt auf sich
warten", "se fait attendre") is postponed. Fresh sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cue_cases import assert_reads, case_id

CASES: list[tuple[str, str, str, str | None]] = [
    ('en', "Court rejects mayor's bid to delay corruption trial",
     'Judges said the hearing would open on Monday as scheduled.', 'planned'),
    ('en', "Tribunal refuses the minister's request to postpone the inquiry",
     'The panel will sit next week.', 'planned'),
    ('fr', "La cour rejette la demande de report de l'ancien maire",
     "Le procès s'ouvrira lundi comme prévu.", 'planned'),
    ('en', 'Estonia sets new referendum date after court ruling',
     'Voters will be asked in the spring.', 'planned'),
    ('en', 'Dockers union sets March 3 walkout at Antwerp',
     'Ships are expected to queue.', 'planned'),
    ('en', 'Lisbon council vote postponed pending court ruling',
     'The chamber adjourned its Thursday sitting.', 'postponed'),
    ('en', "Studio pulls 'Night Harbour' from its release calendar",
     'No new date was given.', 'postponed'),
    ('de', 'Neues Album lässt weiter auf sich warten', 'Die Band nennt keinen Termin.',
     'postponed'),
    ('fr', 'Le nouvel album du groupe se fait encore attendre',
     "Aucune date n'a été donnée.", 'postponed'),
    # a refusal that is itself the news of a cancellation is not turned into a plan
    ('en', 'Organisers cancel the Lisbon book fair', 'The city refused to pay for security.',
     'cancelled'),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_round16_cases(case: tuple[str, str, str, str | None]) -> None:
    assert_reads(case)
