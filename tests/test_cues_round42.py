"""Round 42: a headline that calls an event off and then gives it a new date, and headline idioms.

"Match called off, new date to be confirmed" and "DFB-Pokalfinale abgesagt – neuer Termin offen"
read cancelled: both cues stand in the headline and a cancellation outranks a postponement at
equal weight. Called off and then given a date to come (in that order), an event is moved; the
rule that did this for a summary ("Derby abgesagt" over "Nachholtermin steht noch nicht fest")
now also looks at the headline. Moved first and then called off ("reportée puis finalement
annulée", "postponed then called off") stays cancelled.

Headline idioms no lexicon had: "Derby off as pitch freezes", "Budapest summit off" (the
occasion, then "off"; not "strikes off Venezuela" or "rally off lows", which are left out),
"Talks end without deal", "finally held", and a French participle after its noun with a
reflexive future to come ("le match reporté se jouera mercredi": the verb tells the news, as
"sera joué" did).
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "lang"), [
    ("Match called off, new date to be confirmed", "en"),
    ("DFB-Pokalfinale am 23. Mai abgesagt – neuer Termin offen", "de"),
    ("Sri Lanka sagt Kommunalwahl im April ab – neuer Termin offen", "de"),
    ("Concert annulé, reporté à une date ultérieure", "fr"),
    ("BRICS-Gipfel in Sankt Petersburg abgesagt und verschoben", "de"),
])
def test_called_off_then_given_a_date_to_come_is_postponed(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "postponed"


@pytest.mark.parametrize(("title", "lang"), [
    ("Derby postponed then called off", "en"),
    ("Le festival, reporté en mai, finalement annulé", "fr"),
    ("Konzert abgesagt", "de"),
])
def test_moved_first_and_then_called_off_stays_cancelled(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "cancelled"


@pytest.mark.parametrize(("title", "status"), [
    ("Gig off after singer falls ill", "cancelled"),
    ("Budapest summit off, White House says", "cancelled"),
    ("Derby off as pitch freezes", "cancelled"),
    ("Takeover deal off as bidder walks away", "cancelled"),
    ("Talks end without deal", "held"),
    ("Delayed exam finally held", "held"),
])
def test_headline_idioms(title: str, status: str) -> None:
    assert LEX.read(title, "", "en").status == status


@pytest.mark.parametrize("title", [
    "Ukraine fights off Russian assault",
    "Tour off the beaten track",
    "Stocks rally off lows after Fed decision",
    "US strike off Venezuela coast kills 11",
    "Opposition leader held in custody",
])
def test_off_and_held_elsewhere_are_no_cue(title: str) -> None:
    assert LEX.read(title, "", "en").status is None


@pytest.mark.parametrize(("title", "status"), [
    ("Le match reporté se jouera mercredi", "planned"),
    ("Le sommet reporté se tiendra en mai à Paris", "planned"),
    # no future to come: the participle is the news
    ("Le concert annulé se transforme en hommage", "cancelled"),
    # a verb, not a participle after its noun
    ("Le groupe Bilderberg renonce aussi à se réunir en 2021", "cancelled"),
])
def test_a_postposed_participle_before_a_reflexive_future(title: str, status: str) -> None:
    assert LEX.read(title, "", "fr").status == status
