"""Arabic clitics on a keyword, for keyword matching (:mod:`watcher.core.match`).

Arabic writes its conjunctions, its one-letter prepositions and its article onto the word that
follows them: ``وترامب`` (and Trump), ``بالجزائر`` (in Algeria), ``للقمة`` (for the summit: ``ل``
and ``ال`` make ``لل``), ``والانتخابات`` (and the elections). A token in Arabic letters is a
keyword's form when it is the keyword with such a prefix, with or without the article either
side, and with a dual or plural ending or a possessive after it (``القمتين``, the two
summits: a ta marbuta is a ``ت`` before an ending). The keyword keeps three letters of its own
at least, and four before an ending unless it ends in a ta marbuta: shorter words are as often
the start of another word as a word.

Folding (:mod:`watcher.core.text`) has already dropped the short vowels and the hamza's seat and
written the ta marbuta as ``ه``, so the rules here see one spelling of each word.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from watcher.core.text import ARABIC

_ARABIC = re.compile(f"[{ARABIC}]")
# a conjunction, then a preposition (``ب`` with, in; ``ك`` like; ``ل`` for, to), then the
# article; ``ل`` with the article is ``لل``
_CONJUNCTIONS = ("", "و", "ف")
_PREPOSITIONS = ("", "ب", "ك", "ل")
_ARTICLE = "ال"
# endings after a noun or a name: dual and plural, the possessives, and these joined
# (``انتخاباتها``, its elections). Not "ه" (his) alone: folded, it is also the feminine ending
# (the ta marbuta), and "الماكرونة" (pasta) is no "ماكرون" (a user's review, session 54)
_ENDINGS = frozenset("""
ان ين ون ات ها هم هما هن كم نا اته اتها اتهم انه
""".split())  # noqa: SIM905
_MIN_CORE = 3


def arabic(word: str) -> bool:
    """Is ``word`` written in Arabic letters (its first letter one)?"""
    return _ARABIC.match(word) is not None


def _bare(word: str) -> str:
    """``word`` without its article: ``الجزاير`` -> ``جزاير`` (folded)."""
    return word[2:] if word.startswith(_ARTICLE) and len(word) - 2 >= _MIN_CORE else word


def _has_article(tok: str, core: str) -> bool:
    """Does ``tok``, a form of ``core``, carry the article before it ("بالرياض", "للرياض",
    "الرياض"; not "برياض")?"""
    head = tok[:tok.find(core)] if core in tok else tok
    return head.endswith("ال") or (head.endswith("لل") and head[:-2] in ("", "و", "ف"))


@lru_cache(maxsize=65536)
def core_forms(tok: str) -> tuple[str, ...]:
    """What ``tok`` (folded) may be once its prefixes are taken off, each without its article:
    ``tok`` without its article first."""
    found = [_bare(tok)]
    for conj in _CONJUNCTIONS:
        if not tok.startswith(conj):
            continue
        rest = tok[len(conj):]
        for prep in _PREPOSITIONS:
            if not prep and not conj:
                continue
            if prep and not rest.startswith(prep):
                continue
            core = rest[len(prep):]
            if prep == "ل" and core.startswith("ل") and len(core) - 1 >= _MIN_CORE:
                found.append(core[1:])  # للقمه: ل + القمه
            if len(core) >= _MIN_CORE:
                found.append(_bare(core))
    return tuple(dict.fromkeys(found))


def arabic_form(kw: str, tok: str, names: Mapping[str, bool] | None = None) -> bool:
    """Is ``tok`` the keyword ``kw`` (both folded, in Arabic letters) with its clitics: a
    conjunction, a preposition or the article before it, a dual, plural or possessive ending
    after it? ``وترامب``, ``بالجزاير`` and ``للقمه`` for ``ترامب``, ``الجزاير`` and ``قمه``;
    ``القمتين`` for ``قمه``. ``names``: the place names whose article is part of them (True:
    "الرياض") or never is (False: "قطر"), by their letters without it: a token that differs
    there is another word ("رياض الأطفال", kindergartens; "القطر", a diameter: a user's review,
    session 54). A common noun takes the article or not ("القمة العربية" finds "قمة عربية")."""
    if kw == tok or not (arabic(kw) and arabic(tok)):
        return False
    core = _bare(kw)
    if len(core) < _MIN_CORE:
        return False
    named = (names or {}).get(core)
    if named is not None and _has_article(tok, core) is not named:
        return False
    # a three-letter word and an ending is as often another word ("قطرات", drops, is no "قطر")
    stems = ((core, core[:-1] + "ت") if core.endswith("ه")
             else (core,) if len(core) > _MIN_CORE else ())
    for c in core_forms(tok):
        if c == core:
            return True
        for stem in stems:
            if c.startswith(stem) and c[len(stem):] in _ENDINGS:
                return True
    return False
