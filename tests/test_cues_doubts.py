"""Headlines that put an occasion in doubt (session 42, set 152).

"Ireland v Italy Six Nations match in doubt over coronavirus" over a minister's advice that the
game "should not go ahead" was alerted planned, and so was "Typhoon Hagibis puts Rugby World Cup
weekend in doubt" over "World Rugby will decide on Thursday": a doubt is no status (the issue's
"casts doubt on"), and a day it names is the day a decision is due, not a plan."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from watcher.core.cues import Lexicon
from watcher.core.tracker import Tracker
from watcher.models import Item
from watcher.settings import WatchSettings

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "summary", "lang"), [
    ("Ireland v Italy Six Nations match in doubt over coronavirus",
     "The health minister has recommended that the Dublin game on 7 March should not go ahead.",
     "en"),
    ("Chile unrest casts doubt over Copa Libertadores final in Santiago",
     "The Nov. 23 final is due at the Estadio Nacional.", "en"),
    ("Zweifel an der Wahl in Libyen wachsen", "Die Abstimmung ist für den 24. Dezember geplant.",
     "de"),
    ("Tebboune-Besuch fraglich", "Der Besuch war für Mai geplant.", "de"),
    ("Les marchés de Noël de Vienne sur la sellette", "L'ouverture est prévue samedi.", "fr"),
])
def test_a_doubt_in_the_headline_reads_no_status(title: str, summary: str, lang: str) -> None:
    reading = LEX.read(title, summary, lang)
    assert reading.status is None and reading.doubted
    assert all(c.blocked for c in reading.cues)


@pytest.mark.parametrize(("title", "lang", "status"), [
    # a doubt defied, or a status the headline tells itself, still counts
    ("Olympics open in Tokyo despite doubts over the pandemic", "en", "held"),
    ("Marathon cancelled amid uncertainty over heat", "en", "cancelled"),
    ("Rosenmontagszug abgesagt – wie es weitergeht, ist ungewiss", "de", "cancelled"),
    ("Le sommet est annulé, l'avenir du processus en suspens", "fr", "cancelled"),
])
def test_a_doubt_defied_or_beside_a_status_does_not_block(title: str, lang: str,
                                                          status: str) -> None:
    reading = LEX.read(title, "", lang)
    assert reading.status == status and not reading.doubted


def test_the_day_a_doubted_occasion_names_is_no_plan() -> None:
    """Without the doubt, the same article's day ahead reads a tentative plan."""
    watch = WatchSettings("rugby", keywords=("Rugby World Cup",))
    now = datetime(2019, 10, 9, 8, tzinfo=UTC)

    def first(title: str) -> str | None:
        item = Item(key="k", title=title, link="https://x/1", source="bbc", published=now,
                    summary="World Rugby will decide on Thursday whether England v France in "
                            "Yokohama can be played.", lang="en")
        return Tracker([watch]).process(item, now).reading.status

    assert first("Typhoon Hagibis puts Rugby World Cup weekend in doubt") is None
    assert first("Typhoon Hagibis nears Rugby World Cup hosts") == "planned"


@pytest.mark.parametrize(("title", "change"), [
    # a German verb's frame around the change weighs it, does not report it (set 151)
    ("IOC spielt Verschiebung der Olympischen Spiele durch", "postponed"),
    ("Olympia-Chef Muto schließt kurzfristige Absage nicht aus", "cancelled"),
    ("UEFA zieht Absage der EM in Betracht", "cancelled"),
])
def test_a_modal_frame_around_the_change_hedges_it(title: str, change: str) -> None:
    reading = LEX.read(title, "", "de")
    assert reading.status != change
    assert any(c.status == change and c.blocked == "modality" for c in reading.cues)


def test_the_frame_needs_its_particle() -> None:
    assert LEX.read("Der Gipfel findet nicht statt", "", "de").status == "cancelled"
    assert LEX.read("IOC spielt auf Zeit: Olympische Spiele verschoben", "", "de").status == \
        "postponed"


def test_a_change_expected_is_a_forecast_a_plan_expected_a_plan() -> None:
    assert LEX.read("E3 2020 expected to be canceled over coronavirus", "", "en").status is None
    assert LEX.read("Summit expected to be held in June", "", "en").status == "planned"
    shadow = LEX.read("Bahrain unrest casts shadow over Formula 1 season opener",
                      "The race may be called off.", "en")
    assert shadow.status is None and shadow.doubted


@pytest.mark.parametrize(("title", "lang", "status"), [
    # a code review: a multi-word defiance, and "au bord de" the shore, not the brink
    ("Olympics open in spite of doubts over the pandemic", "en", "held"),
    ("Annecy : le festival au bord du lac est annulé", "fr", "cancelled"),
    ("Le Mobile World Congress au bord de l'annulation", "fr", None),
])
def test_doubts_read_their_words(title: str, lang: str, status: str | None) -> None:
    assert LEX.read(title, "", lang).status == status
