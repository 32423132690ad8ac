"""French adjectives of cities locate an event as the city's name does (session 41, set 150:
"Les Rolling Stones renoncent définitivement à leur concert bernois" joined the Stones'
Amsterdam show, a week apart, because its headline named no city)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.cluster_cases import event_of
from watcher.core.cluster import conflict
from watcher.core.features import features
from watcher.core.params import Params
from watcher.models import Item

P = Params()
AT = datetime(2022, 6, 20, 9, tzinfo=UTC)


def _places(title: str) -> frozenset[str]:
    return features(Item("k", title, "", None, "s", AT, lang="fr"), P).title_places


@pytest.mark.parametrize(("title", "city"), [
    ("Les Rolling Stones renoncent à leur concert bernois", "bern"),
    ("La fête genevoise aura bien lieu", "geneva"),
    ("Grève : les éboueurs marseillais reconduisent le mouvement", "marseille"),
    ("Les Parisiennes et les Parisiens appelés aux urnes", "paris"),
    ("Le festival lyonnais reporté", "lyon"),
])
def test_a_french_city_adjective_names_the_city(title: str, city: str) -> None:
    assert _places(title) == frozenset({city})


def test_the_adjective_tells_two_shows_apart() -> None:
    ev = event_of(AT, "postponed",
                  "Rolling Stones postpone Amsterdam gig after Jagger tests positive",
                  "Rolling Stones verschieben Konzert in Amsterdam")
    item = Item("k", "Les Rolling Stones renoncent à leur concert bernois", "", None, "s", AT,
                lang="fr")
    factor, why = conflict(ev, features(item, P), P)
    assert factor < 1.0 and "bern" in why


@pytest.mark.parametrize(("title", "places"), [
    ("Taylor Swift's Wembley dates remain on schedule after Vienna plot", {"london"}),
    ("Taylor Swift returns to the stage at Wembley a week after Vienna shows", {"london"}),
    ("Après Vienne, Taylor Swift chante à Londres", {"london"}),
    ("Erdoğan kommt nach Berlin", {"berlin"}),  # "nach" is "to" as often as "after"
])
def test_a_city_after_after_is_the_occasion_before(title: str, places: set[str]) -> None:
    """Set 150: the London shows' event took Vienna among its places from such headlines, and
    the Vienna shows' later news joined it."""
    assert _places(title) == frozenset(places)


@pytest.mark.parametrize(("title", "places"), [
    ("Concert retransmis en direct depuis Vienne", {"vienna"}),  # "depuis": from, not since
    # the anthem is no Marseille; the Stade de France is Paris (a venue, session 45)
    ("La Marseillaise sifflée avant le match au Stade de France", {"paris"}),
])
def test_what_a_french_word_names(title: str, places: set[str]) -> None:
    """A code review (session 41)."""
    assert _places(title) == frozenset(places)
