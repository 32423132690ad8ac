"""A call-off with a new attempt named is a scrub: postponed (session 42, set 154: launches
called off on the day were told cancelled)."""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "summary", "lang"), [
    ("SpaceX sagt Starship-Start in letzter Minute ab",
     "Ein neuer Versuch sei frühestens in zwei Tagen möglich, teilte Firmenchef Musk mit.", "de"),
    ("Erster bemannter Starliner-Flug abgesagt",
     "Ein neuer Versuch ist frühestens in einigen Tagen möglich.", "de"),
    ("Hydrogen leak forces NASA to call off second Artemis moon launch try",
     "The next opportunity could be weeks away.", "en"),
    ("Ariane 6 : le lancement annulé à la dernière minute",
     "Une nouvelle tentative aura lieu jeudi.", "fr"),
])
def test_a_call_off_with_a_new_attempt_is_a_postponement(title: str, summary: str,
                                                         lang: str) -> None:
    assert LEX.read(title, summary, lang).status == "postponed"


@pytest.mark.parametrize(("title", "summary", "lang"), [
    ("Konzert abgesagt", "Einen neuen Versuch wird es nicht geben.", "de"),
    ("Concert cancelled", "There will be no new attempt this year.", "en"),
    ("Festival annulé", "Les organisateurs ne feront pas de nouvelle tentative.", "fr"),
    ("Record attempt cancelled", "", "en"),
    # a new attempt ruled out (a code review, session 42)
    ("Konzert abgesagt", "Ein neuer Versuch ist ausgeschlossen.", "de"),
    ("Launch called off", "Officials rule out another attempt this year.", "en"),
    ("Concert cancelled", "It would not be a new attempt.", "en"),
    ("Festival annulé", "La nouvelle tentative est exclue.", "fr"),
    ("Gig cancelled", "Fans will try again to get refunds.", "en"),
])
def test_a_call_off_without_one_stays_a_cancellation(title: str, summary: str,
                                                      lang: str) -> None:
    assert LEX.read(title, summary, lang).status == "cancelled"


@pytest.mark.parametrize(("title", "summary", "lang"), [
    # a headline's move earlier: the summary's move is the same, no postponement (set 152)
    ("Australian MotoGP race brought forward a day as strong winds loom",
     "Organisers moved the race to Saturday.", "en"),
    ("Rennen wegen Sturm vorgezogen", "Der Veranstalter verlegte das Rennen auf Samstag.", "de"),
])
def test_a_move_earlier_is_no_postponement(title: str, summary: str, lang: str) -> None:
    assert LEX.read(title, summary, lang).status == "planned"


@pytest.mark.parametrize(("title", "summary", "lang"), [
    # session 46 (sets 76, 139, 154, 174): a launch called off where a rocket is named
    ("South Korea calls off Naro rocket launch",
     "The third attempt was halted hours before lift-off after a leak was found.", "en"),
    ("Frozen valve forces SpaceX to call off first Starship launch",
     "Minutes before liftoff, a pressurization valve on the booster appeared to freeze.", "en"),
    ("New Glenn: Erststart kurzfristig abgesagt",
     "Blue Origin hat den ersten Flug seiner Schwerlastrakete am Montagmorgen abgebrochen.", "de"),
    ("Ariane 6 : le lancement du satellite CSO-3 annulé à la dernière minute",
     "Un problème au sol a interrompu la chronologie une demi-heure avant le décollage.", "fr"),
])
def test_a_rocket_launch_called_off_is_a_scrub(title: str, summary: str, lang: str) -> None:
    reading = LEX.read(title, summary, lang)
    assert reading.status == "postponed"
    # the headline's call-off is the postponement: no summary-only report that waits
    assert any(c.field == "title" and c.status == "postponed" and c.blocked is None
               for c in reading.cues)


@pytest.mark.parametrize(("title", "summary", "lang"), [
    ("Samsung calls off Galaxy launch event in Shanghai", "The phone goes on sale online.", "en"),
    ("Le lancement du festival annulé", "Les organisateurs renoncent à l'édition.", "fr"),
    # a code review: no rocket, or no launch in the headline
    ("Sky cancels launch of satellite TV channel", "The broadcaster dropped the channel.", "en"),
    ("NASA cancels VIPER moon rover mission", "The rover will not launch on a rocket.", "en"),
    ("Marathon start called off over heat", "", "en"),
    ("Start des Marathons abgesagt", "Die Hitze ist zu groß.", "de"),
    ("Le tir du feu d'artifice annulé à cause du vent", "", "fr"),
])
def test_a_launch_with_no_rocket_stays_a_cancellation(title: str, summary: str,
                                                       lang: str) -> None:
    assert LEX.read(title, summary, lang).status == "cancelled"
