"""Phrase matching for the status cues, on the tokens of :mod:`watcher.core.cues_tokens`.

Why a token matcher rather than one big regex: cues need *context* (the words before and after a
phrase, the clause and sentence it sits in, whether it is inside quotation marks), and German
separable verbs ("sagt ... ab", "findet nicht statt") need small gaps. Working on a token list with
a first-three-letters index keeps matching linear in the text and well under a millisecond, while
``start``/``end`` still point into the *original* string so ``watcher explain`` can show evidence.
The folding and tokenising live in :mod:`watcher.core.cues_tokens`; the cue modules import its
names (``Token``, ``Tokens``, ``tokenize``, ``token_word``) from here too.

Phrase syntax (the lexicon TOML uses it): words separated by spaces, folded like the text (case,
accents, ``ß`` -> ``ss``; apostrophes and hyphens separate words, so ``l'annulation`` is the two
tokens ``l annulation`` and ``won't`` is ``will not``). Inside a phrase:

* ``word*``  a word starting with ``word`` (inflection: ``postpon*``, ``abgesagt*``)
* ``*word``  a word ending with ``word`` (German compounds: ``*absage`` finds ``Konzertabsage``)
* ``*word*`` a word containing ``word``
* ``*``      any one word
* ``...``    zero to four words (``findet ... statt``)
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress
from typing import TypeVar, cast

from watcher.core.cues_tokens import _CONTRACTED, fold
from watcher.core.cues_tokens import Token as Token
from watcher.core.cues_tokens import Tokens as Tokens
from watcher.core.cues_tokens import token_at as token_at
from watcher.core.cues_tokens import token_word as token_word
from watcher.core.cues_tokens import tokenize as tokenize
from watcher.core.text import CJK, INDIC_SIGNS, SEA_MARKS, UNSPACED_LETTER

GAP_MAX = 4
CANDIDATE_CACHE = 20000  # words remembered per phrase set

LIT, PRE, SUF, IN, ANY, GAP = range(6)
Unit = tuple[int, str]  # (LIT/PRE/..., the word or its part)
Units = tuple[Unit, ...]
_T = TypeVar("_T")


def phrase_error(phrase: str) -> str | None:
    """Why ``phrase`` cannot be used as a cue, or None (for config validation)."""
    units = _phrase_units(phrase)
    if not units:
        return f"phrase {phrase!r} has no words"
    if units[0][0] in (ANY, GAP) or units[-1][0] == GAP:
        return f"phrase {phrase!r} must start and end with a word, not '*' or '...'"
    if any(kind in (PRE, SUF, IN) and not text for kind, text in units):
        # "**" read as any word with "" inside it: every article (a user's review)
        return f"phrase {phrase!r}: a '*' must stand beside letters or alone"
    inner = [w for w in phrase.split() if "*" in w.strip("*")]
    if inner:  # "ab*sagt" would be the literal word "ab*sagt", which no text holds
        return f"phrase {phrase!r}: '*' may only start or end a word, not {inner[0]!r}"
    return None


# Eighteen lexicons hold some 35,000 phrase words, most of them repeated (the same "the", "not",
# "abgesagt" in several lists): one shared tuple per distinct word and per distinct phrase keeps
# them once in each process (12.7 -> 10.8 MB for the built-in lexicons, in each of the poll's two
# processes: tracemalloc after Lexicon.builtin()).
_SHARED: dict[object, object] = {}


def _shared(value: _T) -> _T:
    return cast(_T, _SHARED.setdefault(value, value))


_CJK_SPLIT = re.compile(rf"{UNSPACED_LETTER}|[^{CJK}]+")
# a phrase's words: runs of letters, digits, Indic vowel signs, "*" and "~"
_PHRASE_WORDS = re.compile(rf"(?:[\w*~]|[{INDIC_SIGNS}{SEA_MARKS}])+")


def phrase_key(phrase: str) -> Units:
    """What ``phrase`` matches, as a key: "Auf Eis gelegt" and "auf eis gelegt" are one."""
    return _phrase_units(phrase)


def _phrase_units(phrase: str) -> Units:
    return _shared(tuple(_shared((kind, sys.intern(s))) for kind, s in _raw_units(phrase)))


def _raw_units(phrase: str) -> Units:
    folded, _ = fold(phrase.replace("...", " ~ "))
    units: list[Unit] = []
    # a Chinese character or a kana is a word of its own, as in the text (``cues_tokens``)
    words = [w for p in _PHRASE_WORDS.findall(folded) for w in _CJK_SPLIT.findall(p)]
    for k, p in enumerate(words):
        if p == "~":
            units.append((GAP, ""))
        elif p == "*":
            units.append((ANY, ""))
        elif p.startswith("*") and p.endswith("*"):
            units.append((IN, p.strip("*")))
        elif p.startswith("*"):
            units.append((SUF, p[1:]))
        elif p.endswith("*"):
            units.append((PRE, p[:-1]))
        elif p == "t" and k and words[k - 1].endswith("n"):
            kind, prev = units[-1]
            units[-1] = (kind, _CONTRACTED.get(prev, prev[:-1]))
            units.append((LIT, "not"))
        else:
            units.append((LIT, p))
    return tuple(units)


def _unit_ok(kind: int, s: str, w: str) -> bool:
    if kind == LIT:
        return w == s
    if kind == PRE:
        return w.startswith(s)
    if kind == SUF:
        return w.endswith(s)
    if kind == IN:
        return s in w
    return True


@dataclass(frozen=True, slots=True)
class Phrase:
    """A compiled lexicon phrase; ``tag`` is what it stands for (a status, "returning", ...)."""

    text: str
    tag: str
    units: Units
    # the second word when it is a literal, else "": most candidate phrases of a word fail on
    # the next word ("will" starts about fifty), and one comparison says so
    second: str = ""
    # Derived from ``units`` when a PhraseSet compiles the phrase, so matching need not look
    # again: ``gapped``, a "..." makes the phrase's length vary (only then is the recursive
    # :func:`_match` needed); ``wild``, the offsets of its "*" words (a hit's ``gaps``).
    gapped: bool = field(default=False, compare=False, repr=False)
    wild: tuple[int, ...] = field(default=(), compare=False, repr=False)

    @property
    def literal_weight(self) -> int:
        """How specific the phrase is: more fixed words win when two phrases start together."""
        return sum(2 if k == LIT else 1 for k, _ in self.units if k not in (ANY, GAP))


@dataclass(frozen=True, slots=True)
class Hit:
    phrase: Phrase
    start: int  # token indices, end exclusive
    end: int
    gaps: tuple[int, ...]  # token indices covered by * or ... (may hold a negator)


class PhraseSet:
    """Phrases indexed by the first three letters of their first word."""

    def __init__(self, phrases: Iterable[tuple[str, str]],
                 suffix_stops: frozenset[str] = frozenset()) -> None:
        """``suffix_stops``: words no phrase that starts on a word's ending ("*era", "*ira":
        the French future "présentera") may start on, because they only end like one
        ("caméra", "opéra", "Riviera": a noun is no tense)."""
        self._suffix_stops = suffix_stops
        self._exact: dict[str, list[Phrase]] = {}  # first unit a literal word
        self._index: dict[str, list[Phrase]] = {}  # first unit a prefix, by its first 3 letters
        self._loose: list[Phrase] = []  # first unit is not a literal/prefix of >= 3 letters
        seen: set[tuple[str, Units]] = set()
        for text, tag in phrases:
            units = _phrase_units(text)
            if not units or units[0][0] in (ANY, GAP) or (tag, units) in seen:
                continue
            seen.add((tag, units))
            ph = Phrase(text, tag, units,
                        units[1][1] if len(units) > 1 and units[1][0] == LIT else "",
                        gapped=any(k == GAP for k, _ in units),
                        wild=tuple(j for j, (k, _) in enumerate(units) if k == ANY))
            kind, s = units[0]
            if kind == LIT:
                self._exact.setdefault(s, []).append(ph)
            elif kind == PRE and len(s) >= 3:
                self._index.setdefault(s[:3], []).append(ph)
            else:
                self._loose.append(ph)

        self._cands: dict[str, tuple[Phrase, ...]] = {}
        self._split: dict[str, tuple[tuple[Phrase, ...], dict[str, tuple[Phrase, ...]]]] = {}
        # One regex tells whether a word can start any loose phrase, so most words cost a lookup.
        loose = sorted({re.escape(ph.units[0][1]) for ph in self._loose})
        self._loose_re = re.compile("|".join(loose)) if loose else None

    def _may_start(self, w: str) -> bool:
        return (w in self._exact or w[:3] in self._index
                or (self._loose_re is not None and self._loose_re.search(w) is not None))

    def __bool__(self) -> bool:
        return bool(self._exact or self._index or self._loose)

    def _candidates(self, w: str) -> tuple[Phrase, ...]:
        """The phrases whose first unit matches word ``w`` (memoised: words repeat)."""
        cands = self._cands.get(w)
        if cands is not None:
            return cands
        cands = ()
        if self._may_start(w):
            cands = tuple(self._exact.get(w, ()))
            pre = self._index.get(w[:3])
            if pre:
                cands = (*cands, *(ph for ph in pre if w.startswith(ph.units[0][1])))
            if self._loose:
                cands = (*cands, *(ph for ph in self._loose if _unit_ok(*ph.units[0], w)))
            if w in self._suffix_stops:
                cands = tuple(ph for ph in cands if ph.units[0][0] != SUF)
        if len(self._cands) >= CANDIDATE_CACHE:  # bounded: a hostile feed cannot grow it
            self._cands.clear()
        self._cands[w] = cands
        return cands

    # The lookups below ask ``self._cands`` first and call :meth:`_candidates` only for a new
    # word: they run for nearly every token of every field, for each of some forty phrase sets,
    # and nearly every word starts no phrase, so one dict lookup must settle it.

    def _by_next(self, w: str) -> tuple[tuple[Phrase, ...], dict[str, tuple[Phrase, ...]]]:
        """The candidates of word ``w`` that may match, by the word after it: those with no
        literal second word, and per literal second word those plus the ones it begins, in
        the candidates' order (ties between hits go to the first). "will" starts some fifty
        phrases and about one of them fits the next word: the rest are not even looked at."""
        split = self._split.get(w)
        if split is None:
            cands = self._candidates(w)
            free = tuple(ph for ph in cands if not ph.second)
            by_next = {s: tuple(ph for ph in cands if ph.second in ("", s))
                       for s in {ph.second for ph in cands if ph.second}}
            split = (free, by_next)
            if len(self._split) >= CANDIDATE_CACHE:  # bounded, like the candidates
                self._split.clear()
            self._split[w] = split
        return split

    def hits_at(self, toks: Sequence[Token], i: int) -> list[Hit]:
        """Every phrase matching at token ``i`` (within one sentence)."""
        w = toks[i].w
        cands = self._cands.get(w)
        if cands is None:
            cands = self._candidates(w)
        return self._hits(toks, i, self._fit(toks, i)) if cands else []

    def _fit(self, toks: Sequence[Token], i: int) -> tuple[Phrase, ...]:
        """The candidates at token ``i`` that fit the next word of its sentence (only those
        with no literal second word when there is none)."""
        free, by_next = self._split.get(toks[i].w) or self._by_next(toks[i].w)
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return by_next.get(nxt.w, free) if nxt is not None and nxt.sent == toks[i].sent else free

    def _hits(self, toks: Sequence[Token], i: int, fit: tuple[Phrase, ...]) -> list[Hit]:
        """The phrases of ``fit`` (see :meth:`_fit`) that match at token ``i``."""
        if not fit:
            return []  # most words start no phrase
        out: list[Hit] = []
        n = len(toks)
        sent = toks[i].sent
        for ph in fit:
            units = ph.units
            size = len(units)
            if size == 1:
                out.append(Hit(ph, i, i + 1, ()))
            elif ph.gapped:
                r = _match(units, 1, toks, i + 1, sent, ())
                if r is not None:
                    out.append(Hit(ph, i, r[0], r[1]))
            elif i + size <= n and _match_fixed(units, toks, i, sent):
                out.append(Hit(ph, i, i + size, tuple(i + k for k in ph.wild)))
        return out

    def long_at(self, toks: Sequence[Token], i: int, gap_max: int) -> list[Hit]:
        """The phrases with a "..." that match at token ``i`` when a gap may hold up to
        ``gap_max`` words: a German or Dutch verb's particle closes the clause however long its
        middle field ("fand nach einem Jahr Pause wieder statt"); the caller checks that."""
        w = toks[i].w
        if not (self._cands.get(w) or self._candidates(w)):
            return []
        out: list[Hit] = []
        for ph in self._fit(toks, i):
            if ph.gapped:
                r = _match(ph.units, 1, toks, i + 1, toks[i].sent, (), gap_max)
                if r is not None:
                    out.append(Hit(ph, i, r[0], r[1]))
        return out

    def best_at(self, toks: Sequence[Token], i: int) -> Hit | None:
        w = toks[i].w
        cands = self._cands.get(w)
        if cands is None:
            cands = self._candidates(w)
        return _best(self._hits(toks, i, self._fit(toks, i))) if cands else None

    def starts(self, toks: Sequence[Token]) -> list[int]:
        """The token indices whose word may start a phrase of the set (ascending): a loop
        looking for the set's hits everywhere need only try these."""
        # one dict lookup per word, in C; a word not seen yet is looked up the long way
        found = list(map(self._cands.get, map(token_word, toks)))
        if None in found:
            found = [self._candidates(t.w) if c is None else c for c, t in
                     zip(found, toks, strict=True)]
        return list(compress(range(len(found)), found))  # where some phrase starts, in C

    def scan(self, toks: Sequence[Token]) -> list[Hit]:
        """Leftmost-longest, non-overlapping hits over the whole token list."""
        out: list[Hit] = []
        i = 0  # where the next hit may start
        for j in self.starts(toks):
            if j < i:
                continue
            fit = self._fit(toks, j)
            h = _best(self._hits(toks, j, fit)) if fit else None
            if h is not None:
                out.append(h)
                i = h.end
        return out

    def any_in(self, toks: Sequence[Token], lo: int, hi: int, *, end_by: int | None = None,
               clause: int | None = None) -> Hit | None:
        """A hit starting in token range [lo, hi) (ending by ``end_by``, in ``clause``)."""
        get = self._cands.get
        for j in range(max(lo, 0), min(hi, len(toks))):
            tok = toks[j]
            if clause is not None and tok.clause != clause:
                continue
            cands = get(tok.w)
            if cands is None:
                cands = self._candidates(tok.w)
            if not cands:
                continue
            for h in self._hits(toks, j, self._fit(toks, j)):
                if (end_by is None or h.end <= end_by) and (
                        clause is None or toks[h.end - 1].clause == clause):
                    return h
        return None


