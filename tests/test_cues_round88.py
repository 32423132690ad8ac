"""Round 88: the French future ending ("*era": "présentera") no longer takes the nouns that only
end like it ("caméra", "opéra"; ``future_stops``) in any rule, as the headline's future test
already did (session 33). No figure moves on its own: round 88's recalled plan needs it.
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon
from watcher.core.cues_text import tokenize


@pytest.mark.parametrize("word, future", [
    ("camera", False), ("opera", False), ("riviera", False),
    ("presentera", True), ("commencera", True),
])
def test_future_ending_skips_nouns(word: str, future: bool) -> None:
    lex = Lexicon.builtin()
    engine = lex._engines["fr"]
    toks = tokenize(f"la {word} du festival", lex._clause_words).toks
    assert (engine.future.any_in(toks, 0, len(toks)) is not None) is future
