"""Round 29 (session 12; tuned on every set but the held-out -45, -46, -51, -53, -54, -55, -57
and -58, with the diplomacy set events-56.tsv new among them): an occasion under way ("second
day of the strike", "goes into overtime") is no preview, whatever day its summary names; a
comeback headline whose summary tells the past with no cue of its own reports the occasion; what
a summit, a party congress, a referendum's voters or a debate did says it took place; a
"head-to-head" is a duel, no "head to" a place."""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("lang", "title", "summary", "status"), [
    # under way: a day the summary names does not make it a preview
    ("fr", "Deuxième jour de grève des aiguilleurs du ciel",
     "Le trafic reste très perturbé ce vendredi.", "held"),
    ("de", "COP27 geht in die Verlängerung",
     "Die Klimakonferenz wird über Freitag hinaus fortgesetzt.", "held"),
    ("en", "Climate talks go into overtime as deal eludes negotiators", "", "held"),
    ("fr", "La COP29 joue les prolongations à Bakou", "", "held"),
    # ... a plan still reads planned
    ("en", "Rail strike to enter its third day on Monday", "", "planned"),
    # a comeback told in the past by its summary is a report
    ("en", "Frankfurt Marathon returns after two-year absence",
     "East African runners took both titles in the first edition since 2019.", "held"),
    # ... one the summary dates ahead, or announces, is still a plan
    ("en", "Oktoberfest returns after two-year break",
     "Organisers said the festival will run from September 17.", "planned"),
    ("en", "Oktoberfest returns after two-year break", "", "planned"),
])
def test_round_29_tense(lang: str, title: str, summary: str, status: str) -> None:
    assert LEX.read(title, summary, lang).status == status


@pytest.mark.parametrize(("lang", "title", "summary", "status"), [
    # what a summit, a congress, the voters did
    ("en", "EU summit nominates Ursula von der Leyen for Commission presidency", "", "held"),
    ("en", "Berlin referendum backs expropriating big landlords", "", "held"),
    ("de", "SPD-Sonderparteitag stimmt knapp für Koalitionsverhandlungen", "", "held"),
    ("de", "Unterhaus stimmt gegen Syrien-Einsatz – Niederlage für Cameron", "", "held"),
    ("fr", "Brexit : les Vingt-Sept approuvent l'accord de retrait", "", "held"),
    ("fr", "Référendum à Berlin : les habitants votent pour l'expropriation", "", "held"),
    # ... a vote for a strike is no strike yet
    ("de", "Post-Beschäftigte stimmen für unbefristeten Streik", "", "planned"),
    # debates and duels
    ("en", "Clinton puts Trump on defensive in combative first debate", "", "held"),
    ("en", "Merkel and challenger Steinbrueck spar in only TV duel", "", "held"),
    ("en", "Johnson and Corbyn clash on Brexit and trust in final head-to-head", "", "held"),
    ("de", "Harris bringt Trump im TV-Duell aus dem Konzept", "", "held"),
    ("fr", "Allemagne : Angela Merkel domine Martin Schulz lors du duel télévisé", "", "held"),
    # talks held, a summit opened
    ("en", "Macron and Putin hold five-hour talks at long table in Kremlin", "", "held"),
    ("en", "Modi and Xi open informal summit in Wuhan, seek to reset ties", "", "held"),
    ("de", "Putin und Macron führen fünfstündige Gespräche im Kreml", "", "held"),
    ("fr", "Russes et Ukrainiens tiennent leurs premiers pourparlers directs à Istanbul", "",
     "held"),
    ("fr", "Macron et Poutine s'entretiennent cinq heures au Kremlin", "", "held"),
    # ... still to come
    ("en", "Russia and Ukraine to hold first direct talks in Istanbul on Thursday", "", "planned"),
    ("de", "Scholz und Biden führen am Freitag Gespräche in Washington", "", "planned"),
    ("en", "Johnson and Corbyn to go head-to-head on ITV on Tuesday", "", "planned"),
    ("en", "Biden and Trump will meet in first debate on June 27", "", "planned"),
])
def test_round_29_occasions(lang: str, title: str, summary: str, status: str) -> None:
    assert LEX.read(title, summary, lang).status == status


def test_a_summit_back_on_is_still_a_return() -> None:
    """"summit backs" (what a summit did) must not swallow "summit back on" (a return)."""
    reading = LEX.read("Trump-Kim summit back on for June 12 in Singapore", "", "en")
    assert (reading.status, reading.returning) == ("planned", True)


@pytest.mark.parametrize(("lang", "title"), [
    # a plea for a change is no change (session 12)
    ("fr", "Référendum calédonien : Mélenchon adjure Macron de reporter le scrutin"),
    ("fr", "L'ONU exhorte les organisateurs à annuler le tournoi"),
    ("en", "Opposition implores government to postpone the vote"),
    ("en", "Fans plead with organisers to cancel the match"),
    ("de", "Opposition drängt auf Verschiebung der Wahl"),
])
def test_a_plea_is_no_change(lang: str, title: str) -> None:
    assert LEX.read(title, "", lang).status in (None, "planned")
