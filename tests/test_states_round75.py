"""Round 75: an auxiliary of the perfect that is also a present verb tells the past only before
a participle (``cue_tense.narrates_past``, what keeps a held reading from being
``present_only``), and yesterday's weekday does not hide a day to come named beside it
(``features._due_days``)."""

from __future__ import annotations

from datetime import UTC, datetime

from watcher.core.cues import Lexicon
from watcher.core.day_rules import previews
from watcher.core.events import EventState
from watcher.core.features import features, names_a_day_ahead
from watcher.core.params import Params
from watcher.models import Item

LEX = Lexicon.builtin()


def test_german_present_headline_over_a_copula_is_present_only() -> None:
    r = LEX.read("Papst reist an den Golf: Franziskus besucht Bahrain",
                 "Es ist die erste Reise eines Papstes in das Königreich, Höhepunkt ist eine "
                 "Messe im Nationalstadion.", "de")
    assert r.status == "held" and r.present_only


def test_german_possessive_haben_is_no_past() -> None:
    r = LEX.read("Libanon wählt ein neues Parlament", "Viele Wähler haben kaum Hoffnung.", "de")
    assert r.status == "held" and r.present_only


def test_german_perfect_with_final_participle_is_past() -> None:
    r = LEX.read("Libanon wählt ein neues Parlament",
                 "Die Wahllokale haben am Abend geschlossen.", "de")
    assert r.status == "held" and not r.present_only


def test_english_have_without_participle_is_present() -> None:
    r = LEX.read("Lebanon votes for a new parliament", "Voters have little hope of change.", "en")
    assert r.present_only == (r.status == "held")
    r = LEX.read("Pope Francis arrived in Bahrain", "The pontiff has already met the king.", "en")
    assert r.status == "held" and not r.present_only


def test_french_est_before_a_noun_is_present_and_before_a_participle_past() -> None:
    r = LEX.read("Le Liban vote pour un nouveau parlement",
                 "C'est la première élection depuis 2018.", "fr")
    assert r.status == "held" and r.present_only
    r = LEX.read("Le Liban vote pour un nouveau parlement",
                 "Les bureaux de vote ont fermé à 19 heures.", "fr")
    assert r.status == "held" and not r.present_only


def _item(title: str, summary: str, day: int) -> Item:
    return Item(key=title, title=title, summary=summary, link=None, source="AP",
                published=datetime(2022, 9, day, 9, tzinfo=UTC), lang="en")


def test_yesterday_does_not_hide_a_day_ahead() -> None:
    # Sunday 11 September 2022: Saturday is yesterday, Monday tomorrow
    f = features(_item("US Open final moved", "Rain washed out Saturday play, pushing the "
                       "final to Monday.", 11), Params())
    assert f.due_days == 1 and names_a_day_ahead(f)


def test_yesterday_alone_is_still_yesterday() -> None:
    f = features(_item("Rain washes out Saturday play", "Organisers met on Saturday.", 11),
                 Params())
    assert f.due_days == 6 and not names_a_day_ahead(f)


def _eve_event(due: datetime) -> EventState:
    at = datetime(2022, 1, 10, tzinfo=UTC)
    ev = EventState(id="e", title="Lebanon to hold parliamentary election on May 15",
                    first_seen=at, last_seen=at)
    ev.status = "planned"
    ev.due = due
    return ev


def test_present_only_on_the_eve_previews_without_a_plan() -> None:
    title, summary = "Libanon wählt ein neues Parlament", "Viele Wähler haben kaum Hoffnung."
    r = LEX.read(title, summary, "de")
    item = Item(key=title, title=title, summary=summary, link=None, source="dpa",
                published=datetime(2022, 5, 14, 9, tzinfo=UTC), lang="de")
    assert previews(_eve_event(datetime(2022, 5, 15, 12, tzinfo=UTC)), item, r)
    # days before the eve, with no plan beside it, the present may report a stage under way
    assert not previews(_eve_event(datetime(2022, 5, 18, 12, tzinfo=UTC)), item, r)
    # on the day itself it reports
    assert not previews(_eve_event(datetime(2022, 5, 14, 18, tzinfo=UTC)), item, r)
