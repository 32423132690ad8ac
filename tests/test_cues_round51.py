"""Round 51: readings that took a status from words about something else (session 26, decided
on the 59 tuning sets; held-out sets only as a final check by the lead).

German "werden" is a future or passive auxiliary only when its clause ends on a verb ("wird am
Samstag beigesetzt"); "wird zum Kultfilm", "Tickets werden teurer" say what something becomes.
A petition asks for a change; "cancel culture" names a climate; flight delays are no event
put off; a reform, a law or sales suspended are no event. Tuning 484 wrong / 638 missed, B3
0.9301 -> 474 / 634, B3 0.9301.
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize("title", [
    "»Showgirls« wird zum Kultfilm",
    "Deutschlandticket wird teurer: 58 Euro ab Januar",
    "Diablo 4 wird zum am schnellsten verkauften Blizzard-Spiel",
    "Konzertsommer im Olympiapark: Tickets werden teurer",
    "Politologe: „Im Osten wird eine Landtagswahl zur Abstimmung über Berlin“",
])
def test_round51_werden_as_become_is_no_future(title: str) -> None:
    assert LEX.read(title, "", "de").status is None


@pytest.mark.parametrize("title", [
    # a verb ends the clause: future or passive; a noun at the end: a future "be"
    "Gorbatschow wird am Samstag beigesetzt",
    "Der Gipfel wird in Berlin stattfinden",
    "Melt Festival 2024 wird die letzte Ausgabe",
    # "soll" never means "become": an elliptic headline keeps its future
    "Erste A321XLR soll noch dieses Jahr zu Iberia",
])
def test_round51_werden_future_stays_planned(title: str) -> None:
    assert LEX.read(title, "", "de").status == "planned"


@pytest.mark.parametrize(("title", "lang"), [
    ("Petition to cancel Sydney's New Year's Eve fireworks passes 200,000 signatures", "en"),
    ("Une pétition pour annuler le concert de Black M", "fr"),
    ("Petition fordert Absage des Konzerts", "de"),
])
def test_round51_petition_is_a_demand(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status != "cancelled"


@pytest.mark.parametrize(("title", "lang"), [
    ("Trump assails 'cancel culture' at Mount Rushmore fireworks event", "en"),
    ("Au mont Rushmore, Trump dénonce la « culture de l'annulation »", "fr"),
    ("Merz warnt vor Cancel Culture beim Parteitag", "de"),
])
def test_round51_cancel_culture_is_no_cancellation(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status != "cancelled"


def test_round51_flight_delays_are_no_postponement() -> None:
    title = "Jorge Chavez new terminal opens amid queues and flight delays"
    assert LEX.read(title, "", "en").status != "postponed"


@pytest.mark.parametrize(("title", "lang"), [
    ("Victime de son succès, Final Fantasy XIV suspend ses ventes", "fr"),
    ("Lecornu suspend la réforme des retraites, les motions de censure votées jeudi", "fr"),
    ("Catalogne : le Tribunal constitutionnel suspend la loi sur le référendum", "fr"),
    ("Nintendo suspends sales of the Switch in Russia", "en"),
    ("Regierung setzt Rentenreform aus", "de"),
])
def test_round51_suspended_policy_or_sales_is_no_event(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status != "postponed"


@pytest.mark.parametrize(("title", "lang"), [
    # the event itself suspended still reads postponed
    ("Le championnat suspend ses matchs jusqu'à nouvel ordre", "fr"),
    ("Hungary bans Pride events under new law", "en"),
])
def test_round51_event_changes_still_read(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status in ("postponed", "cancelled")


def test_round51_declared_winner_is_narration_not_saying() -> None:
    # "declared winner of Saturday's run-off": a result told in the past, so Saturday is gone
    from watcher.core.past_day import names_a_past_day
    assert names_a_past_day(
        "Julius Maada Bio sworn in as Sierra Leone's president",
        "The former military ruler took the oath hours after being declared winner of "
        "Saturday's run-off with 51.8 percent.", "en")
    # a saying still leaves the day ahead
    assert not names_a_past_day("X", "Officials declared on Monday the vote will be on Friday.",
                                "en")


@pytest.mark.parametrize(("title", "lang", "status"), [
    # a one-word held cue right before a change is the changed occasion's name (tuning 473 /
    # 634 -> 471 / 634, B3 0.9301 -> 0.9303; a gap of up to two words lost 3 runs: "return
    # with rescheduled shows", "opens after two postponements")
    ("Oberammergau Passion Play postponed to 2022 over virus", "en", "postponed"),
    ("Evangelion finale opens after two postponements", "en", "held"),
])
def test_round51_held_name_before_change(title: str, lang: str, status: str) -> None:
    assert LEX.read(title, "", lang).status == status


@pytest.mark.parametrize(("title", "lang"), [
    # a training session is a part of a match or a race: cancelled, the occasion goes on
    # (tuning 471 / 634 -> 469 / 632)
    ("Sri Lanka cancel Delhi training as air quality plunges", "en"),
    ("Olympic triathlon training swim in the Seine cancelled over water quality", "en"),
    ("Le XV de France annule son entraînement de mardi", "fr"),
    ("Nationalmannschaft sagt Training wegen Unwetter ab", "de"),
])
def test_round51_training_is_a_part(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status != "cancelled"


def test_round51_match_cancelled_still_reads() -> None:
    assert LEX.read("Delhi Test cancelled as smog chokes the capital", "", "en").status \
        == "cancelled"


def test_round51_pensions_suspended_is_no_event() -> None:
    # tuning 469 / 632 -> 468 / 632
    assert LEX.read("Government suspends pensions triple lock for a year", "", "en").status \
        != "postponed"
