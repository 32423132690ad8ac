"""Round 67: recall of the cue reading (session 30, decided on the 59 tuning sets; held-out sets
only as the lead's final check).

Each step names its tuning figures (wrong / missed, B3); the start was 370 / 576, B3 0.9384.

* A German or Dutch separable verb whose middle field is longer than a "..." reaches ("Nach
  einem Jahr Pause fand der Lauf ... statt"): the particle that ends the verb's clause closes the
  frame (``bracket_particles``). 370 / 574, B3 0.9383.
* A denial after a cue that stands in a clause of its own ("will go ahead on Tuesday after
  Brussels was ruled out") is that clause's; and a change of a guest's trip named after its
  event ("cancels Asian Games trip") is the trip's, as "cancels trip to the Games" was. 370 / 573.
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("summary", "lang", "status"), [
    ("Der Halbmarathon in Nordengland fand nach einem Jahr Pause wieder statt.", "de", "held"),
    ("Damit fällt das Festival auf der Donauinsel in diesem Jahr wegen Corona aus.", "de",
     "cancelled"),
    ("Wegen der Pandemie sagt die Stadt den traditionsreichen Ball in der Hofburg ab.", "de",
     "cancelled"),
    ("Het festival vond na twee jaar zonder publiek eindelijk weer in het park plaats.", "nl",
     "held"),
])
def test_round67_long_verb_frame(summary: str, lang: str, status: str) -> None:
    assert LEX.read("Nachrichten", summary, lang).status == status


@pytest.mark.parametrize(("summary", "lang"), [
    # the particle must close the verb's clause: a preposition inside it does not
    ("Der Lauf fand nach einem Jahr Pause wieder ab Montag in Berlin und Potsdam statt des "
     "Marathons, sagt er.", "de"),
    # nor across a comma: the particle belongs to another clause
    ("Der Verband sagt, das Finale im Mai in Berlin falle wohl nicht ab.", "de"),
])
def test_round67_long_verb_frame_needs_the_clause_end(summary: str, lang: str) -> None:
    r = LEX.read("Nachrichten", summary, lang)
    assert not any(c.phrase in {"fand ... statt", "sagt ... ab"} and c.blocked is None
                   for c in r.cues)


def test_round67_long_verb_frame_keeps_its_negation() -> None:
    # "findet ... nicht statt" is the more specific phrase, long frame or not
    r = LEX.read("Song Contest", "Wegen Corona findet der Eurovision Song Contest in Rotterdam "
                 "in diesem Jahr nicht statt.", "de")
    assert r.status == "cancelled"


def test_round67_denial_in_another_clause() -> None:
    r = LEX.read("Red Devils' friendly with Portugal moved to Leiria",
                 "The game will go ahead on Tuesday in Portugal after Brussels was ruled out.",
                 "en")
    assert any(c.phrase == "will go ahead" and c.blocked is None for c in r.cues)
    # the denial of the cue's own clause still blocks it
    r = LEX.read("Race", "A postponement of the race is ruled out.", "en")
    assert r.status != "postponed"


@pytest.mark.parametrize(("title", "status"), [
    ("India's sports minister cancels Asian Games trip after athletes denied entry", None),
    ("Modi scraps summit visit", None),
    # no event named before the trip: the visit itself is off
    ("Biden cancels Denmark visit", "cancelled"),
    ("Trump cancels trip", "cancelled"),
])
def test_round67_trip_named_after_its_event(title: str, status: str | None) -> None:
    assert LEX.read(title, "", "en").status == status
