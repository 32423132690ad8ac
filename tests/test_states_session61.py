"""Session 61: no new date at all, and a change said never to have been one.

"Cancelled Imola race will not be rescheduled this year", "Das Spiel wird nicht nachgeholt",
"Le GP ne sera pas reprogrammé": no new date is a call-off, not a plan kept (the negated
rescheduling read planned before). "Eine Absage war nie ein Thema", "A postponement was never an
option", "Un report n'a jamais été envisagé" deny the change they name.
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "summary", "lang", "status"), [
    ("Cancelled Imola race will not be rescheduled this year", "", "en", "cancelled"),
    ("Imola race won't be rescheduled", "", "en", "cancelled"),
    ("Das abgesagte Spiel gegen Köln wird nicht nachgeholt", "", "de", "cancelled"),
    ("Le GP d'Imola ne sera pas reprogrammé", "", "fr", "cancelled"),
    ("Le match reporté ne sera pas rattrapé cette saison", "", "fr", "cancelled"),
    # a new date given is still a postponement
    ("Match postponed, will be rescheduled", "", "en", "postponed"),
    ("Spiel abgesagt", "Die Partie wird nachgeholt.", "de", "postponed"),
    # a change said never to have been one
    ("Valencia-Marathon: Eine Absage war nie ein Thema", "", "de", "planned"),
    ("A postponement was never an option, organisers say", "", "en", "planned"),
    ("Tour de France : une annulation n'a jamais été envisagée", "", "fr", "planned"),
])
def test_reading(title: str, summary: str, lang: str, status: str | None) -> None:
    assert LEX.read(title, summary, lang).status == status
