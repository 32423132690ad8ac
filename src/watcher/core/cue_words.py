"""The compiled words of one language's status lexicon, and the windows the cue rules use.

``Spec`` is a language's lexicon as written in ``lexicon/LANG.toml`` (phrase lists per status and
marker lists); :class:`Words` turns it into the phrase sets and word sets that
:mod:`watcher.core.cue_rules` and :mod:`watcher.core.cues` look things up in.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from watcher.core.cues_text import PhraseSet, Token, fold
from watcher.core.types import Cue

STATUSES = ("planned", "postponed", "cancelled", "held")
PHRASE_KEYS = (*STATUSES, "returning")
# When two statuses score the same, the one that reports a change wins: an article saying
# "the planned summit was cancelled" is about the cancellation.
PRIORITY = {"cancelled": 4, "postponed": 3, "held": 2, "planned": 1}


def cue_scores(cues: Iterable[Cue]) -> dict[str, float]:
    """Each status's weight among the cues that count (``blocked`` None)."""
    scores: dict[str, float] = {}
    for c in cues:
        if c.blocked is None:
            scores[c.status] = scores.get(c.status, 0.0) + c.weight
    return scores


def top_status(scores: Mapping[str, float]) -> str:
    """The status with the most weight in ``scores`` (not empty); ties go to the change."""
    return max(scores, key=lambda s: (scores[s], PRIORITY.get(s, 0)))
DENIABLE = frozenset({"cancelled", "postponed"})
DENIED_WEIGHT = 0.5  # a denied cancellation is weak evidence for planned
@lru_cache(maxsize=8192)
def _folded(phrase: str) -> str:
    return fold(phrase)[0]


class PhraseKeys(frozenset[str]):
    """Marker phrases a cue's phrase is looked up in ("event_bound", "announce", ...). Markers
    are folded when a lexicon is loaded, the phrases of a cue keep the letters the lexicon wrote:
    so a phrase is also looked up folded, or "opóźniony" and "rozpoczyna się" would never find
    their markers (session 37)."""

    __slots__ = ()

    def __contains__(self, phrase: object) -> bool:
        return frozenset.__contains__(self, phrase) or (
            isinstance(phrase, str) and not phrase.isascii()
            and frozenset.__contains__(self, _folded(phrase)))


