"""Round 20: a day named with no status cue is a plan only when it is a day to come.

The tracker reads an article with no cue that names a weekday or a date ahead as tentatively
planned ("Am Sonntag wählen die Franzosen"). Errors over the labelled sets showed weekdays gone by
read as days ahead: yesterday's weekday in a past report ("took 40 percent on Sunday" in Monday's
paper), "seit Freitag", "am Morgen" read as "morgen" (tomorrow), "Black Friday".
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from watcher.core.cues import Lexicon
from watcher.core.tracker import Tracker
from watcher.models import Item
from watcher.settings import WatchSettings

MONDAY = datetime(2023, 6, 26, 7, tzinfo=UTC)
LEX = Lexicon.builtin()


def _status(title: str, summary: str, lang: str = "en", when: datetime = MONDAY) -> str | None:
    t = Tracker((WatchSettings(name="w", keywords=("Mitsotakis", "Nato")),))
    item = Item("k", title, summary, "urn:k", "s", when, lang=lang)
    return t.process(item, when).reading.status  # type: ignore[union-attr]


def test_yesterdays_weekday_in_a_report_is_no_plan() -> None:
    assert _status("Mitsotakis secures second term with outright majority",
                   "New Democracy took around 40 percent on Sunday.") is None
    # a day still to come is: Thursday, three days on
    assert _status("Mitsotakis and the party congress",
                   "The delegates meet in Athens on Thursday.") == "planned"


def test_since_a_weekday_or_in_the_morning_is_no_plan() -> None:
    assert _status("Nato-Gipfel: Plattform für Besucher geöffnet",
                   "Seit Freitag können Gäste die Plattform betreten.", "de") != "planned"
    assert _status("Nato-Treffen: Stromausfall in Berlin-Mitte",
                   "Ein Kabelschaden legte am Morgen die Versorgung lahm.", "de") is None


def test_a_new_date_after_a_postponement_is_planned_again() -> None:
    """A date still ahead after a postponement is the new date: a transition and an alert,
    where "planned" again would otherwise be an old status repeated."""
    t = Tracker((WatchSettings(name="rugby", keywords=("Scotland",)),))
    day = datetime(2021, 2, 20, 9, tzinfo=UTC)

    def feed(n: int, title: str, summary: str, days: float, source: str) -> list[str]:
        when = day + timedelta(days=days)
        item = Item(f"i{n}", title, summary, f"urn:i{n}", source, when, lang="en")
        out = t.process(item, when)
        return [f"{a.kind}:{a.event.status}" for a in out.alerts]

    feed(1, "France v Scotland to go ahead in Paris on Sunday", "The Six Nations match is on.",
         0, "bbc")
    assert feed(2, "France v Scotland postponed after Covid cases in French camp",
                "The Six Nations match will not be played on Sunday.", 5, "guardian") \
        == ["status_change:postponed"]
    assert feed(3, "France v Scotland to be played on Friday 26 March",
                "The Six Nations match was called off in February.", 12, "reuters") \
        == ["status_change:planned"]


def test_appearing_weeks_later_is_postponed() -> None:
    assert LEX.read("Final Fantasy VII Remake erscheint fünf Wochen später", "", "de").status \
        == "postponed"
    # starting "two years later than planned" recaps an old postponement of an edition now due
    assert LEX.read("Vuelta startet in Utrecht - zwei Jahre später als geplant", "",
                    "de").status != "postponed"


def test_a_day_ahead_is_a_plan_though_a_cue_tells_of_something_else() -> None:
    """Cues about another event or a recap say nothing of this one's status: the day ahead does."""
    tuesday_eve = datetime(2018, 10, 22, 8, tzinfo=UTC)  # a Monday
    t = Tracker((WatchSettings(name="bridge", keywords=("Zhuhai",)),))
    # round 83: a headline with no cue of its own ("to open" is now one); session 59: nor a
    # summary with one ("will be inaugurated" is now one)
    item = Item("b", "Xi and the world's longest sea crossing to Zhuhai and Macau",
                "The 55-kilometre bridge and tunnel link will carry its first cars on Tuesday, "
                "nine years after work began.", "urn:b", "s", tuesday_eve, lang="en")
    cues = t.lexicon.read(item.title, item.summary, "en").cues
    assert cues and all(c.blocked == "other-event" for c in cues)  # "after work began"
    assert t.process(item, tuesday_eve).reading.status == "planned"  # type: ignore[union-attr]


@pytest.mark.parametrize(("title", "lang", "status"), [
    # a date set
    ("Nvidia schedules GTC keynote for May 14", "en", "planned"),
    ("Zelda: Tears of the Kingdom gets May 12 release date", "en", "planned"),
    ("Rolling Stones set July 7 date for postponed Amsterdam show", "en", "planned"),
    ("FA Cup final pencilled in for 1 August", "en", "planned"),
    ("Zelda a enfin une date de sortie", "fr", "planned"),
    ("Zelda hat endlich einen Releasetermin", "de", "planned"),
    # a wedding or a rate decision reported
    ("Princess Eugenie marries Jack Brooksbank", "en", "held"),
    ("Bank of England raises rates by 0.75 points", "en", "held"),
    ("Les Rolling Stones ont enfin joué à Amsterdam", "fr", "held"),
    ("Die EZB erhöht den Leitzins um einen halben Punkt", "de", "held"),
    # not on the day set, which is not "not at all"
    ("FA Cup final will not be played on 23 May", "en", "postponed"),
    ("Coupe de France : la finale ne se jouera pas le 25 avril", "fr", "postponed"),
    ("La votation du 17 mai n'aura pas lieu à cette date", "fr", "postponed"),
    ("Das Konzert findet nicht am 5. Mai statt", "de", "postponed"),
    ("The concert on 23 May will not take place", "en", "cancelled"),
    ("Le défilé du 14 juillet n'aura pas lieu", "fr", "cancelled"),
])
def test_headline_reads(title: str, lang: str, status: str) -> None:
    assert LEX.read(title, "", lang).status == status


