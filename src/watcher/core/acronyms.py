"""Acronyms as an item writes them: is a word the acronym a watch's keyword names?

A keyword the configuration writes in capitals only ("CES", "ABBA", "UN") is an acronym
(:func:`watcher.core.match._written`). Matching folds case away, so "ces" in French, "un" in
French or Italian and the name "Abbas" would all stand for it; the capitals the item writes
tell them apart (:meth:`watcher.core.match.WatchMatcher.match`).
"""

from __future__ import annotations

import unicodedata

from watcher.core.text import fold, words


def written_forms(*texts: str) -> dict[str, list[str]]:
    """The words of ``texts`` as written, by folded token. A text without a capital letter
    (a feed that writes everything in lower case) says nothing about acronyms: left out."""
    out: dict[str, list[str]] = {}
    for text in texts:
        if not any(c.isupper() for c in text):
            continue
        for w in words(unicodedata.normalize("NFC", text)):
            out.setdefault(fold(w), []).append(w)
    return out


def spells_acronym(kw: str, word: str) -> bool:
    """Can ``word``, as the item writes it, be the acronym ``kw`` (folded; the configuration
    writes it in capitals only)? Not a word written all in lower case: that is a word of the
    language ("ces" in French is no "CES"); and an ending after the acronym's letters only when
    those are written in capitals ("Abbas" is no plural of "ABBA", "NATOs" is). "Nato", "Opec"
    and "Nasa", the way British and German outlets write acronyms, still count."""
    if word.islower():
        return False
    return len(word) <= len(kw) or word[:len(kw)].isupper() or not word[len(kw):].isalpha()
