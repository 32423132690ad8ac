"""Why a status cue found in an article does not count: the context rules.

Each rule looks at the words around one cue (a :class:`~watcher.core.cues_text.Hit`) and says
whether it is negated, hedged, about another event, about a part of the occasion, history told
in passing, and so on (see :mod:`watcher.core.cues`). They are methods of :class:`Rules`, which
holds the language's compiled words (:class:`~watcher.core.cue_words.Words`).
"""

from __future__ import annotations

from collections.abc import Sequence

from watcher.core.cue_words import (
    AFTER_WINDOW,
    ANNOUNCED_CHANGE_GAP,
    APPOSITION_MAX,
    CONDITION_WINDOW,
    DECISION_REACH,
    DENIABLE,
    DENIAL_AFTER_WINDOW,
    DENIAL_WINDOW,
    EVENT_WINDOW,
    FUTURE_AFTER_WINDOW,
    FUTURE_BEFORE_WINDOW,
    FUTURE_WINDOW,
    INFLECTIONS,
    MODAL_WINDOW,
    NEG_WINDOW,
    ORDINAL_WINDOW,
    OTHER_GAP,
    PART_AFTER,
    PART_BEFORE,
    PAST_WINDOW,
    PLUPERFECT_WINDOW,
    REPLACE_WINDOW,
    RESULT_WINDOW,
    REVERSAL_WINDOW,
    STATUSES,
    SUBORDINATE_WINDOW,
    TRIP_EVENT_REACH,
    TRIP_REACH,
    VERB_FINAL_WINDOW,
    VERB_PREFIXES,
    VOTE_PLACE_REACH,
    Words,
)
from watcher.core.cues_text import PRE, SUF, Hit, PhraseSet, Token, Tokens
from watcher.core.features import day_of_month


