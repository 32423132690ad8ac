"""What a year or an "end" word in a title stands for, when it is not the occasion's edition.

A year a title names (``y:``) is usually the edition of its occasion ("Euro 2020"), and
``conflicts.conflict`` tells editions apart by it. But a year right after a move ("repoussé à
2022") is where the occasion moved (``z:``, ``ItemFeatures.moved_years``), a year ending a spelled
date ("on Jan. 12, 2024") is when it is (``a:``, ``ItemFeatures.dated_years``), and a year after
"since" is no edition at all; an "end" word before "16 years of" or "era" ends a period, not
the occasion. ``features._field`` asks these look-arounds of every year and "end" it finds.
"""

from __future__ import annotations

from watcher.core.concepts import MONTHS
from watcher.core.dates import _MONTH_WORDS, day_of_month

# words of a move in time: a year right after one and its preposition ("delayed to 2022",
# "repoussé à 2022", "verschoben auf 2022", "startet erst 2022") is where the occasion (or a part
# of it) moved, not the edition a headline names (``ItemFeatures.moved_years``)
MOVED_TO = frozenset({
    "postponed", "postpones", "postpone", "delayed", "delays", "delay", "pushed", "pushes", "moved",
    "moves", "slips", "slipped", "rescheduled", "deferred", "until", "reporte", "reportee",
    "reportes", "reportees", "repousse", "repoussee", "repousses", "decale", "decalee", "renvoye",
    "verschoben", "verschiebt", "verlegt", "vertagt", "erst",
})


def _moved_to(words: list[str], i: int) -> bool:
    """Is the year ``words[i]`` where something moved to ("delayed to 2022", "repoussé à
    2022", "verschoben auf 2022", "erst 2022"), not the edition a title names ("moves 2021 fair
    to September")? The verb may stand a few words before ("postpones first election to
    December 2026"): an event postponed to 2024 and then to 2026 is one event, not two."""
    j = i - 1
    # the year may come with its month, day or part ("to December 2026", "to end-2022",
    # "repoussé à fin 2022", "verschoben auf Ende Juni 2026")
    while j > 0 and i - j <= 2 and (words[j] in _MONTH_WORDS or words[j] in YEAR_PARTS
                                    or day_of_month(words[j]) is not None):
        j -= 1
    if j < 0 or words[j] not in MOVE_PREPS:
        return False
    return words[j] == "erst" or any(w in MOVED_TO for w in words[max(j - 4, 0):j])


def _dates_a_day(words: list[str], i: int) -> str:
    """The "month-day" of the spelled date the year at ``i`` ends ("kick off on Jan. 12,
    2024", "le 12 janvier 2024", "am 12. Januar 2024"), or "". Such a year says when the
    occasion is, not which edition (the Asian Cup 2023 was played from 12 January 2024), and
    which year the day is in ("to abdicate on April 30, 2019", said in December 2017)."""
    if i < 2:
        return ""
    a, b = words[i - 2], words[i - 1]
    if a in _MONTH_WORDS and (day := day_of_month(b)) is not None:
        return f"{MONTHS[a]}-{day}"
    if b in _MONTH_WORDS and (day := day_of_month(a)) is not None:
        return f"{MONTHS[b]}-{day}"
    return ""


# parts of a year a move names before it ("to late 2023", "à fin 2022", "auf Ende 2026")
YEAR_PARTS = frozenset({"end", "late", "early", "mid", "fin", "debut", "mi", "ende", "anfang",
                        "mitte", "spring", "summer", "autumn", "fall", "winter", "printemps",
                        "ete", "automne", "hiver", "fruhjahr", "sommer", "herbst"})


MOVE_PREPS = frozenset({"to", "until", "into", "a", "au", "auf", "bis", "erst"})


SINCE = frozenset({"since", "seit", "depuis"})
SINCE_REACH = 3  # "since the 1945 edition", "depuis l'édition 2019", "seit dem Jahr 2019"
# What an "end" word ends when it is a period, not the occasion (cluster._verdict: the end of a
# strike or a mission continues it, the end of an era does not): an era, or years "of" something
ERAS = frozenset({"era", "ara", "ere"})
PERIODS = frozenset({"years", "decades", "jahre", "jahrzehnte", "ans", "annees", "decennies"})
PERIOD_OF = frozenset({"of", "der", "de", "d", "des"})
AFTER_TIME = frozenset({"after", "nach", "apres"})  # "strike ends after two years": its length
ERA_REACH = 3  # "ending 16 years of", "ending decades of", "ending Merkel era"


def _ends_a_period(words: list[str], i: int) -> bool:
    """Do the words from ``i`` (after an "end" word) name a period that ends ("ending 16 years of
    PLD rule", "ending decades of neutrality", "ending Merkel era"), not how long the occasion
    ran ("mission ends after 12 years", "ends years-long strike", "prend fin après deux ans")?"""
    for k in range(i, min(i + ERA_REACH, len(words))):
        w = words[k]
        if w in AFTER_TIME:
            return False
        if w in ERAS or (w in PERIODS and k + 1 < len(words) and words[k + 1] in PERIOD_OF):
            return True
    return False
