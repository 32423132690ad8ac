"""Round 84: alerts a watch was already sent (session 33, decided on the 69 tuning sets).

A plan announced months before its day is announced again as the day nears, in other words and
often another language; when that preview opens an event of its own, scoring close to the plan
the watch was told of (``tracker.PLAN_TOLD_AGAIN``) though under the clustering's thresholds,
and says nothing against it, it is that plan told again: the watch is marked told, no new
alert (``same_news.plan_told``). Tuning 429 / 634 -> 423 / 636 (wrong alerts / missed runs),
B3 0.9414 unchanged; ODD 190 / 286 -> 187 / 286, EVEN 239 / 348 -> 236 / 350.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from tests.state_cases import Scripted, said
from watcher.core.params import Params
from watcher.core.same_news import PLAN_TOLD_AGAIN
from watcher.core.tracker import Tracker
from watcher.models import Item
from watcher.settings import WatchSettings

T0 = datetime(2021, 6, 15, 9, tzinfo=UTC)
PLAN = "Kombilösung: Stadtbahntunnel in Karlsruhe soll im Dezember öffnen"
PREVIEW = "Karlsruhe: Stadtbahntunnel der Kombilösung geht am Wochenende in Betrieb"
OTHER = "Karlsruhe: neue Rheinbrücke geht am Wochenende in Betrieb"
OPENED = "Karlsruhe: erste Fahrgäste im Stadtbahntunnel der Kombilösung"
# a near threshold above the preview's score, so that it opens an event of its own (as it
# does in a stream whose document frequencies make it score under 0.15)
APART = replace(Params(), near_threshold=0.25)


def _tracker() -> Tracker:
    lex = Scripted({PLAN: said("planned"), PREVIEW: said("planned"), OTHER: said("planned"),
                    OPENED: said("held")})
    return Tracker([WatchSettings("karlsruhe", keywords=("Karlsruhe",))], lexicon=lex,
                   params=APART)  # type: ignore[arg-type]


def _news(n: int, days: float, source: str, title: str) -> Item:
    return Item(key=f"k{n}", title=title, summary="", link=None, source=source,
                published=T0 + timedelta(days=days), lang="de")


def test_a_preview_of_the_plan_the_watch_was_told_of_is_not_told_again() -> None:
    t = _tracker()
    first = t.process(_news(1, 0, "a", PLAN), T0)
    assert [(a.kind, a.event.status) for a in first.alerts] == [("new_event", "planned")]
    preview = t.process(_news(2, 177, "b", PREVIEW), T0)
    assert preview.new_event and preview.event_id != first.event_id
    assert preview.candidates[0][1] >= PLAN_TOLD_AGAIN
    assert preview.alerts == ()


def test_the_day_of_the_previewed_plan_is_still_told() -> None:
    t = _tracker()
    t.process(_news(1, 0, "a", PLAN), T0)
    t.process(_news(2, 177, "b", PREVIEW), T0)
    held = t.process(_news(3, 179, "c", OPENED), T0)
    assert [(a.kind, a.event.status) for a in held.alerts] == [("status_change", "held")]


def test_a_plan_that_scores_far_from_the_one_told_is_told() -> None:
    t = _tracker()
    t.process(_news(1, 0, "a", PLAN), T0)
    other = t.process(_news(2, 177, "b", OTHER), T0)
    assert other.candidates[0][1] < PLAN_TOLD_AGAIN
    assert [(a.kind, a.event.status) for a in other.alerts] == [("new_event", "planned")]


def test_a_plan_whose_day_has_passed_does_not_silence_a_new_one() -> None:
    t = _tracker()
    first = t.process(_news(1, 0, "a", PLAN), T0)
    ev = t.event(first.event_id)
    assert ev is not None
    ev.due = T0 + timedelta(days=30)  # announced for a day long past by the preview
    preview = t.process(_news(2, 177, "b", PREVIEW), T0)
    assert [(a.kind, a.event.status) for a in preview.alerts] == [("new_event", "planned")]
