"""Round 54: standard headline wordings of a status that the lexicons missed, and a negator in
the gap of a split verb that negates only the noun after it (session 27, decided on the 59
tuning sets; each family kept only when tuning was not worse).

English: an occasion that comes to a close, the curtain that falls on it; a date put back a
year. German: the future negated inside its verb bracket ("wird in diesem Jahr nicht
stattfinden", which the plan "wird ... stattfinden" used to outrank), a plural or past "blasen
... ab", an occasion over ("ist vorbei", only of an event), staged ("ging über die Bühne") or
started ("Startschuss für", "Die Wahllokale haben geöffnet"). French: "s'est clôturé", "top
départ", a plural "différées", "devrait se tenir". A "without" ("ohne", "sans") in the gap of a
cue ("findet ohne Zuschauer statt") no longer blocks it: tuning 459 / 626 -> 459 / 624, B3
0.9314 -> 0.9313. Tried and dropped: "ditch" (two more wrong alerts: "to ditch the euro" is
no event), French "a commencé" / "est terminé" (sub-steps of an occasion: "la sélection des
jurés a commencé"; 460 / 628).

Later steps (each below): verdicts announced on a day ahead, "falls victim to", "march
through", "muss ... ausfallen", "manifestent" (623); a "without" before a verb cue with a noun
between, "geht ... zu Ende" (622); "findet später statt", "ziehen die Reißleine", French votes
(621); launches, polls, turnout, dropped charges, "non-lieu" (620); permits (619). All of
round 54: tuning 459 / 626, B3 0.9314 -> 459 / 619, B3 0.9313.
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "lang", "status"), [
    ("Glastonbury 2022 comes to a close with Kendrick Lamar set", "en", "held"),
    ("Tokyo Olympics came to a close on Sunday", "en", "held"),
    ("Curtain falls on Tokyo Olympics with muted ceremony", "en", "held"),
    ("Glastonbury festival put back a year", "en", "postponed"),
    ("Artemis II launch pushed back another month", "en", "postponed"),
    ("Der Weihnachtsmarkt wird in diesem Jahr nicht stattfinden", "de", "cancelled"),
    ("Die Konzerte werden wegen Corona nicht stattfinden", "de", "cancelled"),
    ("Das Finale wird in Wembley nicht ausgetragen", "de", "cancelled"),
    ("Veranstalter blasen Hurricane-Festival ab", "de", "cancelled"),
    ("Köln blies den Rosenmontagszug ab", "de", "cancelled"),
    ("Das Oktoberfest ist vorbei", "de", "held"),
    ("Startschuss für die Buchmesse in Frankfurt", "de", "held"),
    ("Wahl in Italien: Die Wahllokale haben geöffnet", "de", "held"),
    ("Die Buchmesse ging mit Besucherrekord über die Bühne", "de", "held"),
    ("Le festival de Cannes s'est clôturé samedi", "fr", "held"),
    ("Les Jeux se sont clôturés dimanche à Paris", "fr", "held"),
    ("Top départ du Vendée Globe aux Sables-d'Olonne", "fr", "held"),
    ("Les élections municipales sont différées", "fr", "postponed"),
    ("Le festival devrait se tenir en juillet", "fr", "planned"),
])
def test_round54_headline_wordings(title: str, lang: str, status: str) -> None:
    assert LEX.read(title, "", lang).status == status


@pytest.mark.parametrize(("title", "lang", "status"), [
    # the guards hold for the new cues: negation, modality, an event to be about
    ("Glastonbury will not come to a close before Monday", "en", None),
    ("The festival could come to a close early", "en", None),
    ("Der Weihnachtsmarkt wird in diesem Jahr stattfinden", "de", "planned"),
    ("Veranstalter blasen Festival nicht ab", "de", "planned"),
    ("Veranstalter könnten das Festival abblasen", "de", "planned"),  # may cancel (session 39)
    ("Die Zeit der Lockdowns ist vorbei", "de", None),
    ("Le festival ne devrait pas se tenir", "fr", None),
])
def test_round54_guards(title: str, lang: str, status: str | None) -> None:
    assert LEX.read(title, "", lang).status == status


def test_round54_hedged_plural_is_no_postponement() -> None:
    reading = LEX.read("Les élections pourraient être différées", "", "fr")
    assert reading.status != "postponed"
    assert all(c.blocked == "modality" for c in reading.cues if c.status == "postponed")


@pytest.mark.parametrize(("title", "lang", "status"), [
    # "ohne" negates the spectators, not the verb around it
    ("Die 24 Stunden von Le Mans finden ohne Zuschauer statt", "de", "planned"),
    ("Das Festival wird ohne Publikum stattfinden", "de", "planned"),
    ("Bayern sagt Testspiel ohne Ersatztermin ab", "de", "cancelled"),
    # "nicht" in the same gap still negates
    ("Das Festival findet in diesem Jahr nicht statt", "de", "cancelled"),
    ("Die Stadt sagt den Weihnachtsmarkt nicht ab", "de", "planned"),
])
def test_round54_noun_negator_in_gap(title: str, lang: str, status: str) -> None:
    assert LEX.read(title, "", lang).status == status


@pytest.mark.parametrize(("title", "lang", "status"), [
    # a verdict, sentence or result to be announced on a day ahead is the occasion planned (the
    # announce cue after a future marker alone is "details will be announced": nothing yet)
    ("Strafmaß für Ghislaine Maxwell wird am Dienstag verkündet", "de", "planned"),
    ("Das Urteil im NSU-Prozess wird am elften Juli verkündet", "de", "planned"),
    ("Verdict in Chauvin trial will be announced on Tuesday", "en", "planned"),
    ("Result of Tory leadership vote to be announced on Monday", "en", "planned"),
    ("Le verdict sera annoncé mardi", "fr", "planned"),
    ("Les résultats du référendum seront annoncés dimanche soir", "fr", "planned"),
    # a sentencing put off stays put off
    ("Strafmaß im Schweigegeld-Fall wird später verkündet", "de", "postponed"),
    ("Das Urteil wird nicht am Dienstag verkündet", "de", "postponed"),
])
def test_round54_verdict_announced(title: str, lang: str, status: str | None) -> None:
    assert LEX.read(title, "", lang).status == status


@pytest.mark.parametrize(("title", "lang", "status"), [
    ("Glastonbury festival falls victim to coronavirus", "en", "cancelled"),
    ("Six Nations match is latest event to fall victim to coronavirus", "en", "cancelled"),
    ("The show will not go on: Edinburgh Fringe cancelled", "en", "cancelled"),
    ("Notting Hill Carnival won't return this year", "en", "cancelled"),
    ("Edinburgh festival gets going with record crowds", "en", "held"),
    ("Protesters march through London against cuts", "en", "held"),
    ("Festival muss wegen Corona ausfallen", "de", "cancelled"),
    ("Rosenmontagszug zieht durch Köln", "de", "held"),
    ("Des milliers de personnes manifestent à Paris contre la réforme", "fr", "held"),
    ("C'est parti pour le festival d'Avignon", "fr", "held"),
])
def test_round54_more_wordings(title: str, lang: str, status: str) -> None:
    assert LEX.read(title, "", lang).status == status


@pytest.mark.parametrize(("title", "lang", "status"), [
    # guards: no event named, a hedge, a future, a feeling expressed
    ("Tourist falls victim to pickpockets in Rome", "en", None),
    ("Rooney will not return for Everton", "en", None),
    ("Sturm zieht durch Deutschland", "de", None),
    ("Festival könnte ausfallen", "de", None),
    ("Ils manifestent leur colère", "fr", None),
    ("Protesters to march through London on Saturday", "en", "planned"),
])
def test_round54_more_guards(title: str, lang: str, status: str | None) -> None:
    assert LEX.read(title, "", lang).status == status


@pytest.mark.parametrize(("title", "lang", "status"), [
    # before a verb cue, a "without" with a noun of its own negates that noun, not the verb
    ("Race without fans goes ahead in Melbourne", "en", "planned"),
    ("Marathon without spectators to go ahead", "en", "planned"),
    ("Le Tour de France sans public aura lieu", "fr", "planned"),
    ("Rennen ohne Zuschauer abgesagt", "de", "cancelled"),
    # before a noun cue it still negates it
    ("Wahl ohne weitere Verschiebung", "de", "planned"),
    ("Vote held without postponement", "en", "held"),  # session 43: "vote held" reads held
])
def test_round54_noun_negator_before_cue(title: str, lang: str, status: str) -> None:
    assert LEX.read(title, "", lang).status == status
    assert not any(c.blocked == "negation" and c.status == status
                   for c in LEX.read(title, "", lang).cues)


@pytest.mark.parametrize(("title", "lang", "status"), [
    # "geht ... zu Ende" with a word between, like "ging ... zu Ende"
    ("Cybathlon 2020: Globale Ausgabe geht erfolgreich zu Ende", "de", "held"),
    ("Buchmesse geht mit Besucherrekord zu Ende", "de", "held"),
    ("Buchmesse geht nicht zu Ende", "de", None),
])
def test_round54_ends_with_a_word_between(title: str, lang: str, status: str | None) -> None:
    assert LEX.read(title, "", lang).status == status


@pytest.mark.parametrize(("title", "lang", "status"), [
    ("Gipfel findet später statt", "de", "postponed"),
    ("Festival: Veranstalter ziehen die Reißleine", "de", "cancelled"),
    ("Les électeurs votent en Italie", "fr", "held"),
    ("Jour de vote en Italie", "fr", "held"),
    ("Les Italiens appelés aux urnes en juin", "fr", "planned"),
    # guards: a ripcord pulled on a takeover is no occasion; a vote in June is ahead
    ("Bank zieht die Reißleine bei Übernahme", "de", None),
    ("Les Italiens votent en juin", "fr", "planned"),
])
def test_round54_later_ripcord_votes(title: str, lang: str, status: str | None) -> None:
    assert LEX.read(title, "", lang).status == status


@pytest.mark.parametrize(("title", "lang", "status"), [
    ("Rocket blasts off from Cape Canaveral", "en", "held"),
    ("Polls close in Portugal", "en", "held"),
    ("Record turnout in Portugal election", "en", "held"),
    ("Talks resumed in Geneva on Monday", "en", "held"),
    ("Pride parade marches in Belgrade despite ban", "en", "held"),
    ("Prosecutors drop charges against Smollett", "en", "cancelled"),
    ("Début de la grève à la SNCF", "fr", "held"),
    ("Le procès s'est poursuivi mardi", "fr", "held"),
    ("Les dirigeants européens réunis à Bruxelles", "fr", "held"),
    ("Rio-Paris : les juges prononcent un non-lieu pour Air France et Airbus", "fr", "cancelled"),
    ("La cour d'appel annule le non-lieu", "fr", "planned"),
    # guards
    ("Low turnout feared in Portugal election", "en", None),
    ("Talks to resume next week", "en", "planned"),
    ("Prosecutors will not drop charges against Smollett", "en", "planned"),
    ("Les dirigeants seront réunis à Bruxelles", "fr", "planned"),
])
def test_round54_launches_polls_trials(title: str, lang: str, status: str | None) -> None:
    assert LEX.read(title, "", lang).status == status


@pytest.mark.parametrize(("title", "lang", "status"), [
    # an occasion permitted is planned, only with an event named; a permit refused calls it off
    ("Stadt genehmigt Festival am Bodensee", "de", "planned"),
    ("Die Stadt genehmigt die Demonstration am Samstag nicht", "de", "cancelled"),
    ("Bundestag genehmigt Einsatz in Mali", "de", None),
    ("La préfecture autorise le festival", "fr", "planned"),
    ("La préfecture n'autorise pas le festival", "fr", None),
    ("L'ANSM autorise le vaccin", "fr", None),
])
def test_round54_permits(title: str, lang: str, status: str | None) -> None:
    assert LEX.read(title, "", lang).status == status
