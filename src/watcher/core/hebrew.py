"""Hebrew prefixes on a keyword, for keyword matching (:mod:`watcher.core.match`).

Hebrew writes its conjunction (ו, and), its relative (ש, that), its one-letter prepositions (ב
in, ל to, מ from, כ as) and its article (ה) onto the next word: ``לכנסת`` (to the Knesset),
``בתל`` (in Tel), ``והבחירות`` (and the elections), ``שבירושלים`` (that in Jerusalem). A token in
Hebrew letters is a keyword's form when it is the keyword, or the keyword without its article,
with up to three such letters before it. The keyword keeps four letters of its own at least:
shorter words are as often the end of another word as a word.
"""

from __future__ import annotations

import re

from watcher.core.text import HEBREW

_HEBREW = re.compile(f"[{HEBREW}]")
_PREFIX_LETTERS = frozenset("והבלמשכ")
# a keyword of three letters with a prefix letter is as often another word ("מצור", a siege,
# is no "צור", Tyre; "שרון" no "רון"), and a keyword's "ה" is its article only before four
# letters ("הפועל", Hapoel, is no "בפועל", in practice): a code review, session 54
_MIN_CORE = 4


def hebrew(word: str) -> bool:
    """Is ``word`` written in Hebrew letters (its first letter one)?"""
    return _HEBREW.match(word) is not None


def hebrew_form(kw: str, tok: str) -> bool:
    """Is ``tok`` the keyword ``kw`` (both folded, in Hebrew letters) with one to three prefix
    letters before it? ``לכנסת`` and ``והכנסת`` for ``כנסת``; ``בירושלים`` for ``ירושלים``;
    ``לבחירות`` for ``הבחירות`` (the article goes inside a preposition)."""
    if kw == tok or not (hebrew(kw) and hebrew(tok)):
        return False
    cores = {kw}
    if kw.startswith("ה") and len(kw) - 1 > _MIN_CORE:
        cores.add(kw[1:])
    for core in cores:
        if len(core) < _MIN_CORE:
            continue
        extra = len(tok) - len(core)
        if 1 <= extra <= 3 and tok.endswith(core) and _PREFIX_LETTERS.issuperset(tok[:extra]):
            return True
    return False
