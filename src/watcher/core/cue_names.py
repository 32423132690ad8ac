"""Names and named things in a headline: when a cue's word names something rather than tells news.

"tops Spotify Wrapped", "Stanford keeps the Axe", "Obama unterzeichnet Gesundheitsreform",
"Oberammergau Passion Play postponed": a capitalised word in a sentence-case headline, a thing
after a determiner, an object that is no occasion or the subject of a change names something; and
a later clause with a name of its own ("F1 postpones the Dutch race, Monaco cancelled") reports
another thing's news. Every function takes ``lang``, one language's compiled words
(:class:`~watcher.core.cue_words.Words`).
"""

from __future__ import annotations

from collections.abc import Sequence

from watcher.core.cue_blocking import why_blocked
from watcher.core.cue_rules import apposition, compound_participle, recap
from watcher.core.cue_words import DENIABLE, Words
from watcher.core.cues_text import Hit, Token, Tokens


def new_subject(lang: Words, toks: Sequence[Token], hit: Hit, lead: tuple[str, int],
                status: str) -> bool:
    """A headline whose lead clause reports one change and a later clause another, with a
    name of its own before the cue ("F1 postpones the Dutch race, Monaco cancelled"),
    reports what happens to something else; "Concert postponed, now cancelled" names
    nothing new and is the same event's news. Not where every noun is capitalised
    ("Einigung bei der Post - Streik abgewendet": no name to tell)."""
    first_status, first_clause = lead
    clause = toks[hit.start].clause
    if (lang.spec.capitalised_nouns or status == first_status or clause == first_clause
            or status not in DENIABLE or first_status not in DENIABLE):
        return False
    seen = {t.w for t in toks if t.clause == first_clause}
    return any(toks[j].cap and toks[j].w.isalpha() and toks[j].w not in seen
               for j in range(hit.start) if toks[j].clause == clause)


def change_follows(lang: Words, tokens: Tokens, hits: Sequence[Hit], hit: Hit) -> bool:
    """Is a one-word held cue the subject of a counted change cue right after it in its
    clause ("Oberammergau Passion Play postponed", "Abstimmung verschoben")? Then it names
    the occasion that changed: no report of it held. Not when the change is an attribute
    of what follows ("stages postponed carnival": held)."""
    toks = tokens.toks
    clause = toks[hit.start].clause
    return any(h.phrase.tag in DENIABLE and h.start == hit.end
               and toks[h.start].clause == clause
               and why_blocked(lang, tokens, h, intent_ok=False) is None
               and not compound_participle(lang, toks, h)
               and not recap(lang, toks, h) and not apposition(lang, toks, h, hits)
               for h in hits)


def in_a_name(lang: Words, toks: Sequence[Token], i: int) -> bool:
    """Is the capitalised word at ``i``, after another capitalised word of its clause, part
    of a name ("tops Spotify Wrapped") in a sentence-case headline, one whose other words
    are lower-case? Not in Title Case ("Leaders to Finally Meet"), nor in a language that
    capitalises its nouns (round 57)."""
    if lang.spec.capitalised_nouns or i == 0 or not (toks[i].cap and toks[i - 1].cap):
        return False
    sent = toks[i].sent
    return (toks[i - 1].sent == sent and toks[i - 1].clause == toks[i].clause
            and any(not t.cap and t.w.isalpha() and t.w not in lang.function_words
                    and t.sent == sent for t in toks))


def named_thing(lang: Words, toks: Sequence[Token], i: int) -> bool:
    """Is the capitalised word at ``i`` right after a determiner a name ("Stanford keeps
    the Axe": a trophy), in a sentence-case headline? Not where nouns are capitalised
    (round 60)."""
    return (not lang.spec.capitalised_nouns and i > 0 and toks[i].cap
            and toks[i - 1].w in lang.determiners and not toks[i - 1].cap
            and in_a_name_case(lang, toks, i))


def in_a_name_case(lang: Words, toks: Sequence[Token], i: int) -> bool:
    """Are the other words of the sentence at ``i`` lower-case (sentence case)?"""
    sent = toks[i].sent
    return any(not t.cap and t.w.isalpha() and t.w not in lang.function_words
               and t.sent == sent for t in toks)


def non_event_object(lang: Words, toks: Sequence[Token], hit: Hit) -> bool:
    """Is a headline's held cue followed at once by an object that is no occasion, a law,
    a reform, a contract ("Obama unterzeichnet Gesundheitsreform", "signs the pension
    reform")? Then a thing was signed or launched, no event took place. Only the object
    right after the verb (a determiner between): "empatan sin goles" is a score (round 57)."""
    j = hit.end
    if j < len(toks) and toks[j].w in lang.determiners:
        j += 1
    return (j < len(toks) and toks[j].clause == toks[hit.end - 1].clause
            and lang.non_event.best_at(toks, j) is not None)
