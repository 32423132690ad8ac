"""Polish, Swedish, Danish and Norwegian articles date their occasions as the others do (session
37): the months and weekdays of those languages, and the words that lead a month ("w czerwcu",
"i juni"), give the same days as "June 8", "in June" and "on Friday"."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from watcher.core.features import features
from watcher.core.params import Params
from watcher.models import Item

MONDAY = datetime(2025, 6, 2, 9, tzinfo=UTC)  # 8 June is six days on, 6 June (Friday) four


def item(title: str, lang: str) -> Item:
    return Item(key=title, title=title, summary="", link=None, source="s", published=MONDAY,
                feed_url="", lang=lang)


@pytest.mark.parametrize(("title", "lang"), [
    ("Szczyt w Warszawie odbędzie się 8 czerwca", "pl"),
    ("Mötet i Stockholm hålls den 8 juni", "sv"),
    ("Koncerten i Aarhus er flyttet til den 8. juni", "da"),
    ("Streiken i Oslo starter 8. juni", "nb"),
    ("Summit in Warsaw set for June 8", "en"),
])
def test_a_spelled_date_is_its_day(title: str, lang: str) -> None:
    assert features(item(title, lang), Params()).date_days == 6


@pytest.mark.parametrize(("title", "lang"), [
    ("Strajk nauczycieli w piątek", "pl"),
    ("Strejken börjar på fredag", "sv"),
    ("Strejken begynder fredag", "da"),
    ("Strike begins on Friday", "en"),
])
def test_a_weekday_to_come_is_its_day(title: str, lang: str) -> None:
    assert features(item(title, lang), Params()).due_days == 4


@pytest.mark.parametrize(("title", "lang"), [
    ("Strajk nauczycieli: w zeszły piątek szkoły były zamknięte", "pl"),
    ("Strejken i fredags stängde skolorna", "sv"),
    ("Strejken sidste fredag lukkede skolerne", "da"),
    ("Strejken forrige fredag stengte skolene", "nb"),
])
def test_a_weekday_gone_by_is_no_day_to_come(title: str, lang: str) -> None:
    assert features(item(title, lang), Params()).due_days is None


@pytest.mark.parametrize(("title", "lang"), [
    ("Festiwal w lipcu", "pl"),
    ("Festivalen i juli", "sv"),
    ("Festival in July", "en"),
])
def test_a_led_month_is_a_time(title: str, lang: str) -> None:
    assert features(item(title, lang), Params()).month_days is not None


def test_a_polish_surname_is_no_friday() -> None:
    title = "Krzysztof Piątek strzelił gola w Gdańsku"
    assert features(item(title, "pl"), Params()).due_days is None
