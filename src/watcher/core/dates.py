"""When an article says its occasion happens: the weekdays and "tomorrow"s still to come, the
dates it spells, the months it names as a time, and how many days after its publication they
fall.

A field's ``d:`` (a near day), ``t:`` (a spelled date) and ``o:`` (a month led by "in", "début")
marks (``features._field``) become the ``due_days``, ``date_days`` and ``month_days`` of
``ItemFeatures``. The words are the same for every field and the day arithmetic needs only the
publication time, so they live apart from the features themselves; ``watcher.core.past_day`` and
the cue rules read days with the same words (``features`` still exports ``in_day_name``,
``spelled_dates`` and ``day_of_month`` for them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

from watcher.core.concepts import (
    AMBIGUOUS_MONTHS,
    MONTHS,
    NAMES_IN_CAPITALS,
    SOON,
    TOMORROW,
    WEEKDAYS,
)
from watcher.core.text import Token
from watcher.models import Item

# a named date further ahead than this is not the occasion's day: votes and referendums are
# set seven to nine months ahead ("le référendum fixé au 4 novembre" in March; 183 days
# left such an event undated, and its vote months later split off: session 12)
DATE_AHEAD_DAYS = 300
# ... and a date spelled with its year ("on April 30, 2019"): as far as a candidate event waits
DATE_YEAR_AHEAD_DAYS = 900
_MONTH_WORDS = frozenset(MONTHS)


# Words around a weekday that make it a day gone by ("since Friday", "seit Freitag", "vendredi
# dernier") or part of a name ("Black Friday", "the Sunday Times", "Mardi gras"), and words
# before "morgen" that make it the morning, not tomorrow ("am Morgen").
_PAST_BEFORE = frozenset({"since", "last", "seit", "letzten", "letzter", "vergangenen",
                          "vergangenem", "depuis", "desde",
                          "прошлую", "прошлыи", "прошлое", "минулу", "минулии", "минулого",
                          "zeszly", "zeszla", "ubiegly", "ubiegla", "forra", "sidste",
                          "forrige"})
_PAST_AFTER = frozenset({"dernier", "passe", "pasado", "scorso"})
# "an einem Mittwochabend", "every Friday", "chaque vendredi": some such day, not the coming one
# (not "a": French "à")
_ANY_BEFORE = frozenset({"einem", "any", "every", "jeden", "chaque", "cada", "ogni",
                         "каждую", "каждыи", "каждое", "кожну", "кожен", "кожного",
                         "kazdy", "kazda", "hver", "varje"})
# a weekday in a name ("Black Friday", "Sunday Times", "Mardi Gras")
# (not "Super Tuesday": as a day, a day to come; ``weekday_names_day`` reads it as a name)
_NAME_BEFORE = frozenset({"black", "cyber", "bloody"})
_NAME_AFTER = frozenset({"times", "telegraph", "mirror", "express", "gras"})
# a weekday in a holiday's name: a day, but the same weekday a week ahead too ("Rose Monday
# parade", "Super Tuesday"), not today's for sure (``day_rules.reports_today``); beside a
# cue it names the occasion and puts the cue no day ahead (``weekday_names_day``)
_HOLIDAY_BEFORE = frozenset({"rose", "super", "good", "easter", "ash", "palm", "whit", "holy",
                             "shrove", "fat", "maundy"})
MORNING_BEFORE = frozenset({"am", "heute", "gestern", "jeden", "guten", "den", "diesen",
                            "vom", "dem", "fruhen", "spaten"})
# the end of something under way, not a day it is to happen: "the strike runs until Wednesday",
# "bis Donnerstag", "jusqu'à mercredi"
_UNTIL_BEFORE = frozenset({"until", "till", "through", "bis", "jusqu", "hasta", "fino"})


def _soon(toks: list[Token], words: list[str]) -> set[str]:
    """The weekdays and "tomorrow"s of ``words`` that name a day to come (see above). A
    capitalised "Morgen" inside a sentence is the noun, the morning ("seit dem frühen Morgen")."""
    out: set[str] = set()
    for i, w in enumerate(words):
        if w not in SOON:
            continue
        before = words[i - 1] if i else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        if _UNTIL_BEFORE.intersection(words[max(i - 2, 0):i]):
            continue
        if w in NAMES_IN_CAPITALS and toks[i].capital:
            continue  # "Plácido Domingo": a name, no Sunday
        if w == "morgen":
            if before not in MORNING_BEFORE and not toks[i].capital:
                out.add(w)
        elif not (before in _PAST_BEFORE or before in _ANY_BEFORE or after in _PAST_AFTER
                  or in_day_name(words, i)):
            out.add(w)
    return out


def in_day_name(words: Sequence[str], i: int) -> bool:
    """Is the weekday ``words[i]`` part of a name ("Black Friday", "Mardi Gras"), not a day?
    (``watcher.core.past_day`` asks too, for the same days.)"""
    return ((i > 0 and words[i - 1] in _NAME_BEFORE)
            or (i + 1 < len(words) and words[i + 1] in _NAME_AFTER))


# French writes the holiday's word after the weekday: "lundi de Pâques", "le défilé du lundi
# des Roses" ("mardi gras" is in ``_NAME_AFTER``; not "vendredi saint": "samedi Saint-Étienne"
# is a match day and a club, a code review)
_HOLIDAY_AFTER = frozenset({("de", "paques"), ("des", "roses"), ("de", "pentecote"),
                            ("des", "cendres"), ("des", "rameaux")})


def weekday_names_day(words: Sequence[str], i: int) -> bool:
    """Is the weekday ``words[i]`` (folded) part of a day's name ("Rose Monday", "Black
    Friday", "Super Tuesday", "lundi de Pâques", "Mardi gras") rather than a day of its own?
    "Düsseldorf holds its Rose Monday parade" names the parade: no Monday still to come. Only
    a cue's tense asks (``cue_future.time_ahead``); English and French names."""
    if words[i] not in WEEKDAYS:
        return False
    if in_day_name(words, i) or (i > 0 and words[i - 1] in _HOLIDAY_BEFORE):
        return True
    return tuple(words[i + 1:i + 3]) in _HOLIDAY_AFTER


