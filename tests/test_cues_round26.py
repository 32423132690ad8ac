"""Round 26 (tuned on the same sets as round 25): a capitalised word inside its sentence that
only ends like a past form is a name, no sign of the past ("Sam Bankman-Fried goes on trial on
Tuesday"); "this afternoon" and "later today" are times ahead."""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "summary", "status"), [
    ("Sam Bankman-Fried goes on trial on Tuesday over FTX collapse", "", "planned"),
    ("Netanyahu will not attend Sharm el-Sheikh summit, his office says",
     "The prime minister declined an invitation; the summit goes ahead this afternoon.",
     "planned"),
])
def test_round_26_readings(title: str, summary: str, status: str) -> None:
    assert LEX.read(title, summary, "en").status == status


def test_only_a_capitalised_word_is_taken_for_a_name() -> None:
    """The same words, with the word before the cue in lower case: a past form, as before."""
    assert LEX.read("Sam Bankman-Fried goes on trial on Tuesday", "", "en").status == "planned"
    assert LEX.read("Sam Bankman tired goes on trial on Tuesday", "", "en").status == "held"
