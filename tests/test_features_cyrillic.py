"""Word, place and country features of reports in Russian and Ukrainian (session 52, a user's
review of non-Latin feeds): the names of a story told in Cyrillic letters, in any case, are the
features its reports in Latin letters have, so that one story told in Russian, Ukrainian and
English becomes one event; a Cyrillic city or country is the place or the country itself."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from watcher.core.features import features
from watcher.core.params import Params
from watcher.core.slavic import latin_stem
from watcher.core.text import tokens
from watcher.models import Item

P = Params()


def _weights(title: str, lang: str) -> dict[str, float]:
    item = Item(key=title, title=title, summary="", link=None, source="s",
                published=datetime(2025, 11, 1, tzinfo=UTC), lang=lang)
    return features(item, P).weights


@pytest.mark.parametrize(("word", "stem"), [
    ("Путин", "putin"), ("Путина", "putin"), ("Путіна", "putin"), ("Умєрова", "umerov"),
    ("Умеровым", "umerov"), ("Казани", "kazan"), ("Лукашенко", "lukashenko"),
])
def test_a_cyrillic_name_in_any_case_has_one_latin_stem(word: str, stem: str) -> None:
    assert latin_stem(tokens(word)[0]) == stem


def test_one_story_in_three_languages_shares_its_names_and_places() -> None:
    ru = _weights("Умеров и Мединский провели переговоры в Стамбуле", "ru")
    uk = _weights("Умєров і Мединський провели переговори у Стамбулі", "uk")
    en = _weights("Umerov and Medinsky hold talks in Istanbul", "en")
    for f in ("p:istanbul", "w:umerov"):
        assert f in ru and f in uk and f in en, (f, ru, uk, en)
    assert {f for f in ru if f.startswith("w:medinsk")} & {f for f in en if f.startswith("w:")}


@pytest.mark.parametrize(("title", "lang", "feature"), [
    ("Саммит в Будапеште отменён", "ru", "p:budapest"),
    ("Встреча в Москве перенесена", "ru", "p:moscow"),
    ("Зустріч у Києві відбулася", "uk", "p:kyiv"),
    ("Переговоры в Вене отложены", "ru", "p:vienna"),
    ("Делегация России прибыла", "ru", "k:russia"),
    ("Делегація України прибула", "uk", "k:ukraine"),
    ("Визит в США отложен", "ru", "k:usa"),
    ("Обмін полоненими між Україною та Росією відбувся", "uk", "k:ukraine"),
    ("Обмен пленными между Россией и Украиной отложен", "ru", "k:russia"),
    ("Саммит в Дубае", "ru", "p:dubai"),
])
def test_cyrillic_places_and_countries(title: str, lang: str, feature: str) -> None:
    assert feature in _weights(title, lang)


@pytest.mark.parametrize(("title", "lang"), [
    # common words are no places or countries (a code review: "рядом" read as Riyadh, "жена" as
    # Geneva, "мали" as Mali, "сырья" as Syria, split events off)
    ("Ряд лидеров не приедет на саммит", "ru"),
    ("Жена премьера раскритиковала саммит", "ru"),
    ("Ми мали зустріч", "uk"),
    ("Цены на сырья растут", "ru"),
    ("Под кроной дуба", "ru"),
])
def test_common_cyrillic_words_are_no_places(title: str, lang: str) -> None:
    assert not [f for f in _weights(title, lang) if f[:2] in ("p:", "k:", "c:", "m:")]


def test_a_ukrainian_dative_keeps_the_names_own_ending() -> None:
    assert latin_stem(tokens("Умєрові")[0]) == latin_stem(tokens("Умеров")[0]) == "umerov"
    assert latin_stem(tokens("Лаврові")[0]) == "lavrov"
