"""What an article's words alone do not settle: its dates against its publication time, and
whether a first report is confirmed enough to alert on (rounds 12 and 13 of the cue tuning,
``tests/data/README.md``).

A "held" cue next to a date still ahead is a plan (:func:`dated_ahead`). A new event first
reported held by one outlet waits for a second outlet (:func:`unconfirmed`), and a cancellation
or postponement told only in a summary for a second outlet or a clearer article
(:func:`summary_only`): on the labelled sets such first reports were wrong one time in three and
one time in two. So does a new event first heard of as planned in a summary alone, with no day
named (:func:`summary_plan`): wrong two times in five. Pure functions of the tracker's state,
like the rest of the core.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta

from watcher.core.concept_times import MONTHS, WEEKDAYS
from watcher.core.events import EventState
from watcher.core.features import ItemFeatures, spelled_dates
from watcher.core.params import Params
from watcher.core.text import fold
from watcher.core.types import StatusReading, cue_fields
from watcher.models import Item

# "runs until 25 September", "bis 25. September", "jusqu'au 25 septembre", "days before the
# Feb. 8 election": a date that ends what is under way, or anchors another occasion, is no date
# the reported one is still to happen on
_UNTIL = re.compile(r"\b(?:until|till|through|to|bis|jusqu|before|ahead\W+of|vor|avant)\b\W+"
                    r"(?:\w+\W+){0,2}?\d"
                    # "hasta el 12", "fino al 12", "até ao 12", "έως τις 12", "μέχρι τις 12"
                    r"|\b(?:hasta|fino|até|έως|μέχρι)\b\W+(?:\w{1,3}\W+){0,2}?\d"
                    # "продлятся до 12 марта", "do 12 marca", "tot 12 maart", "til 12.": the
                    # date right after, as these are "to" a place too ("poleci do Wilna 11
                    # lipca", a code review)
                    r"|\b(?:до|do|tot|til)\W+\d",
                    re.IGNORECASE)


def dated_ahead(item: Item, feats: ItemFeatures) -> bool:
    """Does ``item`` date what it reports at least two days after its publication, and not
    as the end of something under way or as another occasion's day?"""
    if feats.date_days is None or feats.date_days < 2:
        return False
    day = item.published.date()
    return not (_ends_at(item.title, day) or _ends_at(item.summary, day))


# the start of a span of dates right before its "bis", "until": "vom 24. bis 28. Februar",
# "from March 3 to 7" name days to come from their first, not the end of something under way
# (set 208: "Englische Assistenzärzte streiken erneut fünf Tage" over "vom 24. bis 28.
# Februar" read the strike under way); folded, no "until" word inside ("from 10 to 6 daily
# until March 30" is opening hours, a code review), a month after the day only
_SPAN_START = re.compile(
    r"\b(?:vom|von|from|du|dal|del|desde|between|zwischen)\s+"
    r"(?:(?!(?:until|till|through|to|bis|jusqu|au)\b)\w+\s+){0,2}?(?P<day>\d{1,2})\.?"
    rf"(?:\s*(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))}))?\s*$")
SPAN_REACH = 30  # characters before an "until" a span's start may stand in
# how far a span's first day may lie behind its publication and still be a year ahead
_YEAR_ROUND = timedelta(days=180)


# an amount's "to", "bis": "up to 128 players" (set 44: "Battlefield 2042 launches October
# 22" over "supports up to 128 players" read the launch under way), "bis zu 50 Stunden"
_AMOUNT = re.compile(r"\bup\W+to\b|\bbis\W+zu\b", re.IGNORECASE)


