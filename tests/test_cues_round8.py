"""Status cues, ninth set: the families added in round 8, with fresh EN/DE/FR sentences written
for these tests (none is taken from the labelled data), and negatives each family must not fire
on.

Families: votes and elections annulled by a court or a commission (cancelled); pilgrimages and
religious gatherings under way (held); peace deals and treaties signed (held; "to sign ... on
Friday" planned); prison terms handed down (held; "to learn the sentence" planned); prizes
awarded (held); products unveiled at an event and first deliveries (held); abdications and
proclamations (held); first-round results (held); walking out of talks is no strike.
"""

from __future__ import annotations

import pytest

from tests.cue_cases import LEX, assert_no_status, assert_reads, case_id

# (lang, title, summary, expected status)
CASES: list[tuple[str, str, str, str | None]] = [
    # Votes and elections annulled.
    ('en', 'Constitutional court annuls the regional election over ballot fraud', '', 'cancelled'),
    ('en', 'Mayoral vote annulled after irregularities in three districts', '', 'cancelled'),
    ('en', 'Judges invalidate the presidential election and order a rerun', '', 'cancelled'),
    ('de', 'Verfassungsgericht erklärt Bürgermeisterwahl für ungültig', '', 'cancelled'),
    ('de', 'Landeswahlausschuss: Kommunalwahl in Nordstadt annulliert', '', 'cancelled'),
    ('fr', 'Le Conseil constitutionnel annule l\'élection législative partielle', '', 'cancelled'),
    ('fr', 'Municipales : le scrutin de Villeneuve invalidé par le tribunal', '', 'cancelled'),
    # Pilgrimages and religious gatherings under way.
    ('en', 'Pilgrims converge on the shrine for the annual festival', '', 'held'),
    ('en', 'Hundreds of thousands take a holy dip at dawn', '', 'held'),
    ('de', 'Zehntausende Pilger am Wallfahrtsort trotz Regen', '', 'held'),
    ('de', 'Gläubige baden im heiligen Fluss beim Frühlingsfest', '', 'held'),
    ('fr', 'Les pèlerins ont envahi le sanctuaire dès l\'aube', '', 'held'),
    ('fr', 'Des milliers de fidèles se baignent dans le fleuve sacré', '', 'held'),
    # Peace deals and treaties signed; a signing ahead.
    ('en', 'Rebels and government sign a peace agreement in Nairobi', '', 'held'),
    ('en', 'Neighbours to sign border treaty on Friday', '', 'planned'),
    ('de', 'Nachbarstaaten unterzeichnen Grenzvertrag in Genf', '', 'held'),
    ('fr', 'Les deux pays signent un traité de coopération à Dakar', '', 'held'),
    ('fr', 'L\'accord de cessez-le-feu signé dans la nuit à Doha', '', 'held'),
    # Prison terms handed down; a sentence ahead.
    ('en', 'Former mayor jailed for seven years over bribes', '', 'held'),
    ('en', 'Ex-minister to learn his sentence next Thursday', '', 'planned'),
    ('de', 'Acht Jahre Haft für den Bankchef der Sparkasse', '', 'held'),
    # Prizes awarded.
    ('en', 'Debut novelist wins the national book prize', '', 'held'),
    ('fr', 'Le prix Femina décerné à une romancière québécoise', '', 'held'),
    ('fr', 'Une cinéaste tunisienne récompensée au festival de Namur', '', 'held'),
    ('de', 'Buchpreis geht an Debütroman aus Graz', '', 'held'),
    ('de', 'Regisseurin in Venedig ausgezeichnet', '', 'held'),
    # Products unveiled at an event; first deliveries.
    ('en', 'Carmaker unveils its electric van at a launch event in Turin', '', 'held'),
    ('en', 'Start-up to deliver first electric ferries on March 3', '', 'planned'),
    ('de', 'Hersteller liefert erste Wasserstoffzüge aus', '', 'held'),
    ('fr', 'Le constructeur dévoile son premier utilitaire électrique', '', 'held'),
    # Abdications and proclamations.
    ('en', 'Emir abdicates in favour of his son', '', 'held'),
    ('fr', 'Le prince héritier proclamé roi devant le Parlement', '', 'held'),
    # First-round results.
    ('fr', 'Présidentielle : un outsider arrive en tête du premier tour', '', 'held'),
    ('de', 'Amtsinhaber im ersten Wahlgang klar vorne', '', 'held'),
    ('de', 'Die Oppositionskandidatin kam auf knapp 40 Prozent', '', 'held'),
    # Vote outcomes given by what the voters said.
    ('fr', 'Les habitants disent non au projet d\'aéroport', '', 'held'),
    # A strike suspended is called off.
    ('en', 'Teachers suspend their strike after a pay offer', '', 'cancelled'),
    ('de', 'Lokführer: Warnstreik nach zwölf Stunden ausgesetzt', '', 'cancelled'),
    ('fr', 'Les contrôleurs suspendent leur grève après un accord', '', 'cancelled'),
    ('fr', 'La fédération suspend le championnat jusqu\'en avril', '', 'postponed'),
    # Landings that fail on the surface were attempted: held.
    ('en', 'Agency loses contact with its lander minutes before touchdown', '', 'held'),
    ('de', 'Marslandung der Raumsonde gescheitert', '', 'held'),
    ('fr', 'La sonde a perdu le contact avec le sol avant de se poser', '', 'held'),
    # Surprise visits; the first day of a strike; a show that opens with a work; voters voting.
    ('de', 'Kanzlerin überraschend in Bagdad', '', 'held'),
    ('en', 'President makes a surprise visit to troops in the north', '', 'held'),
    ('en', 'Ports at a standstill on the first day of the strike', '', 'held'),
    ('fr', 'Le festival ouvre avec un film coréen', '', 'held'),
    ('fr', 'Salon du jeu : de longues files d\'attente devant le parc des expositions', '', 'held'),
    ('en', 'Fans queued outside the arena from dawn', '', 'held'),
    ('fr', 'Les Chiliens votent dans le calme pour une nouvelle Constitution', '', 'held'),
    ('fr', 'Le Sénégal vote sans incident majeur', '', 'held'),
    ('de', 'Vor vollem Haus sang die Sopranistin drei Zugaben', '', 'held'),
    # A strike declared from a day ahead; a run-off pitting two candidates.
    ('en', 'Dockers declare an all-out strike from Thursday', '', 'planned'),
    ('en', 'Run-off pits the former judge against the governor', '', 'planned'),
]

