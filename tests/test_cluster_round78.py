"""Clustering, round 78: content that tells two occasions of one story apart (session 32,
decided on the odd half of the 69 tuning sets, checked on the even half).

An appeal or a retrial, weeks after a verdict, is an occasion of its own
(``cluster.appeal_after_verdict``): another court, its own date, its own outcome.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.cluster_cases import event_of
from watcher.core.cluster import APPEAL_GAP, appeal_after_verdict, conflict
from watcher.core.events import EventState
from watcher.core.features import features
from watcher.core.params import Params
from watcher.core.types import StatusReading
from watcher.models import Item

P = Params()
AT = datetime(2024, 2, 23, 15, tzinfo=UTC)


def _verdict() -> EventState:
    return event_of(AT, "held", "Prozess gegen Sebastian Kurz hat begonnen",
                    "Sebastian Kurz wegen Falschaussage schuldig gesprochen",
                    "Austria's Sebastian Kurz found guilty of false testimony")


def _factor(ev: EventState, title: str, days: float, status: str | None = "held") -> float:
    item = Item("n", title, "", None, "s", AT + timedelta(days=days))
    return conflict(ev, features(item, P), P, StatusReading(status), item.published)[0]


def test_an_appeal_months_after_the_verdict_is_another_occasion() -> None:
    assert _factor(_verdict(), "Austrian appeals court acquits Sebastian Kurz", 450) == 0.0


def test_the_court_of_second_instance_is_the_appeal() -> None:
    """German names the appeal by its court ("in zweiter Instanz"), French by "en appel",
    and a retrial is a trial of the case again."""
    assert _factor(_verdict(), "Sebastian Kurz in zweiter Instanz freigesprochen", 450) == 0.0
    assert _factor(_verdict(), "Sebastian Kurz acquitté en appel", 450) == 0.0
    assert _factor(_verdict(), "Retrial of Sebastian Kurz to begin next week", 90,
                   "planned") == 0.0


def test_the_verdicts_own_reports_name_the_appeal_to_come() -> None:
    """In the days of the verdict an article naming the appeal is still about it."""
    gap = APPEAL_GAP - timedelta(days=1)
    ev = _verdict()
    f = features(Item("n", "Kurz to appeal against his conviction", "", None, "s", AT + gap), P)
    assert not appeal_after_verdict(ev, f, AT + gap)


def test_an_appeal_continues_an_appeal() -> None:
    ev = event_of(AT, "held", "Kurz appeal to be heard in Vienna on Monday",
                  "Berufung: Oberlandesgericht verhandelt über Urteil gegen Kurz")
    assert _factor(ev, "Austrian appeals court acquits Sebastian Kurz", 20) == 1.0


def test_only_after_a_verdict() -> None:
    """A trial that reached no verdict yet, or a strike a court allowed, has no appeal of its
    own to split off."""
    ev = event_of(AT, "held", "Prozess gegen Sebastian Kurz hat begonnen")
    assert _factor(ev, "Austrian appeals court acquits Sebastian Kurz", 450) == 1.0
    strike = event_of(AT, "held", "German train drivers strike over pay")
    assert _factor(strike, "German train drivers strike again after Deutsche Bahn loses appeal",
                   30) == 1.0
