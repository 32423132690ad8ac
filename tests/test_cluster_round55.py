"""Clustering, round 55: one gold event split into two events, so that the second re-alerted a
status already told (session 27, decided on the 59 tuning sets).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.cluster_cases import event_of
from watcher.core.cluster import _verdict, conflict
from watcher.core.events import EventState
from watcher.core.features import features
from watcher.core.params import Params
from watcher.core.types import StatusReading
from watcher.models import Item

P = Params()
OPENED = datetime(2020, 9, 15, 9, tzinfo=UTC)


def _trial(*titles: str) -> EventState:
    return event_of(OPENED, "held", *titles, params=P)


def _later(title: str, days: int, lang: str = "en") -> Item:
    return Item("v", title, "", None, "s", OPENED + timedelta(days=days), lang=lang)


def test_a_verdict_ends_a_long_trial_that_had_none_yet() -> None:
    """A trial's verdict comes a year and more after its opening (terror, fraud trials) with
    little news between: "goes on trial", then 18 months later "court convicts"."""
    trial = _trial("Ghosn aide Greg Kelly goes on trial in Tokyo")
    assert not trial.court
    item = _later("Tokyo court convicts Ghosn aide Kelly on one count", 534)
    f = features(item, P)
    assert _verdict(trial, f, item, P, StatusReading("held"), ["w"])


def test_a_trial_that_had_its_verdict_takes_no_later_verdict_after_months() -> None:
    """A trial whose headlines gave the verdict is over: a verdict many months on is another
    trial's (the second trial of the same man) or the sentencing."""
    trial = _trial("R. Kelly goes on trial in Brooklyn",
                   "R. Kelly found guilty of racketeering and sex trafficking")
    assert "guilty" in trial.court
    item = _later("R. Kelly convicted on six of 13 counts in hometown trial", 330)
    f = features(item, P)
    assert not _verdict(trial, f, item, P, StatusReading("held"), ["w"])
    # within ``verdict_days`` it still does, as before
    near = _later("R. Kelly convicted on six of 13 counts", 30)
    assert _verdict(trial, features(near, P), near, P, StatusReading("held"), ["w"])


def test_an_acquittal_is_a_verdict_that_ends_the_trial() -> None:
    """An acquittal ends a trial as a conviction does: "Senate acquits Trump" in February 2020
    leaves the first impeachment trial over, so "Trump acquitted in second impeachment trial" a
    year on is not its waited-for verdict (session 28: ``ev.court`` marked only guilt and
    sentence, and the 2021 verdict rejoined the 2020 trial)."""
    trial = _trial("Senate impeachment trial of Trump to begin Thursday",
                   "Senate acquits Trump in impeachment trial",
                   "Procédure de destitution : Donald Trump acquitté par le Sénat")
    assert trial.court == ["acquittal"]
    item = _later("Trump acquitted in second impeachment trial", 390)
    assert not _verdict(trial, features(item, P), item, P, StatusReading("held"), ["w"])
    for title in ("Freispruch für den Angeklagten", "Les deux militantes relaxées",
                  "Jury acquits officer of manslaughter"):
        assert "acquittal" in features(Item("k", title, "", None, "s", OPENED), P).court, title


def test_a_trial_named_going_on_is_not_stretched_past_verdict_days() -> None:
    """Only a verdict is waited for however long: an article naming a trial that opens long
    after another of the watch's trials is the next trial, not this one going on."""
    trial = _trial("Jimmy Lai goes on trial over unauthorised assembly")
    item = _later("Jimmy Lai's national security trial opens in Hong Kong", 400)
    f = features(item, P)
    assert "c:trial" in f.title_concepts and "c:verdict" not in f.title_concepts
    assert not _verdict(trial, f, item, P, StatusReading("held"), ["w"])


def test_plural_and_feminine_verdicts_name_a_verdict() -> None:
    """"les trois accusés acquittés", "relaxées", "Lebenslang für ...": verdicts in headlines
    that the verdict concept missed for their endings."""
    for title, lang in [("Tragédie de Lac-Mégantic : les trois accusés acquittés", "fr"),
                        ("Les deux militantes relaxées", "fr"),
                        ("Les dirigeants reconnus coupables", "fr"),
                        ("Lebenslang für Stephan Ernst", "de")]:
        f = features(Item("k", title, "", None, "s", OPENED, lang=lang), P)
        assert "c:verdict" in f.title_concepts, title


