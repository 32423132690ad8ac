"""Clustering, round 91: the occurrence a headline numbers (session 34, decided on the odd half
of the 69 tuning sets, checked on the even half).

An occasion that comes round again is told by its number ("second sprint weekend", "zweiter
Warnstreik", "deuxième épisode"): an article numbering the occasion as none of the event's
headlines did is not taken as that event's news on weak ties alone (``joining.fits_event``,
``ordinals.ordinal_conflict``). What a number counts that is no occurrence - a day of it, a
time it happens, a rank, a title won, a round of one contest - says nothing
(``ordinals.title_ordinals``).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.cluster_cases import event_of
from watcher.core.features import features
from watcher.core.joining import fits_event
from watcher.core.ordinals import ordinal_conflict, title_ordinals
from watcher.core.params import Params
from watcher.core.types import StatusReading
from watcher.models import Item

P = Params()
AT = datetime(2025, 4, 20, 12, tzinfo=UTC)


@pytest.mark.parametrize(("title", "number"), [
    ("F1 heads to Miami for second sprint weekend of the season", 2),
    ("Grève SNCF : deuxième épisode dimanche et lundi", 2),
    ("Verdi ruft zum dritten Warnstreik bei der Lufthansa auf", 3),
    ("Liverpool-Leipzig second leg also moved to Budapest", 2),
    ("Colombia firma un segundo acuerdo de paz con las FARC", 2),
])
def test_a_headline_numbers_the_occurrence(title: str, number: int) -> None:
    assert title_ordinals(title) == frozenset({number})


@pytest.mark.parametrize("title", [
    "Strike enters second day as talks stall",  # a day of the occasion
    "Zum zweiten Mal verschoben: Prozess gegen X",  # a time it happens
    "Djokovic wins for the second time in Paris",
    "Lagos, Nigeria's second-largest city, votes",  # a rank
    "L'Italie remporte l'Eurovision, la France deuxième avec Barbara Pravi",
    "Chennai Super Kings win fourth IPL title",  # a title won, a word later
    "Turquie : Erdogan contraint à un second tour",  # a round of one contest
    "Der Kumbh Mela und die zweite Welle",  # a wave
    "Commemorations of the Second World War",
])
def test_a_number_of_no_occurrence_says_nothing(title: str) -> None:
    assert title_ordinals(title) == frozenset()


def _item(title: str) -> Item:
    return Item("n", title, "", None, "s", AT + timedelta(days=7))


def test_the_next_occurrence_does_not_fit_the_first() -> None:
    """The first sprint weekend's event does not take the second as its news."""
    ev = event_of(AT, "held", "Sprint weekend in Shanghai: Hamilton wins the sprint race",
                  "Hamilton takes sprint win in Shanghai")
    item = _item("F1 heads to Miami for second sprint weekend of the season")
    f = features(item, P)
    assert ordinal_conflict(ev.features, f.ordinals)
    assert not fits_event(ev, item, f, StatusReading(None), P)


def test_an_event_its_headlines_numbered_takes_its_number() -> None:
    """An event one of whose headlines said "second" is that occurrence: the number agrees."""
    ev = event_of(AT, "planned", "F1 confirms second sprint weekend of the season in Miami")
    item = _item("F1 heads to Miami for second sprint weekend of the season")
    f = features(item, P)
    assert not ordinal_conflict(ev.features, f.ordinals)
    assert fits_event(ev, item, f, StatusReading(None), P)


def test_a_headline_numbering_nothing_fits_as_before() -> None:
    ev = event_of(AT, "held", "Sprint weekend in Shanghai: Hamilton wins the sprint race")
    item = _item("F1 sprint weekend draws record crowd")
    f = features(item, P)
    assert f.ordinals == frozenset()
    assert fits_event(ev, item, f, StatusReading(None), P)
