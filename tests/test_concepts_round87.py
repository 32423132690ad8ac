"""Concepts, round 87: words that carry one event across languages mapped to one key
(``concepts``), so that an article in another language than the event's first ones shares its
country, its place and its kind (session 33, decided on the 69 tuning sets, by halves).
"""

from __future__ import annotations

from datetime import UTC, datetime

from watcher.core.features import features
from watcher.core.params import Params
from watcher.models import Item

P = Params()
AT = datetime(2024, 3, 21, 12, tzinfo=UTC)


def _feats(title: str, lang: str) -> frozenset[str]:
    return frozenset(features(Item("n", title, "", None, "s", AT, lang=lang), P).weights)


def test_a_german_genitive_names_the_country() -> None:
    assert "k:russia" in _feats("Russlands neue Rakete Angara erstmals gestartet", "de")
    assert "k:poland" in _feats("Polens Verfassungstribunal stellt nationales Recht über EU-Recht",
                                "de")
    assert "k:india" in _feats("Indiens erster bemannter Raumflug frühestens 2026", "de")
    # the English possessive was read so already: the two titles now share the country
    assert "k:russia" in _feats("Russia's new Angara rocket lifts off", "en")


def test_a_plural_that_is_another_word_is_no_genitive() -> None:
    assert "k:chile" not in _feats("Chiles rellenos: la receta de la abuela", "es")


def test_formula_one_and_its_grands_prix_in_every_language() -> None:
    de = _feats("Formel 1 streicht Rennen in Amerika – auch Mexiko-GP abgesagt", "de")
    en = _feats("F1 cancels Mexican, Brazilian, US and Canadian Grands Prix", "en")
    fr = _feats("Coronavirus : la F1 renonce au Grand Prix du Mexique et au Brésil", "fr")
    for feats in (de, en, fr):
        assert {"c:formula1", "c:grandprix"} <= feats
    assert "c:grandprix" in _feats("Großer Preis von Monaco abgesagt", "de")
    assert "c:grandprix" in _feats("Gran Premio de Mónaco cancelado", "es")


def test_grands_alone_is_an_adjective() -> None:
    assert "c:grandprix" not in _feats("Les grands projets de Macron", "fr")
