"""Status cues: which status (planned/postponed/cancelled/held) one article reports, and why.

The classifier is a lexicon of phrases per language (``lexicon/*.toml``) plus a few context rules
that keep it from being fooled, because a bare phrase list confuses "cancelled" with "not
cancelled", "may be cancelled", «you cannot postpone what was never planned» and "after the Vienna
cancellations". Every phrase found becomes a :class:`Cue`; a cue that does not count carries the
reason in ``blocked`` (``negation``, ``modality``, ``quote``, ``other-event``) so ``watcher
explain`` can show all the evidence. Title cues weigh more than summary cues because a headline
states the news while a summary often recounts history.

Tense and time (:mod:`watcher.core.cue_future`): a "held" cue after a future marker, near a
time ahead or, when the verb is not past, next to a date reads planned. Some cues count only
when an event is named nearby or in the headline (``event_bound``: "announces tour", not
"announces engagement"; blocked ``no-event``); a postponement of a non-event ("report de l'âge
légal", "retirement age") is blocked ``other``; a cancellation after a replacement ("replaces
the cancelled contest", "statt des abgesagten Finales") is the replaced event's
(``other-event``); "ahead of the summit" is weak evidence for planned; ``neutral`` phrases ("after
talks fail", "beat expectations", "pulls out of", "sagt Teilnahme ab") hide the cue words inside
them.

The modules: :mod:`watcher.core.cue_words` compiles a language's lexicon into phrase and word
sets; :mod:`watcher.core.cue_field` finds the cues of one field, with the context rules of
:mod:`watcher.core.cue_blocking` (negation, hedges, quotes, other events),
:mod:`watcher.core.cue_rules` (what a cue is about), :mod:`watcher.core.cue_names` (names and
named things), :mod:`watcher.core.cue_future` (tense) and the weak cues of a headline without a
cue of its own (:mod:`watcher.core.cue_headline`); :mod:`watcher.core.cue_tense` holds the rules
across a headline and its summary; and this one weighs the cues of both fields into a reading
and loads and extends the lexicons (:class:`Lexicon`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import cache

from watcher.core.cue_field import read_field
from watcher.core.cue_tense import across_fields, narrates_past
from watcher.core.cue_words import (
    DENIABLE,
    PHRASE_KEYS,
    RESCHEDULE_ASIDE_WINDOW,
    STATUSES,
    SUMMARY_WEIGHT,
    TITLE_WEIGHT,
    PhraseKeys,
    Spec,
    Words,
    cue_scores,
    top_status,
)
from watcher.core.cues_text import (
    PhraseSet,
    Token,
    Tokens,
    phrase_error,
    phrase_key,
    token_word,
    tokenize,
)
from watcher.core.features import is_year
from watcher.core.lexicon_files import builtin_specs, text_scripts
from watcher.core.text import HAS_CJK, language_code, tokens
from watcher.core.types import Cue, StatusReading, cue_fields
from watcher.errors import ConfigError

# a headline that opens on the time since something ("Un an après, le sommet d'Alaska annulé
# hante encore Zelensky", "A year on, ...", "Ein Jahr danach: ..."): it looks back (Lexicon.read)
_LOOK_BACK = re.compile(
    r"^\W*(?:(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|cent|\d+)\s+"
    r"(?:ans?|mois)\s+(?:après|apres|plus\s+tard)"
    r"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a\s+hundred|\d+)\s+"
    r"(?:years?|months?)\s+(?:on|later)"
    r"|(?:ein|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwanzig|fünfzig|hundert|\d+)"
    r"\s+(?:jahre?|monate?)\s+(?:danach|später)"
    # an anniversary's look back: "On this day in 2009: ... gig is cancelled", "Heute vor 15
    # Jahren: ...", "Il y a quinze ans, ...", "Ten years ago today, ..." (a user's review of
    # noisy feeds, session 47: the 2009 call-off was told as the reunion cancelled)
    r"|on\s+this\s+day(?:\s+in\s+(?:19|20)\d\d)?|this\s+day\s+in\s+(?:history|(?:19|20)\d\d)"
    r"|today\s+in\s+history|throwback|flashback|r[uü]ckblick|zeitreise"
    r"|\S+\s+years?\s+ago(?:\s+today)?|(?:heute\s+)?vor\s+\S+\s+jahren"
    r"|il\s+y\s+a\s+\S+\s+ans|c.[ée]tait\s+il\s+y\s+a\s+\S+\s+ans)\s*[,:]",
    re.IGNORECASE)
# participles of a new date set: "the rescheduled Wembley show sells out" names the occasion
# moved to a new day (a recap, no change of its own), so the plan it stands beside brings a
# called-off occasion back (a user's review, session 41: read as a new event of its own beside
# the cancelled show), unless the event was postponed before (``day_rules.by_the_days``). (The
# French "reprogrammé" is a plan's cue of its own in fr.toml.)
RESCHEDULED = frozenset({"rescheduled"})
# languages whose text a lexicon of another shares characters with (:meth:`Lexicon.read`)
_EAST_ASIAN = frozenset({"ja", "zh", "ko"})
# where a headline's label ends: "Factbox: ...", "EXPLAINER - ...", "Analyse | ...", "FACTBOX-..."
_LABEL_END = re.compile(r"\s*(?::|\s[-–—|]\s)\s*|(?<=[A-Z]{4})-(?=\S)")


# how near a summary's change cue a year makes it another edition's ("a 2020 series there was
# scrapped", "the 2020 series was cancelled in March"), in words of its clause
PAST_EDITION_REACH = 5


def _past_edition(cues: list[Cue], summary: str, s_toks: Tokens, year: int) -> list[Cue]:
    """``cues`` with a summary's cancellation or postponement blocked (recap) where its
    stretch of clause names an earlier year than the article's ("Mets and Phillies bring MLB
    back to London: ... the 2020 series was cancelled because of the pandemic"): an earlier
    edition's fate, told as background, as "after last year's cancellation" is (session 51,
    set 201). A comma ends the stretch: "La conférence, déjà repoussée en 2020, est reportée
    sine die" reports this year's postponement. The year is an edition's where an article or a
    preposition leads it ("the 2020 series", "in 2020"), not "seit 1945", "Expo 2020"."""
    toks = s_toks.toks
    out = []
    for c in cues:
        if c.field == "summary" and c.blocked is None and c.status in DENIABLE:
            at = next((i for i, t in enumerate(toks) if t.start >= c.start), None)
            if at is not None and any(
                    toks[j].clause == toks[at].clause and len(toks[j].w) == 4
                    and toks[j].w.isdigit() and 1900 < int(toks[j].w) < year
                    and j > 0 and toks[j - 1].w in _YEAR_LEADS
                    and not _BREAK.search(summary, min(toks[j].end, c.end),
                                          max(toks[j].start, c.start))
                    for j in range(max(at - PAST_EDITION_REACH, 0),
                                   min(at + PAST_EDITION_REACH + 1, len(toks)))):
                c = replace(c, blocked="recap")
        out.append(c)
    return out


_BREAK = re.compile(r"[,;:()\u2013\u2014]")
# the words a year of an edition follows: "the 2020 series", "a 2020 series", "in 2020",
# "l'édition 2020", "die Ausgabe 2020"; not "since 1945" (a point of reference), "Expo 2020" (a
# name), "with 2000 runners" (a number): a code review
_YEAR_LEADS = frozenset({
    "the", "a", "in", "of", "en", "de", "du", "des", "l", "le", "la", "les", "edition", "im",
    "jahr", "ausgabe", "auflage", "von", "vom", "der", "die", "das", "el", "los", "las", "del",
    "il", "nel", "di", "della", "edizione", "edicion", "its", "their", "sa", "son", "seine",
    "ihre",
})


class Lexicon:
    """Cue phrases per language and status; :meth:`read` classifies one item's text."""

    def __init__(self, specs: Mapping[str, Spec]) -> None:
        self._specs = dict(specs)
        self._engines = {lang: Words(spec) for lang, spec in self._specs.items()}
        # the scripts each lexicon is written in: a text with no letter of them holds none of
        # its phrases, and is not read with it (a Cyrillic lexicon skips Latin text; session 36)
        self._script = {
            lang: text_scripts(" ".join([*(p for ps in spec.phrases.values() for p in ps),
                                     *(w for ws in spec.markers.values() for w in ws)]))
            for lang, spec in self._specs.items()}
        words: set[str] = set()
        for e in self._engines.values():
            words |= e.clause_words
        self._clause_words = frozenset(words)
        # each function word's languages: a text's counts take one lookup per word, not one
        # per word and language (3.8 against 13.6 us a text with thirty lexicons)
        langs_of: dict[str, list[str]] = {}
        for code, e in self._engines.items():
            for w in e.function_words:
                langs_of.setdefault(w, []).append(code)
        self._langs_of = {w: tuple(codes) for w, codes in langs_of.items()}
        self._function_words = frozenset(self._langs_of)  # any language's
        self._reschedules = PhraseKeys(p for e in self._engines.values() for p in e.reschedules)
        self._asides = frozenset(w for e in self._engines.values() for w in e.reschedule_asides)
        self._joins = frozenset(w for e in self._engines.values() for w in e.reschedule_joins)
        # every language's defiance phrases in one set: a held reading is scanned once
        self._defiance = PhraseSet((p, "defiance") for spec in self._specs.values()
                                   for p in spec.markers.get("defiance", ()))
        self._stands = PhraseSet((p, "planned") for spec in self._specs.values()
                                 for p in spec.markers.get("stands", ()))
        # round 81: every language's plan phrases that say an occasion still goes on
        self._goes_on = PhraseKeys(p for spec in self._specs.values()
                                   for p in spec.markers.get("goes_on", ()))
        # every language's: a headline's time later that day is read whatever the language
        self._later_today = PhraseSet((p, "later") for spec in self._specs.values()
                                      for p in spec.markers.get("later_today", ()))
        # every language's: a headline that asks why explains, whatever the language
        self._labels = frozenset(" ".join(tokens(p)) for spec in self._specs.values()
                                 for p in spec.markers.get("labels", ()))
        self._explainers = PhraseSet((p, "why") for spec in self._specs.values()
                                     for p in spec.markers.get("explainers", ()))
        # every language's: a headline's move earlier (``read``: not a postponement)
        self._earlier = PhraseSet((p, "earlier") for spec in self._specs.values()
                                  for p in spec.markers.get("earlier_moves", ()))
        # every language's: a new attempt named makes a call-off a scrub (``_tried_again``)
        self._attempts = PhraseSet((p, "again") for spec in self._specs.values()
                                   for p in spec.markers.get("new_attempts", ()))
        # every language's: a headline's claim of unnamed sources ("sources claim")
        self._claims = PhraseSet((p, "claim") for spec in self._specs.values()
                                 for p in spec.markers.get("claims", ()))
        # every language's: a launch called off on the day is a scrub (``_scrubbed``)
        self._launches = PhraseSet((p, "launch") for spec in self._specs.values()
                                   for p in spec.markers.get("launch_nouns", ()))
        self._rockets = PhraseSet((p, "rocket") for spec in self._specs.values()
                                  for p in spec.markers.get("rocket_words", ()))
        # every language's: a building's opening called off is a delay (``_opening_put_off``)
        self._reopenings = PhraseSet((p, "opening") for spec in self._specs.values()
                                     for p in spec.markers.get("reopenings", ()))
        self._openings = PhraseSet((p, "opening") for spec in self._specs.values()
                                   for p in spec.markers.get("openings", ()))
        self._no_words = frozenset(w for spec in self._specs.values()
                                   for key in ("negators", "no_words")
                                   for p in spec.markers.get(key, ()) for w in tokens(p))
        # every language's "no" before a noun that is not a "without" ("kein", "geen", "pas
        # de", "no habrá"), folded, longest first: how a headline says an occasion is not
        # (``named_cues.named_call_off``)
        self.no_leads = tuple(sorted(
            {tuple(tokens(p)) for spec in self._specs.values()
             for p in spec.markers.get("no_words", ())
             if p not in spec.markers.get("noun_negators", ())},
            key=lambda lead: (-len(lead), lead)))
        # every language's: a party that breaks off talks, talks declared failed
        # (``named_cues.talks_broken_off``)
        self._talks_ended = PhraseSet((p, "ended") for spec in self._specs.values()
                                      for p in spec.markers.get("talks_ended", ()))
        self.talks_nouns = tuple(sorted({p for spec in self._specs.values()
                                         for p in spec.markers.get("talks_nouns", ())}))
        self._denied = PhraseSet((p, "denied") for spec in self._specs.values()
                                 for key in ("denials", "denials_after")
                                 for p in spec.markers.get(key, ()))
        # every language's: a headline that puts the occasion in doubt reports no status
        self._doubts = PhraseSet((p, "doubt") for spec in self._specs.values()
                                 for p in spec.markers.get("doubts", ()))
        self._doubts_defied = frozenset(" ".join(tokens(p)) for spec in self._specs.values()
                                        for p in spec.markers.get("doubts_defied", ()))

    @classmethod
    def builtin(cls) -> Lexicon:
        """The lexicons shipped with watcher (English, German, French, Spanish, Italian,
        Portuguese, Dutch, Polish, Czech, Slovak, Hungarian, Romanian, Turkish, Greek, Finnish,
        Swedish, Danish, Norwegian Bokmål, Russian, Ukrainian), compiled once."""
        return _builtin_lexicon()

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self._engines)

    def everyday(self, word: str) -> bool:
        """Is ``word`` (folded) a function word or a negator of one of the languages: a word
        nearly every article of that language has ("la", "non", "not")?"""
        return word in self._function_words or any(
            word in e.negators for e in self._engines.values())

    def extended(self, extra: Mapping[str, Mapping[str, Sequence[str]]]) -> Lexicon:
        """A new lexicon with the user's phrases added (``[cues.LANG]`` of the config).

        A new language gets the phrases only: no negation or modality rules, which need words
        of that language. A phrase the user lists under another status than a built-in list
        has takes it out of that list (of the same words, it would win or lose by the order of
        the statuses alone: "auf Eis gelegt" listed as cancelled stayed postponed, a user's
        review, session 44); "returning" only adds.
        """
        if not extra:
            return self
        specs = dict(self._specs)
        for lang, by_status in extra.items():
            code = language_code(lang) or lang
            base = specs.get(code, Spec({}, {}))
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
                mine = [str(item) for item in items]
                if status != "returning":
                    keys = set(map(phrase_key, mine))
                    for other in STATUSES:
                        if other != status and other in phrases:
                            phrases[other] = tuple(p for p in phrases[other]
                                                   if phrase_key(p) not in keys)
                phrases[status] = (*phrases.get(status, ()), *mine)
            specs[code] = Spec(phrases, base.markers, base.capitalised_nouns)
        return Lexicon(specs)

    def _scores(self, toks: Sequence[Token]) -> dict[str, int]:
        """Each language's count of its function words in ``toks``: what tells the language of
        a text. Each word is looked up once, with every language it is a function word of;
        :meth:`read` asks for the counts twice."""
        counts = dict.fromkeys(self._engines, 0)
        for codes in filter(None, map(self._langs_of.get, map(token_word, toks))):
            for code in codes:
                counts[code] += 1
        return counts

    def _languages(self, toks: Sequence[Token], lang: str | None,
                   scores: Mapping[str, int] | None = None) -> list[str]:
        """The lexicons to try first: the stated language unless the text's function words
        clearly say otherwise (feeds mislabel their language), else the detected one(s), else
        all of them. ``scores``: :meth:`_scores` of ``toks``, when known."""
        given = language_code(lang)
        if scores is None:
            scores = self._scores(toks)
        best = max(scores.values(), default=0)
        # Titles are short: only clear evidence overrides the stated language.
        if given in self._engines and (not self._engines[given].function_words or best < 2
                                       or scores[given] * 2 >= best):
            return [given]
        if best == 0:
            return list(self._engines)
        return [k for k, s in scores.items() if s == best]

    def _read_with(self, langs: Sequence[str], t_toks: Tokens, s_toks: Tokens,
                   present: dict[int, Cue] | None = None,
                   scripts: frozenset[str] | None = None,
                   dated: dict[int, Cue] | None = None) -> list[Cue]:
        """The cues of ``langs``' lexicons; ``present`` collects the held cues in the present
        of a field with no word of the past (:attr:`StatusReading.present_only`),
        ``dated`` those a time ahead made plans (:attr:`StatusReading.dated`), both by id and
        kept alive (a freed cue's id could be reused by another while the reading is made);
        ``scripts``, those of the text's letters: a lexicon written in none of them is
        skipped."""
        cues: list[Cue] = []
        for code in langs:
            if scripts is not None and not self._script[code] & scripts:
                continue
            engine = self._engines[code]
            t_tense: dict[str, list[Cue]] = {}
            s_tense: dict[str, list[Cue]] = {}
            found = [*read_field(engine, t_toks, "title", TITLE_WEIGHT, title=t_toks,
                                 tense=t_tense, opening=s_toks),
                     *read_field(engine, s_toks, "summary", SUMMARY_WEIGHT, title=t_toks,
                                 tense=s_tense)]
            cues += across_fields(engine, found, t_toks, s_toks, t_tense, s_tense)
            now = (*t_tense.get("present", ()), *s_tense.get("present", ()))
            if present is not None and now and not (
                    t_tense.get("past") or s_tense.get("past")
                    or narrates_past(engine, t_toks) or narrates_past(engine, s_toks)):
                present.update((id(c), c) for c in now)
            if dated is not None:
                dated.update((id(c), c) for t in (t_tense, s_tense)
                             for c in t.get("ahead", ()))
        return cues

    def read(self, title: str, summary: str, lang: str | None,
             year: int | None = None) -> StatusReading:
        """The status ``title`` and ``summary`` report (None when no cue counts), with every
        cue found. ``year``: the year the article ran, when known (:func:`_past_edition`)."""
        t_toks = tokenize(title or "", self._clause_words)
        s_toks = tokenize(summary or "", self._clause_words)
        toks = t_toks.toks + s_toks.toks
        evident = self._scores(toks)
        first = langs = self._languages(toks, lang, evident)
        present: dict[int, Cue] = {}
        dated: dict[int, Cue] = {}
        scripts = text_scripts(title or "") | text_scripts(summary or "")
        cues = self._read_with(first, t_toks, s_toks, present, scripts, dated)
        if not cues and not (len(first) == 1 and first[0] in _EAST_ASIAN and (
                HAS_CJK.search(title or "") or HAS_CJK.search(summary or ""))):
            # a wrong or undetectable language: the other lexicons may know better,
            # unless the text is plainly in the first one, and neither stated nor at least half
            # as evident in them ("Tesla halts Berlin plant ...": English, where German "plant"
            # is no plan; "Vakbond dreigt met staking": Dutch, where "met" is "with"). Not a
            # Japanese, Chinese or Korean text read in its language: the others share its
            # characters, and their "中止" would undo the Japanese "中止しない" (a code review)
            others = [k for k in self._engines if k not in first]
            stated = language_code(lang)
            seen = evident[first[0]] if len(first) == 1 else 0
            if seen >= 2:
                others = [k for k in others if k == stated or evident[k] * 2 > seen]
            cues, langs = self._read_with(others, t_toks, s_toks, present, scripts,
                                          dated), others
        if year is not None:
            cues = _past_edition(cues, summary or "", s_toks, year)
        cues.sort(key=_cue_order)
        if self._explains(t_toks):
            cues = [replace(c, blocked="explainer") if c.blocked is None else c for c in cues]
        elif self._labelled(title or ""):
            cues = [replace(c, blocked="background") if c.blocked is None else c for c in cues]
        doubted = self._doubted(t_toks, cues)
        if doubted:
            cues = [replace(c, blocked="doubt") if c.blocked is None else c for c in cues]
        claimed = {f for f, t in (("title", t_toks), ("summary", s_toks))
                   if self._claims.any_in(t.toks, 0, len(t.toks)) is not None}
        if "title" in claimed:  # the summary tells the headline's claim
            claimed.add("summary")
        if claimed:
            # "Trump-Xi Geneva summit is OFF, sources claim", "Laut Insidern hat Trump das
            # Treffen abgesagt": a change that unnamed sources claim is a rumour, no report of
            # it (a user's breaking-news day, session 46)
            cues = [replace(c, blocked="modality") if (c.blocked is None and c.field in claimed
                                                       and c.status in DENIABLE) else c
                    for c in cues]
        if _LOOK_BACK.match(title or ""):
            # "Un an après, le sommet d'Alaska annulé hante encore Zelensky": the change a
            # headline that looks back names is the past it looks back on (DESIGN's own
            # example, still read cancelled in French: a user's review); "a year on, the
            # strike goes on" keeps its present
            cues = [replace(c, blocked="recap") if (c.blocked is None and c.field == "title"
                                                    and c.status in DENIABLE) else c
                    for c in cues]
        if self._rescheduled(cues, s_toks) or self._off_then_moved(cues, t_toks):
            # the headline's "called off" is a move
            cues = [replace(c, status="postponed")
                    if c.field == "title" and c.status == "cancelled" and c.blocked is None
                    else c for c in cues]
        scores = cue_scores(cues)
        later = self._later_today.any_in(t_toks.toks, 0, len(t_toks.toks)) is not None
        if not scores:
            return StatusReading(None, 0.0, tuple(cues), False, later_today=later,
                                 doubted=doubted)
        status = top_status(scores)
        if status == "planned":
            status = _headline_change(cues) or status
        if status in DENIABLE and "title" in cue_fields(cues, status):
            stands = self._stands_in(s_toks, langs)
            if stands is not None:  # "BTS cancel Seoul concerts" over "the rest of the tour
                # is unaffected": a part changed, the event stands
                cues = sorted((*cues, stands), key=_cue_order)
                status = "planned"
                scores["planned"] = max(scores.get("planned", 0.0), stands.weight)
        if status in DENIABLE and self._other_goes_on(cues, status, t_toks, langs):
            # "le concert annulé, la commémoration maintenue": one part is off, another
            # occasion the headline names goes on
            status = _switched(scores, status, "planned")
        if (status == "postponed" and not any(c.field == "title" and c.status == "postponed"
                                              and c.blocked is None for c in cues)
                and self._earlier.any_in(t_toks.toks, 0, len(t_toks.toks)) is not None):
            # "Australian MotoGP race brought forward a day as strong winds loom" over
            # "organisers moved the race to Saturday": the summary's move is the headline's,
            # earlier; the occasion is on (set 152)
            status = _switched(scores, status, "planned")
        if status == "cancelled" and (self._tried_again(t_toks, s_toks)
                                      or self._scrubbed(title or "", t_toks, s_toks)
                                      or self._opening_put_off(cues, t_toks, langs)):
            # "SpaceX sagt Starship-Start in letzter Minute ab" over "Ein neuer Versuch sei
            # frühestens in zwei Tagen möglich": a scrub, the attempt is to come. The call-off
            # is the postponement (a headline's, not only a summary's: ``confirm.summary_only``)
            status = _switched(scores, status, "postponed")
            cues = [replace(c, status="postponed") if c.status == "cancelled" and c.blocked is None
                    else c for c in cues]
        returning = status == "planned" and any(
            (c.returning and c.blocked is None)
            or (c.blocked == "recap" and c.phrase in RESCHEDULED) for c in cues)
        if status == "held":  # held in defiance of a ban: the called-off event took place
            returning = any(self._defiance.any_in(t.toks, 0, len(t.toks)) is not None
                            for t in (t_toks, s_toks))
        tentative = all(c.derived for c in cues if c.blocked is None and c.status == status)
        present_only = status == "held" and all(
            id(c) in present for c in cues if c.blocked is None and c.status == "held")
        on_days = status == "planned" and all(
            id(c) in dated for c in cues if c.blocked is None and c.status == "planned")
        return StatusReading(status, scores[status], tuple(cues), returning, tentative, later,
                             present_only, dated=on_days)

    def talks_ended(self, title: str) -> tuple[int, int] | None:
        """Where ``title`` says talks were broken off or declared failed ("FDP bricht
        Jamaika-Sondierungen ab", "le syndicat rompt les négociations salariales"), as a
        character span, or None. No status of its own: such talks are mostly the background of
        a strike or a deal (``neutral``); they are the news only for a watch that follows the
        talks (``named_cues.talks_broken_off``)."""
        toks = tokenize(title or "", self._clause_words).toks
        hit = self._talks_ended.any_in(toks, 0, len(toks))
        if hit is None:
            return None
        return toks[hit.start].start, toks[hit.end - 1].end

    def _tried_again(self, t_toks: Tokens, s_toks: Tokens) -> bool:
        """Does the article name a new attempt ("new attempt", "next opportunity", "neuer
        Versuch", "nouvelle tentative"), not denied ("no new attempt this year")? A call-off
        with one to come is a scrub: postponed (session 42, set 154: four launches called off
        on the day, "SpaceX sagt Starship-Start in letzter Minute ab", "Hydrogen leak forces
        NASA to call off second Artemis moon launch try", were told cancelled)."""
        for t in (t_toks, s_toks):
            toks = t.toks
            for i in self._attempts.starts(toks):
                if self._attempts.best_at(toks, i) is None:
                    continue
                clause = toks[i].clause
                near = {x.w for x in (*toks[max(0, i - 4):i], *toks[i + 2:i + 6])
                        if x.clause == clause}  # "kein neuer Versuch", "... nicht geben"
                if not near & self._no_words and self._denied.any_in(
                        toks, i - 4, i + 8, clause=clause) is None:  # "... ist ausgeschlossen"
                    return True
        return False

    def _scrubbed(self, headline: str, t_toks: Tokens, s_toks: Tokens) -> bool:
        """Does an article call off a launch ("South Korea calls off Naro rocket launch", "New
        Glenn: Erststart kurzfristig abgesagt", "le lancement du satellite CSO-3 annulé à la
        dernière minute") of a rocket it names ("rocket", "Rakete", "fusée", "liftoff")? Only a
        headline's launch: "NASA cancels VIPER moon rover mission" over "will not launch on a
        rocket" is a mission scrapped. A launch called off is a scrub: the rocket stays on its pad
        and flies another day, whatever the verb (session 46: six such headlines of the
        tuning sets, every one labelled postponed, were told cancelled). A product's launch
        ("calls off iPhone launch event") names no rocket."""
        title = t_toks.toks
        if (self._launches.any_in(title, 0, len(title)) is None
                and not _HYPHEN_START.search(headline)):  # "Angara-Start geplatzt"
            return False
        return any(self._rockets.any_in(t.toks, 0, len(t.toks)) is not None
                   for t in (t_toks, s_toks))

    def _opening_put_off(self, cues: Sequence[Cue], t_toks: Tokens,
                         langs: Sequence[str]) -> bool:
        """Does a headline call off the opening of a building, a line or an airport ("BER-
        Eröffnung am 3. Juni geplatzt", "Cologne opera reopening called off at short notice",
        "La Bourse de Commerce renonce à ouvrir en janvier")? A reopening always, an opening
        when the headline dates it (a time ahead, a year): the place opens later, so the call-off
        is a delay (session 72: twelve such headlines of the labelled sets, every one labelled
        postponed, were told cancelled). Not an opening ceremony, gala or night ("Eröffnung in
        Galway abgesagt", "La Scala cancels its Dec. 7 opening"), which names no date or no
        such word."""
        if not any(c.field == "title" and c.status == "cancelled" and c.blocked is None
                   for c in cues):
            return False
        toks = t_toks.toks
        if self._reopenings.any_in(toks, 0, len(toks)) is not None:
            return True
        return self._openings.any_in(toks, 0, len(toks)) is not None and (
            any(is_year(t.w) for t in toks)
            or any(self._engines[code].future_dates.any_in(toks, 0, len(toks)) is not None
                   for code in langs))

    def _labelled(self, title: str) -> bool:
        """Does the headline open with a label for a piece that reports no news of its own
        ("Factbox: Trump-Zelensky summit plans since January", "EXPLAINER - ...", "Hintergrund:
        ...", "Décryptage : ...")? Its cues recap or weigh what others reported: a timeline's
        "announced on March 1 and postponed on March 5" read as the summit planned again (a
        user's review). None of its cues counts ("background"). Labelled sets: unchanged
        (their few labelled pieces read no status anyway)."""
        head = _LABEL_END.split(title, maxsplit=1)
        if len(head) < 2 or len(head[0]) > 40:
            return False
        return " ".join(tokens(head[0])) in self._labels

    def _explains(self, t_toks: Tokens) -> bool:
        """Does a clause of the headline open by asking why, or what something means for or
        reveals about another ("Warum jedes NFL-Spiel in Deutschland binnen Minuten ausverkauft
        ist", "Why so many concerts are being postponed this year", "What Airshow China reveals
        about Beijing's drone ambitions", "Ligue 1 : pourquoi ...")? Such a piece explains a
        state of things already known, often of many occasions, and reports no status of its
        own: none of its cues, in the headline or the summary, counts ("explainer"). Round 64:
        tuning 369 / 575 -> 367 / 575."""
        toks = t_toks.toks
        return any((i == 0 or toks[i - 1].clause != toks[i].clause)
                   and self._explainers.best_at(toks, i) is not None
                   for i in self._explainers.starts(toks))

    def _doubted(self, t_toks: Tokens, cues: Sequence[Cue]) -> bool:
        """Does the headline put the occasion in doubt ("Ireland v Italy Six Nations match in
        doubt over coronavirus", "Typhoon Hagibis puts Rugby World Cup weekend in doubt",
        "Les marchés de Noël de Vienne sur la sellette"), with no status of its own that
        counts, and not as a doubt defied ("goes ahead despite doubts") or denied ("Wembley
        final not at risk": ``doubts_defied`` holds both, session 65)? Such a piece weighs
        what may happen: its summary's details (a minister's advice that it "should not go
        ahead", the date it was due on) report no status, and its day ahead is no plan
        (``StatusReading.doubted``, ``day_rules.by_the_days``). Session 42 (set
        152: six such headlines alerted planned or cancelled). A doubt phrase may hold the
        change it doubts ("au bord de l'annulation": "au bord de" alone is also "au bord du
        lac"): a cue inside it is the doubt's."""
        toks = t_toks.toks
        for i in self._doubts.starts(toks):
            hit = self._doubts.best_at(toks, i)
            if hit is None:
                continue
            before = " " + " ".join(t.w for t in toks[max(0, i - 4):i]
                                    if t.clause == toks[i].clause) + " "
            if any(f" {d} " in before for d in self._doubts_defied):  # "in spite of"
                continue
            lo, hi = toks[i].start, toks[hit.end - 1].end
            if not any(c.field == "title" and c.blocked is None
                       and not (lo <= c.start and c.end <= hi) for c in cues):
                return True
        return False

    def _other_goes_on(self, cues: Sequence[Cue], status: str, t_toks: Tokens,
                       langs: Sequence[str]) -> bool:
        """Round 81: does the headline set against its change an occasion that goes on, in a
        clause of its own that names an event ("Verdun : le concert de Black M annulé, la
        commémoration du centenaire maintenue", "King Charles's France leg postponed; Germany
        trip goes ahead")? A headline that contrasts the two parts puts its news on the one
        that stands: the change is the aside. Without an event noun in that clause the going
        on is a substitute or a detail of the change ("Lyon maintient les lumignons"), and a
        phrase that only dates ("now set for 5 August") is no contrast: only the lexicons'
        ``goes_on`` phrases count."""
        toks = t_toks.toks
        clause_at = {t.start: t.clause for t in toks}
        title = [c for c in cues if c.field == "title" and c.blocked is None]
        changed = {clause_at.get(c.start) for c in title if c.status == status}
        engines = [self._engines[k] for k in langs]
        for c in title:
            clause = clause_at.get(c.start)
            if c.status != "planned" or c.phrase not in self._goes_on or clause in changed:
                continue
            if any(e.event_nouns.any_in(toks, 0, len(toks), clause=clause) is not None
                   for e in engines):
                return True
        return False

    def _stands_in(self, s_toks: Tokens, langs: Sequence[str]) -> Cue | None:
        """A summary's word that the event itself, the rest of it, goes on ("the rest of the
        tour is unaffected", "Das Fest selbst findet trotzdem statt", "le reste de la tournée
        est maintenu"), as a planned cue: not negated in its clause, not hedged or asked in its
        sentence ("it is unclear whether the rest of the tour will go ahead"), not what was
        said before ("after saying the festival itself would go ahead"). Those are looked for
        in the words before the phrase and in its gaps, never in its own words ("itself will
        go ahead", "selbst ist nicht betroffen"), and in the languages the text was read in
        (German "will" is an intent, English "will" no hedge)."""
        engines = [self._engines[k] for k in langs]
        toks = s_toks.toks
        for i in self._stands.starts(toks):  # the words that may begin such a phrase
            tok = toks[i]
            hit = self._stands.best_at(toks, i)
            if hit is None:
                continue
            before = range(max(i - 8, 0), i)
            if any(toks[j].w in e.negators and toks[j].clause == tok.clause
                   for e in engines for j in (*before[-4:], *hit.gaps)):
                continue
            if tok.sent_q or any(
                    toks[j].sent == tok.sent and (e.modals.best_at(toks, j)
                                                  or e.intents.best_at(toks, j))
                    for e in engines for j in (*before, *hit.gaps)):
                continue
            if any(e.other_conjs.any_in(toks, i - 4, i, clause=tok.clause) is not None
                   for e in engines):
                continue
            return Cue(status="planned", phrase=hit.phrase.text, field="summary",
                       start=tok.start, end=toks[hit.end - 1].end, weight=SUMMARY_WEIGHT)
        return None

    def _rescheduled(self, cues: list[Cue], s_toks: Tokens) -> bool:
        """Does a summary give the event its headline calls off a new date ("Bayern vs. Union
        called off" over "will be rescheduled"; "Derby abgesagt" over "verlegt; ein Nachholtermin
        steht noch nicht fest")? Called off on the day, it is moved: a postponement. Not when
        the summary calls it off too ("reportée puis finalement annulée"), nor for a move it
        tells as history or of another thing ("Déjà repoussé à l'automne", "Auch die
        Neuinszenierung wird verschoben")."""
        counted = [c for c in cues if c.blocked is None and not c.derived]
        summary = [c for c in counted if c.field == "summary"]
        if ({c.status for c in counted if c.field == "title"} != {"cancelled"}
                or any(c.status == "cancelled" for c in summary)):
            return False
        toks = s_toks.toks
        starts = {t.start: i for i, t in enumerate(toks)}
        for c in summary:
            i = starts.get(c.start)
            if c.phrase in self._reschedules and i is not None and not any(
                    toks[j].w in self._asides and toks[j].sent == toks[i].sent
                    for j in range(max(i - RESCHEDULE_ASIDE_WINDOW, 0), i)):
                return True
        return False

    def _off_then_moved(self, cues: list[Cue], t_toks: Tokens) -> bool:
        """Does a headline call an event off and give it a date to come in the same breath
        ("Match called off, new date to be confirmed", "Konzert abgesagt – neuer Termin offen",
        "Gipfel abgesagt und verschoben")? Then it is moved. Only a move the lexicons list as a
        reschedule counts, right after the last call-off (nothing between but punctuation, "and"
        or the words of other cues) and not told as history ("Le Grand Prix annulé, déjà reporté
        en 2020"): the review of round 42 found a looser rule wrong four times in five on
        headlines that name two things ("Parade cancelled, fireworks to be rescheduled",
        "Streik abgesagt, Gespräche verschoben", "cancelled after being postponed twice")."""
        title = [c for c in cues if c.field == "title" and c.blocked is None and not c.derived]
        # a new date listed as a reschedule is a move too ("Konzert abgesagt – Nachholtermin am
        # Montag": the make-up date reads as a return, planned; session 39)
        moves = [c for c in title if c.status == "postponed"
                 or (c.returning and c.phrase in self._reschedules)]
        if {c.status for c in title if c not in moves} != {"cancelled"} or not moves:
            return False
        off_end = max(c.end for c in title if c.status == "cancelled")
        if min(c.start for c in moves) < off_end:
            return False  # moved first, then called off: "reportée puis finalement annulée"
        toks = t_toks.toks
        covered = {i for c in cues if c.field == "title"
                   for i, t in enumerate(toks) if c.start <= t.start < c.end}
        for c in moves:
            if c.phrase not in self._reschedules or _attributive(toks, c):
                continue
            between = [i for i, t in enumerate(toks) if off_end <= t.start < c.start]
            if all(i in covered or toks[i].w in self._joins for i in between) and not any(
                    toks[i].w in self._asides for i in between):
                return True
        return False


