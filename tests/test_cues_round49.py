"""Round 49: how an article's status is read (decided on the 59 tuning sets only).

Families, each a common way news tells that status:

- a line, a plant, a ship put into use: "enters service", "enters commercial operation"
  (en), "met en service", "entre en service", "enfin en service" (fr), "in Betrieb
  genommen", "nimmt den Betrieb auf", "geht in Betrieb" and "in Betrieb" as the last words of
  a clause (de) read held; a time ahead, a future or a modal before them make a plan ("soll
  2026 in Betrieb gehen", "sera mis en service le 1er janvier", "to enter service in 2025").

Tried and dropped are listed in the report of round 49 and the commit messages.
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
