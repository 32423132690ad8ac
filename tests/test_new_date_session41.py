"""A report of an occasion's new date brings it back; it is no new postponement (a user's
review, session 41). Live, one rescheduling of the Budapest summit sent three contradictory
pushes within 23 seconds: "postponed -> planned" (Reuters), "planned -> postponed" (Corriere:
"nuova data: 4 dicembre", with "il vertice rinviato" in its summary), "postponed -> planned"
(BBC); and "Rolling Stones' rescheduled Wembley show ... sells out" told the show postponed
again, or, straight after its cancellation, opened a new event of its own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from watcher.core.cues import Lexicon
from watcher.core.tracker import Tracker
from watcher.models import Item
from watcher.settings import WatchSettings

LEX = Lexicon.builtin()
T0 = datetime(2026, 11, 1, 8, tzinfo=UTC)
# the summit announced, postponed, then given its new date: December 4
RESCHEDULED = (
    (0, "Reuters", "en", "Trump and Putin to meet in Budapest on November 20"),
    (5, "AP", "en", "Trump-Putin summit in Budapest postponed, White House says"),
    (30, "Reuters", "en", "Trump and Putin reschedule Budapest summit for December 4"),
)


def _story(keyword: str, *steps: tuple[float, str, str, str] | tuple[float, str, str, str, str]
           ) -> list[str]:
    """Each step (hours after T0, outlet, lang, title[, summary]); the alerts told, as "kind
    status"."""
    t = Tracker((WatchSettings(name="w", keywords=(keyword,)),))
    told = []
    for n, (hours, outlet, lang, title, *summary) in enumerate(steps):
        at = T0 + timedelta(hours=hours)
        item = Item(f"k{n}", title, "".join(summary), f"urn:{n}", outlet, at, lang=lang)
        out = t.process(item, at)
        told += [f"{a.kind} {a.event.status}" for a in out.alerts]
    return told


def test_the_rescheduled_show_is_the_show_moved_not_moved_again() -> None:
    reading = LEX.read("Rolling Stones' rescheduled Wembley show on July 10 sells out", "", "en")
    assert reading.status == "planned" and reading.returning
    assert LEX.read("Putin's postponed summit with Trump will take place in December", "",
                    "en").status == "planned"
    assert LEX.read("Rolling Stones postpone Wembley show", "", "en").status == "postponed"


def test_one_rescheduling_one_alert() -> None:
    assert _story(
        "Budapest",
        *RESCHEDULED,
        (30.1, "Corriere", "it", "Vertice Trump-Putin a Budapest, nuova data: 4 dicembre",
         "Il vertice rinviato si terrà il 4 dicembre"),
        (30.2, "BBC", "en", "Trump-Putin Budapest summit back on for 4 December"),
    ) == ["new_event planned", "status_change postponed", "status_change planned"]


def test_a_postponement_from_the_day_it_was_set_for_is_news() -> None:
    """The day a postponement names may be the one it moves the event from: without a word
    of the plan beside it, it is told."""
    assert _story(
        "Budapest",
        *RESCHEDULED,
        (200, "AP", "en", "Budapest summit of December 4 postponed, no new date"),
    ) == ["new_event planned", "status_change postponed", "status_change planned",
          "status_change postponed"]


def test_the_rescheduled_show_after_its_cancellation_is_back_on() -> None:
    assert _story(
        "Rolling Stones",
        (0, "AFP", "en", "Rolling Stones to play Wembley on June 5"),
        (1, "AFP", "en", "Rolling Stones cancel Wembley show on June 5"),
        (6, "Guardian", "en",
         "Rolling Stones' rescheduled Wembley show on July 10 sells out in minutes"),
    ) == ["new_event planned", "status_change cancelled", "status_change planned"]


def test_a_postponement_of_the_day_set_for_is_news() -> None:
    """A code review (session 41): the day a plan's participle names is the one the event is
    moved from; only a new date's words ("nuova data") make it the move already told."""
    for title, lang in (("Budapest summit set for December 4 postponed, White House says", "en"),
                        ("Für 4. Dezember geplanter Gipfel in Budapest verschoben", "de"),
                        ("Le sommet de Budapest prévu le 4 décembre est reporté", "fr")):
        assert _story(
            "Budapest",
            *RESCHEDULED,
            (200, "Spiegel", lang, title),
        )[-1] == "status_change postponed", title


def test_the_rescheduled_show_called_off_stays_off() -> None:
    """A code review (session 41): after a postponement and a cancellation, "the rescheduled
    show" is the postponement told before; refunds for it reopen nothing."""
    assert _story(
        "Rolling Stones",
        (0, "AFP", "en", "Rolling Stones to play Wembley on June 5"),
        (1, "BBC", "en", "Rolling Stones postpone Wembley show to July 10"),
        (30, "AFP", "en", "Rolling Stones call off Wembley show altogether"),
        (31, "Guardian", "en",
         "Ticket holders for the rescheduled Wembley show will get refunds, promoter says"),
    ) == ["new_event planned", "status_change postponed", "status_change cancelled"]


def test_a_quote_or_a_contraction_is_no_possessive() -> None:
    assert LEX.read("Olympics 'postponed' tweet sparks confusion", "", "en").status == "postponed"
    assert LEX.read("The concert? It's postponed", "", "en").status == "postponed"
