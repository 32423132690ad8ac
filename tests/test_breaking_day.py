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
