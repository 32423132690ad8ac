"""Clustering, round 78: content that tells two occasions of one story apart (session 32,
decided on the odd half of the 69 tuning sets, checked on the even half).

An appeal or a retrial, weeks after a verdict, is an occasion of its own
(``cluster.appeal_after_verdict``): another court, its own date, its own outcome. The women's
occasion of a sport and the men's are two (``cluster.gender_conflict``): a title that names one
sex tells which. So are two matches of one side against two opponents
(``cluster.sides_conflict``): "Manchester United v Brighton" after "Brentford v Manchester
United".
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.cluster_cases import event_of
from watcher.core.conflicts import (
    APPEAL_GAP,
    GENDER_CONFLICT,
    SIDES_CONFLICT,
    appeal_after_verdict,
    conflict,
    gender_conflict,
    sides_conflict,
)
from watcher.core.events import EventState
from watcher.core.features import features, title_sides
from watcher.core.params import Params
from watcher.core.types import StatusReading
from watcher.models import Item

P = Params()
AT = datetime(2024, 2, 23, 15, tzinfo=UTC)


def _verdict() -> EventState:
    return event_of(AT, "held", "Prozess gegen Sebastian Kurz hat begonnen",
                    "Sebastian Kurz wegen Falschaussage schuldig gesprochen",
                    "Austria's Sebastian Kurz found guilty of false testimony")


def _factor(ev: EventState, title: str, days: float, status: str | None = "held") -> float:
    item = Item("n", title, "", None, "s", AT + timedelta(days=days))
    return conflict(ev, features(item, P), P, StatusReading(status), item.published)[0]


def test_an_appeal_months_after_the_verdict_is_another_occasion() -> None:
    assert _factor(_verdict(), "Austrian appeals court acquits Sebastian Kurz", 450) == 0.0


def test_the_court_of_second_instance_is_the_appeal() -> None:
    """German names the appeal by its court ("in zweiter Instanz"), French by "en appel",
    and a retrial is a trial of the case again."""
    assert _factor(_verdict(), "Sebastian Kurz in zweiter Instanz freigesprochen", 450) == 0.0
    assert _factor(_verdict(), "Sebastian Kurz acquitté en appel", 450) == 0.0
    assert _factor(_verdict(), "Retrial of Sebastian Kurz to begin next week", 90,
                   "planned") == 0.0


def test_the_verdicts_own_reports_name_the_appeal_to_come() -> None:
    """In the days of the verdict an article naming the appeal is still about it."""
    gap = APPEAL_GAP - timedelta(days=1)
    ev = _verdict()
    f = features(Item("n", "Kurz to appeal against his conviction", "", None, "s", AT + gap), P)
    assert not appeal_after_verdict(ev, f, AT + gap)


def test_an_appeal_continues_an_appeal() -> None:
    ev = event_of(AT, "held", "Kurz appeal to be heard in Vienna on Monday",
                  "Berufung: Oberlandesgericht verhandelt über Urteil gegen Kurz")
    assert _factor(ev, "Austrian appeals court acquits Sebastian Kurz", 20) == 1.0


def test_only_after_a_verdict() -> None:
    """A trial that reached no verdict yet, or a strike a court allowed, has no appeal of its
    own to split off."""
    ev = event_of(AT, "held", "Prozess gegen Sebastian Kurz hat begonnen")
    assert _factor(ev, "Austrian appeals court acquits Sebastian Kurz", 450) == 1.0
    strike = event_of(AT, "held", "German train drivers strike over pay")
    assert _factor(strike, "German train drivers strike again after Deutsche Bahn loses appeal",
                   30) == 1.0


# -- the women's occasion and the men's (``cluster.gender_conflict``) --------------------------

def test_the_womens_race_is_not_the_mens() -> None:
    """The men's race is seldom marked: an event none of whose titles name women is not the
    women's, and a title naming them is the other occasion."""
    ev = event_of(AT, "postponed", "Paris-Roubaix repoussé au 3 octobre",
                  "Paris-Roubaix pushed back to October for second year running")
    assert gender_conflict(ev, features(Item("n", "First women's Paris-Roubaix set for Saturday",
                                             "", None, "s", AT), P))
    assert _factor(ev, "First women's Paris-Roubaix set for Saturday", 1, "planned") == \
        GENDER_CONFLICT


def test_every_language_marks_the_womens_occasion() -> None:
    ev = event_of(AT, "cancelled", "Zermatt-Cervinia men's downhills both scrapped",
                  "Auch zweite Männer-Abfahrt in Zermatt-Cervinia abgesagt")
    for title in ("Auch Damen-Abfahrten in Zermatt-Cervinia gestrichen",
                  "Pas de descentes dames non plus au pied du Cervin",
                  "Coupe du monde féminine de ski : Zermatt annulé"):
        assert gender_conflict(ev, features(Item("n", title, "", None, "s", AT), P)), title


