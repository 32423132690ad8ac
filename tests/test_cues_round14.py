"""Status cues, round 14: a postponement or cancellation in the headline beats plans that only
the summary tells, since a summary recaps the plan a change is about ("set for May 3 to 5").
Fresh sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cue_cases import assert_reads, case_id

CASES: list[tuple[str, str, str, str | None]] = [
    ('en', 'Jazz summit in Lyon postponed over the strike',
     'The meeting, set for May 3 to 5, will be held at a later date; a new date will be '
     'announced in the spring.', 'postponed'),
    ('de', 'Buchmesse in Halle verschoben',
     'Die Messe war für den 4. April geplant und sollte im Kongresszentrum stattfinden; ein neuer '
     'Termin steht fest.', 'postponed'),
    # a headline that tells the plan as well keeps the weighing: "orders a fresh vote"
    ('en', 'Court annuls the mayoral vote and sets a new date',
     'The new vote will take place in June and is scheduled for a Sunday.', 'planned'),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_round14_cases(case: tuple[str, str, str, str | None]) -> None:
    assert_reads(case)
