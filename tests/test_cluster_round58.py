"""Clustering, round 58: a trial's verdict years after its opening, and a verdict whose day an
event of its own announced (session 28, decided on the 59 tuning sets).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.cluster_cases import event_of
from watcher.core.cluster import DocFreq, _verdict, similarity
from watcher.core.events import EventState
from watcher.core.features import features
from watcher.core.params import Params
from watcher.core.types import StatusReading
from watcher.models import Item

P = Params()
OPENED = datetime(2017, 12, 12, 9, tzinfo=UTC)


def _event(status: str, *titles: str) -> EventState:
    return event_of(OPENED, status, *titles, params=P)


def _later(title: str, days: int, lang: str = "en") -> Item:
    return Item("v", title, "", None, "s", OPENED + timedelta(days=days), lang=lang)


def test_a_verdict_three_years_after_the_opening_still_ends_the_trial() -> None:
    """Fraud, corruption and war-crimes trials run for years ("Buwog-Prozess" December 2017,
    verdict December 2020; Gbagbo at the ICC 2016 -> 2019): the verdict of a trial that had
    none is its news up to ``trial_days``, past the candidate window."""
    trial = _event("held", "Buwog trial of Austria's ex-finance minister Grasser opens")
    item = _later("Austria's ex-finance minister Grasser convicted, sentenced to eight years",
                  1080)
    f = features(item, P)
    assert _verdict(trial, f, item, P, StatusReading("held"), ["w"])
    assert timedelta(days=1080) > P.window  # beyond what any other event waits
    dfs = DocFreq()
    dfs.add(f.weights)
    assert similarity(trial, f, item, dfs, P, StatusReading("held"), watches=["w"]) > 0
    # but not for ever
    late = _later("Grasser convicted", int(P.trial_days) + 30)
    assert not _verdict(trial, features(late, P), late, P, StatusReading("held"), ["w"])


def test_a_verdict_goes_to_the_event_that_announced_its_day() -> None:
    """"MH17 verdict to be delivered on November 17" opens a planned event of its own, two
    years after the trial's opening: the verdict is that event's news (it moves it planned ->
    held), and gets the verdict's pull as the trial does."""
    announced = _event("planned", "MH17 verdict to be delivered on November 17")
    item = _later("MH17: three found guilty of murder in absentia", 60)
    f = features(item, P)
    assert "c:verdict" in f.title_concepts
    assert _verdict(announced, f, item, P, StatusReading("held"), ["w"])
    # another watch's event, or an article reading another status: no
    assert not _verdict(announced, f, item, P, StatusReading("held"), ["x"])
    assert not _verdict(announced, f, item, P, StatusReading("postponed"), ["w"])
    # a planned event that names no verdict is not waiting for one
    hearing = _event("planned", "MH17 hearing set for November 17")
    assert not _verdict(hearing, f, item, P, StatusReading("held"), ["w"])


def test_an_event_quiet_for_two_years_is_still_a_candidate() -> None:
    """A long-delayed occasion's story goes quiet for a year and more ("Prix Abel : les
    lauréats de 2020 enfin honorés à Oslo", two years on): the window is 900 days."""
    assert P.window == timedelta(days=900)
    postponed = _event("postponed", "Abel Prize ceremony in Oslo postponed over pandemic")
    item = _later("Abel Prize: the 2020 laureates finally honoured in Oslo", 800)
    f = features(item, P)
    dfs = DocFreq()
    dfs.add(f.weights)
    assert similarity(postponed, f, item, dfs, P, StatusReading("held"), watches=["w"]) > 0
    gone = _later("Abel Prize: the 2020 laureates finally honoured in Oslo", 950)
    g = features(gone, P)
    assert similarity(postponed, g, gone, dfs, P, StatusReading("held"), watches=["w"]) == 0


def test_an_article_naming_the_month_a_plan_was_announced_for_is_not_decayed() -> None:
    """"Stadia will launch in November" (June), then "Stadia goes live on November 19"
    (November): five months apart, but the second is the day the first announced; the join
    is not decayed and gets the context bonus. Another month, or another watch, decays."""
    plan = _event("planned", "Google's Stadia will launch in November for $129.99")
    item = _later("Stadia goes live on November 19 at 9 a.m. PT", 150)
    f = features(item, P)
    assert 11 in f.title_months
    dfs = DocFreq()
    dfs.add(f.weights)
    same = similarity(plan, f, item, dfs, P, StatusReading("planned"), watches=["w"])
    other = _later("Stadia goes live on December 19 at 9 a.m. PT", 150)
    g = features(other, P)
    dfs.add(g.weights)
    moved = similarity(plan, g, other, dfs, P, StatusReading("planned"), watches=["w"])
    assert same > moved
    assert same >= P.join_threshold


def test_an_article_on_the_announced_day_is_not_decayed() -> None:
    """An event announced for a day (``ev.due``) and an article of its watch published on
    that day: the day's own report, however long since the announcement; a week later, the
    usual decay."""
    plan = _event("planned", "Stadia launch date announced")
    plan.due = OPENED + timedelta(days=150)
    on_day = _later("Stadia goes live for players", 150)
    later = _later("Stadia goes live for players", 157)
    f, g = features(on_day, P), features(later, P)
    dfs = DocFreq()
    dfs.add(f.weights)
    # (no status read: an article that moves the event on is not decayed anyway)
    near = similarity(plan, f, on_day, dfs, P, None, watches=["w"])
    far = similarity(plan, g, later, dfs, P, None, watches=["w"])
    assert near > far
