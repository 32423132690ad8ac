"""Round 76: tense and aspect of the cue reading, planned versus held (session 32, decided on
the 69 tuning sets, developed on one half by set parity and checked on the other).

A headline's plan in the present whose summary narrates the occasion in the past, with nothing
ahead in either field, is the present of headlines for what happened ("Cologne carnival parade
goes ahead despite storm warnings" over "Hundreds of thousands lined the streets"; "Shakira holt
ausgefallenes Konzert nach" over "stand ... auf der Bühne"). Not an announcement, a return, or a
plan aimed at its time or occasion by a final preposition ("fixé au", "gather in * for").
Tuning (69 sets) 449 / 668 / 0.9406 -> 445 / 667 / 0.9407 (wrong / missed / mean B-cubed).
(A month beside its day in a headline as a date ahead, "launches October 22", was dropped: it
fixed alerts in one set only, day_rules already reads most such days.)
"""

from __future__ import annotations

import pytest

from tests.cue_cases import assert_reads, case_id

TOLD_PAST = [
    ("en", "Harbour festival goes ahead despite gale warnings",
     "Tens of thousands lined the streets while other towns called off their parades.", "held"),
    ("de", "Endlich in Leipzig: Sängerin holt abgesagtes Konzert nach",
     "Neun Monate nach der Absage stand sie in der Arena auf der Bühne.", "held"),
    ("de", "Gipfel in Rom: Macron und Meloni treffen sich im Palazzo Chigi",
     "Am Rande des Treffens sprachen die beiden eine halbe Stunde miteinander.", "held"),
    ("en", "Tech fair goes virtual with ministers among speakers",
     "The conference opened online on Tuesday with 600 speakers streaming from home.", "held"),
]

TOLD_PAST_GUARDS = [
    # the summary's past is the background of a plan still ahead: a future marker
    ("en", "Harbour festival goes ahead despite gale warnings",
     "Crowds lined the streets last year; organisers will open the gates at noon.", "planned"),
    # a plan aimed at its time or occasion schedules it
    ("fr", "Présidentielle : le scrutin fixé au 24 octobre",
     "Le gouvernement a signé le décret de convocation.", "planned"),
    # an announcement: its summary's past is what led to it
    ("de", "Bürgermeister kündigt Stadtfest an", "Zuletzt feierten Tausende in der Altstadt.",
     "planned"),
    # a headline that dates its plan ahead previews it
    ("en", "Harbour festival goes ahead on Saturday",
     "Hundreds lined the streets as the tall ships came in.", "planned"),
]


@pytest.mark.parametrize("case", TOLD_PAST, ids=case_id)
def test_round76_present_headline_told_in_the_past(case: tuple[str, str, str, str]) -> None:
    assert_reads(case)


@pytest.mark.parametrize("case", TOLD_PAST_GUARDS, ids=case_id)
def test_round76_told_past_guards(case: tuple[str, str, str, str]) -> None:
    assert_reads(case)
