"""Round 44: status cues that confuse planned and held (session 24, decided on the 59 tuning
sets; held-out sets only as a final check).

"X goes ahead" is an event still on, not one reported over: of the 16 tuning rows that say it,
12 are plans ("Biden's Israel trip goes ahead after Jordan cancels summit", "general strike goes
ahead after talks fail"); "went ahead" still reports it held.
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "summary", "lang", "status"), [
    ("Tunisia's UGTT union says general strike goes ahead after talks fail", "", "en",
     "planned"),
    ("Biden's Israel trip goes ahead after Jordan cancels summit", "", "en", "planned"),
    ("Cologne carnival parade went ahead despite storm warnings", "", "en", "held"),
])
def test_round44_goes_ahead(title: str, summary: str, lang: str, status: str) -> None:
    assert LEX.read(title, summary, lang).status == status