def _ends_at(text: str, published: date) -> bool:
    """Does ``text`` date the end of something under way ("until Sunday 12", "bis zum 3.
    Mai"), not the last day of a span still to come? A span whose first day is past
    ("läuft vom 20. bis 28. Februar" on the 22nd) is under way: its end is an end (a code
    review, session 55)."""
    for m in _UNTIL.finditer(text):
        if _AMOUNT.search(text, max(0, m.start() - 6), m.end()) is not None:
            continue  # "supports up to 128 players", "bis zu 50 Stunden": an amount
        span = _SPAN_START.search(fold(text[max(0, m.start() - SPAN_REACH):m.start()]))
        if span is None:
            return True
        dates = spelled_dates(re.findall(r"\w+", fold(text[m.start():m.end() + 20])))
        if not dates:
            return True
        try:
            first = date(published.year, dates[0][0], int(span.group("day")))
        except ValueError:  # 31 June
            return True
        if first < published - _YEAR_ROUND:
            first = first.replace(year=published.year + 1)
        if first <= published:
            return True
    return False


# how far after a held cue the word that runs it on to a date may start ("se tient jusqu'au
# 17 juin", "runs until Sunday", "dauert noch bis zum 3. Mai"), in characters, and the words
# that do (not "to", "before": "opens to 50,000 fans", "opens before 2 pm")
RUNS_UNTIL_REACH = 12
_RUNS_TO = re.compile(r"\b(?:until|till|through|bis|jusqu|hasta|fino|até)\b", re.IGNORECASE)


def _a_day_next(text: str, at: int) -> bool:
    """Do the words right after ``at`` name a day: a weekday, or a day of a month ("au 17
    juin", "zum 3. Mai", "Sunday")? Not an amount nor a time of day ("bis zu 50 Stunden",
    "until 10 am", "bis 24 Uhr": a code review, session 55)."""
    words = re.findall(r"\w+", fold(text[at:at + 30]))[:4]
    return bool(spelled_dates(words)) or any(w in WEEKDAYS for w in words[:2])


def runs_until(item: Item, reading: StatusReading) -> bool:
    """Does a held cue of ``reading`` run on to a day ("VivaTech s'ouvre porte de Versailles"
    over "Le salon, qui se tient jusqu'au 17 juin, attend Elon Musk vendredi")? Then the
    occasion is under way, and a day ahead it names dates a later step, not the occasion
    (set 170: read planned for Friday, the day of a guest's visit)."""
    for c in reading.cues:
        if c.status != "held" or c.blocked is not None:
            continue
        text = item.title if c.field == "title" else item.summary
        m = _RUNS_TO.search(text, c.end, c.end + RUNS_UNTIL_REACH + 10)
        if m is not None and m.start() - c.end <= RUNS_UNTIL_REACH and _a_day_next(text,
                                                                                  m.end()):
            return True
    return False


def unconfirmed(ev: EventState, reading: StatusReading, ws: Mapping[str, object],
                params: Params) -> bool:
    """Is ``ev`` first heard of as over (held) from fewer outlets than
    ``Params.held_new_sources``? Such a first report is the least reliable reading there is (a
    result verb about a person, "élue à la tête de", an announcement in the present, one part
    of a long story already alerted, a namesake's win): a second outlet whose article joins
    the story and reports no other status confirms it (round 15: the second outlet need not
    repeat the result; requiring that missed one held run in nine), and so does one whose
    article has a held cue of its own though it reads another status ("Lula verfehlt absolute
    Mehrheit – Stichwahl am 30. Oktober": the runoff's date reads planned; round 56, tuning
    459 / 623 -> 459 / 621 wrong alerts / missed runs; a headline's held cue only, 459 / 622).
    An article that says it in both headline and summary used to confirm it alone; over
    session 18's tuning sets such first reports were right 120 times and wrong 93, and
    waiting for a second outlet instead took 75 wrong alerts for 13 runs missed. A first
    cancellation or postponement told only in a summary waits too (:func:`summary_only`).
    ``ws`` is the watch's alert state on the event."""
    if summary_only(ev, ev.status, reading, ws, params):
        return True
    if summary_plan(ev, reading, params):
        return True
    return ev.status == "held" and (ev.independent() < params.held_new_sources
                                    or (reading.status not in (None, "held")
                                        and not cue_fields(reading.cues, "held"))
                                    or _elsewhere(reading))


