"""Round 77: an article that is news for several watches of one audience is told under the watch
it names by the longest name (``match.name_length``, ``one_alert.one_alert``): a name of several
words is an occasion's own, a single word a place, a person or a body with many stories."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.state_cases import Scripted
from watcher.core.match import WatchMatcher, name_length
from watcher.core.tracker import Tracker
from watcher.core.types import StatusReading, WatchMatch
from watcher.models import Item
from watcher.settings import WatchSettings

T0 = datetime(2024, 12, 5, 12, tzinfo=UTC)


def _say(t: Tracker, lex: Scripted, n: int, title: str, hours: float, status: str | None,
         summary: str = "") -> list[tuple[str, str]]:
    lex.readings[title] = StatusReading(status, 1.0 if status else 0.0, ())
    it = Item(key=f"r{n}", title=title, summary=summary, link=f"https://x/r{n}",
              source=f"s{n}", published=T0 + timedelta(hours=hours), lang="en")
    o = t.process(it, it.published, alertable=True)
    return [(a.watch, a.kind) for a in o.alerts]


def test_name_length_counts_the_words_of_the_longest_keyword_found() -> None:
    assert name_length(WatchMatch("clubwc", ("Club World Cup",))) == 3
    assert name_length(WatchMatch("miami", ("Miami",))) == 1
    assert name_length(WatchMatch("dday", ("Normandy", "D-Day"))) == 2  # hyphens split words
    assert name_length(WatchMatch("all", ())) == 0  # a watch without keywords takes any item


def test_name_length_of_the_keywords_an_item_names() -> None:
    m = WatchMatcher([WatchSettings("clubwc", keywords=("Club World Cup", "Mondial des clubs")),
                      WatchSettings("miami", keywords=("Miami", "Inter Miami CF"))])
    item = Item(key="k", title="Club World Cup draw pits Messi's Inter Miami against Al Ahly",
                summary="", link=None, source="AP", published=T0, lang="en")
    assert {w.watch: name_length(w) for w in m.match(item)} == {"clubwc": 3, "miami": 1}


def test_two_new_watches_are_told_once_under_the_longer_name() -> None:
    """Both watches take their first article: their breadths tie, and both used to be told."""
    lex = Scripted()
    t = Tracker([WatchSettings("miami", keywords=("Miami",)),
                 WatchSettings("clubwc", keywords=("Club World Cup",))],
                lexicon=lex)  # type: ignore[arg-type]
    assert _say(t, lex, 1, "Club World Cup draw pits Messi's Inter Miami against Al Ahly", 0,
                "planned") == [("clubwc", "new_event")]
    ev = t.events()[0]
    assert sorted(ev.watches) == ["clubwc", "miami"]
    assert ev.watch_state["miami"]["new"]  # moved on silently, as if told


def test_the_longer_name_goes_before_the_breadth() -> None:
    """The occasion's name in the headline says which watch the news is for, before how many
    articles each watch took: the Queen watch is new, the D-Day watch has taken others."""
    lex = Scripted()
    t = Tracker([WatchSettings("queen", keywords=("Queen",)),
                 WatchSettings("dday", keywords=("D-Day",))],
                lexicon=lex)  # type: ignore[arg-type]
    for n, title in enumerate(("D-Day veterans gather in Portsmouth",
                               "D-Day museum reopens after renovation"), start=10):
        _say(t, lex, n, title, -24 * 60 * (n - 9), "held")
    alerts = _say(t, lex, 1, "Prince Charles to attend D-Day anniversary after row over Queen",
                  0, "planned")
    assert alerts == [("dday", "new_event")]


def test_names_of_one_length_leave_it_to_the_breadth() -> None:
    lex = Scripted()
    t = Tracker([WatchSettings("greece", keywords=("Greek",)),
                 WatchSettings("ecb", keywords=("ECB",))],
                lexicon=lex)  # type: ignore[arg-type]
    for n, title in enumerate(("Greek island ferry strike ends", "Greek bond yields fall"),
                              start=10):
        _say(t, lex, n, title, -24 * 60 * (n - 9), "held")
    assert _say(t, lex, 1, "Draghi takes ECB helm as Greek referendum plan rattles markets", 0,
                "planned") == [("ecb", "new_event")]


def test_watches_of_other_notifiers_are_still_each_told() -> None:
    lex = Scripted()
    t = Tracker([WatchSettings("miami", keywords=("Miami",), notify=("mail",)),
                 WatchSettings("clubwc", keywords=("Club World Cup",))],
                lexicon=lex)  # type: ignore[arg-type]
    alerts = _say(t, lex, 1, "Club World Cup draw pits Messi's Inter Miami against Al Ahly", 0,
                  "planned")
    assert sorted(alerts) == [("clubwc", "new_event"), ("miami", "new_event")]
