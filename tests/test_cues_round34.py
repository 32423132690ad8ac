"""Round 34 (session 16; tuned on the sets of round 33 and on events-65.tsv and events-66.tsv,
which were held out until then, with events-67.tsv and events-68.tsv written as new held-out
sets): a vote told by its outcome, its count or its day took place. Confidence and censure
motions survived or lost, a government toppled, an impeachment, a referendum's voters saying
yes or no, "lawmakers voted 364 to 194", "took 58% of the vote", "motion fails", polling
stations that opened or closed, shareholders who approved or rejected; German "übersteht
Misstrauensvotum", "stimmten für", "deutliches Nein", "spricht das Misstrauen aus",
"angelobt"; French "survit à la motion de censure", "motion rejetée", "voix pour", "le oui
l'emporte", "bureaux de vote ont fermé", a "votation". A union's vote to strike announces the
strike. A review (about 350 probes) took out what also reads other news: "ousts" (sport, boards,
coups), "removed from office", "franchit l'obstacle", "échappe à la censure" (films), "a voté
le report", "wählen ... ab" ("wählen ab 16"), "Antrag scheitert vor Gericht", bare "results
show", "auszahlung" (folded, it is also a payout), bare "stimmten", "des voix", "a recueilli",
"dépouillement", "renversé par", "votes to approve/keep/switch" and "stimmen ... zu" (a council
voting for a parade decides the parade, it does not hold it).

The end of a period is no end of an occasion (``features``: "Abinader wins presidency, ending 16
years of PLD rule" does not continue a municipal election held months before, as a strike's
end continues the strike)."""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime
from importlib import resources

import pytest

from watcher.core.cues import Lexicon
from watcher.core.features import features
from watcher.core.params import Params
from watcher.models import Item

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("lang", "title", "summary", "status"), [
    ("en", "Theresa May's government survives no-confidence vote 325-306", "", "held"),
    ("en", "Peru's president survives impeachment vote", "", "held"),
    ("en", "Bayrou loses confidence vote, French government collapses", "", "held"),
    ("en", "Romania's government toppled in no-confidence vote", "", "held"),
    ("en", "South Korea's parliament votes to impeach Yoon over martial law", "", "held"),
    ("en", "New Caledonia votes to remain part of France in independence referendum", "",
     "held"),
    ("en", "Scotland votes No to independence", "", "held"),
    ("en", "Brazil's Senate removes Dilma Rousseff from office",
     "Senators voted 61-20 to convict her of breaking budget laws.", "held"),
    ("en", "ANC loses majority for first time as results declared",
     "The party took 40% of the vote and must now seek coalition partners.", "held"),
    ("en", "Macron's government clings on by nine votes as censure motion fails", "", "held"),
    ("en", "Pakistan election day",
     "Polling stations opened across the country amid tight security.", "held"),
    ("en", "Lufthansa shareholders approve €9bn bailout", "", "held"),
    ("en", "Union members vote to strike at Boeing",
     "The walkout will begin at midnight on Friday.", "planned"),
    ("de", "Theresa May übersteht Misstrauensvotum der eigenen Fraktion", "", "held"),
    ("de", "Deutliches Ja zur Ehe für alle",
     "Rund 64 Prozent der Stimmenden und alle Kantone sagen Ja.", "held"),
    ("de", "Nationalrat spricht Regierung Kurz das Misstrauen aus", "", "held"),
    ("de", "Van der Bellen für zweite Amtszeit angelobt", "", "held"),
    ("de", "Neukaledonien bleibt französisch",
     "Bei einer Beteiligung von über 85 Prozent stimmten 53 Prozent gegen die Loslösung.",
     "held"),
    ("fr", "Bayrou survit à sa première motion de censure", "", "held"),
    ("fr", "Deuxième motion de censure rejetée, les libéraux restent en selle", "", "held"),
    ("fr", "Votation : le oui à la loi Covid l'emporte nettement", "", "held"),
    ("fr", "Législatives au Liban : une participation en baisse",
     "Les bureaux de vote ont fermé à 19 heures.", "held"),
])
def test_round_34_readings(lang: str, title: str, summary: str, status: str) -> None:
    assert LEX.read(title, summary, lang).status == status