def _attributive(toks: Sequence[Token], cue: Cue) -> bool:
    """Is a one-word move cue the attribute of what the word before it acts on, right after
    that verb and before its noun ("Leipzig Book Fair scraps rescheduled spring show": the
    rescheduled show is what is called off, set 160)? Only a single space apart: a dash or a
    comma between ("abgesagt - verschoben", "called off, rescheduled") is a second statement."""
    j = next((i for i, t in enumerate(toks) if t.start == cue.start), None)
    if j is None or j == 0 or j + 1 >= len(toks) or toks[j].end != cue.end:
        return False
    before, word, after = toks[j - 1], toks[j], toks[j + 1]
    return (word.start - before.end == 1 and not word.dash and not after.dash
            and before.clause == word.clause == after.clause
            and after.start - word.end == 1 and after.w.isalpha())


def _headline_change(cues: list[Cue]) -> str | None:
    """The postponement or cancellation a headline reports, when its summary outweighs it only
    with plans: a summary recaps the plan a change is about ("UN Ocean Conference postponed"
    over "The conference, set for June 2 to 6, will be held at a later date")."""
    title = {c.status for c in cues if c.blocked is None and c.field == "title"}
    changes = title & {"postponed", "cancelled"}
    if len(changes) == 1 and title == changes:
        return changes.pop()
    return None


@cache
def _builtin_lexicon() -> Lexicon:
    return Lexicon(builtin_specs())


# a German compound's launch: "Angara-Start", "Starship-Start" (a word of its own in no lexicon)
_HYPHEN_START = re.compile(r"\w-start\b", re.IGNORECASE)


def _switched(scores: dict[str, float], status: str, new: str) -> str:
    """``new``, given at least ``status``'s weight in ``scores``: a rule that reads the winning
    cues as another status (a part changed while the occasion goes on, a move earlier, a
    scrub)."""
    scores[new] = max(scores.get(new, 0.0), scores[status])
    return new


def _cue_order(c: Cue) -> tuple[bool, int]:
    """Headline cues first, each field's in the order they stand."""
    return c.field != "title", c.start
