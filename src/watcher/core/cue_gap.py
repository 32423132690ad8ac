"""A change told inside the gap of a split phrase: the change is the cue, not its frame.

A split phrase ("kündigt ... an", "soll* ... starten") spans the words between its halves. When
those words hold a cancellation or a postponement, that change is what the sentence reports:
"kündigt die Absage ... an" announces a cancellation, and "soll erst im Mai starten",
"soll erst am 1. Mai starten" plan a start that has moved later (round 94), a delay rather than
the plan its frame alone would read.
"""

from __future__ import annotations

from typing import Literal

from watcher.core.cue_blocking import why_blocked
from watcher.core.cue_words import DENIABLE, Words
from watcher.core.cues_text import Hit, Tokens
from watcher.core.types import Cue


def gap_change(lang: Words, tokens: Tokens, hit: Hit, fld: Literal["title", "summary"],
               weight: float) -> Cue | None:
    """The first cancellation or postponement in ``hit``'s gaps, as a cue of field ``fld``
    (blocked as it would be on its own), or None."""
    toks = tokens.toks
    for g in hit.gaps:
        inner = lang.cues.best_at(toks, g)
        if inner is not None and inner.phrase.tag in DENIABLE:
            return Cue(status=inner.phrase.tag, phrase=inner.phrase.text, field=fld,
                       start=toks[inner.start].start, end=toks[inner.end - 1].end,
                       weight=weight,
                       blocked=why_blocked(lang, tokens, inner, intent_ok=False))
    return None