def _best(hits: list[Hit]) -> Hit | None:
    """The most specific of the hits at one token (more fixed words, then the shorter)."""
    if not hits:
        return None
    if len(hits) == 1:
        return hits[0]  # the usual case: no need to weigh
    return max(hits, key=lambda h: (h.phrase.literal_weight, -(h.end - h.start)))


def _match_fixed(units: Units, toks: Sequence[Token], i: int,
                 sent: int) -> bool:
    """Do the units after the first of a phrase without "..." match the tokens after ``i``
    (all present: the caller checked), within sentence ``sent``? The loop :func:`_match`
    becomes when no "..." makes it branch."""
    for k in range(1, len(units)):
        tok = toks[i + k]
        if tok.sent != sent:
            return False
        kind, s = units[k]
        if not (tok.w == s if kind == LIT else _unit_ok(kind, s, tok.w)):
            return False
    return True


def _match(units: Units, ui: int, toks: Sequence[Token], ti: int,
           sent: int, gaps: tuple[int, ...],
           gap_max: int = GAP_MAX) -> tuple[int, tuple[int, ...]] | None:
    if ui == len(units):
        return ti, gaps
    kind, s = units[ui]
    if kind == GAP:
        # The word after the gap, when it is one, is tried here first: most gap lengths fail
        # on it, and then need no recursion and no tuple of gap indices.
        nk, ns = units[ui + 1] if ui + 1 < len(units) else (GAP, "")
        for g in range(gap_max + 1):
            if ti + g > len(toks) or (g and toks[ti + g - 1].sent != sent):
                break
            if nk != GAP and (ti + g >= len(toks) or toks[ti + g].sent != sent
                              or not _unit_ok(nk, ns, toks[ti + g].w)):
                continue
            r = _match(units, ui + 1, toks, ti + g, sent, gaps + tuple(range(ti, ti + g)),
                       gap_max)
            if r is not None:
                return r
        return None
    if ti >= len(toks) or toks[ti].sent != sent or not _unit_ok(kind, s, toks[ti].w):
        return None
    return _match(units, ui + 1, toks, ti + 1, sent, gaps + ((ti,) if kind == ANY else ()),
                  gap_max)