NEGATIVES: list[tuple[str, str, str]] = [
    # walking out of talks is no strike
    ('en', 'Union leaders walked out of talks with the ministry', ''),
    # a prize shortlist is no prize awarded
    ('en', 'Six novels shortlisted for the national book prize', ''),
    # pilgrims are no gathering until they are there
    ('en', 'Travel agents see more bookings from pilgrims this year', ''),
    # a product unveiled with no event
    ('en', 'Brewer unveils a new label design', ''),
    # an economy's hard landing is no landing
    ('en', 'Economists fear a hard landing for the economy', ''),
    # prizes: a price is no prize
    ('de', 'Strompreis für Haushalte steigt', ''),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_round8_reads_status(case: tuple[str, str, str, str | None]) -> None:
    assert_reads(case)


@pytest.mark.parametrize("case", NEGATIVES, ids=case_id)
def test_round8_negatives(case: tuple[str, str, str]) -> None:
    assert_no_status(case)


def test_round8_annulling_a_postponement_is_no_cancellation() -> None:
    # a reversal of a postponement is about the postponement, not an annulled vote
    reading = LEX.read('Court annuls the postponement of the election', '', 'en')
    assert reading.status != 'cancelled'


def test_round8_a_suspended_sentence_is_no_strike_called_off() -> None:
    reading = LEX.read('Appeals court suspends the sentence of the former mayor', '', 'en')
    assert reading.status != 'cancelled'


def test_round8_a_future_award_is_planned() -> None:
    assert LEX.read('Le prix sera décerné à Lyon le 4 mars', '', 'fr').status == 'planned'



def test_round8_plain_english_is_not_read_as_german() -> None:
    # no English cue: the German lexicon must not read the factory "plant" as "plans"
    reading = LEX.read('Carmaker halts its Leipzig plant after a cyber attack',
                       'Engineers are restoring the systems that run the factory.', 'en')
    assert reading.status is None


def test_round8_mislabelled_german_is_still_read() -> None:
    # a German text labelled English is still read with the German lexicon
    assert LEX.read('Konzert in Köln abgesagt', '', 'en').status == 'cancelled'
