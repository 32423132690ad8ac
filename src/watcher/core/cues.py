"""Status cues: which status (planned/postponed/cancelled/held) one article reports, and why.

The classifier is a lexicon of phrases per language (``lexicon/*.toml``) plus a few context rules
that keep it from being fooled, because a bare phrase list confuses "cancelled" with "not
cancelled", "may be cancelled", «you cannot postpone what was never planned» and "after the Vienna
cancellations". Every phrase found becomes a :class:`Cue`; a cue that does not count carries the
reason in ``blocked`` (``negation``, ``modality``, ``quote``, ``other-event``) so ``watcher
explain`` can show all the evidence. Title cues weigh more than summary cues because a headline
states the news while a summary often recounts history.

Tense and time: a "held" cue after a future marker ("to meet", "wird eröffnet"), near a time
ahead ("tomorrow", "nächste Woche") or, when the verb is not past, next to a date ("opens on
Tuesday", "s'ouvre mardi", "Ab Sonntag beraten die ...") reads planned: news previews in the
present tense; a cue that is itself past ("hob am Morgen ab") never does. Some cues count only
when an event is named nearby or in the headline (``event_bound``: "announces tour", not
"announces engagement"; blocked ``no-event``); a postponement of a non-event ("report de l'âge
légal", "retirement age") is blocked ``other``; a cancellation after a replacement ("replaces
the cancelled contest", "statt des abgesagten Finales") is the replaced event's
(``other-event``); "ahead of the summit" is weak evidence for planned; ``neutral`` phrases ("after
talks fail", "beat expectations", "pulls out of", "sagt Teilnahme ab") hide the cue words inside
them.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Literal

from watcher.core.cues_text import PRE, Hit, PhraseSet, Token, Tokens, phrase_error, tokenize
from watcher.core.types import Cue, StatusReading
from watcher.errors import ConfigError

FieldName = Literal["title", "summary"]
STATUSES = ("planned", "postponed", "cancelled", "held")
PHRASE_KEYS = (*STATUSES, "returning")
# When two statuses score the same, the one that reports a change wins: an article saying
# "the planned summit was cancelled" is about the cancellation.
PRIORITY = {"cancelled": 4, "postponed": 3, "held": 2, "planned": 1}
DENIABLE = frozenset({"cancelled", "postponed"})
DENIED_WEIGHT = 0.5  # a denied cancellation is weak evidence for planned
ANNOUNCE_STEMS = ("announc", "annonc", "kundig", "verkund", "bekannt", "confirm", "bestatig")
HEDGE = "may "  # phrase prefix of the planned cue read off a hypothetical change
TITLE_WEIGHT = 2.0
SUMMARY_WEIGHT = 1.0
NEG_WINDOW = 4  # a negator at most this many words before the cue
MODAL_WINDOW = 5
AFTER_WINDOW = 3
OTHER_GAP = 3  # at most this many words between "after"/"nach" and the cue
FUTURE_WINDOW = 3
FUTURE_AFTER_WINDOW = 4  # "opens on Tuesday", "beginnt am Montag", "s'ouvre mardi"
FUTURE_BEFORE_WINDOW = 6  # "next week ... meet": a time ahead before the cue, same clause
PAST_WINDOW = 2  # an auxiliary this many words before a cue marks it past ("has opened")
EVENT_WINDOW = 6  # an event noun this near an event-bound cue ("announces ... tour")
REPLACE_WINDOW = 6  # "à la place du défilé annulé": a replacement this far before the cue
BEFORE_GAP = 3  # "ahead of Tuesday's summit": at most this many words to the event noun
BEFORE_WEIGHT = 0.5  # "before the opening ceremony": weak evidence that the event is ahead
DENIAL_AFTER_WINDOW = 8  # "für eine Absage der drei Auftritte gebe es keinen Hebel"
DENIAL_WINDOW = 8  # "officials deny reports that the summit has been cancelled"
SUBORDINATE_WINDOW = 8  # "after the 2020 editions were called off": "after" this far before
APPOSITION_MAX = 5  # words after a participle that opens a clause set off by a comma
REVERSAL_WINDOW = 3  # "annule le report", "overturns the delay": a reversal just before
CONDITION_WINDOW = 12  # "if the match at the ground is scrapped": a condition opens the clause
VERB_FINAL_WINDOW = 8  # "soll am 18. Dezember starten": German puts the verb last
PLUPERFECT_WINDOW = 6  # "war die Wahl ... verschoben worden", "had been called off"
ORDINAL_WINDOW = 3  # "the first monarch to address": an ordinal this near before "to"
ANNOUNCED_CHANGE_GAP = 3  # "announces the cancellation": what is announced is the change
DATED_EVENT_GAP = 5  # "Stichwahl am Sonntag", "strike on 28 September": a date after the noun
DATED_WEIGHT = 0.5
PART_AFTER = 5  # "cancels the palace wedding reception": the object this near after the cue
PART_BEFORE = 8  # "Der Empfang im Garten ... ist gestrichen": the subject this near before
MARKER_KEYS = (
    "negators", "pending", "denials", "denials_after", "negation_exceptions", "modals",
    "intents", "modals_after", "future", "other_prepositions", "other_conjunctions",
    "other_refs", "other_refs_before", "replacements", "noun_endings", "determiners", "after_stops",
    "clause_words", "function_words", "future_after", "future_dates", "past", "event_nouns",
    "event_bound", "before_event", "non_event_objects", "neutral",
    "subordinators", "passive_aux", "attributive_before", "attributive_modifiers",
    "attributive_stops", "attributive_endings", "reversals", "other_before", "moved_dates",
    "conditionals", "pluperfect_before", "pluperfect_after", "amounts", "attributive_preps",
    "verb_final_future", "ordinals", "part_nouns",
)


@dataclass(frozen=True)
class _Spec:
    """One language's raw lexicon: phrase lists and marker lists."""

    phrases: Mapping[str, tuple[str, ...]]
    markers: Mapping[str, tuple[str, ...]]
    capitalised_nouns: bool = False


