"""Round 81: precision of the cue reading (session 32, decided on the 69 tuning sets; held-out
sets only for the lead's final check).

A headline that sets a change of one part against another occasion that goes on ("le concert
de Black M annulé, la commémoration du centenaire maintenue", "France leg postponed; Germany
trip goes ahead") puts its news on the occasion that stands: planned, when the going on has a
clause of its own that names an event. A substitute or a detail ("Lyon maintient les
lumignons") and a new date ("now set for 5 August") are no such contrast. Tuning ODD 199 / 288
/ 0.9418 -> 198 / 288 / 0.9418, EVEN 240 / 348 / 0.9399 -> 239 / 348 / 0.9400.
"""

from __future__ import annotations

import pytest

from tests.cue_cases import assert_reads, case_id

CASES = [
    # another occasion goes on: planned
    ("fr", "Verdun : le concert annulé, la commémoration du centenaire maintenue", "",
     "planned"),
    ("en", "Queen's Paris leg postponed; Berlin visit goes ahead", "", "planned"),
    ("de", "Konzert abgesagt, das Festival findet trotzdem statt", "", "planned"),
    ("es", "Concierto cancelado, el festival sigue adelante", "", "planned"),
    ("it", "Concerto annullato, il festival si terrà", "", "planned"),
    ("nl", "Concert afgelast, het festival gaat door", "", "planned"),
    # the going on names no event, or only dates the changed occasion: the change stands
    ("fr", "La Fête des Lumières annulée, Lyon maintient les lumignons", "", "cancelled"),
    ("en", "Sri Lanka election pushed back again, now set for 5 August", "", "postponed"),
    ("en", "Concert cancelled as rain goes ahead", "", "cancelled"),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_round81_other_occasion_goes_on(case: tuple[str, str, str, str | None]) -> None:
    assert_reads(case)
