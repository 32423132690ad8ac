"""Round 73: recall of the cue reading (session 31, decided on the 59 tuning sets; held-out
sets only for the lead's final check).

Missed runs whose article got no status at all. Common ways to say an occasion goes on that the
lexicons lacked: pressing ahead with it, sticking to its date or start ("Poland presses ahead
with May 10 vote", "EDF sticks to 2025 start"); an attempt ahead ("China to attempt Tianwen-1
landing in mid-May", "La Chine va tenter ..."); an occasion going virtual ("Sundance will go
mostly virtual"; "goes online" only with an event named, as a portal or a radio network goes
online too). Tuning 348 / 547 -> 348 / 542, B3 0.9401 -> 0.9402.
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "lang"), [
    ("New Orleans presses ahead with a leaner Mardi Gras", "en"),
    ("Poland presses ahead with May 10 presidential vote by post", "en"),
    ("Organisers push ahead with Pride march despite ban", "en"),
    ("EDF sticks to 2025 start for Hinkley Point C as costs rise", "en"),
    ("Tokyo sticks to July date for Olympic torch relay", "en"),
    ("China to attempt Tianwen-1 landing in mid-May", "en"),
    ("Firefly's Blue Ghost lander will attempt moon landing on Sunday", "en"),
    ("Sundance 2021 will go mostly virtual, with screens in partner cities", "en"),
    ("Apple's WWDC conference will go online-only", "en"),
    ("La Chine va tenter de poser Tianwen-1 à la mi-mai", "fr"),
    ("Le Salon de l'agriculture passe au virtuel", "fr"),
])
def test_round73_going_ahead(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "planned"


@pytest.mark.parametrize(("title", "lang", "status"), [
    # negation and hedges still hold; going online names no occasion without an event noun
    ("Government will not press ahead with the referendum", "en", None),
    ("La Chine ne va pas tenter d'atterrir sur Mars cette année", "fr", None),
    ("New tax portal goes online", "en", None),
    ("Norway's radio goes digital", "en", None),
    # a cancellation in the same headline is not undone by the virtual replacement
    ("Burning Man cancelled, will go virtual", "en", "cancelled"),
])
def test_round73_going_ahead_guards(title: str, lang: str, status: str | None) -> None:
    assert LEX.read(title, "", lang).status == status


def test_round73_online_with_an_event() -> None:
    assert LEX.read("Book fair goes online-only this year", "", "en").status == "planned"


# Step 2: a hearing under way, told by who faces the committee, the court or the senate ("Merkel
# tells Wirecard inquiry ...", "Benalla de nouveau devant la commission du Sénat", "Merkel
# verteidigt vor dem Wirecard-Ausschuss ..."); German keeps the dative "vor dem" (being there)
# apart from the accusative "vor den" (going there). Tuning 348 / 542 -> 348 / 540.
@pytest.mark.parametrize(("title", "lang"), [
    ("Merkel tells Wirecard inquiry she had no reason to doubt the firm", "en"),
    ("IMF's Lagarde tells Paris court she acted in good faith", "en"),
    ("Zuckerberg appears before Senate committee", "en"),
    ("Passeports diplomatiques : Benalla de nouveau devant la commission du Sénat", "fr"),
    ("Georges Tron devant les assises pour viols et agressions sexuelles", "fr"),
    ("Merkel verteidigt vor dem Wirecard-Ausschuss ihren Einsatz in Peking", "de"),
    ("Benalla erneut vor dem französischen Senat", "de"),
])
def test_round73_hearing_under_way(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "held"


@pytest.mark.parametrize(("title", "lang", "status"), [
    # a hearing ahead: a day to come or a future marker makes it planned
    ("Merkel to appear before Wirecard inquiry on Friday", "en", "planned"),
    ("Bygmalion : Nicolas Sarkozy de nouveau devant le tribunal dès mercredi", "fr", "planned"),
    ("Mario Draghi devant le Sénat mercredi", "fr", "planned"),
    ("Merkel soll am Freitag vor dem Ausschuss aussagen", "de", "planned"),
    # going there is no hearing under way
    ("Am Freitag muss die Kanzlerin vor den Wirecard-Ausschuss", "de", None),
    # a rally banned in front of the court stays banned
    ("Le préfet interdit le rassemblement pour Adama Traoré devant le tribunal", "fr",
     "cancelled"),
])
def test_round73_hearing_guards(title: str, lang: str, status: str | None) -> None:
    assert LEX.read(title, "", lang).status == status


# Step 3: a place or a body bracing for, poised to, gearing up for something awaits an occasion
# without naming it by an event noun ("Edinburgh braces for Hogmanay", "Buñol rüstet sich für die
# Tomatenschlacht", "Nice s'apprête à accueillir l'UNOC"): 25 of 25 tuning headlines are plans,
# so these no longer need an event noun ("poised for" still does: "Shares poised for a rebound").
# Tuning 348 / 540 -> 348 / 537, B3 0.9403 -> 0.9404.
@pytest.mark.parametrize(("title", "lang"), [
    ("Edinburgh braces for Hogmanay with 100,000 revellers expected", "en"),
    ("Detroit braces for hundreds of thousands as NFL Draft comes downtown", "en"),
    ("BoJ poised to end negative rates as wage data impress", "en"),
    ("Nice s'apprête à accueillir l'UNOC, la conférence des Nations unies sur l'océan", "fr"),
    ("Tomatina kehrt zurück: Buñol rüstet sich für die Tomatenschlacht", "de"),
    ("Amsterdam rüstet sich für den Vermeer-Ansturm", "de"),
])
def test_round73_bracing_for_an_occasion(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "planned"


@pytest.mark.parametrize(("title", "lang"), [
    ("Is Edinburgh bracing for Hogmanay?", "en"),
    ("Shares poised for a rebound", "en"),
    ("Nice ne s'apprête pas à accueillir l'UNOC", "fr"),
    ("Rüstet sich Buñol für die Tomatina?", "de"),
])
def test_round73_bracing_guards(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status is None


# Step 4: headline English drops the article before a participle that describes the occasion
# after a verb taking it as object or after "to" ("students finally sit delayed CSAT", "fans
# flock to postponed derby"): the change is history, the verb tells the news. Tuning 348 / 537
# -> 348 / 536.
@pytest.mark.parametrize(("title", "status"), [
    ("South Korean students finally sit delayed CSAT", None),
    ("Fans flock to postponed derby", "held"),
    ("Verstappen wins delayed Brazilian GP", "held"),
])
def test_round73_participle_after_verb_is_history(title: str, status: str | None) -> None:
    assert LEX.read(title, "", "en").status == status


@pytest.mark.parametrize(("title", "status"), [
    # a participle that is the headline's verb still reports the change
    ("Derby postponed to Sunday", "postponed"),
    ("Race delayed to Monday as storm hits", "postponed"),
    ("Festival cancelled as storm nears", "cancelled"),
])
def test_round73_participle_verb_still_reports(title: str, status: str) -> None:
    assert LEX.read(title, "", "en").status == status


# Step 5: a sale told by the money raised in it ("Greece raises €3bn in first bond sale", "Erste
# EU-Anleihe bringt 20 Milliarden Euro", "la Commission a levé 20 milliards"). A start-up's
# funding round ("raises $350 million to build") is no occasion. Tuning 348 / 536 -> 348 / 534.
@pytest.mark.parametrize(("title", "lang"), [
    ("Greece raises €3bn in first bond sale for four years", "en"),
    ("Didi raises $4.4 billion in NYSE debut", "en"),
    ("France's 5G auction raises 2.8 billion euros", "en"),
    ("Erste EU-Anleihe für den Wiederaufbaufonds bringt 20 Milliarden Euro", "de"),
    ("Plan de relance : la Commission a levé 20 milliards d'euros", "fr"),
])
def test_round73_sale_told_by_its_money(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "held"


@pytest.mark.parametrize(("title", "lang"), [
    ("Axiom Space raises $350 million to build commercial station", "en"),
    ("LG Energy Solution IPO could raise $10 billion in Seoul", "en"),
    ("Die Anleihe könnte 20 Milliarden Euro bringen", "de"),
])
def test_round73_sale_guards(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status is None
