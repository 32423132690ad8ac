"""Weak cues of a headline that has no cue of its own.

"Stichwahl am Sonntag", "No Carnival in Trinidad and Tobago in 2021", "Finland to join NATO on
Tuesday", "OpenAI présentera GPT-5 jeudi", "Tech giants sign safety pledges at Seoul AI summit":
a headline that names an event with a day ahead, opens with "no" and an occasion, puts an
infinitive or a future after its subject, or tells what someone does at an event reports a
status without a phrase of the lexicon. These readers give such a headline a weak cue, blocked as
any cue would be. Every function takes ``lang``, one language's compiled words
(:class:`~watcher.core.cue_words.Words`).
"""

from __future__ import annotations

from collections.abc import Sequence

from watcher.core.cue_blocking import why_blocked
from watcher.core.cue_future import purpose
from watcher.core.cue_words import (
    AT_EVENT_WEIGHT,
    DATED_EVENT_GAP,
    DATED_WEIGHT,
    HEADLINE_SUBJECT,
    NO_HEAD,
    VERB_ENDINGS,
    Words,
)
from watcher.core.cues_text import Hit, Phrase, Token, Tokens
from watcher.core.features import is_year
from watcher.core.types import Cue


def names_event(lang: Words, tokens: Tokens) -> bool:
    """Does the text name an event (a headline's "G7 summit" for its summary's cues)?"""
    return lang.event_nouns.any_in(tokens.toks, 0, len(tokens.toks)) is not None


def leads_with_event(lang: Words, tokens: Tokens) -> bool:
    """Does the text's first sentence name an event that comes back itself ("Europe's
    biggest games fair returns to physical halls", "füllt sich das Eisstadion wieder zum
    Turnier")? One of ``comeback_words`` in the event noun's clause, after it where nouns are
    not capitalised (German puts the verb first): an event named beside someone else's
    return ("Messi is back" over "... for the final") is not the one back (a code review)."""
    toks = tokens.toks
    if not toks or not lang.comeback_words:
        return False
    first = toks[0].sent
    end = next((i for i, t in enumerate(toks) if t.sent != first), len(toks))
    for j in range(end):
        noun = lang.event_nouns.best_at(toks, j)
        if noun is None:
            continue
        clause = toks[j].clause
        lo = 0 if lang.spec.capitalised_nouns else noun.end
        if any(t.w in lang.comeback_words and t.clause == clause for t in toks[lo:end]):
            return True
    return False


def at_event(lang: Words, tokens: Tokens, weight: float) -> list[Cue]:
    """ "Messi names Icon of the Seas at Miami ceremony", "Tech giants sign safety pledges
    at Seoul AI summit": an English headline with no cue of its own that tells, in the
    present of headlines, what someone does at an event (``at_preps`` and an event noun)
    reports the event under way (weak evidence: any cue of its summary outweighs it). Not
    with a time ahead, an infinitive, a future or a hedge before it in its clause
    ("expected to step down at the congress", "unlikely to be signed at Rio summit", "EU
    seeks to revive ties at CELAC summit") (round 67)."""
    toks = tokens.toks
    for i in range(1, len(toks) - 1):
        if toks[i].w not in lang.at_preps:
            continue
        clause = toks[i].clause
        noun = lang.event_nouns.any_in(toks, i + 1, i + 1 + DATED_EVENT_GAP, clause=clause)
        if noun is None:
            continue
        lead = [j for j in range(i) if toks[j].clause == clause]
        if not lead or any(
                toks[j].w in lang.infinitives or toks[j].w in lang.future_words
                or lang.modals.best_at(toks, j) or lang.intents.best_at(toks, j)
                or lang.future.best_at(toks, j) or lang.modals_after.best_at(toks, j)
                for j in range(lead[0], len(toks)) if toks[j].clause == clause):
            return []
        if lang.future_dates.any_in(toks, 0, len(toks)) is not None:
            return []
        hit = Hit(noun.phrase, i, noun.end, ())
        return [Cue(status="held", phrase=f"at ... {noun.phrase.text}", field="title",
                    start=toks[i].start, end=toks[noun.end - 1].end,
                    weight=weight * AT_EVENT_WEIGHT,
                    blocked=why_blocked(lang, tokens, hit, intent_ok=False))]
    return []


