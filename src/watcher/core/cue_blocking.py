"""Why a status cue does not count wherever it stands: quoted, negated, hedged, about another event.

:func:`why_blocked` gives the reason a cue carries in ``blocked`` (``quote``, ``negation``,
``modality``, ``other-event``) from the words around it (a :class:`~watcher.core.cues_text.Hit`),
because a bare phrase list confuses "cancelled" with "not cancelled", "may be cancelled", «you
cannot postpone what was never planned» and "after the Vienna cancellations". The rules that
block a cue for what it is about (a part, a name, history in passing) are in
:mod:`watcher.core.cue_rules`. Every function takes ``lang``, one language's compiled words
(:class:`~watcher.core.cue_words.Words`).
"""

from __future__ import annotations

from collections.abc import Sequence

from watcher.core.cue_words import (
    AFTER_WINDOW,
    CONDITION_WINDOW,
    DENIABLE,
    DENIAL_AFTER_WINDOW,
    DENIAL_WINDOW,
    INFLECTIONS,
    MODAL_WINDOW,
    NEG_WINDOW,
    OTHER_GAP,
    PLUPERFECT_WINDOW,
    REPLACE_WINDOW,
    SUBORDINATE_WINDOW,
    VERB_NEG_CLAUSE_WINDOW,
    VERB_NEG_WINDOW,
    Words,
)
from watcher.core.cues_text import PRE, Hit, PhraseSet, Token, Tokens
from watcher.core.features import day_of_month


def why_blocked(lang: Words, tokens: Tokens, hit: Hit, *, intent_ok: bool) -> str | None:
    """Why ``hit`` does not count, or None. ``intent_ok``: "plans to" does not block it
    (a held cue read as planned: "plans to meet" announces a meeting)."""
    toks = tokens.toks
    first = toks[hit.start]
    if first.quote >= 0 and quote_hedged(lang, tokens, first.quote, hit):
        return "quote"
    if framed(lang, toks, hit):
        return "modality"
    if negated(lang, toks, hit):
        return "negation"
    if first.sent_q or modal(lang, toks, hit, intent_ok):
        return "modality"
    if other_event(lang, toks, hit):
        return "other-event"
    return None

def negated(lang: Words, toks: Sequence[Token], hit: Hit) -> bool:
    clause = toks[hit.start].clause
    for g in hit.gaps:
        if toks[g].w in lang.negators and toks[g].w not in lang.noun_negators:
            return True
    gaps = set(hit.gaps)
    if any(toks[j].w in lang.negators for j in range(hit.start, hit.end) if j not in gaps):
        # the phrase carries its own negation ("pas avant 2021", "not before May"): the "n'"
        # of "n'ouvrira pas avant" is its other half, no denial of it
        return False
    for j in range(max(hit.start - NEG_WINDOW, 0), hit.start):
        t = toks[j]
        if t.clause == clause and t.w in lang.negators and not in_a_title(toks, j, hit):
            if (t.w in lang.noun_negators and hit.start - j > 1
                    and not noun_like(lang, toks, hit)):
                continue  # "Race without fans goes ahead": "without" has its own noun
            nxt = toks[j + 1].w if j + 1 < len(toks) else ""
            if nxt not in lang.neg_exceptions:
                return True
    if (lang.verb_negators and hit.end - hit.start == 1 and not hit.gaps
            and hit.phrase.tag in ("held", "planned") and "*" not in hit.phrase.text
            and not toks[hit.start].cap):
        # an occasion's verb, written whole: not a noun (German writes those capitalised), nor
        # a change's participle ("dem abgesagten Konzert ... nie zugestimmt": a recap's)
        # a verb-second language negates a finite verb after it: "Der Weihnachtsmarkt öffnet
        # in diesem Jahr nicht mehr" was read held (session 40, set 142)
        # Further on, a negator still negates the verb when it closes the clause: "öffnen die
        # Märkte der Hauptstadt am Dienstag aus Respekt vor den Opfern nicht" (session 52)
        joined = False
        for j in range(hit.end, min(hit.end + VERB_NEG_CLAUSE_WINDOW, len(toks))):
            if toks[j].clause != clause:
                break
            joined = joined or toks[j].w in lang.clause_joins
            if toks[j].w in lang.verb_negators:
                last = j + 1 == len(toks) or toks[j + 1].clause != clause
                # (not past an "und" that opens another main clause: "öffnet am Freitag und
                # der Titelverteidiger spielt nicht", a code review)
                if j - hit.end >= VERB_NEG_WINDOW and (joined or not last):
                    continue
                nxt = toks[j + 1].w if j + 1 < len(toks) else ""
                if nxt != "nur" or toks[j + 1].clause != clause:  # "nicht nur ..., sondern"
                    return True
    sent = toks[hit.start].sent
    for j in range(max(hit.start - DENIAL_WINDOW, 0), hit.start):
        if toks[j].sent == sent and lang.denials.best_at(toks, j):
            return True
    for j in range(hit.end, min(hit.end + DENIAL_AFTER_WINDOW, len(toks))):
        if (toks[j].sent == sent and lang.denials_after.best_at(toks, j)
                and not denial_elsewhere(lang, toks, hit.end, j)):
            return True
    return False


