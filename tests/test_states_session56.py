"""Session 56: an occasion back again whose headline names no event.

"Gamescom is back in Cologne this week" names no event noun, and an event-bound cue ("is
back") needs one: a person or a band is back too. When the summary's first sentence names
an event ("Europe's biggest games fair returns"), the headline's name is that event's
(``comebacks``, ``cue_field.read_field``'s ``opening``). Other event-bound cues ("annonce sa
démission") still need their own event noun: a summary that names Congress does not make
a retirement an event."""

from __future__ import annotations

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


def test_a_fair_back_again_reads_from_its_summary_naming_the_fair() -> None:
    reading = LEX.read("Gamescom is back in Cologne this week, minus Sony and Nintendo",
                       "Europe's biggest games fair returns to physical halls for the first "
                       "time since 2019, though several major publishers stay away.", "en")
    assert reading.status == "planned"


def test_a_tournament_back_again_in_german() -> None:
    reading = LEX.read("Die Spengler Cup ist zurück",
                       "Nach zwei Absagen in Folge füllt sich das Davoser Eisstadion wieder "
                       "zum Turnier zwischen den Jahren.", "de")
    assert reading.status == "held"


def test_a_person_back_again_is_no_event_without_one_named_first() -> None:
    reading = LEX.read("Zidane is back in Madrid",
                       "The former coach was seen at the club's training ground. Fans hope "
                       "he will attend Sunday's match.", "en")
    assert reading.status is None


def test_an_announcement_needs_its_own_event_noun() -> None:
    reading = LEX.read("Nancy Pelosi annonce qu'elle ne se représentera pas",
                       "À 85 ans, l'ancienne présidente de la Chambre mettra fin à près de "
                       "quarante ans de carrière au Congrès.", "fr")
    assert reading.status is None