class _Engine:
    """One language's compiled lexicon and context rules."""

    def __init__(self, spec: _Spec) -> None:
        self.spec = spec
        m = spec.markers
        # "neutral" phrases take their words out of the scan: "after talks fail" is no report
        # that talks were held, "results beat expectations" no match won.
        self.cues = PhraseSet([*((p, k) for k in PHRASE_KEYS for p in spec.phrases.get(k, ())),
                               *((p, "neutral") for p in m.get("neutral", ()))])
        self.negators = frozenset(m.get("negators", ()))
        self.denials = PhraseSet((p, "denial") for p in m.get("denials", ()))
        self.denials_after = PhraseSet((p, "denial") for p in m.get("denials_after", ()))
        self.determiners = frozenset(m.get("determiners", ()))
        self.after_stops = PhraseSet((p, "stop") for p in m.get("after_stops", ()))
        self.pending = frozenset(m.get("pending", ()))
        self.neg_exceptions = frozenset(m.get("negation_exceptions", ()))
        self.modals = PhraseSet((p, "modal") for p in m.get("modals", ()))
        self.intents = PhraseSet((p, "intent") for p in m.get("intents", ()))
        self.modals_after = PhraseSet((p, "modal") for p in m.get("modals_after", ()))
        self.future = PhraseSet((p, "future") for p in m.get("future", ()))
        self.other_preps = PhraseSet((p, "prep") for p in m.get("other_prepositions", ()))
        self.other_conjs = PhraseSet((p, "conj") for p in m.get("other_conjunctions", ()))
        self.other_refs = PhraseSet((p, "ref") for p in m.get("other_refs", ()))
        self.other_refs_before = PhraseSet((p, "ref") for p in m.get("other_refs_before", ()))
        self.replacements = PhraseSet((p, "ref") for p in m.get("replacements", ()))
        self.noun_endings = tuple(m.get("noun_endings", ()))
        self.clause_words = frozenset(m.get("clause_words", ()))
        self.function_words = frozenset(m.get("function_words", ()))
        self.future_after = PhraseSet((p, "future") for p in m.get("future_after", ()))
        self.future_dates = PhraseSet((p, "date") for p in m.get("future_dates", ()))
        self.past = PhraseSet((p, "past") for p in m.get("past", ()))
        self.event_nouns = PhraseSet((p, "event") for p in m.get("event_nouns", ()))
        self.event_bound = frozenset(m.get("event_bound", ()))
        self.before_event = PhraseSet((p, "before") for p in m.get("before_event", ()))
        self.non_event = PhraseSet((p, "object") for p in m.get("non_event_objects", ()))
        self.gap_modals = PhraseSet((p, "modal") for p in m.get("modals", ()) if " " not in p)
        self.modal_words = frozenset(w for p in m.get("modals", ()) for w in p.split()
                                     if "*" not in w and len(w) > 2)
        self.subordinators = PhraseSet((p, "sub") for p in m.get("subordinators", ()))
        self.passive_aux = frozenset(m.get("passive_aux", ()))
        self.attr_before = frozenset(m.get("attributive_before", ()))
        self.attr_modifiers = frozenset(m.get("attributive_modifiers", ()))
        self.attr_stops = frozenset(m.get("attributive_stops", ())) | self.function_words
        self.attr_endings = frozenset(m.get("attributive_endings", ()))
        self.reversals = PhraseSet((p, "reversal") for p in m.get("reversals", ()))
        self.other_before = PhraseSet((p, "ref") for p in m.get("other_before", ()))
        self.moved_dates = PhraseSet((p, "date") for p in m.get("moved_dates", ()))
        self.conditionals = PhraseSet((p, "if") for p in m.get("conditionals", ()))
        self.pluperfect_before = PhraseSet((p, "plup") for p in m.get("pluperfect_before", ()))
        self.pluperfect_after = frozenset(m.get("pluperfect_after", ()))
        self.amounts = frozenset(m.get("amounts", ()))
        self.attr_preps = frozenset(m.get("attributive_preps", ()))
        self.verb_final_future = frozenset(m.get("verb_final_future", ()))
        self.ordinals = frozenset(m.get("ordinals", ()))
        self.parts = PhraseSet((p, "part") for p in m.get("part_nouns", ()))
        # auxiliaries of the past ("was", "hat", "ont"); one letter is too ambiguous (French "a")
        self.past_aux = frozenset(w for w in m.get("past", ())
                                  if "*" not in w and 2 <= len(w) <= 5)
        self.announce = frozenset(p for p in spec.phrases.get("planned", ())
                                  if p in self.event_bound and p.startswith(ANNOUNCE_STEMS))

    def detect(self, toks: Sequence[Token]) -> int:
        return sum(1 for t in toks if t.w in self.function_words)

    def names_event(self, tokens: Tokens) -> bool:
        """Does the text name an event (a headline's "G7 summit" for its summary's cues)?"""
        return self.event_nouns.any_in(tokens.toks, 0, len(tokens.toks)) is not None

    def read_field(self, tokens: Tokens, fld: FieldName, weight: float,
                   title: Tokens | None = None,
                   tense: dict[str, list[Cue]] | None = None) -> list[Cue]:
        """Every cue in one field (title or summary), blocked ones included. ``title``: the
        headline, whose event ("G7 summit: ...") an event-bound cue of the headline or of its
        summary may be about, also across a colon. ``tense`` collects the held cues in the
        present ("present") and those a time ahead made planned ("ahead") for
        :meth:`Lexicon._read_with`."""
        toks = tokens.toks
        out: list[Cue] = []
        hits = self.cues.scan(toks)
        reversed_at = self._reversed(toks, hits)
        denied_cancel: set[int] = set()
        for hit in hits:
            status, returning = hit.phrase.tag, False
            if status == "neutral":
                continue
            if status == "returning":
                status, returning = "planned", True
            if hit.start in reversed_at:
                # "annule le report", "overturns the delay": the postponement is undone
                status, returning = "planned", True
            elif status == "cancelled" and self._dated_denial(toks, hit):
                status = "postponed"  # "will not be held in April": the date is off, not the event
            ahead = self._future(toks, hit) if status == "held" else None
            future = ahead is not None
            if future:
                status = "planned"  # "to meet", "will hold talks": the event has not happened yet
            blocked = self._blocked(tokens, hit, intent_ok=future)
            if hit.end in reversed_at.values():
                blocked = "other"  # the reversal's verb: its object is the postponement
            if (blocked is None and status in DENIABLE and not returning
                    and (self._recap(toks, hit) or self._apposition(toks, hit, hits))):
                blocked = "recap"  # "the postponed trip", "Annulé en 2020, le marathon ..."
            if (blocked is None and hit.phrase.text in self.announce
                    and self._announces_change(toks, hit, hits)):
                blocked = "other"  # "announces the cancellation": the news is the change
            if (blocked is None and hit.phrase.text in self.event_bound
                    and not self._near_event(toks, hit)
                    and not (title is not None and self.names_event(title))):
                blocked = "no-event"  # "announce engagement", "confirms arrest": no event named
            if blocked is None and status in DENIABLE and self.non_event.any_in(
                    toks, hit.end, hit.end + 3, clause=toks[hit.end - 1].clause):
                blocked = "other"  # "le report de l'âge légal": a policy, not an event
            if blocked is None and status in DENIABLE and not returning and self._part(toks, hit):
                blocked = "part"  # "cancels the wedding reception": a part, the event goes on
            start, end = toks[hit.start].start, toks[hit.end - 1].end
            out.append(Cue(status=status, phrase=hit.phrase.text, field=fld,
                           start=start, end=end, weight=weight, blocked=blocked,
                           returning=returning))
            if blocked == "other" and hit.gaps and hit.phrase.text in self.announce:
                # "kündigt die Absage ... an": the change inside the announcement is the cue
                for g in hit.gaps:
                    inner = self.cues.best_at(toks, g)
                    if inner is not None and inner.phrase.tag in DENIABLE:
                        out.append(Cue(status=inner.phrase.tag, phrase=inner.phrase.text,
                                       field=fld, start=toks[inner.start].start,
                                       end=toks[inner.end - 1].end, weight=weight,
                                       blocked=self._blocked(tokens, inner, intent_ok=False)))
                        break
            if tense is not None and blocked is None and hit.phrase.tag == "held":
                key = ("ahead" if ahead == "date" else "later" if future
                       else "past" if self._past_at(toks, hit) else "present")
                tense.setdefault(key, []).append(out[-1])
            if (blocked == "negation" and status in DENIABLE and not self._modal(toks, hit, False)
                    and not self._pending(toks, hit)):
                # "not cancelled", "ne sont pas annulés": the event is still on, weakly.
                out.append(Cue(status="planned", phrase=f"not {hit.phrase.text}", field=fld,
                               start=start, end=end, weight=weight * DENIED_WEIGHT,
                               derived=True))
                if status == "cancelled":
                    denied_cancel.add(id(out[-1]))
            elif (blocked == "modality" and status in DENIABLE and not toks[hit.start].sent_q
                  and not self._pending(toks, hit)):
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
        out += self._before_event(tokens, fld, weight)
        if fld == "title" and not out:  # only a headline without a cue of its own
            out += self._dated_event(tokens, weight)
        return out

    def _part(self, toks: Sequence[Token], hit: Hit) -> bool:
        """Is what the change cue is about a part of an occasion or something around it (a
        reception, the pre-orders, a press conference, the fan zone), not the occasion itself?
        Its object: inside the cue ("sagt den Empfang ab") or after it in its clause up to a
        cause ("after", "as", "wegen"), an event
        noun just before the part only qualifying it ("wedding reception"); or its subject:
        before it in its clause, unless an event noun comes nearer ("Partys und Empfänge
        entfallen", not "Nach dem Empfang wurde das Konzert abgesagt")."""
        if not self.parts:
            return False
        for g in hit.gaps:
            if self.event_nouns.best_at(toks, g) and not self.parts.best_at(toks, g):
                return False
            if self.parts.best_at(toks, g):
                return True
        clause = toks[hit.end - 1].clause
        for j in range(hit.end, min(hit.end + PART_AFTER, len(toks))):
            # "scrapped as organisers cite low ticket sales": a cause is no object
            if toks[j].clause != clause or self.after_stops.best_at(toks, j):
                break
            if self.parts.best_at(toks, j):
                return True
            ev = self.event_nouns.best_at(toks, j)
            if ev is not None and not (ev.end < len(toks) and self.parts.best_at(toks, ev.end)):
                return False
        clause = toks[hit.start].clause
        for j in range(hit.start - 1, max(hit.start - PART_BEFORE, 0) - 1, -1):
            if toks[j].clause != clause:
                break
            # the last word of a part ("press conference"), read from where the part begins
            if any((h := self.parts.best_at(toks, k)) is not None and h.end > j
                   for k in range(max(j - 2, 0), j + 1)):
                return True
            if self.event_nouns.best_at(toks, j):
                return False
        return False

    def _past_at(self, toks: Sequence[Token], hit: Hit) -> bool:
        """Is the cue's verb in the past ("opened", "hat begonnen", "a eu lieu")?"""
        clause = toks[hit.start].clause
        own = [j for j in range(hit.start, hit.end) if j not in hit.gaps]
        before = [j for j in range(max(hit.start - PAST_WINDOW, 0), hit.start)
                  if toks[j].clause == clause]
        return any(self.past.best_at(toks, j) for j in (*before, *own))

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

    def _dated_event(self, tokens: Tokens, weight: float) -> list[Cue]:
        """ "Stichwahl am Sonntag", "grève le 28 septembre", "vote on Tuesday": a headline with
        no cue of its own that names an event with a day or date after it announces it (weak
        evidence: a summary reporting the day itself outweighs it)."""
        toks = tokens.toks
        if not self.future_dates:
            return []
        for j in range(len(toks)):
            noun = self.event_nouns.best_at(toks, j)
            if noun is None:
                continue
            clause = toks[noun.start].clause
            date = self.future_dates.any_in(toks, noun.end, noun.end + DATED_EVENT_GAP,
                                            clause=clause)
            if date is None or any(self.past.best_at(toks, k)
                                   for k in range(noun.end, date.start)):
                continue
            both = Hit(noun.phrase, noun.start, date.end, ())
            return [Cue(status="planned", phrase=f"{noun.phrase.text} ... {date.phrase.text}",
                        field="title", start=toks[noun.start].start, end=toks[date.end - 1].end,
                        weight=weight * DATED_WEIGHT,
                        blocked=self._blocked(tokens, both, intent_ok=True))]
        return []

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

    def _before_event(self, tokens: Tokens, fld: FieldName, weight: float) -> list[Cue]:
        """ "ahead of the summit", "vor der Olympia-Eröffnung": the event is still to come."""
        toks = tokens.toks
        out: list[Cue] = []
        if not self.before_event:
            return out
        i = 0
        while i < len(toks):
            hit = self.before_event.best_at(toks, i)
            if hit is None:
                i += 1
                continue
            noun = self.event_nouns.any_in(toks, hit.end, hit.end + BEFORE_GAP + 1,
                                           clause=toks[hit.start].clause)
            if noun is not None:
                both = Hit(hit.phrase, hit.start, noun.end, hit.gaps)
                blocked = self._blocked(tokens, both, intent_ok=True)
                out.append(Cue(status="planned", phrase=f"{hit.phrase.text} ...",
                               field=fld, start=toks[hit.start].start,
                               end=toks[noun.end - 1].end, weight=weight * BEFORE_WEIGHT,
                               blocked=blocked))
            i = hit.end
        return out

    # --- context rules --------------------------------------------------------------------

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
            if toks[g].w in self.negators:
                return True
        for j in range(max(hit.start - NEG_WINDOW, 0), hit.start):
            t = toks[j]
            if t.clause == clause and t.w in self.negators:
                nxt = toks[j + 1].w if j + 1 < len(toks) else ""
                if nxt not in self.neg_exceptions:
                    return True
        sent = toks[hit.start].sent
        for j in range(max(hit.start - DENIAL_WINDOW, 0), hit.start):
            if toks[j].sent == sent and self.denials.best_at(toks, j):
                return True
        for j in range(hit.end, min(hit.end + DENIAL_AFTER_WINDOW, len(toks))):
            if toks[j].sent == sent and self.denials_after.best_at(toks, j):
                return True
        return False

    def _modal(self, toks: Sequence[Token], hit: Hit, intent_ok: bool) -> bool:
        if any(self.gap_modals.best_at(toks, g) for g in hit.gaps):
            return True  # "flights could be cancelled", "Flüge könnten ... ausfallen"
        clause = toks[hit.start].clause
        lo = hit.start - MODAL_WINDOW
        for phrases in (self.modals,) if intent_ok else (self.modals, self.intents):
            for j in range(max(lo, 0), hit.start):
                if toks[j].clause != clause:
                    continue
                if any(h.end <= hit.start and toks[h.end - 1].clause == clause
                       and not self._name_may(toks, h) for h in phrases.hits_at(toks, j)):
                    return True
        # a condition reaches the end of its clause: "legal action if the match at the
        # stadium is scrapped", "prüft, ob das Duell später stattfinden muss"
        if self.conditionals.any_in(toks, hit.start - CONDITION_WINDOW, hit.start,
                                    end_by=hit.start, clause=clause):
            return True
        # After the cue, stop at "after"/"wegen"/"après": "cancelled after a threat" is a cause.
        clause = toks[hit.end - 1].clause
        for j in range(hit.end, min(hit.end + AFTER_WINDOW, len(toks))):
            if toks[j].clause != clause or self.after_stops.best_at(toks, j):
                return False
            if self.modals_after.best_at(toks, j):
                return True
        return False

    @staticmethod
    def _name_may(toks: Sequence[Token], h: Hit) -> bool:
        """ "May delays vote", "Theresa May", "May's deal": the name (or the month), not the
        modal, which is followed by a bare verb and is not capitalised inside a sentence."""
        t = toks[h.start]
        if h.end - h.start != 1 or t.w != "may":
            return False
        if t.cap and h.start > 0 and toks[h.start - 1].sent == t.sent:
            return True
        nxt = toks[h.end].w if h.end < len(toks) else ""
        return nxt == "s" or (nxt.endswith(("s", "ed")) and nxt not in ("has", "is", "was"))

    def _pending(self, toks: Sequence[Token], hit: Hit) -> bool:
        """ "not yet cancelled", "noch keine Absage": no decision either way."""
        lo, hi = max(hit.start - NEG_WINDOW, 0), min(hit.end + 2, len(toks))
        return any(toks[j].w in self.pending for j in range(lo, hi))

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
        aux = {toks[j].w for j in (hit.start - 1, hit.end) if 0 <= j < len(toks)
               and toks[j].clause == clause}
        if hit.phrase.tag in DENIABLE and aux & self.passive_aux and self.subordinators.any_in(
                toks, hit.start - SUBORDINATE_WINDOW, hit.start, end_by=hit.start,
                clause=clause):
            return True
        # "replaces the cancelled contest", "à la place du défilé annulé": the cancellation is
        # the replaced event's, not the replacement's that the article reports
        if hit.phrase.tag in DENIABLE and self.replacements.any_in(
                toks, hit.start - REPLACE_WINDOW, hit.start, end_by=hit.start, clause=clause):
            return True
        return bool(self.other_refs.any_in(toks, hit.end, hit.end + 3,
                                           clause=toks[hit.end - 1].clause))

    def _future(self, toks: Sequence[Token], hit: Hit) -> str | None:
        """Is a held cue about something still to come? A future marker just before it ("to
        meet", "wird eröffnet"), a time ahead near it ("meet tomorrow", "next week ... meet"),
        or a date after a verb that is not past ("opens on Tuesday" is a preview, "opened on
        Tuesday" and "has opened on Tuesday" are reports). Returns why: "marker" or "date"
        (a time ahead), or None. "the first woman to win" is no future."""
        clause = toks[hit.start].clause
        window = FUTURE_WINDOW
        if self.verb_final_future and (hit.end >= len(toks) or toks[hit.end].clause != clause
                                       or toks[hit.end].w in self.verb_final_future):
            window = VERB_FINAL_WINDOW  # "soll am 18. Dezember starten": the verb comes last
        marker = self.future.any_in(toks, hit.start - window, hit.start,
                                    end_by=hit.start, clause=clause)
        if marker is not None and not any(
                toks[j].w in self.ordinals and toks[j].clause == clause
                for j in range(max(marker.start - ORDINAL_WINDOW, 0), marker.start)):
            return "marker"
        own = [j for j in range(hit.start, hit.end) if j not in hit.gaps]
        if any(self.past.best_at(toks, j) for j in own):
            return None  # a verb in the past reports: "hob am Morgen ab" is no "morgen"
        # "tomorrow", "next week" near the cue, before it too ("will fly to Bali next week and
        # meet Xi"); a weekday or month after it or inside its gap ("öffnet morgen ihre Tore")
        clause = toks[hit.end - 1].clause
        lo, hi = hit.start + 1, hit.end + FUTURE_AFTER_WINDOW
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
        past = any(toks[j].clause == toks[hit.start].clause and self.past.best_at(toks, j)
                   for j in (*before, *own))
        return None if past else "date"

    def _near_event(self, toks: Sequence[Token], hit: Hit) -> bool:
        sent = toks[hit.start].sent
        lo, hi = max(hit.start - EVENT_WINDOW, 0), min(hit.end + EVENT_WINDOW, len(toks))
        return any(toks[j].sent == sent and self.event_nouns.best_at(toks, j)
                   for j in range(lo, hi))

    def _quote_hedged(self, tokens: Tokens, quote: int, hit: Hit) -> bool:
        """A quotation that denies or supposes ("you cannot postpone ...") is not a report.
        The cue's own words do not count ("keine Pläne" is itself a cue)."""
        lo, hi = tokens.quotes[quote]
        own = set(range(hit.start, hit.end)) - set(hit.gaps)
        words = {tokens.toks[j].w for j in range(lo, hi) if j not in own}
        if words & self.negators or words & self.modal_words:
            return True
        return any(t.sent_q for t in tokens.toks[lo:hi])


