"""Tense of a status cue: is its verb past, or is what it tells still to come?

A "held" cue after a future marker ("to meet", "wird eröffnet"), near a time ahead ("tomorrow",
"nächste Woche") or, when the verb is not past, next to a date ("opens on Tuesday", "s'ouvre
mardi", "Ab Sonntag beraten die ...") reads planned: news previews in the present tense; a cue
that is itself past ("hob am Morgen ab") never does. A "to" is no future when it is that of a
purpose or a result ("the first woman to win") or a preposition before a name ("Perth to Bali").
Every function takes ``lang``, one language's compiled words
(:class:`~watcher.core.cue_words.Words`).
"""

from __future__ import annotations

from collections.abc import Sequence

from watcher.core.cue_tense import participle
from watcher.core.cue_words import (
    FUTURE_AFTER_WINDOW,
    FUTURE_BEFORE_WINDOW,
    FUTURE_WINDOW,
    ORDINAL_WINDOW,
    PAST_WINDOW,
    RESULT_WINDOW,
    VERB_FINAL_WINDOW,
    Words,
)
from watcher.core.cues_text import SUF, Hit, Token
from watcher.core.dates import MORNING_BEFORE, weekday_names_day


def _time_ahead(lang: Words, toks: Sequence[Token], lo: int, hi: int, clause: int) -> bool:
    """Does a word of a time ahead ("tomorrow", "nächste Woche") start in [lo, hi) of
    ``clause``? German "am (frühen) Morgen" is the morning, a noun with its capital, not
    "morgen", tomorrow (session 59: "Philippsburg: Kühltürme am frühen Morgen gesprengt" read
    a demolition planned)."""
    j = lo
    while (h := lang.future_after.any_in(toks, j, hi, clause=clause)) is not None:
        t = toks[h.start]
        if not (t.w == "morgen" and t.cap and h.end == h.start + 1 and h.start > 0
                and toks[h.start - 1].w in MORNING_BEFORE):
            return True
        j = h.start + 1
    return False


# auxiliaries of the perfect that are no verbs of being ("est ouvert ce week-end" is a state,
# "ont investi Biddinghuizen ce week-end" a report)
_HAVE = frozenset({"a", "ont", "has", "have", "hat", "haben"})


def _perfect_of(lang: Words, toks: Sequence[Token], hit: Hit) -> bool:
    """Is the cue a participle right after an auxiliary of the perfect ("55 000 festivaliers
    ont investi Biddinghuizen ce week-end", "has opened this weekend")? Then it reports, and
    a time ahead near it is no plan (session 59)."""
    j = hit.start - 1
    if j >= 0 and toks[j].w in lang.perfect_adverbs and toks[j].clause == toks[hit.start].clause:
        j -= 1
    return (j >= 0 and toks[j].w in _HAVE and toks[j].w in lang.present_aux
            and toks[j].clause == toks[hit.start].clause and participle(lang, toks[hit.start].w))


def past_at(lang: Words, toks: Sequence[Token], hit: Hit) -> bool:
    """Is the cue's verb in the past ("opened", "hat begonnen", "a eu lieu")?"""
    clause = toks[hit.start].clause
    own = [j for j in range(hit.start, hit.end) if j not in hit.gaps]
    before = [j for j in range(max(hit.start - PAST_WINDOW, 0), hit.start)
              if toks[j].clause == clause]
    return (any(past_word(lang, toks, j) for j in before)
            or any(lang.past.best_at(toks, j) for j in own)
            or verb_final_perfect(lang, toks, hit))

def past_word(lang: Words, toks: Sequence[Token], j: int) -> bool:
    """Does a word before a cue mark it past? Not a capitalised word inside its sentence
    that only ends like a past form: a name ("Sam Bankman-Fried goes on trial on
    Tuesday", "Ted", "Alfred")."""
    h = lang.past.best_at(toks, j)
    if h is None:
        return False
    return not (h.phrase.units[0][0] == SUF and toks[j].cap and j > 0
                and toks[j - 1].sent == toks[j].sent)


# words that join a second verb to a clause whose participle they follow ("hat sich ... gegen
# Hunt durchgesetzt und zieht am Mittwoch in die Downing Street ein"): the participle ends its
# part of the clause as it ends a clause (German: the one lexicon with ``verb_final_future``)
_AND = frozenset({"und", "oder", "sowie"})