def test_the_mens_article_against_the_womens_event() -> None:
    ev = event_of(AT, "cancelled", "Women's downhills at Zermatt-Cervinia called off",
                  "Auch Damen-Abfahrten in Zermatt-Cervinia gestrichen")
    f = features(Item("n", "Zermatt-Cervinia men's downhills both scrapped", "", None, "s", AT), P)
    assert gender_conflict(ev, f)


def test_a_title_naming_both_or_neither_tells_nothing() -> None:
    """Both sexes in one title tell neither; an unmarked title may be the women's match
    report ("Spain beat England in final")."""
    ev = event_of(AT, "held", "Spain win Women's World Cup", "Spanien gewinnt die WM der Frauen")
    for title in ("Zermatt-Cervinia : les dames espèrent faire mieux que les hommes",
                  "Spain beat England in final"):
        assert not gender_conflict(ev, features(Item("n", title, "", None, "s", AT), P)), title
    f = features(Item("n", "Women's World Cup: Spain celebrate", "", None, "s", AT), P)
    assert not gender_conflict(ev, f)


# -- one side against two opponents (``features.title_sides``, ``cluster.sides_conflict``) ------

def test_the_sides_a_title_sets_against_each_other() -> None:
    assert title_sides("Brentford v Manchester United postponed over Covid", "en") == (
        frozenset({"brentford"}), frozenset({"p:manchester", "united"}))
    # countries by their id, whatever the language; the US by its initials
    assert title_sides("Six Nations : France-Irlande reporté", "fr") == (
        frozenset({"k:france"}), frozenset({"k:ireland"}))
    assert title_sides("Sixth round of US-Iran talks", "en")[0] == frozenset({"k:usa"})
    # German hyphenates its nouns: only two countries are two sides there
    assert title_sides("Corona-Ausbruch: Spiel in Brentford abgesagt", "de") == ()
    assert title_sides("Sechs Nationen: Frankreich-Irland verlegt", "de") == (
        frozenset({"k:france"}), frozenset({"k:ireland"}))
    assert title_sides("Glastonbury cancelled for second year", "en") == ()


def test_one_side_against_another_opponent_is_another_match() -> None:
    ev = event_of(AT, "postponed", "Brentford v Manchester United postponed over Covid outbreak",
                  "Man Utd's trip to Brentford in doubt after Covid cases")
    f = features(Item("n", "Manchester United v Brighton postponed as Covid outbreak spreads",
                      "", None, "s", AT, lang="en"), P)
    assert sides_conflict(ev, f)
    assert _factor(ev, "Premier League : Manchester United-Brighton reporté à son tour", 3,
                   "postponed") == SIDES_CONFLICT


def test_the_same_match_in_another_language() -> None:
    ev = event_of(AT, "postponed", "Six Nations: Ireland v Italy postponed over coronavirus")
    f = features(Item("n", "Tournoi des Six Nations : Irlande-Italie reporté", "", None, "s", AT,
                      lang="fr"), P)
    assert not sides_conflict(ev, f)


def test_a_hyphened_name_is_no_match() -> None:
    """Two sides of which neither is the event's are a hyphened name ("Saint-Denis"), not
    another match; an event with no sides named has nothing to disagree with."""
    ev = event_of(AT, "planned", "Nouvelle-Calédonie : le référendum fixé au 4 octobre")
    f = features(Item("n", "Macron à Saint-Denis pour le référendum", "", None, "s", AT,
                      lang="fr"), P)
    assert not sides_conflict(ev, f)
    bare = event_of(AT, "planned", "Premier League fixtures released")
    f = features(Item("n", "Manchester United v Brighton on Saturday", "", None, "s", AT,
                      lang="en"), P)
    assert not sides_conflict(bare, f)


def test_a_side_that_beats_another() -> None:
    """The result names the two sides too, in every language; a verb with no named side
    after it is no match ("Police beat protesters")."""
    assert title_sides("Siraj six-for as India rout Sri Lanka to win Asia Cup", "en") == (
        frozenset({"k:india"}), frozenset({"k:srilanka"}))
    assert title_sides("Le Japon bat la Corée du Nord 1-0 à Tokyo", "fr")[0] == frozenset(
        {"k:japan"})
    assert title_sides("Spanien schlägt England im Finale", "de")[0] == frozenset({"k:spain"})
    assert title_sides("Police beat protesters in Paris", "en") == ()
    ev = event_of(AT, "held", "Rain washes out India-Pakistan Asia Cup game")
    f = features(Item("n", "Siraj six-for as India rout Sri Lanka to win Asia Cup", "", None, "s",
                      AT, lang="en"), P)
    assert sides_conflict(ev, f)


def test_one_unmarked_article_does_not_tell_the_events_sex() -> None:
    ev = event_of(AT, "held", "Super Falcons come from two down to beat Morocco, win tenth WAFCON")
    f = features(Item("n", "Frauen-Afrikameisterschaft: Nigeria dreht Finale gegen Marokko", "",
                      None, "s", AT, lang="de"), P)
    assert not gender_conflict(ev, f)