def dated_event(lang: Words, tokens: Tokens, weight: float) -> list[Cue]:
    """ "Stichwahl am Sonntag", "grève le 28 septembre", "vote on Tuesday": a headline with
    no cue of its own that names an event with a day or date after it announces it (weak
    evidence: a summary reporting the day itself outweighs it). English also puts the day
    before the noun, in the genitive ("Sunday's referendum")."""
    toks = tokens.toks
    if not lang.future_dates:
        return []
    for j in lang.event_nouns.starts(toks):
        noun = lang.event_nouns.best_at(toks, j)
        if noun is None:
            continue
        clause = toks[noun.start].clause
        date = lang.future_dates.any_in(toks, noun.end, noun.end + DATED_EVENT_GAP,
                                        clause=clause)
        if date is None:
            # "Sunday's referendum", "Friday's constitutional vote": a day in the genitive
            # (apostrophe split off as "s"), at most one word before the noun
            for g in (noun.start - 1, noun.start - 2):
                if g > 0 and toks[g].w == "s" and toks[g].clause == clause:
                    pre = lang.future_dates.any_in(toks, g - 2, g, end_by=g, clause=clause)
                    if pre is not None and pre.end == g:
                        return [weak_plan(
                            lang, tokens, Hit(noun.phrase, pre.start, noun.end, ()),
                            f"{pre.phrase.text} s {noun.phrase.text}", weight)]
            continue
        if any(lang.past.best_at(toks, k) for k in range(noun.end, date.start)):
            continue
        return [weak_plan(lang, tokens, Hit(noun.phrase, noun.start, date.end, ()),
                          f"{noun.phrase.text} ... {date.phrase.text}", weight)]
    return []


def none_this_time(lang: Words, tokens: Tokens, weight: float) -> list[Cue]:
    """ "No Thaipusam procession at Batu Caves this year", "Kein Rio-Karneval 2021", "Pas de
    Grand Prix des Pays-Bas en 2020": a headline with no cue of its own that opens with "no"
    and an occasion and names the time it would have come (a year, this year or season, a
    month or a weekday) calls it off, however long the name between them ("No 10 insists"
    opens with a number, not a "no"). Not when the time is another's ("No departures during
    Wednesday's strike") or a limit ("Pas de réouverture avant mi-février": a delay)."""
    toks = tokens.toks
    no = lang.no_words.best_at(toks, 0) if toks else None
    if no is None or no.end >= len(toks) or toks[no.end].w.isdigit():
        return []
    clause = toks[0].clause
    # what "no" negates is an occasion ("No Thaipusam procession", "Kein Rio-Karneval"),
    # named before any function word: not "No tickets left for Glastonbury 2024", "Keine
    # Einigung im Tarifstreit am Montag", "Aucune surprise aux Césars 2024"
    head = []
    for j in range(no.end, min(no.end + NO_HEAD, len(toks))):
        if toks[j].w in lang.function_words or toks[j].clause != clause:
            break
        head.append(j)
    if not head or lang.event_nouns.any_in(toks, head[0], head[-1] + 1,
                                           end_by=head[-1] + 1) is None:
        return []
    for j in range(no.end + 1, len(toks)):
        if toks[j].clause != clause:
            break
        w = toks[j].w
        if w in lang.no_stops:
            return []  # "No departures during the strike", "pas de ... avant mi-février"
        when = lang.this_time.best_at(toks, j) or lang.future_dates.best_at(toks, j)
        end = j + 1 if is_year(w) else when.end if when is not None else None
        if end is not None:
            hit = Hit(no.phrase, 0, end, ())
            return [Cue(status="cancelled", phrase=f"{no.phrase.text} ... {w}",
                        field="title", start=toks[0].start, end=toks[end - 1].end,
                        weight=weight, blocked=why_blocked(lang, tokens, hit, intent_ok=False))]
    return []


