"""Round 25 (events-43 and events-44 tuned on too; events-45 and -46 held out): a capitalised
word that a modal's stem only begins is a name ("Warner Bros moves ..."); release dates given,
brought forward or pushed by "un mois de report"; a later start ("startet später"); a film that
has arrived in cinemas; a court's order of a prison term, a ruling that overturns an acquittal and
an assembly in session; polls called off; an election or a ruling still to come."""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "summary", "lang", "status"), [
    ("Warner Bros moves Mickey 17 to 2025", "", "en", "postponed"),
    ("Dying Light 2 finally has a date: Dec. 7", "", "en", "planned"),
    ("Borderlands 4 moves up to September 12", "", "en", "planned"),
    ("Battlefield 2042 : un mois de report", "", "fr", "postponed"),
    ("LIGO startet später in die nächste Messrunde", "", "de", "postponed"),
    ("« OSS 117 » débarque enfin en salles", "", "fr", "held"),
    ("„OSS 117“ mit starkem Frankreich-Start",
     "Die Agentenparodie ist in Frankreich am Mittwoch angelaufen.", "de", "held"),
    ("Supreme Court orders Thaksin to serve one year in prison", "", "en", "held"),
    ("Thaksin muss für ein Jahr ins Gefängnis", "", "de", "held"),
    ("Südkoreas Oberstes Gericht kippt Freispruch für Lee Jae-myung", "", "de", "held"),
    ("Nordischer Rat tagt in Kopenhagen", "", "de", "held"),
    ("Der Nordische Rat tagt am Montag in Kopenhagen", "", "de", "planned"),
    ("Nepal's Supreme Court restores House, November polls off", "", "en", "cancelled"),
    ("Odinga and Youssouf vie for African Union top job",
     "Heads of state will elect the new chairperson at the summit this weekend.", "en",
     "planned"),
])
def test_round_25_readings(title: str, summary: str, lang: str, status: str) -> None:
    assert LEX.read(title, summary, lang).status == status


@pytest.mark.parametrize("title", [
    "Fears grow festival could be cancelled",
    "Police warn the march may be called off",
    "Organisers Warn Festival May Be Cancelled",
])
def test_a_modal_verb_is_still_one(title: str) -> None:
    """Only a capitalised word its stem merely begins ("Warner") is taken for a name."""
    reading = LEX.read(title, "", "en")
    assert reading.status == "planned" and reading.tentative