def test_may_before_a_day_is_the_month_not_the_modal() -> None:
    assert LEX.read("Zelda gets May 12 release date", "", "en").status == "planned"
    assert LEX.read("Blizzard says BlizzCon 2020 may not happen", "", "en").status \
        != "cancelled"
    assert LEX.read("Flights may be cancelled", "", "en").status != "cancelled"


def test_a_report_in_the_present_over_a_weekday_ahead_previews_it() -> None:
    """A headline in the present ("startet", "opens") whose summary names a weekday still to
    come previews the day: planned, not held; a weekday in a past narration, or the end of
    something under way ("until Wednesday"), does not."""
    saturday_before = datetime(2023, 11, 14, 8, tzinfo=UTC)  # a Tuesday

    def status(title: str, summary: str, lang: str) -> str | None:
        t = Tracker((WatchSettings(name="w", keywords=("Formel 1", "Formula 1", "doctors")),))
        item = Item("k", title, summary, "urn:k", "s", saturday_before, lang=lang)
        return t.process(item, saturday_before).reading.status  # type: ignore[union-attr]

    assert status("Großer Preis von Las Vegas: Formel 1 startet auf dem Strip",
                  "Das Rennen am Samstag um 22 Uhr Ortszeit ist das teuerste der Saison.",
                  "de") == "planned"
    assert status("Resident doctors walk out for second time in four months",
                  "The strike runs until Wednesday morning.", "en") == "held"


def test_the_morning_is_no_tomorrow() -> None:
    when = datetime(2025, 1, 27, 6, tzinfo=UTC)
    item = Item("b", "BVG-Warnstreik legt Berlin lahm",
                "Seit dem frühen Morgen fahren weder U-Bahnen noch Trams.", "urn:b", "s", when,
                lang="de")
    from watcher.core.features import features
    from watcher.core.params import Params

    assert features(item, Params()).due_days is None


def test_postponed_again_joins_the_event_postponed_before_and_is_a_new_postponement() -> None:
    t = Tracker((WatchSettings(name="games", keywords=("Invictus",)),))
    day = datetime(2020, 4, 1, 9, tzinfo=UTC)

    def feed(n: int, title: str, days: float, lang: str = "en") -> tuple[str | None, list[str]]:
        when = day + timedelta(days=days)
        out = t.process(Item(f"i{n}", title, "", f"urn:i{n}", f"s{n}", when, lang=lang), when)
        return out.event_id, [f"{a.kind}:{a.event.status}" for a in out.alerts]

    first, alerts = feed(1, "Invictus Games in The Hague postponed to 2021 over coronavirus", 0)
    assert alerts == ["new_event:postponed"]
    feed(2, "Invictus Games in The Hague set for May 2021", 60)
    again, alerts = feed(3, "Invictus Games erneut verschoben", 200, "de")
    assert again == first and alerts == ["status_change:postponed"]


@pytest.mark.parametrize(("title", "summary", "lang"), [
    ("В Красноярске открылась зимняя Универсиада",
     "Церемонию открытия посетил президент; соревнования продлятся до 12 марта.", "ru"),
    ("Festival inaugurado em Lisboa", "A mostra pode ser visitada até 12 de março.", "pt"),
    ("Al via la Biennale di Venezia", "La mostra resta aperta fino al 12 marzo.", "it"),
    ("Festival opens in Lisbon", "The festival runs until 12 March.", "en"),
])
def test_a_date_that_ends_what_is_under_way_plans_nothing(title: str, summary: str,
                                                          lang: str) -> None:
    """"Until 12 March" in Russian, Portuguese, Italian as in English: how long an opened
    occasion lasts, not a day it is still to happen on (set 130: the Krasnoyarsk Universiade
    read planned)."""
    when = datetime(2019, 3, 2, 14, tzinfo=UTC)
    t = Tracker((WatchSettings(name="w", keywords=("Универсиада", "festival", "Biennale")),))
    item = Item("k", title, summary, "urn:k", "s", when, lang=lang)
    reading = t.process(item, when).reading
    assert reading is not None and reading.status != "planned"


def test_to_a_place_before_a_date_is_no_end_of_what_is_under_way() -> None:
    """"do"/"до" are "to" a place too: "poleci do Wilna 11 lipca" dates the summit ahead, it
    does not end one under way (a code review)."""
    when = datetime(2023, 7, 1, 12, tzinfo=UTC)
    t = Tracker((WatchSettings(name="w", keywords=("NATO",)),))
    item = Item("k", "Szczyt NATO odbywa się w Wilnie", "Prezydent Duda poleci do Wilna 11 lipca.",
                "urn:k", "s", when, lang="pl")
    reading = t.process(item, when).reading
    assert reading is not None and reading.status == "planned"
