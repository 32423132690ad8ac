"""Round 49: how an article's status is read (decided on the 59 tuning sets only).

Families, each a common way news tells that status:

- a line, a plant, a ship put into use: "enters service", "enters commercial operation"
  (en), "met en service", "entre en service", "enfin en service" (fr), "in Betrieb
  genommen", "nimmt den Betrieb auf", "geht in Betrieb" and "in Betrieb" as the last words of
  a clause (de) read held; a time ahead, a future or a modal before them make a plan ("soll
  2026 in Betrieb gehen", "sera mis en service le 1er janvier", "to enter service in 2025");
- shares, a rocket "on"/"in" their debut ("shares plunge 26% on stock market debut", "raises
  $4.4 billion in NYSE debut"), a film's "$155 million debut/opening", "box office record"
  (en); a Bourse entry made ("fait son entrée à la Bourse", "rate son entrée", "entre en
  Bourse", "débuts en Bourse", fr) read held; "ahead of its debut", "eyes October debut",
  "officialise son entrée en Bourse" stay plans;
- a strike that "halts" or "shuts" something is on; a sentence "handed" down is a verdict
  (held), and a "suspended six-month term" no postponement (en);
- a trial or a truce on its first day: "début du procès", "au premier jour de son procès",
  "les débats se sont ouverts", "au premier jour du cessez-le-feu" (fr, held);
- a launch scrubbed: "calls off ... before lift-off" (en, the past form was there), "Start
  der ... abgebrochen" with a name between (de) read postponed.

Tried and dropped (no gain on tuning, wrong + missed): French "jugé(e)(s) à partir de lundi",
"devant ... à partir de" (planned) and "à partir de" + a day as a date ahead (10 rows read
better, no alert changed: 490 / 645 both); a headline "Pas de <Name> cet été" without an event
noun where nouns are not capitalised (cancelled: 489 / 638 -> 490 / 637); German "Abschied
von" a person as a funeral held (9 rows better, 489 / 638 both); any day or date ahead in a
headline with no cue and no past word as a weak plan, without an event noun (111 rows better,
15 worse, but 487 / 637 -> 504 / 630: price rises "in April", "Mardi gras", "Black Monday").
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "lang", "status"), [
    ("Vogtle unit 3 enters commercial operation", "en", "held"),
    ("High speed line enters service after years of delay", "en", "held"),
    ("New frigate to enter service in 2025", "en", "planned"),
    ("Stockholm met en service la Citybanan, son tunnel ferroviaire", "fr", "held"),
    ("Le réacteur Vogtle 3 entre en service commercial", "fr", "held"),
    ("La ligne Trillium enfin en service à Ottawa", "fr", "held"),
    ("La deuxième ligne du métro sera mise en service le 20 septembre", "fr", "planned"),
    ("Tren Maya in Betrieb genommen", "de", "held"),
    ("Metro in Riad nimmt Betrieb auf", "de", "held"),
    ("Zweiter neuer Reaktor in Vogtle in Betrieb", "de", "held"),
    ("Europas stärkster Atomreaktor geht in Finnland in Regelbetrieb", "de", "held"),
    ("Stadtbahntunnel geht am Wochenende in Betrieb", "de", "planned"),
    ("Brenner Basistunnel soll 2026 in Betrieb gehen", "de", "planned"),
])
def test_round49_put_into_service(title: str, lang: str, status: str) -> None:
    assert LEX.read(title, "", lang).status == status


def test_round49_in_betrieb_only_at_clause_end() -> None:
    # "in Betrieb" with more of its clause after it is no report of a start
    assert LEX.read("Firma hält Werk in Betrieb trotz Streik", "", "de").status != "held"


@pytest.mark.parametrize(("title", "lang", "status"), [
    ("Deliveroo shares plunge 26% on stock market debut", "en", "held"),
    ("Aramco shares jump 10% on Riyadh debut", "en", "held"),
    ("Didi raises $4.4 billion in NYSE debut", "en", "held"),
    ("'Barbie' rules box office with $155 million debut", "en", "held"),
    ("'The Batman' soars with $134 million opening", "en", "held"),
    ("Kioxia files for Tokyo IPO, eyes October debut", "en", "planned"),
    ("Ferrari fait son entrée à la Bourse de Milan", "fr", "held"),
    ("Deliveroo rate son entrée à la Bourse de Londres", "fr", "held"),
    ("Glencore entre en Bourse sans éclat", "fr", "held"),
    ("Canal+, Havas et Louis Hachette font leurs débuts en Bourse", "fr", "held"),
])
def test_round49_market_debut(title: str, lang: str, status: str) -> None:
    assert LEX.read(title, "", lang).status == status


@pytest.mark.parametrize(("title", "status"), [
    ("Strike halts SEPTA Regional Rail trains in Philadelphia", "held"),
    ("Strikes halt flights at 13 German airports", "held"),
    ("Tube strike shuts most lines as walkouts hit Budget Day", "held"),
    ("South Korea opposition leader Lee Jae-myung handed suspended sentence", "held"),
    ("Sarkozy handed one-year sentence over 2012 campaign spending", "held"),
    ("Sonko to be handed sentence on Monday", "planned"),
])
def test_round49_strike_halts_and_sentences(title: str, status: str) -> None:
    assert LEX.read(title, "", "en").status == status


def test_round49_suspended_term_is_no_postponement() -> None:
    title = "Senegal appeals court hands opposition leader Sonko suspended six-month term"
    assert LEX.read(title, "", "en").status != "postponed"


@pytest.mark.parametrize("title", [
    "Début du procès de Gilbert Rozon à Montréal",
    "Jonathann Daval face à la famille d'Alexia au premier jour de son procès",
    "Procès de Sean Combs : les débats se sont ouverts à New York",
    "Trois otages libérées au premier jour du cessez-le-feu à Gaza",
])
def test_round49_first_day_of_trial_or_truce(title: str) -> None:
    assert LEX.read(title, "", "fr").status == "held"


def test_round49_trial_start_ahead_is_a_plan() -> None:
    assert LEX.read("Début du procès de Gilbert Rozon lundi", "", "fr").status == "planned"


@pytest.mark.parametrize(("title", "lang"), [
    ("Agnikul calls off Agnibaan launch minutes before lift-off", "en"),
    ("Start der Crew Dragon wegen Gewitter abgebrochen", "de"),
])
def test_round49_launch_scrubbed_is_postponed(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "postponed"