def verb_final_perfect(lang: Words, toks: Sequence[Token], hit: Hit) -> bool:
    """A German cue that ends its clause after an auxiliary of the past in that clause
    ("ist das Festival am Donnerstagabend vor ausverkauftem Gelände gestartet"): the
    perfect puts the participle last, out of reach of the words just before it."""
    if not lang.verb_final_future:
        return False
    last = hit.end - 1
    clause = toks[last].clause
    if (last + 1 < len(toks) and toks[last + 1].clause == clause
            and toks[last + 1].w not in _AND):
        return False
    return any(toks[j].w in lang.past_aux
               for j in range(max(hit.start - VERB_FINAL_WINDOW, 0), hit.start)
               if toks[j].clause == clause)


def time_ahead(lang: Words, toks: Sequence[Token], hit: Hit) -> str | None:
    """Is a held cue about something still to come? A future marker just before it ("to
    meet", "wird eröffnet"), a time ahead near it ("meet tomorrow", "next week ... meet"),
    or a date after a verb that is not past ("opens on Tuesday" is a preview, "opened on
    Tuesday" and "has opened on Tuesday" are reports). Returns why: "marker" or "date"
    (a time ahead), or None. "the first woman to win" is no future."""
    clause = toks[hit.start].clause
    window = FUTURE_WINDOW
    if (lang.verb_final_future and hit.end < len(toks) and toks[hit.end].clause == clause
            and toks[hit.end].w in lang.past_aux):
        # "..., die am Sonntag stattgefunden hat": a verb-final clause's own auxiliary of
        # the past comes after the participle; a "wird" of the clause before is not its own
        return None
    if lang.verb_final_future and (hit.end >= len(toks) or toks[hit.end].clause != clause
                                   or toks[hit.end].w in lang.verb_final_future):
        window = VERB_FINAL_WINDOW  # "soll am 18. Dezember starten": the verb comes last
    marker = lang.future.any_in(toks, hit.start - window, hit.start,
                                end_by=hit.start, clause=clause)
    if marker is not None and won_by(lang, toks, marker.start, hit):
        # "Canada beat Finland 2-0 in Moscow on Sunday to win the title": a result, and the
        # day it came about, none ahead (session 68)
        return None
    if (marker is not None and not purpose(lang, toks, marker.start)
            and not place_to(lang, toks, marker.start, hit.start)
            and not (marker.phrase.text.startswith("*") and toks[marker.start].cap)
            and not (hit.phrase.text in lang.continuations
                     and marker.phrase.text in lang.present_passive)):
        # a future ending on a capitalised word is a name ("la Riviera ouvre"); "wird
        # fortgesetzt" is a present passive: the event goes on (a date may still put it ahead)
        return "marker"
    own_form = lang.future.best_at(toks, hit.start)
    if (own_form is not None and own_form.phrase.text.startswith("*")
            and not toks[hit.start].cap):
        # the cue's verb is itself in the future ("effectuera une visite" matched by
        # "effectue* une visite"): a plan, not a report
        return "marker"
    # German verb-final clauses put the modal after the verb: "dass das Treffen
    # stattfinden soll", "..., wo der Gipfel beginnen wird"
    if lang.future_after_verb and hit.end < len(toks) and toks[hit.end].clause == clause \
            and lang.future_after_verb.best_at(toks, hit.end) is not None:
        return "marker"
    own = [j for j in range(hit.start, hit.end) if j not in hit.gaps]
    if (any(lang.past.best_at(toks, j) for j in own) or verb_final_perfect(lang, toks, hit)
            or _perfect_of(lang, toks, hit)):
        return None  # a verb in the past reports: "hob am Morgen ab" is no "morgen"
    # "tomorrow", "next week" near the cue, before it too ("will fly to Bali next week and
    # meet Xi"); a weekday or month after it or inside its gap ("öffnet morgen ihre Tore")
    clause = toks[hit.end - 1].clause
    lo, hi = hit.start + 1, hit.end + FUTURE_AFTER_WINDOW
    if any(toks[j].w in lang.since and toks[j].clause == clause
           for j in range(max(hit.start - FUTURE_BEFORE_WINDOW, 0), min(hi, len(toks)))):
        return None  # "streiken seit Montag", "seit Montag streiken": under way since then
    if _time_ahead(lang, toks, hit.start - FUTURE_BEFORE_WINDOW, hi, clause):
        return "date"
    # A date before the verb of its own clause counts too ("Ab Sonntag beraten die ..."):
    # German and French often put it first. Then every word from the date on may mark the
    # verb past ("Der Gipfel hat am Dienstag begonnen").
    first = hit.start
    if not _date_in(lang, toks, lo, hi, clause=clause):
        date = _date_in(lang, toks, hit.start - FUTURE_BEFORE_WINDOW, hit.start,
                        end_by=hit.start, clause=toks[hit.start].clause)
        if date is None:
            return None
        first = date.start
    before = range(max(first - PAST_WINDOW, 0), hit.start)
    past = any(toks[j].clause == toks[hit.start].clause and (
        lang.past.best_at(toks, j) if j in own else past_word(lang, toks, j))
        for j in (*before, *own))
    return None if past else "date"


