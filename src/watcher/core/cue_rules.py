"""Why a status cue found in an article does not count: the rules about what it is about.

Each rule looks at the words around one cue (a :class:`~watcher.core.cues_text.Hit`) and says
whether it is about a part of the occasion or something around it, a guest's trip, history told
in passing, a reversal, a member or a thing rather than the occasion, and so on (see
:mod:`watcher.core.cues`; negation, hedges and other events are :mod:`watcher.core.cue_blocking`).
Every function takes ``lang``, one language's compiled words
(:class:`~watcher.core.cue_words.Words`).
"""

from __future__ import annotations

from collections.abc import Sequence

from watcher.core.concept_times import MONTHS, WEEKDAYS
from watcher.core.cue_blocking import noun_like
from watcher.core.cue_words import (
    ANNOUNCED_CHANGE_GAP,
    APPOSITION_MAX,
    DECISION_REACH,
    DENIABLE,
    EVENT_WINDOW,
    NEG_WINDOW,
    PART_AFTER,
    PART_BEFORE,
    REVERSAL_WINDOW,
    STATUSES,
    TRIP_EVENT_REACH,
    TRIP_NAME_REACH,
    TRIP_REACH,
    VERB_PREFIXES,
    VOTE_PLACE_REACH,
    Words,
)
from watcher.core.cues_text import PRE, Hit, PhraseSet, Token, Tokens

# words of earlier times that may open a sentence's participle clause set off by a comma
# ("D'abord reporté en juin, le Mipim n'aura finalement pas lieu", "Initially postponed to
# June, the fair is now off"): the clause still recalls history
RECAP_OPENERS = frozenset({"d", "abord", "initialement", "deja", "first", "initially",
                           "originally", "already", "erst", "zunachst", "ursprunglich",
                           "bereits", "schon"})


def part(lang: Words, toks: Sequence[Token], hit: Hit, parts: PhraseSet | None = None) -> bool:
    """Is what the change cue is about a part of an occasion or something around it (a
    reception, the pre-orders, a press conference, the fan zone), not the occasion itself?
    Its object: inside the cue ("sagt den Empfang ab") or after it in its clause up to a
    cause ("after", "as", "wegen"), an event
    noun just before the part only qualifying it ("wedding reception"); or its subject:
    before it in its clause, unless an event noun comes nearer ("Partys und Empfänge
    entfallen", not "Nach dem Empfang wurde das Konzert abgesagt"). ``parts``: other
    nouns to look for than the part nouns (the preludes of an occasion)."""
    if parts is None:
        parts = lang.parts
    if not parts:
        return False
    for g in hit.gaps:
        if lang.event_nouns.best_at(toks, g) and not parts.best_at(toks, g):
            return False
        if parts.best_at(toks, g):
            return True
    clause = toks[hit.end - 1].clause
    for j in range(hit.end, min(hit.end + PART_AFTER, len(toks))):
        # "scrapped as organisers cite low ticket sales": a cause is no object
        if toks[j].clause != clause or lang.after_stops.best_at(toks, j):
            break
        if parts.best_at(toks, j):
            return True
        ev = lang.event_nouns.best_at(toks, j)
        if ev is not None and not (ev.end < len(toks) and parts.best_at(toks, ev.end)):
            return False
    clause = toks[hit.start].clause
    for j in range(hit.start - 1, max(hit.start - PART_BEFORE, 0) - 1, -1):
        if toks[j].clause != clause:
            break
        # the last word of a part ("press conference"), read from where the part begins
        if any((h := parts.best_at(toks, k)) is not None and h.end > j
               for k in range(max(j - 2, 0), j + 1)):
            return True
        if lang.event_nouns.best_at(toks, j):
            # "la campagne du référendum", "the campaign for the vote": the event noun
            # only qualifies a part before it
            return part_of(lang, toks, j, parts)
    return False


def part_of(lang: Words, toks: Sequence[Token], j: int, parts: PhraseSet | None = None) -> bool:
    """Is the event noun at ``j`` the complement of a part just before it, joined by
    function words only ("campagne du", "campaign for the")?"""
    parts = lang.parts if parts is None else parts
    k = j - 1
    while k >= 0 and j - k <= 3 and toks[k].clause == toks[j].clause:
        if parts.best_at(toks, k) is not None:
            return k < j - 1
        if toks[k].w not in lang.function_words and toks[k].w not in lang.determiners:
            return False
        k -= 1
    return False