ANNOUNCE_STEMS = ("announc", "annonc", "kundig", "verkund", "bekannt", "confirm", "bestatig")
# the reasons that set a headline's cue aside as being about something other than its event: a
# headline whose cues all carry one of them is read as a headline without a cue of its own; a
# denied or hedged cue ("will not take to the streets") is still its own (round 90)
ASIDE = frozenset({"other-event", "other", "part", "recap", "no-event"})
HEDGE = "may "  # phrase prefix of the planned cue read off a hypothetical change
TITLE_WEIGHT = 2.0
SUMMARY_WEIGHT = 1.0
NEG_WINDOW = 4  # a negator at most this many words before the cue
VERB_NEG_WINDOW = 6  # a verb negator ("öffnet in diesem Jahr nicht") at most this many after
VERB_NEG_CLAUSE_WINDOW = 16  # or this many, when it closes the clause
MODAL_WINDOW = 5
AFTER_WINDOW = 3
OTHER_GAP = 3  # at most this many words between "after"/"nach" and the cue
FUTURE_WINDOW = 3
FUTURE_AFTER_WINDOW = 4  # "opens on Tuesday", "beginnt am Montag", "s'ouvre mardi"
RESCHEDULE_ASIDE_WINDOW = 6  # "déjà reporté en janvier", "auch die Neuinszenierung wird verschoben"
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
VERB_FINAL_WINDOW = 12  # "soll am 18. Dezember starten": German puts the verb last
PLUPERFECT_WINDOW = 6  # "war die Wahl ... verschoben worden", "had been called off"
ORDINAL_WINDOW = 3  # "the first monarch to address": an ordinal this near before "to"
RESULT_WINDOW = 4  # "overpowers the field to win", "fails to win": a verb of result this near
ANNOUNCED_CHANGE_GAP = 3  # "announces the cancellation": what is announced is the change
DATED_EVENT_GAP = 5  # "Stichwahl am Sonntag", "strike on 28 September": a date after the noun
DATED_WEIGHT = 0.5
NO_HEAD = 4  # "No Thaipusam procession ...": the occasion a headline's "no" negates, this near
OBJECT_GAP = 2  # "postpones the vote on": a held cue this near after a change is its object
AT_EVENT_WEIGHT = 0.4  # "signs pledges at summit": below one summary cue (a headline weighs 2)
BRACKET_GAP = 10  # "fand ... statt": the most words a German or Dutch verb frame holds
MOVE_WINDOW = 8  # "pushes 'Tenet' back two weeks": the later date this near after the verb
HEADLINE_SUBJECT = 7  # "Finland to join": at most this many words before a headline's "to"
VERB_ENDINGS = ("s", "ed")  # "votes to impeach", "forced her to": a verb before the "to"
PART_AFTER = 5  # "cancels the palace wedding reception": the object this near after the cue
PART_BEFORE = 8  # "Der Empfang im Garten ... ist gestrichen": the subject this near before
DECISION_REACH = 6  # "MPs voted against holding a snap referendum": what a vote decided, this near
TRIP_REACH = 3  # "cancels his trip to": the trip word this near after the change cue
TRIP_EVENT_REACH = 4  # "trip to the Ballon d'Or ceremony": the event noun this near after "to"
TRIP_NAME_REACH = 5  # "cancels Paris Air Show trip": the trip word this near after the cue
VOTE_PLACE_REACH = 4  # "in the impeachment trial", "lors de la votation": where the vote is held
MARKER_KEYS = (
    "negators", "verb_negators", "clause_joins", "pending", "denials", "denials_after",
    "negation_exceptions", "modals",
    "intents", "modals_after", "future", "other_prepositions", "other_conjunctions",
    "other_refs", "other_refs_before", "replacements", "noun_endings", "determiners", "after_stops",
    "clause_words", "function_words", "future_after", "future_dates", "past", "event_nouns",
    "event_bound", "before_event", "non_event_objects", "neutral",
    "subordinators", "passive_aux", "attributive_before", "attributive_modifiers",
    "attributive_stops", "attributive_endings", "reversals", "other_before", "moved_dates",
    "move_verbs", "move_targets", "move_stops", "future_endings", "future_stops",
    "future_words",
    "conditionals", "pluperfect_before", "pluperfect_after", "pluperfect_aux", "amounts",
    "attributive_preps",
    "verb_final_future", "ordinals", "part_nouns", "result_verbs", "future_after_verb",
    "infinitive_markers", "modal_nouns", "plan_participles", "since",
    "reschedules", "reschedule_asides", "reschedule_joins", "attributive_followers",
    "continuations",
    "present_passive", "become_preps", "result_infinitives", "expectations", "under_way",
    "no_words", "this_time", "no_stops", "awaited", "decisions", "ballot_nouns",
    "vote_places", "month_nouns", "month_before", "defiance", "object_verbs", "object_stops",
    "stands", "formers", "clause_final", "trip_nouns", "trip_preps", "later_today",
    "noun_negators", "member_verbs", "member_stops", "prelude_nouns", "explainers", "labels",
    "doubts", "doubts_defied", "new_attempts", "claims", "launch_nouns", "rocket_words",
    "reopenings", "openings",
    "earlier_moves", "comebacks", "comeback_words", "closures", "object_bound",
    "bracket_particles", "verb_only", "at_preps", "strike_nouns", "strike_services",
    "present_aux", "participle_endings", "perfect_adverbs", "not_participles",
    "plan_preps", "goes_on", "complementizers", "place_preps", "talks_ended", "talks_nouns",
)
# Words before a hyphen that make a verb of what follows ("re-scheduled", "co-hosted"), where
# any other word makes an adjective ("open-ended", "rain-delayed").
VERB_PREFIXES = frozenset({"re", "co", "pre", "un", "de", "dis", "mis", "over", "out"})
# What a word matched by a modal's stem ("warn*", "fear*", "doubt*") may add to it and still be
# that word; anything else makes a capitalised word a name ("Warner", "Fearnley", "Doubtfire").
INFLECTIONS = frozenset({"", "s", "es", "ed", "d", "ing", "ings", "en", "ens", "ened", "ening",
                         "ful", "ly", "y", "ation", "ations", "ative", "able"})


@dataclass(frozen=True)
class Spec:
    """One language's raw lexicon: phrase lists and marker lists."""

    phrases: Mapping[str, tuple[str, ...]]
    markers: Mapping[str, tuple[str, ...]]
    capitalised_nouns: bool = False


