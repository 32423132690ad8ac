"""Round 64: wrong alerts from status misreadings (session 30, decided on the 59 tuning sets).

"Themselves" is "itself" said of several: a headline that calls off a part of an occasion ("NFL
scraps Las Vegas NFL Draft festivities") does not call off the occasion when its summary says
"the selections themselves will go ahead", as with "the draft itself will go ahead". Tuning 370
/ 576 -> 369 / 575 wrong alerts / missed runs, B3 0.9384. The wider list of round 40 ("as
planned", "wie geplant", "est maintenue", "is unchanged") was tried again and dropped: it read
four sibling occasions as the event standing ("Die Zeremonie im Palast bleibt wie geplant",
"the formal nomination will still take place in Charlotte") as round 40's review found.

A headline clause that opens by asking why ("Why", "Warum", "Pourquoi", "Waarom") or what
something means for or reveals about another ("What ... means for", "Was ... bedeutet", "Ce que
... signifie") explains a state of things already known, often of many occasions: no cue of the
piece counts ("Warum jedes NFL-Spiel in Deutschland binnen Minuten ausverkauft ist", "Why
carmakers keep skipping the auto show"). Tuning 369 / 575 -> 367 / 575, B3 0.9384.

A headline call-off over a summary that says the game "wird nachgeholt" is a move, like one over
"nachgeholt" alone: the longer returning cue hid the reschedule word from the rule ("Spielabsage
in Madrid: Filomena stoppt Atlético gegen Bilbao"). Tuning 367 / 575 -> 366 / 575, B3 0.9384.

English "pauses" in fighting ("humanitarian pauses") and a plural after "to" ("agrees to pauses",
"leads to delays") are nouns, no occasion put off (neutral phrases). Tuning 366 / 575 -> 365 /
575, B3 0.9384.
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "summary", "lang", "status"), [
    ("NFL scraps Las Vegas NFL Draft festivities",
     "The league called off the stage over the Bellagio fountains; the selections themselves "
     "will go ahead April 23-25.", "en", "planned"),
    ("Queen's birthday parade cancelled", "The celebrations themselves go ahead in Windsor.",
     "en", "planned"),
    # negated: the change stands
    ("NFL scraps Las Vegas NFL Draft festivities",
     "The selections themselves will not go ahead as planned either.", "en", "cancelled"),
    # the part alone: the change stands
    ("NFL scraps Las Vegas NFL Draft festivities",
     "The league called off the stage over the Bellagio fountains.", "en", "cancelled"),
])
def test_themselves_go_ahead(title: str, summary: str, lang: str, status: str) -> None:
    assert LEX.read(title, summary, lang).status == status


@pytest.mark.parametrize(("title", "summary", "lang"), [
    ("Warum jedes NFL-Spiel in Deutschland binnen Minuten ausverkauft ist",
     "Eine Spurensuche zwischen Fanclubs und Fernsehquoten.", "de"),
    ("Why so many concerts are being postponed this year",
     "Promoters blame rising costs and weak ticket sales.", "en"),
    ("Salon de l'auto : pourquoi les constructeurs boudent le rendez-vous",
     "Plusieurs marques ont annulé leur venue cette année.", "fr"),
    ("What Airshow China reveals about Beijing's drone ambitions",
     "The exhibits point to a shift in how the PLA plans to fight.", "en"),
    ("Buchmesse: Was die Absage für Verlage bedeutet",
     "Viele Häuser hatten ihre Herbstprogramme schon gedruckt.", "de"),
])
def test_an_explainer_reports_no_status(title: str, summary: str, lang: str) -> None:
    reading = LEX.read(title, summary, lang)
    assert reading.status is None
    assert all(c.blocked for c in reading.cues)


@pytest.mark.parametrize(("title", "summary", "lang", "status"), [
    # the status told plainly, why only in the summary or not at the clause's start
    ("Salon de l'auto annulé", "Pourquoi ? Les constructeurs boudent le rendez-vous.", "fr",
     "cancelled"),
    ("Fans ask why the concert was cancelled", "The show will not be rescheduled.", "en",
     "cancelled"),
    ("Konzert in Berlin abgesagt", "Warum, sagte der Veranstalter nicht.", "de", "cancelled"),
    # "what to expect" previews, it explains nothing
    ("National strike on Wednesday: what to expect",
     "Unions have called a walkout that will shut schools and hospitals.", "en", "planned"),
])
def test_a_report_with_why_elsewhere_keeps_its_status(title: str, summary: str, lang: str,
                                                      status: str) -> None:
    assert LEX.read(title, summary, lang).status == status


@pytest.mark.parametrize(("title", "summary", "status"), [
    ("Spielabsage in Madrid: Filomena stoppt Atlético gegen Bilbao",
     "Das Ligaspiel wird nachgeholt, sobald die Hauptstadt wieder erreichbar ist.", "postponed"),
    ("Bombenalarm in Old Trafford: United gegen Bournemouth abgesagt",
     "Die Partie wird am Dienstag nachgeholt.", "postponed"),
    # no replay named: the call-off stands
    ("Spielabsage in Madrid: Filomena stoppt Atlético gegen Bilbao",
     "Die Liga prüft die Wertung der Partie.", "cancelled"),
    # a replay of another thing, told as an aside, moves nothing
    ("Konzert in Köln abgesagt", "Auch die Lesung wird nachgeholt.", "cancelled"),
])
def test_a_call_off_with_a_replay_is_a_move(title: str, summary: str, status: str) -> None:
    assert LEX.read(title, summary, "de").status == status


@pytest.mark.parametrize(("title", "summary", "status"), [
    ("WHO says Israel agrees to pauses for Gaza polio vaccinations",
     "The campaign to vaccinate 640,000 children will start on Sunday, with three-day "
     "humanitarian pauses in each zone.", "planned"),
    ("Border checks lead to delays for Easter travellers",
     "The festival opens on Friday as planned.", "planned"),
    # the verb still puts the occasion off
    ("Security Council vote on humanitarian pauses in Gaza delayed",
     "Diplomats said members needed more time to agree on the text.", "postponed"),
    ("Unions pause strike at Heathrow for talks",
     "The walkout planned for Friday is suspended while talks go on.", "postponed"),
])
def test_pauses_in_fighting_are_nouns(title: str, summary: str, status: str) -> None:
    assert LEX.read(title, summary, "en").status == status
