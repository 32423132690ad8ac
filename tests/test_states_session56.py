"""Session 56: an occasion back again, shut, or reopened.

"Gamescom is back in Cologne this week" names no event noun, and an event-bound cue ("is
back") needs one: a person or a band is back too. When the summary's first sentence names
an event that comes back itself ("Europe's biggest games fair returns"), the headline's name
is that event's (``comebacks``, ``comeback_words``, ``cue_field.read_field``'s ``opening``).
Other event-bound cues ("annonce sa démission") still need their own event noun. A market shut
on a day ("fermé ce mercredi", "bleibt geschlossen") is called off, unless the closure is for
an occasion or a strike (``closures``, ``cue_rules.closed_for_occasion``); a reopening
announced is a return. The counterexamples are a code review's (/work/exp56/cr/review.md)."""

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


def test_a_market_shut_on_a_day_is_called_off() -> None:
    assert LEX.read("Attentat de Strasbourg : le marché de Noël fermé ce mercredi", "",
                    "fr").status == "cancelled"
    assert LEX.read("Nach Schüssen in Straßburg: Weihnachtsmarkt bleibt geschlossen", "",
                    "de").status == "cancelled"


def test_a_closure_for_an_occasion_or_by_a_strike_is_no_call_off() -> None:
    assert LEX.read("Le périphérique fermé ce dimanche pour le marathon de Paris", "",
                    "fr").status != "cancelled"
    assert LEX.read("Grève des médecins : de nombreux cabinets fermés ce jeudi", "",
                    "fr").status != "cancelled"
    assert LEX.read("Streik an Schulen abgesagt", "", "de").status == "cancelled"


def test_a_rest_day_or_a_closing_hour_is_no_call_off() -> None:
    assert LEX.read("Le musée restera fermé mardi", "", "fr").status != "cancelled"
    assert LEX.read("Le musée ferme ce soir à 18h", "", "fr").status != "cancelled"
    assert LEX.read("Das Museum bleibt am Montag geschlossen", "", "de").status != "cancelled"


def test_a_reopening_announced_after_a_closure_is_a_return() -> None:
    planned = LEX.read("Le tireur abattu, le marché de Noël rouvrira vendredi", "", "fr")
    assert planned.status == "planned" and planned.returning
    dated = LEX.read("Markt an der Gedächtniskirche öffnet am Donnerstag wieder", "", "de")
    assert dated.status == "planned" and dated.returning


def test_a_fair_open_again_after_years_is_no_announcement() -> None:
    reading = LEX.read("InnoTrans öffnet nach vier Jahren wieder die Tore", "", "de")
    assert not (reading.status == "planned" and reading.returning)


def test_a_market_shut_then_reopened_is_one_event_told_each_step() -> None:
    """A Christmas market shut after a shooting, then reopened: the closure calls it off, the
    reopening announced is its return, in the same event (a cancelled event took no plan
    before: "rouvrira" was a plan like any other), and the reopening told is held."""
    from datetime import UTC, datetime

    from watcher.core.tracker import Tracker
    from watcher.models import Item
    from watcher.settings import WatchSettings

    t = Tracker([WatchSettings("markets", keywords=("marché de Noël", "Christmas market",
                                                    "Weihnachtsmarkt"))])
    stream = [
        ("3", "Nach Schüssen in Straßburg: Weihnachtsmarkt bleibt geschlossen", "de", "dpa",
         (12, 12, 5), "Die Polizei sucht den Täter, der drei Menschen tötete."),
        ("4", "Le tireur abattu, le marché de Noël de Strasbourg rouvrira vendredi", "fr",
         "franceinfo", (12, 13, 21), "La préfecture a annoncé la réouverture du marché."),
        ("5", "Straßburger Weihnachtsmarkt hat wieder geöffnet", "de", "zdf",
         (12, 14, 13), "Die Händler empfingen am Freitag wieder Besucher."),
    ]
    told = []
    for key, title, lang, source, (m, d, h), summary in stream:
        at = datetime(2018, m, d, h, tzinfo=UTC)
        out = t.process(Item(key, title, summary, None, source, at, lang=lang), at)
        told += [(a.kind, a.event.status) for a in out.alerts]
    assert len({e.id for e in t.events()}) == 1
    assert told == [("new_event", "cancelled"), ("status_change", "planned"),
                    ("status_change", "held")]



def test_a_guest_who_leaves_early_was_there() -> None:
    assert LEX.read("Biden leaves G7 summit early", "", "en").status == "held"
    assert LEX.read("Macron quitte le sommet plus tôt que prévu", "", "fr").status == "held"


def test_someone_else_back_is_no_event_back() -> None:
    reading = LEX.read("Messi is back", "The forward trained with the squad ahead of "
                       "Sunday's final.", "en")
    assert reading.status is None
