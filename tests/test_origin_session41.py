"""An agency's copy run by two outlets is one report (a user's review, session 41: the
Guardian's copy of an AP story, under its own link, met ``min_sources = 2`` with AP's own)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from watcher.core.origin import count_sources, origin, wire_agency
from watcher.core.tracker import Tracker
from watcher.models import Item
from watcher.settings import WatchSettings

T0 = datetime(2026, 11, 1, 8, tzinfo=UTC)


def alerts_of(t: Tracker, steps: list[tuple[float, str, str, str]],
              german: str = "") -> list[tuple[str, str, str, int]]:
    """(hours after T0, outlet, title, summary) rows through ``t``: its alerts as (outlet,
    kind, status, sources); the ``german`` outlet writes German, the others English."""
    told = []
    for n, (hours, outlet, title, summary) in enumerate(steps):
        at = T0 + timedelta(hours=hours)
        lang = "de" if outlet == german else "en"
        out = t.process(Item(f"k{n}", title, summary, f"urn:{n}", outlet, at, lang=lang), at)
        told += [(outlet, a.kind, a.event.status, a.event.sources) for a in out.alerts]
    return told


@pytest.mark.parametrize(("text", "agency"), [
    ("WASHINGTON (AP) — The White House said", "AP"),
    ("PARIS, 3 mars (AFP) - Le sommet", "AFP"),
    ("GENF (Keystone-SDA) - Das Treffen", "SDA"),
    ("MADRID, 3 mar (EFE).- El Gobierno aplazó la cumbre", "EFE"),
    ("Lausanne (Keystone-ATS) - Le sommet est reporté", "SDA"),
    ("Frankfurt (dpa-AFX) - Der Gipfel wurde abgesagt", "dpa"),
    ("WASHINGTON (AP) The summit was postponed", "AP"),
    ("Berlin (AFP/dpa) - Der Gipfel", "AFP+dpa"),  # joint copy: one origin in either order
    ("Berlin (dpa/AFP) - Der Gipfel", "AFP+dpa"),
    ("The minister told Reuters (Reuters) - the summit was off", None),  # a sentence
    ("Officials told AFP (AFP): the summit is off", None),
    ("Putin (left) and Trump met in Alaska", None),
    ("The summit, officials told AP, is off", None),
    ("", None),
])
def test_the_dateline_names_the_agency(text: str, agency: str | None) -> None:
    assert wire_agency(text) == agency


def test_origin_is_the_agency_or_the_outlet() -> None:
    copy = Item("k", "Summit postponed", "WASHINGTON (AP) — It is off.", None, "Guardian", T0)
    own = Item("k", "Summit postponed", "It is off, officials said.", None, "Guardian", T0)
    agency = Item("k", "Summit postponed", "It is off, officials said.", None, "Reuters", T0)
    assert origin(copy) == "wire:AP" and origin(own) == "Guardian"
    assert origin(agency) == "wire:Reuters"  # an agency's own feed is the agency's


@pytest.mark.parametrize(("entries", "n"), [
    (["AP", "Guardian@wire:AP"], 1),  # AP and its copy
    (["Spiegel@wire:dpa", "Spiegel"], 1),  # one outlet: a dpa copy and a story of its own
    # Spiegel's own story, and dpa's copy in Zeit: two (session 52, a user's review: chained
    # through dpa they were one, and no paper that ran the copy could confirm a story)
    (["Spiegel@wire:dpa", "Spiegel", "Zeit@wire:dpa"], 2),
    (["HNA@wire:dpa", "FR@wire:dpa", "WLZ@wire:dpa", "HNA", "FR"], 3),  # dpa, HNA's, FR's
    (["Reuters", "Guardian@wire:Reuters", "BBC"], 2),
    (["AP"], 1),  # an entry stored before session 41: the outlet's own
    ([], 0),
])
def test_one_source_per_outlet_or_origin(entries: list[str], n: int) -> None:
    """A code review (session 41): counted by origin alone, one outlet that ran a dateline
    on one article and none on the next met ``min_sources = 2``."""
    assert count_sources(entries) == n


def test_one_outlet_with_and_without_a_dateline_is_one_source() -> None:
    t = Tracker((WatchSettings(name="w", keywords=("Budapest",), min_sources=2),))
    steps = [
        (0, "Reuters", "Trump and Putin to meet in Budapest on November 20", "They will meet."),
        (1, "BBC", "Trump and Putin will meet in Budapest", "The two leaders will meet."),
        (5, "Reuters", "Trump-Putin summit in Budapest postponed",
         "WASHINGTON, Nov 1 (Reuters) - The summit in Budapest was postponed."),
        (6, "Reuters", "White House: Budapest summit postponed",
         "The summit in Budapest was postponed."),
    ]
    told = [alert[:3] for alert in alerts_of(t, steps)]
    assert told == [("BBC", "new_event", "planned")]


def test_one_wire_story_in_two_feeds_is_one_source() -> None:
    t = Tracker((WatchSettings(name="w", keywords=("Budapest",), min_sources=2),))
    steps = [
        (0, "Reuters", "Trump and Putin to meet in Budapest on November 20", "They will meet."),
        (5, "AP", "Trump-Putin summit in Budapest postponed",
         "WASHINGTON (AP) — The summit in Budapest was postponed, the White House said."),
        (5.05, "Guardian", "Budapest summit postponed",
         "WASHINGTON (AP) — The summit in Budapest was postponed, the White House said."),
        (9, "Spiegel", "Gipfel von Trump und Putin in Budapest verschoben",
         "Das Treffen in Budapest wird verschoben, teilte das Weiße Haus mit."),
    ]
    told = alerts_of(t, steps, german="Spiegel")
    # Reuters' plan alone is one outlet; AP's story and the Guardian's copy are one more
    assert told == [("Spiegel", "new_event", "postponed", 2)]


def test_an_agency_copy_does_not_confirm_the_agency_s_first_report() -> None:
    """An event first heard of as held waits for a second source (``confirm.unconfirmed``);
    the Guardian's copy of AP's story is AP's report again, not that second source (session
    45: the wait counted outlets, so a copy confirmed its own original)."""
    t = Tracker((WatchSettings(name="w", keywords=("Vienna Open",)),))
    wire = "VIENNA (AP) — Jannik Sinner won the Vienna Open on Sunday, beating Zverev in the final."
    steps = [
        (0, "AP", "Sinner wins Vienna Open title", wire),
        (0.1, "Guardian", "Sinner wins Vienna Open", wire),
        (2, "Kurier", "Sinner gewinnt die Vienna Open",
         "Jannik Sinner hat das Finale der Vienna Open gegen Zverev gewonnen."),
    ]
    told = alerts_of(t, steps, german="Kurier")
    assert told == [("Kurier", "new_event", "held", 2)]


@pytest.mark.parametrize(("entries", "n"), [
    (["Yahoo@wire:AP", "Yahoo@wire:Reuters"], 2),  # two agencies' copies in one outlet
    (["Yahoo@wire:AP", "Yahoo", "Yahoo@wire:Reuters"], 1),  # with a story of its own: one
    (["AP", "Yahoo@wire:AP", "Yahoo@wire:Reuters"], 2),
])
def test_an_outlet_that_ran_only_copies_counts_as_their_agencies(entries: list[str],
                                                                  n: int) -> None:
    """A code review (session 45): one outlet's copies of AP and of Reuters counted once."""
    assert count_sources(entries) == n


