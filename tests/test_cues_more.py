"""Status cues, second set: the vocabulary families and context rules added after the first
labelled set, each with fresh headlines in English, German and French written for these tests.

Families: present-tense reports with a date ahead (previews, not reports), announcements that
name no event, "ahead of the summit", strikes and the disruption they cause, what summits agree,
scrubbed launch attempts and new dates further off, speeches and stage returns, demand ahead of an
event, strikes fought in court, policy "postponements" that are no event's, neutral phrases, and
modal words inside a phrase's gap.
"""

from __future__ import annotations

import pytest

from tests.test_cues_round2 import CASES as ROUND2_CASES
from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()

# (lang, title, summary, expected status)
CASES: list[tuple[str, str, str, str | None]] = [
    # A present-tense "held" verb with a date ahead is a preview; a past one is a report.
    ('en', 'COP29 climate talks open in Baku on Monday', '', 'planned'),
    ('en', 'Royal Ascot opens on Tuesday with record prize money', '', 'planned'),
    ('en', 'EU summit begins tomorrow with migration on the agenda', '', 'planned'),
    ('en', 'Macron and Starmer meet in Paris next week to discuss Ukraine', '', 'planned'),
    ('en', 'G20 summit opened on Monday in Rio', '', 'held'),
    ('en', 'The G20 summit has opened in Rio on Monday', '', 'held'),
    ('en', 'Biden and Xi met on Wednesday for four hours', '', 'held'),
    ('en', 'COP29 climate talks open in Baku amid funding row', '', 'held'),
    ('de', 'Klimagipfel beginnt am Montag in Baku', '', 'planned'),
    ('de', 'Tour de France startet am Samstag in Florenz', '', 'planned'),
    ('de', 'Die Messe öffnet morgen ihre Tore', '', 'planned'),
    ('de', 'Gipfel begann am Dienstag in Brüssel', '', 'held'),
    ('de', 'Der Gipfel hat am Dienstag begonnen', '', 'held'),
    ('de', 'Merz trifft Trump im Weißen Haus', '', 'held'),
    ('fr', "La COP29 s'ouvre lundi à Bakou", '', 'planned'),
    ('fr', 'Le sommet européen débute demain', '', 'planned'),
    ('fr', "Le Salon de l'agriculture ouvre ses portes samedi", '', 'planned'),
    ('fr', "La COP29 s'est ouverte à Bakou", '', 'held'),
    ('fr', "Le sommet s'est ouvert mardi à Bruxelles", '', 'held'),
    # Announcing or confirming counts only when an event is named.
    ('en', 'Coldplay announces 2026 stadium tour dates', '', 'planned'),
    ('en', 'Unions announce 48-hour rail strike for next week', '', 'planned'),
    ('en', 'Apple announces quarterly results', '', None),
    ('en', 'Band confirms split after 20 years', '', None),
    ('en', 'Manchester United confirm signing of new striker', '', None),
    ('de', 'Taylor Swift kündigt Europatournee an', '', 'planned'),
    ('de', 'Verdi kündigt Warnstreik an Flughäfen an', '', 'planned'),
    ('de', 'Apple kündigt Rekordumsatz an', '', None),
    ('de', 'Band bestätigt Trennung', '', None),
    ('fr', 'Les syndicats annoncent une grève de 48 heures', '', 'planned'),
    ('fr', 'Apple annonce des résultats records', '', None),
    ('fr', 'Le groupe confirme sa séparation', '', None),
    # "Ahead of the summit": the event is still to come (weakly; a report outweighs it).
    ('en', 'Security tightened ahead of Coronation ceremony', '', 'planned'),
    ('en', 'Commuters brace for chaos ahead of Tube strike', '', 'planned'),
    ('en', 'Before the summit, ministers met in Rome', '', 'held'),
    ('de', 'Hohe Sicherheitsvorkehrungen vor der Krönung', '', 'planned'),
    ('de', 'Pendler stellen sich auf Chaos vor dem Streik ein', '', 'planned'),
    ('de', 'Vor dem Gipfel trafen sich die Außenminister', '', 'held'),
    ('fr', 'Sécurité renforcée avant le couronnement', '', 'planned'),
    ('fr', 'Les usagers se préparent au chaos avant la grève', '', 'planned'),
    ('fr', 'À la veille du sommet, les ministres se sont réunis', '', 'held'),
    # A strike under way and what it causes: cancelled trains and flights are no cancelled event.
    ('en', 'French rail strike paralyses Paris commuter lines', '', 'held'),
    ('en', 'Rail strike brings Britain to a standstill', '', 'held'),
    ('en', 'Hundreds of flights cancelled as Finnair pilots strike', '', 'held'),
    ('en', 'Rail strike: hardly any trains running across Germany', '', 'held'),
    ('de', 'Verdi-Streik legt Flughäfen lahm', '', 'held'),
    ('de', 'Warnstreik: Hunderte Flüge fallen aus', '', 'held'),
    ('de', 'Bahnstreik: Kaum Züge im Fernverkehr', '', 'held'),
    ('de', 'Lufthansa streicht wegen Streik Hunderte Flüge', '', 'held'),
    ('fr', 'La grève paralyse les aéroports parisiens', '', 'held'),
    ('fr', 'Grève des contrôleurs : des centaines de vols annulés', '', 'held'),
    ('fr', 'Grève SNCF : très peu de trains en circulation', '', 'held'),
    ('en', 'Strike threat: flights could be cancelled next week', '', None),
    ('de', 'Hunderte Flüge könnten wegen Streik ausfallen', '', None),
    ('fr', 'Des centaines de vols pourraient être annulés', '', None),
    ('en', 'Rail strike called off after last-minute deal', '', 'cancelled'),
    ('fr', 'La grève des médecins est levée après un accord', '', 'cancelled'),
    # What summits agree.
    ('en', 'EU leaders agree Ukraine aid package at Brussels summit', '', 'held'),
    ('en', 'EU leaders are expected to agree a deal at the summit', '', 'planned'),
    ('en', 'Leaders agree to meet again in spring', '', 'planned'),
    ('de', 'EU-Gipfel einigt sich auf Ukraine-Hilfen', '', 'held'),
    ('de', 'Staats- und Regierungschefs einigten sich in Brüssel auf ein Budget', '', 'held'),
    ('fr', "Les dirigeants européens se sont mis d'accord sur l'aide à l'Ukraine", '', 'held'),
    # A called-off launch attempt is a scrub; "at the earliest" is a new date further off.
    ('en', 'Blue Origin calls off New Glenn launch attempt over weather', '', 'postponed'),
    ('en', 'Artemis II launch pushed to April at the earliest', '', 'postponed'),
    ('en', 'NASA could call off launch attempt', '', 'planned'),
    ('de', 'Raketenstart abgebrochen – nächster Versuch frühestens Donnerstag', '', 'postponed'),
    ('de', 'Artemis-II-Start frühestens im April', '', 'postponed'),
    ('fr', "Le lancement d'Ariane 6 n'aura pas lieu avant jeudi", '', 'postponed'),
    ('fr', "Le lancement d'Artemis II repoussé à avril au plus tôt", '', 'postponed'),
    # Speeches, stage returns, crowds, sport, splashdowns.
    ('en', 'Zelensky addresses US Congress in wartime speech', '', 'held'),
    ('en', 'Pope makes historic speech to Congress', '', 'held'),
    ('en', 'Adele returns to the stage in Las Vegas', '', 'held'),
    ('en', 'Champions League final: Real Madrid beat Dortmund at Wembley', '', 'held'),
    ('en', 'Record crowds at Notting Hill Carnival', '', 'held'),
    ('en', 'Artemis II splashes down in the Pacific', '', 'held'),
    ('de', 'Papst spricht vor Zehntausenden auf dem Petersplatz', '', 'held'),
    ('de', 'Helene Fischer zurück auf der Bühne', '', 'held'),
    ('de', 'Artemis-II-Kapsel im Pazifik gewassert', '', 'held'),
    ('fr', 'Stromae de retour sur scène à Bruxelles', '', 'held'),
    ('fr', 'Le festival a réuni 200 000 spectateurs', '', 'held'),
    ('fr', "La capsule d'Artemis II a amerri dans le Pacifique", '', 'held'),
    # Demand ahead of an event.
    ('en', 'Oasis reunion shows sold out in hours', '', 'planned'),
    ('de', 'Oasis-Konzerte in Wembley ausverkauft', '', 'planned'),
    ('fr', "Les concerts d'Oasis affichent complet", '', 'planned'),
    # A strike fought in court has not happened yet.
    ('en', "Airline seeks court order to stop pilots' strike", '', 'planned'),
    ('de', 'Arbeitsgericht erlaubt Ärztestreik', '', 'planned'),
    ('fr', 'La justice autorise la grève des médecins', '', 'planned'),
    # A time ahead before the cue, in the same clause.
    ('en', 'Biden will fly to Bali next week and meet Xi', '', 'planned'),
    ('de', 'Nächste Woche trifft Merz Trump in Washington', '', 'planned'),
    # Sport: results and kick-off (a date ahead makes a preview).
    ('en', 'Spain clinch Euro 2024 with win over England', '', 'held'),
    ('en', 'Spain crowned European champions in Berlin', '', 'held'),
    ('en', 'Spain face England in Euro final on Sunday', '', 'planned'),
    ('de', 'Spanien besiegt England im EM-Finale', '', 'held'),
    ('de', 'Spanien ist Europameister', '', 'held'),
    ('de', 'Anpfiff zur EM am Freitag in München', '', 'planned'),
    ('fr', "L'Espagne s'impose face à l'Angleterre en finale", '', 'held'),
    ('fr', "Coup d'envoi de l'Euro vendredi à Munich", '', 'planned'),
    ('fr', 'Le gouvernement bat en retraite sur la réforme', '', None),
    ('fr', 'Macron se bat pour sa réforme', '', None),
    ('de', 'Plan für Gipfel trifft auf Kritik', '', None),
    ('fr', "Macron donnera le coup d'envoi des JO", '', 'planned'),
    ('fr', 'Le sacre de Charles III aura lieu le 6 mai', '', 'planned'),
    # A strike entering its second day; a date moved, not a venue.
    ('en', 'German rail strike enters second day', '', 'held'),
    ('de', 'Bahnstreik geht in den zweiten Tag', '', 'held'),
    ('fr', 'La grève à la Deutsche Bahn entre dans son deuxième jour', '', 'held'),
    ('en', 'Match moved to Sunday after storm', '', 'postponed'),
    ('de', 'Gipfel auf Juni verlegt', '', 'postponed'),
    ('de', 'Konzert auf das Maifeld verlegt', '', None),
    ('en', 'Tour de France Femmes starts in Rotterdam on Saturday', '', 'planned'),
    ('fr', 'Le sommet clôturé par une déclaration commune', '', 'held'),
    # Getting ready for a named event (only when an event is named).
    ('en', 'Vienna prepares for Taylor Swift concerts', '', 'planned'),
    ('en', 'Kremlin: preparations for Budapest summit under way', '', 'planned'),
    ('en', 'Markets prepare for the worst', '', None),
    ('de', 'Die Stadt bereitet sich auf das Konzert vor', '', 'planned'),
    ('fr', 'Nice se prépare pour le sommet', '', 'planned'),
    ('fr', 'La France se prépare à la canicule', '', None),
    # More results and disruption.
    ('en', 'Euro 2024: Germany thrash Scotland in opener', '', 'held'),
    ('de', 'Warnstreik bei Lufthansa: Hunderte Flüge gestrichen', '', 'held'),
    ('fr', "Charles III couronné à l'abbaye de Westminster", '', 'held'),
    # Neutral phrases: no report, and they hide the cue inside them.
    ('en', 'Rail strike to go ahead on Monday after talks fail', '', 'planned'),
    ('en', 'Apple results beat expectations', '', None),
    ('en', 'Unions and rail firms strike a deal', '', None),
]


