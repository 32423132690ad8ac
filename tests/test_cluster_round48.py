"""Clustering, round 48: a gold event's articles joining another occasion of the same kind (the
run-off after the first round, the second sentencing, the next strike), so that its status change
made no transition (session 25, decided on the 59 tuning sets).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from watcher.core.cluster import add_to_event, conflict
from watcher.core.events import EventState
from watcher.core.features import features
from watcher.core.params import Params
from watcher.core.types import StatusReading
from watcher.models import Item

P = Params()
HELD_ON = datetime(2024, 10, 21, 6, tzinfo=UTC)


def _held(*titles: str, at: datetime = HELD_ON) -> EventState:
    ev = EventState(id="e", title=titles[0], first_seen=at, last_seen=at)
    for i, title in enumerate(titles):
        ev.n_items += 1
        add_to_event(ev, features(Item(f"k{i}", title, "", None, "s", at), P), P)
    ev.status = "held"
    return ev


def _item(title: str, summary: str, at: datetime, lang: str = "en") -> Item:
    return Item("i", title, summary, None, "s", at, lang=lang)


FIRST_ROUND = ("Moldova narrowly backs EU path after vote-buying claims",
               "Moldau: Hauchdünnes Ja zur EU, Sandu muss in die Stichwahl")


def test_a_dated_article_without_a_cue_days_after_a_held_event_is_the_next_occasion() -> None:
    """"Sandu faces Stoianoglo in Sunday run-off", eleven days after the first round: no cue,
    but a day ahead, which day_rules reads as a plan once joined; it conflicts with the held
    round as an article saying "planned" does (twice over: a day ahead after it took place)."""
    ev = _held(*FIRST_ROUND)
    at = HELD_ON + timedelta(days=11)  # a Friday
    runoff = _item("Moldova's Sandu faces Stoianoglo in Sunday run-off",
                   "The pro-European president meets a former prosecutor.", at)
    f = features(runoff, P)
    assert f.due_days == 2
    factor, why = conflict(ev, f, P, StatusReading(None), at)
    assert factor == P.status_conflict ** 2
    assert "status planned after held" in why
    # as with a reading of "planned", and one of "held" (its summary's "meets"), which
    # day_rules reads planned too: a day ahead
    assert factor == conflict(ev, f, P, StatusReading("planned"), at)[0]
    assert factor == conflict(ev, f, P, StatusReading("held"), at)[0]
    # a reading of a change is no plan: it is what it says
    assert conflict(ev, f, P, StatusReading("cancelled"), at)[0] == P.status_conflict


def test_on_the_event_s_day_and_the_next_a_day_ahead_is_its_aftermath() -> None:
    """The first reports of the result name the next steps ("runoff on 28 May", "the Commons
    will sit again on Wednesday"): within ``PLAN_GAP`` of the event's last article they do not
    conflict."""
    ev = _held(*FIRST_ROUND)
    at = HELD_ON + timedelta(hours=20)
    f = features(_item("Sandu forced into a run-off on Sunday",
                       "The president missed an outright majority.", at), P)
    assert f.due_days is not None
    assert conflict(ev, f, P, StatusReading(None), at)[0] == 1.0


def test_an_end_or_a_verdict_naming_a_day_ahead_is_no_plan() -> None:
    """"Teachers end strike ... schools reopen on Wednesday", "convicted ... sentencing on
    Friday": what follows the occasion, not its next edition."""
    ev = _held("West Virginia teachers walk out", "Teachers strike closes schools")
    at = HELD_ON + timedelta(days=5)
    ended = features(_item("West Virginia teachers end strike after winning 5% raise",
                           "Schools reopen on Wednesday.", at), P)
    assert "c:end" in ended.title_concepts
    assert conflict(ev, ended, P, StatusReading(None), at)[0] == 1.0


def test_a_dated_article_without_a_cue_is_no_plan_against_an_open_event() -> None:
    """Against a planned event the day ahead is the event's own day: no conflict."""
    ev = _held(*FIRST_ROUND)
    ev.status = "planned"
    at = HELD_ON + timedelta(days=11)
    f = features(_item("Moldova's Sandu faces Stoianoglo in Sunday run-off", "", at), P)
    assert conflict(ev, f, P, StatusReading(None), at)[0] == 1.0


def test_without_a_day_ahead_a_later_article_is_no_plan() -> None:
    ev = _held(*FIRST_ROUND)
    at = HELD_ON + timedelta(days=11)
    f = features(_item("Moldova's Sandu and Stoianoglo trade barbs", "", at), P)
    assert conflict(ev, f, P, StatusReading(None), at)[0] == 1.0


def test_more_countries_locate_an_occasion_in_every_language() -> None:
    """"en visite d'État aux Pays-Bas" and "Staatsbesuch in China" are two visits: the title
    countries have none in common (a country only weakens a join, ``country_conflict``)."""
    at = datetime(2023, 4, 11, 9, tzinfo=UTC)
    china = _held("Macron en visite d'État en Chine", "Macron zu Staatsbesuch in China")
    dutch = features(_item("Emmanuel Macron en visite d'État aux Pays-Bas", "", at, "fr"), P)
    assert dutch.title_countries == {"netherlands"}
    factor, why = conflict(china, dutch, P, StatusReading("held"), at)
    assert factor == P.country_conflict and why == "country netherlands"
    for title, lang, country in [
        ("Visite d'État aux Pays-Bas", "fr", "netherlands"),
        ("Königspaar reist nach Norwegen", "de", "norway"),
        ("Biden est arrivé en Israël", "fr", "israel"),
        ("Generalstreik in Belgien", "de", "belgium"),
        ("Referendum in Griechenland", "de", "greece"),
        ("Apple opens its first store in India", "en", "india"),
    ]:
        assert features(_item(title, "", at, lang), P).title_countries == {country}, title


def test_a_country_that_is_only_what_the_news_is_about_does_not_locate() -> None:
    """"Iran nuclear talks" are held in Geneva or Vienna: Iran is no country of the table,
    and a country named without a locative or a kind next to it locates nothing."""
    at = datetime(2013, 11, 20, 9, tzinfo=UTC)
    assert features(_item("Iran nuclear talks resume in Geneva", "", at), P).title_countries \
        == frozenset()
    assert features(_item("Japan beat Scotland to reach the quarter-finals", "", at),
                    P).title_countries == frozenset()


def test_an_occasion_due_to_end_on_a_day_ahead_is_no_next_occasion() -> None:
    """"La COP29 doit s'achever vendredi": the end of the conference under way (``c:end``),
    not a plan of another one."""
    ev = _held("La COP29 s'ouvre à Bakou", "COP29 opens in Baku")
    at = HELD_ON + timedelta(days=9)
    f = features(_item("La COP29 doit s'achever vendredi, mais les négociations patinent", "",
                       at, "fr"), P)
    assert "c:end" in f.title_concepts and f.due_days is not None
    assert conflict(ev, f, P, StatusReading(None), at)[0] == 1.0


def test_two_regions_of_one_country_are_two_places_but_a_region_is_in_its_country() -> None:
    """"Landtagswahl in Hessen" and the Bavarian election share only the country neither
    named: a conflict, as two countries are; Bavaria and Germany, Scotland and Britain do
    not disagree."""
    at = datetime(2023, 10, 8, 18, tzinfo=UTC)
    bavaria = _held("Landtagswahl in Bayern: CSU gewinnt", "Bavaria state election: CSU wins")
    hesse = features(_item("Hesse state election: Faeser's bid to unseat Rhein", "", at), P)
    assert hesse.title_countries == {"hesse"}
    factor, why = conflict(bavaria, hesse, P, StatusReading("held"), at)
    assert factor == P.country_conflict and why == "country germany,hesse"
    germany = features(_item("Wahlen in Deutschland: Union vorn", "", at, "de"), P)
    assert germany.title_countries == {"germany"}
    assert conflict(bavaria, germany, P, StatusReading("held"), at)[0] == 1.0
    scots = _held("Referendum in Scotland", "Referendum in Schottland")
    uk = features(_item("Referendum in Britain on Thursday", "", at), P)
    assert conflict(scots, uk, P, StatusReading("held"), at)[0] == 1.0
