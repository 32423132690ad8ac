"""A headline that opens on "no" and the watch's own name says the occasion is off (session 40):
"Pas de Paléo cet été non plus", "Kein Haldern Pop in diesem Jahr" read nothing, the name being
no event noun the lexicons know. Tuning sets 520 / 809 -> 521 / 807 (wrong alerts / missed
runs); validation and held-out unchanged."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from watcher.core.cues import Lexicon
from watcher.core.match import WatchMatcher
from watcher.core.named_cues import named_call_off
from watcher.models import Item
from watcher.settings import WatchSettings

LEX = Lexicon.builtin()


def _read(title: str, keyword: str, lang: str) -> str | None:
    watch = WatchSettings("w", keywords=(keyword,))
    item = Item("k", title, "", None, "s", datetime(2021, 5, 1, tzinfo=UTC), lang=lang)
    matches = WatchMatcher([watch]).match(item)
    assert matches, title
    reading = LEX.read(item.title, item.summary, item.lang)
    return named_call_off(reading, item, matches, WatchMatcher([watch]), LEX.no_leads).status


@pytest.mark.parametrize(("title", "keyword", "lang"), [
    ("Pas de Paléo cet été non plus", "Paléo", "fr"),
    ("Kein Haldern Pop in diesem Jahr", "Haldern Pop", "de"),
    ("Pas d'Hellfest en juin : Clisson jette l'éponge", "Hellfest", "fr"),
    ("No Shoreham Airshow a year on as town remembers 11 victims", "Shoreham Airshow", "en"),
    ("Geen Rock Werchter deze zomer", "Rock Werchter", "nl"),  # session 43, set 164
    ("Ingen Roskilde Festival i år", "Roskilde Festival", "da"),
])
def test_no_then_the_watchs_name_is_a_call_off(title: str, keyword: str, lang: str) -> None:
    assert _read(title, keyword, lang) == "cancelled"


@pytest.mark.parametrize(("title", "keyword", "lang"), [
    ("No Time to Die finally premieres at the Royal Albert Hall", "No Time to Die", "en"),
    ("Keine Strafe für Trump – Schuldspruch bleibt bestehen", "Trump", "de"),
    ("No ministers will attend World Cup in Russia, May tells MPs", "World Cup", "en"),
])
def test_no_name_right_after_no_call_off(title: str, keyword: str, lang: str) -> None:
    assert _read(title, keyword, lang) != "cancelled"
