"""Cities and countries as Russian and Ukrainian write them, for the place and country features
(:mod:`watcher.core.features`): "в Москве" and "in Moscow", "Будапешт" and "Budapest" are one
place, as "Moskau" and "Moscou" are in :data:`watcher.core.concepts.CITIES`.

Keyed by every case form, whole, in Latin letters (:func:`watcher.core.slavic.latin_form`), so
that a headline's "Москве", "Москвы", "Москвою" find the place and no shorter stem ("жена" is
no "Женева": a code review) does; kept apart from the Latin tables, whose words these keys
could be. Names written as one word only. A user's review (session 52) saw reports of one story in
Russian, Ukrainian and English open events of their own.
"""

from __future__ import annotations

from watcher.core.slavic import latin_form
from watcher.core.text import tokens

# canonical key (as in CITIES / COUNTRIES) -> nominatives, Russian and Ukrainian
_CITIES = {
    "moscow": ["Москва"], "kyiv": ["Киев", "Київ"], "minsk": ["Минск", "Мінськ"],
    "istanbul": ["Стамбул"], "budapest": ["Будапешт"], "warsaw": ["Варшава"], "riga": ["Рига"],
    "berlin": ["Берлин", "Берлін"], "paris": ["Париж"], "london": ["Лондон"],
    "vienna": ["Вена", "Відень", "Відні", "Відня"], "rome": ["Рим"],
    "brussels": ["Брюссель", "Брюсель"], "geneva": ["Женева"], "washington": ["Вашингтон"],
    "beijing": ["Пекин", "Пекін"], "ankara": ["Анкара"], "athens": ["Афины", "Афіни"],
    "prague": ["Прага"], "helsinki": ["Хельсинки", "Гельсінкі"], "tallinn": ["Таллин", "Таллінн"],
    "vilnius": ["Вильнюс", "Вільнюс"], "belgrade": ["Белград"], "bucharest": ["Бухарест"],
    "tokyo": ["Токио", "Токіо"], "madrid": ["Мадрид"], "doha": ["Доха"], "dubai": ["Дубай"],
    "stockholm": ["Стокгольм"], "oslo": ["Осло"], "copenhagen": ["Копенгаген"],
    "amsterdam": ["Амстердам"], "munich": ["Мюнхен"], "hamburg": ["Гамбург"],
    "frankfurt": ["Франкфурт"], "zurich": ["Цюрих"], "davos": ["Давос"],
    "lisbon": ["Лиссабон", "Лісабон"], "singapore": ["Сингапур", "Сінгапур"],
}
_COUNTRIES = {
    "russia": ["Россия", "Росія"], "ukraine": ["Украина", "Україна"],
    "belarus": ["Беларусь", "Белоруссия", "Білорусь"], "germany": ["Германия", "Німеччина"],
    "france": ["Франция", "Франція"], "usa": ["США"], "china": ["Китай"],
    "poland": ["Польша", "Польща"], "hungary": ["Венгрия", "Угорщина"],
    "kazakhstan": ["Казахстан"], "azerbaijan": ["Азербайджан"], "armenia": ["Армения", "Вірменія"],
    "moldova": ["Молдова", "Молдавия"], "latvia": ["Латвия", "Латвія"], "lithuania": ["Литва"],
    "estonia": ["Эстония", "Естонія"], "finland": ["Финляндия", "Фінляндія"],
    "britain": ["Великобритания", "Британия", "Британія", "Великобританія"],
    "italy": ["Италия", "Італія"], "spain": ["Испания", "Іспанія"], "japan": ["Япония", "Японія"],
    "israel": ["Израиль", "Ізраїль"], "india": ["Индия", "Індія"], "syria": ["Сирия", "Сирія"],
    "canada": ["Канада"], "austria": ["Австрия", "Австрія"],
    "switzerland": ["Швейцария", "Швейцарія"], "serbia": ["Сербия", "Сербія"],
    "greece": ["Греция", "Греція"], "uzbekistan": ["Узбекистан"], "sweden": ["Швеция", "Швеція"],
    "norway": ["Норвегия", "Норвегія"], "czechia": ["Чехия", "Чехія"],
    "slovakia": ["Словакия", "Словаччина"], "romania": ["Румыния", "Румунія"],
    "bulgaria": ["Болгария", "Болгарія"], "egypt": ["Египет", "Єгипет"], "qatar": ["Катар"],
    "mongolia": ["Монголия", "Монголія"], "iraq": ["Ирак", "Ірак"],
}
# the endings a name takes in its cases, Russian and Ukrainian (before folding: й -> и)
_AFTER_CONSONANT = ("", "а", "у", "е", "ом", "і", "ові", "ем", "ы", "и")
_AFTER_VOWEL = ("ы", "и", "е", "у", "ой", "ою", "і", "ю", "ей", "ею")


def _forms(name: str) -> set[str]:
    word = tokens(name)[0]
    if word[-1] in "ая":
        return {word} | {word[:-1] + e for e in _AFTER_VOWEL}
    if name.endswith("й"):  # Дубай, Дубая, Дубае; Китай, Китая, Китаю
        return {word} | {word[:-1] + e for e in ("я", "е", "ю", "ем", "і", "ї")}
    if word[-1] in "ьи":  # Брюссель, Брюсселе; Хельсинки, Афины
        return {word} | {word[:-1] + e for e in _AFTER_CONSONANT}
    return {word + e for e in _AFTER_CONSONANT}


def _keyed(table: dict[str, list[str]]) -> dict[str, str]:
    # each form folded as a text's token is (й -> и, ё -> е, ї -> і)
    return {latin_form(tokens(form)[0]): key for key, names in table.items()
            for name in names for form in _forms(name)}


CYRILLIC_CITIES = _keyed(_CITIES)
CYRILLIC_COUNTRIES = _keyed(_COUNTRIES)