def strike_service(lang: Words, tokens: Tokens, hit: Hit, title: Tokens | None = None) -> bool:
    """Is the change cue about what a strike named in its field or headline stops (flights,
    trains, operations: "Grève à Air France : un vol sur quatre annulé", "Thousands of
    operations postponed as junior doctors walk out")? The news is the strike, under way or
    ahead, not the call-off of an occasion. Without a strike named, flights may be the
    occasion itself (an airport's first flights are its opening)."""
    if not lang.strike_services or not lang.strike_nouns:
        return False
    if not any(t is not None and lang.strike_nouns.any_in(t.toks, 0, len(t.toks)) is not None
               for t in (tokens, title)):
        return False
    return part(lang, tokens.toks, hit, lang.strike_services)


def closed_for_occasion(lang: Words, toks: Sequence[Token], hit: Hit,
                        title: Tokens | None = None) -> bool:
    """Is a closure (``closures``) for an occasion or a strike named after it in its clause
    ("Le périphérique fermé ce dimanche pour le marathon de Paris", "Musée fermé ce mardi en
    raison d'une grève"), or a strike's, named before it in its field or in the headline
    ("Grève des médecins : de nombreux cabinets fermés ce jeudi", "Größter Streik im
    öffentlichen Dienst" over "Schulen bleiben geschlossen")? The closure is then the
    occasion's doing, not its call-off (a code review)."""
    if lang.strike_nouns.any_in(toks, 0, hit.start) is not None or (
            title is not None and lang.strike_nouns.any_in(title.toks, 0, len(title.toks))):
        return True
    clause = toks[hit.end - 1].clause
    for j in range(hit.end, min(hit.end + EVENT_WINDOW, len(toks))):
        if toks[j].clause != clause:
            return False
        if (lang.event_nouns.best_at(toks, j) is not None
                or lang.strike_nouns.best_at(toks, j) is not None):
            return True
    return False


def announces_change(lang: Words, toks: Sequence[Token], hit: Hit, hits: Sequence[Hit]) -> bool:
    """ "announces the cancellation", "annonce le report", "kündigt die Absage an": an
    announcement whose object is a change reports the change, not a planned event."""
    clause = toks[hit.start].clause
    for other in hits:
        if (other.phrase.tag in DENIABLE and other.start >= hit.start
                and other.start - hit.end <= ANNOUNCED_CHANGE_GAP and other is not hit
                and toks[other.start].clause == clause):
            return True
    # "kündigt die Absage ... an": the change inside the announcement's gap
    return any((h := lang.cues.best_at(toks, g)) is not None and h.phrase.tag in DENIABLE
               for g in hit.gaps)


def apposition(lang: Words, toks: Sequence[Token], hit: Hit, hits: Sequence[Hit]) -> bool:
    """ "Thousands attended the parade, delayed by three weeks": a participle opening a
    clause after a comma, in a sentence whose earlier clause already reports something
    (another cue), describes the noun before the comma; it is not the sentence's news."""
    if hit.end - hit.start != 1 or hit.start == 0:
        return False
    t, prev = toks[hit.start], toks[hit.start - 1]
    if prev.clause == t.clause or prev.sent != t.sent or not prev.w.isalpha():
        return False
    if t.w.endswith(("ing", "ung", "ion", "ment")) or (t.cap and lang.spec.capitalised_nouns):
        return False
    k = hit.end
    while k < len(toks) and toks[k].clause == t.clause:
        if toks[k].w in lang.passive_aux or toks[k].w in lang.past_aux:
            return False
        k += 1
    return any(o.phrase.tag in STATUSES and o.phrase.tag != hit.phrase.tag
               and o.end <= hit.start and toks[o.start].sent == t.sent
               and toks[o.start].clause != t.clause for o in hits)


def reversed_changes(lang: Words, toks: Sequence[Token], hits: Sequence[Hit]) -> dict[int, int]:
    """Postponement and cancellation nouns undone by a reversal just before them ("le
    Conseil annule le report", "court overturns the cancellation", "kippt die
    Verschiebung"): cue start -> the end of the reversal (a cue itself, maybe, which then
    does not count)."""
    out: dict[int, int] = {}
    if not lang.reversals:
        return out
    for hit in hits:
        if hit.phrase.tag not in DENIABLE:
            continue
        clause = toks[hit.start].clause
        rev = lang.reversals.any_in(toks, hit.start - REVERSAL_WINDOW, hit.start,
                                    end_by=hit.start, clause=clause)
        if rev is not None and noun_like(lang, toks, hit) and all(
                toks[j].w in lang.determiners for j in range(rev.end, hit.start)):
            out[hit.start] = rev.end
    return out


