"""Round 62: the status state machine and the alert decisions (session 29, decided on the 59
tuning sets; held-out sets only as a final check by the lead).

A new event first heard of as planned for the day another event of its watch, told of as
planned, is expected on is that occasion told again (``same_news.planned_that_day``), unless
the titles of the two place them in different countries or regions (``same_news._elsewhere``):
a watch's two state elections held the same Sunday ("Hesse state election: Faeser's bid to
unseat Rhein looks a long shot" after "Söder keeps Aiwanger as deputy five weeks before
Bavarian state election"). Tuning 393 / 599 -> 393 / 598 (wrong alerts / missed runs), B3
0.9359; different cities too, 395 / 597.

A new event first heard of as held from one outlet waits for a second outlet, unless its watch
was told of a plan, in another of its events still planned, for that day (from the day before
to ``due_grace`` after: ``same_news.expected``): the occasion the watch expected ("Giorgia
Meloni prêtera serment samedi", then "Meloni sworn in as Italy's first woman prime minister").
That planned event becomes held with it and its watch is marked told, so that its own next
articles tell nothing again. Tuning 393 / 598 -> 393 / 596, B3 0.9359 -> 0.9360; leaving the
planned event as it was, 397 / 596.

An event already followed that becomes held within a day of another that its watch was told
became held is the same occasion split off: its change is told silently
(``same_news.told_lately``, as for a new event), unless the titles of the two place them apart
(the Hesse and the Bavarian state elections, won the same evening). Tuning 393 / 596 -> 389 /
597, B3 0.9360; any status but planned, 388 / 600; without the test of places, 389 / 598.

A new event first heard of as planned in one article's summary does not wait for a second outlet
when its headline names where the occasion is, a city, a country or a region
(``confirm.summary_plan``, as for a year or a month: "IAA zieht von Frankfurt nach München",
"Erdoğan kommt nach Berlin"). Tuning 389 / 597 -> 392 / 592, B3 0.9360; a city only, 392 / 593.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.state_cases import Scripted, dated, keyless, said
from watcher.core.confirm import summary_plan
from watcher.core.events import EventState
from watcher.core.params import Params
from watcher.core.same_news import _elsewhere
from watcher.core.tracker import Tracker
from watcher.core.types import Cue, StatusReading
from watcher.models import Item
from watcher.settings import WatchSettings

T0 = datetime(2023, 9, 3, 9, tzinfo=UTC)


def _news(n: int, days: float, source: str, title: str, lang: str = "en") -> Item:
    return Item(key=f"k{n}", title=title, summary="", link=f"https://x/{n}", source=source,
                published=T0 + timedelta(days=days), lang=lang)


def _event(countries: list[str]) -> EventState:
    return EventState(id="e", title="t", first_seen=T0, last_seen=T0,
                      title_countries=countries)


def test_events_in_different_regions_are_elsewhere() -> None:
    assert _elsewhere(_event(["hesse"]), _event(["bavaria"]))


def test_events_sharing_a_region_or_naming_none_are_not_elsewhere() -> None:
    assert not _elsewhere(_event(["hesse", "germany"]), _event(["germany"]))
    assert not _elsewhere(_event([]), _event(["bavaria"]))
    assert not _elsewhere(_event(["hesse"]), _event([]))


# ``same_news.planned_that_day``: two occasions of a watch on the same day, placed apart
BAVARIA = "Bavarian state election on 8 October: Söder keeps Aiwanger as deputy"
HESSE = "Hesse state election on 8 October: Faeser's bid to unseat Rhein"
BAVARIA_AGAIN = "Bavaria votes on 8 October: CSU leads the polls"


def _elections() -> Tracker:
    lex = Scripted({BAVARIA: said("planned"), HESSE: said("planned"),
                    BAVARIA_AGAIN: said("planned")})
    return Tracker([WatchSettings("landtag", keywords=("state election", "votes"))],
                   lexicon=lex)  # type: ignore[arg-type]


def test_a_plan_for_the_same_day_elsewhere_is_told() -> None:
    t = _elections()
    first = t.process(_news(1, 0, "a", BAVARIA), T0)
    assert [(a.kind, a.event.status) for a in first.alerts] == [("new_event", "planned")]
    hesse = t.process(_news(2, 30, "b", HESSE), T0)
    assert hesse.event_id != first.event_id
    assert [(a.kind, a.event.status) for a in hesse.alerts] == [("new_event", "planned")]


# ``same_news.expected``: a first report held of the occasion the watch was told is planned
OATH = "Giorgia Meloni prêtera serment samedi"
SWORN = "Italy's first woman prime minister takes office"
THURSDAY = datetime(2022, 10, 20, 9, tzinfo=UTC)


def _oath() -> Tracker:
    return keyless("meloni", {OATH: said("planned"), SWORN: said("held")})


def _on(n: int, days: float, source: str, title: str, lang: str) -> Item:
    return dated(THURSDAY, n, days, source, title, lang)


def test_a_first_report_held_on_the_day_planned_is_told_at_once() -> None:
    t = _oath()
    plan = t.process(_on(1, 0, "a", OATH, "fr"), THURSDAY)
    assert [(a.kind, a.event.status) for a in plan.alerts] == [("new_event", "planned")]
    held = t.process(_on(2, 2, "b", SWORN, "en"), THURSDAY)
    assert held.event_id != plan.event_id  # an event of its own
    assert [(a.kind, a.event.status) for a in held.alerts] == [("new_event", "held")]
    assert "the one planned for the day" in held.reason
    # the planned event took place with it, and its watch was told
    ev = t.event(plan.event_id or "")
    assert ev is not None and ev.status == "held"
    assert ev.state_of("meloni")["status"] == "held"


def test_a_first_report_held_days_after_the_day_planned_waits() -> None:
    t = _oath()
    plan = t.process(_on(1, 0, "a", OATH, "fr"), THURSDAY)
    held = t.process(_on(2, 14, "b", SWORN, "en"), THURSDAY)  # past AFTER_DUE (round 66)
    assert held.alerts == () and "waits for a second outlet" in held.reason
    ev = t.event(plan.event_id or "")
    assert ev is not None and ev.status == "planned"


def test_explain_moves_no_planned_event() -> None:
    t = _oath()
    plan = t.process(_on(1, 0, "a", OATH, "fr"), THURSDAY)
    shown = t.explain(_on(2, 2, "b", SWORN, "en"), THURSDAY)
    assert [a.kind for a in shown.alerts] == ["new_event"]
    ev = t.event(plan.event_id or "")
    assert ev is not None and ev.status == "planned"


# ``same_news.told_lately`` for an event already followed: a change to held told in another
DE_PLAN = "Bund und Länder einigen sich auf das 49-Euro-Ticket"
EN_PLAN = "Germany agrees nationwide Deutschlandticket for public transport"
DE_HELD = "Das 49-Euro-Ticket gilt ab heute"
EN_HELD = "Germany's nationwide Deutschlandticket for public transport launches"
BY_PLAN = "Söder launches CSU campaign in Bavaria"
HE_PLAN = "Rhein and Faeser face off in Hesse"
BY_HELD = "Söder's CSU wins in Bavaria"
HE_HELD = "Rhein beats Faeser by a landslide in Hesse"
APRIL = datetime(2023, 4, 28, 9, tzinfo=UTC)


def _twice(titles: dict[str, str]) -> Tracker:
    lex = Scripted({title: said(status) for title, status in titles.items()})
    return Tracker([WatchSettings("w")], lexicon=lex)  # type: ignore[arg-type]


def _at(n: int, days: float, title: str, lang: str) -> Item:
    return Item(key=f"k{n}", title=title, summary="", link=f"https://x/{n}", source=f"s{n}",
                published=APRIL + timedelta(days=days), lang=lang)


def test_a_change_to_held_told_in_another_event_that_day_is_not_told_again() -> None:
    t = _twice({DE_PLAN: "planned", EN_PLAN: "planned", DE_HELD: "held", EN_HELD: "held"})
    de = t.process(_at(1, 0, DE_PLAN, "de"), APRIL)
    en = t.process(_at(2, 0.5, EN_PLAN, "en"), APRIL)
    assert en.event_id != de.event_id and len(en.alerts) == 1
    told = t.process(_at(3, 3, DE_HELD, "de"), APRIL)
    assert told.event_id == de.event_id
    assert [(a.kind, a.event.status) for a in told.alerts] == [("status_change", "held")]
    again = t.process(_at(4, 3.2, EN_HELD, "en"), APRIL)
    assert again.event_id == en.event_id and again.transition == ("planned", "held")
    assert again.alerts == () and "told of held in another event within a day" in again.reason
    ev = t.event(en.event_id or "")
    assert ev is not None and ev.state_of("w")["status"] == "held"


def test_a_change_to_held_elsewhere_the_same_day_is_told() -> None:
    t = _twice({BY_PLAN: "planned", HE_PLAN: "planned", BY_HELD: "held", HE_HELD: "held"})
    by = t.process(_at(1, 0, BY_PLAN, "en"), APRIL)
    he = t.process(_at(2, 0.5, HE_PLAN, "en"), APRIL)
    assert he.event_id != by.event_id
    t.process(_at(3, 3, BY_HELD, "en"), APRIL)
    hesse = t.process(_at(4, 3.2, HE_HELD, "en"), APRIL)
    assert hesse.event_id == he.event_id
    assert [(a.kind, a.event.status) for a in hesse.alerts] == [("status_change", "held")]


# ``confirm.summary_plan``: a headline that names where places the occasion
SUMMARY_PLAN = StatusReading("planned", 1.0, (Cue("planned", "will be held", "summary", 0, 1),))


def _planned_from(title: str, places: dict[str, int], countries: list[str]) -> EventState:
    at = datetime(2021, 2, 24, 12, tzinfo=UTC)
    return EventState(id="e", title=title, first_seen=at, last_seen=at, status="planned",
                      sources=["a"], title_places=places, title_countries=countries)


def test_a_summary_plan_with_a_place_in_the_headline_does_not_wait() -> None:
    p = Params()
    assert not summary_plan(_planned_from("IAA zieht von Frankfurt nach München",
                                          {"frankfurt": 1, "munchen": 1}, []), SUMMARY_PLAN, p)
    assert not summary_plan(_planned_from("Motor show moves to Germany", {}, ["germany"]),
                            SUMMARY_PLAN, p)
    assert summary_plan(_planned_from("IAA motor show gets a new home", {}, []),
                        SUMMARY_PLAN, p)