def in_a_title(toks: Sequence[Token], j: int, hit: Hit) -> bool:
    """Is the negator at ``j`` the capitalised word of a quoted title or name that the
    lower-case cue stands outside of ("'No Time to Die' delayed again", "Second 'No Kings' day
    set for Saturday")? A quoted remark is in lower case ("seems 'no reason' to meet") and
    negates what follows it."""
    t = toks[j]
    return (t.quote >= 0 and t.quote != toks[hit.start].quote and t.cap
            and not toks[hit.start].cap)


def denial_elsewhere(lang: Words, toks: Sequence[Token], end: int, at: int) -> bool:
    """Does a clause of its own open between a cue and a denial after it ("will go ahead
    on Tuesday after Brussels was ruled out", "findet statt, nachdem ... abgelehnt")? Then
    the denial is that clause's, not the cue's (round 67)."""
    return lang.other_conjs.any_in(toks, end, at) is not None


def framed(lang: Words, toks: Sequence[Token], hit: Hit) -> bool:
    """Does a modal frame stand around the cue, in its clause ("IOC spielt Verschiebung der
    Olympischen Spiele durch", "Muto schließt kurzfristige Absage nicht aus": a German verb's
    particle closes the frame after the cue)? Checked before negation: the frame's "nicht"
    does not rule the change out, it leaves it open (session 42, set 151)."""
    clause = toks[hit.start].clause
    for j in range(max(hit.start - MODAL_WINDOW, 0), hit.start):
        if toks[j].clause != clause:
            continue
        for h in lang.frame_modals.hits_at(toks, j):
            if h.end >= hit.end and toks[h.end - 1].clause == clause:
                return True
    return False


def modal(lang: Words, toks: Sequence[Token], hit: Hit, intent_ok: bool) -> bool:
    for g in hit.gaps:  # "flights could be cancelled", "Flüge könnten ... ausfallen"
        h = lang.gap_modals.best_at(toks, g)
        if h is not None and not a_name(lang, toks, h):  # "gets May 12 release date"
            return True
    clause = toks[hit.start].clause
    lo = hit.start - MODAL_WINDOW
    # word by word, both sets at each (most words start no phrase: an empty list, no
    # generator built for it)
    hedges = (lang.modals,) if intent_ok else (lang.modals, lang.intents)
    for j in range(max(lo, 0), hit.start):
        if toks[j].clause != clause:
            continue
        for phrases in hedges:
            for h in phrases.hits_at(toks, j):
                if (h.end <= hit.start and toks[h.end - 1].clause == clause
                        and not a_name(lang, toks, h)
                        and not noun_subject(lang, toks, h, hit)):
                    return True
    if lang.complementizers and _hedged_clause(lang, toks, hit, hedges):
        return True
    # a condition reaches the end of its clause: "legal action if the match at the
    # stadium is scrapped", "prüft, ob das Duell später stattfinden muss"
    cond = lang.conditionals.any_in(toks, hit.start - CONDITION_WINDOW, hit.start,
                                    end_by=hit.start, clause=clause)
    if cond is not None and not compound_head(toks, cond):
        return True
    # After the cue, stop at "after"/"wegen"/"après": "cancelled after a threat" is a cause;
    # so does a cue that ends on one ("will go on despite the storm warning"). Past the
    # cause, only a hedge that ends the clause still hedges ("Absage wegen Sturm möglich").
    clause = toks[hit.end - 1].clause
    if lang.after_stops.best_at(toks, hit.end - 1):
        return hedge_ends_clause(lang, toks, hit.end - 1)
    for j in range(hit.end, min(hit.end + AFTER_WINDOW, len(toks))):
        if toks[j].clause != clause:
            return False
        if lang.after_stops.best_at(toks, j):
            return hedge_ends_clause(lang, toks, j)
        if lang.modals_after.best_at(toks, j):
            return True
    return False