def dated_denial(lang: Words, toks: Sequence[Token], hit: Hit) -> bool:
    """A negated cancellation followed by a month or season ("won't be held in April",
    "findet nicht im April statt"): the event leaves that date, it is not called off (a day,
    "findet am Montag nicht statt", is the event itself)."""
    own = [toks[j].w for j in range(hit.start, hit.end)]
    if not any(w in lang.negators for w in own):
        return False
    clause = toks[hit.end - 1].clause
    return lang.moved_dates.any_in(toks, hit.start + 1, hit.end + 2, clause=clause) is not None


# words after "spostata a", "se traslada a" that name a time, not a place, capitalised in Title
# Case headlines or as holidays
_TIME_NAMES = frozenset({
    "natale", "pasqua", "capodanno", "ferragosto", "navidad", "pascua", "nochevieja", "natal",
    "pascoa", "carnaval", "carnevale", "pentecoste", "pentecostes", "semana", "ano", "anno",
    "domani", "dopodomani", "prossimo", "prossima", "primavera", "estate", "autunno", "inverno",
    "manana", "proximo", "proxima", "verano", "otono", "invierno", "amanha", "verao", "outono",
    "data", "fecha", "nuova", "nueva", "nova", "fine", "inizio", "meta", "finales", "principios",
    "mediados", "final", "inicio", "meados", "settimana", "mes", "mese", "sabado",
})


def moved_to_place(lang: Words, toks: Sequence[Token], hit: Hit) -> bool:
    """Does a move that ends on a preposition name a place after it ("La finale di Coppa
    Italia spostata a Torino", "la final se traslada a Sevilla", "transferida para Lisboa")?
    The occasion moves where, not when: a plan for its new venue, as German "nach Madrid
    verlegt" and English "moved to Madrid's Bernabéu on 9 December" read (a user's review,
    ux17, was told "spostata a Torino" as a postponement while the date stayed). A place is
    a capitalised word (after an article: "a la Cartuja") that is no month, weekday or
    holiday: "spostata a lunedì", "al 19 dicembre", "a Natale" stay postponed. Only in the
    languages that write months and weekdays in lower case (``Words.place_preps``), so that
    a capital names no date ("slips to Christmas Day" is no move to a place)."""
    if hit.end >= len(toks) or hit.phrase.text.rsplit(" ", 1)[-1] not in lang.place_preps:
        return False
    if toks[hit.end - 1].cap:
        return False  # "SPOSTATO A DOMANI", "Fica Para Amanhã": every word has a capital
    clause = toks[hit.end - 1].clause
    j = hit.end
    if toks[j].w in lang.determiners and j + 1 < len(toks):
        j += 1
    word = toks[j]
    return (word.clause == clause and word.cap and word.w not in MONTHS
            and word.w not in WEEKDAYS and word.w not in _TIME_NAMES
            and not any(c.isdigit() for c in word.w))


def off_its_month(lang: Words, toks: Sequence[Token], hit: Hit) -> bool:
    """Is a negated opening or holding followed, after its negator or after the cue, by a
    month or season ("Kölner Oper wird nicht im November eröffnet", "will not open in
    November")? The event leaves that date: a postponement, as :func:`dated_denial` reads
    "findet nicht im April statt" (round 67). A day ("opens not on Monday") is not moved."""
    clause = toks[hit.start].clause
    for j in range(max(hit.start - NEG_WINDOW, 0), hit.start):
        if (toks[j].clause == clause and toks[j].w in lang.negators
                and lang.moved_dates.any_in(toks, j + 1, j + 2, clause=clause) is not None):
            return True
    k = hit.end  # "n'ouvrira pas en novembre": the negator's second half, then the month
    if k < len(toks) and toks[k].w in lang.negators:
        k += 1
    return lang.moved_dates.any_in(toks, k, k + 1, clause=clause) is not None


def compound_participle(lang: Words, toks: Sequence[Token], hit: Hit) -> bool:
    """Is a one-word cue an English participle compounded with the word before it ("an
    open-ended strike", "wins the rain-delayed final")? Then it is an adjective, no verb
    of the event ("re-scheduled", "co-hosted": a prefix keeps the verb)."""
    if not lang.attr_before or hit.end - hit.start != 1 or hit.start == 0:
        return False
    t, prev = toks[hit.start], toks[hit.start - 1]
    return (t.hyph and t.w.endswith("ed") and prev.w not in VERB_PREFIXES
            and prev.clause == t.clause)


