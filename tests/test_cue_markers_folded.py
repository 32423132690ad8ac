"""Marker phrases are looked up folded (``cue_words.PhraseKeys``; session 37).

Lexicon markers are folded when a lexicon is loaded (session 36), while a cue's phrase keeps the
letters its lexicon wrote: a phrase written with its accents ("opóźniony", "åpnet") never found
its ``event_bound`` marker, and counted without the event noun that marker asks for."""

from __future__ import annotations

import pytest

from watcher.core.cue_words import PhraseKeys
from watcher.core.cues import Lexicon

LEXICON = Lexicon.builtin()


@pytest.mark.parametrize(("title", "lang"), [
    ("Pociąg opóźniony o godzinę", "pl"),  # a train, no event
    ("Regjeringen åpnet for endringer", "nb"),  # opened up to changes: no opening
])
def test_an_event_bound_phrase_with_accents_needs_its_event(title: str, lang: str) -> None:
    reading = LEXICON.read(title, "", lang)
    assert reading.status is None
    assert [c.blocked for c in reading.cues] == ["no-event"]


@pytest.mark.parametrize(("title", "lang", "status"), [
    ("Mecz opóźniony", "pl", "postponed"),
    ("Festivalen åpnet i kveld", "nb", "held"),
])
def test_with_its_event_it_counts(title: str, lang: str, status: str) -> None:
    assert LEXICON.read(title, "", lang).status == status


def test_phrase_keys_find_a_phrase_as_written_and_folded() -> None:
    keys = PhraseKeys(["opozniony", "rozpoczyna sie"])
    assert "opóźniony" in keys and "rozpoczyna się" in keys and "opozniony" in keys
    assert "odwołany" not in keys and 3 not in keys
