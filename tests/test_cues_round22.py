"""Round 22: a sentencing weeks after a verdict of guilt is an occasion of its own.

Common-law courts find guilt, then sentence weeks later on a day they announce ("to be sentenced
on Friday"); the labelled sets keep the sentencing apart from the trial (chauvin_sent, mx_sent,
sbf_sent, msent, combssent in events-12/14/24): it is announced, postponed and held like any other
occasion. Where the verdict names the sentence (French courts, most others), the trial's news
has it and the sentence stays with the trial.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from watcher.core.events import EventState
from watcher.core.features import court_marks
from watcher.core.tracker import Tracker
from watcher.models import Item
from watcher.settings import WatchSettings

DAY0 = datetime(2021, 4, 20, 21, tzinfo=UTC)


def _tracker() -> Tracker:
    return Tracker([WatchSettings("chauvin", keywords=("Chauvin",))])


def _feed(t: Tracker, n: int, title: str, days: float, source: str, lang: str = "en",
          summary: str = "") -> str:
    when = DAY0 + timedelta(days=days)
    it = Item(key=f"s{n}", title=title, summary=summary, link=f"https://x/s{n}", source=source,
              published=when, lang=lang)
    out = t.process(it, when)
    assert out.event_id is not None
    return out.event_id


def _trial(t: Tracker) -> str:
    ev = _feed(t, 1, "Derek Chauvin trial opens in Minneapolis with jury statements", -21, "a")
    assert _feed(t, 2, "Chauvin found guilty on all counts in George Floyd's murder", 0, "b",
                 summary="Sentencing is expected in eight weeks; he faces decades in prison.") == ev
    assert _feed(t, 3, "Derek Chauvin reconnu coupable du meurtre de George Floyd", 0.1, "c",
                 "fr") == ev
    return ev


def test_a_sentencing_after_a_verdict_of_guilt_is_its_own_event() -> None:
    t = _tracker()
    trial = _trial(t)
    sent = _feed(t, 4, "Derek Chauvin erfährt am Freitag sein Strafmaß", 64, "d", "de")
    assert sent != trial
    assert _feed(t, 5, "Derek Chauvin sentenced to 22 and a half years for George Floyd's murder",
                 66, "e") == sent
    held = t.event(sent)
    assert held is not None and held.status == "held"


def test_a_sentence_named_with_the_verdict_stays_with_the_trial() -> None:
    t = _tracker()
    trial = _trial(t)
    # the same hearing's later reports give the sentence: the verdict's day and the next
    assert _feed(t, 4, "Derek Chauvin condamné à vingt-deux ans de prison", 0.5, "d",
                 "fr") == trial


def test_a_sentence_without_an_earlier_verdict_of_guilt_is_the_verdict() -> None:
    t = Tracker([WatchSettings("grasser", keywords=("Grasser",))])
    when = datetime(2017, 12, 12, 9, tzinfo=UTC)
    first = Item(key="g1", title="Buwog-Prozess gegen Grasser beginnt am Dienstag", summary="",
                 link="https://x/g1", source="a", published=when, lang="de")
    ev = t.process(first, when).event_id
    later = when + timedelta(days=30)
    verdict = Item(key="g2", title="Buwog-Urteil: Acht Jahre Haft für Grasser", summary="",
                   link="https://x/g2", source="b", published=later, lang="de")
    assert t.process(verdict, later).event_id == ev


def test_an_event_keeps_what_its_titles_said_a_court_did_across_a_restart() -> None:
    t = _tracker()
    trial = _trial(t)
    ev = t.event(trial)
    assert ev is not None
    assert ev.court == ["guilty"]
    assert EventState.from_dict(ev.to_dict()).court == ["guilty"]


def test_a_plea_is_no_verdict_and_a_sentence_may_be_spelled_out() -> None:
    assert court_marks("Brittney Griner plaide coupable mais nie toute intention") == frozenset()
    assert court_marks("Jury convicts Bankman-Fried on all seven counts") == {"guilty"}
    assert court_marks("Sam Bankman-Fried connaîtra sa peine jeudi") == {"sentence"}
    assert court_marks("Zweieinhalb Jahre Haft für Boris Becker") == {"sentence"}
    # "condamné" says either: neither mark; "ans de prison" is the sentence
    assert court_marks("Harvey Weinstein condamné") == frozenset()
    assert court_marks("Harvey Weinstein condamné à 23 ans de prison") == {"sentence"}