def postposed(lang: Words, toks: Sequence[Token], hit: Hit) -> bool:
    """French: a participle right after its noun, with the clause's own verb still to come
    ("le cinquième test annulé sera joué en juillet")."""
    if not lang.attr_followers or hit.start < 2:
        return False
    t, noun = toks[hit.start], toks[hit.start - 1]
    if (noun.clause != t.clause or not noun.w.isalpha() or noun.w in lang.attr_stops
            or noun.w in lang.passive_aux or noun.w in lang.past_aux):
        return False
    return (any(toks[j].w in lang.determiners
                for j in range(max(hit.start - 3, 0), hit.start - 1))
            and any(toks[j].w in lang.attr_followers and toks[j].clause == t.clause
                    for j in range(hit.end, min(hit.end + 3, len(toks)))))


def trip_to_event(lang: Words, toks: Sequence[Token], hit: Hit) -> bool:
    """Is a change cue about a guest's trip to an event ("Maduro cancels trip to CELAC
    summit", "Merkel sagt Reise zur Trauerfeier ab", "Bush sagt Auftritt beim Parteitag
    ab")? One guest stays away; the event goes on. Only with an event noun after the trip's
    preposition: "cancels visit to Denmark" is the visit itself called off."""
    if not lang.trip_nouns:
        return False
    clause = toks[hit.start].clause
    for j in range(hit.start + 1, min(hit.end + TRIP_REACH, len(toks))):
        if toks[j].clause != clause:
            break
        if (j + 1 < len(toks) and toks[j].w in lang.trip_nouns
                and toks[j + 1].w in lang.trip_preps
                and toks[j + 1].clause == clause):
            if (toks[j + 1].w in lang.infinitives and j + 2 < len(toks)
                    and not toks[j + 2].cap and toks[j + 2].w not in lang.determiners):
                return False  # "delays Asia trip to push health care vote": a purpose
            return lang.event_nouns.any_in(toks, j + 2, j + 2 + TRIP_EVENT_REACH,
                                           clause=clause) is not None
    # "cancels Asian Games trip": the event's name before the trip, as long as a name is
    # ("cancels Paris Air Show trip": set 166)
    for j in range(hit.end, min(hit.end + TRIP_NAME_REACH, len(toks))):
        if toks[j].clause != clause:
            break
        if toks[j].w in lang.trip_nouns and event_before(lang, toks, hit, j):
            return True
    return False


def event_before(lang: Words, toks: Sequence[Token], hit: Hit, j: int) -> bool:
    """Does an event noun end right before the trip noun at ``j``, after the cue ("cancels
    Asian Games trip", "scraps summit visit")? English puts the destination before the
    trip as a noun; "cancels Denmark visit" names a place, and is the visit itself."""
    return any(h.end == j for i in range(hit.end, j)
               if (h := lang.event_nouns.best_at(toks, i)) is not None)


def possessive(toks: Sequence[Token], j: int) -> bool:
    """Is token ``j`` an English possessive (``Token.poss``: the "s" of "Putin's", a plural
    name before a bare apostrophe, "Rolling Stones' rescheduled show"), in the clause of the
    word after it? A possessive is a determiner: the participle after it describes the thing
    owned (a user's review, session 41: "Rolling Stones' rescheduled Wembley show ... sells
    out" read as the show postponed again)."""
    t = toks[j]
    return t.poss and j + 1 < len(toks) and toks[j + 1].clause == t.clause


def names_a_thing(word: str) -> bool:
    """Can ``word`` open the noun an attributive participle describes: a word, or a name with
    letters in it ("to hold delayed 5G auction"), not a number ("delayed 30 minutes": how
    long)? Not a year either: "its cancelled 2020 edition" was labelled as telling the
    call-off (held-out set 224), "wins delayed 2018 Nobel prize" as held (tuning set 160)."""
    return word[:1].isalpha() or (word[:1].isdigit() and any(ch.isalpha() for ch in word))