class Rules(Words):
    """The context rules of one language (its compiled words are inherited)."""

    def _part(self, toks: Sequence[Token], hit: Hit, parts: PhraseSet | None = None) -> bool:
        """Is what the change cue is about a part of an occasion or something around it (a
        reception, the pre-orders, a press conference, the fan zone), not the occasion itself?
        Its object: inside the cue ("sagt den Empfang ab") or after it in its clause up to a
        cause ("after", "as", "wegen"), an event
        noun just before the part only qualifying it ("wedding reception"); or its subject:
        before it in its clause, unless an event noun comes nearer ("Partys und Empfänge
        entfallen", not "Nach dem Empfang wurde das Konzert abgesagt"). ``parts``: other
        nouns to look for than the part nouns (the preludes of an occasion)."""
        if parts is None:
            parts = self.parts
        if not parts:
            return False
        for g in hit.gaps:
            if self.event_nouns.best_at(toks, g) and not parts.best_at(toks, g):
                return False
            if parts.best_at(toks, g):
                return True
        clause = toks[hit.end - 1].clause
        for j in range(hit.end, min(hit.end + PART_AFTER, len(toks))):
            # "scrapped as organisers cite low ticket sales": a cause is no object
            if toks[j].clause != clause or self.after_stops.best_at(toks, j):
                break
            if parts.best_at(toks, j):
                return True
            ev = self.event_nouns.best_at(toks, j)
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
            if self.event_nouns.best_at(toks, j):
                # "la campagne du référendum", "the campaign for the vote": the event noun
                # only qualifies a part before it
                return self._part_of(toks, j, parts)
        return False

    def _part_of(self, toks: Sequence[Token], j: int, parts: PhraseSet | None = None) -> bool:
        """Is the event noun at ``j`` the complement of a part just before it, joined by
        function words only ("campagne du", "campaign for the")?"""
        parts = self.parts if parts is None else parts
        k = j - 1
        while k >= 0 and j - k <= 3 and toks[k].clause == toks[j].clause:
            if parts.best_at(toks, k) is not None:
                return k < j - 1
            if toks[k].w not in self.function_words and toks[k].w not in self.determiners:
                return False
            k -= 1
        return False

    def _strike_service(self, tokens: Tokens, hit: Hit, title: Tokens | None = None) -> bool:
        """Is the change cue about what a strike named in its field or headline stops (flights,
        trains, operations: "Grève à Air France : un vol sur quatre annulé", "Thousands of
        operations postponed as junior doctors walk out")? The news is the strike, under way or
        ahead, not the call-off of an occasion. Without a strike named, flights may be the
        occasion itself (an airport's first flights are its opening)."""
        if not self.strike_services or not self.strike_nouns:
            return False
        if not any(t is not None and self.strike_nouns.any_in(t.toks, 0, len(t.toks)) is not None
                   for t in (tokens, title)):
            return False
        return self._part(tokens.toks, hit, self.strike_services)

    def _past_at(self, toks: Sequence[Token], hit: Hit) -> bool:
        """Is the cue's verb in the past ("opened", "hat begonnen", "a eu lieu")?"""
        clause = toks[hit.start].clause
        own = [j for j in range(hit.start, hit.end) if j not in hit.gaps]
        before = [j for j in range(max(hit.start - PAST_WINDOW, 0), hit.start)
                  if toks[j].clause == clause]
        return (any(self._past_word(toks, j) for j in before)
                or any(self.past.best_at(toks, j) for j in own)
                or self._verb_final_perfect(toks, hit))

    def _past_word(self, toks: Sequence[Token], j: int) -> bool:
        """Does a word before a cue mark it past? Not a capitalised word inside its sentence
        that only ends like a past form: a name ("Sam Bankman-Fried goes on trial on
        Tuesday", "Ted", "Alfred")."""
        h = self.past.best_at(toks, j)
        if h is None:
            return False
        return not (h.phrase.units[0][0] == SUF and toks[j].cap and j > 0
                    and toks[j - 1].sent == toks[j].sent)

    def _verb_final_perfect(self, toks: Sequence[Token], hit: Hit) -> bool:
        """A German cue that ends its clause after an auxiliary of the past in that clause
        ("ist das Festival am Donnerstagabend vor ausverkauftem Gelände gestartet"): the
        perfect puts the participle last, out of reach of the words just before it."""
        if not self.verb_final_future:
            return False
        last = hit.end - 1
        clause = toks[last].clause
        if last + 1 < len(toks) and toks[last + 1].clause == clause:
            return False
        return any(toks[j].w in self.past_aux
                   for j in range(max(hit.start - VERB_FINAL_WINDOW, 0), hit.start)
                   if toks[j].clause == clause)

    def _announces_change(self, toks: Sequence[Token], hit: Hit, hits: Sequence[Hit]) -> bool:
        """ "announces the cancellation", "annonce le report", "kündigt die Absage an": an
        announcement whose object is a change reports the change, not a planned event."""
        clause = toks[hit.start].clause
        for other in hits:
            if (other.phrase.tag in DENIABLE and other.start >= hit.start
                    and other.start - hit.end <= ANNOUNCED_CHANGE_GAP and other is not hit
                    and toks[other.start].clause == clause):
                return True
        # "kündigt die Absage ... an": the change inside the announcement's gap
        return any((h := self.cues.best_at(toks, g)) is not None and h.phrase.tag in DENIABLE
                   for g in hit.gaps)

    def _apposition(self, toks: Sequence[Token], hit: Hit, hits: Sequence[Hit]) -> bool:
        """ "Thousands attended the parade, delayed by three weeks": a participle opening a
        clause after a comma, in a sentence whose earlier clause already reports something
        (another cue), describes the noun before the comma; it is not the sentence's news."""
        if hit.end - hit.start != 1 or hit.start == 0:
            return False
        t, prev = toks[hit.start], toks[hit.start - 1]
        if prev.clause == t.clause or prev.sent != t.sent or not prev.w.isalpha():
            return False
        if t.w.endswith(("ing", "ung", "ion", "ment")) or (t.cap and self.spec.capitalised_nouns):
            return False
        k = hit.end
        while k < len(toks) and toks[k].clause == t.clause:
            if toks[k].w in self.passive_aux or toks[k].w in self.past_aux:
                return False
            k += 1
        return any(o.phrase.tag in STATUSES and o.phrase.tag != hit.phrase.tag
                   and o.end <= hit.start and toks[o.start].sent == t.sent
                   and toks[o.start].clause != t.clause for o in hits)

    def _reversed(self, toks: Sequence[Token], hits: Sequence[Hit]) -> dict[int, int]:
        """Postponement and cancellation nouns undone by a reversal just before them ("le
        Conseil annule le report", "court overturns the cancellation", "kippt die
        Verschiebung"): cue start -> the end of the reversal (a cue itself, maybe, which then
        does not count)."""
        out: dict[int, int] = {}
        if not self.reversals:
            return out
        for hit in hits:
            if hit.phrase.tag not in DENIABLE:
                continue
            clause = toks[hit.start].clause
            rev = self.reversals.any_in(toks, hit.start - REVERSAL_WINDOW, hit.start,
                                        end_by=hit.start, clause=clause)
            if rev is not None and self._noun_like(toks, hit) and all(
                    toks[j].w in self.determiners for j in range(rev.end, hit.start)):
                out[hit.start] = rev.end
        return out

    def _dated_denial(self, toks: Sequence[Token], hit: Hit) -> bool:
        """A negated cancellation followed by a month or season ("won't be held in April",
        "findet nicht im April statt"): the event leaves that date, it is not called off (a day,
        "findet am Montag nicht statt", is the event itself)."""
        own = [toks[j].w for j in range(hit.start, hit.end)]
        if not any(w in self.negators for w in own):
            return False
        clause = toks[hit.end - 1].clause
        return self.moved_dates.any_in(toks, hit.start + 1, hit.end + 2, clause=clause) is not None

    def _off_its_month(self, toks: Sequence[Token], hit: Hit) -> bool:
        """Is a negated opening or holding followed, after its negator or after the cue, by a
        month or season ("Kölner Oper wird nicht im November eröffnet", "will not open in
        November")? The event leaves that date: a postponement, as :meth:`_dated_denial` reads
        "findet nicht im April statt" (round 67). A day ("opens not on Monday") is not moved."""
        clause = toks[hit.start].clause
        for j in range(max(hit.start - NEG_WINDOW, 0), hit.start):
            if (toks[j].clause == clause and toks[j].w in self.negators
                    and self.moved_dates.any_in(toks, j + 1, j + 2, clause=clause) is not None):
                return True
        k = hit.end  # "n'ouvrira pas en novembre": the negator's second half, then the month
        if k < len(toks) and toks[k].w in self.negators:
            k += 1
        return self.moved_dates.any_in(toks, k, k + 1, clause=clause) is not None

    def _compound_participle(self, toks: Sequence[Token], hit: Hit) -> bool:
        """Is a one-word cue an English participle compounded with the word before it ("an
        open-ended strike", "wins the rain-delayed final")? Then it is an adjective, no verb
        of the event ("re-scheduled", "co-hosted": a prefix keeps the verb)."""
        if not self.attr_before or hit.end - hit.start != 1 or hit.start == 0:
            return False
        t, prev = toks[hit.start], toks[hit.start - 1]
        return (t.hyph and t.w.endswith("ed") and prev.w not in VERB_PREFIXES
                and prev.clause == t.clause)

    def _postposed(self, toks: Sequence[Token], hit: Hit) -> bool:
        """French: a participle right after its noun, with the clause's own verb still to come
        ("le cinquième test annulé sera joué en juillet")."""
        if not self.attr_followers or hit.start < 2:
            return False
        t, noun = toks[hit.start], toks[hit.start - 1]
        if (noun.clause != t.clause or not noun.w.isalpha() or noun.w in self.attr_stops
                or noun.w in self.passive_aux or noun.w in self.past_aux):
            return False
        return (any(toks[j].w in self.determiners
                    for j in range(max(hit.start - 3, 0), hit.start - 1))
                and any(toks[j].w in self.attr_followers and toks[j].clause == t.clause
                        for j in range(hit.end, min(hit.end + 3, len(toks)))))

    def _trip_to_event(self, toks: Sequence[Token], hit: Hit) -> bool:
        """Is a change cue about a guest's trip to an event ("Maduro cancels trip to CELAC
        summit", "Merkel sagt Reise zur Trauerfeier ab", "Bush sagt Auftritt beim Parteitag
        ab")? One guest stays away; the event goes on. Only with an event noun after the trip's
        preposition: "cancels visit to Denmark" is the visit itself called off."""
        if not self.trip_nouns:
            return False
        clause = toks[hit.start].clause
        for j in range(hit.start + 1, min(hit.end + TRIP_REACH, len(toks))):
            if toks[j].clause != clause:
                break
            if (j + 1 < len(toks) and toks[j].w in self.trip_nouns
                    and toks[j + 1].w in self.trip_preps
                    and toks[j + 1].clause == clause):
                if (toks[j + 1].w in self.infinitives and j + 2 < len(toks)
                        and not toks[j + 2].cap and toks[j + 2].w not in self.determiners):
                    return False  # "delays Asia trip to push health care vote": a purpose
                return self.event_nouns.any_in(toks, j + 2, j + 2 + TRIP_EVENT_REACH,
                                               clause=clause) is not None
            if toks[j].w in self.trip_nouns and j >= hit.end and self._event_before(toks, hit, j):
                return True  # "cancels Asian Games trip": the event's name before the trip
        return False

    def _event_before(self, toks: Sequence[Token], hit: Hit, j: int) -> bool:
        """Does an event noun end right before the trip noun at ``j``, after the cue ("cancels
        Asian Games trip", "scraps summit visit")? English puts the destination before the
        trip as a noun; "cancels Denmark visit" names a place, and is the visit itself."""
        return any(h.end == j for i in range(hit.end, j)
                   if (h := self.event_nouns.best_at(toks, i)) is not None)

    def _recap(self, toks: Sequence[Token], hit: Hit) -> bool:
        """Is a change cue a participle that only describes the event ("the postponed trip",
        "das abgesagte Rennen", "The visit, delayed by the storm, will ...", "Annulé en 2020,
        le marathon ...")? Then it recalls history; the sentence's own verb tells the news."""
        if hit.end - hit.start != 1:
            return False
        t = toks[hit.start]
        kind, stem = hit.phrase.units[-1]
        # German: a participle with an adjective ending is attributive ("abgesagte Konzerte")
        if self.attr_endings and kind == PRE and t.w[len(stem):] in self.attr_endings:
            return True
        # English: a participle opening a sentence before a noun ("Rescheduled fifth Test
        # under way at Edgbaston", "Postponed matches will be replayed in May")
        if self.attr_before and t.w.endswith("ed") and (
                hit.start == 0 or toks[hit.start - 1].sent != t.sent):
            nxt = toks[hit.end] if hit.end < len(toks) else None
            if (nxt is not None and nxt.clause == t.clause and nxt.w.isalpha()
                    and nxt.w not in self.attr_stops):
                return True
        # English: determiner (+ modifier) + participle + noun ("the long-delayed visit")
        if self.attr_before and t.w.endswith("ed") and hit.start > 0:
            prev = toks[hit.start - 1]
            before = prev.w in self.attr_before or (
                prev.w in self.attr_modifiers and hit.start > 1
                and toks[hit.start - 2].w in self.attr_before)
            nxt = toks[hit.end] if hit.end < len(toks) else None
            if (before and prev.clause == t.clause and nxt is not None
                    and nxt.clause == t.clause and nxt.w.isalpha()
                    and nxt.w not in self.attr_stops):
                return True
        if self._postposed(toks, hit):
            return True
        # French: a participle after the event noun of a phrase of time ("lors de la parade
        # reportée", "pendant le match interrompu") describes that event
        i = hit.start
        if (self.attr_preps and i >= 3 and toks[i - 2].w in self.determiners
                and self.event_nouns.best_at(toks, i - 1) is not None):
            prep = toks[i - 3]
            if prep.w in ("de", "d") and i >= 4:
                prep = toks[i - 4]
            if prep.w in self.attr_preps and prep.clause == t.clause:
                return True
        # any language: a participle clause set off by a comma ("Annulé en 2020, le ...")
        if t.w.isalpha() and not t.w.endswith(("ing", "ung")):
            j = hit.start - 1
            while j >= 0 and toks[j].clause == t.clause and toks[j].w.isdigit():
                j -= 1
            opens = j < 0 or toks[j].clause != t.clause
            k = hit.end
            while k < len(toks) and toks[k].clause == t.clause:
                k += 1
            # short, with no auxiliary of its own ("Abgesagt wurde auch ..., " is a report)
            if (opens and k < len(toks) and toks[k].sent == t.sent
                    and hit.end < k <= hit.end + APPOSITION_MAX
                    and not any(toks[i].w in self.passive_aux for i in range(hit.end, k))):
                return True
        return False

    def _blocked(self, tokens: Tokens, hit: Hit, *, intent_ok: bool) -> str | None:
        """Why ``hit`` does not count, or None. ``intent_ok``: "plans to" does not block it
        (a held cue read as planned: "plans to meet" announces a meeting)."""
        toks = tokens.toks
        first = toks[hit.start]
        if first.quote >= 0 and self._quote_hedged(tokens, first.quote, hit):
            return "quote"
        if self._negated(toks, hit):
            return "negation"
        if first.sent_q or self._modal(toks, hit, intent_ok):
            return "modality"
        if self._other_event(toks, hit):
            return "other-event"
        return None

    def _negated(self, toks: Sequence[Token], hit: Hit) -> bool:
        clause = toks[hit.start].clause
        for g in hit.gaps:
            if toks[g].w in self.negators and toks[g].w not in self.noun_negators:
                return True
        gaps = set(hit.gaps)
        if any(toks[j].w in self.negators for j in range(hit.start, hit.end) if j not in gaps):
            # the phrase carries its own negation ("pas avant 2021", "not before May"): the "n'"
            # of "n'ouvrira pas avant" is its other half, no denial of it
            return False
        for j in range(max(hit.start - NEG_WINDOW, 0), hit.start):
            t = toks[j]
            if t.clause == clause and t.w in self.negators:
                if (t.w in self.noun_negators and hit.start - j > 1
                        and not self._noun_like(toks, hit)):
                    continue  # "Race without fans goes ahead": "without" has its own noun
                nxt = toks[j + 1].w if j + 1 < len(toks) else ""
                if nxt not in self.neg_exceptions:
                    return True
        sent = toks[hit.start].sent
        for j in range(max(hit.start - DENIAL_WINDOW, 0), hit.start):
            if toks[j].sent == sent and self.denials.best_at(toks, j):
                return True
        for j in range(hit.end, min(hit.end + DENIAL_AFTER_WINDOW, len(toks))):
            if (toks[j].sent == sent and self.denials_after.best_at(toks, j)
                    and not self._denial_elsewhere(toks, hit.end, j)):
                return True
        return False

    def _denial_elsewhere(self, toks: Sequence[Token], end: int, at: int) -> bool:
        """Does a clause of its own open between a cue and a denial after it ("will go ahead
        on Tuesday after Brussels was ruled out", "findet statt, nachdem ... abgelehnt")? Then
        the denial is that clause's, not the cue's (round 67)."""
        return self.other_conjs.any_in(toks, end, at) is not None

    def _modal(self, toks: Sequence[Token], hit: Hit, intent_ok: bool) -> bool:
        for g in hit.gaps:  # "flights could be cancelled", "Flüge könnten ... ausfallen"
            h = self.gap_modals.best_at(toks, g)
            if h is not None and not self._a_name(toks, h):  # "gets May 12 release date"
                return True
        clause = toks[hit.start].clause
        lo = hit.start - MODAL_WINDOW
        # word by word, both sets at each (most words start no phrase: an empty list, no
        # generator built for it)
        hedges = (self.modals,) if intent_ok else (self.modals, self.intents)
        for j in range(max(lo, 0), hit.start):
            if toks[j].clause != clause:
                continue
            for phrases in hedges:
                for h in phrases.hits_at(toks, j):
                    if (h.end <= hit.start and toks[h.end - 1].clause == clause
                            and not self._a_name(toks, h)
                            and not self._noun_subject(toks, h, hit)):
                        return True
        # a condition reaches the end of its clause: "legal action if the match at the
        # stadium is scrapped", "prüft, ob das Duell später stattfinden muss"
        cond = self.conditionals.any_in(toks, hit.start - CONDITION_WINDOW, hit.start,
                                        end_by=hit.start, clause=clause)
        if cond is not None and not self._compound_head(toks, cond):
            return True
        # After the cue, stop at "after"/"wegen"/"après": "cancelled after a threat" is a cause;
        # so does a cue that ends on one ("will go on despite the storm warning"). Past the
        # cause, only a hedge that ends the clause still hedges ("Absage wegen Sturm möglich").
        clause = toks[hit.end - 1].clause
        if self.after_stops.best_at(toks, hit.end - 1):
            return self._hedge_ends_clause(toks, hit.end - 1)
        for j in range(hit.end, min(hit.end + AFTER_WINDOW, len(toks))):
            if toks[j].clause != clause:
                return False
            if self.after_stops.best_at(toks, j):
                return self._hedge_ends_clause(toks, j)
            if self.modals_after.best_at(toks, j):
                return True
        return False

    def _hedge_ends_clause(self, toks: Sequence[Token], j: int) -> bool:
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
            h = self.modals_after.best_at(toks, m)
            if (h is not None and h.end == k + 1 and toks[m].w not in self.modal_nouns
                    and not (self.spec.capitalised_nouns and toks[m].cap)):
                return True
        return False

    def _noun_subject(self, toks: Sequence[Token], h: Hit, hit: Hit) -> bool:
        """ "Lightning risk scrubs launch", "Storm threat delays summit": a modal noun right
        before a cue that is a finite verb (-s, -ed) is the verb's subject, the cause of a
        change that happened, not a hedge (``modal_nouns``; a verb ending tells the verb)."""
        if h.end != hit.start or h.end - h.start != 1 or toks[h.start].w not in self.modal_nouns:
            return False
        w = toks[hit.start].w
        return hit.end - hit.start == 1 and w.endswith(("s", "ed")) and len(w) > 3 and \
            w.isalpha() and not w.endswith("ss")

    @staticmethod
    def _name_may(toks: Sequence[Token], h: Hit) -> bool:
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

    def _a_name(self, toks: Sequence[Token], h: Hit) -> bool:
        """Is a modal hit a name, not a modal ("Theresa May", "Warner Bros"), or the first part
        of a hyphenated compound ("OB-Wahl": the mayoral election, not "ob", whether)?"""
        return (self._compound_head(toks, h) or self._name_may(toks, h)
                or self._name_like(toks, h))

    @staticmethod
    def _compound_head(toks: Sequence[Token], h: Hit) -> bool:
        """Is a one-word hit the first part of a hyphenated compound ("OB-Wahl")?"""
        return h.end - h.start == 1 and h.end < len(toks) and toks[h.end].hyph

    def _name_like(self, toks: Sequence[Token], h: Hit) -> bool:
        """Is a one-word modal hit a capitalised word its stem only begins ("Warner Bros moves
        'Mickey 17' to 2025" for "warn*")? Not in German, which capitalises every noun
        ("Gerüchten über eine Verschiebung")."""
        if (self.spec.capitalised_nouns or h.end - h.start != 1
                or not toks[h.start].cap):
            return False
        kind, stem = h.phrase.units[0]
        return kind == PRE and toks[h.start].w[len(stem):] not in INFLECTIONS

    def _pending(self, toks: Sequence[Token], hit: Hit) -> bool:
        """ "not yet cancelled", "noch keine Absage": no decision either way."""
        lo, hi = max(hit.start - NEG_WINDOW, 0), min(hit.end + 2, len(toks))
        return any(toks[j].w in self.pending for j in range(lo, hi))

    def _a_noun(self, toks: Sequence[Token], hit: Hit) -> bool:
        """Is a cue that counts as a verb only (``verb_only``: "Oslo plans 'Impossible Games'",
        "Pope and Kirill plan second meeting") used as a noun ("its plans for", "ending plans
        for a listing", "debt plan must be reassessed")? A determiner or preposition before it,
        or a preposition, cause, modal or auxiliary after it, tells the noun (round 67)."""
        if hit.end - hit.start != 1 or hit.phrase.text not in self.verb_only:
            return False
        i = hit.start
        if i > 0 and toks[i - 1].clause == toks[i].clause and toks[i - 1].w in self.attr_before:
            return True
        if i + 1 >= len(toks) or toks[i + 1].clause != toks[i].clause:
            return True  # a plan with no object: "Greece backs the plan"
        nxt = toks[i + 1].w
        return (nxt in self.modal_words or nxt in self.passive_aux
                or self.after_stops.best_at(toks, i + 1) is not None)

    def _noun_like(self, toks: Sequence[Token], hit: Hit) -> bool:
        if self.spec.capitalised_nouns:
            return toks[hit.start].cap
        return toks[hit.end - 1].w.endswith(self.noun_endings) if self.noun_endings else False

    def _other_event(self, toks: Sequence[Token], hit: Hit) -> bool:
        """Is the cue about another event ("after the Vienna cancellations", "im Vorjahr")?"""
        clause = toks[hit.start].clause
        lo = hit.start - OTHER_GAP - 1
        if self.other_conjs.any_in(toks, lo - 1, hit.start, end_by=hit.start, clause=clause):
            return True
        prep = self.other_preps.any_in(toks, lo, hit.start, end_by=hit.start, clause=clause)
        # "nach dem abgesagten Konzert" is another event; "nach dem Taifun gewann ..." is not:
        # a noun after the determiner closes the phrase, and the cue is the sentence's verb
        if prep and (self._noun_like(toks, hit) or (
                prep.end < len(toks) and toks[prep.end].w in self.determiners
                and not (self.spec.capitalised_nouns
                         and any(toks[j].cap for j in range(prep.end + 1, hit.start))))):
            return True
        for refs in (self.other_refs, self.other_refs_before, self.other_before):
            ref = refs.any_in(toks, hit.start - 3, hit.start, end_by=hit.start, clause=clause)
            # "um zwei Monate verschoben": the amount of the shift, not a time long ago
            if ref is not None and not (refs is self.other_refs_before and any(
                    toks[j].w in self.amounts for j in range(max(ref.start - 2, 0), ref.start))):
                return True
        # background in the pluperfect: "Zuvor waren ... abgesagt worden", "had been called
        # off", "avait été reporté": what happened before the news, not the news
        if hit.phrase.tag in DENIABLE and self.pluperfect_before:
            if self.pluperfect_after:
                if (hit.end < len(toks) and toks[hit.end].w in self.pluperfect_after
                        and self.pluperfect_before.any_in(toks, hit.start - PLUPERFECT_WINDOW,
                                                          hit.start, clause=clause)):
                    return True
            elif self.pluperfect_before.any_in(toks, hit.start - 3, hit.start,
                                               end_by=hit.start, clause=clause):
                return True
        # "after the 2020 editions were called off", "two weeks after Swift's shows were
        # cancelled": a passive in a clause of time recalls what happened to something else
        if (hit.phrase.tag in DENIABLE and self._passive_next(toks, hit)
                and self.subordinators.any_in(toks, hit.start - SUBORDINATE_WINDOW, hit.start,
                                              end_by=hit.start, clause=clause)):
            return True
        # "replaces the cancelled contest", "à la place du défilé annulé": the cancellation is
        # the replaced event's, not the replacement's that the article reports
        if hit.phrase.tag in DENIABLE and self.replacements.any_in(
                toks, hit.start - REPLACE_WINDOW, hit.start, end_by=hit.start, clause=clause):
            return True
        return bool(self.other_refs.any_in(toks, hit.end, hit.end + 3,
                                           clause=toks[hit.end - 1].clause))

    def _passive_next(self, toks: Sequence[Token], hit: Hit) -> bool:
        """Is the word right before or right after the cue, in its clause, an auxiliary of
        the passive ("were called off", "wurde abgesagt")?"""
        clause = toks[hit.start].clause
        return any(toks[j].w in self.passive_aux for j in (hit.start - 1, hit.end)
                   if 0 <= j < len(toks) and toks[j].clause == clause)

    def _future(self, toks: Sequence[Token], hit: Hit) -> str | None:
        """Is a held cue about something still to come? A future marker just before it ("to
        meet", "wird eröffnet"), a time ahead near it ("meet tomorrow", "next week ... meet"),
        or a date after a verb that is not past ("opens on Tuesday" is a preview, "opened on
        Tuesday" and "has opened on Tuesday" are reports). Returns why: "marker" or "date"
        (a time ahead), or None. "the first woman to win" is no future."""
        clause = toks[hit.start].clause
        window = FUTURE_WINDOW
        if (self.verb_final_future and hit.end < len(toks) and toks[hit.end].clause == clause
                and toks[hit.end].w in self.past_aux):
            # "..., die am Sonntag stattgefunden hat": a verb-final clause's own auxiliary of
            # the past comes after the participle; a "wird" of the clause before is not its own
            return None
        if self.verb_final_future and (hit.end >= len(toks) or toks[hit.end].clause != clause
                                       or toks[hit.end].w in self.verb_final_future):
            window = VERB_FINAL_WINDOW  # "soll am 18. Dezember starten": the verb comes last
        marker = self.future.any_in(toks, hit.start - window, hit.start,
                                    end_by=hit.start, clause=clause)
        if (marker is not None and not self._purpose(toks, marker.start)
                and not self._won_by(toks, marker.start, hit)
                and not self._place_to(toks, marker.start, hit.start)
                and not (marker.phrase.text.startswith("*") and toks[marker.start].cap)
                and not (hit.phrase.text in self.continuations
                         and marker.phrase.text in self.present_passive)):
            # a future ending on a capitalised word is a name ("la Riviera ouvre"); "wird
            # fortgesetzt" is a present passive: the event goes on (a date may still put it ahead)
            return "marker"
        own_form = self.future.best_at(toks, hit.start)
        if (own_form is not None and own_form.phrase.text.startswith("*")
                and not toks[hit.start].cap):
            # the cue's verb is itself in the future ("effectuera une visite" matched by
            # "effectue* une visite"): a plan, not a report
            return "marker"
        # German verb-final clauses put the modal after the verb: "dass das Treffen
        # stattfinden soll", "..., wo der Gipfel beginnen wird"
        if self.future_after_verb and hit.end < len(toks) and toks[hit.end].clause == clause \
                and self.future_after_verb.best_at(toks, hit.end) is not None:
            return "marker"
        own = [j for j in range(hit.start, hit.end) if j not in hit.gaps]
        if any(self.past.best_at(toks, j) for j in own) or self._verb_final_perfect(toks, hit):
            return None  # a verb in the past reports: "hob am Morgen ab" is no "morgen"
        # "tomorrow", "next week" near the cue, before it too ("will fly to Bali next week and
        # meet Xi"); a weekday or month after it or inside its gap ("öffnet morgen ihre Tore")
        clause = toks[hit.end - 1].clause
        lo, hi = hit.start + 1, hit.end + FUTURE_AFTER_WINDOW
        if any(toks[j].w in self.since and toks[j].clause == clause
               for j in range(max(hit.start - FUTURE_BEFORE_WINDOW, 0), min(hi, len(toks)))):
            return None  # "streiken seit Montag", "seit Montag streiken": under way since then
        if self.future_after.any_in(toks, hit.start - FUTURE_BEFORE_WINDOW, hi, clause=clause):
            return "date"
        # A date before the verb of its own clause counts too ("Ab Sonntag beraten die ..."):
        # German and French often put it first. Then every word from the date on may mark the
        # verb past ("Der Gipfel hat am Dienstag begonnen").
        first = hit.start
        if not self.future_dates.any_in(toks, lo, hi, clause=clause):
            date = self.future_dates.any_in(toks, hit.start - FUTURE_BEFORE_WINDOW, hit.start,
                                            end_by=hit.start, clause=toks[hit.start].clause)
            if date is None:
                return None
            first = date.start
        before = range(max(first - PAST_WINDOW, 0), hit.start)
        past = any(toks[j].clause == toks[hit.start].clause and (
            self.past.best_at(toks, j) if j in own else self._past_word(toks, j))
            for j in (*before, *own))
        return None if past else "date"

    def _attributive(self, toks: Sequence[Token], hit: Hit) -> bool:
        """Is a one-word plan participle attributive ("the planned summit", "die geplante
        Wahl", "la consultation prévue le 6"): a determiner one or two words before it in its
        clause, no auxiliary right before it ("is planned", "est prévue")?"""
        if hit.end - hit.start != 1 or hit.start == 0:
            return False
        t, prev = toks[hit.start], toks[hit.start - 1]
        if prev.clause != t.clause or prev.w in self.passive_aux or prev.w in self.past_aux:
            return False
        return any(toks[j].w in self.determiners and toks[j].clause == t.clause
                   for j in range(max(hit.start - 2, 0), hit.start))

    def _place_to(self, toks: Sequence[Token], at: int, cue: int) -> bool:
        """Is the infinitive marker at ``at`` a preposition before a name ("Perth to Bali fleet
        sets sail", "from London to Paris")? A verb after "to" is not capitalised, unless
        the headline capitalises every word ("Musk to Finally Close Deal": the cue is too)."""
        nxt = at + 1
        return (toks[at].w in self.infinitives and not toks[at].cap and nxt < cue
                and toks[nxt].cap and not toks[cue].cap
                and toks[nxt].sent == toks[at].sent and toks[at].start > 0)

    def _purpose(self, toks: Sequence[Token], at: int, ordinals: bool = True) -> bool:
        """Is the future marker at ``at`` ("to") the "to" of a purpose or a result after a
        verb of result or effort or (``ordinals``) an ordinal, not a future? "the first woman
        to win", "overpowers the field to win", "fails to win a majority", "becomes the first
        city to host" report what happened; "Leaders to meet" has no such word before it."""
        clause = toks[at].clause
        if ordinals and any(toks[j].w in self.ordinals and toks[j].clause == clause
                            for j in range(max(at - ORDINAL_WINDOW, 0), at)):
            return True
        return self.result_verbs.any_in(toks, at - RESULT_WINDOW, at, end_by=at,
                                        clause=clause) is not None

    def _won_by(self, toks: Sequence[Token], at: int, hit: Hit) -> bool:
        """Is the "to" at ``at`` before a result infinitive ("win") the "to" of how a result
        came about? "Verstappen storms from 17th to win", "Team Liquid sweep Gaimin Gladiators
        to win", "England reached 378 to win" report the win: a verb comes before the "to"
        (any lowercase word there, the headline's names being capitalised). "Labour to win",
        "favourite to win", "bids to win", "needs 250 to win" look ahead: no verb, or one of
        expectation or effort."""
        if (toks[hit.start].w not in self.result_infinitives
                or toks[at].w not in self.infinitives):
            return False
        clause = toks[at].clause
        if not any(t.clause == clause and not t.cap and t.w.isalpha()
                   and t.w not in self.determiners and t.w not in self.function_words
                   for t in toks[:at]):
            return False
        return not any(ws.any_in(toks, 0, at, end_by=at, clause=clause) for ws in (
            self.expectations, self.intents, self.modals, self.future))

    def _near_event(self, toks: Sequence[Token], hit: Hit) -> bool:
        sent = toks[hit.start].sent
        lo, hi = max(hit.start - EVENT_WINDOW, 0), min(hit.end + EVENT_WINDOW, len(toks))
        return any(toks[j].sent == sent and self.event_nouns.best_at(toks, j)
                   for j in range(lo, hi))

    def _decides_event(self, toks: Sequence[Token], hit: Hit) -> bool:
        """Does the vote ``hit`` reports decide an occasion named after it, in its clause ("MPs
        voted against holding a referendum", "shareholders approve the listing")? Then the vote
        is how that occasion was decided, not one the article's event is; a noun of the vote
        itself ("voted in favour of the motion") does not count, nor one after a word of where
        or when the vote is held ("votes No in the referendum", "lors de la votation")."""
        clause = toks[hit.end - 1].clause
        for j in range(hit.end, min(hit.end + DECISION_REACH, len(toks))):
            if toks[j].clause != clause:
                break
            if self.event_nouns.best_at(toks, j) is not None:
                return not (self.ballot_nouns.best_at(toks, j) is not None
                            or any(toks[k].w in self.vote_places
                                   for k in range(max(hit.end, j - VOTE_PLACE_REACH), j)))
        return False

    def _ends_on_a_month(self, toks: Sequence[Token], hit: Hit) -> bool:
        """Does ``hit`` end on a noun that is also a month, after a word that makes it the
        month ("bans flights until March", not "bans Paris climate march")?"""
        return (hit.end >= 2 and toks[hit.end - 1].w in self.month_nouns
                and toks[hit.end - 2].w in self.month_before)

    def _bans_a_thing_at(self, toks: Sequence[Token], hit: Hit) -> bool:
        """Is what a ban cue's verb bans something at the gathering it names: a preposition
        in the cue's gap ("bans flags at Pride march", "verbietet Pyrotechnik bei Demo",
        "interdit les masques dans les manifestations"), or the gathering's word the first of a
        hyphenated compound ("verbietet Demo-Route")? Then the gathering is not banned."""
        gaps = set(hit.gaps)
        if not any(toks[j].w in self.object_verbs
                   for j in range(hit.start, hit.end) if j not in gaps):
            return False
        return (any(toks[g].w in self.object_stops for g in gaps)
                or (hit.end < len(toks) and toks[hit.end].hyph))

    def _member_object(self, toks: Sequence[Token], hit: Hit) -> bool:
        """Is what a suspension cue suspends only a name, a member and no occasion ("Arab League
        suspends Syria over crackdown", "Churchill Downs suspends Baffert for two years", "ICC
        suspends Sri Lanka Cricket")? The name ends the clause or a cause, a term or a place
        follows it. Not when the name holds an event noun or a noun follows it ("suspends
        AstraZeneca shots", "suspends Ant Group IPO": the thing put off)."""
        if hit.phrase.text not in self.member_verbs or hit.end >= len(toks):
            return False
        clause = toks[hit.end - 1].clause
        j = hit.end
        if toks[j].w in self.determiners and toks[j].clause == clause:
            j += 1  # "suspend la Russie"
        start = j
        while j < len(toks) and toks[j].cap and toks[j].clause == clause:
            j += 1
        if j == start or self.event_nouns.any_in(toks, start, j) is not None:
            return False
        return j == len(toks) or toks[j].clause != clause or toks[j].w in self.member_stops

    def _quote_hedged(self, tokens: Tokens, quote: int, hit: Hit) -> bool:
        """A quotation that denies or supposes ("you cannot postpone ...") is not a report.
        The cue's own words do not count ("keine Pläne" is itself a cue)."""
        lo, hi = tokens.quotes[quote]
        own = set(range(hit.start, hit.end)) - set(hit.gaps)
        words = {tokens.toks[j].w for j in range(lo, hi) if j not in own}
        if words & self.negators or words & self.modal_words:
            return True
        return any(t.sent_q for t in tokens.toks[lo:hi])


def _day(word: str) -> bool:
    """Is ``word`` a day of a month ("12" in "May 12"; not "2020" in "2020 may not happen")?"""
    return day_of_month(word) is not None