def test_a_plan_for_later_today_is_the_postponed_events_new_day() -> None:
    """"Crew-1 : décollage prévu dimanche soir", published on the Sunday morning, after the
    launch was put back: the postponed event's new day, as "Sunday" named days ahead is, not
    a plan the event left (no status conflict)."""
    ev = _trial("NASA targets Oct. 31 for SpaceX Crew-1 launch")
    ev.status = "postponed"
    ev.history = [{"status": "planned"}, {"status": "postponed"}]
    sunday = datetime(2020, 11, 15, 8, tzinfo=UTC)
    item = Item("v", "Crew-1 : décollage prévu dimanche soir depuis Cap Canaveral", "", None,
                "s", sunday, lang="fr")
    f = features(item, P)
    assert f.due_days == 0
    assert conflict(ev, f, P, StatusReading("planned"), sunday)[0] == 1.0
    # a plan with no day named still conflicts with the postponed event it left
    bare = Item("v", "Crew-1 : décollage prévu depuis Cap Canaveral", "", None, "s", sunday,
                lang="fr")
    assert conflict(ev, features(bare, P), P, StatusReading("planned"), sunday)[0] < 1.0


def test_a_central_banks_rates_are_one_feature_across_languages() -> None:
    """"ECB cuts rates", "EZB dürfte den Leitzins erneut senken", "la BCE baisse ses taux": a
    rate decision shares its rates, as it shares the bank's initials."""
    for title, lang in [("ECB cuts rates to record-low 1 percent", "en"),
                        ("EZB dürfte den Leitzins erneut senken", "de"),
                        ("La BCE baisse ses taux directeurs", "fr")]:
        f = features(Item("k", title, "", None, "s", OPENED, lang=lang), P)
        assert {"c:rate", "c:org_ecb"} <= set(f.weights), title


def test_sofia_is_no_city_that_locates_an_event() -> None:
    """"Carl Philip und Sofia sagen morgen Ja": Sofia is as often a person as Bulgaria's
    capital, and as a city it vetoed the wedding the Stockholm article opened."""
    f = features(Item("k", "Königliche Hochzeit: Carl Philip und Sofia sagen morgen Ja", "",
                      None, "s", OPENED, lang="de"), P)
    assert not f.title_places
    assert "p:stockholm" in features(Item("k", "Stockholm prepares for Prince Carl Philip's "
                                               "wedding", "", None, "s", OPENED), P).weights


def test_disjoint_months_and_days_weaken_less_than_half() -> None:
    """A title's month is often a deadline ("until June 28 to decide") or a new date told
    without a postponement word: disjoint months weaken a join (``month_conflict``), less than
    they did (0.5), and so does a day of the item's own after the event's (``date_conflict``)."""
    ev = _trial("ICC gives BCCI until June 28 to decide on T20 World Cup")
    ev.status = "planned"
    item = _later("T20 World Cup moved to UAE and Oman, starts October 17", 27)
    f = features(item, P)
    factor, why = conflict(ev, f, P, StatusReading("planned"), item.published)
    assert why == "month" and factor == P.month_conflict
    assert 0.5 < P.month_conflict < 1.0 and 0.5 < P.date_conflict < 1.0


def test_a_city_new_to_the_event_weakens_a_join_by_a_quarter() -> None:
    """"Serbien verbietet Pride in Belgrad – Kritik aus Brüssel": Brussels is where the
    criticism comes from, not where the Pride is; a new city weakens (``place_extra``), by
    less than a third now, and a city with none in common still vetoes."""
    ev = _trial("Belgrade Pride organisers insist Sunday march will go ahead",
                "Belgrade Pride march set for Sunday")
    item = _later("Serbien verbietet Pride in Belgrad – Kritik aus Brüssel", 1, "de")
    f = features(item, P)
    factor, why = conflict(ev, f, P, None, item.published)
    assert why == "new place brussels" and factor == P.place_extra == 0.75
    other = _later("Pride march in Brussels draws thousands", 1)
    assert conflict(ev, features(other, P), P, None, other.published)[0] == P.place_conflict


def test_a_german_election_compound_is_an_election() -> None:
    """"Äthiopien verschiebt Parlamentswahl" and "Ethiopia postpones August election" share
    the election (German writes what is elected before "-wahl"); "Auswahl" (a selection, a
    national team) is too short a word to be read so."""
    for title in ("Äthiopien verschiebt Parlamentswahl", "Kommunalwahlen in Bayern",
                  "Bundespräsidentenwahl im Oktober"):
        f = features(Item("k", title, "", None, "s", OPENED, lang="de"), P)
        assert "c:election" in f.weights, title
    f = features(Item("k", "Die Auswahl gewinnt", "", None, "s", OPENED, lang="de"), P)
    assert "c:election" not in f.weights
