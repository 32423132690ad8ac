"""A change told inside the gap of a split phrase: the change is the cue, not its frame.

A split phrase ("kündigt ... an", "soll* ... starten") spans the words between its halves. When
those words hold a cancellation or a postponement, that change is what the sentence reports:
"kündigt die Absage ... an" announces a cancellation, and "soll erst im Mai starten",
"soll erst am 1. Mai starten" plan a start that has moved later (round 94), a delay rather than
the plan its frame alone would read. Not a participle that qualifies the noun after it ("holt
abgesagtes Konzert nach": a make-up of the old cancellation, a plan).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from watcher.core.cue_blocking import why_blocked
from watcher.core.cue_words import DENIABLE, Words
from watcher.core.cues_text import Hit, Token, Tokens
from watcher.core.types import Cue


def gap_change(lang: Words, tokens: Tokens, hit: Hit, fld: Literal["title", "summary"],
               weight: float) -> Cue | None:
    """The first cancellation or postponement in ``hit``'s gaps, as a cue of field ``fld``
    (blocked as it would be on its own), or None."""
    toks = tokens.toks
    for g in hit.gaps:
        inner = lang.cues.best_at(toks, g)
        if inner is not None and inner.phrase.tag in DENIABLE and not _before_noun(toks, inner):
            return Cue(status=inner.phrase.tag, phrase=inner.phrase.text, field=fld,
                       start=toks[inner.start].start, end=toks[inner.end - 1].end,
                       weight=weight,
                       blocked=why_blocked(lang, tokens, inner, intent_ok=False))
    return None


def _before_noun(toks: Sequence[Token], hit: Hit) -> bool:
    """Is a one-word change an adjective before its noun ("abgesagtes Konzert", "verschobene
    Wahl"): a capitalised word right after it in its clause? It names the thing, and tells
    no change of its own."""
    if hit.end - hit.start != 1 or hit.end >= len(toks):
        return False
    nxt = toks[hit.end]
    return nxt.cap and nxt.clause == toks[hit.start].clause