def weak_plan(lang: Words, tokens: Tokens, hit: Hit, text: str, weight: float) -> Cue:
    """The weak planned cue of a headline without a cue of its own (a dated event, an
    infinitive, a future verb), spanning ``hit``; blocked as any cue would be."""
    toks = tokens.toks
    return Cue(status="planned", phrase=text, field="title", start=toks[hit.start].start,
               end=toks[hit.end - 1].end, weight=weight * DATED_WEIGHT,
               blocked=why_blocked(lang, tokens, hit, intent_ok=True))


def headline_infinitive(lang: Words, tokens: Tokens, weight: float) -> list[Cue]:
    """ "Finland to join NATO on Tuesday", "Moscow court to hear bid", "Croatia to open
    Pelješac Bridge": a headline whose subject is followed by an infinitive tells what is
    to come, whatever the verb (weak evidence, as for a dated event), when it names an
    event or a day ahead ("Macy's to close 150 stores" does not). Only a subject of
    names and nouns before it: a verb there ("votes to impeach", "urges Europe to help",
    "nations agree to protect", "forced her to cancel") makes the infinitive a purpose or
    an object, and what it reports has happened."""
    toks = tokens.toks
    at = next((j for j, t in enumerate(toks) if t.w in lang.infinitives), None)
    if at is None or at == 0 or at + 1 >= len(toks):
        return []
    verb = at + 2 if toks[at + 1].w == "be" and at + 2 < len(toks) else at + 1
    after, clause = toks[verb], toks[at].clause  # "Gorbachev to be buried on Saturday"
    if lang.no_verb(after) or after.clause != clause:
        return []
    subject = [t for t in toks[:at] if t.clause == clause]
    lead = at - len(subject)  # index of the subject's first word
    if not subject or len(subject) > HEADLINE_SUBJECT or purpose(lang, toks, at):
        return []
    for j, t in enumerate(subject):
        if not t.cap and (
                t.w in lang.past_aux or t.w in lang.negators or t.w in lang.modal_words
                or lang.future.best_at(toks, lead + j) is not None
                or (len(t.w) > 3 and t.w.endswith(VERB_ENDINGS) and not t.w.endswith("ss"))):
            return []
    if not (names_event(lang, tokens) or lang.future_dates.any_in(toks, at, len(toks))):
        return []  # "Ishiba to step down", "Toblerone to drop the Matterhorn": no event
    if value_or_thing(lang, toks, verb + 1):
        return []  # "Disney+ to raise prices again in October": a price, no occasion
    text = f"{toks[at].w} {after.w}"
    return [weak_plan(lang, tokens, Hit(Phrase(text, "planned", ()), at, verb + 1, ()), text,
                      weight)]


def headline_future(lang: Words, tokens: Tokens, weight: float) -> list[Cue]:
    """ "OpenAI présentera GPT-5 jeudi", "Gorbatschow wird am Samstag beigesetzt", "Biden
    will attend the summit": a headline whose verb is in the future (a French future
    ending, a future auxiliary) tells what is to come, whatever the verb, when it names an
    event or a day ahead (weak evidence, as for a dated event)."""
    toks = tokens.toks
    at = next((j for j, t in enumerate(toks) if not t.cap and (
        t.w in lang.future_words or (len(t.w) >= 4 and t.w.endswith(lang.future_endings)
                                     and t.w not in lang.future_stops))), None)
    if at is None or not (names_event(lang, tokens)
                          or lang.future_dates.any_in(toks, 0, len(toks))):
        return []
    if toks[at].w in lang.present_passive and becomes(lang, toks, at):
        return []  # "Showgirls wird zum Kultfilm", "Tickets werden teurer": nothing ahead
    none_to_come = future_none(lang, tokens, at, weight)
    if none_to_come is not None:
        return [none_to_come]
    if value_or_thing(lang, toks, at + 1):
        return []  # "Le passe Navigo passera à 84,10 euros en janvier": a new price
    text = toks[at].w
    return [weak_plan(lang, tokens, Hit(Phrase(text, "planned", ()), at, at + 1, ()), text,
                      weight)]


