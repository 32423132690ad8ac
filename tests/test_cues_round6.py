"""Status cues, seventh set: the rules and families added in round 6, with fresh EN/DE/FR
sentences written for these tests (none is taken from the labelled data), and negatives each rule
must not fire on.

Rules: a change to a part of an occasion or to something around it (the reception, the
pre-orders, the press conference, the fan zone) is not the occasion's ("cancels the gala
dinner", "Partys und Empfänge entfallen", "annule la conférence de presse"); "not cancelled but
postponed" is a postponement, the denial of the cancellation no sign that the date holds; a
condition opened by "en cas de" reaches the end of its clause.

Families: a date moved to a later month, season or year ("moves the show to October", "in den
Oktober verlegt"), "instead of June", German "erst" with a later time ("startet erst 2027",
"erst im Herbst").
"""

from __future__ import annotations

import pytest

from tests.cue_cases import LEX, assert_no_status, assert_reads, case_id

# (lang, title, summary, expected status)
CASES: list[tuple[str, str, str, str | None]] = [
    # A change to a part of the occasion is not the occasion's.
    ('en', 'Harbour regatta organisers cancel the closing gala dinner', '', None),
    ('en', 'Opera festival delays ticket presales after website crash', '', None),
    ('en', 'Film festival press conference called off as jury member falls ill',
     'The festival itself opens on schedule on Thursday.', 'planned'),
    ('en', 'Marathon scraps fan zone at the finish line', 'The race goes ahead on Sunday.',
     'planned'),
    ('de', 'Stadtfest: Empfang im Rathaus fällt aus', '', None),
    ('de', 'Segelwoche findet statt – Empfänge und Abendessen entfallen', '', 'planned'),
    ('de', 'Konsole: Vorbestellungen verschoben', 'Der Verkaufsstart im Herbst bleibt bestehen.',
     None),
    ('fr', 'Le salon annule sa conférence de presse inaugurale', '', None),
    ('fr', 'Tournoi de tennis : les préventes repoussées d\'une semaine', '', None),
    # ... but the occasion itself, even with a part nearby, still changes.
    ('en', 'Harbour regatta cancelled; reception moved to the town hall', '', 'cancelled'),
    ('en', 'Rock band cancels concert and press conference in Lyon', '', 'cancelled'),
    ('de', 'Nach dem Empfang: Gipfel in Bonn abgesagt', '', 'cancelled'),
    ('fr', 'Après la conférence de presse, le concert de Lyon est annulé', '', 'cancelled'),
    # "not cancelled but postponed" is a postponement.
    ('de', 'Stadtlauf nicht abgesagt, sondern verschoben', '', 'postponed'),
    ('en', 'Book fair not cancelled but postponed, organisers insist', '', 'postponed'),
    ('fr', 'Le carnaval n\'est pas annulé mais reporté', '', 'postponed'),
    # ... while a denial alone still says the event is on.
    ('de', 'Stadtlauf wird nicht abgesagt', '', 'planned'),
    # A condition opened by "en cas de".
    ('fr', 'Le comité tranchera en mai ; en cas d\'annulation, les billets seront remboursés',
     '', None),
    # A date moved to a later month, season or year.
    ('en', 'Lakeside jazz festival moves its summer edition to October', '', 'postponed'),
    ('en', 'Trade show moved from the spring slot to September', '', 'postponed'),
    ('en', 'City marathon will be run in the autumn instead of April', '', 'postponed'),
    ('de', 'Stadtfest 2026 in den Oktober verlegt', '', 'postponed'),
    ('de', 'Mondsonde startet erst 2027', '', 'postponed'),
    ('de', 'Weinfest in Speyer – Publikum erst im Herbst', '', 'postponed'),
    # "a bien lieu": it does take place (held); the future and the negation are not.
    ('fr', 'Le carnaval de Menton a bien lieu malgré la pluie', '', 'held'),
    ('fr', 'Le carnaval de Menton aura bien lieu en février', '', 'planned'),
    # ... but an infinitive after talks of a move is no move yet.
    ('en', 'Promoters in talks to move the summer festival to October', '', None),
]

NEGATIVES: list[tuple[str, str, str]] = [
    # "moves ... to" with no later date is no postponement; "erst" without a time ahead neither.
    ('en', 'Champion moves closer to a record title', ''),
    ('de', 'Die Mannschaft scheiterte erst im Finale', ''),
    ('en', 'Striker moved to the bench for the derby', ''),
    ('fr', 'Le carnaval de Menton n\'a pas bien eu lieu', ''),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_round6_reads_status(case: tuple[str, str, str, str | None]) -> None:
    assert_reads(case)


@pytest.mark.parametrize("case", NEGATIVES, ids=case_id)
def test_round6_negatives(case: tuple[str, str, str]) -> None:
    assert_no_status(case)


def test_round6_part_is_blocked_with_its_reason() -> None:
    reading = LEX.read('Palace cancels the royal garden reception', '', 'en')
    assert [c.blocked for c in reading.cues if c.status == 'cancelled'] == ['part']



def test_round6_a_party_may_be_the_occasion() -> None:
    # a party is often the occasion itself (a watch party, a street party): not a part
    assert LEX.read('Town hall axes the street party', '', 'en').status == 'cancelled'
