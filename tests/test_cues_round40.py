"""Round 40: a part changed while the event stands, and some plain reports of a status.

Misses over the tuning sets: a headline that calls off or moves a part of an occasion ("BTS
cancel Seoul concerts", "Music Man cancels performances", "le grand débat ... est annulé") read
as the change of the occasion itself, although its summary says the occasion goes on ("the
rest of the tour is unaffected", "the February opening is unchanged", "la visite du chef de
l'État est maintenue"). Such a summary's word (``stands`` in the lexicons) now makes the
reading planned. Not when it is negated ("will not go ahead"), nor when it recaps what was
said before ("an hour after saying they would go ahead"). Plain reports with no cue before:
"Weihnachtsmarkt wieder geöffnet", "Les Francofolies ont retrouvé leur public", "take top
prizes", "is over for good", "drops plan for", "marche ... interdite", "into reserve day".
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "summary", "lang"), [
    ("BTS cancel Seoul concerts over coronavirus",
     "The four shows in April will not go ahead; the rest of the tour is unaffected for now.",
     "en"),
    ("Hugh Jackman tests positive, Music Man cancels performances",
     "The show expects Jackman back in early January; the February opening is unchanged.",
     "en"),
    ("Sri Lanka cancel Delhi training as air quality plunges",
     "The World Cup match against Bangladesh on Monday remains on, the ICC says.", "en"),
    ("Le « grand débat » voulu par Macron au Salon de l'agriculture est annulé",
     "L'échange prévu samedi matin n'aura pas lieu ; la visite du chef de l'État est maintenue.",
     "fr"),
    ("Verdun : le concert de Black M annulé",
     "Le maire a renoncé au spectacle, mais la cérémonie du 29 mai aura bien lieu.", "fr"),
    ("Stadtfest: Feuerwerk abgesagt", "Das Fest selbst findet trotzdem statt.", "de"),
])
def test_a_part_changed_while_the_event_stands_is_planned(title: str, summary: str,
                                                         lang: str) -> None:
    reading = LEX.read(title, summary, lang)
    assert reading.status == "planned"
    assert any(c.field == "summary" and c.status == "planned" and c.blocked is None
               for c in reading.cues)  # the evidence ``watcher explain`` shows


@pytest.mark.parametrize(("title", "summary", "lang", "status"), [
    # negated: the event itself does not go on
    ("Festival postponed", "It will not go ahead as planned.", "en", "postponed"),
    ("Concert cancelled", "The show will not go ahead, the promoter said.", "en", "cancelled"),
    # a recap of what was said before
    ("Trump abruptly cancels Putin meeting at G20",
     "Trump tweeted the talks were off, less than an hour after saying they would go ahead.",
     "en", "cancelled"),
    # a change in the summary alone is untouched
    ("Fans wait in the rain", "The concert is cancelled; the tour goes ahead.", "en",
     "cancelled"),
])
def test_the_change_stands_when_the_event_does_not_go_on(title: str, summary: str, lang: str,
                                                         status: str) -> None:
    assert LEX.read(title, summary, lang).status == status


@pytest.mark.parametrize(("title", "lang", "status"), [
    ("E3, the once-mighty video game show, is over for good", "en", "cancelled"),
    ("Glastonbury confirms 2026 will be a fallow year", "en", "cancelled"),
    ("Thuringia drops plan for early election as dissolution vote collapses", "en",
     "cancelled"),
    ("Prosecutors drop plans for second trial", "en", "cancelled"),
    ("Marche pour le climat interdite : des milliers de chaussures place de la République",
     "fr", "cancelled"),
    ("WestJet : Ottawa saisit le CCRI, la grève des mécaniciens écartée", "fr", "cancelled"),
    ("Rain forces India-New Zealand semi-final into reserve day", "en", "postponed"),
    ("Navi Mumbai airport misses another deadline", "en", "postponed"),
    ("Atonement and Sweeney Todd take top prizes at pared-down Golden Globes", "en", "held"),
    ("World Juniors open in Edmonton and Red Deer without full crowds", "en", "held"),
    ("Straßburger Weihnachtsmarkt wieder geöffnet", "de", "held"),
    ("Erste Züge fahren wieder durch Rastatt", "de", "held"),
    ("Zelda: Tears of the Kingdom ist da", "de", "held"),
    ("Les Francofolies ont retrouvé leur public", "fr", "held"),
    ("CEB : les élèves de sixième ont entamé les épreuves", "fr", "held"),
    ("Vance et Walz croisent le fer dans un débat étonnamment courtois", "fr", "held"),
    ("OL-OM enfin disputé, sous haute surveillance", "fr", "held"),
    ("Les Rolling Stones reprennent la route à Chicago", "fr", "held"),
])
def test_plain_reports_of_a_status(title: str, lang: str, status: str) -> None:
    assert LEX.read(title, "", lang).status == status


@pytest.mark.parametrize(("title", "lang", "status"), [
    # the longer phrase of an earlier round still wins, and a plan stays a plan
    ("Der Markt wird nicht wieder geöffnet", "de", "cancelled"),
    ("Breivik trial to open in Oslo on Monday", "en", "planned"),
    ("Weihnachtsmarkt soll am Montag wieder geöffnet werden", "de", "planned"),
])
def test_earlier_readings_are_kept(title: str, lang: str, status: str) -> None:
    assert LEX.read(title, "", lang).status == status
