"""Round 72: which article may move an event's status on its day or just after a change
(``day_rules.broken_off`` for a suspension while it is happening, ``day_rules.told_again`` for
an interruption told hours after the postponement or cancellation), and a new event's date
ahead over a summary's recap of its postponement (``day_rules.plans_over_a_recap``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from watcher.core.cues import Lexicon
from watcher.core.day_rules import broken_off, by_the_days, plans_over_a_recap, told_again
from watcher.core.events import EventState
from watcher.core.features import features
from watcher.core.params import Params
from watcher.core.types import Cue, StatusReading
from watcher.models import Item

LEX = Lexicon.builtin()
T0 = datetime(2024, 6, 29, 18, tzinfo=UTC)


def _item(title: str, summary: str, at: datetime, lang: str = "en") -> Item:
    return Item(key=title, title=title, summary=summary, link=None, source="bbc",
                published=at, lang=lang)


def _event(status: str, *, due: datetime | None = None,
           moved: datetime | None = None) -> EventState:
    ev = EventState(id="e", title="Germany v Denmark", first_seen=T0 - timedelta(days=3),
                    last_seen=T0, status=status, due=due, last_transition=moved)
    return ev


# ``broken_off``: suspended on its day while happening ----------------------------------------
SUSPENDED = Cue("postponed", "suspended", "title", 0, 1)
PLAY = Cue("held", "play", "summary", 0, 1)


def test_suspended_on_its_day_while_happening_is_held() -> None:
    reading = StatusReading("postponed", 2.0, (SUSPENDED, PLAY))
    item = _item("Germany v Denmark suspended as thunderstorm hits Dortmund", "",
                 T0 + timedelta(hours=2))
    assert broken_off(_event("planned", due=T0), item, reading, Params())


def test_suspended_to_a_day_ahead_is_postponed() -> None:
    """A new date is a postponement ("court defers verdict to Dec. 6"), not an interruption."""
    reading = StatusReading("postponed", 2.0, (SUSPENDED, PLAY))
    item = _item("Semi-final suspended, to resume on the reserve day", "", T0)
    assert not broken_off(_event("planned", due=T0), item, reading, Params(), ahead=True)


def test_suspended_without_a_report_of_it_happening_is_postponed() -> None:
    reading = StatusReading("postponed", 2.0, (SUSPENDED,))
    item = _item("Germany v Denmark suspended", "", T0)
    assert not broken_off(_event("planned", due=T0), item, reading, Params())


def test_by_the_days_reads_a_suspension_on_the_day_held() -> None:
    title = "Germany v Denmark suspended as thunderstorm hits Dortmund"
    summary = ("The referee led the players off shortly before half-time because of lightning "
               "and hail; play was to resume once the storm passed.")
    item = _item(title, summary, T0 + timedelta(hours=2))
    p = Params()
    reading = LEX.read(title, summary, "en")
    assert reading.status == "postponed"
    out, why = by_the_days(_event("planned", due=T0), item, features(item, p), reading, p,
                           new=False)
    assert out.status == "held" and "suspended on its day" in why


# ``told_again``: an interruption hours after the postponement --------------------------------
HALTED = Cue("held", "unterbrochen", "title", 0, 1)
OFF = Cue("cancelled", "fällt aus", "summary", 0, 1)


def test_interruption_beside_its_stop_after_a_postponement_is_told_again() -> None:
    ev = _event("postponed", moved=T0)
    reading = StatusReading("held", 2.0, (HALTED, OFF))
    item = _item("Darts: Premier League unterbrochen", "", T0 + timedelta(hours=3), "de")
    assert told_again(ev, item, reading)


def test_held_long_after_the_postponement_is_news() -> None:
    """Held at last, its report recalling the delay: a change."""
    ev = _event("postponed", moved=T0)
    reading = StatusReading("held", 2.0, (HALTED, OFF))
    item = _item("Darts: Premier League unterbrochen", "", T0 + timedelta(days=3), "de")
    assert not told_again(ev, item, reading)


def test_held_with_no_word_of_a_stop_is_news() -> None:
    ev = _event("postponed", moved=T0)
    reading = StatusReading("held", 2.0, (HALTED,))
    item = _item("Nach Gewitterpause: Deutschland schlägt Dänemark", "", T0 + timedelta(hours=3),
                 "de")
    assert not told_again(ev, item, reading)
    assert not told_again(_event("planned", moved=T0), item,
                          StatusReading("held", 2.0, (HALTED, OFF)))


def test_by_the_days_reads_the_interruption_told_again_as_no_status() -> None:
    title = "Atomgespräche mit Nordkorea unterbrochen"
    summary = "Die Sechs-Parteien-Gespräche in Peking wurden ohne Einigung vertagt."
    item = _item(title, summary, T0 + timedelta(hours=3), "de")
    p = Params()
    reading = LEX.read(title, summary, "de")
    assert reading.status == "held"
    out, why = by_the_days(_event("postponed", moved=T0), item, features(item, p), reading, p,
                           new=False)
    assert out.status is None and "told again" in why


def test_interruption_hours_after_a_cancellation_is_told_again() -> None:
    ev = _event("cancelled", moved=T0)
    cut = Cue("held", "cuts short", "title", 0, 1)
    called = Cue("cancelled", "called off", "summary", 0, 1)
    item = _item("Nice Carnival cuts short final parades", "", T0 + timedelta(hours=5))
    assert told_again(ev, item, StatusReading("held", 2.0, (cut, called)))
    assert not told_again(ev, _item("Nice Carnival", "", T0 + timedelta(days=2)),
                          StatusReading("held", 2.0, (cut, called)))


# ``plans_over_a_recap``: a new event's date ahead over a summary's postponement -------------
def _read_new(title: str, summary: str, lang: str) -> tuple[StatusReading, str]:
    item = _item(title, summary, datetime(2021, 10, 21, 10, tzinfo=UTC), lang)
    p = Params()
    reading = LEX.read(title, summary, lang)
    assert reading.status == "postponed"
    ev = EventState(id="n", title=title, first_seen=item.published, last_seen=item.published)
    assert plans_over_a_recap(item, features(item, p), reading)
    return by_the_days(ev, item, features(item, p), reading, p, new=True)


def test_a_headline_date_over_a_recapped_postponement_is_a_plan() -> None:
    out, why = _read_new("The Ocean Race partira d'Alicante le 15 janvier 2023",
                         "Les organisateurs ont fixé la date du départ de l'édition repoussée.",
                         "fr")
    assert out.status == "planned" and "summary's recap" in why


def test_a_headline_postponement_stays_postponed() -> None:
    title = "The Ocean Race postponed to 15 January 2023"
    summary = "The organisers set the new start date."
    item = _item(title, summary, datetime(2021, 10, 21, 10, tzinfo=UTC))
    reading = StatusReading("postponed", 2.0, (Cue("postponed", "postponed", "title", 0, 1),
                                                Cue("planned", "set", "summary", 0, 1)))
    assert not plans_over_a_recap(item, features(item, Params()), reading)


def test_a_hedged_headline_plans_nothing_over_a_postponement() -> None:
    title = "Senedd election could be delayed to 6 May"
    item = _item(title, "", datetime(2021, 1, 8, 10, tzinfo=UTC))
    hedge = Cue("planned", "may delayed", "title", 0, 1, derived=True)
    reading = StatusReading("postponed", 1.0, (hedge, Cue("postponed", "push back", "summary",
                                                          0, 1)))
    assert not plans_over_a_recap(item, features(item, Params()), reading)
