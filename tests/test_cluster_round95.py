"""Clustering, round 95: a headline numbering the next occurrence of an occasion that took
place (session 34, decided on the odd half of the 69 tuning sets, checked on the even half).

Once an event is held, a headline that numbers an occurrence none of the event's headlines
numbered ("Trudeau survives second confidence vote in a week" after the first vote, "Zweites
Urteil" after the first verdict) is about the next one: its score for the held event is
weakened (``cluster.next_occurrence``, ``ordinals.NEXT_OCCURRENCE``). While the event is still
to come, the number is as often its own, unsaid so far, and the score is left alone. A game of
one match or series ("auch im dritten Spiel") is no occurrence of its own.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.cluster_cases import event_of
from watcher.core.cluster import next_occurrence, similarity
from watcher.core.events import EventState
from watcher.core.features import features
from watcher.core.idf_index import DocFreq
from watcher.core.ordinals import NEXT_OCCURRENCE, title_ordinals
from watcher.core.params import Params
from watcher.core.types import StatusReading
from watcher.models import Item

P = Params()
AT = datetime(2024, 9, 25, 15, tzinfo=UTC)


def _vote(status: str = "held") -> EventState:
    return event_of(AT, status, "Trudeau government survives non-confidence vote",
                    "Le gouvernement Trudeau survit à une motion de censure")


def _item(title: str, days: float = 2) -> Item:
    return Item("n", title, "", None, "s", AT + timedelta(days=days))


def _next(ev: EventState, title: str) -> bool:
    return next_occurrence(ev, features(_item(title), P))


def test_a_numbered_occurrence_after_a_held_event_is_the_next_one() -> None:
    assert _next(_vote(), "Canada's Trudeau survives second confidence vote in a week")
    assert _next(_vote(), "Deuxième motion de censure rejetée, les libéraux restent en selle")


def test_it_weakens_the_score() -> None:
    """The same article scores the held event by NEXT_OCCURRENCE less than the event
    numbered as its headline does."""
    title = "Trudeau survives second non-confidence vote"
    item = _item(title, 0)
    f = features(item, P)
    held = _vote()
    numbered = event_of(AT, "held", "Trudeau government survives second non-confidence vote",
                        "Le gouvernement Trudeau survit à une motion de censure")
    dfs = DocFreq()
    a = similarity(held, f, item, dfs, P, StatusReading("held"), watches=["w"])
    b = similarity(numbered, f, item, dfs, P, StatusReading("held"), watches=["w"])
    assert 0 < a < b
    assert NEXT_OCCURRENCE < 1.0


def test_an_event_still_to_come_takes_the_number_as_its_own() -> None:
    assert not _next(_vote("planned"), "Canada's Trudeau survives second confidence vote")


def test_an_event_that_numbered_it_takes_it() -> None:
    ev = event_of(AT, "held", "Zweites Urteil gegen Höcke erwartet", "Höcke verurteilt")
    assert not _next(ev, "Zweites Urteil: Höcke muss 16.900 Euro zahlen")


def test_a_headline_without_a_number_is_left_alone() -> None:
    assert not _next(_vote(), "Trudeau survives confidence vote as NDP abstains")


def test_a_game_of_one_match_is_no_occurrence_of_its_own() -> None:
    assert not title_ordinals("AlphaGo schlägt Ke Jie auch im dritten Spiel")
    assert not title_ordinals("Spurs win second game in Paris")
    assert title_ordinals("LandSpace to attempt second Zhuque-2 launch") == frozenset({2})
