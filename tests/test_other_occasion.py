"""One person's occasions kept apart (session 40, a user's review): "Macron to visit Oslo on June
24" joined "Macron to visit Dakar on June 3" (their headlines share "Macron to visit ... on
June"), and the Oslo visit's cancellation was told as the Dakar visit's."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from watcher.core.tracker import Tracker
from watcher.models import Item
from watcher.settings import WatchSettings

T0 = datetime(2026, 5, 1, 8, tzinfo=UTC)


def _item(key: str, days: float, source: str, title: str, summary: str) -> Item:
    return Item(key, title, summary, None, source, T0 + timedelta(days=days), lang="en")


def test_a_visit_weeks_later_to_another_city_is_another_occasion() -> None:
    tracker = Tracker([WatchSettings("macron", keywords=("Macron",))])
    dakar = _item("a", 0, "Reuters", "Macron to visit Dakar on June 3",
                  "The French president will travel to Senegal.")
    oslo = _item("b", 2, "AP", "Macron to visit Oslo on June 24",
                 "The French president will travel to Norway.")
    off = _item("c", 9, "AFP", "Macron's visit to Oslo cancelled",
                "The Elysee called off the trip to Norway.")
    first, second, third = (tracker.process(i, i.published, alertable=True)
                            for i in (dakar, oslo, off))
    assert second.event_id != first.event_id and second.new_event
    assert third.event_id == second.event_id
    assert [(a.kind, a.event.title) for a in third.alerts] == [
        ("status_change", "Macron to visit Oslo on June 24")]
    dakar_event = tracker.event(first.event_id or "")
    assert dakar_event is not None and dakar_event.status == "planned"


def test_the_same_visit_redated_within_days_stays_one() -> None:
    """A new day a few days off (no postponement word) is the same occasion."""
    tracker = Tracker([WatchSettings("macron", keywords=("Macron",))])
    a = _item("a", 0, "Reuters", "Macron to visit Oslo on June 3", "")
    b = _item("b", 2, "AP", "Macron to visit Oslo and Bergen on June 5", "")
    first, second = (tracker.process(i, i.published, alertable=True) for i in (a, b))
    assert second.event_id == first.event_id


def test_a_strike_in_another_country_a_week_later_is_another_occasion() -> None:
    """A user's review (ux17, session 51): one general-strike watch in six languages joined
    Spain's strike ("CCOO y UGT convocan huelga general en España el 11 de diciembre") to
    Italy's of 4 December, whose headline names no country, and told its call-off as the
    Italian strike's, which had been held. Spanish "el 11 de diciembre" spelled no date, and
    only a city told another occasion; a country the event's articles never named does too."""
    tracker = Tracker([WatchSettings("scioperi", keywords=("sciopero generale",
                                                           "huelga general"))])
    t0 = datetime(2026, 12, 2, 22, tzinfo=UTC)
    italy = Item("a", "Sciopero generale venerdì 4 dicembre: treni, scuole e ospedali a rischio",
                 "Cgil e Uil hanno proclamato lo sciopero generale di 24 ore contro la manovra.",
                 None, "corriere", t0, lang="it")
    spain = Item("b", "CCOO y UGT convocan huelga general en España el 11 de diciembre",
                 "Los sindicatos llaman a un paro de 24 horas por la vivienda.", None, "elpais",
                 t0 + timedelta(hours=2), lang="es")
    first, second = (tracker.process(i, i.published, alertable=True) for i in (italy, spain))
    assert second.event_id != first.event_id and second.new_event


def test_spanish_and_portuguese_dates_put_de_between_day_and_month() -> None:
    from watcher.core import text
    from watcher.core.dates import spelled_dates

    def dates(title: str) -> list[tuple[int, int]]:
        return spelled_dates([t.text for t in text.scan(title)])

    assert dates("CCOO y UGT convocan huelga general en España el 11 de diciembre") == [(12, 11)]
    assert dates("Eleições marcadas para 5 de maio") == [(5, 5)]
    assert dates("La huelga general del 11 de diciembre") == [(12, 11)]
    assert dates("Elecciones en diciembre de 2026") == []  # a year, no day
    assert dates("A finales de diciembre") == []
