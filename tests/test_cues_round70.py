"""Round 70: wrong alerts from status misreadings (session 31, decided on the 59 tuning sets;
held-out sets only as the lead's final check).

Each step names its tuning figures (wrong / missed, B3); the start was 348 / 547, B3 0.9401.

* What a strike stops (flights, trains, departures, operations), when a strike is named in the
  field or the headline, is no call-off of an occasion: "Grève à Air France : un vol sur quatre
  annulé", "Thousands of operations postponed as junior doctors walk out" report the strike
  (``strike_services``, ``strike_nouns``; blocked ``part``). 346 / 546, B3 0.9403.
* A date still to be set after a call-off is a postponement: "the parade would be held at a
  later date", "no new date has been set", "ein neuer Termin steht nicht fest" (postponed
  phrases and ``reschedules``). 345 / 546 without the "would be held" forms, 344 / 545,
  B3 0.9402 with them.
* Tried and dropped: a change cue right after the subjunctive "be" / "soit" of a hedge's clause
  ("demands Coldplay's KL concert be cancelled") read as a wish: 343 / 546 (a tie, whether
  blocked ``modality`` or ``other``); an announcement or plan in the active pluperfect ("Verdi
  hatte den Ausstand erst am Vorabend angekündigt") as background: 344 / 545, no change.
* A stop of a tour called off is a part, the tour goes on ("goes ahead despite scrapped Belize
  village stop"; English ``part_nouns``). With "leg" and "legs" too: 344 / 544, B3 0.9402; they
  were then found to cost "Libertadores final first leg postponed" and "Lady Gaga postpones
  European leg of Joanne tour" (a leg may be the match or the tour watched) and were taken out
  at the end of the round: 340 / 543 -> 339 / 542, B3 0.9403.
* The networks cut around a vote or a protest are a part too ("Pakistan votes as mobile networks
  are suspended", "internet coupé"). 343 / 543, B3 0.9402.
* An IPO or a listing shelved waits for calmer markets, as "legt den Börsengang auf Eis": a
  postponement ("Stada shelves Frankfurt IPO as tariff turmoil rattles markets"); "shelves"
  alone stays a call-off. 342 / 543, B3 0.9403.
* A make-up date still open ("Hong Kong Open: Nachholtermin weiter offen", "neuer Termin noch
  offen"), as "Nachholtermin offen" already read: postponed (German postponed phrases and
  ``reschedules``). 341 / 543, B3 0.9403.
* With what a strike stops now read from the strike named, the held phrase "services cancelled"
  (a strike's disruption) no longer stands alone: "Anzac Day marches and dawn services
  cancelled across Australia" is a call-off. 340 / 543, B3 0.9403.
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


def _counted(title: str, summary: str, lang: str) -> set[tuple[str, str]]:
    r = LEX.read(title, summary, lang)
    return {(c.phrase, c.status) for c in r.cues if c.blocked is None}


@pytest.mark.parametrize(("title", "lang"), [
    ("Air France cancels a quarter of its flights as pilots strike", "en"),
    ("Thousands of operations postponed as junior doctors walk out", "en"),
    ("Grève à Air France : un vol sur quatre annulé ce mardi", "fr"),
    ("Grève générale : Brussels Airport annule tous ses départs", "fr"),
    ("Streik bei der Bahn: Tausende Züge abgesagt", "de"),
])
def test_round70_strike_services_are_no_call_off(title: str, lang: str) -> None:
    assert not any(s in {"cancelled", "postponed"} for _, s in _counted(title, "", lang))


@pytest.mark.parametrize(("title", "lang"), [
    ("Heathrow strike called off after improved pay offer", "en"),
    ("Grève des contrôleurs aériens : le préavis annulé", "fr"),
    ("Streik am Flughafen Heathrow abgesagt", "de"),
])
def test_round70_a_called_off_strike_stays_cancelled(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "cancelled"


@pytest.mark.parametrize(("title", "lang"), [
    # no strike named: the first flights may be the opening itself
    ("Berlin airport postpones first flights again", "en"),
    ("Le nouvel aéroport reporte ses premiers vols", "fr"),
])
def test_round70_flights_without_a_strike_still_count(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "postponed"


@pytest.mark.parametrize(("title", "summary", "lang"), [
    ("Flag march called off for Thursday after police refuse to approve route",
     "Organisers said the parade would be held at a later date.", "en"),
    ("Charity gala called off", "No new date has been set.", "en"),
    ("Richterwahl im Bundestag kurzfristig abgesetzt",
     "Die Koalition nahm die Abstimmung von der Tagesordnung, ein neuer Termin steht nicht fest.",
     "de"),
])
def test_round70_a_date_still_to_be_set_is_a_postponement(title: str, summary: str,
                                                           lang: str) -> None:
    assert LEX.read(title, summary, lang).status == "postponed"


def test_round70_a_hedged_later_date_stays_a_hedge() -> None:
    # "could be held at a later date" is no decision: the call-off stands
    r = LEX.read("Concert called off", "The show could be held at a later date.", "en")
    assert r.status == "cancelled"


def test_round70_a_tour_stop_is_a_part() -> None:
    r = LEX.read("William and Kate's Caribbean tour goes ahead despite scrapped Belize village "
                 "stop", "", "en")
    assert r.status == "planned"
    # a leg may be the occasion itself: the first leg of a final is a match
    r = LEX.read("Libertadores final first leg postponed as rain floods La Bombonera", "", "en")
    assert r.status == "postponed"
    # the whole tour called off still is
    assert LEX.read("Taylor Swift cancels Eras Tour", "", "en").status == "cancelled"


@pytest.mark.parametrize(("title", "lang"), [
    ("Pakistan votes as mobile networks are suspended", "en"),
    ("Wahl in Pakistan: Mobilfunknetz ausgesetzt", "de"),
    ("Présidentielle en Ouganda : internet suspendu", "fr"),
])
def test_round70_networks_cut_are_no_postponement(title: str, lang: str) -> None:
    assert not any(s in {"cancelled", "postponed"} for _, s in _counted(title, "", lang))


@pytest.mark.parametrize(("title", "lang", "status"), [
    ("Pakistan election postponed over security fears", "en", "postponed"),
    ("Wahl in Uganda verschoben", "de", "postponed"),
    ("Ouganda : le scrutin suspendu", "fr", "postponed"),
])
def test_round70_the_vote_itself_still_changes(title: str, lang: str, status: str) -> None:
    assert LEX.read(title, "", lang).status == status


@pytest.mark.parametrize(("title", "lang"), [
    ("Stada shelves Frankfurt IPO as tariff turmoil rattles markets", "en"),
    ("Aramco shelves IPO indefinitely", "en"),
    ("Kioxia legt Börsengang auf Eis", "de"),
])
def test_round70_a_shelved_listing_is_put_off(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "postponed"


def test_round70_a_shelved_album_stays_dropped() -> None:
    # "shelves" alone keeps its call-off: only a listing waits for calmer markets
    assert LEX.read("Dr. Dre shelves 'Detox' for good", "", "en").status == "cancelled"


@pytest.mark.parametrize(("title", "status"), [
    ("Hong Kong Open: Nachholtermin weiter offen", "postponed"),
    ("Konzert in Wien abgesagt – neuer Termin noch offen", "postponed"),
    # a make-up date named is a plan
    ("Hong Kong Open: Nachholtermin steht", "planned"),
])
def test_round70_a_make_up_date_still_open(title: str, status: str) -> None:
    assert LEX.read(title, "", "de").status == status


def test_round70_services_cancelled_without_a_strike_is_a_call_off() -> None:
    r = LEX.read("Anzac Day marches and dawn services cancelled across Australia", "", "en")
    assert r.status == "cancelled"
    # with a strike named, the services are what it stops: no call-off
    assert not any(s == "cancelled" for _, s in _counted(
        "Rail strike: services cancelled across the north", "", "en"))
