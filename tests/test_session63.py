"""Session 63: leaders' trips told as they happen, and Theresa May, who is no month.

A toast raised at a banquet ("King toasts 'special relationship' at Windsor state banquet")
reports an occasion under way; "doit se rendre mercredi", a date or a concert added, an award "to
be presented in October" and a court appearance ahead ("to appear in court", "due in court") are
plans; "Der Besuch fällt weg" calls a visit off (they read nothing before: sets 237, 14, 160,
75). French "entame sa visite" and "sont arrivés" were tried and left: held-out sets 102, 172
and 113 fell below their floors. And "May" after a capitalised name ("Theresa May") is a
surname: read as the month, Theresa May's talks shared a month with every article dated "by May".
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from watcher.core.cues import Lexicon
from watcher.core.features import features
from watcher.core.params import Params
from watcher.models import Item

LEX = Lexicon.builtin()
P = Params()


@pytest.mark.parametrize(("title", "summary", "lang", "status"), [
    ("King toasts 'special relationship' at Windsor state banquet", "", "en", "held"),
    ("Queen hosts Trump at Buckingham Palace banquet",
     "Queen Elizabeth toasted the enduring alliance between Britain and the United States.",
     "en", "held"),
    ("Sommet à Amman : Joe Biden attendu avec Abdallah II",
     "Le président américain doit se rendre en Jordanie mercredi.", "fr", "planned"),
    ("Garth Brooks adds fifth Croke Park concert", "", "en", "planned"),
    ("Salman Rushdie to receive German Book Trade's Peace Prize",
     "The award, to be presented in Frankfurt in October, honours the author.", "en", "planned"),
    ("Bernie Ecclestone to appear in court on fraud charge", "", "en", "planned"),
    ("Trump due in court on Tuesday", "", "en", "planned"),
    ("USA streichen Grönland-Programm zusammen", "Der Besuch in Sisimiut fällt weg.", "de",
     "cancelled"),
    # "entame" alone begins no occasion (the trip phrases were left: held-out 102 and 172)
    ("Le Sénat entame un marathon budgétaire", "", "fr", None),
    ("Les cheminots entament ce soir une grève reconductible", "", "fr", None),
])
def test_trips_and_toasts(title: str, summary: str, lang: str, status: str | None) -> None:
    assert LEX.read(title, summary, lang).status == status


def _months(title: str) -> set[str]:
    item = Item("k", title, "", None, "s", datetime(2018, 3, 9, tzinfo=UTC), lang="en")
    return {f for f in features(item, P).weights if f.startswith("m:")}


@pytest.mark.parametrize(("title", "months"), [
    ("Trump to hold talks with Theresa May at Chequers", set()),
    ("Brian May plays the roof of Buckingham Palace again", set()),
    ("Trump will meet Kim Jong Un by May", {"m:5"}),
    ("Elections Postponed Until May", {"m:5"}),
    ("Local elections on 6 May", {"m:5"}),
    ("Early May bank holiday moved for VE Day", {"m:5"}),
])
def test_may_after_a_name_is_a_surname(title: str, months: set[str]) -> None:
    assert _months(title) == months
