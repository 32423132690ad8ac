"""Round 21, tuned on events-35 and events-36 too: a release out and an opening weekend are
held; a show moved to a later weekday is postponed; a German Perfekt of a verb with an
inseparable prefix ("haben ... begonnen") narrates the past."""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon
from watcher.core.past_day import names_a_past_day

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "lang"), [
    ("Apple Intelligence now available in the EU with iOS 18.4", "en"),
    ("'A Quiet Place Part II' scores pandemic-best opening", "en"),
    ("Friends-Reunion ist seit heute abrufbar", "de"),
    ("L'épisode spécial de Friends est enfin en ligne", "fr"),
    ("Taylor Swift a finalement chanté dimanche à Buenos Aires", "fr"),
])
def test_a_release_out_or_a_show_sung_is_held(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "held"


@pytest.mark.parametrize(("title", "lang"), [
    ("Taylor Swift verlegt Konzert in Buenos Aires auf Sonntag", "de"),
    ("Swift moves Saturday show to Monday over heat", "en"),
])
def test_a_show_moved_to_a_later_weekday_is_postponed(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "postponed"


def test_a_venue_move_is_no_postponement() -> None:
    assert LEX.read("MotoGP-Finale wird nach Barcelona verlegt", "", "de").status != "postponed"


def test_a_perfekt_with_an_inseparable_prefix_is_past() -> None:
    assert names_a_past_day("Universiade eröffnet",
                            "Die Spiele haben am Freitagabend und am Samstag begonnen.", "de")
    assert not names_a_past_day("Universiade", "Die Spiele beginnen am Samstag.", "de")


@pytest.mark.parametrize(("title", "lang", "status"), [
    ("Australian election called for May 21", "en", "planned"),
    ("Albanese leads Labor to victory in Australian election", "en", "held"),
    ("La banque centrale turque baisse encore ses taux", "fr", "held"),
])
def test_an_election_called_a_victory_a_rate_cut(title: str, lang: str, status: str) -> None:
    assert LEX.read(title, "", lang).status == status
