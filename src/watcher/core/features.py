"""Item features for clustering: what an article is about, as typed, weighted strings.

Features are typed strings: ``w:`` a word (by transliteration key, so ``Wladimir``/``Vladimir``
meet), ``c:`` a multilingual concept (summit/Gipfel/sommet), ``p:`` a city and ``k:`` a country
(exonyms folded), ``y:`` a year, ``n:`` another number, ``m:`` a month, ``d:`` a near day. Each
carries a boost (names, places and years weigh more than common words); IDF weights are applied
at scoring time (``watcher.core.cluster``). Everything here is pure, so the pipeline may compute
features in its parse worker.

What a field says of time is read in ``dates`` (near days, spelled dates, months, and the days
ahead they make) and ``years`` (a year moved to, a date's year, a period that ends); the two
sides of a match a title names in ``match_sides``. Their names that other modules import from
here are imported back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from watcher.core.arabic import arabic
from watcher.core.arabic_places import (
    ARABIC_CITIES,
    ARABIC_CONCEPTS,
    ARABIC_COUNTRIES,
    ARABIC_NAMES,
    arabic_core,
)
from watcher.core.arabic_places import STOPWORDS as ARABIC_STOPWORDS
from watcher.core.concept_places import venue_places
from watcher.core.concept_words import compound_kind
from watcher.core.concepts import (
    AMBIGUOUS_MONTHS,
    CITIES,
    CONCEPTS,
    COUNTRIES,
    COURT,
    COURT_PHRASES,
    DEMONYMS,
    EVENT_KINDS,
    MONTHS,
    NAMES_IN_CAPITALS,
    NOUNS_DE,
    PHRASES,
    SOON,
    UNPLACED,
)
from watcher.core.cyrillic_places import CYRILLIC_CITIES, CYRILLIC_COUNTRIES
from watcher.core.dates import (
    MONTH_LEADS,
    YESTERDAY,
    _date_days,
    _due_days,
    _month_days,
    _soon,
    led_months,
    spelled_dates,
)
from watcher.core.dates import day_of_month as day_of_month
from watcher.core.dates import in_day_name as in_day_name
from watcher.core.match_sides import title_sides
from watcher.core.ordinals import title_ordinals
from watcher.core.params import Params
from watcher.core.slavic import cyrillic, latin_form, latin_stem
from watcher.core.text import (
    STOPWORDS_BY_LANG,
    Token,
    fold,
    is_stopword,
    language_code,
    scan,
    tokens,
    translit_key,
    words,
)
from watcher.core.years import SINCE, SINCE_REACH, _dates_a_day, _ends_a_period, _moved_to
from watcher.models import Item
from watcher.pickling import by_constructor

_YEAR = re.compile(r"^(19|20)\d\d$")
# a headline's words of a move to another place (``ItemFeatures.moves_place``)
_MOVES_PLACE = re.compile(
    r"\b(?:mov(?:ed|es|e|ing) (?:to|from)|relocat\w*|switch(?:ed|es)? to|shift(?:ed|s)? to|"
    r"verleg\w*|verlagert|zieht \w+ nach|umgezogen|deplace\w*|delocalise\w*|transfere\w*|"
    r"demenage\w*|trasladad\w*|spostat\w*)\b")
_PHRASE_FIRSTS = frozenset(key[0] for key in PHRASES)
# Only the lead of a long summary (full-text feeds put whole articles there) is read for
# features: who, what, where and when are in it, and the cost per item stays bounded.
LEAD_CHARS = 1000
CLOSED = ("held", "cancelled")
KIND_FEATURES = frozenset("c:" + k for k in EVENT_KINDS)
OPEN = ("planned", "postponed")


@by_constructor
@dataclass(frozen=True, slots=True)
class ItemFeatures:
    weights: dict[str, float]  # feature -> boost (before IDF)
    title_places: frozenset[str]  # cities
    title_countries: frozenset[str]
    title_years: frozenset[int]
    title_months: frozenset[int]
    # days from publication to the latest weekday (or "tomorrow") the item names: what it
    # announces is that close (None: it names none)
    due_days: int | None = None
    # days to the latest date still to come that it spells ("postponed to 29 August")
    date_days: int | None = None
    # days to the first of the latest month still to come that its title names for when
    # something happens, with no day ("début juin", "im März", "in November"; a summary's
    # month is as often a later step, "sentencing will follow in September")
    month_days: int | None = None
    title_kinds: frozenset[str] = frozenset()  # kinds of occasion its title names
    # title years something moved to ("repoussé à 2022"): no edition of its own (cluster.conflict)
    moved_years: frozenset[int] = frozenset()
    # title years of a spelled date ("on Jan. 12, 2024"): when, not the edition (cluster.conflict)
    dated_years: frozenset[int] = frozenset()
    title_concepts: frozenset[str] = frozenset()  # concepts its title names ("c:verdict")
    court: frozenset[str] = frozenset()  # "guilty", "sentence": what its title says a court did
    # words it has only in lower case: its own language's common words, which an event
    # reported so far in other languages cannot share (cluster.similarity)
    bound: frozenset[str] = frozenset()
    # the two sides a title sets against each other ("Brentford v Manchester United",
    # "France-Irlande"), each as the keys of its words: cluster.sides_conflict
    sides: tuple[frozenset[str], ...] = ()
    # the occurrence numbers its title gives an occasion ("second round"): ordinals
    ordinals: frozenset[int] = frozenset()
    # does its title say the occasion moved somewhere ("moved to Beijing", "nach Peking
    # verlegt", "délocalisée à Porto"): cluster.conflict, a postponed event's new city
    moves_place: bool = False


_CLASSIFIED: dict[tuple[str, bool, bool], tuple[str, float] | None] = {}
_UNSEEN: Any = object()  # no answer remembered (None is one)
_CLASSIFIED_FOR: list[Params] = []


def _classified(p: Params) -> dict[tuple[str, bool, bool], tuple[str, float] | None]:
    """The memo of what words are for clustering (``_classify_word``, pure: news vocabulary
    repeats). It belongs to one ``Params`` object and is bounded; checked once per field."""
    if not _CLASSIFIED_FOR or _CLASSIFIED_FOR[0] is not p or len(_CLASSIFIED) > 200_000:
        _CLASSIFIED.clear()
        _CLASSIFIED_FOR[:] = [p]
    return _CLASSIFIED


def is_year(word: str) -> bool:
    """Is ``word`` a year of the 1900s or 2000s ("2021")?"""
    return _YEAR.match(word) is not None


def _classify_word(t: str, capital: bool, german: bool, p: Params) -> tuple[str, float] | None:
    if t.isdecimal():  # not isdigit: "፩" (Ethiopic one) is a digit int() cannot read
        if is_year(t):
            return "y:" + t, p.year_boost
        return ("n:" + str(int(t)), p.number_boost) if len(t) <= 4 else None
    if arabic(t):
        return _classify_arabic(t, p)
    if cyrillic(t):  # a name shared with the reports in Latin letters (``latin_stem``)
        if len(t) < 3:
            return None
        exact = latin_form(t)
        if exact in CYRILLIC_CITIES:
            return "p:" + CYRILLIC_CITIES[exact], p.place_boost
        if exact in CYRILLIC_COUNTRIES:
            return "k:" + CYRILLIC_COUNTRIES[exact], p.concept_boost
        # none of the Latin tables: "рядом" is no Riyadh, "мали" no Mali (a code review)
        return "w:" + translit_key(latin_stem(t)), (p.capital_boost if capital else 1.0)
    if t in CITIES:
        return "p:" + CITIES[t], p.place_boost
    if t in MONTHS and (capital or t not in AMBIGUOUS_MONTHS) and not (
            capital and t in NAMES_IN_CAPITALS):
        return "m:" + str(MONTHS[t]), p.month_boost
    if t in COUNTRIES:
        return "k:" + COUNTRIES[t], p.concept_boost
    if t in CONCEPTS and not (german and not capital and t in NOUNS_DE):
        return "c:" + CONCEPTS[t], p.concept_boost
    if german and (kind := compound_kind(t)) is not None:
        return "c:" + kind, p.concept_boost
    if len(t) < 3 or is_stopword(t):
        return None
    boost = 1.0
    if capital:
        boost = p.capital_boost_de if german else p.capital_boost
    return "w:" + translit_key(t), boost


def _classify_arabic(t: str, p: Params) -> tuple[str, float] | None:
    """:func:`_classify_word` for a word in Arabic letters: its place, kind or month through
    :mod:`watcher.core.arabic_places`, else the word without its prefixes (no transliteration
    key: those are for Latin letters)."""
    if t in MONTHS:  # ("مارس" is also "exerted", rarely in a headline: a code review)
        return "m:" + str(MONTHS[t]), p.month_boost
    core = arabic_core(t)
    if core in ARABIC_CITIES:
        return "p:" + ARABIC_CITIES[core], p.place_boost
    if core in ARABIC_NAMES:
        return "w:" + translit_key(ARABIC_NAMES[core]), p.capital_boost
    if core in ARABIC_COUNTRIES:
        return "k:" + ARABIC_COUNTRIES[core], p.concept_boost
    if core in ARABIC_CONCEPTS:
        return "c:" + ARABIC_CONCEPTS[core], p.concept_boost
    if len(core) < 3 or core in ARABIC_STOPWORDS:
        return None
    return "w:" + core, 1.0


def _field(text: str, lang: str | None, p: Params, factor: float,
           out: dict[str, float], weights_only: bool = False, lower: set[str] | None = None,
           upper: set[str] | None = None) -> list[str]:
    """Add the features of ``text`` to ``out`` (feature -> strongest boost times ``factor``);
    return the field's features in order, with the marks the day and date fields need ("d:",
    "t:", "o:", "z:"). ``weights_only``: ``out`` is all the caller wants (the document-frequency
    sample, :func:`feature_weights`): the list, and the look-arounds that decide what goes in
    it (a weekday to come, a country that locates, a year since or moved to), are skipped;
    ``out`` is filled exactly as otherwise. ``lower`` and ``upper`` (given together) collect
    the words written in lower case and with a capital (``ItemFeatures.bound``)."""
    toks = scan(text)
    words = [t.text for t in toks]
    found: list[str] = [f"d:{w}" for w in _soon(toks, words)] if not (
        weights_only or SOON.isdisjoint(words)) else []
    if not weights_only:
        found += [f"o:{month}" for month in led_months(toks, words)]
    for month, day in spelled_dates(words):
        # a day next to a month name is a date even where the month alone is ambiguous
        # ("le 7 mars", "May 6"): it dates the occasion ("t:" feeds the due date) and its month
        # locates it in time like a spelled-out month
        if not weights_only:
            found.append(f"t:{month}-{day}")
            found.append(f"m:{month}")
        out[f"m:{month}"] = max(out.get(f"m:{month}", 0.0), p.month_boost * factor)
    memo = _classified(p)  # _classify inlined: it ran for every word of every matched item
    german = (lang or "").startswith("de")
    own_stops = STOPWORDS_BY_LANG.get(language_code(lang) or "")
    i = 0
    while i < len(toks):
        hit: tuple[str, int] | None = None
        if words[i] in _PHRASE_FIRSTS:
            for n in (3, 2):
                key = tuple(words[i:i + n])
                if len(key) == n and key in PHRASES:
                    hit = PHRASES[key], n
                    break
        if hit is not None:
            feat, step = hit
            boost = p.place_boost if feat.startswith("p:") else p.concept_boost
        else:
            word = (words[i], toks[i].capital, german)
            c = memo.get(word, _UNSEEN)
            if c is _UNSEEN:
                c = memo[word] = _classify_word(*word, p)
            step = 1
            if c is None or (own_stops is not None and c[0][0] == "w" and words[i] in own_stops):
                i += 1
                continue
            feat, boost = c
            if feat[0] == "m" and _surname(toks, words, i):
                feat, boost = "w:" + translit_key(words[i]), p.capital_boost
            if lower is not None and upper is not None and feat[0] == "w":
                w = words[i]
                # a sentence's first word is capitalised whatever it is: written so, it is
                # no lower-case word ("Tsipras hält am Referendum fest", "Kelly : ...")
                capital = toks[i].capital or (w[:1].upper() + w[1:]) in text
                (upper if capital else lower).add(feat)
        out[feat] = max(out.get(feat, 0.0), boost * factor)
        if weights_only:
            i += step
            continue
        if feat[0] == "y" and not SINCE.isdisjoint(words[max(i - SINCE_REACH, 0):i]):
            pass  # "first time since 1945", "seit dem Jahr 1990": no edition of the occasion
        elif feat == "c:end" and _ends_a_period(words, i + step):
            pass  # "ending 16 years of PLD rule", "ending Merkel era": a period ends, no occasion
        elif feat[0] == "p" and _after_it(words, i):
            pass  # "Wembley dates remain on schedule after Vienna plot": the other occasion's
        # (a country of ``UNPLACED`` shares its feature, but locates nothing)
        elif feat[0] != "k" or (feat[2:] not in UNPLACED
                                and (hit is not None or _locates(words, i))):
            found.append(feat)
        if feat[0] == "y" and (md := _dates_a_day(words, i)):
            found.append(f"a:{feat[2:]}:{md}")  # "on Jan. 12, 2024": when, not the edition
        if feat[0] == "y" and _moved_to(words, i):
            found.append("z" + feat[1:])  # "repoussé à 2022": where it moved, not its edition
        i += step
    return found


def _surname(toks: Sequence[Token], words: list[str], i: int) -> bool:
    """Is the capitalised month word ``words[i]`` a surname? "May" right after a capitalised
    word that is neither a stopword nor a word that leads a month ("Theresa May", "Mrs May",
    "Brian May"; not "by May", "Early May"): read as the month, Theresa May's visits shared a
    month with every article dated "by May" (set 237, session 63: "Donald Trump to visit UK in
    July ... talks with Theresa May" joined "Trump to meet Kim Jong Un by May")."""
    w = words[i]
    if w not in AMBIGUOUS_MONTHS or not toks[i].capital or i == 0:
        return False
    before = words[i - 1]
    # (a field's first word has no capital of its own: "Brian May plays the roof")
    return ((toks[i - 1].capital or i == 1) and before not in MONTH_LEADS
            and before not in _MONTH_STARTS and not is_stopword(before)
            and day_of_month(before) is None
            and not (i + 1 < len(words) and day_of_month(words[i + 1]) is not None))


# words before a month no stopword list holds ("Since May, ...", "End May")
_MONTH_STARTS = frozenset({"since", "till", "end", "start", "beginning", "depuis", "jusqu"})


def _after_it(words: list[str], i: int) -> bool:
    """Does "after", "après" (or "following", "since", "seit"; not "nach" nor "depuis", as
    often "to" and "from": "kommt nach Berlin", "retransmis depuis Vienne") stand right before
    the city ``words[i]``, or before an article before it? "Taylor Swift's Wembley dates
    remain on schedule after Vienna plot", "returns to the stage at Wembley a week after
    Vienna shows": the city is where the occasion before this one was, no place of this one;
    kept among an event's title places it joined the Vienna shows' later news to the London
    ones (set 150, session 41: tuning 561 / 845 / 0.9316 -> 560 / 845 / 0.9319, validation
    unchanged; with "nach" 562 / 847 and validation worse)."""
    j = i - 1
    if j >= 1 and words[j] in _ARTICLES:
        j -= 1
    return j >= 0 and words[j] in _AFTER


_AFTER = frozenset({"after", "since", "following", "seit", "apres"})
_ARTICLES = frozenset({"the", "der", "die", "dem", "den", "la", "le", "les", "l"})


def _locates(words: list[str], i: int) -> bool:
    """Does the country word ``words[i]`` say where the event is? A name does after a locative
    preposition ("in France", "nach Deutschland") or next to a kind of event ("Deutschland-
    Besuch", "Allemagne : grève"); an adjective only next to a kind ("French strike", not "a
    British monarch"). Elsewhere a country is what the news is about or who plays ("invite
    Russia", "Zusagen für die Ukraine", "Germany rout Scotland"), not where it happens."""
    if words[i] not in DEMONYMS and i > 0 and words[i - 1] in LOCATIVE:
        return True
    return _kind_next_to(words, i)


LOCATIVE = frozenset({"in", "im", "nach", "en", "au", "aux", "a", "dans", "at"})


def _kind_next_to(words: list[str], i: int) -> bool:
    """Does the adjective ``words[i]`` qualify a kind of event ("French rail strike", "grève
    française")? Then it locates the event; next to anything else ("a British monarch", "the
    German parliament") it describes people and things and locates nothing."""
    for j in (i - 2, i - 1, i + 1, i + 2):
        if 0 <= j < len(words) and CONCEPTS.get(words[j]) in EVENT_KINDS:
            return True
    return False


def _strongest(weights: dict[str, float], p: Params) -> dict[str, float]:
    """The ``max_item_features`` strongest of an item's weights (ties: the first found)."""
    if len(weights) > p.max_item_features:
        keep = sorted(weights, key=weights.__getitem__, reverse=True)[: p.max_item_features]
        weights = {k: weights[k] for k in keep}
    return weights


def word_forms(item: Item, p: Params) -> dict[str, str]:
    """Each word feature of ``item`` to the word its text has for it, as written
    ("w:veihnakhtsmarkt" -> "Weihnachtsmarkt"): ``watcher explain`` shows what two articles
    share in their own words, not as folded and transliterated keys (a user's review: "shared:
    veihnakhtsmarkt, shnikhao, frida" had to be decoded). The first form of each wins."""
    out: dict[str, str] = {}
    german = (item.lang or "").startswith("de")
    for text in (item.title, item.summary[:LEAD_CHARS]):
        for word in words(text):
            folded = word.lower() if word.isascii() else fold(word)
            found = _classify_word(folded, word[:1].isupper(), german, p)
            if found is not None and found[0].startswith("w:"):
                out.setdefault(found[0], word)
    return out


def features(item: Item, p: Params) -> ItemFeatures:
    """The weighted features of one item (title words count ``title_weight`` times)."""
    weights: dict[str, float] = {}
    lower: set[str] = set()
    upper: set[str] = set()
    title = _field(item.title, item.lang, p, p.title_weight, weights, False, lower, upper)
    summary = _field(item.summary[:LEAD_CHARS], item.lang, p, 1.0, weights, False, lower, upper)
    weights = _strongest(weights, p)
    headline = fold(item.title)
    return ItemFeatures(
        weights=weights,
        title_places=frozenset(f[2:] for f in title if f.startswith("p:"))
        | venue_places(headline),
        title_countries=frozenset(f[2:] for f in title if f.startswith("k:")),
        title_years=frozenset(int(f[2:]) for f in title if f.startswith("y:")),
        title_months=frozenset(int(f[2:]) for f in title if f.startswith("m:")),
        due_days=_due_days(item, [f[2:] for f in (*title, *summary) if f[0] == "d"]),
        date_days=_date_days(item, [f[2:] for f in (*title, *summary) if f[0] == "t"],
                             dict(f[2:].split(":")[::-1] for f in (*title, *summary)
                                  if f[0] == "a")),
        month_days=_month_days(item, [f[2:] for f in title if f[0] == "o"]),
        title_kinds=frozenset(f for f in title if f in KIND_FEATURES),
        moved_years=frozenset(int(f[2:]) for f in title if f.startswith("z:")),
        dated_years=frozenset(int(f[2:6]) for f in title if f.startswith("a:")),
        title_concepts=frozenset(f for f in title if f.startswith("c:")),
        court=court_marks(item.title),
        bound=frozenset(k for k in lower - upper if k in weights),
        sides=title_sides(item.title, item.lang),
        ordinals=title_ordinals(item.title),
        moves_place=_MOVES_PLACE.search(headline) is not None,
    )


def feature_weights(item: Item, p: Params) -> dict[str, float]:
    """``features(item, p).weights``, the same dict in the same order, without the rest.

    The document frequencies count the features of one unmatched item in ``df_sample``
    (``Tracker``): their keys are all they need. The title's places, years, days, dates, kinds
    and court marks (and the look-arounds behind them) are not worked out: a quarter less CPU
    for the ~1,800 such items of a first poll of 1,000 feeds (0.13 -> 0.10 s)."""
    weights: dict[str, float] = {}
    _field(item.title, item.lang, p, p.title_weight, weights, weights_only=True)
    _field(item.summary[:LEAD_CHARS], item.lang, p, 1.0, weights, weights_only=True)
    return _strongest(weights, p)


# "pleads guilty", "plaide coupable", "bekennt sich schuldig": a plea, not the court's verdict
PLEAS = frozenset({"pleads", "pleaded", "plead", "plaide", "plaident", "bekennt", "bekannte"})
_COURT_FIRSTS = frozenset(a for a, _ in COURT_PHRASES)


def court_marks(title: str) -> frozenset[str]:
    """What a headline says a court did or will do: "guilty" (a verdict of guilt), "sentence"
    (a sentence meted out or to come); see ``concepts.COURT``."""
    words = tokens(title)
    if COURT.keys().isdisjoint(words) and _COURT_FIRSTS.isdisjoint(words):
        return frozenset()  # most headlines: two set operations in C, no loop
    marks = {COURT[w] for i, w in enumerate(words)
             if w in COURT and not PLEAS.intersection(words[max(i - 3, 0):i])}
    marks.update(mark for (a, b), mark in COURT_PHRASES.items()
                 if any(words[i] == a and words[i + 1] == b for i in range(len(words) - 1)))
    return frozenset(marks)


_AGAIN = re.compile(r"\b(?:again|erneute?[nrs]?|nochmals|abermals|a nouveau|de nouveau|"
                    r"une nouvelle fois|(?<!pas )encore|once more|yet another|further delay|"
                    r"(?:second|third|fourth|fifth) (?:time|delay|postponement)|"
                    r"(?:neue|weitere|neuer|weiterer) (?:verzogerung|verschiebung|aufschub)|"
                    r"zum (?:zweiten|dritten|vierten|funften) mal|"
                    r"(?:nouveau|nouvel|enieme) (?:report|retard|glissement|delai)|"
                    r"(?:deuxieme|troisieme|quatrieme|cinquieme) (?:fois|report))\b")


def says_again(text: str) -> bool:
    """Does ``text`` (a headline; in one day rule a summary too) say something happens again
    ("postponed again", "erneut verschoben", "de nouveau reporté", "repousse encore", "neue
    Verzögerung", "zum dritten Mal", "troisième report"): a change to an event that had it
    before (cluster.similarity, day_rules)? Asked only of postponements, so not worked out for
    every item. "pas encore" is "not yet"."""
    return _AGAIN.search(fold(text)) is not None


def names_a_day_ahead(f: ItemFeatures) -> bool:
    """Does the item date something to a day still to come: a date from tomorrow on, or a
    weekday of the coming days (not yesterday's, which comes round again in six)?"""
    return ((f.date_days is not None and f.date_days >= 1)
            or (f.due_days is not None and 1 <= f.due_days < YESTERDAY))


def keyword_features(keywords: Iterable[str], p: Params) -> frozenset[str]:
    """The features a watch's keywords turn into: every item of the watch has them, so among
    the watch's events they are no evidence of sameness and get ``keyword_discount``."""
    out: dict[str, float] = {}
    for kw in keywords:
        _field(kw, None, p, 1.0, out)
    return frozenset(out)
