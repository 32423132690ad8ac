"""Clustering, round 65: the first burst of coverage lasts days, not a day and a half
(``proximity_hours`` 36 -> 72), held apart where only the watch's keyword is shared or the
titles put the occasions in two countries; German city adjectives ("Kölner", "Münchner") and
four more German cities locate an event (session 30, decided on the 59 tuning sets).
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from tests.cluster_cases import event_of
from watcher.core.cluster import DocFreq, conflict, similarity
from watcher.core.features import features, keyword_features
from watcher.core.params import Params
from watcher.core.types import StatusReading
from watcher.models import Item

P = Params()
AT = datetime(2023, 3, 10, 9, tzinfo=UTC)


def _score(ev_titles: tuple[str, ...], status: str, title: str, hours: float,
           keywords: tuple[str, ...], reading: str | None = None, lang: str = "en",
           p: Params = P) -> float:
    ev = event_of(AT, status, *ev_titles, params=p)
    item = Item("v", title, "", None, "s", AT + timedelta(hours=hours), lang=lang)
    return similarity(ev, features(item, p), item, DocFreq(), p, StatusReading(reading),
                      keyword_features(keywords, p), ("w",))


def test_the_burst_of_coverage_lasts_days() -> None:
    """Two days after an event's first reports, an article sharing its names still gets the
    proximity bonus (36 hours had faded it to a fifth)."""
    titles = ("Glastonbury council election: Greens take the town hall",)
    item = "Greens celebrate Glastonbury council election win"
    with_bonus = _score(titles, "held", item, 48, ("Glastonbury",))
    without = _score(titles, "held", item, 48, ("Glastonbury",),
                     p=dataclasses.replace(P, proximity_bonus=0.0))
    assert with_bonus - without > 0.1  # 36 hours: 0.07


def test_an_article_sharing_only_the_watchs_keyword_fades_faster() -> None:
    """"Paul McCartney headlines Glastonbury" shares nothing with the town's election but the
    watch's keyword: time alone ties it, its bonus fades in half the time (72 hours would join
    it the next day), while one sharing a name keeps more of it."""
    off = dataclasses.replace(P, proximity_bonus=0.0)
    election = ("Glastonbury town council election results",)
    star = "Paul McCartney headlines Glastonbury"
    assert _score(election, "held", star, 30, ("Glastonbury",), "held") < P.join_threshold
    star_bonus = (_score(election, "held", star, 30, ("Glastonbury",), "held")
                  - _score(election, "held", star, 30, ("Glastonbury",), "held", p=off))
    named = "Greens win Glastonbury town council election"
    named_bonus = (_score(election, "held", named, 30, ("Glastonbury",), "held")
                   - _score(election, "held", named, 30, ("Glastonbury",), "held", p=off))
    assert 0 < star_bonus < 0.75 * named_bonus


def test_a_visit_to_another_country_stays_apart() -> None:
    """The king's visit to Germany announced hours after the one to France: the titles place
    them in two countries."""
    score = _score(("Charles III attendu en France du 26 au 29 mars pour sa première visite "
                    "d'État", "King Charles state visit to France postponed amid protests"),
                   "postponed", "König Charles kommt Ende März nach Deutschland", 24,
                   ("Charles",), "planned", lang="de")
    assert score < P.join_threshold
    same = _score(("Charles III attendu en France du 26 au 29 mars pour sa première visite "
                   "d'État",), "postponed", "König Charles kommt Ende März nach Frankreich", 24,
                  ("Charles",), "planned", lang="de")
    assert same > 2 * P.join_threshold


def test_german_city_adjectives_locate_as_the_city() -> None:
    """"Kölner Rosenmontagszug", "Münchner Sicherheitskonferenz", "Dresdner Semperoper": the
    adjective names the city as its name does."""
    def places(title: str) -> set[str]:
        return set(features(Item("k", title, "", None, "s", AT, lang="de"), P).title_places)

    assert places("Kölner Rosenmontagszug trotz Sturmwarnung gestartet") == {"cologne"}
    assert places("Düsseldorfer Rosenmontagszug wegen Sturmwarnung abgesagt") == {"dusseldorf"}
    assert places("Münchner Sicherheitskonferenz beginnt") == {"munich"}
    assert places("Dresdner Semperoper öffnet wieder") == {"dresden"}
    assert places("Wiener Konzerte abgesagt") == {"vienna"}
    assert places("Rosenmontag in Hannover") == {"hanover"}


def test_two_cities_carnival_parades_stay_apart() -> None:
    """Cologne's parade held the day Düsseldorf's was called off for the same storm: the
    titles name two cities."""
    ev = event_of(AT, "cancelled", "Düsseldorfer Rosenmontagszug wegen Sturmwarnung abgesagt",
                  params=P)
    item = Item("v", "Kölner Rosenmontagszug trotz Sturmwarnung gestartet", "", None, "s",
                AT + timedelta(hours=2), lang="de")
    factor, why = conflict(ev, features(item, P), P, StatusReading("held"), item.published)
    assert factor == 0.0 and why == "place cologne"
