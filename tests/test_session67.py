"""Session 67: a league's games broken off for now, and a strike over whatever its summary dates.

"Basketball-Bundesliga unterbricht Spielbetrieb": a season or a league's games interrupted is a
postponement, as "setzt aus" or "ausgesetzt" already were. "Bahnstreik vorbei" over "Am
Freitagabend endet der dreitägige Ausstand": a compound strike that is over is held, like
"Streik vorbei", and stays held when the summary dates its end ahead (the end of a strike that
is over is no plan). Tuning (119 sets with set 245) 1,006 / 1,394 -> 1,005 / 1,393 (wrong alerts
/ missed runs).
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
