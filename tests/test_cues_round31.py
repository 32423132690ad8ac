"""Round 31 (session 13; tuned on the sets of round 30 and on events-60.tsv, with -61 held out): a
launch broken off at the last minute is a postponement ("bricht Raketenstart ab"), as is a
launch window extended; a court that stops a strike calls it off; talks that fail to avert a
strike leave it on; a headline that opens with "no" and names the time the occasion would have
come calls it off, however long the name in between ("No Thaipusam procession at Batu Caves this
year"), when what it negates is an occasion and unless the time is another's or a limit; a final
pushed into its reserve day is postponed; a headline in the present whose summary tells who is
awaited previews the occasion."""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("lang", "title", "status"), [
    ("de", "Japan bricht Raketenstart wenige Sekunden vor dem Abheben ab", "postponed"),
    ("de", "Nasa bricht Start der Artemis-Rakete ab", "postponed"),
    ("en", "Pyongyang extends satellite launch window by a week", "postponed"),
    ("de", "Gericht stoppt Pilotenstreik bei der Lufthansa", "cancelled"),
    ("en", "Court blocks Unite strike at British Airways", "cancelled"),
    ("fr", "La justice interdit la grève des contrôleurs aériens", "cancelled"),
    ("en", "Talks fail to avert Tube strike", "planned"),
])
def test_round_31_phrases(lang: str, title: str, status: str) -> None:
    assert LEX.read(title, "", lang).status == status


@pytest.mark.parametrize(("lang", "title"), [
    ("en", "No Notting Hill Carnival in west London this year"),
    ("de", "Kein Karnevalsumzug durch die Kölner Innenstadt 2021"),
    ("de", "Keine Bregenzer Festspiele auf der Seebühne im Juli"),
    ("fr", "Pas de Grand Prix de France au Castellet en 2023"),
])
def test_no_occasion_this_time_is_called_off(lang: str, title: str) -> None:
    assert LEX.read(title, "", lang).status == "cancelled"


@pytest.mark.parametrize(("lang", "title"), [
    ("en", "No 10 says the summit will go ahead on Thursday"),  # Downing Street
    ("en", "No flights from Heathrow during Friday's strike"),  # the time is the strike's
    ("fr", "Pas de réouverture des musées avant février"),  # a limit: a delay, not the end
    ("en", "No Kings protests draw crowds"),  # a name, and no time
    # what "no" negates is no occasion: tickets, athletes, a deal, a surprise
    ("en", "No tickets left for Glastonbury 2024"),
    ("en", "No Russian athletes at Paris 2024 Olympics"),
    ("de", "Keine Einigung im Tarifstreit der Lokführer am Montag"),
    ("fr", "Aucune surprise aux Césars 2024"),
])
def test_a_no_that_calls_nothing_off(lang: str, title: str) -> None:
    assert LEX.read(title, "", lang).status != "cancelled"


@pytest.mark.parametrize(("lang", "title", "summary", "status"), [
    ("en", "World Test Championship final goes into the reserve day",
     "Rain washed out the whole of Saturday's play at the Rose Bowl.", "postponed"),
    ("de", "Dalai Lama besucht Hamburg",
     "Zu seinem Vortrag im Stadion werden 20 000 Besucher erwartet.", "planned"),
    ("fr", "Le pape se rend à Marseille",
     "Quelque 100 000 fidèles sont attendus au Vélodrome pour la messe.", "planned"),
    # ... a headline in the past stays a report, whoever was awaited
    ("de", "Dalai Lama hat Hamburg besucht",
     "Zu seinem Vortrag im Stadion waren 20 000 Besucher erwartet worden.", "held"),
])
def test_round_31_reserve_day_and_awaited(lang: str, title: str, summary: str,
                                          status: str) -> None:
    assert LEX.read(title, summary, lang).status == status