def _hedged_clause(lang: Words, toks: Sequence[Token], hit: Hit,
                   hedges: tuple[PhraseSet, ...]) -> bool:
    """Does a hedge end the clause right before the cue's, in its sentence, and either make up
    that clause ("Возможно, матч отменят": a parenthetical) or govern the cue's clause, which
    opens with a complementizer ("Организаторы не исключают, что концерт перенесут")?"""
    first = hit.start
    clause = toks[first].clause
    while first > 0 and toks[first - 1].clause == clause:
        first -= 1
    if first == 0 or toks[first - 1].sent != toks[first].sent:
        return False
    start = first - 1
    while start > 0 and toks[start - 1].clause == toks[first - 1].clause:
        start -= 1
    opens = toks[first].w in lang.complementizers
    for j in range(max(start, first - MODAL_WINDOW), first):
        for phrases in hedges:
            for h in phrases.hits_at(toks, j):
                if h.end == first and (opens or h.start == start) and not a_name(lang, toks, h):
                    return True
    return False


def hedge_ends_clause(lang: Words, toks: Sequence[Token], j: int) -> bool:
    """Does the clause of ``toks[j]`` (a cause or a circumstance braved) end on a hedge
    that is no noun: "Absage trotz Ausverkauf möglich", "Report du match malgré l'accord
    envisagé", "postponement over weather possible", not "maintenu malgré les menaces",
    "findet trotz Drohungen statt" (a German noun is written with a capital;
    ``modal_nouns``)?"""
    clause = toks[j].clause
    k = j
    while k + 1 < len(toks) and toks[k + 1].clause == clause:
        k += 1
    for m in range(max(k - 1, j + 1), k + 1):
        h = lang.modals_after.best_at(toks, m)
        if (h is not None and h.end == k + 1 and toks[m].w not in lang.modal_nouns
                and not (lang.spec.capitalised_nouns and toks[m].cap)):
            return True
    return False


def noun_subject(lang: Words, toks: Sequence[Token], h: Hit, hit: Hit) -> bool:
    """ "Lightning risk scrubs launch", "Storm threat delays summit": a modal noun right
    before a cue that is a finite verb (-s, -ed) is the verb's subject, the cause of a
    change that happened, not a hedge (``modal_nouns``; a verb ending tells the verb)."""
    if h.end != hit.start or h.end - h.start != 1 or toks[h.start].w not in lang.modal_nouns:
        return False
    w = toks[hit.start].w
    return hit.end - hit.start == 1 and w.endswith(("s", "ed")) and len(w) > 3 and \
        w.isalpha() and not w.endswith("ss")


def name_may(toks: Sequence[Token], h: Hit) -> bool:
    """ "May delays vote", "Theresa May", "May's deal", "may 12": the name (or the month),
    not the modal, which is followed by a bare verb (not a day) and is not capitalised inside
    a sentence."""
    t = toks[h.start]
    if h.end - h.start != 1 or t.w != "may":
        return False
    if t.cap and h.start > 0 and toks[h.start - 1].sent == t.sent:
        return True
    nxt = toks[h.end].w if h.end < len(toks) else ""
    prev = toks[h.start - 1].w if h.start > 0 else ""
    return nxt == "s" or _day(nxt) or _day(prev) or (
        nxt.endswith(("s", "ed")) and nxt not in ("has", "is", "was"))


def a_name(lang: Words, toks: Sequence[Token], h: Hit) -> bool:
    """Is a modal hit a name, not a modal ("Theresa May", "Warner Bros"), or the first part
    of a hyphenated compound ("OB-Wahl": the mayoral election, not "ob", whether)?"""
    return (compound_head(toks, h) or name_may(toks, h)
            or name_like(lang, toks, h))


def compound_head(toks: Sequence[Token], h: Hit) -> bool:
    """Is a one-word hit the first part of a hyphenated compound ("OB-Wahl")?"""
    return h.end - h.start == 1 and h.end < len(toks) and toks[h.end].hyph


def name_like(lang: Words, toks: Sequence[Token], h: Hit) -> bool:
    """Is a one-word modal hit a capitalised word its stem only begins ("Warner Bros moves
    'Mickey 17' to 2025" for "warn*")? Not in German, which capitalises every noun
    ("Gerüchten über eine Verschiebung")."""
    if (lang.spec.capitalised_nouns or h.end - h.start != 1
            or not toks[h.start].cap):
        return False
    kind, stem = h.phrase.units[0]
    return kind == PRE and toks[h.start].w[len(stem):] not in INFLECTIONS


def pending(lang: Words, toks: Sequence[Token], hit: Hit) -> bool:
    """ "not yet cancelled", "noch keine Absage": no decision either way."""
    lo, hi = max(hit.start - NEG_WINDOW, 0), min(hit.end + 2, len(toks))
    return any(toks[j].w in lang.pending for j in range(lo, hi))


def noun_like(lang: Words, toks: Sequence[Token], hit: Hit) -> bool:
    if lang.spec.capitalised_nouns:
        return toks[hit.start].cap
    return toks[hit.end - 1].w.endswith(lang.noun_endings) if lang.noun_endings else False


_SPAN_PREPS = frozenset({"in", "for"})
FIRST_IN_REACH = 6  # words before "in two years" the ordinal may stand


