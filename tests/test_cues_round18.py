"""Status cues, round 18: a headline verb in the future (a French future ending, "wird",
"will") or an English infinitive with "to be" tells a plan when it names an event or a day
ahead; a listing, a shareholder meeting and a keynote are occasions; "readies for" is a plan; a
suspended sentence handed down is a verdict, not a suspended event. Fresh sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.cue_cases import assert_reads, case_id

CASES: list[tuple[str, str, str, str | None]] = [
    ('fr', 'Le constructeur présentera sa berline électrique jeudi',
     'La marque promet une autonomie record.', 'planned'),
    ('fr', "L'ancien maire sera inhumé samedi à Namur", 'La famille a demandé la discrétion.',
     'planned'),
    ('de', 'Der Altkanzler wird am Samstag in Speyer beigesetzt',
     'Die Familie bittet um Zurückhaltung.', 'planned'),
    ('en', 'Premier will attend the Pacific summit in Suva', 'Officials confirmed the trip.',
     'planned'),
    ('en', 'Former mayor to be buried on Saturday in Ghent', 'Crowds are expected.', 'planned'),
    ('de', 'Getriebehersteller kündigt Börsengang an', 'Die Aktien sollen im Herbst notieren.',
     'planned'),
    ('en', 'Hobart readies for the regatta weekend', 'Boats lined the harbour.', 'planned'),
    ('en', 'Ex-minister, 81, given suspended sentence for fraud',
     'The court in Lyon ruled on Monday.', 'held'),
    # a word that only ends like a French future is no future
    ('fr', 'La caméra du festival filme la foule', 'Le public applaudit.', None),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_round18_cases(case: tuple[str, str, str, str | None]) -> None:
    assert_reads(case)