def recap(lang: Words, toks: Sequence[Token], hit: Hit) -> bool:
    """Is a change cue a participle that only describes the event ("the postponed trip",
    "das abgesagte Rennen", "The visit, delayed by the storm, will ...", "Annulé en 2020,
    le marathon ...")? Then it recalls history; the sentence's own verb tells the news."""
    if hit.end - hit.start != 1:
        return False
    t = toks[hit.start]
    kind, stem = hit.phrase.units[-1]
    # German: a participle with an adjective ending is attributive ("abgesagte Konzerte")
    if lang.attr_endings and kind == PRE and t.w[len(stem):] in lang.attr_endings:
        return True
    # English: a participle opening a sentence before a noun ("Rescheduled fifth Test
    # under way at Edgbaston", "Postponed matches will be replayed in May")
    if lang.attr_before and t.w.endswith("ed") and (
            hit.start == 0 or toks[hit.start - 1].sent != t.sent):
        nxt = toks[hit.end] if hit.end < len(toks) else None
        if (nxt is not None and nxt.clause == t.clause and nxt.w.isalpha()
                and nxt.w not in lang.attr_stops):
            return True
    # English: determiner (+ modifier) + participle + noun ("the long-delayed visit")
    if lang.attr_before and t.w.endswith("ed") and hit.start > 0:
        prev = toks[hit.start - 1]
        before = prev.w in lang.attr_before or possessive(toks, hit.start - 1) or (
            prev.w in lang.attr_modifiers and hit.start > 1
            and toks[hit.start - 2].w in lang.attr_before)
        nxt = toks[hit.end] if hit.end < len(toks) else None
        if (before and prev.clause == t.clause and nxt is not None
                and nxt.clause == t.clause and names_a_thing(nxt.w)
                and nxt.w not in lang.attr_stops):
            return True
    if postposed(lang, toks, hit):
        return True
    # French: a participle after the event noun of a phrase of time ("lors de la parade
    # reportée", "pendant le match interrompu") describes that event
    i = hit.start
    if (lang.attr_preps and i >= 3 and toks[i - 2].w in lang.determiners
            and lang.event_nouns.best_at(toks, i - 1) is not None):
        prep = toks[i - 3]
        if prep.w in ("de", "d") and i >= 4:
            prep = toks[i - 4]
        if prep.w in lang.attr_preps and prep.clause == t.clause:
            return True
    # any language: a participle clause set off by a comma ("Annulé en 2020, le ...")
    if t.w.isalpha() and not t.w.endswith(("ing", "ung")):
        j = hit.start - 1
        while j >= 0 and toks[j].clause == t.clause and toks[j].w.isdigit():
            j -= 1
        # (a word of earlier times first in its sentence: "D'abord reporté en juin, ...")
        k = j
        while k >= 0 and toks[k].sent == t.sent and toks[k].w in RECAP_OPENERS:
            k -= 1
        if k < j and (k < 0 or toks[k].sent != t.sent):
            j = k
        # (not after a quoted title with no comma: it is the title's predicate, "« Black
        # Widow » repoussé à juillet, et proposé sur Disney+")
        opens = j < 0 or (toks[j].clause != t.clause
                          and not (t.after_quote and j == hit.start - 1))
        k = hit.end
        while k < len(toks) and toks[k].clause == t.clause:
            k += 1
        # short, with no auxiliary of its own ("Abgesagt wurde auch ..., " is a report), and
        # not ended by a spaced dash, which as often pairs two names ("Annullato il vertice
        # Trump - Putin a Budapest": a user's review, session 42)
        if (opens and k < len(toks) and toks[k].sent == t.sent and not toks[k].dash
                and hit.end < k <= hit.end + APPOSITION_MAX
                and not any(toks[i].w in lang.passive_aux for i in range(hit.end, k))):
            return True
    return False


def a_noun(lang: Words, toks: Sequence[Token], hit: Hit) -> bool:
    """Is a cue that counts as a verb only (``verb_only``: "Oslo plans 'Impossible Games'",
    "Pope and Kirill plan second meeting") used as a noun ("its plans for", "ending plans
    for a listing", "debt plan must be reassessed")? A determiner or preposition before it,
    or a preposition, cause, modal or auxiliary after it, tells the noun (round 67)."""
    if hit.end - hit.start != 1 or hit.phrase.text not in lang.verb_only:
        return False
    i = hit.start
    if i > 0 and toks[i - 1].clause == toks[i].clause and toks[i - 1].w in lang.attr_before:
        return True
    if i + 1 >= len(toks) or toks[i + 1].clause != toks[i].clause:
        return True  # a plan with no object: "Greece backs the plan"
    nxt = toks[i + 1].w
    return (nxt in lang.modal_words or nxt in lang.passive_aux
            or lang.after_stops.best_at(toks, i + 1) is not None)


