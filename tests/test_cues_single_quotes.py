"""Single quotes (session 38): English headlines quote titles and remarks in single quotes, which
are elisions and possessives far more often ("can't", "Macron's", "fans' anger"). A single quote
that opens after a space or the start of a field and closes before a space, punctuation or the
end is a quotation; a capitalised negator inside a quoted title does not negate the lower-case
cue outside it ("'No Time to Die' delayed again", "Second 'No Kings' day set for Saturday", two
missed runs of tuning set 37), while a quoted remark in lower case still does ("Trump says there
seems 'no reason' to meet Xi", tuning set 9).
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon
from watcher.core.cues_tokens import tokenize

LEXICON = Lexicon.builtin()


def quoted(text: str) -> list[str]:
    return [t.w for t in tokenize(text).toks if t.quote >= 0]


@pytest.mark.parametrize(("text", "inside"), [
    ("'No Time to Die' delayed again", ["no", "time", "to", "die"]),
    ("\u2018No Time to Die\u2019 delayed again", ["no", "time", "to", "die"]),
    ("Second 'No Kings' day set for Saturday", ["no", "kings"]),
    ("Kremlin: 'You can't postpone what wasn't planned'",
     ["you", "can", "not", "postpone", "what", "was", "not", "planned"]),
    ("Rock 'n' roll gala cancelled", ["n"]),
    # apostrophes, not quotes
    ("Fans' anger as Macron's visit is called off", []),
    ("Summit won't go ahead", []),
    ("'s-Hertogenbosch carnaval gaat door", []),
])
def test_single_quotes(text: str, inside: list[str]) -> None:
    assert quoted(text) == inside


def test_a_quoted_title_keeps_its_clause() -> None:
    """A title in quotes is one of its clause's words: "pushes 'Tenet' back" is one phrase."""
    toks = tokenize("Warner pushes 'Tenet' back two weeks").toks
    assert len({t.clause for t in toks}) == 1
    reading = LEXICON.read("Warner Bros. pushes 'Tenet' back two weeks to July 31", "", "en")
    assert reading.status == "postponed", reading.cues


@pytest.mark.parametrize(("title", "status"), [
    ("'No Time to Die' delayed again", "postponed"),
    ("Second 'No Kings' day set for Saturday", "planned"),
])
def test_a_negator_in_a_quoted_title_negates_nothing_outside(title: str, status: str) -> None:
    reading = LEXICON.read(title, "", "en")
    assert reading.status == status, reading.cues
    assert all(c.blocked != "negation" for c in reading.cues)


@pytest.mark.parametrize("title", [
    "Trump says there seems 'no reason' to meet Xi Jinping",  # a remark, in lower case
    "No 'Hamlet' cancelled, the theatre insists",  # the negator stands outside the quotes
    "'No Time to Die' Not Delayed, Studio Says",  # Title Case: the cue is capitalised too
])
def test_other_negators_still_negate(title: str) -> None:
    reading = LEXICON.read(title, "", "en")
    assert any(c.blocked == "negation" for c in reading.cues), reading.cues
