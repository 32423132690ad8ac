"""Status cues, round 12: a held cue whose own verb is in the French future is a plan
("effectuera une visite" matched by "effectue* une visite"), with fresh sentences written for these
tests and the negatives it must leave alone. (Round 12's other rules read the item's dates against
its publication time, so they live in the tracker: tests/test_tracker.py.)"""

from __future__ import annotations

import pytest

from tests.cue_cases import assert_reads, case_id

CASES: list[tuple[str, str, str, str | None]] = [
    ('fr', "Le président effectuera une visite d'État en Italie du 4 au 6 mai", '', 'planned'),
    ('fr', "La reine effectuera une visite officielle au Canada", '', 'planned'),
    # the same cue in the present or the past still reports it
    ('fr', "Le président effectue une visite d'État en Italie", '', 'held'),
    ('fr', "Le président a effectué une visite d'État en Italie", '', 'held'),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_round12_cases(case: tuple[str, str, str, str | None]) -> None:
    assert_reads(case)

