"""A call-off reprinted after the event is back on is old news; a second call-off is news.

From a wire-copy user's review (session 52): papers ran the agency's call-off of a festival
an hour after the city said it would go ahead after all, and the event ended cancelled.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from watcher.core.events import EventState, text_words
from watcher.core.tracker import Tracker
from watcher.models import Item
from watcher.settings import WatchSettings

EVE = datetime(2026, 12, 5, 17, tzinfo=UTC)

PLAN = ("Kasseler Lichterfest am Sonntag auf dem Friedrichsplatz",
        "Das Kasseler Lichterfest mit Lichtinstallationen und Musik findet am Sonntag, "
        "6. Dezember, auf dem Friedrichsplatz statt.")
CALL_OFF = ("Sturmwarnung: Kasseler Lichterfest abgesagt",
            "Wegen der Sturmwarnung des Deutschen Wetterdienstes hat die Stadt Kassel das "
            "Lichterfest am Sonntag abgesagt.")
BACK_ON = ("Lichterfest in Kassel findet doch statt",
           "Entwarnung: Der Sturm zieht nördlich vorbei, das Kasseler Lichterfest findet am "
           "Sonntag doch statt, teilte die Stadt mit.")
REPRINT = ("Kasseler Lichterfest wegen Sturmwarnung abgesagt",
           "Kassel (dpa/lhe) - Wegen der Sturmwarnung des Deutschen Wetterdienstes hat die "
           "Stadt Kassel das Lichterfest am Sonntag abgesagt.")
AGAIN = ("Lichterfest in Kassel nun doch abgesagt",
         "Der Sturm dreht erneut: Die Stadt sagt das Fest am Sonntag wegen Orkanböen endgültig "
         "ab, die Aufbauten werden abgebaut.")


def _tracker() -> Tracker:
    return Tracker([WatchSettings("lichterfest", keywords=("Lichterfest",))])


def _feed(t: Tracker, n: int, text: tuple[str, str], hours: float, source: str) -> None:
    it = Item(key=f"k{n}", title=text[0], summary=text[1], link=f"https://{source}/{n}",
              source=source, published=EVE + timedelta(hours=hours), lang="de")
    t.process(it, it.published)


def _story(t: Tracker) -> EventState:
    _feed(t, 1, PLAN, 0, "hna")
    _feed(t, 2, CALL_OFF, 3, "hna")
    _feed(t, 3, BACK_ON, 4.5, "hna")
    (ev,) = t.events()
    assert [h["status"] for h in ev.history] == ["planned", "cancelled", "planned"]
    return ev


def test_late_copies_of_a_call_off_leave_an_event_back_on_planned() -> None:
    t = _tracker()
    ev = _story(t)
    for n, paper in enumerate(("fr-rundschau", "wlz", "hnaonline", "osthessen-news"), 4):
        _feed(t, n, REPRINT, 5 + n / 10, paper)
    assert ev.status == "planned"
    assert [h["status"] for h in ev.history] == ["planned", "cancelled", "planned"]


def test_a_second_call_off_in_words_of_its_own_cancels_again() -> None:
    t = _tracker()
    ev = _story(t)
    _feed(t, 4, AGAIN, 8, "hr")
    assert ev.status == "cancelled"
    assert [h["status"] for h in ev.history] == ["planned", "cancelled", "planned", "cancelled"]


def test_the_call_off_s_words_days_later_are_news_again() -> None:
    t = _tracker()
    ev = _story(t)
    _feed(t, 4, REPRINT, 3 + 60, "wlz")  # 2.5 days after the first call-off
    assert ev.status == "cancelled"


@pytest.mark.parametrize(("a", "b", "same"), [
    (CALL_OFF, REPRINT, True),
    (CALL_OFF, AGAIN, False),
    # too few words to tell a copy from two short headlines
    (("Fest abgesagt", ""), ("Fest abgesagt", ""), False),
])
def test_what_counts_as_one_text(a: tuple[str, str], b: tuple[str, str], same: bool) -> None:
    ev = EventState("e", "Lichterfest", EVE, EVE, status="planned")
    first = Item(key="a", title=a[0], summary=a[1], link="https://a/1", source="a",
                 published=EVE, lang="de")
    ev.history = [{"status": "cancelled", "at": first.published.isoformat(), "link": "",
                   "source": "a", "words": text_words(first)}]
    later = Item(key="b", title=b[0], summary=b[1], link="https://b/1", source="b",
                 published=EVE + timedelta(hours=2), lang="de")
    assert ev._reprints("cancelled", later) is same