def in_holiday_name(words: Sequence[str]) -> bool:
    """Does a weekday of ``words`` (folded) stand in a holiday's name ("Rose Monday", "Super
    Tuesday")?"""
    return any(w in WEEKDAYS and i > 0 and words[i - 1] in _HOLIDAY_BEFORE
               for i, w in enumerate(words))


def spelled_dates(words: list[str]) -> list[tuple[int, int]]:
    """(month, day) of the dates the words spell: "29 August", "August 29", "29. August", "29
    août", "29 de agosto" (a day of 1-31 right before or after a month name, or before its
    "de")."""
    out: list[tuple[int, int]] = []
    if _MONTH_WORDS.isdisjoint(words):  # most fields (in C, no Python loop)
        return out
    for i, w in enumerate(words):
        month = MONTHS.get(w)
        if month is None:
            continue
        # Spanish and Portuguese put "de" between: "el 11 de diciembre", "a 5 de maio"
        before = i - 2 if i >= 2 and words[i - 1] in _DAY_OF else i - 1
        for j in (before, i + 1):
            day = day_of_month(words[j]) if 0 <= j < len(words) else None
            if day is not None:
                out.append((month, day))
                break
    return out


_DAY_OF = frozenset({"de", "del"})


# words that put what follows in a month: "in June", "im Juni", "en juin", "début juin",
# "Anfang Juni", "early June", "ab Juni", "from June" (not "until June": how long something
# under way lasts)
MONTH_LEADS = frozenset({
    "in", "im", "en", "early", "late", "mid", "from", "anfang", "ende", "mitte", "ab",
    "debut", "fin", "mi", "courant",
    # Russian and Ukrainian: "в июне", "у червні", "в начале июня", "на початку червня"
    "в", "во", "у", "начале", "конце", "середине", "початку", "наприкінці", "середині",
    # Polish "w czerwcu", "na początku czerwca"; Swedish, Danish, Norwegian "i juni", "i
    # början av juni", "primo juni"
    "w", "we", "od", "poczatku", "koncu", "polowie", "i", "av", "af", "primo", "medio",
    "ultimo",
})