def test_an_event_s_independent_reports_follow_the_same_rule() -> None:
    from watcher.core.events import EventState
    ev = EventState(id="e", title="t", first_seen=T0, last_seen=T0)
    for n, (outlet, summary) in enumerate([
            ("AP", "VIENNA (AP) — The final was played."),
            ("Yahoo", "VIENNA (AP) — The final was played."),
            ("Yahoo", "VIENNA (Reuters) - Sinner won the final.")]):
        ev.add_item(Item(f"k{n}", "Sinner wins", summary, f"u{n}", outlet, T0, lang="en"), 80)
    assert ev.independent() == 2  # AP, and Reuters through Yahoo
    ev.add_item(Item("k9", "Sinner wins", "Sinner won.", "u9", "Yahoo", T0, lang="en"), 80)
    # Yahoo's own story: its copies are its voice now, and AP's own report another
    assert ev.independent() == 2


@pytest.mark.parametrize(("text", "agency"), [
    # session 52, a user's review: dpa's regional services are dpa
    ("Kassel (dpa/lhe) - Die GDL hat für Montag zum Streik aufgerufen", "dpa"),
    ("Düsseldorf (dpa/lnw) - Der Karnevalszug fällt aus", "dpa"),
    ("Berlin (dpa/xyz1) - Der Gipfel", None),  # no service code
])
def test_an_agencys_regional_service_is_the_agency(text: str, agency: str | None) -> None:
    assert wire_agency(text) == agency


@pytest.mark.parametrize(("summary", "who"), [
    ("Die GDL hat für Montag zum Streik aufgerufen. (dpa)", "wire:dpa"),
    ("Der Streik beginnt am Montag. © dpa-infocom, dpa:261205-930-112233/2", "wire:dpa"),
    ("Le sommet est reporté (AFP)", "wire:AFP"),
    ("The talks are off, the minister told AFP on Sunday.", "HNA"),
    ("Putin (left) and Trump met", "HNA"),
])
def test_a_closing_byline_or_a_copyright_line_names_the_agency(summary: str, who: str) -> None:
    assert origin(Item("k", "t", summary, "u", "HNA", T0, lang="de")) == who