def _id(case: tuple[str, str, str, str | None]) -> str:
    return f"{case[0]}:{case[1][:40]}"


@pytest.mark.parametrize("case", CASES + ROUND2_CASES, ids=_id)
def test_reads_status(case: tuple[str, str, str, str | None]) -> None:
    lang, title, summary, expected = case
    reading = LEX.read(title, summary, lang)
    assert reading.status == expected, reading.cues


@pytest.mark.parametrize("case", CASES[::2] + ROUND2_CASES[::2], ids=_id)
def test_reads_status_without_language(case: tuple[str, str, str, str | None]) -> None:
    _, title, summary, expected = case
    assert LEX.read(title, summary, None).status == expected


@pytest.mark.parametrize(("lang", "text", "reason"), [
    ("en", "Taylor Swift and her fiancé announce engagement", "no-event"),
    ("de", "Polizei bestätigt Festnahme", "no-event"),
    ("fr", "La police confirme l'arrestation d'un suspect", "no-event"),
    ("en", "Government delays retirement age rise to 2030", "other"),
    ("de", "Regierung verschiebt Anhebung des Rentenalters", "other"),
    ("fr", "Le Conseil constitutionnel valide le report de l'âge légal", "other"),
    ("en", "Thousands of flights may be cancelled if strike goes ahead", "modality"),
])
def test_blocked_cues_say_why(lang: str, text: str, reason: str) -> None:
    reading = LEX.read(text, "", lang)
    assert reason in {c.blocked for c in reading.cues}, reading.cues
    assert reading.status is None


def test_ahead_of_an_event_is_weak_evidence() -> None:
    reading = LEX.read("Heavy security ahead of the final", "", "en")
    assert reading.status == "planned"
    [cue] = reading.cues
    assert cue.weight < 2.0 and "ahead of" in cue.phrase
    # a report in the summary outweighs it
    held = LEX.read("Heavy security ahead of the final", "Fans gathered in the square.", "en")
    assert held.status == "held"


def test_a_negated_cue_in_a_quote_or_question_stays_blocked() -> None:
    assert LEX.read('"We will not paralyse the country," union says', "", "en").status is None
    assert LEX.read("Will the strike paralyse France?", "", "en").status is None
    assert LEX.read("Der Streik findet am Montag nicht statt", "", "de").status == "cancelled"


def test_user_phrases_still_extend_the_new_families() -> None:
    lex = LEX.extended({"en": {"held": ["strike grips"]}})
    assert lex.read("Strike grips Belgium", "", "en").status == "held"
    assert lex.read("Strike grips Belgium on Monday", "", "en").status == "planned"
