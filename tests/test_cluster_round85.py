"""Clustering, round 85 (session 33): when a hyphened pair in a title is one name, not the two
sides of a match (``features.one_name``, read by ``features.title_sides``).

Round 78 read "A-B" as a match ("France-Irlande", "PSG-OM", "Harris-Trump"); on news nobody
tuned on it split French headlines whose pair is one place ("Bade-Wurtemberg",
"Haut-Karabakh", "Saint-Denis") or a model's designation: the event took "s:haut" and
"s:karabakh" as sides, and the next title with "Haut-Rhin" set one of them against another.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.cluster_cases import event_of
from watcher.core.conflicts import sides_conflict
from watcher.core.features import features
from watcher.core.match_sides import one_name, title_sides
from watcher.core.params import Params
from watcher.models import Item

P = Params()
AT = datetime(2024, 2, 23, 15, tzinfo=UTC)


def test_a_place_of_two_hyphened_words_is_no_match() -> None:
    assert title_sides("Élections en Bade-Wurtemberg : la CDU en tête", "fr") == ()
    assert title_sides("Les Pays-Bas reportent le sommet", "fr") == ()
    assert title_sides("Visite en Nouvelle-Zélande annulée", "fr") == ()


def test_a_name_begun_by_a_word_of_names_is_no_match() -> None:
    """French writes its places with their own words hyphened ("Saint-", "Haut-",
    "Nouvelle-"), and given names too ("Jean-Paul"); Arabic names take their article."""
    assert title_sides("Haut-Karabakh : le sommet de Grenade annulé", "fr") == ()
    assert title_sides("Saint-Denis : le concert reporté", "fr") == ()
    assert title_sides("Nouvelle-Calédonie : le référendum maintenu", "fr") == ()
    assert title_sides("Al-Hilal signs Neymar", "en") == ()
    assert one_name("Jean", "Paul", "")


def test_a_designation_is_no_match() -> None:
    assert title_sides("Le lancement de Vega-C reporté", "fr") == ()
    assert title_sides("India's Aditya-L1 launch set for Saturday", "en") == ()
    assert title_sides("Japan's H-IIA rocket launch scrubbed", "en") == ()


def test_two_sides_are_still_read() -> None:
    assert title_sides("Six Nations : France-Irlande reporté", "fr") == (
        frozenset({"k:france"}), frozenset({"k:ireland"}))
    assert title_sides("Coupe de France : la finale PSG-Saint-Étienne reportée", "fr") == (
        frozenset({"psg"}), frozenset({"saint"}))
    assert title_sides("Débat Harris-Trump : la vice-présidente en tête", "fr")[1] == frozenset(
        {"trump"})
    assert not one_name("OL", "OM", "")


def test_two_places_sharing_a_first_word_do_not_conflict() -> None:
    """An event in Haut-Karabakh and an article on the Haut-Rhin share "haut": as sides, one
    shared and one not would read as a side against another opponent."""
    ev = event_of(AT, "planned", "Haut-Karabakh : un sommet prévu à Grenade",
                  "Haut-Karabakh : les dirigeants attendus à Grenade")
    item = Item("n", "Haut-Karabakh : le sommet de Grenade aura lieu jeudi", "", None, "s",
                AT + timedelta(days=1))
    f = features(item, P)
    assert not f.sides or not sides_conflict(ev, f)
    other = Item("o", "Haut-Rhin : le sommet reporté", "", None, "s", AT + timedelta(days=1))
    g = features(other, P)
    assert not g.sides or not sides_conflict(ev, g)


def test_a_place_of_several_words_before_the_hyphen_is_a_side() -> None:
    """"Corée du Nord-Japon": "Nord" begins names, but here it ends the side's name."""
    assert title_sides("Qualifications : Corée du Nord-Japon à huis clos", "fr") == (
        frozenset({"k:northkorea"}), frozenset({"k:japan"}))
    assert title_sides("Saints-Packers game moved to Monday", "en") != ()


def test_the_hyphened_names_of_countries_are_no_match() -> None:
    """As sides, "États-Unis" gave its event the side "usa": "US-China talks" would then
    read as the United States against another opponent."""
    assert title_sides("Les États-Unis reportent le sommet", "fr") == ()
    assert title_sides("Le Royaume-Uni annule la visite", "fr") == ()
