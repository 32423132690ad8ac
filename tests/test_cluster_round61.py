"""Clustering, round 61: a long-running project's slips, told again and again (session 29,
decided on the 59 tuning sets).
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from tests.cluster_cases import event_of
from watcher.core.cluster import DocFreq, _returns_to, _verdict, conflict, similarity
from watcher.core.events import EventState
from watcher.core.features import features
from watcher.core.params import Params
from watcher.core.types import StatusReading
from watcher.models import Item

P = Params()
OPENED = datetime(2020, 3, 1, 9, tzinfo=UTC)


def _event(status: str, *titles: str, was: tuple[str, ...] = ()) -> EventState:
    ev = event_of(OPENED, status, *titles, params=P)
    ev.history = [{"status": s, "at": OPENED.isoformat()} for s in was]
    return ev


def _later(title: str, days: int, lang: str = "en") -> Item:
    return Item("v", title, "", None, "s", OPENED + timedelta(days=days), lang=lang)


def test_a_project_planned_again_slips_again() -> None:
    """A delivery postponed, then given a new date, then postponed once more ("777X erst
    2027"): the last postponement is the project's news, no return to a status it left."""
    ev = _event("planned", "Boeing pushes first 777X delivery to 2026",
                was=("postponed", "planned"))
    assert not _returns_to(ev, "postponed")
    item = _later("Boeing delays first 777X delivery to 2027", 200)
    factor, why = conflict(ev, features(item, P), P, StatusReading("postponed"),
                           item.published)
    assert "status" not in why
    assert factor > 0


def test_other_returns_still_weaken() -> None:
    """A plan after the postponement that moved the event on, and a postponement of an event
    that took place, are still returns."""
    postponed = _event("postponed", "Lebanon delays municipal elections by a year",
                       was=("planned", "postponed"))
    assert _returns_to(postponed, "planned")
    held = _event("held", "Lebanon votes in municipal elections", was=("postponed", "held"))
    assert _returns_to(held, "postponed")
    item = _later("Lebanon postpones municipal elections again", 30)
    _, why = conflict(held, features(item, P), P, StatusReading("postponed"), item.published)
    assert "status postponed after held" in why


def test_a_sentence_in_the_headline_is_the_verdict_of_a_trial_without_one() -> None:
    """"Acht Jahre Haft für Hanno Berger" eight months after "Hanno Berger goes on trial in
    Bonn": no verdict word, but the court marks give a sentence; the trial, with no outcome
    yet, is still the story."""
    trial = _event("held", "Cum-ex mastermind Hanno Berger goes on trial in Bonn")
    item = _later("Acht Jahre Haft für Hanno Berger", 250, lang="de")
    f = features(item, P)
    assert "c:verdict" not in f.title_concepts and "sentence" in f.court
    assert _verdict(trial, f, item, P, StatusReading("held"), ["w"])


def test_a_further_sentence_after_a_trial_with_one_is_not_its_verdict() -> None:
    """"Weitere vier Jahre Haft für Suu Kyi" after a trial whose sentence was told: another of
    her trials, not the first one's late news."""
    trial = _event("held", "Suu Kyi trial opens", "Suu Kyi sentenced to four years")
    assert trial.court
    item = _later("Weitere vier Jahre Haft für Suu Kyi", 250, lang="de")
    assert not _verdict(trial, features(item, P), item, P, StatusReading("held"), ["w"])


def test_the_year_of_a_spelled_date_is_no_edition() -> None:
    """"Qatar's Asian Cup to kick off on Jan. 12, 2024" after "La Coupe d'Asie 2023 attribuée
    au Qatar": the 2024 dates the day, it names no other edition; "Euro 2024" still does."""
    f = features(_later("Qatar's Asian Cup to kick off on Jan. 12, 2024", 100), P)
    assert f.dated_years == {2024}
    de = features(_later("Asienmeisterschaft beginnt am 12. Januar 2024", 100, lang="de"), P)
    assert de.dated_years == {2024}
    assert not features(_later("Euro 2024 to open on 14 June", 100), P).dated_years
    awarded = _event("planned", "Asian Cup 2023 awarded to Qatar")
    item = _later("Qatar's Asian Cup to kick off on Jan. 12, 2024", 100)
    factor, why = conflict(awarded, features(item, P), P, StatusReading("planned"),
                           item.published)
    assert factor > 0 and "year" not in why
    euro = _event("planned", "Euro 2020 host cities confirmed")
    other = _later("Euro 2024 draw held in Hamburg", 100)
    assert conflict(euro, features(other, P), P, None, other.published)[0] == 0.0


def test_an_open_event_pulls_an_article_of_its_kind_by_a_fifth() -> None:
    """Weeks after "Ariane 6 maiden launch planned for next year", "Europas neue Rakete: Start
    in Kourou rückt näher" shares little but the kind of occasion (a launch): the context pull
    is 0.2 (round 61: 0.15 -> 0.2), and the wait does not decay it."""
    assert P.context_bonus == 0.2
    ev = _event("planned", "Ariane 6 maiden launch planned for next year")
    item = _later("Europas neue Rakete: Start in Kourou rückt näher", 40, lang="de")
    f = features(item, P)
    assert "c:launch" in f.title_kinds
    dfs = DocFreq()
    dfs.add(f.weights)
    off = dataclasses.replace(P, context_bonus=0.0)
    pulled = similarity(ev, f, item, dfs, P, StatusReading(None), watches=["w"])
    plain = similarity(ev, f, item, dfs, off, StatusReading(None), watches=["w"])
    assert pulled >= plain + 0.2


def test_a_date_spelled_with_its_year_is_in_that_year() -> None:
    """"To abdicate on April 30, 2019", said in December 2017, is 16 months ahead, not the
    next 30 April; a date without its year stays the next one to come within 300 days, and a
    spelled year already past dates nothing ahead."""
    said = datetime(2017, 12, 1, 9, tzinfo=UTC)

    def days(title: str) -> int | None:
        return features(Item("a", title, "", None, "s", said), P).date_days

    assert days("Emperor Akihito to abdicate on April 30, 2019") == 515
    assert days("Emperor Akihito to abdicate on April 30") == 150
    assert days("Le roi abdiquera le 30 avril 2019") == 515
    assert days("Akihito abdicated on April 30, 2016, the paper wrongly says") is None
    assert days("Sequel set for a July 21, 2023 release") is None  # beyond any wait
    barbie = Item("b", "Barbie film set for a July 21, 2023 release", "", None, "s",
                  datetime(2022, 4, 1, 9, tzinfo=UTC))
    assert features(barbie, P).date_days == 476
