"""A headline's label for a piece that reports no news of its own (a user's review, session 40):
"Factbox: Trump-Zelensky summit plans since January" read its timeline's "announced ... and
postponed" as the summit planned again, and renamed the event after itself."""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "summary", "lang"), [
    ("Factbox: Trump-Zelensky summit plans since January",
     "The Istanbul summit was announced on March 1 and postponed on March 5.", "en"),
    ("FACTBOX-Key facts on the Budapest summit, now cancelled", "", "en"),
    ("EXPLAINER - What the postponed vote means", "", "en"),
    ("Hintergrund: Der abgesagte Gipfel und seine Folgen", "Der Gipfel wurde abgesagt.", "de"),
    ("Décryptage : le sommet reporté à l'automne", "Le sommet a été reporté.", "fr"),
])
def test_a_labelled_background_piece_reads_no_status(title: str, summary: str,
                                                     lang: str) -> None:
    reading = LEX.read(title, summary, lang)
    assert reading.status is None
    assert reading.cues and all(c.blocked for c in reading.cues)


@pytest.mark.parametrize(("title", "lang", "status"), [
    ("Live 8 : Versailles accueillera le concert français", "fr", "planned"),
    ("Trump-Putin summit cancelled: White House", "en", "cancelled"),
    ("Timeline for Brexit vote postponed", "en", "postponed"),  # a word, not a label
])
def test_no_label_no_block(title: str, lang: str, status: str) -> None:
    assert LEX.read(title, "", lang).status == status
