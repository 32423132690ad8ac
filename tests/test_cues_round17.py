"""Status cues, round 17: a reading held cue right after a change is the change's object
("postpones vote on the judges"); a bid to delay that is lost keeps the date; what a strike
cancels around it ("surgeries postponed as doctors walk out") is a part, not the event; the
end of a strike is a strike that took place; the public back at an occasion reports it under way.
Fresh sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.cue_cases import assert_reads, case_id

CASES: list[tuple[str, str, str, str | None]] = [
    ('en', 'Senate postpones vote on budget chief amid row', 'A new date was not set.',
     'postponed'),
    ('en', 'Mayor loses bid to delay corruption trial', 'Jury selection stays on June 3.',
     'planned'),
    ('en', 'Hundreds of surgeries postponed as nurses walk out',
     'Pickets formed outside hospitals in Leeds.', 'held'),
    ('fr', 'Fin de la grève des éboueurs à Marseille', 'Un accord prévoit des embauches.',
     'held'),
    ('de', 'Ende des Streiks bei der Hamburger Hochbahn', 'Die Busse fahren wieder.', 'held'),
    ('en', 'Harbour festival back after a two-year break',
     'Crowds returned to the quays for the opening night.', 'held'),
    # billed headliners, listings filed for, dates aimed at, "tonight"
    ('en', 'Robyn confirmed as Roskilde headliner', 'She plays the Orange Stage.', 'planned'),
    ('en', 'Nordic Air files confidentially for Oslo listing', 'Bankers expect a spring debut.',
     'planned'),
    ('de', 'Bahn peilt Eröffnung der Neubaustrecke für 2027 an', 'Die Kosten steigen weiter.',
     'planned'),
    ('fr', "Tramway de Liège : mise en service visée en 2025", 'Les essais commencent.',
     'planned'),
    ('fr', 'Concours Reine Elisabeth : la grande finale ce soir à Bruxelles',
     'Douze pianistes sont en lice.', 'planned'),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_round17_cases(case: tuple[str, str, str, str | None]) -> None:
    assert_reads(case)
