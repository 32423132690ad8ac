"""Round 68: a held reading that rests only on the present, beside a plan, before the event's
day is a preview (``StatusReading.present_only``, ``day_rules.previews``)."""

from __future__ import annotations

from datetime import UTC, datetime

from watcher.core.cues import Lexicon
from watcher.core.day_rules import by_the_days, previews
from watcher.core.events import EventState
from watcher.core.features import features
from watcher.core.params import Params
from watcher.core.types import Cue, StatusReading
from watcher.models import Item

LEX = Lexicon.builtin()
DUE = datetime(2012, 6, 5, 12, tzinfo=UTC)


def _item(title: str, summary: str, day: int) -> Item:
    return Item(key=title, title=title, summary=summary, link=None, source="dpa",
                published=datetime(2012, 6, day, 9, tzinfo=UTC), lang="de")


def _event(status: str = "planned") -> EventState:
    at = datetime(2012, 5, 20, tzinfo=UTC)
    ev = EventState(id="e", title="Thronjubiläum der Queen", first_seen=at, last_seen=at)
    ev.status = status
    ev.due = DUE
    return ev


def test_present_headline_reads_present_only() -> None:
    r = LEX.read("Dach eingestürzt: Vikings empfangen die Giants in Detroit", "", "de")
    assert r.status == "held" and r.present_only


def test_past_report_is_not_present_only() -> None:
    r = LEX.read("Pope Francis arrived in Bahrain", "The pontiff was greeted by the king.", "en")
    assert r.status == "held" and not r.present_only


def test_present_beside_a_future_before_the_day_previews() -> None:
    title = "Großbritannien feiert das diamantene Thronjubiläum der Queen"
    summary = "Vier Tage lang wird gefeiert: mit Straßenfesten und einem Konzert vor dem Palast."
    r = LEX.read(title, summary, "de")
    assert r.status == "held" and r.present_only
    assert previews(_event(), _item(title, summary, 1), r)
    # a postponed event's new occasion is previewed the same way
    assert previews(_event("postponed"), _item(title, summary, 1), r)
    # on the day itself, or once the event is held, it reports
    assert not previews(_event(), _item(title, summary, 5), r)
    assert not previews(_event("held"), _item(title, summary, 1), r)


def test_no_day_known_previews_beside_a_plan() -> None:
    title = "Dach eingestürzt: Vikings empfangen die Giants in Detroit"
    summary = ("Nach dem Schneesturm von Minneapolis wird das verschobene Spiel am Montagabend "
               "in der Halle der Detroit Lions ausgetragen.")
    r = LEX.read(title, summary, "de")
    ev = _event("postponed")
    ev.due = None
    assert r.status == "held" and previews(ev, _item(title, summary, 1), r)


def test_present_alone_is_no_preview() -> None:
    """Held reports are told in the present as often as previews: without a plan beside it,
    the present says nothing of which."""
    held = Cue(status="held", phrase="feiert", field="title", start=0, end=6)
    r = StatusReading("held", 1.0, (held,), present_only=True)
    assert not previews(_event(), _item("Großbritannien feiert", "", 1), r)


def test_by_the_days_keeps_a_preview_planned() -> None:
    title = "Großbritannien feiert das diamantene Thronjubiläum der Queen"
    summary = "Vier Tage lang wird gefeiert: mit Straßenfesten und einem Konzert vor dem Palast."
    item = _item(title, summary, 1)
    p = Params()
    out, why = by_the_days(_event(), item, features(item, p), LEX.read(title, summary, "de"),
                           p, new=False)
    assert out.status == "planned" and "present" in why