def near_event(lang: Words, toks: Sequence[Token], hit: Hit) -> bool:
    sent = toks[hit.start].sent
    lo, hi = max(hit.start - EVENT_WINDOW, 0), min(hit.end + EVENT_WINDOW, len(toks))
    return any(toks[j].sent == sent and lang.event_nouns.best_at(toks, j)
               for j in range(lo, hi))


def decides_event(lang: Words, toks: Sequence[Token], hit: Hit) -> bool:
    """Does the vote ``hit`` reports decide an occasion named after it, in its clause ("MPs
    voted against holding a referendum", "shareholders approve the listing")? Then the vote
    is how that occasion was decided, not one the article's event is; a noun of the vote
    itself ("voted in favour of the motion") does not count, nor one after a word of where
    or when the vote is held ("votes No in the referendum", "lors de la votation")."""
    clause = toks[hit.end - 1].clause
    for j in range(hit.end, min(hit.end + DECISION_REACH, len(toks))):
        if toks[j].clause != clause:
            break
        if lang.event_nouns.best_at(toks, j) is not None:
            return not (lang.ballot_nouns.best_at(toks, j) is not None
                        or any(toks[k].w in lang.vote_places
                               for k in range(max(hit.end, j - VOTE_PLACE_REACH), j)))
    return False


def ends_on_a_month(lang: Words, toks: Sequence[Token], hit: Hit) -> bool:
    """Does ``hit`` end on a noun that is also a month, after a word that makes it the
    month ("bans flights until March", not "bans Paris climate march")?"""
    return (hit.end >= 2 and toks[hit.end - 1].w in lang.month_nouns
            and toks[hit.end - 2].w in lang.month_before)


def bans_a_thing_at(lang: Words, toks: Sequence[Token], hit: Hit) -> bool:
    """Is what a ban cue's verb bans something at the gathering it names: a preposition
    in the cue's gap ("bans flags at Pride march", "verbietet Pyrotechnik bei Demo",
    "interdit les masques dans les manifestations"), or the gathering's word the first of a
    hyphenated compound ("verbietet Demo-Route")? Then the gathering is not banned."""
    gaps = set(hit.gaps)
    if not any(toks[j].w in lang.object_verbs
               for j in range(hit.start, hit.end) if j not in gaps):
        return False
    return (any(toks[g].w in lang.object_stops for g in gaps)
            or (hit.end < len(toks) and toks[hit.end].hyph))


def member_object(lang: Words, toks: Sequence[Token], hit: Hit) -> bool:
    """Is what a suspension cue suspends only a name, a member and no occasion ("Arab League
    suspends Syria over crackdown", "Churchill Downs suspends Baffert for two years", "ICC
    suspends Sri Lanka Cricket")? The name ends the clause or a cause, a term or a place
    follows it. Not when the name holds an event noun or a noun follows it ("suspends
    AstraZeneca shots", "suspends Ant Group IPO": the thing put off)."""
    if hit.phrase.text not in lang.member_verbs or hit.end >= len(toks):
        return False
    clause = toks[hit.end - 1].clause
    j = hit.end
    if toks[j].w in lang.determiners and toks[j].clause == clause:
        j += 1  # "suspend la Russie"
    start = j
    while j < len(toks) and toks[j].cap and toks[j].clause == clause:
        j += 1
    if j == start or lang.event_nouns.any_in(toks, start, j) is not None:
        return False
    return j == len(toks) or toks[j].clause != clause or toks[j].w in lang.member_stops


def before_its_moment(lang: Words, toks: Sequence[Token], hit: Hit) -> bool:
    """Does "before" (``before_event``, with a determiner at most between) name the held cue's
    moment ("anderthalb Stunden vor dem Anpfiff evakuiert", "hours before kick-off", "avant le
    coup d'envoi")? Then it dates something else by a moment still to come: no report that the
    occasion began (set 17: "Länderspiel abgesagt" over an arena cleared "vor dem Anpfiff" read
    as held, called off on its day)."""
    at = hit.start
    if at > 0 and toks[at - 1].w in lang.determiners:
        at -= 1
    return ends_at(lang.before_event, toks, at, 4)


def ends_at(phrases: PhraseSet, toks: Sequence[Token], i: int, reach: int) -> bool:
    """Does a phrase of ``phrases`` starting at most ``reach`` words before ``i`` end right
    before it, in its clause?"""
    return i > 0 and any(
        (h := phrases.best_at(toks, k)) is not None and h.end == i
        and toks[k].clause == toks[i].clause for k in range(max(i - reach, 0), i))
