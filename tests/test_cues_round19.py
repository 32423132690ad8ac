"""Status cues, round 19: a change refused keeps the date ("Judge refuses to delay the
primary", "Gericht lehnt Verschiebung ab", "le juge refuse le report"); "reportés au pouvoir" is
a re-election, not a postponement; "preparations continue" reports work around an occasion, not
the occasion itself. Fresh sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cue_cases import assert_reads, case_id

CASES: list[tuple[str, str, str, str | None]] = [
    ('en', 'Judge refuses to delay Ohio city council vote', 'Polls open at 7 a.m.', 'planned'),
    ('de', 'Kommunalwahl bleibt am Sonntag – Gericht lehnt Verschiebung ab',
     'Die Klage der Opposition scheiterte.', 'planned'),
    ('fr', "Municipales à Liège : le tribunal refuse le report du scrutin",
     'Les bureaux ouvriront dimanche.', 'planned'),
    ('fr', 'Les sociaux-démocrates reportés au pouvoir à Copenhague',
     'Le parti obtient 50 sièges.', 'held'),
    ('en', "Emperor's visit to Seoul in doubt",
     'Officials insist preparations continue for the autumn trip.', None),
    # the trains and flights of a new line or airport are its opening, not a part of it; an
    # athlete "ready for" the Games announces nothing
    ('en', "Porto's new metro line: crowds on day one",
     'Driverless trains began carrying riders on Monday.', 'held'),
    ('en', 'Marathon champion says she is ready for Paris', 'Her coach agrees.', None),
    # the move rule still reads a slide to a date as a postponement
    ('en', 'Film festival slides to October', 'Organisers cite the heat.', 'postponed'),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_round19_cases(case: tuple[str, str, str, str | None]) -> None:
    assert_reads(case)
