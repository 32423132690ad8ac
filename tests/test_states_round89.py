"""Round 89: a day ahead does not make a plan of an occasion an article tells as begun.

A held reading that names a day still ahead previews the occasion (``day_rules.by_the_days``,
rule 3: "Formel 1 startet auf dem Strip" over "Das Rennen am Samstag"). When the headline
reports it happening and the summary tells it in the past ("hat begonnen", "a ouvert",
"lifted off"), the occasion has begun: the day ahead dates a later step, and the reading stays
held (``day_rules.told_held``, ``past_day.held_told_past``)."""

from __future__ import annotations

from datetime import UTC, datetime

from watcher.core.day_rules import by_the_days
from watcher.core.events import EventState
from watcher.core.features import features
from watcher.core.params import Params
from watcher.core.types import Cue, StatusReading
from watcher.models import Item

P = Params()
MONDAY = datetime(2006, 2, 6, 10, tzinfo=UTC)


def _cue(status: str, text: str, field: str, phrase: str) -> Cue:
    start = text.index(phrase)
    return Cue(status, phrase, field, start, start + len(phrase))  # type: ignore[arg-type]


def _read(title: str, summary: str, lang: str, held: list[tuple[str, str]]) -> StatusReading:
    item = Item(key="k", title=title, summary=summary, link=None, source="dpa",
                published=MONDAY, lang=lang)
    cues = tuple(_cue("held", title if fld == "title" else summary, fld, phrase)
                 for fld, phrase in held)
    ev = EventState(id="e", title=title, first_seen=MONDAY, last_seen=MONDAY)
    reading, _ = by_the_days(ev, item, features(item, P), StatusReading("held", 1.0, cues), P,
                             new=True)
    return reading


def test_a_session_begun_stays_held_past_a_later_vote() -> None:
    r = _read("IAEO-Gouverneursrat berät in Wien über Iran",
              "Die Sondersitzung hat begonnen. Eine Abstimmung wird frühestens am Freitag "
              "erwartet.", "de", [("title", "berät"), ("summary", "hat begonnen")])
    assert r.status == "held"


def test_a_listing_opened_stays_held_past_another_markets_day() -> None:
    r = _read("Stellantis fait ses premiers pas en Bourse à Milan et Paris",
              "Le titre du nouveau groupe a ouvert en hausse, avant New York mardi.", "fr",
              [("title", "premiers pas en Bourse"), ("summary", "a ouvert")])
    assert r.status == "held"


def test_a_report_in_the_present_with_a_day_ahead_is_still_a_preview() -> None:
    r = _read("Formel 1 startet auf dem Strip", "Das Rennen startet am Samstag.", "de",
              [("title", "startet"), ("summary", "startet am Samstag")])
    assert r.status == "planned"


def test_a_past_held_cue_in_a_summary_alone_leaves_the_preview() -> None:
    # "a signé un contrat": a summary's past says nothing of the occasion the headline plans
    r = _read("Le rallye partira de Djeddah", "ASO a signé un contrat, départ le vendredi.",
              "fr", [("summary", "a signé")])
    assert r.status == "planned"


def test_a_headline_in_the_future_tells_nothing_begun() -> None:
    r = _read("Le GP aura bien lieu", "Le circuit a reçu le feu vert, course jeudi.", "fr",
              [("title", "aura bien lieu"), ("summary", "a reçu")])
    assert r.status == "planned"
