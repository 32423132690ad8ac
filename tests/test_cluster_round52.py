"""Clustering, round 52: one gold event split into two events, so that the second re-alerted a
status already told (session 26, decided on the 59 tuning sets).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from tests.cluster_cases import event_of
from watcher.core.cluster import DocFreq, _verdict, similarity
from watcher.core.events import EventState
from watcher.core.features import features
from watcher.core.params import Params
from watcher.core.types import StatusReading
from watcher.models import Item

P = Params()
OPENED = datetime(2019, 3, 11, 9, tzinfo=UTC)


def _trial(*titles: str) -> EventState:
    return event_of(OPENED, "held", *titles, params=P)


def _item(title: str, summary: str, lang: str = "fr") -> Item:
    return Item("v", title, summary, None, "s", OPENED + timedelta(days=119), lang=lang)


def test_a_verdict_whose_summary_names_an_appeal_still_ends_the_trial() -> None:
    """"Bernard Tapie relaxé", whose summary says the prosecution may appeal: the verdict of
    the trial held four months before, not an appeal of its own."""
    trial = _trial("Bernard Tapie goes on trial over Adidas arbitration payout")
    item = _item("Bernard Tapie relaxé dans l'affaire de l'arbitrage",
                 "Le parquet peut faire appel de cette décision.")
    f = features(item, P)
    assert "c:appeal" in f.weights and "c:appeal" not in f.title_concepts
    assert _verdict(trial, f, item, P, StatusReading("held"), ["w"])


def test_an_article_whose_title_is_about_an_appeal_does_not_continue_the_trial() -> None:
    trial = _trial("Bernard Tapie goes on trial over Adidas arbitration payout")
    item = _item("Arbitrage : Bernard Tapie relaxé en appel", "La cour d'appel a tranché.")
    f = features(item, P)
    assert {"c:appeal", "c:verdict"} <= f.title_concepts
    assert not _verdict(trial, f, item, P, StatusReading("held"), ["w"])


def _title(title: str, lang: str = "en") -> tuple[frozenset[str], frozenset[str]]:
    f = features(Item("k", title, "", None, "s", OPENED, lang=lang), P)
    return frozenset(f.weights), f.title_countries


def test_more_countries_share_one_feature_across_languages() -> None:
    """"Éthiopie", "Äthiopien", "Ethiopia": one feature, as the countries of round 48 are."""
    for title, lang in [("Ethiopia postpones election over coronavirus", "en"),
                        ("Äthiopien verschiebt Parlamentswahl", "de"),
                        ("Éthiopie : les législatives reportées", "fr")]:
        assert "k:ethiopia" in _title(title, lang)[0]
    assert "k:ivorycoast" in _title("Côte d'Ivoire : la présidentielle fixée", "fr")[0]
    assert "k:saudiarabia" in _title("Saudi Arabia calls off Aramco IPO")[0]


def test_more_countries_locate_nothing() -> None:
    """Titles name these countries as the actors of talks, trips and matches held elsewhere
    ("Sudan talks to resume in Jeddah"): they do not make a title's country for the conflict
    rule, while the countries of round 48 still do."""
    feats, countries = _title("La visite de Joe Biden en Angola reportée", "fr")
    assert "k:angola" in feats and not countries
    assert _title("Biden to visit Germany next week")[1] == {"germany"}


def test_an_article_in_a_new_language_leaves_out_most_of_its_lower_case_words() -> None:
    """Round 52: seven tenths of the lower-case words' weight, not half, left out of the mass
    of an article in a language none of the event's articles is in (``foreign_mass``): its
    coverage of the event its English and French reports opened comes nearer to what an
    English article saying the same would get."""
    assert P.foreign_mass == 0.7
    at = OPENED + timedelta(days=1)
    item = Item("k", "Nato-Gipfel beschließt Fünf-Prozent-Ziel",
                "Spanien erhält eine Sonderregel; Trump lobte Generalsekretär Rutte.", None,
                "s", at, lang="de")
    f = features(item, P)
    first = Item("e", "NATO summit in The Hague", "Trump praised Rutte; Spain gets an exemption.",
                 None, "s", at, lang="en")
    ev = EventState(id="e", title=first.title, first_seen=at, last_seen=at, status="held")
    ev.add_item(first, P.title_chars)
    ev.watches.append("w")
    for k in features(first, P).weights:
        ev.features[k] = 1
    dfs = DocFreq()
    half = replace(P, foreign_mass=0.5)
    assert (similarity(ev, f, item, dfs, P, watches=["w"])
            > similarity(ev, f, item, dfs, half, watches=["w"]))
