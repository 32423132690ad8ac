"""Is the day an article names a day gone by? Tense around a weekday or a date, without a parser.

The tracker reads an article that has no status cue but names a day ahead as tentatively planned
("Am Sonntag wählen die Franzosen"). A weekday alone does not say which week it is in: "early on
Friday" in a report of a break-in, "a rendu son verdict vendredi", "sahen den Auftakt am Sonntag"
name the last Friday or Sunday, not the next. The clause's verb tells: a past tense in the
clause that names the day makes the day a past one. Reporting verbs do not count ("said on
Monday the vote will be on Friday": the saying is past, the vote ahead), nor does a clause that
also speaks of the future ("will", "wird", "sera", "programmées", an infinitive).

Deliberately small word lists and endings, one regular expression per language: this runs only for
matched items with no status cue, and a miss costs no more than the rule it guards.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from watcher.core.concept_times import MONTHS, WEEKDAYS
from watcher.core.concepts import SOON
from watcher.core.features import in_day_name, spelled_dates
from watcher.core.text import fold, language_code

# irregular English past forms that narrate an occasion; reporting verbs are left out on purpose
_EN_IRREGULAR = ("took", "broke", "went", "came", "fell", "ran", "won", "beat", "began", "rose",
                 "threw", "flew", "drove", "swore", "wore", "sang", "met", "gave", "got", "made",
                 "sold", "were", "was",
                 # session 70: "marchers wound through Warsaw on Saturday", "drew thousands"
                 # (not "held", "left", "lost": "the vote is held on Sunday", "the left-wing
                 # coalition meets", "two years after Mexico lost" look ahead)
                 "drew", "saw", "struck", "stood", "kept", "brought", "fought", "spent", "wound",
                 "tore", "swept", "lit", "shook")
# an infinitive looks ahead: "cleared the lander to separate early on Wednesday", "to be
# sentenced Thursday"
_EN_INFINITIVE = r"to (?:be|(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b)[a-z]{3,})"
# a plan word after a comparison with the plan ("a year later than planned", "went ahead as
# scheduled", "than originally expected") tells what came of the plan, no future: "COP26
# climate talks open in Glasgow" over "began ... a year later than planned, with world leaders
# arriving on Monday" is under way (session 66)
_VS_PLAN = r"(?<!\bthan )(?<!\bas )(?<!originally )(?<!initially )"
_EN_FUTURE = ("will", "would", "is due", "are due", "set", "sets", "plans", _VS_PLAN + "planned",
              _VS_PLAN + "scheduled", _VS_PLAN + "expected", "due",
              r"next(?! to\b)",  # not "next to the church": a place
              _EN_INFINITIVE)
_EN_REPORTING = ("said", "announced", "confirmed", "told", "reported", "added", "stated",
                 "declared", "revealed", "warned", "tweeted", "posted", "wrote")
# a separable verb takes "ge" after its prefix ("an-ge-laufen", "ein-ge-treten", "auf-ge-nommen"):
# a past like any participle, but for those that set a day ahead ("hat für Montag angekündigt",
# "sind am Sonntag aufgerufen", "ist für Mai angesetzt", "ist auf Montag vorgezogen")
_DE_SEPARABLE = (r"(?!(?:angekundigt|angesetzt|aufgerufen|ausgerufen|vorgesehen|eingeplant|"
                 r"angesagt|festgesetzt|festgelegt|eingeladen|vorgezogen|ausgeschrieben)\b)"
                 r"(?:an|auf|ab|aus|ein|vor|nach|mit|zu|zuruck|los|fest|statt|weg|fort|durch|um|"
                 # session 55: "hat am Montag ... freigegeben", "bekanntgegeben" (not "wieder",
                 # "hoch", "zusammen", "bei": nouns start so, "Wiedergeburt": a code review)
                 r"frei|bekannt|weiter|heraus|hervor|dar)"
                 r"ge[a-z]{3,}(?:t|en)")
_DE_PARTICIPLE = rf"(?:(?:ge|be|er|ver|ent|zer)[a-z]{{3,}}(?:t|en)|{_DE_SEPARABLE})"
# the words between a German auxiliary and its participle: up to six, or up to twelve none of
# which may start another clause the splitter does not see ("haben am Freitagabend und am
# Samstag begonnen", not "ist im Ausnahmezustand und am Samstag eröffnet der Bürgermeister ...")
_DE_GAP = (r"(?:(?: \w+){0,6}"
           r"|(?: (?!(?:und|oder|aber|doch|sondern|bevor|wenn|weil|ob|nachdem)\b)\w+){0,12})")
_PAST = {
    # (not a participle after a comparison with the plan: "larger than expected", _VS_PLAN)
    "en": re.compile(r"\b(?<!\bthan )(?<!\bas )(?:" + "|".join(_EN_IRREGULAR)
                     + r"|[a-z]{3,}ed)\b"),
    # passé composé (auxiliary, an optional adverb, a participle) and the passé simple's -a/-èrent
    "fr": re.compile(r"\b(?:a|ont|est|sont|se sont|s est|avait|avaient|etait|etaient)"
                     r"(?: (?:deja|enfin|bien|finalement|tous|toutes))? "
                     r"[a-z]{2,}(?:e|es|ee|ees|i|is|ie|ies|u|us|ue|ues|it|its|ert|erts|eint)\b"
                     # and "pu", too short for it ("ont pu accueillir des matchs mardi"; not
                     # "dû": folded, it is also "du retard")
                     r"|\b(?:a|ont|avait|avaient) pu\b"),
    # Präteritum by a list (an ending -te/-ten is as often an adjective: "letzte", "Athleten")
    # and Perfekt and Plusquamperfekt: an auxiliary, then a participle (ge-...-t/-en, or
    # be-/er-/ver-/ent-/zer-...: "haben ... begonnen", "hatte ... befreit"), or a participle and
    # "haben" ending a subordinate clause ("der am Montag begonnen hatte"; not "zu entscheiden
    # haben"), a separable one with its "ge" infix ("ist am Mittwoch angelaufen") but for the
    # few that set a day ahead (see ``_DE_SEPARABLE``)
    "de": re.compile(r"\b(?:war|waren|wurde|wurden|sahen|sah|kamen|kam|gingen|ging|fand|fanden|"
                     r"gewann|gewannen|brannte|brannten|zundeten|legte|legten|feierte|feierten|"
                     r"stimmte|stimmten|wahlten|spielte|spielten|eroffnete|startete|endete|"
                     r"begann|begannen|landete|zogen|zog|"
                     # session 70: "In Warschau demonstrierten am Samstag Tausende"
                     r"demonstrierten|demonstrierte|protestierten|protestierte|marschierten|"
                     r"versammelten|versammelte)\b"
                     rf"|\b(?:hat|haben|ist|sind|hatte|hatten)\b{_DE_GAP} {_DE_PARTICIPLE}\b"
                     rf"|(?<!\bzu )\b{_DE_PARTICIPLE} (?:hat|haben|hatte|hatten)$"),
}
# Swedish, Danish and Norwegian (folded: å, ä -> a, ö, ø -> o, æ -> ae): the past of weak verbs
# in -ade (Swedish) and -ede (Danish) ("öppnade", "samledes"), a few strong ones, an auxiliary
# and its participle ("har öppnat", "blev aflyst", "ble diskvalifisert"), a reflexive past
# ("samlet seg"). Not the Norwegian past in -et alone: the neuter noun's article ("rennet").
_NORTH_PAST = (r"\b(?:[a-z]{3,}(?:ade|ades|ede|edes)|ble|blev|blevs|vann|vant|vandt|tog|tok|"
               r"gick|gikk|gik|fick|fikk|fik|holls|hadde|havde|hade|steg|slo|slog|stod|drog|"
               r"[a-z]{3,}et seg|[a-z]{3,}ede sig|[a-z]{3,}ade sig)\b"
               r"|\b(?:har|hade|havde|hadde)(?: \w+){0,3} [a-z]{3,}(?:at|it|tt|ts|et|t)\b")
_NORTH_FUTURE = (r"\b(?:ska|skall|skal|vil|kommer att|kommer til a|blir|bliver|nasta|naeste|"
                 r"neste|kommande|kommende|planerad|planerade|planerat|planlagt|planlagte|"
                 r"imorgon|imorgen|i morgen)\b")
_NORTH_REPORTING = (r"\b(?:sade|sa|sagde|sier|meddelade|meddelte|uppgav|uppger|oplyste|"
                    r"opplyste|opplyser|meldte|kunngjorde|skrev|berattade|fortalte|forteller)\b")
# Polish (folded: ł -> l, ą -> a, ę -> e): the l-past of a verb ("odbył się", "zagrał",
# "wygrała", "protestowali"), but for the nouns that end as a masculine "-ał" does
# ("festiwal", "finał", "udział", "medal")
_PL_NOUNS_AL = ("festiwal", "final", "kanal", "szpital", "udzial", "kapital", "material",
                "sygnal", "potencjal", "upal", "zapal", "portal", "rytual", "serial", "general",
                "admiral", "ideal", "kwartal", "lokal", "medal", "metal", "pedal", "total",
                "skandal", "krysztal", "nepal", "portugal", "karnawal", "ritual")
_PL_PAST = (r"\b(?:[a-z]{3,}(?:l|la|lo|li|ly) sie|(?:by|zosta)(?:l|la|lo|li|ly)|"
            r"[a-z]{3,}(?:ala|ila|yla|alo|ilo|ylo|ali|ili|yli|aly|ily|yly)|[a-z]{3,}[iy]l|"
            rf"(?!(?:{'|'.join(_PL_NOUNS_AL)})\b)[a-z]{{3,}}al)\b")
_PL_FUTURE = (r"\b(?:bedzie|beda|odbedzie|odbeda|ma sie|maja sie|planowany|planowana|"
              r"planowane|zaplanowany|zaplanowana|zaplanowane|przyszly|przyszla|przyszlym|"
              r"przyszlej|nastepny|nastepnym|nastepnej|jutro)\b")
_PL_REPORTING = (r"\b(?:powiedzial|powiedziala|poinformowal|poinformowala|poinformowali|"
                 r"oglosil|oglosila|oglosili|przekazal|przekazala|zapowiedzial|zapowiedziala)\b")
_PAST.update({"sv": re.compile(_NORTH_PAST), "da": re.compile(_NORTH_PAST),
              "nb": re.compile(_NORTH_PAST), "pl": re.compile(_PL_PAST)})
# French words that end as a future in -ra does, and are none
_FR_NOT_FUTURE = ("(?:sahara|opera|camera|riviera|extra|ultra|ankara|sierra|cobra|tiara|mantra|"
                  "chimera|agora|flora|aura|clara|laura|barbara|sara|vera|nora|dora|cora|zara|"
                  "angora|contra|affront|samara|madeira|tempura|viagra|sonora)")
# a French clause that opens on a past participle and its weekday ("Lancé samedi depuis le
# Kazakhstan, ...", "sorti mercredi", "inaugurée lundi"): the day it was done, gone by. Not the
# participles that set a day ahead ("prévu samedi", "appelés dimanche aux urnes", "attendu
# mardi", "reporté à", "convoqué"): session 55
_FR_PARTICIPLE_DAY = re.compile(
    r"\W*(?!(?:pr[ée]vu|programm|fix|appel|convoqu|invit|attendu|report|repouss|d[ée]cal|"
    r"avanc|annul|organis|disput|mobilis|plac|rentr|arriv|entr|journ|soir|ann[ée]e|id[ée]e|"
    r"dur[ée]e|mus[ée]e|lyc[ée]e|march[ée]|comit[ée]|c[ôo]t[ée]|[ée]t[ée]|soci[ée]t|sant[ée]|"
    r"libert|s[ée]curit|tourn[ée]e|arm[ée]e|assembl[ée]e|mont[ée]e|pens[ée]e|vall[ée]e)"
    r"[\wàâçéèêëîïôûùüÿœ-]*\s)"
    r"(?:[a-zàâçéèêëîïôûùüÿœ-]{2,}(?:é|ée|és|ées)|sorti|sortie|sortis|sorties|paru|parue|"
    r"parus|parues|élu|élue|élus|élues)"
    r"\s+(?:ce\s+|le\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b")
# the names of weekdays and months (``concept_times``), as a French "pour le" may date them
_DAYS = "|".join(sorted(map(re.escape, {*WEEKDAYS, *MONTHS}), key=len, reverse=True))
_FUTURE = {
    "en": re.compile(r"\b(?:" + "|".join(_EN_FUTURE) + r")\b"),
    # "aura lieu": avoir's future, no passé composé
    "fr": re.compile(r"\b(?:sera|seront|aura|auront|va|vont|doit|doivent|"
                     r"(?<!\bque )(?<!\bqu initialement )(?<!\bcomme )"
                     r"(?:prevu|prevue|prevus|prevues)|"
                     r"programme|programmee|programmes|programmees|"
                     r"fixe|fixee|fixes|fixees|"
                     r"prochain|prochaine|"
                     # "pour le 12 mai", "pour la fin du mois", "pour le scrutin du 25
                     # février", not "ont navigué samedi ... pour la Stockholm Pride"
                     r"pour (?:le|la) (?:[a-z]+ du \d+|\d+|1er|mois|semaine|week end|fin|debut|"
                     rf"mi|rentree|printemps|ete|automne|hiver|lendemain|soir|date|{_DAYS})|"
                     # the future's -ra, -ront, but not the nouns and names that end so
                     # ("ermite au Sahara a été canonisé dimanche": session 55)
                     rf"(?!{_FR_NOT_FUTURE}\b)[a-z]{{3,}}(?:ra|ront))\b"),
    "de": re.compile(r"\b(?:wird|werden|soll|sollen|will|wollen|kommenden|nachsten|"
                     r"(?<!\bals )(?<!\bwie )geplant|"
                     r"morgen)\b"),
    "sv": re.compile(_NORTH_FUTURE), "da": re.compile(_NORTH_FUTURE),
    "nb": re.compile(_NORTH_FUTURE), "pl": re.compile(_PL_FUTURE),
}
# English future words but the infinitive (``future_at``)
_EN_LATER = re.compile(r"\b(?:" + "|".join(w for w in _EN_FUTURE if w != _EN_INFINITIVE) + r")\b")
_REPORTING = {
    # "declared winner", "declared elected": a result narrated, no saying
    "en": re.compile(r"\b(?:" + "|".join(_EN_REPORTING) + r")\b(?! (?:the )?winner| elected)"),
    "fr": re.compile(r"\b(?:a annonce|a declare|a confirme|a indique|a precise|ont annonce|"
                     r"a assure|a affirme)\b"),
    "de": re.compile(r"\b(?:sagte|kundigte|teilte|erklarte|bestatigte|hiess es)\b"),
    "sv": re.compile(_NORTH_REPORTING), "da": re.compile(_NORTH_REPORTING),
    "nb": re.compile(_NORTH_REPORTING), "pl": re.compile(_PL_REPORTING),
}
# the words between a reporting verb and the day it was said on ("said on Tuesday", "sagte am
# Montag", "a annoncé ce mardi")
_DAY_LEAD = frozenset({"on", "last", "am", "ce", "le"})
# what a clause tells after "after" or "since" is an earlier time ("Sunday's showpiece comes two
# years after Mexico lost the 2021 final"), not the time of the day it names
_EARLIER = {"en": re.compile(r"\b(?:after|since)\b"), "de": re.compile(r"\b(?:nachdem|seit)\b"),
            "fr": re.compile(r"\b(?:apres qu|apres que|depuis que|depuis qu)\b")}
# clauses end at punctuation and where a relative clause begins ("vise samedi un triplé que seul
# United a réussi": the past is the relative clause's)
_CLAUSE = re.compile(r"(?<=[.!?;,])\s+|\s+[–—-]\s+|:\s+"
                     r"|\s+(?=(?:que|qui|which|who|where|dass|wo|som|att|ktory|ktora|ktore|"
                     r"ktorzy|ktorego)\s)")
_NON_WORD = re.compile(r"[^a-z0-9]+")


def names_a_past_day(title: str, summary: str, lang: str | None) -> bool:
    """Does every clause of ``title`` and ``summary`` that names a weekday, "tomorrow" or a
    day of a month narrate in the past (see the module docstring)?"""
    key = language_code(lang) or ""
    if key not in _PAST:
        return False
    dated = [(c, raw, whole) for c, raw, whole in _clauses_raw(title, summary)
             if _names_day(c)]
    return bool(dated) and all(
        ((_narrates_past(c, key) or (key == "fr" and _FR_PARTICIPLE_DAY.match(raw) is not None
                                     and _FUTURE["fr"].search(whole) is None))
         and _REPORTING[key].search(c) is None) or _said_that_day(c, key)
        for c, raw, whole in dated)


def _said_that_day(clause: str, key: str) -> bool:
    """Is the only day ``clause`` names the day of its saying ("NASA scientists said on
    Tuesday", "teilte am Montag mit"), with nothing ahead in it? The saying is past, and so is
    its day; "said on Monday the vote is on Friday" names another day and stays open."""
    reporting = _REPORTING.get(key)
    if reporting is None or _FUTURE[key].search(clause) is not None:
        return False
    words = clause.split()
    rest = list(words)
    found = False
    for m in reporting.finditer(clause):
        at = len(clause[:m.end()].split())  # the word after the reporting verb
        if at < len(words) and words[at] in _DAY_LEAD:
            at += 1
        if at < len(words) and words[at] in WEEKDAYS:
            rest[at] = ""
            found = True
    return found and not _names_day(" ".join(w for w in rest if w))


# words of expectation the future patterns leave out ("Tausende Demonstranten erwartet", "are
# expected to", "sont attendus"): what is awaited has not happened yet
_AWAITED = re.compile(r"\b(?:expected|awaited|erwartet|erwarten|attendu|attendue|attendus|"
                      r"attendues)\b")


def names_the_future(title: str, summary: str, lang: str | None) -> bool:
    """Does a clause of ``title`` or ``summary`` speak of the future or of what is awaited
    (``_FUTURE``, but the English infinitive: "heads to Ohio" is a trip, and ``_AWAITED``)?"""
    key = language_code(lang) or ""
    pattern = _EN_LATER if key == "en" else _FUTURE.get(key)
    return any((pattern is not None and pattern.search(c) is not None)
               or _AWAITED.search(c) is not None for c in _clauses(title, summary))


def _narrates_past(clause: str, key: str) -> bool:
    """Does the folded ``clause`` narrate the past (language ``key``, one with a ``_PAST``
    pattern): a past form before any "after" or "since" (``_EARLIER``) and no future word?"""
    own = _EARLIER.get(key)
    told = clause if own is None else own.split(clause, 1)[0]
    return _PAST[key].search(told) is not None and _FUTURE[key].search(clause) is None


def _masked(text: str) -> str:
    """``text`` in lower case, French "à" as "~", or it would fold to the auxiliary "a" ("à
    Rome pour signer vendredi" is no passé composé), and German "hätte" (what did not happen) as
    "h~tte", or it would fold to the past's "hatte". Offsets stay as in ``text`` (a letter
    whose lower case is two, Turkish "İ", stays as it is: "İzmir" shifted every offset after
    it; a code review)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low.replace("à", "~").replace("hätt", "h~tt")


def _folded(part: str) -> str:
    """One clause of a :func:`_masked` text, folded to the words the patterns read."""
    return _NON_WORD.sub(" ", fold(part)).strip()


def _clauses(title: str, summary: str) -> list[str]:
    """The clauses of both fields, masked and folded."""
    return [c for c, _, _ in _clauses_raw(title, summary)]


def _clauses_raw(title: str, summary: str) -> list[tuple[str, str, str]]:
    """The clauses of both fields, masked and folded, each with its masked text and its
    whole field folded (a participle's clause is read with the rest of its field: "Mobilisés
    vendredi, ils bloqueront le périphérique" looks ahead)."""
    out = []
    for text in (title, summary):
        masked = _masked(text)
        whole = _folded(masked)
        out += [(_folded(part), part, whole) for part in _CLAUSE.split(masked) if part.strip()]
    return out


def _names_day(clause: str) -> bool:
    """Does ``clause`` name a weekday or "tomorrow" (as the clustering features read them: not
    in a name like "Mardi Gras"), or a day of a month?"""
    words = clause.split()
    if not SOON.isdisjoint(words) and any(
            w in SOON and not in_day_name(words, i) for i, w in enumerate(words)):
        return True
    return bool(spelled_dates(words))


def held_told_past(summary: str, lang: str | None, starts: Sequence[int]) -> bool:
    """Does a held cue of ``summary`` (at one of the offsets ``starts``) stand in a clause that
    narrates the past ("Die Sondersitzung hat begonnen", "Le titre a ouvert en hausse", "A Long
    March 5 rocket lifted off")? An occasion told as begun or over cannot be still to come: a
    day ahead in the same article dates another step (a vote "frühestens am Freitag", "avant
    New York mardi", the final round "on Monday"), not the occasion."""
    key = language_code(lang) or ""
    return key in _PAST and any(_narrates_past(_clause_at(summary, at), key) for at in starts)


def future_at(text: str, at: int, end: int, lang: str | None) -> bool:
    """Does the clause of ``text`` around the cue at ``at``..``end`` speak of the future ("Le
    GP de Corée aura bien lieu", "will be held")? Such a clause tells no occasion begun.

    An English infinitive counts only up to the cue's end ("to be held", "set to open"): after
    it, "to" is a preposition or a purpose as often ("Starliner launches on test flight to
    space station", "MPs meet to vote"), and the occasion the cue tells is under way (tuning
    sets, session 50)."""
    key = language_code(lang) or ""
    future = _FUTURE.get(key)
    if future is None:
        return False
    if key != "en":
        return future.search(_clause_at(text, at)) is not None
    low, begin, stop = _clause_span(text, at)
    lead = _folded(low[begin:min(max(end, begin), stop)])
    return _EN_LATER.search(_folded(low[begin:stop])) is not None or future.search(lead) is not None


def _clause_at(text: str, at: int) -> str:
    """The clause of ``text`` around offset ``at``, masked and folded as :func:`_clauses`."""
    low, begin, stop = _clause_span(text, at)
    return _folded(low[begin:stop])


def _clause_span(text: str, at: int) -> tuple[str, int, int]:
    """``text`` masked, and where the clause around offset ``at`` begins and ends in it."""
    low = _masked(text)
    begin = 0
    for m in _CLAUSE.finditer(low):
        if m.start() > at:
            return low, begin, m.start()
        begin = m.end()
    return low, begin, len(low)