class Words:
    """One language's compiled lexicon: phrase sets and word sets, by role."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        m = spec.markers
        # "neutral" phrases take their words out of the scan: "after talks fail" is no report
        # that talks were held, "results beat expectations" no match won.
        self.cues = PhraseSet([*((p, k) for k in PHRASE_KEYS for p in spec.phrases.get(k, ())),
                               *((p, "neutral") for p in m.get("neutral", ()))])
        self.negators = frozenset(m.get("negators", ()))
        self.denials = PhraseSet((p, "denial") for p in m.get("denials", ()))
        self.denials_after = PhraseSet((p, "denial") for p in m.get("denials_after", ()))
        self.verb_negators = frozenset(m.get("verb_negators", ()))
        self.clause_joins = frozenset(m.get("clause_joins", ()))
        self.determiners = frozenset(m.get("determiners", ()))
        self.after_stops = PhraseSet((p, "stop") for p in m.get("after_stops", ()))
        self.pending = frozenset(m.get("pending", ()))
        self.since = frozenset(m.get("since", ()))
        self.continuations = PhraseKeys(m.get("continuations", ()))
        self.present_passive = PhraseKeys(m.get("present_passive", ()))
        self.become_preps = frozenset(m.get("become_preps", ()))
        self.result_infinitives = frozenset(m.get("result_infinitives", ()))
        self.under_way = PhraseKeys(m.get("under_way", ()))
        self.comebacks = PhraseKeys(m.get("comebacks", ()))
        self.comeback_words = frozenset(m.get("comeback_words", ()))
        self.closures = PhraseKeys(m.get("closures", ()))
        self.no_words = PhraseSet((p, "no") for p in m.get("no_words", ()))
        self.this_time = PhraseSet((p, "time") for p in m.get("this_time", ()))
        self.no_stops = frozenset(m.get("no_stops", ()))
        self.awaited = PhraseKeys(m.get("awaited", ()))
        self.expectations = PhraseSet((p, "expect") for p in m.get("expectations", ()))
        self.reschedules = PhraseKeys(m.get("reschedules", ()))
        self.reschedule_asides = frozenset(m.get("reschedule_asides", ()))
        self.reschedule_joins = frozenset(m.get("reschedule_joins", ()))
        self.neg_exceptions = frozenset(m.get("negation_exceptions", ()))
        self.modals = PhraseSet((p, "modal") for p in m.get("modals", ()))
        self.intents = PhraseSet((p, "intent") for p in m.get("intents", ()))
        self.modals_after = PhraseSet((p, "modal") for p in m.get("modals_after", ()))
        # round 88: the headline's future test already skipped "caméra", "opéra" (``future_stops``),
        # the future markers of every other rule did not
        self.future = PhraseSet(((p, "future") for p in m.get("future", ())),
                                frozenset(m.get("future_stops", ())))
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
        self.later_today = PhraseSet((p, "later") for p in m.get("later_today", ()))
        self.past = PhraseSet((p, "past") for p in m.get("past", ()))
        self.event_nouns = PhraseSet((p, "event") for p in m.get("event_nouns", ()))
        self.event_bound = PhraseKeys(m.get("event_bound", ()))
        # cues whose gap is their object and must name the event ("hält am Rosenmontagszug
        # fest", not "am Kurs", "am Heizungsgesetz": an event noun elsewhere is no help)
        self.object_bound = PhraseKeys(m.get("object_bound", ()))
        self.decisions = PhraseKeys(m.get("decisions", ()))
        self.ballot_nouns = PhraseSet((p, "event") for p in m.get("ballot_nouns", ()))
        self.vote_places = frozenset(m.get("vote_places", ()))
        self.month_nouns = frozenset(m.get("month_nouns", ()))
        self.month_before = frozenset(m.get("month_before", ()))
        self.object_verbs = frozenset(m.get("object_verbs", ()))
        self.object_stops = frozenset(m.get("object_stops", ()))
        self.member_verbs = PhraseKeys(m.get("member_verbs", ()))
        self.member_stops = frozenset(m.get("member_stops", ()))
        self.before_event = PhraseSet((p, "before") for p in m.get("before_event", ()))
        self.non_event = PhraseSet((p, "object") for p in m.get("non_event_objects", ()))
        self.gap_modals = PhraseSet((p, "modal") for p in m.get("modals", ()) if " " not in p)
        # a modal frame around the cue: "spielt Verschiebung ... durch", "schließt Absage nicht
        # aus" (``cue_blocking.framed``)
        self.frame_modals = PhraseSet((p, "modal") for p in m.get("modals", ()) if " ... " in p)
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
        self.move_verbs = PhraseSet((p, "move") for p in m.get("move_verbs", ()))
        self.move_targets = PhraseSet((p, "date") for p in m.get("move_targets", ()))
        self.move_stops = PhraseSet((p, "stop") for p in m.get("move_stops", ()))
        self.future_endings = tuple(m.get("future_endings", ()))
        self.future_stops = frozenset(m.get("future_stops", ()))
        self.future_words = frozenset(m.get("future_words", ()))
        self.conditionals = PhraseSet((p, "if") for p in m.get("conditionals", ()))
        self.pluperfect_before = PhraseSet((p, "plup") for p in m.get("pluperfect_before", ()))
        self.pluperfect_after = frozenset(m.get("pluperfect_after", ()))
        self.pluperfect_aux = frozenset(m.get("pluperfect_aux", ()))
        self.amounts = frozenset(m.get("amounts", ()))
        self.attr_preps = frozenset(m.get("attributive_preps", ()))
        self.attr_followers = frozenset(m.get("attributive_followers", ()))
        self.verb_final_future = frozenset(m.get("verb_final_future", ()))
        self.ordinals = frozenset(m.get("ordinals", ()))
        self.formers = frozenset(m.get("formers", ()))
        self.clause_final = PhraseKeys(m.get("clause_final", ()))
        # a separable verb's particle that closes its clause however far from the verb
        self.bracket_particles = frozenset(m.get("bracket_particles", ()))
        # cue words that count as verbs only ("Linkin Park plan concert", not "its plans for")
        self.verb_only = PhraseKeys(m.get("verb_only", ()))
        # "signs pledges at Seoul AI summit": what is done at an event tells it under way
        self.at_preps = frozenset(m.get("at_preps", ()))
        self.trip_nouns = frozenset(m.get("trip_nouns", ()))
        self.trip_preps = frozenset(m.get("trip_preps", ()))
        # "ohne", "without", "sans" negate the noun after them: inside the gap of a split verb
        # ("findet ohne Zuschauer statt") they leave the verb asserted
        self.noun_negators = frozenset(m.get("noun_negators", ()))
        self.parts = PhraseSet((p, "part") for p in m.get("part_nouns", ()))
        # what takes place before an occasion, telling it is to come: its draw, its construction
        self.preludes = PhraseSet((p, "part") for p in m.get("prelude_nouns", ()))
        # what a strike stops ("flights", "trains") and the strike: its call-offs are its report
        self.strike_nouns = PhraseSet((p, "strike") for p in m.get("strike_nouns", ()))
        self.strike_services = PhraseSet((p, "part") for p in m.get("strike_services", ()))
        self.result_verbs = PhraseSet((p, "result") for p in m.get("result_verbs", ()))
        self.infinitives = frozenset(m.get("infinitive_markers", ()))
        self.modal_nouns = frozenset(m.get("modal_nouns", ()))
        self.plan_participles = PhraseKeys(m.get("plan_participles", ()))
        self.future_after_verb = PhraseSet((p, "future")
                                           for p in m.get("future_after_verb", ()))
        # auxiliaries of the past ("was", "hat", "ont"); one letter is too ambiguous (French "a")
        self.past_aux = frozenset(w for w in m.get("past", ())
                                  if "*" not in w and 2 <= len(w) <= 5)
        # auxiliaries of the perfect that are present verbs too ("ist", "has", "est"), and what
        # tells a participle after one (round 75)
        self.present_aux = frozenset(m.get("present_aux", ()))
        self.participle_endings = tuple(m.get("participle_endings", ()))
        self.perfect_adverbs = frozenset(m.get("perfect_adverbs", ()))
        self.not_participles = frozenset(m.get("not_participles", ()))
        # prepositions that aim a plan at its time or occasion when they end a cue phrase
        # ("set for", "fixé au", "gather in * for"; round 76)
        self.plan_preps = frozenset(m.get("plan_preps", ()))
        # a move cue ending on one of these and followed by a capitalised word moves the
        # occasion to a place (``cue_rules.moved_to_place``): only where months and weekdays
        # are written in lower case, so that a capital names no date
        self.place_preps = frozenset(m.get("place_preps", ()))
        # words that open a clause a hedge before it governs across the comma ("не исключено,
        # что ...", "опасаются, что ..."; session 36): Russian and Ukrainian set every "that"
        # clause off by a comma
        self.complementizers = frozenset(m.get("complementizers", ()))
        self.announce = PhraseKeys(_folded(p) for p in spec.phrases.get("planned", ())
                                   if p in self.event_bound
                                   and _folded(p).startswith(ANNOUNCE_STEMS))

    def no_verb(self, tok: Token) -> bool:
        """Is ``tok``, right after an infinitive marker, no verb: a capitalised name, no word of
        letters, an article or another function word ("to New Zealand", "to the polls", "to
        2022")? Then the marker is a preposition, no infinitive."""
        return (tok.cap or not tok.w.isalpha() or tok.w in self.determiners
                or tok.w in self.function_words)
