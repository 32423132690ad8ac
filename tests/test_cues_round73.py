"""Round 73: recall of the cue reading (session 31, decided on the 59 tuning sets; held-out
sets only for the lead's final check).

Missed runs whose article got no status at all. Common ways to say an occasion goes on that the
lexicons lacked: pressing ahead with it, sticking to its date or start ("Poland presses ahead
with May 10 vote", "EDF sticks to 2025 start"); an attempt ahead ("China to attempt Tianwen-1
landing in mid-May", "La Chine va tenter ..."); an occasion going virtual ("Sundance will go
mostly virtual"; "goes online" only with an event named, as a portal or a radio network goes
online too). Tuning 348 / 547 -> 348 / 542, B3 0.9401 -> 0.9402.
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "lang"), [
    ("New Orleans presses ahead with a leaner Mardi Gras", "en"),
    ("Poland presses ahead with May 10 presidential vote by post", "en"),
    ("Organisers push ahead with Pride march despite ban", "en"),
    ("EDF sticks to 2025 start for Hinkley Point C as costs rise", "en"),
    ("Tokyo sticks to July date for Olympic torch relay", "en"),
    ("China to attempt Tianwen-1 landing in mid-May", "en"),
    ("Firefly's Blue Ghost lander will attempt moon landing on Sunday", "en"),
    ("Sundance 2021 will go mostly virtual, with screens in partner cities", "en"),
    ("Apple's WWDC conference will go online-only", "en"),
    ("La Chine va tenter de poser Tianwen-1 à la mi-mai", "fr"),
    ("Le Salon de l'agriculture passe au virtuel", "fr"),
])
def test_round73_going_ahead(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "planned"


@pytest.mark.parametrize(("title", "lang", "status"), [
    # negation and hedges still hold; going online names no occasion without an event noun
    ("Government will not press ahead with the referendum", "en", None),
    ("La Chine ne va pas tenter d'atterrir sur Mars cette année", "fr", None),
    ("New tax portal goes online", "en", None),
    ("Norway's radio goes digital", "en", None),
    # a cancellation in the same headline is not undone by the virtual replacement
    ("Burning Man cancelled, will go virtual", "en", "cancelled"),
])
def test_round73_going_ahead_guards(title: str, lang: str, status: str | None) -> None:
    assert LEX.read(title, "", lang).status == status


def test_round73_online_with_an_event() -> None:
    assert LEX.read("Book fair goes online-only this year", "", "en").status == "planned"
