"""Event clustering: same event across outlets and languages, hard negatives kept apart.

The scenarios use a stub lexicon that returns the labelled status of each title, so they test
clustering and the state machine independently of the cue classifier.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from datetime import UTC, datetime, timedelta

from watcher.core.cluster import DocFreq, Index, similarity
from watcher.core.cues import Lexicon
from watcher.core.events import EventState
from watcher.core.features import ItemFeatures, features, keyword_features
from watcher.core.params import Params
from watcher.core.tracker import Tracker
from watcher.core.types import StatusReading
from watcher.models import Item
from watcher.settings import WatchSettings


class StubLexicon:
    no_leads = Lexicon.builtin().no_leads  # how a headline says "no" (``named_call_off``)
    talks_nouns: tuple[str, ...] = ()  # no talks broken off (``talks_broken_off``)

    def __init__(self, statuses: dict[str, str | None]) -> None:
        self.statuses = statuses

    def read(self, title: str, summary: str, lang: str | None,
             year: int | None = None) -> StatusReading:
        return StatusReading(self.statuses.get(title))


# gold event, published, lang, source, title, status, summary
Row = tuple[str, str, str, str, str, str | None, str]


def run(rows: list[Row], *keywords: str) -> dict[str, set[str]]:
    """Replay rows; returns gold event -> set of predicted event ids."""
    lex = StubLexicon({r[4]: r[5] for r in rows})
    tracker = Tracker([WatchSettings("w", keywords=keywords)], lexicon=lex)  # type: ignore[arg-type]
    got: dict[str, set[str]] = defaultdict(set)
    for i, (gold, when, lang, source, title, _, summary) in enumerate(rows):
        when_dt = datetime.fromisoformat(when).replace(tzinfo=UTC)
        item = Item(key=f"k{i}", title=title, summary=summary, link=f"https://x/{i}",
                    source=source, published=when_dt, lang=lang)
        out = tracker.process(item, when_dt)
        assert out.event_id is not None, title
        got[gold].add(out.event_id)
    return got


def assert_clusters(got: dict[str, set[str]]) -> None:
    for gold, ids in got.items():
        assert len(ids) == 1, f"{gold} split into {ids}"
    owners = [i for ids in got.values() for i in ids]
    assert len(owners) == len(set(owners)), f"events merged: {dict(got)}"


SUMMITS: list[Row] = [
    ("alaska", "2025-08-08T20:00", "en", "reuters",
     "Trump and Putin to meet in Alaska on August 15",
     "planned", "Donald Trump said he would meet Vladimir Putin next Friday."),
    ("alaska", "2025-08-09T07:00", "de", "tagesschau",
     "Gipfeltreffen in Alaska: Trump und Putin treffen sich am 15. August", "planned",
     "US-Präsident Donald Trump und Kremlchef Wladimir Putin wollen über die Ukraine sprechen."),
    ("alaska", "2025-08-15T23:00", "en", "ap", "Trump and Putin hold summit in Anchorage, Alaska",
     "held", "The two leaders met for nearly three hours but reached no deal on Ukraine."),
    ("alaska", "2025-08-16T08:00", "fr", "lemonde",
     "Sommet en Alaska : Poutine et Trump sans accord",
     "held", "Vladimir Poutine et Donald Trump se sont quittés sans accord sur l'Ukraine."),
    ("budapest", "2025-10-16T20:05", "en", "reuters", "Trump says he will meet Putin in Budapest",
     "planned", "Two months after their summit in Alaska, Donald Trump said he would meet "
     "Vladimir Putin in Hungary's capital."),
    ("budapest", "2025-10-17T06:00", "de", "zdf", "Trump und Putin wollen sich in Budapest treffen",
     "planned", "Nach dem Gipfel in Alaska soll das nächste Treffen in Ungarn stattfinden."),
    ("budapest", "2025-10-21T20:15", "de", "bluenews",
     "Das baldige Gipfeltreffen zwischen Trump und Putin ist vorerst vom Tisch", "cancelled",
     "Das baldige Treffen zwischen US-Präsident Donald Trump und Kremlchef Wladimir Putin "
     "ist geplatzt."),
    ("budapest", "2025-10-22T13:00", "en", "bbc", "Trump calls off Budapest summit with Putin",
     "cancelled", "Donald Trump said he did not want a wasted meeting with Vladimir Putin."),
]


def test_two_trump_putin_summits_stay_apart_and_join_across_languages() -> None:
    assert_clusters(run(SUMMITS, "Putin", "Poutine"))


SWIFT: list[Row] = [
    ("vienna", "2024-08-07T22:00", "en", "bbc", "Taylor Swift's Vienna concerts cancelled after "
     "terror plot", "cancelled", "Organisers called off three sold-out shows at Ernst Happel "
     "stadium after police foiled an attack."),
    ("vienna", "2024-08-08T06:00", "de", "orf", "Taylor-Swift-Konzerte in Wien abgesagt",
     "cancelled", "Nach einem vereitelten Anschlag wurden die drei Konzerte im Happel-Stadion "
     "abgesagt."),
    ("vienna", "2024-08-08T07:00", "fr", "lemonde", "Taylor Swift annule ses concerts à Vienne",
     "cancelled", "Les trois concerts prévus au stade Ernst-Happel sont annulés."),
    ("london", "2024-08-15T21:00", "en", "guardian", "Taylor Swift plays first of five London "
     "shows after Vienna cancellations", "held", "The singer returned to Wembley Stadium a week "
     "after her concerts in Vienna were called off."),
    ("london", "2024-08-16T07:00", "de", "spiegel", "Taylor Swift spielt in London – eine Woche "
     "nach Wien", "held", "Die Sängerin trat im Wembley-Stadion auf."),
]


def test_cancelled_vienna_concerts_and_london_shows_stay_apart() -> None:
    assert_clusters(run(SWIFT, "Taylor Swift"))


STRIKES: list[Row] = [
    ("jan", "2024-01-08T12:00", "de", "tagesschau", "GDL kündigt Bahnstreik ab Mittwoch an",
     "planned", "Die Lokführergewerkschaft GDL ruft zu einem dreitägigen Streik auf."),
    ("jan", "2024-01-10T05:00", "en", "reuters", "German train drivers begin three-day GDL strike",
     "held", "Deutsche Bahn cancelled most long-distance trains as the GDL strike began."),
    ("jan", "2024-01-10T06:00", "de", "spiegel", "GDL-Streik legt Bahnverkehr lahm", "held",
     "Der Streik der Lokführer hat begonnen."),
    ("mar", "2024-03-05T10:00", "de", "tagesschau", "GDL ruft erneut zum Streik auf", "planned",
     "Die Lokführergewerkschaft GDL hat einen weiteren Streik ab Donnerstag angekündigt."),
    ("mar", "2024-03-07T05:00", "en", "reuters", "GDL rail strike hits Germany again", "held",
     "Train drivers walked out again in their long-running pay dispute with Deutsche Bahn."),
]


def test_rail_strikes_in_january_and_march_stay_apart() -> None:
    assert_clusters(run(STRIKES, "GDL"))


EUROS: list[Row] = [
    ("euro20", "2020-03-17T15:00", "en", "bbc", "Uefa postpones Euro 2020 by a year", "postponed",
     "The European Championship will now be held in the summer of 2021."),
    ("euro20", "2020-03-17T16:00", "de", "kicker", "Uefa verschiebt die EM 2020 um ein Jahr",
     "postponed", "Die Europameisterschaft findet erst im Sommer 2021 statt."),
    ("euro24", "2020-05-20T10:00", "en", "reuters", "Euro 2024 in Germany: Uefa confirms "
     "ten host cities", "planned", "The tournament in Germany will open in Munich."),
]


def test_euro_2020_and_euro_2024_stay_apart() -> None:
    assert_clusters(run(EUROS, "Euro", "EM"))


def test_place_exonyms_and_concepts_are_shared_features() -> None:
    p = Params()
    en = features(Item("a", "Summit in Geneva", "", None, "s",
                       datetime(2021, 6, 1, tzinfo=UTC), lang="en"), p)
    de = features(Item("b", "Gipfel in Genf", "", None, "s",
                       datetime(2021, 6, 1, tzinfo=UTC), lang="de"), p)
    fr = features(Item("c", "Sommet à Genève", "", None, "s",
                       datetime(2021, 6, 1, tzinfo=UTC), lang="fr"), p)
    assert set(en.weights) == set(de.weights) == set(fr.weights) == {"c:summit", "p:geneva"}
    assert en.title_places == frozenset({"geneva"})


def test_conflicting_title_year_vetoes_a_join() -> None:
    p = Params()
    when = datetime(2020, 6, 1, tzinfo=UTC)
    first = Item("a", "Oktoberfest 2020 abgesagt", "", None, "br", when, lang="de")
    ev = EventState(id="e", title=first.title, first_seen=when, last_seen=when)
    from watcher.core.cluster import add_to_event

    add_to_event(ev, features(first, p), p)
    dfs = DocFreq()
    same = Item("b", "Oktoberfest 2020 cancelled", "", None, "ap", when, lang="en")
    other = Item("c", "Oktoberfest 2021 abgesagt", "", None, "br", when, lang="de")
    assert similarity(ev, features(same, p), same, dfs, p) > 0.3
    assert similarity(ev, features(other, p), other, dfs, p) == 0.0


def test_candidate_lookup_scans_bounded_postings() -> None:
    p = Params(posting_scan=5, max_candidates=3)
    idx, dfs = Index(), DocFreq()
    for i in range(100):
        idx.add(f"e{i}", ["w:putin", f"w:other{i}"])
    f = features(Item("a", "Meet Putin", "", None, "s", datetime(2025, 1, 1, tzinfo=UTC)), p)
    got = idx.candidates(f, dfs, p)
    assert len(got) <= 3
    assert set(got) <= {f"e{i}" for i in range(95, 100)}  # newest postings only
    idx.remove({"e99"})
    assert "e99" not in idx.candidates(f, dfs, p)


def _event_of(*titles: str) -> EventState:
    from watcher.core.cluster import add_to_event

    p = Params()
    when = datetime(2025, 8, 8, tzinfo=UTC)
    ev = EventState(id="e", title=titles[0], first_seen=when, last_seen=when)
    for i, title in enumerate(titles):
        ev.n_items += 1
        add_to_event(ev, features(Item(f"k{i}", title, "", None, "s", when), p), p)
    return ev


def test_title_cities_veto_or_weaken() -> None:
    from watcher.core.cluster import conflict

    p = Params()
    when = datetime(2025, 10, 16, tzinfo=UTC)
    alaska = _event_of("Trump and Putin to meet in Alaska", "Putin summit in Anchorage, Alaska")
    budapest = features(Item("b", "Trump to meet Putin in Budapest", "", None, "s", when), p)
    assert conflict(alaska, budapest, p) == (0.0, "place budapest")
    vienna = _event_of("Taylor Swift Vienna concerts cancelled", "Swift-Konzerte in Wien abgesagt")
    london = features(Item("l", "Taylor Swift plays London after Vienna cancellations", "", None,
                           "s", when), p)
    factor, why = conflict(vienna, london, p)
    # the Vienna "after" it names is the occasion before (session 41): London only, a veto
    assert factor == 0.0 and "london" in why
    at_wien = features(Item("w", "Swift-Fans singen in Wien und London", "", None, "s", when), p)
    factor, why = conflict(vienna, at_wien, p)
    assert 0.0 < factor < 1.0 and "london" in why  # a new city beside the event's: weakens
    # one title naming a nearby place does not yet fix the event's place
    visit = _event_of("Charles III attendu en France", "Le dîner de Versailles maintenu")
    paris = features(Item("p", "King Charles arrives in Paris", "", None, "s", when), p)
    assert conflict(visit, paris, p)[0] > 0.0


def test_nationality_adjectives_and_regions_do_not_contradict_a_country() -> None:
    from watcher.core.cluster import conflict

    p = Params()
    when = datetime(2024, 1, 10, tzinfo=UTC)
    strike = _event_of("Allemagne : grève massive des conducteurs de train",
                       "Deutschland: Bahnstreik legt Verkehr lahm")
    bavaria = features(Item("b", "Bahnstreik: Kaum Züge in Bayern", "", None, "s", when,
                            lang="de"), p)
    assert conflict(strike, bavaria, p)[0] == 1.0  # Bavaria is in Germany
    visit = _event_of("Visite du roi Charles en France", "Le roi Charles en France")
    senate = features(Item("s", "Le roi s'adresse aux sénateurs, une première pour un monarque "
                                "britannique", "", None, "s", when, lang="fr"), p)
    assert conflict(visit, senate, p)[0] == 1.0  # "British" describes the king, not the place
    elsewhere = features(Item("e", "King Charles arrives in Germany", "", None, "s", when), p)
    assert conflict(visit, elsewhere, p)[0] < 1.0
    french = features(Item("f", "French rail strike paralyses travel", "", None, "s", when), p)
    assert french.title_countries == {"france"}  # next to the occasion, the adjective locates
    assert conflict(strike, french, p)[0] < 1.0


OLYMPICS: list[Row] = [
    ("paris", "2024-04-15T18:00", "fr", "lemonde", "Cérémonie d'ouverture des Jeux olympiques : "
     "Macron évoque un repli", "planned", "La cérémonie sur la Seine pourrait être réduite."),
    ("paris", "2024-04-16T08:00", "de", "faz", "Olympia-Eröffnung auf der Seine: Paris hat einen "
     "Plan B", "planned", "Die Zeremonie könnte ins Stade de France verlegt werden."),
    ("om", "2024-06-29T12:00", "fr", "lequipe", "L'Olympique de Marseille officialise l'arrivée "
     "de son entraîneur", None, "Le club s'engage pour trois saisons avec l'Italien."),
    ("paris", "2024-07-26T08:00", "en", "ap", "Arson attacks hit French rail network hours before "
     "Olympics opening ceremony", "planned", "Organisers said the ceremony would go ahead."),
    ("paris", "2024-07-26T22:00", "en", "bbc", "Paris Olympics open with rain-soaked ceremony",
     "held", "Athletes sailed through the city on boats."),
]


def test_an_open_event_and_a_later_article_of_the_same_kind_join() -> None:
    """Three months between the plan and the day: the shared occasion (opening ceremony) within
    one watch carries the join; the football club named like the Games stays apart."""
    assert_clusters(run(OLYMPICS, "Olympics", "Olympia", "Jeux olympiques", "olympiques"))



def test_an_event_announced_for_a_weekday_is_not_expected_weeks_later() -> None:
    """"Strike from Thursday" dates the event: a month on, a new article about a strike of the
    same watch gets no benefit of an event still to come (it is about the next strike)."""
    lex = StubLexicon({"GDL kündigt Bahnstreik ab Donnerstag an": "planned"})
    t = Tracker([WatchSettings("gdl", keywords=("GDL",))], lexicon=lex)  # type: ignore[arg-type]
    monday = datetime(2024, 3, 4, 14, tzinfo=UTC)
    out = t.process(Item("a", "GDL kündigt Bahnstreik ab Donnerstag an", "Die Lokführer streiken "
                         "35 Stunden.", None, "tagesschau", monday, lang="de"), monday)
    ev = t.event(out.event_id or "")
    assert ev is not None and ev.due == datetime(2024, 3, 7, 14, tzinfo=UTC)
    assert EventState.from_dict(ev.to_dict()).due == ev.due
    old = ev.to_dict()
    del old["due"]  # a state stored before events had a due date
    assert EventState.from_dict(old).due is None
    p = t.params
    later = monday + timedelta(days=30)
    item = Item("b", "Streik bei der GDL: Züge stehen still", "Der Streik hat begonnen.", None,
                "spiegel", later, lang="de")
    f = features(item, p)
    dated = similarity(ev, f, item, t.dfs, p, None, frozenset(), ["gdl"])
    ev.due = None
    undated = similarity(ev, f, item, t.dfs, p, None, frozenset(), ["gdl"])
    assert dated < undated


def test_spelled_dates_give_a_month_and_the_day_an_occasion_is_due() -> None:
    p = Params()
    when = datetime(2020, 4, 15, 12, tzinfo=UTC)
    moved = features(Item("m", "Tour de France postponed to August 29", "", None, "s", when), p)
    assert moved.date_days == 136 and moved.title_months == {8}
    # "mars" alone may be the planet; next to a day it is the month
    strike = features(Item("r", "Les syndicats appellent à la grève le 7 mars", "", None, "s",
                           datetime(2023, 2, 11, tzinfo=UTC), lang="fr"), p)
    assert strike.title_months == {3} and strike.date_days == 24
    recap = features(Item("c", "Trois semaines après la grève du 19 janvier", "", None, "s",
                          datetime(2023, 2, 11, tzinfo=UTC), lang="fr"), p)
    assert recap.date_days is None  # a date already past is a recap, not an announcement
    assert features(Item("x", "Mars rover lands", "", None, "s", when), p).title_months == set()
    # ordinals: "November 10th", "le 1er juillet"; "10 sec" is no day
    console = features(Item("o", "Console launches July 10th", "", None, "s", when), p)
    assert console.date_days == 86
    fete = Item("j", "La fête aura lieu le 1er juillet", "", None, "s", when, lang="fr")
    assert features(fete, p).date_days == 77
    assert features(Item("n", "July 32nd is no day", "", None, "s", when), p).date_days is None
    # "Mardi gras" is a feast, not a Tuesday; "mardi" alone is
    feast = Item("g", "La Nouvelle-Orléans retrouve son Mardi gras", "", None, "s", when, lang="fr")
    assert features(feast, p).due_days is None
    vote = Item("v", "Le vote aura lieu mardi", "", None, "s", when, lang="fr")
    assert features(vote, p).due_days == 6  # 15 April 2020 is a Wednesday


def test_a_country_locates_an_event_only_where_the_title_puts_the_event_there() -> None:
    p = Params()
    when = datetime(2022, 6, 28, tzinfo=UTC)

    def countries(title: str, lang: str = "de") -> frozenset[str]:
        return features(Item("c", title, "", None, "s", when, lang=lang), p).title_countries

    assert countries("G7-Gipfel in Elmau endet mit Zusagen für die Ukraine") == set()
    assert countries("Trump postpones G7 summit, wants to invite Russia", "en") == set()
    assert countries("Germany rout Scotland in Euro 2024 opener", "en") == set()
    assert countries("König Charles kommt nach Deutschland") == {"germany"}
    assert countries("König Charles hält an Deutschland-Besuch fest") == {"germany"}
    assert countries("Rentenreform: Hunderttausende streiken in Frankreich") == {"france"}


def test_german_compounds_name_their_kind_of_event() -> None:
    p = Params()
    when = datetime(2024, 3, 10, tzinfo=UTC)

    def concepts(title: str, lang: str) -> set[str]:
        f = features(Item("c", title, "", None, "s", when, lang=lang), p)
        return {k for k in f.weights if k.startswith("c:")}

    assert "c:strike" in concepts("GDL kündigt Wellenstreik an", "de")
    assert "c:summit" in concepts("Krisengipfel im Kanzleramt", "de")
    assert "c:ceremony" in concepts("Eröffnungsfeier ohne Zuschauer", "de")
    assert concepts("Bundesliga restart", "en") == set()  # English is not read as compounds


def test_an_event_whose_day_is_past_and_an_article_dating_its_own_are_two() -> None:
    from watcher.core.cluster import conflict

    p = Params()
    monday = datetime(2024, 3, 4, 14, tzinfo=UTC)
    strike = _event_of("GDL kündigt Bahnstreik ab Donnerstag an", "GDL: Streik ab Donnerstag")
    strike.due = monday + timedelta(days=3)
    later = monday + timedelta(days=6)
    nxt = features(Item("n", "GDL kündigt Wellenstreik an: ab Dienstag", "", None, "s", later,
                        lang="de"), p)
    assert conflict(strike, nxt, p, None, later)[0] < 1.0
    assert conflict(strike, nxt, p, None, monday + timedelta(days=1))[0] == 1.0  # still due
    moved = StatusReading("postponed")
    assert conflict(strike, nxt, p, moved, later)[0] == 1.0  # a postponement names a new day


def test_a_year_something_moved_to_is_no_edition_of_its_own() -> None:
    # round 6: "annulé, le nouveau spectacle repoussé à 2027" is the 2025 edition's news; the
    # year after a move ("delayed to", "verschoben auf", "erst") is where a part moved to
    from watcher.core.cluster import conflict

    p = Params()
    when = datetime(2025, 4, 2, tzinfo=UTC)
    ev = _event_of("Lakeside opera festival 2025 called off", "Opernfestspiele 2025 abgesagt")

    def feats(title: str, lang: str) -> ItemFeatures:
        return features(Item("m", title, "", None, "s", when, lang=lang), p)

    moved = feats("Festival d'opéra annulé, la nouvelle création repoussée à 2027", "fr")
    assert moved.moved_years == frozenset({2027}) and 2027 in moved.title_years
    assert conflict(ev, moved, p, None, when)[0] == 1.0
    assert feats("Mondsonde startet erst 2027", "de").moved_years == frozenset({2027})
    assert feats("Probe delayed to 2027", "en").moved_years == frozenset({2027})
    # an edition the title names is one, even next to a move ("moves 2027 fair to June")
    edition = feats("Opera festival moves 2027 edition to June", "en")
    assert edition.moved_years == frozenset()
    assert conflict(ev, edition, p, None, when)[0] == 0.0
    assert conflict(ev, feats("Lakeside opera festival 2027 cancelled", "en"), p, None,
                    when)[0] == 0.0


COURT: list[Row] = [
    ("fraud", "2026-02-02T09:00", "fr", "lemonde",
     "Le procès du maire de Valbonne pour corruption s'ouvre à Nice", "held",
     "L'élu et six entrepreneurs comparaissent pendant dix semaines."),
    ("fraud", "2026-02-02T12:00", "en", "reuters",
     "Valbonne mayor goes on trial in Nice over bribery", "held",
     "Prosecutors say contracts worth millions were rigged."),
    ("fraud", "2026-06-18T15:00", "de", "spiegel",
     "Bürgermeister von Valbonne wegen Bestechung verurteilt", "held",
     "Das Gericht in Nizza verhängte drei Jahre Haft."),
    ("fraud", "2026-06-18T16:00", "en", "bbc",
     "Valbonne mayor found guilty of bribery, jailed for three years", "held",
     "The court in Nice also barred him from office."),
    ("appeal", "2026-09-10T09:00", "fr", "franceinfo",
     "Le maire de Valbonne, condamné, fait appel : procès en appel à Aix en 2027", "planned",
     "La cour d'appel d'Aix-en-Provence rejugera l'affaire."),
]


def test_a_held_trial_goes_on_to_its_verdict_but_not_to_its_appeal() -> None:
    # round 6: four months after the trial opened, its verdict is still that trial's story;
    # an appeal is a trial of its own
    assert_clusters(run(COURT, "Valbonne"))


def test_a_verdict_continues_only_a_held_trial_of_its_watch() -> None:
    from watcher.core.cluster import _verdict

    p = Params()
    opened = datetime(2026, 2, 2, tzinfo=UTC)
    later = datetime(2026, 6, 18, tzinfo=UTC)
    trial = _event_of("Valbonne mayor goes on trial in Nice over bribery")
    trial.status, trial.last_seen, trial.watches = "held", opened, ["w"]
    item = Item("v", "Valbonne mayor found guilty of bribery", "", None, "s", later, lang="en")
    f = features(item, p)
    assert _verdict(trial, f, item, p, StatusReading("held"), ["w"])
    assert not _verdict(trial, f, item, p, StatusReading("held"), ["other"])  # another watch
    assert not _verdict(trial, f, item, p, StatusReading("postponed"), ["w"])
    trial.status = "planned"  # a trial not yet held has no verdict to reach
    assert not _verdict(trial, f, item, p, StatusReading("held"), ["w"])
    trial.status = "held"
    summit = _event_of("Valbonne hosts regional summit")
    summit.status, summit.last_seen, summit.watches = "held", opened, ["w"]
    assert not _verdict(summit, f, item, p, StatusReading("held"), ["w"])  # no trial
    # round 55: a trial no headline gave a verdict of waits for it as long as the window;
    # round 58: ``trial_days``, past it
    too_late = Item("v", "Valbonne mayor found guilty of bribery", "", None, "s",
                    opened + timedelta(days=p.trial_days + 30), lang="en")
    assert not _verdict(trial, features(too_late, p), too_late, p, StatusReading("held"), ["w"])


RESUMED: list[Row] = [
    ("regatta", "2026-03-20T10:00", "de", "ndr",
     "Travemünder Segelwoche wird in den Herbst verschoben", "postponed",
     "Die Regatta findet nicht im Juli statt; ein neuer Termin wird gesucht."),
    ("regatta", "2026-03-20T12:00", "en", "reuters", "Travemünde sailing week postponed to autumn",
     "postponed", "Organisers hope to race in October."),
    ("regatta", "2026-10-03T09:00", "fr", "lequipe",
     "Voile : la semaine de Travemünde s'ouvre enfin", "held",
     "Trois cents bateaux sont au départ."),
]


def test_a_postponed_event_is_its_watchs_story_until_it_takes_place() -> None:
    # round 6: half a year after the postponement, an article reporting it held (its start is
    # no other kind of occasion) is that event
    assert_clusters(run(RESUMED, "Travemünde", "Travemunde"))


def test_the_resumption_needs_a_postponed_event_and_a_held_article() -> None:
    p = Params()
    dfs = DocFreq()
    kw = keyword_features(["Travemünde"], p)  # the watch's keyword: all its items have it
    moved = datetime(2026, 3, 20, tzinfo=UTC)
    ev = _event_of("Travemünde sailing week postponed to autumn")
    ev.status, ev.first_seen, ev.last_seen, ev.watches = "postponed", moved, moved, ["w"]
    item = Item("h", "Travemünde: 300 boats at the start", "", None, "s",
                moved + timedelta(days=200), lang="en")
    f = features(item, p)
    held = similarity(ev, f, item, dfs, p, StatusReading("held"), watches=["w"], discount=kw)
    assert held >= p.join_threshold
    assert similarity(ev, f, item, dfs, p, StatusReading("held"), watches=["x"], discount=kw) < held
    off = dataclasses.replace(p, resumed_days=0)
    assert similarity(ev, f, item, dfs, off, StatusReading("held"), watches=["w"],
                      discount=kw) < held
    ev.status = "cancelled"  # a cancelled event does not come back this way
    assert similarity(ev, f, item, dfs, p, StatusReading("held"), watches=["w"], discount=kw) < held
    # another kind of occasion of the same watch is not the postponed one taking place
    fest = _event_of("Travemünde sailing festival postponed to autumn")
    fest.status, fest.first_seen, fest.last_seen, fest.watches = "postponed", moved, moved, ["w"]
    game = Item("g", "Travemünde football match ends goalless", "", None, "s",
                moved + timedelta(days=200), lang="en")
    assert similarity(fest, features(game, p), game, dfs, p, StatusReading("held"),
                      watches=["w"], discount=kw) < p.join_threshold
    opens = Item("o", "Travemünde festival opens at last", "", None, "s",
                 moved + timedelta(days=200), lang="en")
    assert similarity(fest, features(opens, p), opens, dfs, p, StatusReading("held"),
                      watches=["w"], discount=kw) >= p.join_threshold  # a start: no kind


STRIKE_ENDS: list[Row] = [
    ("dock", "2026-03-02T08:00", "en", "reuters",
     "Tallinn dockers walk out in open-ended strike over pay", "held",
     "Cranes at the container terminal stood still from dawn."),
    ("dock", "2026-03-02T11:00", "de", "dpa",
     "Hafenarbeiter in Tallinn streiken unbefristet", "held",
     "Die Containerterminals stehen still."),
    ("dock", "2026-06-20T09:00", "fr", "afp",
     "Tallinn : fin de la grève des dockers après 110 jours", "held",
     "Les dockers reprennent le travail après un accord salarial."),
    ("port", "2026-04-15T09:00", "en", "reuters",
     "Tallinn hosts Baltic ports summit", "held",
     "Ministers from five countries met at the harbour."),
]


def test_a_held_long_occasion_is_its_watchs_story_until_it_ends() -> None:
    # round 9: months after a strike began, the article on its end is that strike's story,
    # not a new one (a summit of the watch in between stays its own)
    assert_clusters(run(STRIKE_ENDS, "Tallinn"))


def test_an_end_continues_only_a_held_event_of_its_watch() -> None:
    from watcher.core.cluster import _verdict

    p = Params()
    began = datetime(2026, 3, 2, tzinfo=UTC)
    strike = _event_of("Tallinn dockers walk out in open-ended strike over pay")
    strike.status, strike.last_seen, strike.watches = "held", began, ["w"]
    item = Item("e", "Tallinn dockers' strike ends after 110 days", "", None, "s",
                began + timedelta(days=110), lang="en")
    f = features(item, p)
    assert "c:end" in f.title_concepts
    assert _verdict(strike, f, item, p, StatusReading("held"), ["w"])
    assert not _verdict(strike, f, item, p, StatusReading("held"), ["other"])
    strike.status = "planned"  # a strike not yet held has no end to reach
    assert not _verdict(strike, f, item, p, StatusReading("held"), ["w"])
    # "Ende Oktober" dates, it ends nothing
    dated = Item("d", "Streik Ende Oktober geplant", "", None, "s", began, lang="de")
    assert "c:end" not in features(dated, p).title_concepts


def test_a_running_trial_continues_its_held_trial() -> None:
    from watcher.core.cluster import _verdict

    p = Params()
    opened = datetime(2026, 2, 2, tzinfo=UTC)
    trial = _event_of("Valbonne mayor goes on trial in Nice over bribery")
    trial.status, trial.last_seen, trial.watches = "held", opened, ["w"]
    item = Item("r", "Bribery trial of Valbonne mayor resumes after a pause", "", None, "s",
                opened + timedelta(days=60), lang="en")
    f = features(item, p)
    assert _verdict(trial, f, item, p, StatusReading("held"), ["w"])
    # a summit the watch followed is no trial: its news months later is another occasion
    summit = _event_of("Valbonne hosts regional summit")
    summit.status, summit.last_seen, summit.watches = "held", opened, ["w"]
    assert not _verdict(summit, f, item, p, StatusReading("held"), ["w"])


def test_scoring_with_the_items_weights_worked_out_once_gives_the_same_floats() -> None:
    """The tracker works out an item's IDF weights, discounted weights and total once and hands
    them to the index lookup and to every candidate's similarity: each must give exactly what
    it gives when it works them out itself (the scores are compared with a threshold)."""
    from watcher.core.cluster import idf_weights, total_weight, weigh

    p = Params()
    dfs = DocFreq()
    events: list[EventState] = []
    index = Index()
    for i, (_gold, when, lang, source, title, _status, summary) in enumerate(SUMMITS):
        at = datetime.fromisoformat(when).replace(tzinfo=UTC)
        item = Item(key=f"k{i}", title=title, summary=summary, link=None, source=source,
                    published=at, lang=lang)
        f = features(item, p)
        discount = keyword_features(["Putin"], p)
        raw = idf_weights(f, dfs)
        assert raw == {k: w * dfs.idf(k) for k, w in f.weights.items()}
        weighted = weigh(f, dfs, p, discount, raw)
        assert weighted == weigh(f, dfs, p, discount)
        assert index.candidates(f, dfs, p, raw) == index.candidates(f, dfs, p)
        for ev in events:
            assert similarity(ev, f, item, dfs, p, None, discount, ["w"], weighted,
                              total_weight(weighted)) == similarity(
                ev, f, item, dfs, p, None, discount, ["w"])
        ev = EventState(id=f"e{i}", title=title, first_seen=at, last_seen=at, watches=["w"])
        ev.add_item(item, 80)
        ev.features = {k: 1 for k in f.weights}
        events.append(ev)
        index.add(ev.id, ev.features)
        dfs.add(f.weights)


def test_a_weekday_gone_by_or_in_a_name_is_no_day_ahead() -> None:
    """"seit Freitag", "since Friday", "vendredi dernier", "Black Friday", "the Sunday Times"
    and "am Morgen" name no day to come; "Super Thursday", "ab morgen" and a bare "vendredi" do."""
    p = Params()
    when = datetime(2024, 11, 20, 9, tzinfo=UTC)  # a Wednesday

    def due(title: str, lang: str) -> int | None:
        return features(Item("x", title, "", None, "s", when, lang=lang), p).due_days

    assert due("Seit Freitag können Gäste die Plattform betreten", "de") is None
    assert due("Shops have been open since Friday", "en") is None
    assert due("Le verdict a été rendu vendredi dernier", "fr") is None
    assert due("AirPods Pro 2 at a record low for Black Friday", "en") is None
    assert due("Sunak joins the Sunday Times rich list", "en") is None
    assert due("Ein Kabelschaden legte am Morgen die Versorgung lahm", "de") is None
    assert due("Bank of England expected to cut rates on Super Thursday", "en") == 1
    assert due("Der Streik beginnt ab morgen", "de") == 1
    assert due("Le verdict sera rendu vendredi", "fr") == 2


def test_a_year_after_since_is_no_edition() -> None:
    # round 33: "cancelled for first time since 1945" is the 2020 Open's news; "erstmals seit
    # 1990", "une première depuis 1945" name when it last happened, not which edition it is
    from watcher.core.cluster import conflict

    p = Params()
    when = datetime(2020, 4, 6, 14, tzinfo=UTC)

    def feats(title: str, lang: str) -> ItemFeatures:
        return features(Item("m", title, "", None, "s", when, lang=lang), p)

    first = feats("Open Championship cancelled for first time since 1945", "en")
    assert first.title_years == frozenset()
    assert feats("Open erstmals seit 1990 abgesagt", "de").title_years == frozenset()
    assert feats("Open cancelled, a first since the 1945 edition", "en").title_years == frozenset()
    assert feats("Kein Open seit dem Jahr 2019", "de").title_years == frozenset()
    assert feats("British Open 2020 annulé, une première depuis 1945", "fr").title_years == {2020}
    ev = _event_of("Open Championship cancelled for first time since 1945")
    assert conflict(ev, feats("British Open 2020 abgesagt", "de"), p, None, when)[0] == 1.0


def test_the_weights_alone_are_the_features_weights() -> None:
    """The document-frequency sample takes ``feature_weights``, which skips all but the weights:
    they must be ``features().weights`` exactly (keys, boosts, order), also where the skipped
    look-arounds have a say (a weekday, a date, a year since or moved to, an era that ends, a
    country that locates) and where an item has more features than are kept."""
    from pathlib import Path

    from watcher.core.features import feature_weights
    from watcher.scoring import load_rows, to_item

    when = datetime(2024, 11, 20, 9, tzinfo=UTC)
    texts = [
        ("Shops open since Friday; Black Friday sale on Sunday", "Strike until Monday.", "en"),
        ("Gipfel in Paris auf den 7. März verschoben", "Der Streik beginnt ab morgen.", "de"),
        ("Salon repoussé à 2022, une première depuis 1945", "Grève en France le 29 août", "fr"),
        ("Vote ending 16 years of PLD rule in Japan", "Merkel era ends; May 6 summit", "en"),
        ("", "", None),
    ]
    made = [Item(f"x{i}", title, summary, None, "s", when, lang=lang)
            for i, (title, summary, lang) in enumerate(texts)]
    data = Path(__file__).resolve().parent / "data"
    rows = [to_item(r) for name in ("events.tsv", "events-2.tsv", "events-40.tsv")
            for r in load_rows(data / name)]
    for p in (Params(), dataclasses.replace(Params(), max_item_features=6)):
        for item in made + rows + [dataclasses.replace(r, summary=r.summary * 4) for r in rows]:
            want = features(item, p).weights
            got = feature_weights(item, p)
            assert got == want and list(got) == list(want), item.title


def test_foreign_mass_leaves_out_only_the_items_lower_case_words() -> None:
    p = Params()
    item = Item(key="k", title="Nato-Gipfel beschließt Fünf-Prozent-Ziel",
                summary="Spanien erhält eine Sonderregel; Trump lobte Generalsekretär Rutte.",
                link="https://x/1", source="zeit",
                published=datetime(2025, 6, 25, 16, tzinfo=UTC), lang="de")
    f = features(item, p)
    assert {"w:lobt", "w:erhalt"} <= f.bound
    assert not {"w:trump", "w:rute"} & f.bound  # names, written with a capital
    # a sentence's first word is written with a capital whatever it is: not a lower-case word
    initial = features(dataclasses.replace(item, title="Tsipras hält am Referendum fest",
                                           summary=""), p)
    assert "w:tsipr" not in initial.bound and "w:halt" in initial.bound

    def event(lang: str) -> EventState:
        first = dataclasses.replace(item, key="e", lang=lang, title="NATO summit in The Hague",
                                    summary="Trump praised Rutte; Spain gets an exemption.")
        ev = EventState(id="e", title=first.title, first_seen=first.published,
                        last_seen=first.published, status="held")
        ev.add_item(first, p.title_chars)
        ev.watches.append("w")
        for k in features(first, p).weights:
            ev.features[k] = 1
        return ev

    dfs = DocFreq()
    off = dataclasses.replace(p, foreign_mass=0.0)
    english, german = event("en"), event("de")
    assert (similarity(english, f, item, dfs, p, watches=["w"])
            > similarity(english, f, item, dfs, off, watches=["w"]))
    # an event with German articles already could share them: the whole item counts
    assert (similarity(german, f, item, dfs, p, watches=["w"])
            == similarity(german, f, item, dfs, off, watches=["w"]))
    # an event stored before its languages were kept: as before
    stored = EventState.from_dict({k: v for k, v in english.to_dict().items() if k != "langs"})
    assert (similarity(stored, f, item, dfs, p, watches=["w"])
            == similarity(stored, f, item, dfs, off, watches=["w"]))
    assert EventState.from_dict(english.to_dict()).langs == ["en"]



def test_lower_case_german_fest_is_no_festival() -> None:
    # "hält am Termin fest", "der Termin steht fest": a plan kept, no festival; the noun is
    # written with a capital ("das Fest")
    p = Params()

    def concepts(title: str) -> set[str]:
        item = Item(key="k", title=title, summary="", link="https://x/1", source="s",
                    published=datetime(2025, 6, 25, tzinfo=UTC), lang="de")
        return {k for k in features(item, p).weights if k.startswith("c:")}

    assert "c:festival" not in concepts("Myanmar hält trotz Corona an Wahltermin fest")
    assert "c:festival" not in concepts("Duke Nukem Forever: Termin steht fest")
    assert "c:festival" in concepts("Die Stadt feiert ihr Fest trotz Regen")


def test_a_year_moved_to_may_come_with_its_month_or_part() -> None:
    # a postponement to "December 2026" or "end-2022" names where the occasion moved, not an
    # edition of its own: no year conflict with the event postponed before to 2024
    p = Params()

    def moved(title: str, lang: str = "en") -> frozenset[int]:
        item = Item(key="k", title=title, summary="", link="https://x/1", source="s",
                    published=datetime(2022, 6, 25, tzinfo=UTC), lang=lang)
        return features(item, p).moved_years

    assert moved("South Sudan postpones first election to December 2026") == {2026}
    assert moved("EDF pushes Flamanville reactor start to end-2022 after weld repairs") == {2022}
    assert moved("Wahl verschoben auf Ende Juni 2026", "de") == {2026}
    assert moved("Euro 2020 postponed to 2021") == {2021}
    assert moved("Fair moves 2021 edition to September") == frozenset()


def test_an_article_below_the_threshold_joins_its_watchs_best_event_if_nothing_disagrees() -> None:
    # joining.near_event: within a watch an article of the same occasion may share little but its
    # names; it joins the best event when that is the watch's and scored near_threshold
    def item(key: str, when: str, lang: str, title: str, summary: str) -> Item:
        return Item(key=key, title=title, summary=summary, link=f"https://x/{key}", source=key,
                    published=datetime.fromisoformat(when).replace(tzinfo=UTC), lang=lang)

    visit = item("a", "2024-04-12T11:00", "en",
                 "Pope Francis to visit Indonesia, Papua New Guinea, East Timor and Singapore",
                 "The Vatican confirmed a 12-day trip in September, his longest.")
    trip = item("b", "2024-04-20T15:00", "de", "Papst Franziskus reist im September nach Asien",
                "Auf dem Programm stehen Indonesien, Papua-Neuguinea, Osttimor und Singapur.")
    # another trip of the watch still to come: the current story is not the only live event
    other = item("c", "2024-04-02T09:00", "en", "Pope Francis to celebrate Easter mass in Rome",
                 "The Holy See said the pontiff would preside despite his health.")
    watch = WatchSettings("pope", keywords=("Pope Francis", "Papst Franziskus"))
    # (a threshold above this pair's score stands for an article that shares less)
    # (Indonesia is a country of concepts.py since round 48: the pair shares it across languages)
    strict = dataclasses.replace(Params(), join_threshold=0.45, near_threshold=0.3)
    outcomes = {}
    for name, params in (("near", strict), ("off", dataclasses.replace(strict, near_threshold=0))):
        tracker = Tracker([watch], params=params)
        tracker.process(other, other.published)
        first = tracker.process(visit, visit.published)
        second = tracker.process(trip, trip.published)
        assert 0.3 <= second.candidates[0][1] < 0.45
        outcomes[name] = (first.event_id, second.event_id)
    assert outcomes["near"][0] == outcomes["near"][1]
    assert outcomes["off"][0] != outcomes["off"][1]


def test_a_plan_for_a_day_ahead_after_the_event_took_place_is_the_next_occasion() -> None:
    """The runoff after the first round: a held event and a planned article dating a day still
    to come conflict twice over (a planned article without a day, once)."""
    from watcher.core.cluster import conflict

    p = Params()
    tuesday = datetime(2024, 7, 2, 9, tzinfo=UTC)
    first = _event_of("Stichwahl im Iran nötig",
                      "En Iran, un second tour entre Pezeshkian et Jalili")
    first.status = "held"
    runoff = features(Item("r", "Iran : le second tour de la présidentielle aura lieu vendredi",
                           "", None, "s", tuesday, lang="fr"), p)
    undated = features(Item("u", "Iran : le second tour de la présidentielle aura lieu", "", None,
                            "s", tuesday, lang="fr"), p)
    plan = StatusReading("planned")
    assert conflict(first, runoff, p, plan, tuesday)[0] == p.status_conflict ** 2
    assert conflict(first, undated, p, plan, tuesday)[0] == p.status_conflict
    assert conflict(first, runoff, p, StatusReading("held"), tuesday)[0] == 1.0


def test_a_verdict_is_named_by_its_sentence_and_its_acquittal() -> None:
    """"gets life sentence", "Jury acquits", "Freispruch", "Haftstrafe" report a trial's
    verdict as "sentenced" and "freigesprochen" do (cluster._verdict: a held trial goes on to
    it). They joined the list in session 24: over the tuning sets 2 wrong alerts and 1 missed
    run fewer; over the held-out sets 2 wrong alerts fewer and 2 runs missed more."""
    p = Params()
    when = datetime(2018, 4, 25, tzinfo=UTC)
    for title, lang in (("Danish inventor Madsen gets life sentence for submarine murder", "en"),
                        ("Jury acquits three men in Lac-Mégantic disaster", "en"),
                        ("Überraschender Freispruch für Bernard Tapie", "de"),
                        ("Haftstrafe für Ex-Manager", "de")):
        f = features(Item("k", title, "", None, "s", when, lang=lang), p)
        assert "c:verdict" in f.title_concepts, title
    f = features(Item("k", "Sentencing guidelines debated", "", None, "s", when, lang="en"), p)
    assert "c:verdict" not in f.title_concepts


def test_an_organisation_is_one_concept_whatever_its_initials() -> None:
    """ECB/EZB/BCE, NATO/OTAN, UNO/ONU/"Vereinte Nationen": one body in every language, so
    articles about it share a feature; initials that are common words (un, eu) are left out."""
    p = Params()
    when = datetime(2024, 6, 6, tzinfo=UTC)

    def concepts(title: str, lang: str) -> set[str]:
        f = features(Item("k", title, "", None, "s", when, lang=lang), p)
        return {k for k in f.weights if k.startswith("c:org_")}

    assert concepts("EZB senkt erstmals seit Jahren die Zinsen", "de") == {"c:org_ecb"}
    assert concepts("La BCE abaisse ses taux", "fr") == {"c:org_ecb"}
    assert concepts("Europäische Zentralbank senkt die Zinsen", "de") == {"c:org_ecb"}
    assert concepts("Sommet de l'OTAN à Vilnius", "fr") == concepts("NATO summit in Vilnius", "en")
    assert concepts("Die Vereinten Nationen tagen in Genf", "de") == {"c:org_un"}
    assert concepts("Un sommet a eu lieu", "fr") == set()


def test_a_wedding_a_funeral_a_referendum_are_one_concept_in_every_language() -> None:
    """"Prinzessin Eugenie heiratet am Freitag in Windsor" and "Princess Eugenie to marry Jack
    Brooksbank" share more than the bride's name."""
    p = Params()
    when = datetime(2018, 10, 8, tzinfo=UTC)

    def shared(a: tuple[str, str], b: tuple[str, str]) -> set[str]:
        fa = features(Item("a", a[0], "", None, "s", when, lang=a[1]), p)
        fb = features(Item("b", b[0], "", None, "s", when, lang=b[1]), p)
        return {k for k in fa.weights if k.startswith("c:") and k in fb.weights}

    assert shared(("Prinzessin Eugenie heiratet am Freitag in Windsor", "de"),
                  ("Princess Eugenie to marry Jack Brooksbank in autumn", "en")) == {
        "c:princess", "c:wedding"}
    assert "c:funeral" in shared(("Obsèques de la reine à Londres", "fr"),
                                 ("Queen's funeral in London", "en"))
    assert "c:referendum" in shared(("Volksabstimmung in der Schweiz", "de"),
                                    ("Swiss referendum on Sunday", "en"))
    assert "c:worldcup" in shared(("La Coupe du monde au Qatar", "fr"),
                                  ("World Cup in Qatar", "en"))
