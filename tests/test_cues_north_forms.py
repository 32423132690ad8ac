"""Swedish, Danish, Norwegian and Polish forms the session-36 lexicons missed (session 38).

Each comes from a missed run of the tuning sets 129 and 133 (or is the same word's other form):

- a new date is a return, as English "new date(s)", German "neuer Termin" and French "nouvelle
  date" always were: "Nu er de nye datoer for dronningens jubilæum på plads" told a plan, not a
  postponement (Danish, Norwegian and Swedish listed the phrase under postponed);
- "eventuell" and its plural, the adjective beside the listed modal adverb "eventuelt": "en
  eventuell avlysning" is a cancellation that may come, not one;
- the Swedish perfect "har öppnat" beside the listed past "öppnade", and "avklarad" (done), both
  bound to an event noun as "öppnade" is;
- Polish protesters joining a protest ("Rolnicy dołączają do protestu", "Pielęgniarki dołączyły
  do protestu") report the protest under way.
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEXICON = Lexicon.builtin()


@pytest.mark.parametrize(("lang", "title", "summary", "status", "returning"), [
    ("da", "Nu er de nye datoer for dronningens jubilæum på plads",
     "Gallaforestilling og gallataffel i anledning af dronningens 50 år på tronen rykkes til "
     "10. og 11. september.", "planned", True),
    ("nb", "Konserten i Oslo Spektrum har fått nye datoer",
     "Arrangøren melder at konsertene spilles i mai.", "planned", True),
    ("sv", "Nya datum för Håkans konserter på Ullevi", "Konserterna hålls i augusti.",
     "planned", True),
    ("sv", "Festivalen har öppnat portarna",
     "Under fyra dagar spelar bland andra Linkin Park på det gamla flygfältet.", "held", False),
    ("sv", "Swiftfeber i Solna – första konserten avklarad",
     "Omkring 60 000 fans såg Taylor Swift på Friends Arena på fredagskvällen.", "held", False),
    ("pl", "Rolnicy dołączają do protestu. Blokada w Medyce",
     "Rolnicy z Podkarpacia zablokowali przejście w Medyce.", "held", False),
    ("pl", "Pielęgniarki dołączyły do protestu", "", "held", False),
    ("da", "Ny dato for Metallica-koncerten i Parken", "", "planned", True),
])
def test_reads(lang: str, title: str, summary: str, status: str, returning: bool) -> None:
    reading = LEXICON.read(title, summary, lang)
    assert reading.status == status, reading.cues
    assert reading.returning is returning


@pytest.mark.parametrize(("lang", "summary"), [
    ("nb", "Ledelsen sier en eventuell avlysning først vil bli besluttet i juni."),
    ("nb", "Ledelsen sier at eventuelle avlysninger først blir besluttet i juni."),
    ("sv", "Arrangören säger att eventuella inställda konserter avgörs i juni."),
    ("da", "Ledelsen siger, at eventuelle aflysninger først besluttes i juni."),
    ("da", "Ledelsen siger, at en eventuel aflysning først besluttes i juni."),
])
def test_a_possible_cancellation_is_none(lang: str, summary: str) -> None:
    reading = LEXICON.read("Turneringen i sommer", summary, lang)
    assert reading.status != "cancelled", reading.cues
    assert any(c.status == "cancelled" and c.blocked == "modality" for c in reading.cues)


@pytest.mark.parametrize("title", [
    "Butiken har öppnat igen efter branden",  # a shop, no occasion
    "Polisen har öppnat en utredning om mordet",  # an inquiry opened
])
def test_the_swedish_perfect_needs_an_occasion(title: str) -> None:
    """"har öppnat" is bound to an event noun, as the past "öppnade" is."""
    reading = LEXICON.read(title, "", "sv")
    assert reading.status is None, reading.cues
    assert [c.blocked for c in reading.cues] == ["no-event"]
