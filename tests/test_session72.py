"""Session 72: openings put off, "to" as a preposition, dates a headline sets, "erst Ende
Oktober", strikes suspended, calls to move an occasion.

Decided on the tuning sets (124 with set 255, first code 1,076 wrong alerts / 1,460 missed
runs); every per-set floor held.

- The opening of a building, a line or an airport called off is a delay: the place opens later
  ("BER-Eröffnung am 3. Juni geplatzt", "Cologne opera reopening called off at short notice",
  "La Bourse de Commerce renonce à ouvrir en janvier"). A reopening always, an opening when the
  headline dates it; an opening ceremony, gala or first night stays called off.
- A summary's "to" before a name, an article or another function word is a preposition ("at the
  start of a three-week visit to New Zealand"), no future that keeps a headline's present a
  plan: "Prince George lands in Wellington for first royal tour" over "arrived in the rain"
  reports the tour begun.
- English "for Oct. 24": a day a headline sets is a date ahead ("Horgan calls snap B.C. election
  for Oct. 24" over "sent voters to the polls" stays a plan); not "for March" or "for May" ("for
  peace march", "for Theresa May").
- German "erst Ende/Anfang/Mitte <Monat>" ("Die Partie wird erst Ende Oktober ausgetragen") as
  "erst im <Monat>" was.
- English strikes suspended in the plural ("Tube strikes this week suspended after new offer")
  are called off, as "strike suspended" was.
- Calls and pressure to move an occasion put it in doubt ("Calls grow to shift Delhi T20 as smog
  blankets capital"): no plan of its own.
- A summary saying the occasion goes on all the same sets a part's call-off against it ("RSA-
  Konferenz: Auch AT&T und Verizon sagen ab" over "Die Veranstalter halten ... am Termin fest",
  "Music Man cancels performances" over "the February opening is unchanged", "le « grand débat »
  n'aura pas lieu" over "Le salon ouvrira bien ses portes comme prévu").
Together: 1,076 / 1,460 -> 1,064 / 1,455 on tuning.

Tried and dropped: German bans of plural gatherings ("Berlin verbietet Querdenken-Demonstrationen
am Wochenende"): one wrong alert fewer on tuning, but a plural ban is as often a rule for a time
or a place ("Berlin verbietet alle Demos rund um den Nato-Gipfel", session 43's code review). A
ban's gathering word first in a hyphenated compound whose next part names a gathering too
("Serbien verbietet Europride-Umzug") as a ban of that gathering: read right, one wrong alert
fewer on tuning, but a held-out set fell below its precision floor ("Ungarns Parlament verbietet
Pride-Veranstaltungen", read right, then a Hungarian report split the story). "pauses" a strike
("RCN pauses March strike") as its call-off: one wrong alert fewer on tuning, but two held-out
sets fell below their precision floors with no error more: a postponement and then a call-off,
both labelled right, became one call-off, an alert fewer for the same errors. "est maintenue",
"wie geplant stattfinden", "will go ahead as planned", "remains on schedule" as the occasion
going on: five wrong alerts fewer on tuning where the phrases above make seven, as often another
date of a tour or another part ("le concert de Stromae à Kinshasa annulé" over "Sa date de
Kigali ... est maintenue"). The singular "hält ... am Termin fest" too ("Merkel sagt Reise nach
Krakau ab" over "Polen hält am Termin fest"): read right, but the funeral's story, merged with
two others of the ash cloud's watch, then lost its held run and set 233 fell below its recall
floor.

Looked at and left: "nachgeholt" after a call-off (the sets label it planned as often as
postponed), a host that loses an occasion ("Durban stripped of 2022 Commonwealth Games";
labelled cancelled where the key is the host's edition, but the occasion goes on elsewhere).
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("lang", "title"), [
    ("de", "Stuttgart 21: Eröffnung im Dezember 2026 abgesagt"),
    ("de", "BER-Eröffnung 2017 offiziell abgesagt"),
    ("de", "BER-Eröffnung am 3. Juni geplatzt"),
    ("de", "Beethovenhalle: Wiedereröffnung im Jubiläumsjahr geplatzt"),
    ("en", "Cologne opera reopening called off at short notice"),
    ("fr", "La Bourse de Commerce renonce à ouvrir en janvier"),
])
def test_an_opening_called_off_is_put_off(lang: str, title: str) -> None:
    assert LEX.read(title, "", lang).status == "postponed"


@pytest.mark.parametrize(("lang", "title"), [
    ("de", "Sturm: Eröffnung in Galway abgesagt"),
    ("de", "Streik beim Philadelphia Orchestra: Eröffnungsgala abgesagt"),
    ("en", "Galway 2020 opening ceremony cancelled due to Storm Ciara"),
    ("en", "La Scala cancels its Dec. 7 opening after COVID cases"),
])
def test_an_opening_ceremony_or_night_stays_called_off(lang: str, title: str) -> None:
    assert LEX.read(title, "", lang).status == "cancelled"


def test_to_before_a_name_is_no_future() -> None:
    reading = LEX.read(
        "Prince George lands in Wellington for first royal tour",
        "The Duke and Duchess of Cambridge arrived in the rain with their eight-month-old son at"
        " the start of a three-week visit to New Zealand and Australia.", "en")
    assert reading.status == "held"


def test_to_before_a_verb_is_still_ahead() -> None:
    reading = LEX.read("Carnival parade goes ahead despite storm warnings",
                       "Hundreds of thousands lined the streets, and more floats are to follow.",
                       "en")
    assert reading.status == "planned"


def test_a_day_the_headline_sets_keeps_the_plan() -> None:
    reading = LEX.read("Horgan calls snap B.C. election for Oct. 24",
                       "The NDP premier ended his pact with the Greens and sent voters to the"
                       " polls in the middle of the pandemic.", "en")
    assert reading.status == "planned"


def test_only_at_the_end_of_a_later_month_is_a_delay() -> None:
    reading = LEX.read("NFL verlegt Titans gegen Steelers wegen Corona-Ausbruch",
                       "Die Partie wird erst Ende Oktober ausgetragen.", "de")
    assert reading.status == "postponed"


def test_calls_to_move_an_occasion_put_it_in_doubt() -> None:
    reading = LEX.read("Calls grow to shift Delhi T20 as smog blankets capital",
                       "Doctors urge the BCCI to move Sunday's India-Bangladesh game out of the"
                       " city.", "en")
    assert reading.doubted and reading.status is None


@pytest.mark.parametrize("title", [
    "Tube strikes this week suspended after new offer",
    "Rail union suspends strikes after new pay offer",
])
def test_strikes_suspended_are_called_off(title: str) -> None:
    assert LEX.read(title, "", "en").status == "cancelled"


def test_a_member_suspended_over_a_strike_is_no_strike_called_off() -> None:
    assert LEX.read("Union suspends member over strike comments", "", "en").status is None


@pytest.mark.parametrize(("lang", "title", "summary"), [
    ("de", "RSA-Konferenz: Auch AT&T und Verizon sagen ab",
     "Die Veranstalter der Sicherheitskonferenz in San Francisco halten trotz des Coronavirus am"
     " Termin fest."),
    ("en", "Hugh Jackman tests positive, Music Man cancels performances",
     "The show expects Jackman back in early January; the February opening is unchanged."),
    ("fr", "Salon de l'agriculture: le «grand débat» voulu par Macron n'aura pas lieu",
     "L'Élysée a renoncé au débat prévu samedi. Le salon ouvrira bien ses portes comme"
     " prévu."),
])
def test_a_part_called_off_while_the_occasion_goes_on(lang: str, title: str,
                                                      summary: str) -> None:
    assert LEX.read(title, summary, lang).status == "planned"


def test_a_tour_date_kept_does_not_undo_another_called_off() -> None:
    reading = LEX.read("RDC : le concert de Stromae à Kinshasa annulé pour raisons médicales",
                       "Le chanteur belge a dû rentrer d'urgence en Europe. Sa date de Kigali, le"
                       " 20 juin, est maintenue à ce stade, selon sa production.", "fr")
    assert reading.status == "cancelled"


def test_a_march_or_may_after_for_is_no_date() -> None:
    reading = LEX.read("Thousands gather for peace march in London",
                       "Marchers filled Whitehall on the way to Parliament Square.", "en")
    assert reading.status != "planned"
