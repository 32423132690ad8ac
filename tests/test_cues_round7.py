"""Status cues, eighth set: the families added in round 7, with fresh EN/DE/FR sentences written
for these tests (none is taken from the labelled data), and negatives each family must not fire
on.

Families: sport results given by the score or the outcome (draws, extra time, titles kept or
won, belts, records broken); launches that fail or succeed in flight, and aborted attempts (a
postponement); a new attempt after a scrub (planned again); a date reaffirmed, rumours of a
delay dismissed (planned); speeches, parades, votes, awards handed out, a prison term begun
(held); a delay of minutes on the day (held, not postponed); a participle after a verb of
staging ("stages delayed parade") recalls history.
"""

from __future__ import annotations

import pytest

from tests.cue_cases import LEX, assert_no_status, assert_reads, case_id

# (lang, title, summary, expected status)
CASES: list[tuple[str, str, str, str | None]] = [
    # Results, draws, extra time, titles and records.
    ('en', 'Rovers and United draw with ten men each in derby', '', 'held'),
    ('en', 'Harbour City held to a draw by promoted side', '', 'held'),
    ('en', 'Lions edge Tigers in extra time to reach the cup final', '', 'held'),
    ('en', 'Veteran sprinter breaks the world record in Oslo', '', 'held'),
    ('en', 'Okafor retains his cruiserweight title in Cardiff', '', 'held'),
    ('en', 'Challenger wins on a split decision in Manchester', '', 'held'),
    ('de', 'Derby: Lokalrivalen trennen sich torlos', '', 'held'),
    ('de', 'Hallenmeeting: Norwegerin stellt neuen Rekord auf', '', 'held'),
    ('de', 'Pokalfinale in der Verlängerung entschieden', '', 'held'),
    ('fr', 'Derby du Nord : Lille et Lens font match nul', '', 'held'),
    ('fr', 'La Kényane pulvérise le record du semi-marathon à Valence', '', 'held'),
    ('fr', 'Le club basque s\'offre la coupe après prolongation', '', 'held'),
    # Launches that fail or succeed in flight.
    ('en', 'New lunar lander rocket destroyed minutes into its first flight', '', 'held'),
    ('en', 'Upper stage fails to ignite on European test flight', '', 'held'),
    ('de', 'Kleinrakete aus Bayern nach Fehlstart verloren', '', 'held'),
    ('de', 'Zweiter Anlauf: Start gelingt, Satellit erreicht die Umlaufbahn', '', 'held'),
    ('fr', 'Échec du lancement du petit lanceur européen', '', 'held'),
    ('fr', 'Le lanceur réussit son vol et place deux satellites en orbite', '', 'held'),
    # Aborted attempts are postponements; a new attempt is planned again.
    ('en', 'Startup aborts first orbital launch seconds before liftoff', '', 'postponed'),
    ('de', 'Neue Trägerrakete bleibt am Boden',
     'Der Countdown wurde bei T-10 Sekunden abgebrochen.', 'postponed'),
    ('de', 'Raumfrachter: Erststart kurz vor Zündung abgebrochen', '', 'postponed'),
    ('fr', 'Le vol d\'essai aura droit à une nouvelle tentative jeudi', '', 'planned'),
    ('en', 'Moon rocket launch: engineers will try again on Friday', '', 'planned'),
    ('de', 'Neuer Versuch für den Jungfernflug am Samstag', '', 'planned'),
    # A date reaffirmed; rumours of a delay dismissed.
    ('en', 'Studio reaffirms spring launch for racing sequel', '', 'planned'),
    ('en', 'Organisers dismiss rumours of a postponement of the boat show', '', 'planned'),
    ('fr', 'L\'éditeur dément les rumeurs de report de son jeu phare', '', 'planned'),
    ('de', 'Verlag bekräftigt Erscheinungstermin im März', '', 'planned'),
    # Speeches, parades, votes, awards, a sentence begun.
    ('en', 'Chancellor lectures delegates at the climate summit', '', 'held'),
    ('en', 'Islanders vote overwhelmingly to keep the monarchy', '', 'held'),
    ('de', 'Festumzug: Tausende Narren zogen über den Marktplatz', '', 'held'),
    ('de', 'Filmpreise in Hamburg verliehen', '', 'held'),
    ('de', 'Inselkanton stimmt am Sonntag über neues Wahlrecht ab', '', 'planned'),
    ('fr', 'Au sommet de Lisbonne, la présidente interpelle les dirigeants', '', 'held'),
    ('fr', 'Le ministre a effectué une visite éclair à Tunis', '', 'held'),
    # A delay of minutes on the day: it was held, late.
    ('en', 'Cup tie finally kicks off after being delayed by 40 minutes', '', 'held'),
    ('fr', 'Le concert a commencé avec plus de trente minutes de retard', '', 'held'),
    # A participle after a verb of staging recalls history.
    ('en', 'Island finally stages postponed carnival parade in sunshine', '', 'held'),
    # A person staying away from an event is no cancellation of it.
    ('fr', 'Le Premier ministre renonce à se rendre au forum de Davos',
     'Le forum s\'ouvre lundi comme prévu.', 'planned'),
    ('en', 'Prime minister skips the climate summit', 'The summit opens on Monday as planned.',
     'planned'),
    # Past editions cancelled, in an article about this one.
    ('fr', 'Après deux éditions annulées, le festival de jazz revient',
     'Dix concerts sont prévus à partir de vendredi.', 'planned'),
    # The public expected: planned.
    ('fr', 'Le festival est attendu par cent mille spectateurs ce week-end', '', 'planned'),
]

NEGATIVES: list[tuple[str, str, str]] = [
    # a record or a draw that is no event's
    ('en', 'Housing prices hit a record high in April', ''),
    ('de', 'Auslosung: Die Lose für das Halbfinale', ''),
    # a lecture about history in an interview is no event
    ('en', 'Minister lectured journalists on history for an hour', ''),
    # an attempt at something other than an event
    ('en', 'Another attempt to fix the bridge budget', ''),
    # a withdrawal from a trip to a city is the trip's (no neutral phrase)

]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_round7_reads_status(case: tuple[str, str, str, str | None]) -> None:
    assert_reads(case)


@pytest.mark.parametrize("case", NEGATIVES, ids=case_id)
def test_round7_negatives(case: tuple[str, str, str]) -> None:
    assert_no_status(case)


def test_round7_a_trip_called_off_is_cancelled() -> None:
    assert LEX.read('Le président renonce à se rendre à Madrid', '', 'fr').status == 'cancelled'


def test_round7_to_beat_is_no_result_yet() -> None:
    # an infinitive of purpose is ahead, not a result
    assert LEX.read('Champions hope to beat the visitors on Saturday', '', 'en').status != 'held'


def test_round7_hours_late_is_a_postponement() -> None:
    # a day's shift is a postponement; only minutes on the day are a late start
    assert LEX.read('Cup final pushed back 24 hours after storm floods pitch', '',
                    'en').status == 'postponed'