def future_none(lang: Words, tokens: Tokens, at: int, weight: float) -> Cue | None:
    """ "Es wird keine Loveparade mehr geben", "There will be no carnival parade", "Il n'y
    aura pas de défilé": a future verb followed by "no" and an occasion says the occasion
    will not be: its call-off (set 161: the Love Parade's end read planned). Not "without"
    ("wird ohne Zuschauer stattfinden"), nor a "no" before anything but an occasion ("es
    wird keine Tickets geben")."""
    toks = tokens.toks
    clause = toks[at].clause
    for j in range(at + 1, min(at + 3, len(toks))):
        no = lang.no_words.best_at(toks, j)
        if no is None or no.phrase.text in lang.noun_negators:
            if toks[j].clause != clause:
                break
            continue
        # English opens a clause at "no" ("there will be | no parade")
        head, clause = [], toks[j].clause
        for k in range(no.end, min(no.end + NO_HEAD, len(toks))):
            if toks[k].w in lang.function_words or toks[k].clause != clause:
                break
            head.append(k)
        noun = lang.event_nouns.any_in(toks, head[0], head[-1] + 1,
                                       end_by=head[-1] + 1) if head else None
        # the occasion ends what "no" negates, but for "more" or, in a language that puts the
        # verb last and capitalises its nouns, the clause's last word in lower case ("keine
        # Loveparade mehr geben"): "no festival tickets", "no summit breakthrough", "keine
        # Gipfel-Einigung" negate a thing (a code review)
        if noun is None or not all(
                toks[k].w in _NO_MORE or (lang.spec.capitalised_nouns and not toks[k].cap
                                          and _ends_clause(toks, k))
                for k in range(noun.end, head[-1] + 1)):
            continue
        hit = Hit(no.phrase, at, head[-1] + 1, ())
        return Cue(status="cancelled", phrase=f"{toks[at].w} {no.phrase.text} ...",
                   field="title", start=toks[at].start, end=toks[head[-1]].end,
                   weight=weight, blocked=why_blocked(lang, tokens, hit, intent_ok=False))
    return None


# after the occasion "no" negates: "keine Loveparade mehr", "no parade any more", "plus de"
_NO_MORE = frozenset({"mehr", "more", "longer", "again", "wieder", "plus", "anymore"})


def _ends_clause(toks: Sequence[Token], k: int) -> bool:
    """Is ``toks[k]`` the last word of its clause?"""
    return k + 1 == len(toks) or toks[k + 1].clause != toks[k].clause


def becomes(lang: Words, toks: Sequence[Token], at: int) -> bool:
    """Is a German "wird"/"werden" the copula "become" rather than a future or passive
    auxiliary? Those end their clause on a verb ("wird am Samstag beigesetzt", "werden
    stattfinden"); "werden zu" ("wird zum Kultfilm", "wird zur Abstimmung über Berlin")
    and a clause ending on an adjective ("Tickets werden teurer") say what something
    becomes, not what is to come. A noun at the end is a future "be" ("Das Festival wird
    die letzte Ausgabe")."""
    clause = toks[at].clause
    rest = [t for t in toks[at + 1:] if t.clause == clause]
    if not rest:
        return False
    last = rest[-1]
    if not last.cap and last.w.endswith(("n", "t")):
        return False  # a verb ends the clause: future or passive
    return any(t.w in lang.become_preps for t in rest) or not last.cap


def value_or_thing(lang: Words, toks: Sequence[Token], j: int) -> bool:
    """Is what follows a headline's future verb at ``j`` a value ("passera à 84,10 euros",
    "will reach 5%") or an object that is no occasion ("to raise prices", "to cut jobs")?
    Then the headline tells a number or a thing to come, no event (round 57). One
    function word may stand between ("à", "the")."""
    if j < len(toks) and (toks[j].w in lang.function_words or toks[j].w in lang.determiners
                          or len(toks[j].w) == 1):
        j += 1
    if j >= len(toks) or toks[j].clause != toks[j - 1].clause:
        return False
    if toks[j].w[:1].isdigit():  # a number, not a day ("se réunira le 22 mai")
        return not any(lang.future_dates.best_at(toks, k) is not None
                       for k in range(max(j - 1, 0), min(j + 2, len(toks))))
    return lang.non_event.best_at(toks, j) is not None
