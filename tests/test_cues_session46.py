"""Session 46's reading rules, decided on the tuning sets (set 174, science and space)."""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "summary", "lang", "status"), [
    # "scuttles" calls an occasion off
    ("Omicron scuttles in-person AAAS meeting in Philadelphia", "", "en", "cancelled"),
    # "au lendemain d'un report": the day after a postponement, told as background
    ("Crew-11 : quatre astronautes en route vers la Station spatiale internationale",
     "Les astronautes ont décollé vendredi de Floride, au lendemain d'un report lié à la météo.",
     "fr", "held"),
    # a launch stopped before liftoff, a new date still to come
    ("Leck stoppt indische Rakete vor dem Start",
     "Aus der zweiten Stufe trat Treibstoff aus, ein neuer Termin steht aus.", "de", "postponed"),
    ("Le Japon interrompt le premier lancement de sa fusée H3",
     "Les propulseurs d'appoint ne se sont pas allumés.", "fr", "postponed"),
])
def test_session_46_readings(title: str, summary: str, lang: str, status: str) -> None:
    assert LEX.read(title, summary, lang).status == status


@pytest.mark.parametrize(("title", "lang"), [
    # a user's review (ux10): a rumour is no call-off
    ("Trump-Xi-Gipfel angeblich abgesagt", "de"),
    ("La cumbre Trump-Xi estaría cancelada", "es"),
    ("Cumbre Trump-Xi supuestamente cancelada", "es"),
    ("Trump-Xi summit rumoured to be called off", "en"),
])
def test_a_rumoured_call_off_is_no_cancellation(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status != "cancelled"
