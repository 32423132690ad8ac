"""Status cues across a headline and its summary: rules that weigh what one field's tense says
about the other's cues (see :mod:`watcher.core.cues`).

A headline in the present previews what its summary dates ahead or puts "ahead of" an event, and
reports what its summary tells under way; a summary's held cue in the pluperfect under a headline
with a cue of its own recaps what came before; a headline that only dates the event previews its
summary's present; a plan participle recalls the old date of a change; a return in the headline
whose summary reports the occasion under way is held; "ahead of" in a summary says nothing of a
headline that names no event; a hypothetical says something is on only when it is an event.
``t_tense``/``s_tense`` are what :func:`watcher.core.cue_field.read_field` collected: held cues
in the present ("present"), in the past ("past"), made planned by a date ("ahead") or a marker
("later"), plan participles ("attr_plan"), "ahead of" cues ("before"), a dated headline
("dated", "dated_bare").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from watcher.core.cue_words import DENIABLE, HEDGE, Words
from watcher.core.cues_text import SUF, Token, Tokens, token_at
from watcher.core.types import Cue


def _names_event(engine: Words, tokens: Tokens) -> bool:
    return engine.event_nouns.any_in(tokens.toks, 0, len(tokens.toks)) is not None


def tells_past(engine: Words, tokens: Tokens) -> bool:
    """Does a field have a word of the past anywhere ("was", "feierte", "a ouvert")?"""
    return engine.past.any_in(tokens.toks, 0, len(tokens.toks)) is not None


def participle(engine: Words, w: str) -> bool:
    """Is ``w`` a past participle ("begun", "voted", "annule", "begonnen")?"""
    return (w not in engine.function_words and w not in engine.not_participles
            and w not in engine.present_aux and w.endswith(engine.participle_endings))


def _perfect(engine: Words, toks: Sequence[Token], j: int) -> bool:
    """Does the auxiliary at ``j`` make a perfect with a participle in its clause? In German
    the participle ends the clause ("haben die Wahllokale geschlossen"), elsewhere it follows
    the auxiliary past any adverb ("has already begun", "a enfin eu lieu"). Without one the
    auxiliary is a present verb ("Viele Wähler haben kaum Hoffnung", "Es ist die erste Reise",
    "Lebanon has little hope", "la finale a lieu dimanche")."""
    clause = toks[j].clause
    rest = [t for t in toks[j + 1:] if t.clause == clause]
    if not rest:
        return False
    if engine.verb_final_future:
        return not rest[-1].cap and participle(engine, rest[-1].w)
    for t in rest:
        if t.w in engine.perfect_adverbs or t.w in engine.negators:
            continue
        hit = engine.past.best_at([t], 0)
        return (hit is not None and t.w not in engine.present_aux) or participle(engine, t.w)
    return False


def narrates_past(engine: Words, tokens: Tokens) -> bool:
    """Does a field have a past form that tells something happened ("was", "feierte", "a
    ouvert", "haben geschlossen")? Unlike :func:`tells_past`, an auxiliary of the perfect that
    is also a present verb counts only before a participle, and a capitalised word inside its
    sentence that only ends like a past form is a name ("Ted"). Round 75: what keeps a held
    reading from resting on the present alone (:attr:`StatusReading.present_only`)."""
    toks = tokens.toks
    for j in engine.past.starts(toks):  # only where a past form may start
        t = toks[j]
        hit = engine.past.best_at(toks, j)
        if hit is None:
            continue
        if (hit.end - hit.start == 1 and t.w in engine.present_aux
                and not _perfect(engine, toks, j)):
            continue
        if (hit.phrase.units[0][0] == SUF and t.cap and j > 0
                and toks[j - 1].sent == t.sent):
            continue
        return True
    return False


def _bare_past(engine: Words, s_toks: Tokens, found: list[Cue]) -> bool:
    """Does a summary with no cue of its own tell the past, and nothing ahead ("Huge crowds
    lined the route", "East African runners took both titles")?"""
    s = s_toks.toks
    return (bool(s) and not any(c.field == "summary" and c.blocked is None for c in found)
            and tells_past(engine, s_toks)
            and engine.future.any_in(s, 0, len(s)) is None
            and not any(engine.future_dates.best_at(s, j) is not None and not _in_name(s, j)
                        for j in range(len(s))))


def _in_name(toks: Sequence[Token], j: int) -> bool:
    """Is the word at ``j`` part of a name, after a capitalised word that does not open its
    sentence ("the Rose Monday procession", "Black Friday")? Then it dates nothing."""
    k = j - 1
    return (k > 0 and toks[k].cap and toks[k].sent == toks[j].sent
            and toks[k - 1].sent == toks[k].sent)


def _awaited(engine: Words, found: list[Cue]) -> bool:
    """Does the summary tell who is awaited ("werden 40 000 Gläubige erwartet")?"""
    return any(c.field == "summary" and c.blocked is None and c.status == "planned"
               and c.phrase in engine.awaited for c in found)


def _scheduled_ahead(engine: Words, s_toks: Tokens, found: list[Cue],
                     attr: list[Cue]) -> bool:
    """Does the summary schedule the occasion by a plan participle for a time it names ahead
    ("der erste Handelstag ist für den 26. November vorgesehen")?"""
    s = s_toks.toks
    return (any(c.field == "summary" and c.blocked is None and c.status == "planned"
                and (c.phrase in engine.plan_participles
                     or f"{c.phrase}*" in engine.plan_participles)
                and c not in attr for c in found)
            and any(engine.future_dates.best_at(s, j) is not None and not _in_name(s, j)
                    for j in range(len(s))))


def _finite(t_toks: Tokens, cue: Cue) -> bool:
    """Is a headline cue a finite verb with words after it in its clause ("Heute beginnt in Iowa
    das Vorwahlrennen"), not a clause-final participle ("mit militärischen Ehren empfangen":
    a German headline's perfect passive, a report)?"""
    toks = t_toks.toks
    at = token_at(toks, cue.start)
    return at is not None and any(t.start >= cue.end and t.clause == toks[at].clause
                                  for t in toks)


def _later_today(engine: Words, s_toks: Tokens, t_toks: Tokens, present: list[Cue]) -> bool:
    """Does a summary that tells nothing past name a time later the same day ("kommen am Abend
    die Wähler zusammen", "tonight") under a headline whose present is a finite verb? Then the
    headline ("Heute beginnt in Iowa das Vorwahlrennen") previews the occasion."""
    s = s_toks.toks
    return (engine.later_today.any_in(s, 0, len(s)) is not None
            and not tells_past(engine, s_toks)
            and any(_finite(t_toks, c) for c in present))


def _pluperfect(engine: Words, s_toks: Tokens, cue: Cue) -> bool:
    """Is a summary's held cue in the pluperfect ("hatte ... empfangen", "had met", "avait
    reçu"): an auxiliary of it in its clause, before the cue or as its first word ("avait donné
    ... concert")? It tells what came before. (A participle far from its auxiliary reads
    present, not past: both kinds are asked.)"""
    toks = s_toks.toks
    at = token_at(toks, cue.start)
    if at is None:
        return False
    clause = toks[at].clause
    return any(toks[j].w in engine.pluperfect_aux and toks[j].clause == clause
               for j in range(at + 1))


def _aimed(engine: Words, cue: Cue) -> bool:
    """Does a cue phrase end on a preposition that aims its plan at a time or an occasion ("set
    for", "fixé au", "gather in * for")? It schedules what it names."""
    return cue.phrase.rsplit(" ", 1)[-1] in engine.plan_preps


def _told_past_below(engine: Words, found: list[Cue], t_toks: Tokens, s_toks: Tokens,
                     t_tense: dict[str, list[Cue]], s_tense: dict[str, list[Cue]]) -> bool:
    """Is a headline's plan in the present ("Carnival parade goes ahead despite storm
    warnings", "Shakira holt ausgefallenes Konzert nach", "Trump und Selenskyj treffen sich im
    Petersdom") the present of headlines for what its summary narrates in the past ("Hundreds of
    thousands lined the streets", "stand ... auf der Bühne", "sprachen ... miteinander")? Only
    when nothing in either field is ahead: no future marker or time ahead in the headline or a
    future marker in the summary, no held cue of the summary in the present or made planned,
    no "ahead of" in the headline, no past of its own. Not an announcement (its summary's past
    is the background of what is announced) nor a plan aimed at a time or an occasion ("set
    for", "gather in * for"), nor a return (the rule above reads those)."""
    title = [c for c in found if c.field == "title" and c.blocked is None]
    if not title or any(c.status != "planned" or c.derived or c.returning
                        or c.phrase in engine.announce or _aimed(engine, c) for c in title):
        return False
    if (not s_tense.get("past") or s_tense.get("ahead") or s_tense.get("later")
            or s_tense.get("present") or t_tense.get("past") or t_tense.get("before")):
        return False
    t, s = t_toks.toks, s_toks.toks
    return (engine.future.any_in(t, 0, len(t)) is None
            and engine.future_dates.any_in(t, 0, len(t)) is None
            and not _future_in(engine, s))


def _future_in(engine: Words, toks: Sequence[Token]) -> bool:
    """Does a future marker stand in ``toks``? An infinitive marker before a name, an article
    or another function word is a preposition ("at the start of a three-week visit to New
    Zealand"), no future (session 72)."""
    for h in engine.future.scan(toks):
        if h.end - h.start == 1 and toks[h.start].w in engine.infinitives and (
                h.end == len(toks) or engine.no_verb(toks[h.end])):
            continue
        return True
    return False


def _plan_words(engine: Words, found: list[Cue], s_toks: Tokens) -> list[Cue]:
    """The counted cues of a summary that are one plan participle ("prévues", "geplanten",
    "scheduled"; the lexicon's "geplant*" takes its inflected forms)."""
    toks = s_toks.toks
    at = {t.start: i for i, t in enumerate(toks)}
    return [c for c in found if c.field == "summary" and c.blocked is None
            and c.status == "planned" and c.start in at
            and _plan_participle(engine, toks[at[c.start]].w)
            and c.end == toks[at[c.start]].end and not _predicate(engine, toks, at[c.start])]


def _predicate(engine: Words, toks: Sequence[Token], i: int) -> bool:
    """Does an auxiliary stand right before the participle at ``i`` ("sont prévus", "is
    planned")? A predicate states the plan; only a participle that qualifies a noun recalls
    one."""
    return i > 0 and toks[i - 1].sent == toks[i].sent and (
        toks[i - 1].w in engine.present_aux or toks[i - 1].w in engine.passive_aux)


def _plan_participle(engine: Words, w: str) -> bool:
    return any(w == p or (p.endswith("*") and w.startswith(p[:-1]))
               for p in engine.plan_participles)


def _recalled_plan(engine: Words, found: list[Cue], s_toks: Tokens) -> list[Cue]:
    """The plan participles of a summary that recall a plan, when they are the only cues of an
    item whose summary narrates the past and has no future marker at all ("Deux astronautes
    ont remplacé jeudi la caméra, lors de la première des cinq sorties prévues", "Panam Sports
    a retiré les Jeux, faute de versement dans les délais prévus"); else none. The participle
    then qualifies what happened by what was planned: it recalls a plan and announces
    nothing. A participle the lexicon counts as a future marker itself ("scheduled", "prévu")
    states a plan and keeps it, as does any future beside it ("the remaining outings will
    follow", "Die Landung ist für den Nachmittag geplant"). Round 88."""
    plans = _plan_words(engine, found, s_toks)
    s = s_toks.toks
    if (plans and len(plans) == sum(c.blocked is None for c in found)
            and narrates_past(engine, s_toks) and engine.future.any_in(s, 0, len(s)) is None):
        return plans
    return []


def across_fields(engine: Words, found: list[Cue], t_toks: Tokens, s_toks: Tokens,
                  t_tense: dict[str, list[Cue]], s_tense: dict[str, list[Cue]]) -> list[Cue]:
    """``found`` (the cues of both fields) with the cross-field rules applied."""
    if any(c.field == "title" and c.blocked is None for c in found):
        # "Festival postponed to September" over "The organisers had held a smaller edition in
        # the park": under a headline with news of its own, a summary's held cue in the
        # pluperfect recaps what came before it, no report of the occasion (session 68)
        found = [replace(c, blocked="recap")
                 if c.field == "summary" and c.status == "held" and c.blocked is None
                 and _pluperfect(engine, s_toks, c) else c for c in found]
    if (t_tense.get("present") and (s_tense.get("ahead") or _awaited(engine, found)
                or _later_today(engine, s_toks, t_toks, t_tense["present"])
                or _scheduled_ahead(engine, s_toks, found, s_tense.get("attr_plan", []))
                or (
                s_tense.get("before") and not tells_past(engine, s_toks)))
            and not s_tense.get("present") and not s_tense.get("past")
            and not t_tense.get("past")):
        # "AC/DC starten Europa-Tour" over "Die Tour beginnt am 17. Mai": a headline in
        # the present previews what its summary dates ahead (or puts "ahead of" it, or
        # tells who is awaited: "Papst besucht Genf" over "werden 40 000 Gläubige erwartet", or
        # schedules it by a plan participle for a time ahead: "Pukkelpop dévoile ..." over "Le
        # festival, prévu fin août, ..."; round 63), or names a time later that day. A
        # summary in the past ("da Costa was already champion before the final race", "Vor
        # dem Parlament feierte er ...") reports: its "before" dates nothing ahead
        now = {id(c) for c in t_tense["present"] if c.phrase not in engine.under_way}
        found = [replace(c, status="planned") if id(c) in now else c for c in found]
    attr = {id(c) for c in (*t_tense.get("attr_plan", ()),
                            *s_tense.get("attr_plan", ()))}
    if attr and any(c.status in DENIABLE and c.blocked is None and not c.derived
                    for c in found):
        # "la consultation prévue le 6 septembre serait décalée", "the planned summit
        # was called off": the plan a change is about recalls the old date
        found = [replace(c, blocked="recap") if id(c) in attr else c for c in found]
    recalled = {id(c) for c in _recalled_plan(engine, found, s_toks)}
    if recalled:
        found = [replace(c, blocked="recap") if id(c) in recalled else c for c in found]
    if ("dated" in t_tense or "dated_bare" in t_tense) and s_tense.get("present"):
        # "Funeral for the pope on Saturday" over "The mass begins at 10": a headline
        # that only dates the event previews it; its summary's present tells the plan, even
        # beside a past stage before it ("US-Open-Finale am Montag" over "gewann die
        # unterbrochene Partie ... und trifft im verschobenen Endspiel auf Murray", "dernier
        # affrontement ce soir" over "Après le Face-à-Face ..., ... se retrouvent"; round 63).
        # A summary that reports it ("hat um 11 Uhr begonnen") has a past cue, no present
        now = {id(c) for c in s_tense["present"] if c.phrase not in engine.under_way}
        found = [replace(c, status="planned") if id(c) in now else c for c in found]
    if (any(c.returning and c.field == "title" and c.blocked is None for c in found)
            and not s_tense.get("ahead") and not s_tense.get("later") and "dated" not in t_tense
            and (any(not _pluperfect(engine, s_toks, c)
                     for c in (*s_tense.get("present", ()), *s_tense.get("past", ())))
                 or _bare_past(engine, s_toks, found))
            and engine.future_dates.any_in(t_toks.toks, 0, len(t_toks.toks)) is None):
        # "Stadtfest startet nach langer Pause wieder" over "Tausende strömen in die
        # Altstadt": a return in the headline whose summary reports the occasion under way is
        # told as it happens, no announcement ("back on for May 9" dates one ahead). Not a past
        # in the pluperfect: "Gipfel mit Kim Jong Un findet doch statt" over "Zuvor hatte er Kims
        # Vertrauten ... empfangen" tells what came before the return (session 67)
        found = [replace(c, status="held", returning=False)
                 if c.returning and c.field == "title" and c.blocked is None else c
                 for c in found]
    if _told_past_below(engine, found, t_toks, s_toks, t_tense, s_tense):
        # "Cologne carnival parade goes ahead despite storm warnings" over "Hundreds of
        # thousands lined the streets": the headline's present reports what its summary tells
        # in the past (round 76)
        found = [replace(c, status="held") if c.field == "title" and c.blocked is None else c
                 for c in found]
    counted = [c for c in found if c.blocked is None]
    t = t_toks.toks
    if (counted and all(c.field == "summary" and c.status == "planned" for c in counted)
            and not _names_event(engine, t_toks) and not _names_event(engine, s_toks)
            and not any(ws.any_in(t, 0, len(t)) for ws in (
                engine.future, engine.future_dates, engine.before_event, engine.moved_dates))):
        # "Minister vows free school meals" over "The scheme will start in January": a plan
        # told only in a summary, with no event named anywhere and no time in the headline,
        # is no event's
        found = [replace(c, blocked="no-event") if c.blocked is None else c
                 for c in found]
        counted = []
    if (counted and s_tense.get("before")
            and all(c in s_tense["before"] for c in counted)
            and not _names_event(engine, t_toks)):
        # "Party turns 80" over "... rifts ahead of the party conference": a headline that
        # names no event is not about the one its summary only dates it by
        found = [replace(c, blocked="no-event") if c.blocked is None else c
                 for c in found]
    if any(c.phrase.startswith(HEDGE) for c in found) and not (
            _names_event(engine, t_toks) or _names_event(engine, s_toks)):
        # "may postpone the reform": a hypothetical says something is on only when it
        # is an event
        found = [replace(c, blocked="no-event") if c.phrase.startswith(HEDGE) else c
                 for c in found]
    return found
