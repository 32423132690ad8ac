"""Round 66: the status state machine and the alert decisions (decided on the 59 tuning sets;
held-out sets only as a final check by the lead).

A new event planned on the word of hedges alone ("Royal Ascot may be postponed", "le festival
pourrait être annulé": ``events.hedge``) is a doubt, not news: its watch is told of it once an
article says it is on ("Royal Ascot to go ahead without spectators") or reports another status
(``EventState.hedged``). A denial ("nicht abgesagt") or a day ahead still tells it at once.
Tuning 370 / 576 -> 367 / 576 (wrong alerts / missed runs), B3 0.9384.

A new event first heard of as planned in a summary alone does not wait for a second outlet when
its headline names a time later that day ("Débat des chefs : deuxième et dernier affrontement
ce soir"): that dates the occasion as a day named does (``confirm.summary_plan``). Tuning 367 /
576 -> 367 / 575.

A new event first heard of as held from one outlet is the occasion its watch was told is planned
for a day up to ten days after that day (``same_news.AFTER_DUE``, was ``due_grace``, two), the
planned event having heard nothing of it happening: an occasion that lasts is first reported
held at its end as often as at its start ("Gentse Feesten close with record crowds" ten days
after "Les Gentse Feesten reviennent vendredi"). Tuning 367 / 575 -> 367 / 574; five days,
367 / 576. Past ``due_grace``, only on a headline's report of it happening (a summary's is as
often an aside): 365 / 574 -> 365 / 573.

A report, on the day a planned event was announced for, of it called off that also reports it
happening (a held cue) tells it broken off or decided, not cancelled: held
(``day_rules.broken_off``: "Demo gegen Rechts in München abgebrochen", "Bürger sagen Nein:
Olympiabewerbung gescheitert"). Tuning 367 / 574 -> 365 / 574, B3 0.9384 -> 0.9385.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.state_cases import Scripted, dated, keyless, said
from watcher.core.confirm import summary_plan
from watcher.core.cue_words import HEDGE
from watcher.core.cues import Lexicon
from watcher.core.day_rules import broken_off
from watcher.core.events import EventState, hedge
from watcher.core.params import Params
from watcher.core.same_news import AFTER_DUE
from watcher.core.tracker import Tracker
from watcher.core.types import Cue, StatusReading
from watcher.models import Item
from watcher.settings import WatchSettings

T0 = datetime(2020, 4, 8, 10, tzinfo=UTC)
LEX = Lexicon.builtin()


def _news(n: int, days: float, source: str, title: str, lang: str = "en",
          summary: str = "") -> Item:
    return Item(key=f"k{n}", title=title, summary=summary, link=f"https://x/{n}", source=source,
                published=T0 + timedelta(days=days), lang=lang)


# ``events.hedge``: what reads a plan off hypothetical changes alone
def test_hypothetical_changes_are_hedges() -> None:
    assert hedge(LEX.read("Royal Ascot race meeting may be postponed", "", "en"))
    assert hedge(LEX.read("Le festival de Calgary pourrait être annulé", "", "fr"))


def test_a_firm_plan_or_a_denial_is_no_hedge() -> None:
    assert not hedge(LEX.read("Royal Ascot to go ahead without spectators", "", "en"))
    assert not hedge(LEX.read("Opernball wird nicht abgesagt", "", "de"))
    assert not hedge(StatusReading(None))


def test_a_hedge_beside_a_firm_plan_is_no_hedge() -> None:
    hedged = Cue("planned", f"{HEDGE}postponed", "title", 0, 1, derived=True)
    firm = Cue("planned", "to go ahead", "summary", 0, 1)
    assert not hedge(StatusReading("planned", 1.0, (hedged, firm), tentative=True))
    assert hedge(StatusReading("planned", 0.5, (hedged,), tentative=True))


# ``EventState.hedged`` and the watch's new_event
DOUBT = "Royal Ascot race meeting may be postponed"
ON = "Royal Ascot to go ahead without spectators"
OPENS = "Royal Ascot opens in silence"
OFF = "Royal Ascot called off"


def _ascot() -> Tracker:
    hedged = Cue("planned", f"{HEDGE}postponed", "title", 0, 1, derived=True)
    lex = Scripted({DOUBT: StatusReading("planned", 0.5, (hedged,), tentative=True),
                    ON: said("planned"), OPENS: said("held"), OFF: said("cancelled")})
    return Tracker([WatchSettings("ascot", keywords=("Royal Ascot",))],
                   lexicon=lex)  # type: ignore[arg-type]


def test_a_hedged_plan_is_told_once_said_firmly() -> None:
    t = _ascot()
    doubt = t.process(_news(1, 0, "a", DOUBT), T0)
    assert doubt.transition == ("unknown", "planned") and doubt.alerts == ()
    ev = t.event(doubt.event_id or "")
    assert ev is not None and ev.hedged
    on = t.process(_news(2, 50, "b", ON), T0)
    assert on.event_id == doubt.event_id and on.transition is None
    assert [(a.kind, a.event.status) for a in on.alerts] == [("new_event", "planned")]
    assert not ev.hedged
    held = t.process(_news(3, 51, "c", OPENS), T0)
    assert [(a.kind, a.event.status) for a in held.alerts] == [("status_change", "held")]


def test_a_hedged_plan_is_told_with_another_status() -> None:
    t = _ascot()
    t.process(_news(1, 0, "a", DOUBT), T0)
    off = t.process(_news(2, 5, "b", OFF), T0)
    assert off.transition == ("planned", "cancelled")
    assert [(a.kind, a.event.status) for a in off.alerts] == [("new_event", "cancelled")]


def test_a_second_hedge_tells_nothing() -> None:
    t = _ascot()
    t.process(_news(1, 0, "a", DOUBT), T0)
    again = t.process(_news(2, 1, "b", DOUBT), T0)
    assert again.alerts == ()


def test_hedged_survives_the_blob() -> None:
    ev = EventState(id="e", title="t", first_seen=T0, last_seen=T0)
    hedged = Cue("planned", f"{HEDGE}postponed", "title", 0, 1, derived=True)
    ev.apply(StatusReading("planned", 0.5, (hedged,), tentative=True), _news(1, 0, "a", DOUBT))
    assert EventState.from_dict(ev.to_dict()).hedged


# ``confirm.summary_plan``: a time later that day dates the occasion
def test_a_summary_plan_with_a_time_later_today_does_not_wait() -> None:
    ev = EventState(id="e", title="t", first_seen=T0, last_seen=T0, status="planned",
                    sources=["a"])
    cue = Cue("planned", "x", "summary", 0, 1)
    plain = StatusReading("planned", 1.0, (cue,))
    tonight = StatusReading("planned", 1.0, (cue,), later_today=True)
    assert summary_plan(ev, plain, Params())
    assert not summary_plan(ev, tonight, Params())


def test_the_reading_of_a_time_later_today() -> None:
    r = LEX.read("Débat des chefs : deuxième et dernier affrontement ce soir", "", "fr")
    assert r.later_today


# ``same_news.expected``: up to ``AFTER_DUE`` after the day planned
OPENS_FRIDAY = "Les Gentse Feesten reviennent vendredi"
CLOSE = "Ghent festival closes with record crowds"  # no word in common
FRIDAY_EVE = datetime(2022, 7, 14, 9, tzinfo=UTC)  # a Thursday


def _feesten() -> Tracker:
    return keyless("feesten", {OPENS_FRIDAY: said("planned"), CLOSE: said("held")})


def _at(n: int, days: float, source: str, title: str, lang: str) -> Item:
    return dated(FRIDAY_EVE, n, days, source, title, lang)


def test_a_first_report_held_at_the_end_of_a_long_occasion_is_told() -> None:
    t = _feesten()
    plan = t.process(_at(1, 0, "a", OPENS_FRIDAY, "fr"), FRIDAY_EVE)
    assert [(a.kind, a.event.status) for a in plan.alerts] == [("new_event", "planned")]
    held = t.process(_at(2, 10, "b", CLOSE, "en"), FRIDAY_EVE)
    assert held.event_id != plan.event_id
    assert [(a.kind, a.event.status) for a in held.alerts] == [("new_event", "held")]
    ev = t.event(plan.event_id or "")
    assert ev is not None and ev.status == "held"


def test_a_summary_report_held_past_the_days_of_grace_waits() -> None:
    aside = "Ghent's mayor looks back on a busy summer"
    lex = Scripted({OPENS_FRIDAY: said("planned"), aside: said("held", "summary")})
    t = Tracker([WatchSettings("feesten")], lexicon=lex)  # type: ignore[arg-type]
    plan = t.process(_at(1, 0, "a", OPENS_FRIDAY, "fr"), FRIDAY_EVE)
    held = t.process(_at(2, 10, "b", aside, "en"), FRIDAY_EVE)
    assert held.event_id != plan.event_id
    assert held.alerts == () and "waits for a second outlet" in held.reason


def test_a_first_report_held_long_after_the_day_planned_waits() -> None:
    t = _feesten()
    plan = t.process(_at(1, 0, "a", OPENS_FRIDAY, "fr"), FRIDAY_EVE)
    held = t.process(_at(2, 1 + AFTER_DUE.days + 2, "b", CLOSE, "en"), FRIDAY_EVE)
    assert held.alerts == () and "waits for a second outlet" in held.reason
    ev = t.event(plan.event_id or "")
    assert ev is not None and ev.status == "planned"


# ``day_rules.broken_off``: called off on its day, and reported happening
def _planned_for(due: datetime) -> EventState:
    return EventState(id="e", title="t", first_seen=T0, last_seen=T0, status="planned",
                      due=due)


CALLED_OFF = Cue("cancelled", "abgebrochen", "title", 0, 1)
ENDED = Cue("held", "beendet", "summary", 0, 1)
DEMO = "Demo gegen Rechts in München abgebrochen – zu viele Menschen"


def test_called_off_on_its_day_while_happening_is_broken_off() -> None:
    ev = _planned_for(T0)
    reading = StatusReading("cancelled", 1.0, (CALLED_OFF, ENDED))
    assert broken_off(ev, _news(1, 0.3, "a", DEMO, "de"), reading, Params())


def test_called_off_with_no_report_of_it_happening_is_cancelled() -> None:
    ev = _planned_for(T0)
    reading = StatusReading("cancelled", 1.0, (CALLED_OFF,))
    assert not broken_off(ev, _news(1, 0.3, "a", DEMO, "de"), reading, Params())


def test_called_off_before_its_day_is_cancelled() -> None:
    ev = _planned_for(T0 + timedelta(days=5))
    reading = StatusReading("cancelled", 1.0, (CALLED_OFF, ENDED))
    assert not broken_off(ev, _news(1, 0.3, "a", DEMO, "de"), reading, Params())
    undated = EventState(id="e", title="t", first_seen=T0, last_seen=T0, status="planned")
    assert not broken_off(undated, _news(1, 0.3, "a", DEMO, "de"), reading, Params())


def test_the_tracker_reads_it_held() -> None:
    plan = "Demo gegen Rechts in München am Sonntag"
    lex = Scripted({plan: said("planned"),
                    DEMO: StatusReading("cancelled", 1.0, (CALLED_OFF, ENDED))})
    t = Tracker([WatchSettings("demo", keywords=("Demo gegen Rechts",))],
                lexicon=lex)  # type: ignore[arg-type]
    first = t.process(_news(1, 0, "a", plan, "de"), T0)
    ev = t.event(first.event_id or "")
    assert ev is not None
    ev.due = T0 + timedelta(days=3)
    out = t.process(_news(2, 3.2, "b", DEMO, "de"), T0)
    assert out.event_id == first.event_id and out.transition == ("planned", "held")
    assert "called off on its day" in out.reason
