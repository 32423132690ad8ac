"""Clustering, round 80: the sides of a match by their place ids, whatever the language
(``features.title_sides``): a country of several words ("Corée du Nord", "North Korea"), a
city in its exonyms ("Gand-Wevelgem", "Gent-Wevelgem") and a team named by its people ("les
Allemands", "the Germans") are one side, so that two outlets' titles of one match do not read
as one side against two opponents (``cluster.sides_conflict``; session 32, decided on the 69
tuning sets).
"""

from __future__ import annotations

from datetime import UTC, datetime

from tests.cluster_cases import event_of
from watcher.core.conflicts import sides_conflict
from watcher.core.features import features, title_sides
from watcher.core.params import Params
from watcher.models import Item

P = Params()
AT = datetime(2024, 3, 21, 12, tzinfo=UTC)


def _item(title: str, lang: str) -> Item:
    return Item("n", title, "", None, "s", AT, lang=lang)


def test_a_country_of_several_words_is_one_side_in_every_language() -> None:
    assert title_sides("Mondial 2026 : le match Corée du Nord-Japon annulé", "fr") == (
        frozenset({"k:northkorea"}), frozenset({"k:japan"}))
    assert title_sides("Japan beat North Korea in qualifier", "en")[1] == frozenset(
        {"k:northkorea"})
    assert title_sides("Le Japon bat la Corée du Nord 1-0", "fr")[1] == frozenset(
        {"k:northkorea"})


def test_a_city_in_its_exonyms_is_one_side() -> None:
    assert title_sides("Gand-Wevelgem annulé", "fr") == (
        frozenset({"p:ghent"}), frozenset({"vevelgem"}))
    assert title_sides("Gent-Wevelgem cancelled", "en") == (
        frozenset({"p:ghent"}), frozenset({"vevelgem"}))
    ev = event_of(AT, "cancelled", "Gent-Wevelgem cancelled over coronavirus")
    assert not sides_conflict(ev, features(_item("Gand-Wevelgem annulé à son tour", "fr"), P))


def test_a_team_named_by_its_people() -> None:
    assert title_sides("Les Allemands battent la France", "fr")[0] == frozenset({"k:germany"})
    assert title_sides("Americans beat Mexico in final", "en")[0] == frozenset({"k:usa"})
    ev = event_of(AT, "held", "USA beat Mexico in Gold Cup final")
    assert not sides_conflict(ev, features(_item("Americans beat Mexico to lift Gold Cup", "en"),
                                           P))