def _load_toml(text: str, origin: str) -> _Spec:
    data = tomllib.loads(text)
    phrases = {k: tuple(data.get(k, ())) for k in PHRASE_KEYS}
    markers_raw = data.get("markers", {})
    markers = {k: tuple(markers_raw.get(k, ())) for k in MARKER_KEYS}
    unknown = set(data) - set(PHRASE_KEYS) - {"markers"}
    if unknown:
        raise ConfigError(f"unknown lexicon section(s) {sorted(unknown)}", path=origin)
    return _Spec(phrases, markers, bool(markers_raw.get("capitalised_nouns", False)))


@cache
def _builtin_specs() -> dict[str, _Spec]:
    specs: dict[str, _Spec] = {}
    root = resources.files("watcher.core").joinpath("lexicon")
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            specs[entry.name[:-5]] = _load_toml(entry.read_text("utf-8"), entry.name)
    return specs


class Lexicon:
    """Cue phrases per language and status; :meth:`read` classifies one item's text."""

    def __init__(self, specs: Mapping[str, _Spec]) -> None:
        self._specs = dict(specs)
        self._engines = {lang: _Engine(spec) for lang, spec in self._specs.items()}
        words: set[str] = set()
        for e in self._engines.values():
            words |= e.clause_words
        self._clause_words = frozenset(words)

    @classmethod
    def builtin(cls) -> Lexicon:
        """The English, German and French lexicons shipped with watcher (compiled once)."""
        return _builtin_lexicon()

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self._engines)

    def extended(self, extra: Mapping[str, Mapping[str, Sequence[str]]]) -> Lexicon:
        """A new lexicon with the user's phrases added (``[cues.LANG]`` of the config).

        A new language gets the phrases only: no negation or modality rules, which need words
        of that language.
        """
        if not extra:
            return self
        specs = dict(self._specs)
        for lang, by_status in extra.items():
            base = specs.get(lang.lower(), _Spec({}, {}))
            phrases = dict(base.phrases)
            for status, items in by_status.items():
                if status not in PHRASE_KEYS:
                    raise ConfigError(f"unknown status {status!r}; expected one of "
                                      f"{', '.join(PHRASE_KEYS)}", key=f"cues.{lang}.{status}")
                if isinstance(items, str):
                    raise ConfigError("expected a list of phrases", key=f"cues.{lang}.{status}")
                for item in items:
                    problem = phrase_error(str(item))
                    if problem:
                        raise ConfigError(problem, key=f"cues.{lang}.{status}")
                phrases[status] = (*phrases.get(status, ()), *map(str, items))
            specs[lang.lower()] = _Spec(phrases, base.markers, base.capitalised_nouns)
        return Lexicon(specs)

    def _languages(self, toks: Sequence[Token], lang: str | None) -> list[str]:
        """The lexicons to try first: the stated language unless the text's function words
        clearly say otherwise (feeds mislabel their language), else the detected one(s), else
        all of them."""
        given = lang.lower().split("-")[0].split("_")[0] if lang else None
        scores = {k: e.detect(toks) for k, e in self._engines.items()}
        best = max(scores.values(), default=0)
        # Titles are short: only clear evidence overrides the stated language.
        if given in self._engines and (not self._engines[given].function_words or best < 2
                                       or scores[given] * 2 >= best):
            return [given]
        if best == 0:
            return list(self._engines)
        return [k for k, s in scores.items() if s == best]

    def _read_with(self, langs: Sequence[str], t_toks: Tokens, s_toks: Tokens) -> list[Cue]:
        cues: list[Cue] = []
        for code in langs:
            engine = self._engines[code]
            t_tense: dict[str, list[Cue]] = {}
            s_tense: dict[str, list[Cue]] = {}
            found = [*engine.read_field(t_toks, "title", TITLE_WEIGHT, title=t_toks,
                                        tense=t_tense),
                     *engine.read_field(s_toks, "summary", SUMMARY_WEIGHT, title=t_toks,
                                        tense=s_tense)]
            if (t_tense.get("present") and s_tense.get("ahead") and not s_tense.get("present")
                    and not s_tense.get("past") and not t_tense.get("past")):
                # "AC/DC starten Europa-Tour" over "Die Tour beginnt am 17. Mai": a headline in
                # the present previews what its summary dates ahead
                now = {id(c) for c in t_tense["present"]}
                found = [replace(c, status="planned") if id(c) in now else c for c in found]
            if any(c.phrase.startswith(HEDGE) for c in found) and not (
                    engine.names_event(t_toks) or engine.names_event(s_toks)):
                # "may postpone the reform": a hypothetical says something is on only when it
                # is an event
                found = [replace(c, blocked="no-event") if c.phrase.startswith(HEDGE) else c
                         for c in found]
            cues += found
        return cues

    def read(self, title: str, summary: str, lang: str | None) -> StatusReading:
        """The status ``title`` and ``summary`` report (None when no cue counts), with every
        cue found."""
        t_toks = tokenize(title or "", self._clause_words)
        s_toks = tokenize(summary or "", self._clause_words)
        first = self._languages(t_toks.toks + s_toks.toks, lang)
        cues = self._read_with(first, t_toks, s_toks)
        if not cues:  # a wrong or undetectable language: the other lexicons may know better
            cues = self._read_with([k for k in self._engines if k not in first], t_toks, s_toks)
        cues.sort(key=lambda c: (c.field != "title", c.start))
        scores: dict[str, float] = {}
        for c in cues:
            if c.blocked is None:
                scores[c.status] = scores.get(c.status, 0.0) + c.weight
        if not scores:
            return StatusReading(None, 0.0, tuple(cues), False)
        status = max(scores, key=lambda s: (scores[s], PRIORITY.get(s, 0)))
        returning = status == "planned" and any(
            c.returning and c.blocked is None for c in cues)
        tentative = all(c.derived for c in cues if c.blocked is None and c.status == status)
        return StatusReading(status, scores[status], tuple(cues), returning, tentative)


@cache
def _builtin_lexicon() -> Lexicon:
    return Lexicon(_builtin_specs())
