"""Round 67: recall of the cue reading (session 30, decided on the 59 tuning sets; held-out sets
only as the lead's final check).

Each step names its tuning figures (wrong / missed, B3); the start was 370 / 576, B3 0.9384.

* A German or Dutch separable verb whose middle field is longer than a "..." reaches ("Nach
  einem Jahr Pause fand der Lauf ... statt"): the particle that ends the verb's clause closes the
  frame (``bracket_particles``). 370 / 574, B3 0.9383.
* A denial after a cue that stands in a clause of its own ("will go ahead on Tuesday after
  Brussels was ruled out") is that clause's; and a change of a guest's trip named after its
  event ("cancels Asian Games trip") is the trip's, as "cancels trip to the Games" was. 370 / 573.
* A launch told by what followed it ("broke apart minutes after launch", "seconds after
  lift-off", "quelques minutes après le décollage", "Sekunden nach dem Start"). 370 / 571,
  B3 0.9385.
* An auction told by its price ("sells for $195 million", "adjugée 195 millions",
  "für 195 Millionen Dollar versteigert"); a sale ahead stays a plan. 370 / 569.
* English "plans"/"plan" as a verb with an event for object ("Linkin Park plan Hollywood Bowl
  concert", "Oslo plans 'Impossible Games'"), never as a noun (``verb_only``: "ending plans
  for a listing", "debt plan must be reassessed"). 370 / 564, B3 0.9387.
* A negated opening or holding whose negator or cue is followed by a month or season ("Kölner
  Oper wird nicht im November eröffnet", "n'ouvrira pas en novembre"): the event leaves that
  month, a postponement (as "findet nicht im April statt" already read). 370 / 563.
* Readying an occasion ("SpaceX readies sixth Starship flight"): tried as a planned cue, no
  change (370 / 563), dropped.
* The other agreements of French "battu" and "sacrée" ("Les Diables rouges battus 2-1", "l'Inde
  et la Russie sacrées") and English "declared joint winners". 370 / 561.
* A German procession again under way and crowds lining its route ("Rosenmontagszug zieht wieder
  durch Mainz", "Hunderttausende säumten die Straßen"), for an event only. 370 / 560.
* An English headline with no cue of its own that tells what someone does "at" an event
  ("Messi names Icon of the Seas at Miami ceremony", "Tech giants sign safety pledges at Seoul AI
  summit") reads held, weakly; not with a hedge, an infinitive or a future before it, nor a time
  ahead (``at_preps``). 369 / 555 at the dated-event weight; at a weight below one summary cue
  (``AT_EVENT_WEIGHT``: "Minister vows free meals at the summit" over a summary's "will start in
  January" stays planned, round 11) 370 / 555, kept. Tried and dropped: German "bei"/"beim"
  (370 / 554, no gain) and French "lors"/"au" (370 / 555, worse); French "retrouve son/ses/la
  rue" as held (369 / 556 for events only, 369 / 555 for any: no gain).
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("summary", "lang", "status"), [
    ("Der Halbmarathon in Nordengland fand nach einem Jahr Pause wieder statt.", "de", "held"),
    ("Damit fällt das Festival auf der Donauinsel in diesem Jahr wegen Corona aus.", "de",
     "cancelled"),
    ("Wegen der Pandemie sagt die Stadt den traditionsreichen Ball in der Hofburg ab.", "de",
     "cancelled"),
    ("Het festival vond na twee jaar zonder publiek eindelijk weer in het park plaats.", "nl",
     "held"),
])
def test_round67_long_verb_frame(summary: str, lang: str, status: str) -> None:
    assert LEX.read("Nachrichten", summary, lang).status == status


@pytest.mark.parametrize(("summary", "lang"), [
    # the particle must close the verb's clause: a preposition inside it does not
    ("Der Lauf fand nach einem Jahr Pause wieder ab Montag in Berlin und Potsdam statt des "
     "Marathons, sagt er.", "de"),
    # nor across a comma: the particle belongs to another clause
    ("Der Verband sagt, das Finale im Mai in Berlin falle wohl nicht ab.", "de"),
])
def test_round67_long_verb_frame_needs_the_clause_end(summary: str, lang: str) -> None:
    r = LEX.read("Nachrichten", summary, lang)
    assert not any(c.phrase in {"fand ... statt", "sagt ... ab"} and c.blocked is None
                   for c in r.cues)


def test_round67_long_verb_frame_keeps_its_negation() -> None:
    # "findet ... nicht statt" is the more specific phrase, long frame or not
    r = LEX.read("Song Contest", "Wegen Corona findet der Eurovision Song Contest in Rotterdam "
                 "in diesem Jahr nicht statt.", "de")
    assert r.status == "cancelled"


def test_round67_denial_in_another_clause() -> None:
    r = LEX.read("Red Devils' friendly with Portugal moved to Leiria",
                 "The game will go ahead on Tuesday in Portugal after Brussels was ruled out.",
                 "en")
    assert any(c.phrase == "will go ahead" and c.blocked is None for c in r.cues)
    # the denial of the cue's own clause still blocks it
    r = LEX.read("Race", "A postponement of the race is ruled out.", "en")
    assert r.status != "postponed"


@pytest.mark.parametrize(("title", "status"), [
    ("India's sports minister cancels Asian Games trip after athletes denied entry", None),
    ("Modi scraps summit visit", None),
    # no event named before the trip: the visit itself is off
    ("Biden cancels Denmark visit", "cancelled"),
    ("Trump cancels trip", "cancelled"),
])
def test_round67_trip_named_after_its_event(title: str, status: str | None) -> None:
    assert LEX.read(title, "", "en").status == status


@pytest.mark.parametrize(("title", "summary", "lang"), [
    ("SpaceX catches Starship booster but loses upper stage",
     "Debris from the ship, which broke apart minutes after launch, was seen over the islands.",
     "en"),
    ("Rocket crashes on debut", "It fell back near the pad seconds after lift-off.", "en"),
    ("Deuxième échec d'affilée pour Starship",
     "Le vaisseau a été perdu quelques minutes après le décollage du Texas.", "fr"),
    ("Rakete verloren", "Die Oberstufe zerbrach wenige Sekunden nach dem Start.", "de"),
])
def test_round67_launch_told_by_what_followed(title: str, summary: str, lang: str) -> None:
    assert LEX.read(title, summary, lang).status == "held"


@pytest.mark.parametrize(("title", "summary", "lang"), [
    # a flight plan told ahead is still to come
    ("Starship to fly again on Friday",
     "The booster will be caught at the tower minutes after launch.", "en"),
    ("Ariane 6 : vol inaugural mardi",
     "La coiffe sera larguée quelques minutes après le décollage.", "fr"),
])
def test_round67_launch_plan_stays_ahead(title: str, summary: str, lang: str) -> None:
    assert LEX.read(title, summary, lang).status != "held"


@pytest.mark.parametrize(("title", "lang"), [
    ("Warhol's Marilyn sells for $195 million at Christie's", "en"),
    ("La Marilyn de Warhol adjugée 195 millions de dollars chez Christie's", "fr"),
    ("Warhols Marilyn bei Christie's für 195 Millionen Dollar versteigert", "de"),
])
def test_round67_auction_told_by_its_price(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "held"


@pytest.mark.parametrize(("title", "lang"), [
    ("Warhol's Marilyn could sell for $200 million at Christie's", "en"),
    ("Warhols Marilyn wird im Mai bei Christie's versteigert", "de"),
    ("La Marilyn de Warhol sera adjugée en mai chez Christie's", "fr"),
])
def test_round67_auction_ahead_is_no_sale(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status != "held"


@pytest.mark.parametrize("title", [
    "Linkin Park plan Hollywood Bowl concert to honour Chester Bennington",
    "Pope and Kirill plan second meeting, possibly in Jerusalem in June",
    "IOC plans Olympic Esports Games in Saudi Arabia from 2025",
])
def test_round67_plan_as_a_verb(title: str) -> None:
    assert LEX.read(title, "", "en").status == "planned"


@pytest.mark.parametrize(("title", "status"), [
    # a noun: a determiner before it, a preposition or a modal after it
    ("CapVest buys into Stada, ending plans for a stock market listing", None),
    ("Evergrande scraps creditor meetings, says debt plan must be reassessed", "cancelled"),
    ("Greece unveils peace plan", None),
    # no event for object
    ("Greece plans new tax on tourists", None),
    # a plan of an event called off is still the call-off
    ("Linkin Park scrap plans for Hollywood Bowl concert", "cancelled"),
])
def test_round67_plan_as_a_noun(title: str, status: str | None) -> None:
    assert LEX.read(title, "", "en").status == status


@pytest.mark.parametrize(("title", "lang"), [
    ("Kölner Oper wird nicht im November eröffnet", "de"),
    ("Le musée n'ouvrira pas en novembre", "fr"),
])
def test_round67_opening_off_its_month(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "postponed"


@pytest.mark.parametrize(("title", "lang"), [
    # no month: the opening is just denied
    ("Kölner Oper wird nicht eröffnet", "de"),
    ("Le musée n'ouvrira pas", "fr"),
])
def test_round67_denied_opening_without_a_month(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status != "postponed"


@pytest.mark.parametrize(("title", "lang"), [
    ("Les Diables rouges battus 2-1 au Portugal", "fr"),
    ("Olympiade d'échecs en ligne : l'Inde et la Russie sacrées ensemble", "fr"),
    ("India and Russia declared joint winners of Online Chess Olympiad", "en"),
])
def test_round67_result_agreements(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "held"


@pytest.mark.parametrize(("title", "lang"), [
    # a result ahead or denied is no result
    ("Les Bleus pourraient être battus au Portugal", "fr"),
    ("L'Inde et la Russie ne seront pas sacrées ensemble", "fr"),
])
def test_round67_result_agreements_guarded(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status != "held"


def test_round67_procession_again_under_way() -> None:
    assert LEX.read("Rosenmontagszug zieht wieder durch Mainz", "", "de").status == "held"
    r = LEX.read("Karneval in Mainz", "Hunderttausende Narren säumten nach drei Jahren "
                 "Zwangspause die Straßen.", "de")
    assert r.status == "held"


@pytest.mark.parametrize("title", [
    "Sturm zieht wieder durch Norddeutschland",  # weather, no event
    "Rosenmontagszug soll wieder durch Mainz ziehen",  # ahead
])
def test_round67_procession_again_guarded(title: str) -> None:
    assert LEX.read(title, "", "de").status != "held"


@pytest.mark.parametrize("title", [
    "Messi names Icon of the Seas at Miami ceremony",
    "Tech giants sign safety pledges at Seoul AI summit",
    # (session 70: "thousands rally" is a crowd's report of its own, at full weight, as
    # "thousands march" was: the weak deed is another's)
    "Students speak out at March for Our Lives",
])
def test_round67_deed_at_an_event(title: str) -> None:
    r = LEX.read(title, "", "en")
    assert r.status == "held"
    assert r.score < 2.0  # weak: a summary's own cue outweighs it


@pytest.mark.parametrize("title", [
    "Raúl Castro expected to step down at Cuban Party Congress",
    "EU seeks to revive Latin America ties at first CELAC summit in eight years",
    "EU-Mercosur deal unlikely to be signed at Rio summit this week",
    "Biden to speak at summit on Friday",
    "Macron will speak at summit",
    "SEPTA strike looms at midnight as talks drag on",
])
def test_round67_deed_at_an_event_guarded(title: str) -> None:
    assert LEX.read(title, "", "en").status != "held"


def test_round67_deed_at_an_event_yields_to_the_summary() -> None:
    r = LEX.read("Protester climbs car roof at Shanghai auto show",
                 "Organisers called off the rest of the show after the protest.", "en")
    assert r.status == "cancelled"