def led_months(toks: Sequence[Token], words: list[str]) -> list[int]:
    """The months the words name as a time, with no day: a month name right after a word of
    ``MONTH_LEADS`` ("début juin", "im März"); an ambiguous one ("May", "mars") only written
    with a capital."""
    if _MONTH_WORDS.isdisjoint(words):
        return []
    out: list[int] = []
    for i, w in enumerate(words):
        month = MONTHS.get(w)
        if (month is None or i == 0 or words[i - 1] not in MONTH_LEADS
                or (w in AMBIGUOUS_MONTHS and not toks[i].capital)
                or (i + 1 < len(words) and day_of_month(words[i + 1]) is not None)):
            continue
        out.append(month)
    return out


_ORDINAL = re.compile(r"([0-9]{1,2})(?:st|nd|rd|th|er)")


def day_of_month(word: str) -> int | None:
    """The day of month a word spells: "10", "10th", "1st", "1er"."""
    if word.isdecimal():  # not isdigit: "፩" (Ethiopic one) is a digit int() cannot read
        day = int(word)
    else:
        m = _ORDINAL.fullmatch(word)
        if m is None:
            return None
        day = int(m.group(1))
    return day if 1 <= day <= 31 else None


YESTERDAY = 6  # days from a publication to the next time yesterday's weekday comes round


def _due_days(item: Item, words: list[str]) -> int | None:
    """Days from ``item.published`` to the latest day it names ("from Wednesday": the next
    Wednesday; "tomorrow": one), yesterday's weekday only when it names no other."""
    if not words:
        return None
    today = item.published.weekday()
    days = {1 if w in TOMORROW else (WEEKDAYS[w] - today) % 7 for w in words}
    if len(days) > 1:
        # "Rain washed out Saturday play, pushing the final to Monday" on a Sunday: yesterday's
        # weekday (six days off) tells what happened, not a day a week ahead; the day to come
        # named beside it is the one due (round 75)
        days.discard(YESTERDAY)
    return max(days)


def _date_days(item: Item, dates: Iterable[str], years: dict[str, str] | None = None
               ) -> int | None:
    """Days from ``item.published`` to the latest date it spells ("on 29 August") that is still
    to come within ``DATE_AHEAD_DAYS``: a date already past is a recap, not an announcement.
    A date with its year (``years``: "month-day" -> year, "on April 30, 2019") is in that year,
    however far ahead within ``DATE_YEAR_AHEAD_DAYS``."""
    days: list[int] = []
    start = item.published.date()
    for text in dates:
        month, day = map(int, text.split("-"))
        if years and text in years:
            try:
                ahead = (date(int(years[text]), month, day) - start).days
            except ValueError:  # 31 June
                continue
            if 0 <= ahead <= DATE_YEAR_AHEAD_DAYS:
                days.append(ahead)
            continue
        for year in (start.year, start.year + 1):
            try:
                ahead = (date(year, month, day) - start).days
            except ValueError:  # 31 June
                break
            if 0 <= ahead <= DATE_AHEAD_DAYS:
                days.append(ahead)
                break
    return max(days) if days else None


def _month_days(item: Item, months: Iterable[str]) -> int | None:
    """Days from ``item.published`` to the first of the latest month it names that is still to
    come this year ("début juin" in April: a plan; "in March" in November is as often a recap
    of last March as next year's)."""
    start = item.published.date()
    ahead = [(date(start.year, m, 1) - start).days for m in map(int, months) if m > start.month]
    return max(ahead) if ahead else None
