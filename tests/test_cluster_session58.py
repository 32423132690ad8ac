"""Session 58: a watch of several subjects follows one event per subject.

A watch on concerts ("Rammstein", "Céline Dion") or on big sports events ("IPL", "Olympics")
saw every call-off of the 2020 season joined into one event: "Rammstein verlegen Stadiontour
auf 2021" continued Céline Dion's postponed tour, sharing only the season's words (tour,
coronavirus, postponed), and the user was never told of Rammstein's move. An article matched on
keywords none of the event's articles had, in a language the event was reported in, and
without the keyword words the event's articles had, is another subject's news
(``cluster.other_subject``). Keywords that name one subject twice ("Festival de Cannes",
"Palme d'or") or translate one another are left alone.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from watcher.core.cluster import DocFreq, other_subject, similarity
from watcher.core.events import EventState
from watcher.core.features import features, keyword_features
from watcher.core.joining import current_story
from watcher.core.params import Params
from watcher.core.tracker import Tracker
from watcher.core.types import StatusReading, WatchMatch
from watcher.models import Item
from watcher.settings import WatchSettings

P = Params()


def _item(i: int, title: str, summary: str, when: str, lang: str = "en",
          source: str = "reuters") -> Item:
    at = datetime.fromisoformat(when).replace(tzinfo=UTC)
    return Item(key=f"k{i}", title=title, summary=summary, link=f"https://x/{i}",
                source=source, published=at, lang=lang)


def _replay(keywords: tuple[str, ...], rows: list[tuple[str, str, str, str, str]]) -> list[str]:
    tracker = Tracker([WatchSettings("w", keywords=keywords)])
    out = []
    for i, (when, lang, source, title, summary) in enumerate(rows):
        item = _item(i, title, summary, when, lang, source)
        outcome = tracker.process(item, item.published)
        assert outcome.event_id is not None, title
        out.append(outcome.event_id)
    return out


CONCERTS = ("Rammstein", "Céline Dion", "Adele")


def test_another_subject_s_article_scores_lower_and_is_no_current_story() -> None:
    dion = [_item(0, "Céline Dion postpones European tour over coronavirus",
                  "The singer's Courage tour dates in Europe are moved to 2021.",
                  "2020-04-10T10:00"),
            _item(1, "Céline Dion pushes back Courage tour in Europe",
                  "The coronavirus pandemic forces the singer to move her European dates.",
                  "2020-04-10T14:00", source="guardian")]
    ev = _event(*dion)
    ev.watches = ["w"]
    subjects = keyword_features(CONCERTS, P)
    dfs = DocFreq()
    for it in dion:
        dfs.add(features(it, P).weights)
    reading = StatusReading("postponed")
    for title, other in (("Rammstein push stadium shows back a year", True),
                         ("Céline Dion moves her Paris shows to 2021", False)):
        item = _item(2, title, "Fans keep their tickets.", "2020-04-20T10:00", source="ap")
        f = features(item, P)
        name = "Rammstein" if other else "Céline Dion"
        discount = keyword_features([name], P)
        plain = similarity(ev, f, item, dfs, P, reading, discount, ["w"])
        scored = similarity(ev, f, item, dfs, P, reading, discount, ["w"], subjects=subjects)
        assert scored == pytest.approx(plain * (P.other_subject if other else 1.0))
        match = WatchMatch("w", keywords=(name,))
        story = current_story(item, f, reading, [match], {ev.id: ev}, {"w": [ev.id]}, P,
                              keywords=(discount, subjects))
        assert (story is None) is other


def test_one_subject_named_by_two_keywords_stays_one_event() -> None:
    ids = _replay(("Festival de Cannes", "Cannes Film Festival", "Palme d'or"), [
        ("2021-07-06T19:30", "en", "bbc", "Cannes Film Festival opens with Annette",
         "Leos Carax's musical opened the delayed festival on the Croisette."),
        ("2021-07-07T08:00", "en", "ap", "Cannes Film Festival back after a year's pause",
         "Stars returned to the red carpet on the Riviera."),
        ("2021-07-17T19:45", "en", "reuters", "Titane wins the Palme d'Or at Cannes",
         "Julia Ducournau becomes the second woman to win the top prize."),
    ])
    assert len(set(ids)) == 1


def _event(*items: Item) -> EventState:
    ev = EventState(id="e1", title=items[0].title, first_seen=items[0].published,
                    last_seen=items[-1].published, status="postponed")
    for it in items:
        for k in features(it, P).weights:
            ev.features[k] = ev.features.get(k, 0) + 1
        ev.langs = sorted({*ev.langs, it.lang or ""})
    return ev


def test_other_subject_asks_for_the_event_s_language() -> None:
    dion = _item(0, "Céline Dion postpones European tour", "", "2020-04-10T10:00")
    ev = _event(dion)
    subjects = keyword_features(CONCERTS, P)
    rammstein_en = _item(1, "Rammstein postpone stadium tour", "", "2020-05-14T10:00")
    rammstein_de = _item(2, "Rammstein verschieben Stadiontour", "", "2020-05-14T10:00", "de")
    dion_de = _item(3, "Céline Dion verschiebt Tournee", "", "2020-05-14T10:00", "de")
    for item, other in ((rammstein_en, True), (rammstein_de, False), (dion_de, False)):
        discount = keyword_features([k for k in CONCERTS if k.split()[0] in item.title], P)
        assert other_subject(ev, item, features(item, P), discount, subjects) is other
