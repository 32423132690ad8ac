"""Session 60: a few readings, an amount's "up to", a span's "in two years", and a German
participle that ends its part of a clause before "und".

A concert or a comeback given ("a donné samedi le dernier concert", "gab die Sängerin ein
emotionales Comeback") reports the show. German puts the participle of the perfect last in its
clause; a second verb joined by "und" ("hat sich ... durchgesetzt und zieht am Mittwoch in die
Downing Street ein") ends that part of the clause as well, and the day ahead belongs to the
second verb (``cue_future.verb_final_perfect``). "The first Counter-Strike Major in two years
will take place" names the span the occasion ends, no time since another occasion
(``cue_blocking.other_event``). "Supports up to 128 players" is an amount, not the end of
something under way that would keep "launches October 22" from previewing the launch
(``confirm._ends_at``). A new date said not to be feasible ("Rescheduling the show was not
feasible") is denied: the call-off in the headline stays one, no postponement.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from watcher.core.confirm import dated_ahead
from watcher.core.cues import Lexicon
from watcher.core.features import features
from watcher.core.params import Params
from watcher.models import Item

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "summary", "lang", "status"), [
    ("Elton John tire sa révérence à Stockholm", "Le chanteur a donné samedi le dernier "
     "concert de sa tournée d'adieu.", "fr", "held"),
    ("Adele im Hyde Park", "Vor 65.000 Fans gab die Sängerin ein emotionales Comeback.", "de",
     "held"),
    # the German perfect before "und": the day ahead is the second verb's
    ("Boris Johnson gewinnt Abstimmung der Tories", "Der frühere Außenminister hat sich mit "
     "rund zwei Dritteln der Mitgliederstimmen gegen Jeremy Hunt durchgesetzt und zieht am "
     "Mittwoch in die Downing Street ein.", "de", "held"),
    # a future before the participle stays a plan
    ("Parteitag in Essen", "Der Vorstand wird am Mittwoch gewählt und tritt danach "
     "zusammen.", "de", "planned"),
    # "in two years" after "the first": a span, the plan counts
    ("PGL Major Stockholm confirmed with fans", "The first Counter-Strike Major in two years "
     "will take place in October-November.", "en", "planned"),
    # a new date said not to be feasible leaves the call-off a call-off; one given moves it
    ("Concert in Vienna cancelled", "Rescheduling the show was not feasible, the promoter "
     "said.", "en", "cancelled"),
    ("Concert in Vienna cancelled", "The show will be rescheduled.", "en", "postponed"),
    ("Konzert in Wien abgesagt", "Eine Verlegung war nicht machbar.", "de", "cancelled"),
    ("Concert à Vienne annulé", "Un report n'était pas faisable.", "fr", "cancelled"),
])
def test_reading(title: str, summary: str, lang: str, status: str | None) -> None:
    assert LEX.read(title, summary, lang).status == status


def test_years_before_a_change_still_recall_another_occasion() -> None:
    """"Two years after the festival was cancelled" is history, as before."""
    reading = LEX.read("Festival returns", "Two years cancelled, the festival is back.", "en")
    assert any(c.status == "cancelled" and c.blocked == "other-event" for c in reading.cues)


def _item(title: str, summary: str) -> Item:
    return Item(key="k1", title=title, summary=summary, link="https://x/1", source="ea",
                published=datetime(2021, 6, 9, 16, tzinfo=UTC), lang="en")


def test_an_amounts_up_to_does_not_end_what_is_dated_ahead() -> None:
    """A launch dated months ahead previews it, whatever amount its summary gives; a span
    that runs "until" a day is still under way."""
    launch = _item("Battlefield 2042 launches October 22",
                   "The shooter supports up to 128 players.")
    assert dated_ahead(launch, features(launch, Params()))
    running = _item("Exhibition opens in Paris", "The show runs until October 22.")
    assert not dated_ahead(running, features(running, Params()))
