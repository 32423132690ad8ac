"""Headline labels for background pieces, and negation after a German verb (session 40).

A user's review: "Factbox: Trump-Zelensky summit plans since January" read its timeline's
"announced ... and postponed" as the summit planned again, and renamed the event after itself."""

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


@pytest.mark.parametrize("title", [
    "Magdeburger Weihnachtsmarkt öffnet in diesem Jahr nicht mehr",
    "Neues Kinderkrankenhaus öffnet vorerst nicht",
    "Der Rosenmontagszug startet am Montag nicht",
])
def test_german_negation_after_the_finite_verb(title: str) -> None:
    """German puts "nicht" after a finite verb ("öffnet ... nicht"): read held, it announced a
    Christmas market that had closed for the year (set 142, session 40)."""
    reading = LEX.read(title, "", "de")
    assert reading.status != "held" and any(c.blocked == "negation" for c in reading.cues)


def test_not_only_is_no_negation() -> None:
    assert LEX.read("Weihnachtsmarkt öffnet nicht nur am Wochenende", "", "de").status \
        in ("held", "planned")


@pytest.mark.parametrize(("title", "lang"), [
    ("Despite calls to cancel, Coldplay performs in Kuala Lumpur", "en"),
    ("Academy dismisses tabloid claim that the Oscars are on verge of cancellation", "en"),
    ("Malgré les appels à l'annulation, Coldplay se produit à Kuala Lumpur", "fr"),
])
def test_calls_to_cancel_and_the_verge_of_it_are_no_cancellation(title: str, lang: str) -> None:
    """Set 143 (session 40): each was read as the occasion called off."""
    assert LEX.read(title, "", lang).status != "cancelled"


@pytest.mark.parametrize(("title", "lang"), [
    ("Un an après, le sommet d'Alaska annulé hante encore Zelensky", "fr"),
    ("A year on, the Alaska summit that was called off still haunts Zelensky", "en"),
    ("Ein Jahr danach: Der abgesagte Gipfel und seine Folgen", "de"),
])
def test_a_headline_looking_back_reports_no_change(title: str, lang: str) -> None:
    """DESIGN's own example (nothing about the Alaska summit being "cancelled") still alerted
    in French (a user's review, session 40)."""
    reading = LEX.read(title, "", lang)
    assert reading.status is None and any(c.blocked == "recap" for c in reading.cues)


def test_a_look_back_keeps_its_present() -> None:
    assert LEX.read("Ein Jahr später: «Rigoletto» feiert Premiere auf der Bregenzer Seebühne",
                    "", "de").status == "held"


def test_holding_off_on_is_a_postponement() -> None:
    """Set 140 (session 40): "US holds off on tariff hike" read nothing."""
    assert LEX.read("Trump, Xi agree trade truce; US holds off on tariff hike", "",
                    "en").status == "postponed"
    assert LEX.read("Verstappen holds off Hamilton to win in Abu Dhabi", "",
                    "en").status == "held"


@pytest.mark.parametrize(("title", "lang", "status"), [
    ("A week later, organisers call off the Budapest summit", "en", "cancelled"),
    ("Zwei Tage später: Konzert in Wien abgesagt", "de", "cancelled"),
])
def test_days_or_weeks_on_is_news_not_a_look_back(title: str, lang: str, status: str) -> None:
    """Only months and years look back (a code review, session 40)."""
    assert LEX.read(title, "", lang).status == status
