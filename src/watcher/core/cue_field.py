"""Every status cue of one field (a headline or a summary), blocked ones included.

:func:`read_field` scans a field for the lexicon's phrases and runs the context rules on each
(:mod:`watcher.core.cue_blocking`, :mod:`watcher.core.cue_rules`, :mod:`watcher.core.cue_names`,
:mod:`watcher.core.cue_future`): a cue that does not count carries the reason in ``blocked``
(``negation``, ``modality``, ``quote``, ``other-event``, ``recap``, ``part``, ``no-event``,
``other``) so ``watcher explain`` can show all the evidence. It adds the cues the lexicon's fixed
phrases cannot list: a verb that moves something to a later date ("pushes 'Top Gun' to
December"), "ahead of the summit" (weak evidence for planned), the planned cue of a denied or
hedged change, and a headline's weak cues (:mod:`watcher.core.cue_headline`). Every function
takes ``lang``, one language's compiled words (:class:`~watcher.core.cue_words.Words`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Literal

from watcher.core.cue_blocking import modal, pending, why_blocked
from watcher.core.cue_future import attributive, past_at, purpose, time_ahead
from watcher.core.cue_gap import gap_change
from watcher.core.cue_headline import (
    at_event,
    dated_event,
    headline_future,
    headline_infinitive,
    leads_with_event,
    names_event,
    none_this_time,
)
from watcher.core.cue_names import (
    change_follows,
    in_a_name,
    named_thing,
    new_subject,
    non_event_object,
)
from watcher.core.cue_rules import (
    a_noun,
    announces_change,
    apposition,
    bans_a_thing_at,
    before_its_moment,
    closed_for_occasion,
    compound_participle,
    dated_denial,
    decides_event,
    ends_at,
    ends_on_a_month,
    member_object,
    moved_to_place,
    near_event,
    off_its_month,
    part,
    recap,
    reversed_changes,
    strike_service,
    trip_to_event,
)
from watcher.core.cue_words import (
    ASIDE,
    BEFORE_GAP,
    BEFORE_WEIGHT,
    BRACKET_GAP,
    DENIABLE,
    DENIED_WEIGHT,
    FUTURE_WINDOW,
    HEDGE,
    MOVE_WINDOW,
    OBJECT_GAP,
    Words,
)
from watcher.core.cues_text import Hit, Phrase, Token, Tokens, token_at
from watcher.core.types import Cue

FieldName = Literal["title", "summary"]


def read_field(lang: Words, tokens: Tokens, fld: FieldName, weight: float,
               title: Tokens | None = None,
               tense: dict[str, list[Cue]] | None = None,
               opening: Tokens | None = None) -> list[Cue]:
    """Every cue in one field (title or summary), blocked ones included. ``title``: the
    headline, whose event ("G7 summit: ...") an event-bound cue of the headline or of its
    summary may be about, also across a colon. ``tense`` collects the held cues in the
    present ("present") and those a time ahead made planned ("ahead") for
    :meth:`watcher.core.cues.Lexicon._read_with`. ``opening``: the headline's summary, whose
    first sentence may name the event a headline's comeback ("Gamescom is back in Cologne
    this week") is about, an event that comes back itself ("Europe's biggest games fair
    returns": :func:`~watcher.core.cue_headline.leads_with_event`). Only the ``comebacks``
    count so: with any event-bound cue and any event noun of that sentence, "annonce sa
    démission" over a summary naming Congress read planned (session 56, tuning 868 / 1,184
    -> 877 / 1,180 wrong alerts / missed runs)."""
    toks = tokens.toks
    out: list[Cue] = []
    hits = lang.cues.scan(toks)
    if lang.clause_final:
        hits = [h for h in hits if not not_final(lang, toks, h)]
    if lang.bracket_particles:
        hits = long_brackets(lang, toks, hits)
    reversed_at = reversed_changes(lang, toks, hits)
    denied_cancel: set[int] = set()
    changed: set[int] = set()  # sentences that report a change
    change_end = -OBJECT_GAP - 1  # where the last counted change cue ended (token index)
    lead: tuple[str, int] | None = None  # a headline's first counted cue: status, clause
    for hit in hits:
        status, returning = hit.phrase.tag, False
        if status == "neutral":
            continue
        if status == "returning":
            status, returning = "planned", True
        if hit.start in reversed_at:
            # "annule le report", "overturns the delay": the postponement is undone
            status, returning = "planned", True
        elif status == "cancelled" and dated_denial(lang, toks, hit):
            status = "postponed"  # "will not be held in April": the date is off, not the event
        elif status == "postponed" and moved_to_place(lang, toks, hit):
            status = "planned"  # "spostata a Torino": the venue moves, the date stays
        # "second day of the strike" is under way, whatever day a summary names
        ahead = (time_ahead(lang, toks, hit)
                 if status == "held" and hit.phrase.text not in lang.under_way else None)
        future = ahead is not None
        if future:
            status = "planned"  # "to meet", "will hold talks": the event has not happened yet
        blocked = why_blocked(lang, tokens, hit, intent_ok=future)
        if hit.end in reversed_at.values():
            blocked = "other"  # the reversal's verb: its object is the postponement
        if (blocked is None and hit.phrase.tag == "held" and hit.start > 0
                and toks[hit.start - 1].w in lang.ordinals
                and toks[hit.start - 1].clause == toks[hit.start].clause):
            blocked = "recap"  # "a second vote in one year": an ordinal makes it a noun
        if (blocked is None and hit.phrase.tag == "held" and hit.start > 0
                and toks[hit.start - 1].w in lang.formers
                and toks[hit.start - 1].clause == toks[hit.start].clause):
            # "L'ancien champion du monde affronte ...", "the former champion": a title
            # won long ago describes a person, no news of the event (round 44)
            blocked = "recap"
        if (blocked is None and hit.end - hit.start == 1
                and ((hit.phrase.tag == "held" and in_a_name(lang, toks, hit.start))
                     or named_thing(lang, toks, hit.start))):
            # "tops Spotify Wrapped": a name's word, no verb; "keeps the Axe": a name
            blocked = "other"
        if blocked is None and compound_participle(lang, toks, hit):
            blocked = "recap"  # "an open-ended strike": an adjective, no news of the event
        if (blocked is None and status in DENIABLE and not returning
                and (recap(lang, toks, hit) or apposition(lang, toks, hit, hits))):
            blocked = "recap"  # "the postponed trip", "Annulé en 2020, le marathon ..."
        if (blocked is None and hit.phrase.text in lang.announce
                and announces_change(lang, toks, hit, hits)):
            blocked = "other"  # "announces the cancellation": the news is the change
        if (blocked is None and hit.phrase.text in lang.announce
                and lang.future.any_in(toks, hit.start - FUTURE_WINDOW, hit.start,
                                       end_by=hit.start, clause=toks[hit.start].clause)):
            blocked = "modality"  # "details will be announced": nothing announced yet
        if (blocked is None and hit.phrase.text in lang.event_bound
                and not near_event(lang, toks, hit)
                and not (title is not None and names_event(lang, title))
                and not (opening is not None and hit.phrase.text in lang.comebacks
                         and leads_with_event(lang, opening))):
            blocked = "no-event"  # "announce engagement", "confirms arrest": no event named
        if (blocked is None and hit.phrase.text in lang.object_bound
                and not any(lang.event_nouns.best_at(toks, g) for g in hit.gaps)):
            blocked = "no-event"  # "Merz hält am Kurs fest": what is kept is no event
        if (blocked is None and hit.phrase.text in lang.closures
                and closed_for_occasion(lang, toks, hit, title)):
            blocked = "other"  # "fermé ce dimanche pour le marathon": the occasion is on
        if blocked is None and a_noun(lang, toks, hit):
            blocked = "other"  # "ending plans for a listing": a noun, no plan of an event
        if blocked is None and ends_on_a_month(lang, toks, hit):
            blocked = "no-event"  # "bans flights until March": a month, no march
        if blocked is None and bans_a_thing_at(lang, toks, hit):
            blocked = "other"  # "bans flags at Pride march": a thing at the march is banned
        if (blocked is None and hit.phrase.text in lang.decisions
                and decides_event(lang, toks, hit)):
            blocked = "other"  # "MPs voted against holding a referendum": no vote of its own
        if blocked is None and status in DENIABLE and lang.non_event.any_in(
                toks, hit.end, cause_at(lang, toks, hit.end, hit.end + 3),
                clause=toks[hit.end - 1].clause):
            blocked = "other"  # "le report de l'âge légal": a policy, not an event
        if (blocked is None and hit.phrase.tag == "held" and fld == "title"
                and non_event_object(lang, toks, hit)):
            blocked = "other"  # "Obama unterzeichnet Gesundheitsreform": a law, no occasion
        if blocked is None and status in DENIABLE and member_object(lang, toks, hit):
            blocked = "other"  # "Arab League suspends Syria": a member, no event (round 57)
        if (blocked is None and status == "planned" and not returning
                and toks[hit.start].w in lang.infinitives and hit.end - hit.start > 1
                and purpose(lang, toks, hit.start, ordinals=False)):
            # "becomes the first city to host": a result ("its second satellite to
            # launch in May" is still a plan, so an ordinal alone does not do it)
            blocked = "other"
        if (blocked is None and not returning and (status in DENIABLE or (
                status == "held" and hit.end - hit.start == 1))
                and part(lang, toks, hit)):
            # "cancels the wedding reception": a part, the event goes on; "the pre-sale
            # starts", "fan zone opens": a part takes place (a one-word verb, not "a
            # press conference after their talks")
            blocked = "part"
        if (blocked is None and not returning and hit.phrase.tag == "held"
                and part(lang, toks, hit, lang.preludes)):
            # "Construction begins on Fehmarn Belt tunnel", "le tirage au sort a eu lieu":
            # what comes before the occasion takes place, the occasion is to come (round 60)
            blocked = "part"
        if (blocked is None and hit.phrase.tag == "held"
                and before_its_moment(lang, toks, hit)):
            blocked = "part"  # "vor dem Anpfiff evakuiert": a moment of it, still to come
        if (blocked is None and status in DENIABLE and not returning
                and strike_service(lang, tokens, hit, title)):
            # "Grève à Air France : un vol sur quatre annulé": what the strike stops, the
            # strike goes on (round 70)
            blocked = "part"
        if (blocked is None and status in DENIABLE and not returning
                and trip_to_event(lang, toks, hit)):
            blocked = "other"  # "cancels trip to CELAC summit": a guest stays away
        if (blocked is None and hit.phrase.tag == "held"
                and 0 <= hit.start - change_end <= OBJECT_GAP
                and toks[change_end - 1].clause == toks[hit.start].clause):
            blocked = "other"  # "postpones vote on judges": the change's object, no vote
        if (blocked is None and hit.phrase.tag == "held" and hit.end - hit.start == 1
                and change_follows(lang, tokens, hits, hit)):
            blocked = "other"  # "Passion Play postponed": the changed thing's name, no play
        if blocked is None and fld == "title":
            if lead is None:
                lead = (status, toks[hit.start].clause)
            elif new_subject(lang, toks, hit, lead, status):
                blocked = "other-event"  # "X postpones the race, Monaco cancelled"
        start, end = toks[hit.start].start, toks[hit.end - 1].end
        out.append(Cue(status=status, phrase=hit.phrase.text, field=fld,
                       start=start, end=end, weight=weight, blocked=blocked,
                       returning=returning))
        if hit.gaps and ((blocked == "other" and hit.phrase.text in lang.announce)
                         or (blocked is None and status == "planned")):
            # "kündigt die Absage ... an", "soll erst im Mai starten": the change inside is
            # the cue; a plan that frames it plans nothing else (round 94)
            inner = gap_change(lang, tokens, hit, fld, weight)
            if inner is not None:
                if blocked is None:
                    out[-1] = replace(out[-1], blocked="other")
                out.append(inner)
        if (tense is not None and blocked is None and status == "planned"
                and hit.phrase.text in lang.plan_participles and attributive(lang, toks, hit)):
            tense.setdefault("attr_plan", []).append(out[-1])
        if blocked is None and status in DENIABLE:
            changed.add(toks[hit.start].sent)
            change_end = hit.end
        if tense is not None and blocked is None and hit.phrase.tag == "held":
            key = ("ahead" if ahead == "date" else "later" if future
                   else "past" if past_at(lang, toks, hit) else "present")
            tense.setdefault(key, []).append(out[-1])
        if (blocked == "negation" and status in DENIABLE and not modal(lang, toks, hit, False)
                and not pending(lang, toks, hit)):
            # "not cancelled", "ne sont pas annulés": the event is still on, weakly.
            out.append(Cue(status="planned", phrase=f"not {hit.phrase.text}", field=fld,
                           start=start, end=end, weight=weight * DENIED_WEIGHT,
                           derived=True))
            if status == "cancelled":
                denied_cancel.add(id(out[-1]))
        elif (blocked == "negation" and hit.phrase.tag in ("held", "planned")
              and off_its_month(lang, toks, hit)):
            # "wird nicht im November eröffnet": the opening leaves its month, a delay
            out.append(Cue(status="postponed", phrase=f"not {hit.phrase.text}", field=fld,
                           start=start, end=end, weight=weight, derived=True))
        elif (blocked == "modality" and status in DENIABLE and not toks[hit.start].sent_q
              and not pending(lang, toks, hit)):
            # "may be postponed", "threatens to cancel": hypothetical, so still on, weakly
            out.append(Cue(status="planned", phrase=f"{HEDGE}{hit.phrase.text}", field=fld,
                           start=start, end=end, weight=weight * DENIED_WEIGHT,
                           derived=True))
    if any(c.status == "postponed" and c.blocked is None and not c.derived for c in out):
        # "nicht abgesagt, sondern verschoben", "not cancelled but postponed": the denial
        # of the cancellation is the postponement's, no sign that the date holds
        out = [c for c in out if not (c.derived and c.status == "planned"
                                      and c.phrase.startswith("not ")
                                      and id(c) in denied_cancel)]
    out += moved_to_date(lang, tokens, fld, weight, hits)
    before = before_event(lang, tokens, fld, weight, changed)
    if tense is not None:
        tense.setdefault("before", []).extend(c for c in before if c.blocked is None)
    out += before
    if (fld == "title" and out and all(c.phrase in lang.announce for c in out)
            and (none := none_this_time(lang, tokens, weight))):
        # "No Carnival in Trinidad and Tobago in 2021, government confirms": the word that
        # tells it is the call-off's attribution, no plan of its own (round 60)
        out = [replace(c, blocked="other") if c.blocked is None else c for c in out] + none
    if fld == "title" and all(c.blocked in ASIDE for c in out):
        # only a headline without a cue of its own: one set aside tells nothing of the event
        # ("Lavrov to attend OSCE meeting ... after Bulgaria opens airspace"; round 90)
        weak = (none_this_time(lang, tokens, weight) or dated_event(lang, tokens, weight)
                or headline_infinitive(lang, tokens, weight)
                or headline_future(lang, tokens, weight))
        # words a rule already judged are not read again ("to resume" naming no event)
        out += [w for w in weak if not any(c.start < w.end and w.start < c.end for c in out)]
        if tense is not None and out and out[-1].blocked is None:
            tense.setdefault("dated", []).append(out[-1])
        elif (tense is not None and not out
              and lang.future_dates.any_in(toks, 0, len(toks)) is not None):
            # "Bills-Bengals on Monday night could decide ...": a headline with no cue and
            # no event noun that dates what it previews tells the tense of its summary's
            # present (no cue of its own; a past verb in it would be a cue)
            tense["dated_bare"] = []
        if not out:
            out += at_event(lang, tokens, weight)
    elif fld == "title" and (none := none_this_time(lang, tokens, weight)):
        # "Kein Bahnstreik am Montag: EVG und Bahn einigen sich": a headline that opens by
        # calling the occasion off, and tells in its next clause how it came to that
        first = toks[0].clause
        if all(c.blocked in ASIDE for c in out
               if (at := token_at(toks, c.start)) is not None and toks[at].clause == first):
            out += none
    return out


def cause_at(lang: Words, toks: Sequence[Token], lo: int, hi: int) -> int:
    """Where a cause or a condition opens in [lo, hi) ("postponed pending a court ruling",
    "verschoben wegen"), else ``hi``: what follows it is no object of the cue."""
    return next((j for j in range(lo, min(hi, len(toks)))
                 if lang.after_stops.best_at(toks, j)), hi)


def not_final(lang: Words, toks: Sequence[Token], hit: Hit) -> bool:
    """Is a cue that counts only as a clause's last word ("clause_final": German
    "verlegt") followed by more of its clause? "Rückkampf gegen Klitschko verlegt" and "die
    Partie wird verlegt" end on the participle, a move; "verlegt die Weltmeisterschaft von
    Stockholm nach Rumänien" is the finite verb with its object and target, which the rest
    of the lexicon and :func:`moved_to_date` read."""
    return (hit.phrase.text in lang.clause_final and hit.end < len(toks)
            and toks[hit.end].clause == toks[hit.end - 1].clause)


def long_brackets(lang: Words, toks: Sequence[Token], hits: list[Hit]) -> list[Hit]:
    """``hits`` with the separable verbs whose middle field is longer than a "..." reaches
    (German "Nach einem Jahr Pause fand der Lauf mit kleinerem Feld im Oktober statt",
    Dutch "vond ... plaats"): the verb and its particle frame the clause, so a particle
    (``bracket_particles``) that is the last word of the verb's clause closes it, however
    many words stand between. Only where no other cue stands in the frame."""
    taken = {j for h in hits for j in range(h.start, h.end)}
    found: list[Hit] = []
    for j in lang.cues.starts(toks):
        if j in taken:
            continue
        clause = toks[j].clause
        fits = [h for h in lang.cues.long_at(toks, j, BRACKET_GAP)
                if toks[h.end - 1].w in lang.bracket_particles
                and (h.end == len(toks) or toks[h.end].clause != clause)
                and all(toks[k].clause == clause for k in range(j, h.end))
                and not taken.intersection(range(j, h.end))]
        if fits:
            best = max(fits, key=lambda h: (h.phrase.literal_weight, -(h.end - h.start)))
            found.append(best)
            taken.update(range(best.start, best.end))
    return sorted((*hits, *found), key=lambda h: h.start) if found else hits


def moved_to_date(lang: Words, tokens: Tokens, fld: FieldName, weight: float,
                  hits: Sequence[Hit]) -> list[Cue]:
    """ "Paramount pushes 'Top Gun: Maverick' to December", "Bafta rückt in den April",
    "les Mondiaux décalés en 2022": a verb that moves something in time with a later
    month, season or year after it reports a postponement, whatever else stands between
    (the lexicon lists fixed phrases; this reads the open ones). Not "moved up to June"
    (earlier), and not words a cue of the lexicon reads already."""
    toks = tokens.toks
    starts = lang.move_verbs.starts(toks)
    if not starts:
        return []  # most fields: no verb that moves a date, nothing to gather
    covered = {j for h in hits for j in range(h.start, h.end)}
    for i in starts:
        verb = None if i in covered else lang.move_verbs.best_at(toks, i)
        if verb is None:
            continue
        clause = toks[i].clause
        if lang.move_stops.any_in(toks, verb.end, verb.end + 2, clause=clause):
            continue
        target = lang.move_targets.any_in(toks, verb.end, verb.end + MOVE_WINDOW,
                                          clause=clause)
        if target is None or covered.intersection(range(target.start, target.end)):
            continue
        # earlier, wherever it stands: "moved the vote forward by a week", "rückt um eine
        # Woche vor" (the particle ends the clause)
        if lang.move_stops.any_in(toks, verb.end, target.end + 2, clause=clause):
            continue
        hit = Hit(Phrase(f"{verb.phrase.text} ... {target.phrase.text}", "postponed", ()),
                  i, target.end, ())
        return [Cue(status="postponed", phrase=hit.phrase.text, field=fld,
                    start=toks[i].start, end=toks[target.end - 1].end, weight=weight,
                    blocked=why_blocked(lang, tokens, hit, intent_ok=False))]
    return []


def before_event(lang: Words, tokens: Tokens, fld: FieldName, weight: float,
                 changed: set[int]) -> list[Cue]:
    """ "ahead of the summit", "vor der Olympia-Eröffnung": the event is still to come.
    Not in a sentence that reports a change (``changed``): "postponed on the eve of the
    launch", "kurz vor dem Start abgesagt" date the change, the event is off."""
    toks = tokens.toks
    out: list[Cue] = []
    if not lang.before_event:
        return out
    i = 0  # where the next "before" may start
    for j in lang.before_event.starts(toks):
        hit = lang.before_event.best_at(toks, j) if j >= i else None
        if hit is None:
            continue
        over = lang.cues.best_at(toks, hit.start)
        if over is not None and over.phrase.tag == "neutral":
            i = over.end  # "avant-première", "avant-goût": a compound noun, no "before"
            continue
        noun = lang.event_nouns.any_in(toks, hit.end, hit.end + BEFORE_GAP + 1,
                                       clause=toks[hit.start].clause)
        if noun is not None:
            both = Hit(hit.phrase, hit.start, noun.end, hit.gaps)
            blocked = why_blocked(lang, tokens, both, intent_ok=True)
            if blocked is None and toks[hit.start].sent in changed:
                blocked = "other"
            if (blocked is None and fld == "title"
                    and ends_at(lang.event_nouns, toks, hit.start, 3)):
                # "Letztes TV-Duell vor der Wahl", "the last debate before the election": a
                # headline's "before" dates its occasion by another, no plan of that one
                # (round 60; a summary's "level in the polls ahead of the conference" sets
                # the scene of the headline's news)
                blocked = "other-event"
            out.append(Cue(status="planned", phrase=f"{hit.phrase.text} ...",
                           field=fld, start=toks[hit.start].start,
                           end=toks[noun.end - 1].end, weight=weight * BEFORE_WEIGHT,
                           blocked=blocked))
        i = hit.end
    return out