def _date_in(lang: Words, toks: Sequence[Token], lo: int, hi: int, *, clause: int,
             end_by: int | None = None) -> Hit | None:
    """The first date of ``future_dates`` starting in [lo, hi) (ending by ``end_by``, in
    ``clause``) whose weekday, if it has one, is no part of a day's name: "holds its Rose
    Monday parade" reports the parade, "opens on Monday" previews."""
    while True:
        date = lang.future_dates.any_in(toks, lo, hi, end_by=end_by, clause=clause)
        if date is None or not _names_day(toks, date):
            return date
        lo = date.start + 1


def _names_day(toks: Sequence[Token], date: Hit) -> bool:
    """Is a weekday of ``date`` part of a day's name (``dates.weekday_names_day``, read over
    the date's words with one before it and two after)?"""
    words = [t.w for t in toks[max(date.start - 1, 0):date.end + 2]]
    first = min(date.start, 1)
    return any(weekday_names_day(words, first + k) for k in range(date.end - date.start))


def attributive(lang: Words, toks: Sequence[Token], hit: Hit) -> bool:
    """Is a one-word plan participle attributive ("the planned summit", "die geplante
    Wahl", "la consultation prévue le 6"): a determiner one or two words before it in its
    clause, no auxiliary right before it ("is planned", "est prévue")?"""
    if hit.end - hit.start != 1 or hit.start == 0:
        return False
    t, prev = toks[hit.start], toks[hit.start - 1]
    if prev.clause != t.clause or prev.w in lang.passive_aux or prev.w in lang.past_aux:
        return False
    return any(toks[j].w in lang.determiners and toks[j].clause == t.clause
               for j in range(max(hit.start - 2, 0), hit.start))


def place_to(lang: Words, toks: Sequence[Token], at: int, cue: int) -> bool:
    """Is the infinitive marker at ``at`` a preposition before a name ("Perth to Bali fleet
    sets sail", "from London to Paris")? A verb after "to" is not capitalised, unless
    the headline capitalises every word ("Musk to Finally Close Deal": the cue is too)."""
    nxt = at + 1
    return (toks[at].w in lang.infinitives and not toks[at].cap and nxt < cue
            and toks[nxt].cap and not toks[cue].cap
            and toks[nxt].sent == toks[at].sent and toks[at].start > 0)


def purpose(lang: Words, toks: Sequence[Token], at: int, ordinals: bool = True) -> bool:
    """Is the future marker at ``at`` ("to") the "to" of a purpose or a result after a
    verb of result or effort or (``ordinals``) an ordinal, not a future? "the first woman
    to win", "overpowers the field to win", "fails to win a majority", "becomes the first
    city to host" report what happened; "Leaders to meet" has no such word before it."""
    clause = toks[at].clause
    if ordinals and any(toks[j].w in lang.ordinals and toks[j].clause == clause
                        for j in range(max(at - ORDINAL_WINDOW, 0), at)):
        return True
    return lang.result_verbs.any_in(toks, at - RESULT_WINDOW, at, end_by=at,
                                    clause=clause) is not None


def won_by(lang: Words, toks: Sequence[Token], at: int, hit: Hit) -> bool:
    """Is the "to" at ``at`` before a result infinitive ("win") the "to" of how a result
    came about? "Verstappen storms from 17th to win", "Team Liquid sweep Gaimin Gladiators
    to win", "England reached 378 to win" report the win: a verb comes before the "to"
    (any lowercase word there, the headline's names being capitalised). "Labour to win",
    "favourite to win", "bids to win", "needs 250 to win" look ahead: no verb, or one of
    expectation or effort."""
    if (toks[hit.start].w not in lang.result_infinitives
            or toks[at].w not in lang.infinitives):
        return False
    clause = toks[at].clause
    if not any(t.clause == clause and not t.cap and t.w.isalpha()
               and t.w not in lang.determiners and t.w not in lang.function_words
               for t in toks[:at]):
        return False
    return not any(ws.any_in(toks, 0, at, end_by=at, clause=clause) for ws in (
        lang.expectations, lang.intents, lang.modals, lang.future))
