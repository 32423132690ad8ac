"""Text folding and tokenising for the status cues: the token list phrases are matched on.

Split from :mod:`watcher.core.cues_text`, which matches phrases on these tokens. A text is folded
like the phrases (case, accents, ``ß`` -> ``ss``; apostrophes and hyphens separate words, so
``l'annulation`` is the two tokens ``l annulation`` and ``won't`` is ``will not``), and each token
keeps where it stands: its sentence, its clause, the quotation it is inside, whether its sentence
ends with a question mark, and its ``start``/``end`` in the *original* string so ``watcher
explain`` can show evidence.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import attrgetter

from watcher.core.hanzi import simplified
from watcher.core.text import (
    ARABIC_FOLD,
    CJK,
    HAS_ARABIC,
    HAS_CJK,
    INDIC_SIGNS,
    UNSPACED_LETTER,
)

token_word = attrgetter("w")  # a token's folded word
# what precedes a word, the word: one findall, in C; a Chinese character or a kana is a word
# of its own (:data:`watcher.core.text.CJK`)
_SEP_WORD_CJK = re.compile(rf"(\W*)({UNSPACED_LETTER}|(?:[^\W{CJK}]|[{INDIC_SIGNS}])+)")
_SEP_WORD = re.compile(r"(\W*)(\w+)")
_SENTENCE_END = re.compile(r"[.!?;:\u3002]")  # 。ends a Chinese or Japanese sentence
_CLAUSE_BREAK = re.compile(r"[,()\[\]\u2013\u2014\u3001]|\s-\s")  # 、 a clause
# at most this many words in quotes mid-clause are scare quotes, the clause's own words
SCARE_QUOTE_WORDS = 2
_SPACED_DASHES = frozenset({" - ", " \u2013 ", " \u2014 "})
# Quotation marks that come in pairs. Apostrophes (' and U+2019) are left out on purpose: they
# are elision and possessive marks far more often than quotes.
_QUOTES = frozenset('"\u00ab\u00bb\u201c\u201d\u201e\u201f\u2039\u203a'
                    '\u300c\u300d\u300e\u300f')  # 「」『』
# ... but a single quote that opens after a space or the start and closes, further on in the
# field, before a space, punctuation or the end, with no other single quote between but the
# apostrophes of words ("can't"), is a quotation: a headline's title or a quoted remark ("'No
# Time to Die' delayed again", "Kremlin: 'You can't postpone what wasn't planned'").
_SINGLE_QUOTED = re.compile(
    r"(?:^|(?<=[\s(\[:;,\u2013\u2014-]))(['\u2018])(?=\w)"
    r"(?:[^'\u2018\u2019\n]|(?<=\w)['\u2019](?=\w)){1,200}?"
    r"(?<=[\w.!?])(['\u2019])(?=$|[\s.,;:!?)\]\u2013\u2014-])")
_CONTRACTED = {"won": "will", "can": "can", "ca": "can", "shan": "shall", "ain": "is"}
# A full stop after these ends no sentence ("ahead of Dec. 7 reopening", "Mr. Putin").
_ABBREVIATIONS = frozenset({
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "janv", "fevr", "avr", "juil", "mr", "mrs", "ms", "dr", "st",
    "vs", "gen", "gov", "sen", "rep", "prof", "nr", "bzw", "ca", "mme", "mm",
    # Russian and Ukrainian: "г." (year, city), "гг." (years), "им." (named after), "ул." (street)
    "г", "гг", "им", "ул",
})


_FOLDED: dict[str, str] = {}
_FOLD_TABLE: dict[int, str] = {}  # the same, by code point, for str.translate


def _fold_char(ch: str) -> str:
    """One character case- and accent-folded; may return several characters (ß -> ss) or none."""
    out = _FOLDED.get(ch)
    if out is None:
        if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff":
            out = simplified(unicodedata.normalize("NFKC", ch))  # 會 is 会 (core/hanzi)
        elif "\u3041" <= ch <= "\u30ff" or "\uac00" <= ch <= "\ud7a3":
            # a kana keeps its voicing mark (バス is no パス), a Korean syllable its letters
            out = ch
        else:
            # the typographic apostrophe and the modifier letter apostrophe (U+02BC, which
            # Ukrainian writes in "пʼятниця" and which is a letter to ``\w``) separate words
            # as "'" does
            out = "".join(c for c in unicodedata.normalize("NFKD", ch.casefold())
                          if not unicodedata.combining(c)).replace("\u2019", "'").replace(
                              "\u02bc", "'")
            if HAS_ARABIC.match(ch):
                out = out.translate(ARABIC_FOLD)  # as text.fold: "القمة" is "القمه"
        if len(_FOLDED) < 65536:  # bounded: a hostile feed cannot grow it without end
            _FOLDED[ch] = out
            _FOLD_TABLE[ord(ch)] = out
    return out


def fold(text: str) -> tuple[str, Sequence[int]]:
    """Fold ``text``; return the folded string and, per folded character, its original index."""
    if text.isascii():
        return text.lower(), range(len(text))
    for ch in set(text).difference(_FOLDED):
        _fold_char(ch)
    if len(_FOLDED) < 65536:  # every character of the text is in the table: one C call
        folded = text.translate(_FOLD_TABLE)
    else:
        folded = "".join([_FOLDED.get(ch) or _fold_char(ch) for ch in text])
    if len(folded) == len(text):
        return folded, range(len(text))
    return folded, _fold_index(text)


def _fold_index(text: str) -> list[int]:
    """Per character of ``text`` folded, its index in ``text``, where some characters fold to
    several or none ("ß" -> "ss", a lone combining accent -> ""). Built around the few such
    characters, found with ``str.find``: a loop over every character cost a German text with
    an "ß" nearly a tenth of its reading."""
    uneven = sorted(at for ch in set(text) if len(_FOLDED.get(ch) or _fold_char(ch)) != 1
                    for at in _positions(text, ch))
    index: list[int] = []
    last = 0
    for at in uneven:
        index.extend(range(last, at))
        index.extend([at] * len(_FOLDED.get(text[at]) or _fold_char(text[at])))
        last = at + 1
    index.extend(range(last, len(text)))
    return index


def _positions(text: str, ch: str) -> Iterator[int]:
    """Where ``ch`` occurs in ``text``."""
    at = text.find(ch)
    while at >= 0:
        yield at
        at = text.find(ch, at + 1)


@dataclass(slots=True)
class Token:
    """One word: folded text, span in the original string, and where it stands."""

    w: str
    start: int
    end: int
    sent: int
    clause: int
    quote: int  # -1 outside quotation marks, else the id of the quoted span
    cap: bool  # first original letter upper-case (German nouns)
    sent_q: bool = False  # its sentence ends with a question mark
    hyph: bool = False  # joined to the word before by a hyphen alone ("open-ended")
    # an English possessive: the "s" of "Putin's", or a plural name before a bare apostrophe
    # ("Rolling Stones' show"); a possessive is a determiner (``cue_rules.possessive``)
    poss: bool = False
    # a spaced dash stands before it (" - ", " – "): a clause break that pairs names as often
    # as it sets off a clause ("Annullato il vertice Trump - Putin a Budapest")
    dash: bool = False
    # only quotation marks stand between it and the word before, no comma: it follows a
    # quoted title as its predicate ("« Black Widow » repoussé à juillet")
    after_quote: bool = False


@dataclass(slots=True)
class Tokens:
    """The tokens of one field, with per-quote token ranges."""

    toks: list[Token]
    quotes: dict[int, tuple[int, int]] = field(default_factory=dict)

    def words(self, lo: int, hi: int) -> Iterable[str]:
        return (t.w for t in self.toks[max(lo, 0):max(hi, 0)])


# What a separator between two words says, by separator (they repeat: ", ", ". ", " - "):
# it may end a sentence, it is a full stop alone (not after an abbreviation or a number), it
# breaks a clause, how many quotation marks it holds.
_SEPARATORS: dict[str, tuple[bool, bool, bool, int]] = {}


# the separators of English possessives: "Putin's" ("'" before "s"), "Stones' show" ("' ")
_POSS_S = frozenset({"'", "\u2019"})
_POSS_AFTER = frozenset({"' ", "\u2019 "})
# words whose "'s" is "is" or "has": "it's postponed", "that's cancelled"
_NOT_OWNERS = frozenset({"it", "that", "what", "there", "here", "he", "she", "who", "let",
                         "where", "how", "this"})


def token_at(toks: Sequence[Token], offset: int) -> int | None:
    """The index of the token that holds the character ``offset`` (where a cue starts), or
    None when none holds it."""
    return next((i for i, t in enumerate(toks) if t.start <= offset < t.end), None)


def _separator(sep: str) -> tuple[bool, bool, bool, int]:
    info = (_SENTENCE_END.search(sep) is not None, sep.strip() == ".",
            _CLAUSE_BREAK.search(sep) is not None, sum(ch in _QUOTES for ch in sep))
    if len(_SEPARATORS) < 4096:  # bounded: a hostile feed cannot grow it without end
        _SEPARATORS[sep] = info
    return info


def _single_quote_marks(folded: str) -> frozenset[int]:
    """Where the single quotes that open and close a quotation stand (``_SINGLE_QUOTED``)."""
    return frozenset(i for m in _SINGLE_QUOTED.finditer(folded) for i in (m.start(1), m.start(2)))


def tokenize(text: str, clause_words: frozenset[str] = frozenset()) -> Tokens:
    """Split ``text`` into tokens, marking sentences, clauses and quotations.

    ``clause_words`` ("but", "aber", "mais") start a new clause: negation or modality before
    them does not reach a cue after them.
    """
    folded, index = fold(text)
    same = isinstance(index, range)  # folding kept every character where it was
    toks: list[Token] = []
    sent = clause = 0
    quote_id = -1
    in_quote = False
    pos = 0  # where the next separator starts in ``folded``
    quotes: dict[int, tuple[int, int]] = {}
    scare: tuple[int, int] | None = None  # (clause, first token) of a quote opened mid-clause
    singles = _single_quote_marks(folded) if "'" in folded or "\u2018" in folded else ()
    sep_word = _SEP_WORD_CJK if not folded.isascii() and HAS_CJK.search(folded) else _SEP_WORD
    for sep, w in sep_word.findall(folded):
        start = pos + len(sep)
        pos = start + len(w)
        after_quote = False
        if sep != " ":  # a plain space, the usual separator, ends nothing
            ends, stop, breaks, marks = _SEPARATORS.get(sep) or _separator(sep)
            after_quote = marks > 0 and not breaks and not ends
            if singles and any(i in singles for i in range(start - len(sep), start)):
                # a title in single quotes ("pushes 'Tenet' back") is one of the clause's words
                in_quote = not in_quote
                if in_quote:
                    quote_id += 1
            if toks:
                if ends and not (stop and (
                        toks[-1].w.isdigit() or toks[-1].w in _ABBREVIATIONS)):
                    sent += 1
                    clause += 1
                elif breaks:
                    clause += 1
            for _ in range(marks):
                in_quote = not in_quote
                if (not in_quote and scare is not None and not breaks and not ends
                        and 0 < len(toks) - scare[1] <= SCARE_QUOTE_WORDS
                        and not toks[scare[1]].cap):
                    # a word or two in quotes mid-clause ("ne voit «aucune raison» d'annuler")
                    # are the clause's own words, not a remark of their own: its negation
                    # reaches the cue after them (a name in quotes, "«Грузинской мечты»", a
                    # party's, stays apart: a held-out set's floor, session 45)
                    for t in toks[scare[1]:]:
                        t.clause = scare[0]
                    clause = scare[0]
                    scare = None
                    continue
                scare = (clause, len(toks)) if (
                    in_quote and marks == 1 and toks and not breaks and not ends
                    and toks[-1].sent == sent) else None
                clause += 1
                if in_quote:
                    quote_id += 1
            if w == "t" and toks and toks[-1].w.endswith("n") and "'" in sep:
                prev = toks[-1]
                prev.w = _CONTRACTED.get(prev.w, prev.w[:-1])
                w = "not"
            if toks and sep in _POSS_AFTER:
                toks[-1].poss = True  # "Stones' " (not "it's": its "s" is no possessive)
        if w in clause_words and toks:
            clause += 1
        o_start, o_end = (start, pos) if same else (index[start], index[pos - 1] + 1)
        q = quote_id if in_quote else -1
        toks.append(Token(w, o_start, o_end, sent, clause, q, text[o_start].isupper(),
                          False, sep == "-",
                          w == "s" and sep in _POSS_S and bool(toks)
                          and toks[-1].w not in _NOT_OWNERS,
                          sep in _SPACED_DASHES, after_quote))
        if q >= 0:
            lo, _ = quotes.get(q, (len(toks) - 1, 0))
            quotes[q] = (lo, len(toks))
    _mark_questions(toks, folded, index)
    return Tokens(toks, quotes)


def _mark_questions(toks: list[Token], folded: str, index: Sequence[int]) -> None:
    """Flag tokens whose sentence ends with '?': a headline question is not a report."""
    if "?" not in folded:
        return
    by_sent: dict[int, list[Token]] = {}
    for t in toks:
        by_sent.setdefault(t.sent, []).append(t)
    orig_pos = {o: f for f, o in enumerate(index)}
    for group in by_sent.values():
        f = orig_pos.get(group[-1].end - 1, -1) + 1
        tail = folded[f:f + 3] if f > 0 else ""
        if "?" in tail:
            for t in group:
                t.sent_q = True