def _elsewhere(reading: StatusReading) -> bool:
    """Does the article's headline report a change of something else, and nothing of its own
    ("Zelensky cancels trip to Davos forum": a person staying away, the forum goes on)? Such
    an article is another occasion's news that joined the story on the person's name, not a
    second outlet telling the first one held (a user's review: it confirmed "Zelensky visits
    front-line troops near Kharkiv" three days on)."""
    return reading.status is None and any(
        c.field == "title" and c.blocked == "other" and c.status in ("cancelled", "postponed")
        for c in reading.cues)


def summary_plan(ev: EventState, reading: StatusReading, params: Params) -> bool:
    """Is ``ev`` first heard of as planned from fewer outlets than
    ``Params.plan_new_sources``, on the word of a summary alone, with no day named? A plan
    only a summary mentions and no headline or date carries is as often an aside ("the visit,
    planned for later this year", a price rise "to come") or another story's background as
    the news of an occasion. Over the 59 tuning sets of ``tests/data`` such first plans were
    right 91 times and wrong 56 (the labelled streams give most stories few outlets); waiting
    for a second outlet took 41 wrong alerts for 31 runs missed (precision 0.922 -> 0.927,
    recall 0.896 -> 0.892), and over the 30 held-out sets 21 for 16 (0.881 -> 0.887, 0.850 ->
    0.845): the same F1 on both, traded for fewer alerts that are noise. ``ev.due`` is the day
    an article of the event named (none here: the event is new). A headline that names a year
    not over yet names an occasion, an edition still to come ("Les César 2021 ce soir à
    l'Olympia", "Ubisoft pulls out of E3 2023", "The Hundred sets first draft and July 2020
    launch"), not an aside: round 56, tuning 459 / 621 -> 463 / 614 (wrong alerts / missed
    runs); only a year still to come, 463 / 617; the same for a cancellation or postponement
    told in a summary (:func:`summary_only`), 473 / 609. A headline that names a month dates
    the occasion too ("Barcelona aim to return to Camp Nou by November", "Ranji Trophy to
    return in February after Covid delay"): round 59, tuning 416 / 614 -> 418 / 611; a month
    other than the current one only, the same. So does one that names where: a city, a country
    or a region ("IAA zieht von Frankfurt nach München", "Erdoğan kommt nach Berlin",
    "Roger Federer to retire after Laver Cup in London"). Round 62, tuning 389 / 597 -> 392 /
    592, B3 0.9360; a city only, 392 / 593. So does a headline that names a time later that
    day ("Débat des chefs : deuxième et dernier affrontement ce soir",
    ``StatusReading.later_today``): round 66, tuning 367 / 576 -> 367 / 575."""
    return (ev.status == "planned" and ev.independent() < params.plan_new_sources
            and ev.due is None and not reading.later_today and reading.status == "planned"
            and cue_fields(reading.cues, "planned") == {"summary"}
            and max(ev.title_years, default=0) < ev.last_seen.year and not ev.title_months
            and not ev.title_places and not ev.title_countries)


def summary_only(ev: EventState, status: str, reading: StatusReading,
                 ws: Mapping[str, object], params: Params) -> bool:
    """Does a cancellation or postponement of ``ev`` rest on one article that tells it only
    in its summary, with fewer outlets behind it than ``Params.change_sources``? A change
    no headline carries is as often an aside about something else ("flights cancelled
    ahead of the strike", a rival's tour called off) as the news itself.

    An article that does not report the status (another story joining the event) confirms
    nothing: the watch's alert that waits (``ws["waits"]``) keeps waiting. It alerted at
    once when the waiting outlet's next article, about anything, joined."""
    if status not in ("cancelled", "postponed") or ev.backing(status) >= params.change_sources:
        return False
    if reading.status == status:
        return cue_fields(reading.cues, status) == {"summary"}
    return ws.get("waits") == status
