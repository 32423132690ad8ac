"""Round 23, tuned on events-39 and events-40 too: a phrase that carries its own negation ("pas
avant 2021", "not before 2026") is not negated by its other half ("n'ouvrira pas avant"); a new
opening not before a later year is a postponement in each language; a launch given up on the day
is a scrub; a return flight that succeeded took place; "pas de sommet" is a cancellation and a
headline's "ouverture du sommet" an opening, unless it names one ("cérémonie d'ouverture"); not
reopening on the day set, or a closure that lasts until a later day, is a postponement; an
official result and a strike ended by a deal took place."""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "lang", "status"), [
    ("Métro de Rennes : la ligne b n'ouvrira pas avant 2021", "fr", "postponed"),
    ("Le REM ne roulera pas avant le printemps 2023", "fr", "postponed"),
    ("Rennes metro line won't open until 2021", "en", "postponed"),
    ("U-Bahn-Linie wird nicht vor 2021 eröffnet", "de", "postponed"),
    ("L'ouragan Ian oblige la NASA à renoncer au lancement d'Artemis prévu mardi", "fr",
     "postponed"),
    ("Afghanistan : les négociations interafghanes retardées par la question des prisonniers",
     "fr", "postponed"),
    ("La Longue Marche 5 réussit son retour en vol", "fr", "held"),
    ("Coronavirus : pas de sommet du G7 à Camp David", "fr", "cancelled"),
    ("Pas de défilé du 14 juillet sur les Champs-Élysées cette année", "fr", "cancelled"),
    ("Éthiopie : ouverture des pourparlers de paix sur le Tigré à Pretoria", "fr", "held"),
    ("Ouverture du sommet de l'ASEAN à Jakarta, dominé par la crise birmane", "fr", "held"),
    ("French restaurants will not reopen on January 20th", "en", "postponed"),
    ("Les restaurants ne rouvriront pas le 20 janvier", "fr", "postponed"),
    ("Bahnstrecke bei Rastatt bleibt bis 7. Oktober dicht", "de", "postponed"),
    ("Rastatt rail closure to last until October, freight firms count cost", "en", "postponed"),
    ("Offizielles Ergebnis: Widodo bleibt Präsident Indonesiens", "de", "held"),
    ("UAW members ratify deal, ending 40-day strike at GM", "en", "held"),
])
def test_round_23_readings(title: str, lang: str, status: str) -> None:
    assert LEX.read(title, "", lang).status == status


def test_an_opening_in_a_name_or_in_running_text_is_no_opening() -> None:
    reading = LEX.read("Cérémonie d'ouverture des Jeux olympiques : Macron évoque un repli", "",
                       "fr")
    assert reading.status is None
    reading = LEX.read("Souleymane Cissé est mort",
                       "Il s'est éteint à la veille de l'ouverture du festival.", "fr")
    assert reading.status != "held"


@pytest.mark.parametrize(("title", "lang"), [
    ("Le festival n'est pas annulé", "fr"),
    ("The festival will not be cancelled, organisers say", "en"),
])
def test_a_plain_denial_is_still_one(title: str, lang: str) -> None:
    reading = LEX.read(title, "", lang)
    assert reading.status == "planned" and reading.tentative