def _no_time_since(lang: Words, toks: Sequence[Token], ref: int) -> bool:
    """Is the time word at ``ref`` ("Monate", "years") no time since another occasion? The
    amount of a shift is not ("um zwei Monate verschoben"), nor the span "the first ... in N
    years" closes ("The first Counter-Strike Major in two years will take place": set 38);
    "in three weeks" alone is a time ahead ("wird in drei Wochen erneut abgestimmt": the next
    round's), and stays one."""
    if any(toks[j].w in lang.amounts for j in range(max(ref - 2, 0), ref)):
        return True
    return (ref >= 2 and toks[ref - 2].w in _SPAN_PREPS
            and any(toks[j].w in lang.ordinals
                    for j in range(max(ref - 2 - FIRST_IN_REACH, 0), ref - 2)))


def other_event(lang: Words, toks: Sequence[Token], hit: Hit) -> bool:
    """Is the cue about another event ("after the Vienna cancellations", "im Vorjahr")?"""
    clause = toks[hit.start].clause
    lo = hit.start - OTHER_GAP - 1
    if lang.other_conjs.any_in(toks, lo - 1, hit.start, end_by=hit.start, clause=clause):
        return True
    prep = lang.other_preps.any_in(toks, lo, hit.start, end_by=hit.start, clause=clause)
    # "nach dem abgesagten Konzert" is another event; "nach dem Taifun gewann ..." is not:
    # a noun after the determiner closes the phrase, and the cue is the sentence's verb
    if prep and (noun_like(lang, toks, hit) or (
            prep.end < len(toks) and toks[prep.end].w in lang.determiners
            and not (lang.spec.capitalised_nouns
                     and any(toks[j].cap for j in range(prep.end + 1, hit.start))))):
        return True
    for refs in (lang.other_refs, lang.other_refs_before, lang.other_before):
        ref = refs.any_in(toks, hit.start - 3, hit.start, end_by=hit.start, clause=clause)
        if ref is not None and not (refs is lang.other_refs_before
                                    and _no_time_since(lang, toks, ref.start)):
            return True
    # background in the pluperfect: "Zuvor waren ... abgesagt worden", "had been called
    # off", "avait été reporté": what happened before the news, not the news
    if hit.phrase.tag in DENIABLE and lang.pluperfect_before:
        if lang.pluperfect_after:
            if (hit.end < len(toks) and toks[hit.end].w in lang.pluperfect_after
                    and lang.pluperfect_before.any_in(toks, hit.start - PLUPERFECT_WINDOW,
                                                      hit.start, clause=clause)):
                return True
        elif lang.pluperfect_before.any_in(toks, hit.start - 3, hit.start,
                                           end_by=hit.start, clause=clause):
            return True
    # "after the 2020 editions were called off", "two weeks after Swift's shows were
    # cancelled": a passive in a clause of time recalls what happened to something else
    if (hit.phrase.tag in DENIABLE and passive_next(lang, toks, hit)
            and lang.subordinators.any_in(toks, hit.start - SUBORDINATE_WINDOW, hit.start,
                                          end_by=hit.start, clause=clause)):
        return True
    # "replaces the cancelled contest", "à la place du défilé annulé": the cancellation is
    # the replaced event's, not the replacement's that the article reports
    if hit.phrase.tag in DENIABLE and lang.replacements.any_in(
            toks, hit.start - REPLACE_WINDOW, hit.start, end_by=hit.start, clause=clause):
        return True
    return bool(lang.other_refs.any_in(toks, hit.end, hit.end + 3,
                                       clause=toks[hit.end - 1].clause))


def passive_next(lang: Words, toks: Sequence[Token], hit: Hit) -> bool:
    """Is the word right before or right after the cue, in its clause, an auxiliary of
    the passive ("were called off", "wurde abgesagt")?"""
    clause = toks[hit.start].clause
    return any(toks[j].w in lang.passive_aux for j in (hit.start - 1, hit.end)
               if 0 <= j < len(toks) and toks[j].clause == clause)


def quote_hedged(lang: Words, tokens: Tokens, quote: int, hit: Hit) -> bool:
    """A quotation that denies or supposes ("you cannot postpone ...") is not a report.
    The cue's own words do not count ("keine Pläne" is itself a cue)."""
    lo, hi = tokens.quotes[quote]
    own = set(range(hit.start, hit.end)) - set(hit.gaps)
    words = {tokens.toks[j].w for j in range(lo, hi) if j not in own}
    if words & lang.negators or words & lang.modal_words:
        return True
    return any(t.sent_q for t in tokens.toks[lo:hi])


def _day(word: str) -> bool:
    """Is ``word`` a day of a month ("12" in "May 12"; not "2020" in "2020 may not happen")?"""
    return day_of_month(word) is not None
