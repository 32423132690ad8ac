"""Session 58: occasions moved more than once (labelled set 227), and a few readings.

A third postponement told in a summary ("Disney décale une troisième fois le film ..., qui
sortira le 9 juillet") under a headline whose own cue reads as a recap is a new postponement,
not the new date of the earlier one: the summary says so (``features.says_again``), as a
headline saying "again" did (``day_rules``). A postponement counted ("un troisième report")
postpones; a text voted down ("a repoussé par 344 voix contre 286 le texte") is none. A
participle right after a quoted title, with no comma between ("« Black Widow » repoussé à
juillet, et proposé sur Disney+"), is the title's predicate, not a clause set off
(``Token.after_quote``).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from watcher.core.cues import Lexicon
from watcher.core.tracker import Tracker
from watcher.models import Item
from watcher.settings import WatchSettings

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "summary", "lang", "status"), [
    ("Brexit : l'UE accepte un troisième report, jusqu'au 31 janvier", "", "fr", "postponed"),
    ("Brexit : l'accord de retrait rejeté une troisième fois",
     "Les députés britanniques ont repoussé vendredi par 344 voix contre 286 le texte négocié "
     "par Theresa May.", "fr", None),
    ("China readies Wentian lab for Tiangong station launch",
     "The module has been moved to the pad at Wenchang; lift-off is expected next weekend.",
     "en", "planned"),
    ("Nachtzug Wien–Paris fährt ab Dezember wieder", "", "de", "planned"),
    ("Saudi-Arabien erlaubt Umra ab 4. Oktober wieder", "", "de", "planned"),
    ("Nice-OM sera rejoué à huis clos, Nice sanctionné d'un point", "", "fr", "planned"),
    ("La Fondation Louis Vuitton de Frank Gehry inaugurée", "", "fr", "held"),
    ("La Philharmonie de Paris inaugurée ce soir, sans Jean Nouvel", "", "fr", "planned"),
    # a quoted title's predicate is the headline's news, not a participle set off by commas
    ("« Black Widow » repoussé à juillet, et proposé en même temps sur Disney+", "", "fr",
     "postponed"),
    ("Le film « Dune », reporté à 2021, sortira en octobre", "", "fr", "planned"),
])
def test_readings(title: str, summary: str, lang: str, status: str | None) -> None:
    assert LEX.read(title, summary, lang).status == status


ROWS = [
    ("2020-03-18T00:30", "en", "hollywoodreporter", "Disney pulls 'Black Widow' from May release",
     "Marvel's Scarlett Johansson film has been removed from the calendar along with Mulan as "
     "cinemas shut over the coronavirus. No new date was given."),
    ("2020-09-24T06:00", "de", "kino-zeit",
     "\"Black Widow\" erneut verschoben: Marvel-Film kommt erst 2021",
     "Disney verschiebt den Solofilm mit Scarlett Johansson von November auf den 7. Mai 2021."),
    ("2021-03-24T07:00", "fr", "20minutes",
     "« Black Widow » repoussé à juillet, et proposé en même temps sur Disney+",
     "Disney décale une troisième fois le film avec Scarlett Johansson, qui sortira le 9 "
     "juillet aux États-Unis, en salles et en option payante sur sa plateforme."),
]


def test_a_summary_s_third_postponement_is_no_new_date() -> None:
    tracker = Tracker([WatchSettings("films", keywords=("Black Widow",))])
    outcomes = []
    for i, (when, lang, source, title, summary) in enumerate(ROWS):
        at = datetime.fromisoformat(when).replace(tzinfo=UTC)
        item = Item(key=f"k{i}", title=title, summary=summary, link=f"https://x/{i}",
                    source=source, published=at, lang=lang)
        outcomes.append(tracker.process(item, at))
    assert len({o.event_id for o in outcomes}) == 1
    last = outcomes[-1]
    assert last.reading.status == "postponed"
    assert last.transition is None  # still postponed: no "planned" alert for the new date