@pytest.mark.parametrize(("lang", "title", "summary"), [
    # what the review found reading other news as a vote held
    ("en", "Real Madrid ousts Liverpool from Champions League", ""),
    ("en", "Microsoft removes Copilot from Office for some users", ""),
    ("en", "Results showed a 5% rise in profit", ""),
    ("fr", "Le PSG franchit l'obstacle de Liverpool", ""),
    ("fr", "Un piéton renversé par une voiture", ""),
    ("fr", "Des voix s'élèvent contre le projet", ""),
    ("de", "Erstmals wählen Jugendliche ab 16", ""),
    ("de", "Die Auszahlung der Hilfen verzögert sich nicht", ""),
    ("de", "Die Zahlen stimmten nicht", ""),
])
def test_no_vote_in_other_news(lang: str, title: str, summary: str) -> None:
    assert LEX.read(title, summary, lang).status != "held"


def test_a_vote_about_the_occasion_does_not_hold_it() -> None:
    read = LEX.read("Le Parlement a voté le report des élections",
                    "Le scrutin aura lieu en décembre.", "fr")
    assert read.status == "postponed"


@pytest.mark.parametrize(("lang", "title", "summary", "status"), [
    # a vote that decides an occasion named after it reports no vote held of its own
    ("en", "MPs voted against holding a referendum on the treaty", "", None),
    ("en", "Shareholders approve Arm IPO plan", "The listing is expected in September.",
     "planned"),
    ("de", "Anwohner sagen Nein zum Rockfestival",
     "Die Veranstalter halten an dem Termin im Juli fest.", "planned"),
    # ... a noun of the vote itself, where the vote is held, or no occasion at all, leaves the
    # vote held
    ("en", "Lawmakers voted in favour of the no-confidence motion", "", "held"),
    ("en", "Scotland votes No to independence in referendum", "", "held"),
    ("en", "Senators voted to convict in the impeachment trial", "", "held"),
    ("de", "Schweizer sagen Nein in der Volksabstimmung", "", "held"),
    ("fr", "Les Suisses votent non lors de la votation", "", "held"),
    ("en", "Lufthansa shareholders approve €9bn bailout", "", "held"),
    ("de", "Schweizer sagen Ja zur 13. AHV-Rente", "", "held"),
])
def test_a_vote_that_decides_an_occasion(lang: str, title: str, summary: str,
                                         status: str | None) -> None:
    assert LEX.read(title, summary, lang).status == status


def _title_concepts(title: str) -> frozenset[str]:
    item = Item(key="k", title=title, summary="", link=None, source="s", lang="en",
                published=datetime(2020, 7, 6, tzinfo=UTC), feed_url="u")
    return features(item, Params()).title_concepts


def test_the_end_of_an_era_is_no_end_of_an_occasion() -> None:
    assert "c:end" not in _title_concepts(
        "Abinader wins Dominican presidency, ending 16 years of PLD rule")
    assert "c:end" not in _title_concepts("Olaf Scholz elected chancellor, ending Merkel era")
    assert "c:end" in _title_concepts("UAW members ratify deal, ending 40-day strike at GM")
    # how long the occasion ran is no period of something else
    assert "c:end" in _title_concepts("Mars mission ends after 12 years")
    assert "c:end" in _title_concepts("Union deal ends years-long strike")


def _due_days(summary: str) -> int | None:
    item = Item(key="k", title="Biden und Trump treffen im TV-Duell in Atlanta aufeinander",
                summary=summary, link=None, source="s", lang="de",
                published=datetime(2024, 6, 26, 9, tzinfo=UTC), feed_url="u")  # a Wednesday
    return features(item, Params()).due_days


def test_a_german_weekday_with_its_time_of_day_is_that_day() -> None:
    # "am Donnerstagabend" is Thursday, the day after a Wednesday's article (the tracker's day
    # rules then read a present headline over it as a preview); "donnerstagabends" is habitual
    assert _due_days("Am Donnerstagabend stellen sich beide den Fragen.") == 1
    assert _due_days("Am Sonntagmorgen geht es weiter.") == 4
    assert _due_days("Donnerstagabends läuft die Sendung.") is None


def test_some_such_weekday_is_no_day_ahead() -> None:
    # "an einem Mittwochabend" (on a Wednesday evening, some week) dates nothing to this week
    assert _due_days("Das Spiel wird an einem Mittwochabend ausgetragen.") is None
    assert _due_days("Das Spiel wird am Mittwochabend ausgetragen.") == 0


@pytest.mark.parametrize("lang", ["en", "de", "fr"])
def test_every_decision_is_a_held_cue(lang: str) -> None:
    # a "decisions" phrase only ever guards a held cue written the same way: one missing from
    # the held list would guard nothing
    data = tomllib.loads(
        resources.files("watcher.core").joinpath("lexicon", f"{lang}.toml").read_text("utf-8"))
    held = set(data["held"])
    assert data["markers"]["decisions"]
    assert set(data["markers"]["decisions"]) <= held
