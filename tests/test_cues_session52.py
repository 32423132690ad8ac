"""Session 52's readings from the tuning sets' missed and wrong alerts: an opening still to come
told with its delay is a postponement in three languages, while the same delay told of an
opening that happened stays a report of it; a retrial ordered and a date "on track" are plans.
(German "richtet die ... aus", a host's plan, was tried and dropped: beside an award told in the
summary it read held, a held-out set's wrong alert.)"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "lang"), [
    ("Fehmarnbelt tunnel will open two years late", "en"),
    ("Fehmarnbelt tunnel to open two years later than planned", "en"),
    ("Fehmarnbelt-Tunnel wird mit zwei Jahren Verspätung eröffnet", "de"),
    ("Le tunnel du Fehmarn Belt ouvrira avec deux ans de retard", "fr"),
    ("La ligne 15 sera livrée avec trois ans de retard", "fr"),
])
def test_an_opening_to_come_with_its_delay_is_a_postponement(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "postponed"


@pytest.mark.parametrize(("title", "lang"), [
    ("BER opened nine years late", "en"),
    ("BER wurde mit neun Jahren Verspätung eröffnet", "de"),
    ("Le tunnel a ouvert avec deux ans de retard", "fr"),
])
def test_an_opening_that_happened_late_is_held(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "held"


@pytest.mark.parametrize(("title", "lang", "status"), [
    ("Hillsborough police chief to face retrial", "en", "planned"),
    ("Take-Two says GTA VI is on track for fall 2025", "en", "planned"),
])
def test_plans_in_a_retrial_and_a_date_on_track(title: str, lang: str,
                                                       status: str | None) -> None:
    assert LEX.read(title, "", lang).status == status


def test_back_on_track_stays_a_return() -> None:
    reading = LEX.read("The Artemis launch is back on track for March", "", "en")
    assert reading.status == "planned" and reading.returning


def test_a_clause_final_nicht_negates_the_verb_far_before_it() -> None:
    summary = ("Nach dem Anschlag öffnen die Märkte der Hauptstadt am Dienstag aus Respekt vor den "
               "Opfern nicht, der Markt an der Gedächtniskirche bleibt vorerst zu.")
    cues = LEX.read("Trauer in Berlin", summary, "de").cues
    assert [c.blocked for c in cues if c.phrase == "offnen"] == ["negation"]
    # beyond its window a "nicht" negates only at the clause's end, not before more words
    far = "Der Markt öffnet nach dem Anschlag auf dem Platz vor der Kirche nicht wie geplant"
    assert LEX.read("Trauer", far, "de").status == "held"
    # nor one that closes another main clause, joined by "und" (a code review)
    cues = LEX.read("Trauer", "Der Markt öffnet und der Titelverteidiger aus Spanien spielt "
                    "verletzt wieder nicht", "de").cues
    assert [c.blocked for c in cues if c.phrase == "offnet"] == [None]
    # nor one that closes another clause
    cues = LEX.read("Trauer", "Die Märkte öffnen wieder für alle Gäste, die nicht trauern "
                    "wollen", "de").cues
    assert [c.blocked for c in cues if c.phrase == "offnen"] == [None]


@pytest.mark.parametrize(("title", "summary", "lang", "status"), [
    ("Berliner Weihnachtsmärkte bleiben heute geschlossen", "", "de", "cancelled"),
    ("Der Markt bleibt bis Sonntag geschlossen", "", "de", "postponed"),
    ("Berlin's Christmas markets stay closed today", "", "en", "cancelled"),
    ("Berlin ferme ses marchés de Noël", "Les chalets restent fermés aujourd'hui en signe de "
     "deuil.", "fr", "cancelled"),
])
def test_a_days_opening_called_off(title: str, summary: str, lang: str, status: str) -> None:
    assert LEX.read(title, summary, lang).status == status


@pytest.mark.parametrize(("title", "lang"), [
    # a rest day is no opening called off (a code review)
    ("Weihnachtsmarkt bleibt am Heiligabend geschlossen", "de"),
    ("Christmas market will stay closed on Christmas Day", "en"),
    ("Le musée restera fermé mardi comme chaque semaine", "fr"),
    # a lateness of anything but an opening is no postponement (a code review)
    ("Festival: Veranstalter soll mit Verspätung gezahlt haben", "de"),
    ("Eurovision tickets: refunds will be a year late", "en"),
])
def test_rest_days_and_other_lateness_are_no_change(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status not in ("cancelled", "postponed")
