"""A user's review of a breaking-news day (session 46, ux10): a strike called off overnight
after a deal, on the strike's day, was told "planned -> held"; a match-day preview published
in the morning ("heute um 20.30 Uhr", "on Thursday" beside "Thursday evening") was told held
hours before kick-off. The real lexicon and tracker, items as a feed would bring them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from watcher.core.day_rules import previews_today
from watcher.core.features import features
from watcher.core.params import Params
from watcher.core.tracker import Tracker
from watcher.models import Item
from watcher.settings import WatchSettings


def _item(n: int, when: str, source: str, title: str, summary: str, lang: str) -> Item:
    return Item(key=f"k{n}", title=title, summary=summary, link=f"https://x/{n}", source=source,
                published=datetime.fromisoformat(when).replace(tzinfo=UTC), lang=lang)


def _story(watch: str, *items: Item) -> list[tuple[str, str] | None]:
    t = Tracker([WatchSettings(watch, keywords=(watch,))])
    return [t.process(i, i.published).transition for i in items]


@pytest.mark.parametrize(("title", "summary", "lang"), [
    ("Lufthansa pilots call off Thursday strike after overnight deal",
     "Lufthansa and the union reached a pay deal overnight, calling off the strike.", "en"),
    ("Einigung in der Nacht: Pilotenstreik bei Lufthansa abgesagt",
     "Lufthansa und die Vereinigung Cockpit haben sich in der Nacht geeinigt.", "de"),
])
def test_a_strike_called_off_on_its_day_after_a_deal_is_cancelled(title: str, summary: str,
                                                                   lang: str) -> None:
    moves = _story(
        "Lufthansa",
        _item(1, "2026-12-02T10:00", "reuters", "Lufthansa pilots to strike on Thursday",
              "Pilots at Lufthansa will walk out on Thursday, the union said.", "en"),
        _item(2, "2026-12-03T02:30", "dpa", title, summary, lang))
    assert moves == [("unknown", "planned"), ("planned", "cancelled")]


@pytest.mark.parametrize(("when", "title", "summary", "lang"), [
    ("2026-12-03T09:00", "Bayern gegen Dortmund: Der Klassiker heute um 20.30 Uhr",
     "Der FC Bayern empfängt Borussia Dortmund in der Allianz Arena.", "de"),
    ("2026-12-03T10:00", "Bayern Munich host Dortmund in Der Klassiker on Thursday",
     "Bayern Munich face Borussia Dortmund at the Allianz Arena on Thursday evening.", "en"),
    ("2026-12-03T10:00", "Der Klassiker : le Bayern reçoit Dortmund",
     "Coup d'envoi à 20h30 à l'Allianz Arena.", "fr"),
])
def test_a_preview_on_the_day_keeps_the_match_planned(when: str, title: str, summary: str,
                                                       lang: str) -> None:
    moves = _story(
        "Bayern",
        _item(1, "2026-12-02T10:00", "bbc", "Bayern Munich to host Dortmund on Thursday",
              "Der Klassiker kicks off at the Allianz Arena.", "en"),
        _item(2, when, "kicker", title, summary, lang))
    assert moves[0] == ("unknown", "planned")
    assert moves[1] is None


def test_a_report_the_evening_after_is_no_preview() -> None:
    # published late that night, "Monday evening" is the evening past; a time before the
    # publication is no time still ahead
    late = _item(1, "2022-05-30T22:15", "lemonde", "Le Wydad roi d'Afrique",
                 "Un doublé a offert la Ligue des champions au club, lundi soir (2-0).", "fr")
    early = _item(2, "2026-12-03T21:40", "kicker", "Klassiker: Anpfiff um 20.30 Uhr",
                  "Die Partie läuft.", "de")
    for item in (late, early):
        assert not previews_today(item, features(item, Params()))


ANNOUNCED = ("Trump and Xi to meet in Geneva on Friday",
             "The White House said Donald Trump and Xi Jinping will meet in Geneva.")


@pytest.mark.parametrize(("title", "lang"), [
    ("Trump-Xi Geneva summit is OFF, sources claim", "en"),
    ("Trump-Xi summit called off, insiders claim", "en"),
    ("La cumbre Trump-Xi, cancelada según rumores", "es"),
])
def test_a_call_off_unnamed_sources_claim_is_no_news(title: str, lang: str) -> None:
    moves = _story(
        "Xi",
        _item(1, "2026-12-02T18:00", "reuters", *ANNOUNCED, "en"),
        _item(2, "2026-12-03T10:00", "tabloid", title, "", lang))
    assert moves == [("unknown", "planned"), None]


@pytest.mark.parametrize(("title", "lang"), [
    ("White House: Trump-Xi summit still on", "en"),
    ("Trump-Xi summit will go ahead, White House insists", "en"),
    ("La Casa Blanca mantiene la cumbre con Xi en Ginebra", "es"),
])
def test_a_call_off_contradicted_hours_later_is_a_return(title: str, lang: str) -> None:
    moves = _story(
        "Xi",
        _item(1, "2026-12-02T18:00", "reuters", *ANNOUNCED, "en"),
        _item(2, "2026-12-03T10:00", "tabloid", "Trump-Xi summit reportedly called off", "",
              "en"),
        _item(3, "2026-12-03T10:45", "paper", title, "", lang))
    assert moves == [("unknown", "planned"), ("planned", "cancelled"), ("cancelled", "planned")]


@pytest.mark.parametrize(("lang", "when", "text", "preview"), [
    ("en", "2026-12-03T10:00", "Bayern v Dortmund kicks off at 8 p.m.", True),
    ("en", "2026-12-03T10:00", "Bayern v Dortmund at 8:30 p.m.", True),
    ("it", "2026-12-03T09:00", "Inter-Milan alle 20.45 a San Siro", True),
    ("es", "2026-12-03T09:00", "El clásico, a las 21.00 en el Bernabéu", True),
    # a code review: no time the occasion starts at, or none still ahead
    ("de", "2026-12-03T10:00", "Spieltag 11 am Donnerstag: Bayern gegen Dortmund", False),
    ("de", "2026-12-03T09:00", "Bundestagswahl: Wahllokale schließen um 18 Uhr", False),
    ("en", "2026-12-03T01:00", "Japan votes; polls close at 8 p.m.", False),
    ("fr", "2026-12-03T09:00", "Les 12h de Sebring : 10h de course", False),
    ("de", "2026-12-03T18:45", "Klassiker: Anpfiff um 20.30 Uhr, es steht 0:0", False),
    ("es", "2026-12-03T09:00", "Seguimiento masivo de la huelga este jueves", False),
    ("de", "2026-12-03T09:00", "Verhandlungen scheiterten am Vorabend", False),
])
def test_what_previews_the_day(lang: str, when: str, text: str, preview: bool) -> None:
    item = _item(1, when, "x", text, "", lang)
    assert previews_today(item, features(item, Params())) is preview


@pytest.mark.parametrize(("title", "summary", "lang", "move"), [
    # a deal in other words still calls the strike off
    ("Pilotenstreik bei Lufthansa abgesagt",
     "Lufthansa und die Vereinigung Cockpit einigten sich in der Nacht.", "de", "cancelled"),
    # talks broken off without a deal on their day were held (a code review)
    ("Lufthansa-Tarifgespräche ohne Einigung abgebrochen",
     "Die Verhandlungen endeten ohne Einigung.", "de", "held"),
])
def test_a_deal_calls_off_no_deal_ends(title: str, summary: str, lang: str, move: str) -> None:
    moves = _story(
        "Lufthansa",
        _item(1, "2026-12-02T10:00", "reuters", "Lufthansa pilots to strike on Thursday",
              "Pilots at Lufthansa will walk out on Thursday, the union said.", "en"),
        _item(2, "2026-12-03T12:30", "dpa", title, summary, lang))
    assert moves[1] == ("planned", move)


@pytest.mark.parametrize("day", ["2026-12-03", "2026-12-04", "2026-12-05"])
def test_a_denial_is_told_whatever_the_weekday(day: str) -> None:
    # a summit "on Friday" (2026-12-04): a denial with a plan of its own ("going ahead as
    # planned") names no day ahead on the Friday itself; it still returns the summit (ux10 #5)
    moves = _story(
        "Xi",
        _item(1, f"{day}T08:00", "reuters", *ANNOUNCED, "en"),
        _item(2, f"{day}T11:00", "tabloid", "Trump-Xi summit reportedly called off", "", "en"),
        _item(3, f"{day}T12:45", "reuters",
              "White House denies report that Trump-Xi summit is off",
              "The meeting with Xi Jinping in Geneva on Friday is going ahead as planned.", "en"))
    assert moves[2] == ("cancelled", "planned")


def test_a_claim_in_the_headline_is_the_summarys_too() -> None:
    moves = _story(
        "Xi",
        _item(1, "2026-12-02T18:00", "reuters", *ANNOUNCED, "en"),
        _item(2, "2026-12-03T10:00", "tabloid", "Trump-Xi Geneva summit is OFF, sources claim",
              "The summit has been scrapped, according to sources close to the White House.",
              "en"),
        _item(3, "2026-12-03T10:30", "bild",
              "Gipfel in Genf geplatzt? Trump sagt Treffen mit Xi ab – Insider",
              "Laut Insidern hat Trump das Treffen mit Xi Jinping am Freitag abgesagt.", "de"))
    assert moves[1:] == [None, None]
