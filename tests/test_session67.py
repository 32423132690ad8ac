"""Session 67: a league's games broken off for now, and a strike over whatever its summary dates.

"Basketball-Bundesliga unterbricht Spielbetrieb": a season or a league's games interrupted is a
postponement, as "setzt aus" or "ausgesetzt" already were. "Bahnstreik vorbei" over "Am
Freitagabend endet der dreitägige Ausstand": a compound strike that is over is held, like
"Streik vorbei", and stays held when the summary dates its end ahead (the end of a strike that
is over is no plan). Tuning (119 sets with set 245) 1,006 / 1,394 -> 1,005 / 1,393 (wrong alerts
/ missed runs).

A return in a headline ("Gipfel mit Kim Jong Un findet doch statt") over a summary that tells
the occasion under way reports it held; but a summary whose past is a pluperfect ("Zuvor hatte er
Kims Vertrauten ... empfangen", "had met", "avait reçu") tells what came before the return, and
the return stays a plan. 1,005 -> 1,004, B-cubed 0.9131 -> 0.9132.
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize("title", [
    "Basketball-Bundesliga unterbricht Spielbetrieb",
    "DEL unterbricht die Saison wegen des Coronavirus",
    "Die Vereine unterbrechen den Spielbetrieb bis Ende April",
])
def test_games_broken_off_for_now_are_postponed(title: str) -> None:
    assert LEX.read(title, "", "de").status == "postponed"


def test_a_break_in_something_else_is_no_postponement() -> None:
    assert LEX.read("Kanzler unterbricht Urlaub wegen Hochwasser", "", "de").status is None


def test_a_compound_strike_over_is_held_whatever_its_summary_dates() -> None:
    reading = LEX.read("Bahnstreik vorbei – Weselsky droht mit Verschärfung",
                       "Am Freitagabend endet der dreitägige Ausstand. GDL-Chef Weselsky "
                       "schließt längere Streiks nicht aus.", "de")
    assert reading.status == "held"


def test_asking_whether_a_strike_is_over_reports_nothing() -> None:
    assert LEX.read("Ist der Bahnstreik vorbei?", "", "de").status is None


SUMMIT_BACK_ON = "Gipfel mit Kim Jong Un findet doch statt"


def test_a_return_over_a_pluperfect_stays_a_plan() -> None:
    reading = LEX.read(SUMMIT_BACK_ON,
                       "Trump will den Machthaber nun doch am 12. Juni in Singapur treffen. "
                       "Zuvor hatte er Kims Vertrauten im Weißen Haus empfangen.", "de")
    assert reading.status == "planned"
    assert reading.returning


@pytest.mark.parametrize(("title", "summary", "lang"), [
    ("Stadtfest findet doch statt", "Tausende feierten am Samstag in der Altstadt.", "de"),
    ("Carnival parade back on", "Hundreds of thousands lined the streets.", "en"),
])
def test_a_return_over_a_summary_telling_it_under_way_is_held(title: str, summary: str,
                                                               lang: str) -> None:
    assert LEX.read(title, summary, lang).status == "held"
