"""Round 28 (session 11; tuned on every set but the held-out -45, -46, -51, -53, -54 and -55):
a result infinitive after a verb reports the result ("storms from 17th to win"), unless a word
of expectation or effort comes first ("favourite to win"); a summary in the past reports what
its "before ..." dates, so it no longer turns its headline's present into a preview."""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon
from watcher.core.features import says_again

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("lang", "title", "summary", "status"), [
    # a verb before "to win": how the win came about
    ("en", "Team Liquid sweep Gaimin Gladiators to win The International", "", "held"),
    ("en", "Arsenal come from two goals down to win at Villa Park", "", "held"),
    ("en", "Rain-hit final: Gujarat hold nerve to win IPL title", "", "held"),
    ("en", "Root and Bairstow lead England to record chase",
     "England reached 378 to win by seven wickets.", "held"),
    # no verb, or one of expectation or effort: still to come
    ("en", "Kipchoge favourite to win Berlin Marathon on Sunday", "", "planned"),
    ("en", "Hamilton bids to win record eighth title in Abu Dhabi", "", "planned"),
    ("en", "India need 120 to win the final Test on Monday", "", "planned"),
    # a summary in the past: its "before" dates nothing ahead
    ("en", "Formula E wraps up its season in Berlin",
     "Da Costa led the standings before the final race at Tempelhof.", "held"),
    ("de", "Papst beendet Ungarn-Reise mit Messe vor Zehntausenden",
     "Vor dem Parlament feierte er einen Gottesdienst.", "held"),
    # ... one in the present still previews
    ("en", "Formula E wraps up its season in Berlin",
     "Da Costa leads the standings before the final race at Tempelhof.", "planned"),
])
def test_round_28_readings(lang: str, title: str, summary: str, status: str) -> None:
    assert LEX.read(title, summary, lang).status == status


@pytest.mark.parametrize(("title", "again"), [
    ("Neue Verzögerung beim Atomkraftwerk Flamanville", True),
    ("Liban : les municipales reportées une deuxième fois", True),
    ("Libanon verschiebt Kommunalwahlen zum dritten Mal", True),
    ("EDF repousse encore la mise en service", True),
    ("Brenner tunnel faces yet another delay", True),
    ("Nouveau report pour le réacteur d'Olkiluoto", True),
    ("Lebanon postpones municipal elections", False),
    ("Zweite Stammstrecke wird später fertig", False),
])
def test_a_new_delay_says_again(title: str, again: bool) -> None:
    """The words that tie a postponement to an earlier one of its event (the "again" bonus of
    cluster.similarity): "erneut", and "neue Verzögerung", "deuxième fois", "zum dritten Mal"."""
    assert says_again(title) is again


def test_not_yet_is_no_again() -> None:
    assert not says_again("Match reporté, pas encore de nouvelle date")
