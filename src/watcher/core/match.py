"""Watch matching: which watches take an item, and through which keywords.

A keyword is a phrase of folded tokens (:mod:`watcher.core.text`) that must occur as consecutive
tokens of the title or the summary. Hyphens split words on both sides, so ``Taylor Swift`` finds
``Taylor-Swift-Konzerte`` and ``Kim Jong Un`` finds ``Kim Jong-un``. One keyword token matches a
text token when:

- they are equal (after folding: case, accents and punctuation do not matter);
- the text token is the keyword, ending in a letter, with a number after it (``COP`` finds
  ``COP30``, ``Euro`` finds ``Euro2024``; ``G7`` does not find ``G77``);
- a keyword is also found in its other spellings (:func:`spellings`): a name with a number
  run together, hyphenated or spaced (``G7``, ``G-7``, ``G 7``; ``COP30``, ``COP 30``), and a
  German umlaut written ``ae``, ``oe``, ``ue`` (``Zürich`` finds ``Zuerich``), where the other
  side writes the umlaut (``Rafael`` is no ``Rafał``, ``Jaeger`` no ``Jager``);
- the keyword token has at most three letters: *only* then - short keywords are names or acronyms
  (``Xi``, ``ESC``, ``GDL``) and any looser rule finds ``Xiaomi`` or ``escape``;
- the text token is the keyword plus an inflectional ending (``Gipfels``, ``summits``,
  ``Putins``, a German feminine: ``Richterin``) or, for keywords of six letters or more, a
  compound that starts or ends with it (``Wimbledonsieger``, ``Warnstreik``) in an item of a
  language that writes compounds (``COMPOUNDING``);
- the text token is the keyword without its plural ending (``Jeux olympique`` for ``Jeux
  Olympiques``), unless only one of them ends in ``a`` (``Andrea`` is no ``Andreas``), or a
  French adjective of it (``nucléaire iranien`` for ``Iran``);
- for a keyword the configuration writes in lower case (a common noun), the text token is its
  Italian plural or singular, the last vowel changed (``scioperi`` for ``sciopero``, ``elezione``
  for ``elezioni``); names do not inflect so (``Conte`` is no ``conti``);
- their transliteration keys are equal (``Lawrow``/``Lavrov``, ``Selenskyj``/``Zelensky``), or for
  keywords of twelve letters or more within one edit, and for keywords of four letters or fewer
  not when they differ only by a "y" for an "i" or a doubled letter (``Lyon``/``Lion``,
  ``Maas``/``Mas``: two words); but not when the text drops the keyword's
  last consonant or syllable (``Space`` for ``SpaceX``, ``Rivia`` for ``Rivian``) or only one of
  them ends in ``a`` (``stade``/``Stada``, ``August``/``Augusta``, ``Malia``/``Mali``): a shared
  phonetic key there is chance, no transliteration. A transliteration respells a name, so it
  counts only where the item writes the word with a capital (``sa course`` is no ``Kurz``, ``the
  court`` no ``Kurti``), and never for a keyword the configuration writes in capitals only (an
  acronym: ``CUPE`` is no ``Coupe``). Capitals say nothing in a headline written in Title Case or
  in capitals, nor for a sentence's first word: there a respelling still counts, as before.
  An acronym (a keyword written in capitals only) is no word the item writes in lower case
  (``ces`` is no ``CES``), nor a name that ends after its letters (``Abbas`` is no ``ABBA``):
  :mod:`watcher.core.acronyms`.


Slavic case forms ("Putina", "Warszawie", "Путиным"): :mod:`watcher.core.slavic`. A Cyrillic
keyword finds its Ukrainian, Belarusian or Russian spelling (``Путин``/``Путін``,
``Зеленский``/``Зеленський``, ``Одесса``/``Одеса``), in every case form, and a name typed in
Latin letters its Cyrillic spelling and back (``Putin``/``Путина``, ``Lavrov``/``Лавровым``):
a respelling, counted where the item writes the word as a name. Greek likewise
(:mod:`watcher.core.greek`): ``Putin``/``Πούτιν``, ``Mitsotakis``/``Μητσοτάκη``, ``NATO``/``ΝΑΤΟ``
letter for letter, and a Greek keyword's case forms (``Αθήνα``/``Αθήνας``) in an item in Greek or
of none stated. Hungarian, Romanian and Finnish case suffixes (``Budapesten``, ``Helsingissä``):
:mod:`watcher.core.case_suffixes`, in an item of that language only. Korean particles
(``서울에서``, ``트럼프가``): :mod:`watcher.core.korean`. Arabic prefixes and endings
(``بالجزائر``, ``وترامب``, ``للقمة``): :mod:`watcher.core.arabic`; Hebrew ones (``לכנסת``):
:mod:`watcher.core.hebrew`. Chinese and Japanese text
is read a character a word (:data:`watcher.core.text.CJK`): a keyword there is the phrase of
its characters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from rapidfuzz.distance import Levenshtein

from watcher.core.acronyms import spells_acronym, written_forms
from watcher.core.arabic import arabic, arabic_form
from watcher.core.arabic_places import NAME_ARTICLES
from watcher.core.case_suffixes import suffix_form, suffix_form_in, suffix_lang
from watcher.core.concept_places import CITIES, COUNTRIES
from watcher.core.concept_words import CONCEPTS, EVENT_KINDS, compound_kind
from watcher.core.greek import function_word, greek, greek_form, nominatives, romanizations
from watcher.core.hebrew import hebrew, hebrew_form
from watcher.core.korean import korean_form
from watcher.core.slavic import (
    ROMAN_ENDINGS,
    SLAVIC_STEM_MIN,
    cyrillic,
    cyrillic_key,
    romanize,
    slavic_form,
    slavic_item,
    ukrainian_stems,
)
from watcher.core.text import (
    dutch_key,
    fold,
    is_stopword,
    language_code,
    tokens,
    translit_key,
    umlaut_key,
    undoubled,
    words,
)
from watcher.core.types import WatchMatch
from watcher.models import Item
from watcher.settings import WatchSettings

_ENDINGS = frozenset({"s", "es", "n", "en", "e", "er", "ern", "ens", "x", "ns", "se", "sen"})
SHORT = 3  # keyword tokens this long or shorter match whole tokens only
COMPOUND_MIN = 6  # keyword tokens at least this long also match inside compounds
SHORT_NAME = 4  # keyword tokens this long or shorter: a lone y/i or doubled letter is no respelling
FUZZY_MIN = 12  # keyword tokens at least this long may differ by one edit
# What a text token may drop from a keyword's letters and still be the same name or word: a
# doubled or mute vowel (Zelenskyy/Zelensky, Poutine/Putin), a plural (Olympiques/olympique).
_KEYWORD_TAILS = frozenset({"e", "y", "i", "s", "es"})


_UMLAUT_LETTERS = frozenset("äöüÄÖÜøØ")


def _max_edits(length: int) -> int:
    """Edits allowed between transliteration keys: none below ``FUZZY_MIN`` letters (``Macron``
    must not find ``Micron``), then one (two let ``afrikanische`` find ``amerikanische``)."""
    return 0 if length < FUZZY_MIN else 1


# Endings that make a French adjective of a place's name, written in lower case ("nucléaire
# iranien"). Not German "-isch" nor English "-ian": "Bayer" is no "bayerische", "Roman" no
# "Romanian"
_ADJECTIVE = frozenset({"ien", "ienne", "iens", "iennes"})


def _inflected(kw: str, tail: str) -> bool:
    """Is ``kw + tail`` an inflected form of ``kw``: a plural or case ending, a German
    feminine (``Verfassungsrichterin``) or a place's adjective (``iranien``)?"""
    return tail in _ENDINGS or tail in _ADJECTIVE or (tail in ("in", "innen") and kw.endswith("er"))


def _may_transliterate(kw: str, tok: str) -> bool:
    """Can ``tok`` be another spelling of the name ``kw`` at all? Transliterations respell the
    same sounds (w/v, z/s, j/y/i, ou/u, a French mute e: ``Poutine``); they do not drop the
    name's last consonant or syllable, nor swap its final ``a``. Those are other words that
    share a phonetic key with the name: ``Space``/``SpaceX``, ``Rivia``/``Rivian``,
    ``stade``/``Stada``, ``August``/``Augusta``, ``Malia``/``Mali``."""
    if kw.startswith(tok) and kw[len(tok):] not in _KEYWORD_TAILS:
        return False  # only a plural or a mute vowel may be missing from the text
    return kw.endswith("a") == tok.endswith("a")


# how a text token stands for a keyword token (see match_kind)
WORD, RESPELLING, PLURAL_VOWEL, SLAVIC_CASE = 1, 2, 3, 4
# only as a Hungarian or Romanian case form (:mod:`watcher.core.case_suffixes`), counted in an
# item of that language only
CASE_SUFFIX = 5
# a Greek keyword's case form ("Αθήνας" for "Αθήνα", "Τσίπρα" for "Τσίπρας"): counted in an item
# in Greek or of none stated (:mod:`watcher.core.greek`)
GREEK_CASE = 7
# only as a German umlaut written out ("Zuerich" for "Zürich", "Muenchen" for "München"):
# counted where the other side is written with the umlaut, in the item or in the config
# ("Rafał" is no "Rafael", "Michał" no "Michael", "Jager" no "Jaeger": a user's review,
# session 44), and then as a respelling
UMLAUT = 8
# a closed compound that begins or ends with the keyword ("Warnstreik", "Wimbledonsieger"):
# counted in an item of a language that writes compounds so (``COMPOUNDING``), or of none
# stated. Elsewhere the longer word is another word: a surname ("Milanović" is no "Milano",
# "Napolitano" no "Napoli": a user's review, session 42), "airstrike" no "strike"
COMPOUND = 6
COMPOUNDING = frozenset({"de", "nl", "sv", "da", "nb", "nn", "is", "fi", "lb", "af", "hu"})
# function words of those languages, none an English or Romance one: a feed that states another
# language ("en-US", WordPress's default) but writes German still compounds (a code review)
_COMPOUNDING_WORDS = frozenset("""
der die das und nicht ist auf fur zum zur eine einer einem wird werden sich auch nach bei
het een van niet voor zijn wordt och att inte ikke og ble blev
""".split())  # noqa: SIM905
# ... and in a language that inflects with endings, the keyword and a short tail is one of its
# forms ("štrajk" / "štrajkujú", "prezidențiale" / "prezidențialelor")
INFLECTING = frozenset({"pl", "cs", "sk", "sl", "hr", "sr", "bs", "bg", "mk", "ru", "uk", "be",
                        "ro", "tr", "lt", "lv", "et", "el"})
# Italian plurals change a noun's last vowel ("sciopero"/"scioperi", "elezione"/"elezioni",
# "partita"/"partite"): (keyword's last letter, text token's), both ways
_VOWEL_PLURALS = frozenset({("o", "i"), ("e", "i"), ("a", "e"), ("i", "o"), ("i", "e"),
                            ("e", "a")})


def match_kind(kw: str, tok: str) -> int:
    """How text token ``tok`` stands for keyword token ``kw`` (both folded): 0 not at all,
    ``WORD`` as the same word (equal, inflected, numbered, a compound), ``RESPELLING`` only as
    another spelling of a name (a transliteration). A respelling counts only where the text
    writes the token as a name, ``PLURAL_VOWEL`` (an Italian plural or singular) only for a
    keyword the configuration writes in lower case, a common noun: "Conte" is no "conti"
    (:meth:`WatchMatcher.match`). ``SLAVIC_CASE``: only as a Slavic case form
    (:func:`slavic_form`), which counts in an item of a Slavic language only; where a token is
    both that and a respelling or an Italian plural, the kind says the latter and
    :meth:`WatchMatcher.match` asks :func:`slavic_form` again."""
    if len(kw) > SHORT and _script(kw) != _script(tok):
        return _across_scripts(kw, tok)
    if arabic(kw) and arabic(tok):  # no respelling or compound rule reads Arabic letters
        return WORD if (kw == tok or _edition_of(kw, tok)
                        or arabic_form(kw, tok, NAME_ARTICLES)) else 0
    if hebrew(kw) and hebrew(tok):  # nor Hebrew ones
        return WORD if kw == tok or hebrew_form(kw, tok) else 0
    kind = _kind(kw, tok)
    if kind:
        return kind
    if korean_form(kw, tok):
        return WORD  # "서울에서" for "서울": the keyword and its particles
    if len(kw) <= SHORT:  # whole words only, but for a Cyrillic name's case forms (Рим: Риме)
        return SLAVIC_CASE if cyrillic(kw) and cyrillic(tok) and slavic_form(kw, tok) else 0
    if greek(kw) and greek_form(kw, tok):
        return GREEK_CASE  # "Αθήνας" for "Αθήνα"
    if cyrillic(kw) and cyrillic(tok) and cyrillic_key(kw) == cyrillic_key(tok):
        return WORD  # the Ukrainian spelling of a Russian keyword, or back: Путін/Путин
    if slavic_form(kw, tok):
        return SLAVIC_CASE
    return CASE_SUFFIX if suffix_form(kw, tok) else 0


def _script(word: str) -> int:
    """1 for a word in Cyrillic letters, 2 in Greek ones, else 0 (Latin, or a script no
    keyword is respelled from)."""
    return 1 if cyrillic(word) else 2 if greek(word) else 0


def _across_scripts(kw: str, tok: str) -> int:
    """A name written in Latin letters and in Cyrillic: ``Putin`` and ``Путин``, ``Путина``,
    ``Zelensky`` and ``Зеленский``, ``Зеленського``: a respelling, when the Cyrillic word
    transliterated (its case ending dropped) has the Latin one's transliteration key. Greek
    likewise (:func:`_across_greek`)."""
    if greek(kw) or greek(tok):
        return _across_greek(kw, tok)
    found = _across_cyrillic(kw, tok)
    if not found and ("є" in kw or "є" in tok):
        # Ukrainian "є" is "ie" letter for letter, but a name's Latin spelling often follows
        # the Russian "е": "Umerov" is "Умєров" in Ukrainian (a user's review, session 52)
        found = _across_cyrillic(kw.replace("є", "е"), tok.replace("є", "е"))
    return found


def _across_cyrillic(kw: str, tok: str) -> int:
    """:func:`_across_scripts` for Latin and Cyrillic letters."""
    lat_kw = romanize(kw) if cyrillic(kw) else kw
    lat_tok = romanize(tok) if cyrillic(tok) else tok
    if not (lat_kw.isalpha() and lat_tok.isalpha() and lat_kw.isascii() and lat_tok.isascii()):
        return 0
    if lat_tok == lat_kw:
        return RESPELLING  # letter for letter, as an acronym is ("NATO" and "НАТО")
    kkey, tkey = translit_key(lat_kw), translit_key(lat_tok)
    if tkey == kkey:
        return RESPELLING
    if lat_kw[:1] != lat_tok[:1] and kkey[:1] != tkey[:1]:
        return 0
    if not cyrillic(tok):
        return 0
    stems = {kkey, translit_key(lat_kw[:-1])} if lat_kw[-1] in "aeiouy" else {kkey}
    stems.update(map(translit_key, ukrainian_stems(lat_kw)))  # Lviv: Львова, Львові
    for ending in ROMAN_ENDINGS:
        if (lat_tok.endswith(ending) and len(lat_tok) - len(ending) >= len(lat_kw) - 2
                and translit_key(lat_tok[:-len(ending)]) in stems):
            return RESPELLING
    return 0


def _latin(word: str) -> tuple[str, ...]:
    """``word`` in Latin letters: its readings when Greek, transliterated when Cyrillic."""
    return romanizations(word) if greek(word) else (romanize(word),) if cyrillic(word) else (word,)


def _across_greek(kw: str, tok: str) -> int:
    """A name written in Greek letters and in Latin (or Cyrillic) ones: ``Putin`` and
    ``Πούτιν``, ``Zelensky`` and ``Ζελένσκι``, ``Mitsotakis`` and ``Μητσοτάκης``,
    ``Μητσοτάκη``, ``Kyriakos`` and ``Κυριάκου`` (through its nominative): a respelling when a
    reading of the Greek word has the other's transliteration key; an acronym letter for letter
    (``NATO`` and ``ΝΑΤΟ``). A Greek function word is no name ("στην" is no "Stein")."""
    if (greek(tok) and function_word(tok)) or (greek(kw) and function_word(kw)):
        return 0
    kw_forms = _latin(kw)
    tok_forms = _latin(tok)
    if not all(f.isalpha() and f.isascii() for f in (*kw_forms, *tok_forms)):
        return 0
    if set(kw_forms) & set(tok_forms):
        return RESPELLING  # letter for letter, as an acronym is ("NATO" and "ΝΑΤΟ")
    keys = {_greek_key(f): f for f in kw_forms}
    for f in tok_forms:
        k = keys.get(_greek_key(f))
        if k is not None and _may_transliterate(k, f):
            return RESPELLING
    if greek(tok):  # a case form: "Κυριάκου" for "Kyriakos", "Τσίπρα" for "Tsipras", through
        # a nominative that ends as the keyword does ("Πουτίνα" is no "Putin")
        for nominative in nominatives(tok)[1:]:
            for f in romanizations(nominative):
                k = keys.get(_greek_key(f))
                if k is not None and k[-1] == f[-1]:
                    return RESPELLING
    return 0


def _greek_key(latin: str) -> str:
    """The transliteration key, with "sh" read "s": Greek has no such sound and writes "σ"
    ("Λουκασένκο" for Lukashenko, "Σολτς" for Scholz)."""
    return translit_key(latin).replace("sh", "s")


def _another_place(kw: str, tok: str) -> bool:
    """Are the keyword and the compound that contains it two places the place tables know
    ("Sachsen" in "Niedersachsen": Saxony and Lower Saxony)? Then the compound names the other
    place, not the keyword's (a user's review, session 41: a watch of Saxony told a Lower
    Saxony election and a football derby there)."""
    here = _place(tok)
    return here is not None and here != (_place(kw) or here)


def _place(word: str) -> str | None:
    """The city or country the place tables read ``word`` as (folded), if any."""
    return CITIES.get(word) or COUNTRIES.get(word)


def _kind(kw: str, tok: str) -> int:
    """``match_kind`` without Slavic case forms."""
    if kw == tok:
        return WORD
    if _edition_of(kw, tok):
        return WORD
    if len(kw) <= SHORT or kw.isdigit() or tok.isdigit():
        return 0
    if tok.startswith(kw) and _inflected(kw, tok[len(kw):]):
        return WORD
    if len(kw) >= COMPOUND_MIN and len(tok) >= len(kw) + 3 and not _another_place(kw, tok):
        if tok.startswith(kw):
            return COMPOUND
        for ending in ("", *_ENDINGS):
            if tok.endswith(kw + ending) and len(tok) - len(kw) - len(ending) >= 3:
                return COMPOUND
    if len(tok) <= 4 and (kw.startswith(tok) or is_stopword(tok)):
        # a short word that begins a name, or a function word, is no transliteration of it
        # ("Mile"/"Milei", "chez"/"Chess"); "Kiew"/"Kyjiw", "Chad"/"Tchad" still meet
        return 0
    if kw.startswith(tok) and kw[len(tok):] in ("s", "es") and not tok.endswith("a"):
        return WORD  # the singular of a plural keyword: "Jeux olympique" for "Jeux Olympiques"
    if (len(kw) >= 5 and len(tok) == len(kw) and kw[:-1] == tok[:-1]
            and (kw[-1], tok[-1]) in _VOWEL_PLURALS):
        return PLURAL_VOWEL  # counts for a common noun only (WatchMatcher.match)
    if not _may_transliterate(kw, tok):
        return 0
    if _short_for(kw, tok):
        return 0
    if _chance_respelling(kw, tok):
        return 0
    kkey, tkey = translit_key(kw), translit_key(tok)
    if kkey == tkey or dutch_key(tok) == kkey:
        return RESPELLING
    if ("e" in kw or "e" in tok) and umlaut_key(kw) == umlaut_key(tok):
        return UMLAUT
    edits = _max_edits(len(kw))
    if edits and kkey[:1] == tkey[:1] and (
            Levenshtein.distance(kkey, tkey, score_cutoff=edits) <= edits):
        return RESPELLING
    return 0


_VOWELS = frozenset("aeiouy")


def _short_for(kw: str, tok: str) -> bool:
    """Is a short text token two letters or more shorter than the keyword, and begun with
    another sound ("Kane" for "Cannes", "Ceni" for "Kenyan", "Win" for "Vienne")? Such a
    token shares the keyword's phonetic key by chance: a respelling keeps most of a name's
    letters or its first sound ("Usyk" for "Oussyk", "Chad" for "Tschad"), unless the place
    tables know both as one place ("Wien" for "Vienne"; session 70, a namesakes set: Harry
    Kane's move to Munich was news for a watch of the Cannes festival)."""
    if len(tok) > SHORT_NAME or len(kw) - len(tok) < 2:
        return False
    if kw[0] == tok[0] or (kw[0] in _VOWELS and tok[0] in _VOWELS) or kw.endswith(tok[1:]):
        return False  # ("Chad" for "Tschad": the keyword's letters before it are one sound)
    place = _place(kw)
    return place is None or place != _place(tok)


def _edition_of(kw: str, tok: str) -> bool:
    """Is ``tok`` the keyword, ending in a letter, with a number after it: a numbered edition or
    model ("COP30", "Euro2024", "iPhone15", "كوب28")?"""
    return kw[-1:].isalpha() and tok.startswith(kw) and tok[len(kw):].isdecimal()


def _chance_respelling(kw: str, tok: str) -> bool:
    """Do a short keyword and a text token differ only as two words of their own do, by a
    "y" for an "i" or a doubled letter ("Lyon"/"Lion", "Thai"/"Thay", "Maas"/"Mas",
    "Haas"/"Hass": a user's review, session 44)? A short name's real respellings differ in
    more places than one ("Kiew"/"Kyjiw", "Chad"/"Tchad")."""
    if len(kw) > SHORT_NAME:
        return False
    if kw != undoubled(kw) and undoubled(kw) == undoubled(tok):
        return True
    diff = ([{a, b} for a, b in zip(kw, tok, strict=True) if a != b]
            if len(kw) == len(tok) else [])
    return len(diff) == 1 and diff[0] == {"y", "i"}


def token_matches(kw: str, tok: str, slavic: bool = False) -> bool:
    """Can text token ``tok`` stand for keyword token ``kw`` (both folded), as the same word, as
    a respelling of a name or as an Italian plural, or in a text of a Slavic language
    (``slavic``) as a case form?"""
    kind = match_kind(kw, tok)
    return kind > 0 and kind != CASE_SUFFIX and (kind != SLAVIC_CASE or slavic)


class _Memo:
    """``match_kind`` answers remembered, per text token.

    A feed's vocabulary repeats and the keyword tokens are few: after a few hundred items almost
    every text token has been seen, and which phrase-initial keyword tokens it stands for is one
    dict lookup. Bounded, so a daemon that runs for months does not grow without end.
    """

    LIMIT = 200_000

    def __init__(self, firsts: Sequence[str]) -> None:
        self._firsts = tuple(dict.fromkeys(firsts))
        self._hits: dict[str, tuple[str, ...]] = {}  # token -> the keyword tokens it stands for
        self._seen: set[str] = set()  # the keys of ``_hits``, as a set for set arithmetic
        self._positive: set[str] = set()  # the tokens whose hits are not empty
        self.pairs: dict[tuple[str, str], int] = {}  # (keyword token, token) -> match_kind

    def firsts_in(self, title: Collection[str], summary: Collection[str]) -> set[str]:
        """The phrase-initial keyword tokens that some token of ``title`` or ``summary`` stands
        for.

        Set operations (in C) on the two token lists find whether any token is new and whether
        any is a known hit, without building a set of the item's words first (it cost some 7%
        of matching); Python only loops over those, which are few once the vocabulary of the
        feeds has been seen."""
        hits = self._hits
        if len(hits) > self.LIMIT:
            hits.clear()
            self._seen.clear()
            self._positive.clear()
        seen = self._seen
        if not (seen.issuperset(title) and seen.issuperset(summary)):
            for tok in {*title, *summary} - seen:
                known = hits[tok] = tuple(kw for kw in self._firsts if match_kind(kw, tok))
                seen.add(tok)
                if known:
                    self._positive.add(tok)
        if self._positive.isdisjoint(title) and self._positive.isdisjoint(summary):
            return set()  # most items
        found: set[str] = set()
        for tok in {*title, *summary} & self._positive:
            found.update(hits[tok])
        return found

    def kind(self, kw: str, tok: str) -> int:
        answer = self.pairs.get((kw, tok))
        if answer is None:
            if len(self.pairs) > self.LIMIT:
                self.pairs.clear()
            answer = self.pairs[kw, tok] = match_kind(kw, tok)
        return answer


def _numbered(phrase: Sequence[str]) -> bool:
    """Does ``phrase`` write a name and its number apart ("cop", "30")? Its name is then the
    text's word itself: "COP29: 30 countries sign" is no "COP 30" (the numbered-edition rule
    would let "cop" stand for "cop29"), nor "G20: 7 things to know" a "G 7"."""
    return any(a.isalpha() and b.isdigit() for a, b in pairwise(phrase))


def _numbered_in(phrase: Sequence[str], toks: Sequence[str],
                 test: Callable[[str, str], bool]) -> bool:
    """:func:`_phrase_in` for a :func:`_numbered` phrase: a word before a number matches only
    the same word."""
    n = len(phrase)
    exact = [j + 1 < n and phrase[j + 1].isdigit() for j in range(n)]
    return any(all((toks[i + j] == phrase[j]) if exact[j] else test(phrase[j], toks[i + j])
                   for j in range(n))
               for i in range(len(toks) - n + 1))


# French "tour" after an ordinal is a round of a vote or a race ("second tour", "1er tour",
# "dernier tour"), and in "tour de table", "tour d'horizon", "tour de chauffe" a turn: no tour
# of the Tour de France or of a band (session 70, a namesakes set: "Municipales : le second
# tour reporté" was news for a watch of the Tour)
_ROUND_BEFORE = frozenset({"premier", "second", "seconde", "deuxieme", "troisieme", "1er", "2e",
                           "2eme", "2nd", "3e", "dernier", "nouveau"})
_TURN_AFTER = frozenset({("de", "table"), ("d", "horizon"), ("de", "chauffe"),
                         ("de", "scrutin"), ("de", "piste"), ("de", "vis")})


def _another_tour(toks: Sequence[str], i: int) -> bool:
    """Is the "tour" at ``toks[i]`` a round or a turn (``_ROUND_BEFORE``, ``_TURN_AFTER``)?"""
    return ((i > 0 and toks[i - 1] in _ROUND_BEFORE)
            or tuple(toks[i + 1:i + 3]) in _TURN_AFTER)


def _phrase_in(phrase: Sequence[str], toks: Sequence[str],
               test: Callable[[str, str], bool]) -> bool:
    n = len(phrase)
    if n == 0:
        return False
    first = phrase[0]
    for i in range(len(toks) - n + 1):
        # the first token alone, without a generator: at most positions it does not match
        if test(first, toks[i]) and all(test(phrase[j], toks[i + j]) for j in range(1, n)):
            if n == 1 and first == "tour" and _another_tour(toks, i):
                continue
            return True
    return False


@dataclass(frozen=True, slots=True)
class _Compiled:
    watch: WatchSettings
    # each phrase with its spellings (:func:`spellings`); any of them occurring is the phrase
    keywords: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]
    require: tuple[tuple[tuple[str, ...], ...], ...]
    exclude: tuple[tuple[tuple[str, ...], ...], ...]
    feeds: frozenset[str]


# German umlauts as ASCII writes them ("Zuerich", "Koeln", "Muenchen"): wire copy, URLs and
# Swiss style. Folding takes a keyword's "Zürich" to "zurich"; this spelling is another phrase.
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_LETTERS_DIGITS = re.compile(r"(?<=[a-z])(?=[0-9])")


@lru_cache(maxsize=4096)
def spellings(phrase: str) -> tuple[tuple[str, ...], ...]:
    """The token phrases a configured keyword (or require / exclude phrase) stands for: its
    tokens, then the other ways news writes it. A name with a number is written run together,
    hyphenated or spaced ("G7", "G-7", "G 7"; "COP30", "COP 30"): the tokens split at a letter
    followed by a digit, and a letter token joined to the digits after it, are the same phrase.
    A German umlaut is also written "ae", "oe", "ue" ("Zürich": "Zuerich"). Only the keyword's
    own respellings: a text's "Zurich" already folds to the keyword's "zurich"."""
    base = tuple(tokens(phrase))
    if not base:
        return ()
    out = [base]
    split = tuple(part for tok in base for part in _LETTERS_DIGITS.sub(" ", tok).split())
    joined: list[str] = []
    for tok in base:
        if joined and tok.isdigit() and joined[-1].isalpha():
            joined[-1] += tok
        else:
            joined.append(tok)
    umlauts = tuple(tokens(unicodedata.normalize("NFC", phrase).translate(_UMLAUTS)))
    for other in (split, tuple(joined), umlauts):
        if other and other not in out:
            out.append(other)
    return tuple(out)


def _phrases(words: Sequence[str]) -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
    return tuple((w, spellings(w)) for w in words if tokens(w))


def written_as_names(*texts: str) -> set[str]:
    """The folded words that ``texts`` write with a capital letter: names, German nouns, and
    first words of sentences. A transliteration respells a name, and en, de and fr write names
    capitalised: "sa course à la direction" is no "Kurz", "the court" no "Kurti", "comme" no
    "Comey", while "Poutine", "Lawrow" and "Kiew" are names wherever they stand. Accents are
    composed first ("Zélensky" written with a combining accent is one word)."""
    return {fold(w) for text in texts for w in words(unicodedata.normalize("NFC", text))
            if w[0].isupper()}


def _written(watches: Sequence[WatchSettings]) -> tuple[frozenset[str], frozenset[str]]:
    """Keyword tokens the configuration only ever writes in capitals ("CUPE", "UNESCO"), and
    those it only ever writes in lower case ("sciopero", "elezioni"). An acronym is spelled
    letter for letter, never transliterated ("CUPE" is no "Coupe"); a common noun's Italian
    plural changes its last vowel, a name's never ("Conte" is no "conti", "Monti" no
    "monte")."""
    caps: dict[str, bool] = {}
    lower: dict[str, bool] = {}
    for w in watches:
        for phrase in (*w.keywords, *w.require, *w.exclude):
            for word in words(phrase):
                # a spelling's tokens are written as the word is ("G7": "G", "7")
                for tok in dict.fromkeys(t for form in spellings(word) for t in form):
                    caps[tok] = caps.get(tok, True) and len(word) > 1 and word.isupper()
                    lower[tok] = lower.get(tok, True) and word.islower()
    return (frozenset(t for t, yes in caps.items() if yes),
            frozenset(t for t, yes in lower.items() if yes))


class WatchMatcher:
    """Matches items against a fixed set of watches (rebuild it on config reload)."""

    def __init__(self, watches: Sequence[WatchSettings]) -> None:
        self._watches = tuple(
            _Compiled(
                watch=w,
                keywords=_phrases(w.keywords),
                require=tuple(p for _, p in _phrases(w.require)),
                exclude=tuple(p for _, p in _phrases(w.exclude)),
                feeds=frozenset(w.feeds),
            )
            for w in watches
        )
        self._acronyms, self._common = _written(watches)
        # keyword tokens the config writes with an umlaut ("Zürich"): they find "Zuerich"
        self._umlauts = frozenset(
            fold(w) for watch in watches
            for text in (*watch.keywords, *watch.require, *watch.exclude)
            for w in words(unicodedata.normalize("NFC", text))
            if not _UMLAUT_LETTERS.isdisjoint(w))
        # watches that take items without any of their phrases occurring (no keywords)
        self._open = any(not c.keywords and not c.require and not c.watch.keywords
                         for c in self._watches)
        every = [phrase for c in self._watches
                 for forms in (*(p for _, p in c.keywords), *c.require, *c.exclude)
                 for phrase in forms]
        self._memo = _Memo([phrase[0] for phrase in every if phrase])
        self._numbered = frozenset(p for p in every if _numbered(p))
        # A short keyword matches whole words only ("ESC" is no "escape"), but an acronym's
        # plural is written "EMAs", "NFTs": those plural tokens, with their singular
        self._plurals = {
            tok + "s": (tok, re.compile(rf"\b{re.escape(tok.upper())}s\b"))
            for phrase in every for tok in phrase if len(tok) <= SHORT and tok.isalpha()
        }

    def _singular(self, fields: tuple[list[str], list[str]], plurals: Collection[str],
                  item: Item) -> tuple[list[str], list[str]]:
        """``fields`` with each acronym plural the item writes as one ("EMAs": capitals, then a
        lowercase "s") read as its singular; "emas" written any other way stays a word."""
        out = []
        for toks, text in zip(fields, (item.title, item.summary), strict=True):
            singular = {p: self._plurals[p][0] for p in plurals
                        if self._plurals[p][1].search(text)}
            out.append([singular.get(t, t) for t in toks] if singular else toks)
        return out[0], out[1]

    @property
    def watches(self) -> tuple[WatchSettings, ...]:
        return tuple(c.watch for c in self._watches)

    def match(self, item: Item, *, loose: bool = False) -> tuple[WatchMatch, ...]:
        """The watches that take ``item``, in configuration order, with the keywords found;
        with ``loose``, also those whose keywords stand but whose ``require`` or ``exclude``
        turned the item down (``WatchMatch.loose``: a watch's narrowing chooses the events it
        follows, and a later article of such an event is its news too).

        Most items match no watch, so each phrase's first token is first looked up in the item's
        vocabulary (memoised); only phrases whose first token occurs are scanned in order."""
        fields = (tokens(item.title), tokens(item.summary))
        memo = self._memo
        plurals = self._plurals.keys()  # acronym plurals ("emas"): most items have none
        if plurals and not (plurals.isdisjoint(fields[0]) and plurals.isdisjoint(fields[1])):
            fields = self._singular(fields, plurals & {*fields[0], *fields[1]}, item)
        present = memo.firsts_in(*fields)
        if not present and not self._open:
            return ()  # most items: no keyword, require or exclude phrase can occur

        names: set[str] | None = None  # the item's capitalised words, when first needed
        slavic = slavic_item(item)
        code = language_code(item.lang)
        greek_item = code is None or code == "el"  # Greek case forms count (Αθήνας)
        compounding: bool | None = True if code is None or code in COMPOUNDING else None
        inflecting = code in INFLECTING
        suffixing = suffix_lang(item)  # "hu" or "ro": case suffixes count (Budapesten)
        written: dict[str, list[str]] | None = None  # the item's words as written, by token
        acronyms = self._acronyms
        common = self._common
        umlauts = self._umlauts
        pairs = memo.pairs
        numbered = self._numbered

        def test(kw: str, tok: str) -> bool:
            nonlocal names, written, compounding
            kind = pairs.get((kw, tok))
            if kind is None:
                kind = memo.kind(kw, tok)
            if kind and kw in acronyms:
                if written is None:
                    written = written_forms(item.title, item.summary)
                forms = written.get(tok)  # none: an acronym plural read as one ("EMAs")
                if forms and not any(spells_acronym(kw, w) for w in forms) and not (
                        suffixing == "fi" and any(not w.islower() for w in forms)
                        and suffix_form_in(suffixing, kw, tok)):
                    # (Finnish declines an acronym as a word: "Natoon", "Naton")
                    return False
            if kind in (SLAVIC_CASE, PLURAL_VOWEL, RESPELLING, COMPOUND) and (
                    slavic or (slavic is None and cyrillic(kw))) and slavic_form(kw, tok):
                if len(kw) < SLAVIC_STEM_MIN and cyrillic(kw) and kw not in common:
                    # a short name's case form is a name's only where written as one: "Риме",
                    # not "тому" for "Том", "поле" for "Пол" (a code review, session 52)
                    if names is None:
                        names = written_as_names(item.title, item.summary)
                    return tok in names
                return True  # "Putina", "Warszawie", "Путиным" in a Polish or Russian item
            if kind > WORD and suffixing and suffix_form_in(suffixing, kw, tok):
                return True  # "Budapestre", "Orbánnal" in Hungarian, "Bucureștiul" in Romanian
            if kind == GREEK_CASE:
                return greek_item
            if kind == UMLAUT:
                if written is None:
                    written = written_forms(item.title, item.summary)
                if not (kw in umlauts or any(
                        not _UMLAUT_LETTERS.isdisjoint(w) for w in written.get(tok, ()))):
                    return False
                kind = RESPELLING
            if kind == COMPOUND:
                if compounding is None:  # the stated language is wrong when the text says so
                    compounding = len(_COMPOUNDING_WORDS.intersection(
                        [*fields[0], *fields[1]])) >= 2
                return compounding or (inflecting and tok.startswith(kw)
                                       and len(tok) - len(kw) <= 4)
            if kind == PLURAL_VOWEL:
                return kw in common
            if kind != RESPELLING:
                return kind == WORD
            if kw in acronyms:
                # an acronym is spelled letter for letter, never respelled; in another
                # script it is its letters ("NATO" and "НАТО"; a code review: a word's
                # letters, "в метро" for "Metro", stay a name's respelling)
                return _script(kw) != _script(tok)
            if names is None:
                names = written_as_names(item.title, item.summary)
            return tok in names

        def stands_one(phrase: tuple[str, ...]) -> int:
            if not phrase or phrase[0] not in present:
                return 0
            find = _numbered_in if phrase in numbered else _phrase_in
            if find(phrase, fields[0], test):
                return 1
            return 2 if find(phrase, fields[1], test) else 0

        def stands(forms: tuple[tuple[str, ...], ...]) -> int:
            """Where a phrase, in any of its spellings, occurs: 0 nowhere, 1 in the headline, 2
            only in the summary."""
            found = [w for w in map(stands_one, forms) if w]
            return min(found, default=0)

        def occurs(forms: tuple[tuple[str, ...], ...]) -> bool:
            return any(stands_one(p) for p in forms)

        out: list[WatchMatch] = []
        for c in self._watches:
            if c.feeds and item.feed_url not in c.feeds:
                continue
            # an excluded phrase in the headline says the article is about what the watch
            # leaves out ("Handball-Bundesliga"): no event of the watch continues in it
            barred = [stands(p) for p in c.exclude] if c.exclude else []
            refused = any(barred) or not all(occurs(p) for p in c.require)
            if refused and not (loose and c.keywords and 1 not in barred):
                continue
            if not c.keywords:
                if c.watch.keywords:  # keywords that fold to nothing ("!!!") never match
                    continue
                out.append(WatchMatch(c.watch.name, ()))
                continue
            where = [(k, stands(p)) for k, p in c.keywords]
            found = tuple(k for k, w in where if w)
            if found:
                out.append(WatchMatch(c.watch.name, found, any(w == 1 for _, w in where),
                                      loose=bool(refused)))
        return tuple(out)


def why_not(matcher: WatchMatcher, item: Item) -> list[tuple[str, str]]:
    """For ``watcher explain``: each watch that does not take ``item``, and why, in words - the
    question a user asks of an article that raised no alert. A watch is tried alone on the
    item (a one-watch matcher: the same rules, its own acronyms)."""
    out = []
    for w in matcher.watches:
        if w.feeds and item.feed_url not in w.feeds:
            out.append((w.name, "the article's feed is not among its feeds"))
            continue
        if WatchMatcher([w]).match(item):
            continue
        probe = WatchMatcher([replace(w, require=(), exclude=(), feeds=())])
        if not probe.match(item):
            tried = ", ".join(repr(k) for k in w.keywords)
            out.append((w.name, f"none of its keywords found ({tried})"))
            continue
        hits = [x for x in w.exclude
                if WatchMatcher([replace(w, keywords=(x,), require=(), exclude=(), feeds=())])
                .match(item)]
        if hits:
            out.append((w.name, f"excluded: {hits[0]!r} found"))
            continue
        missing = [r for r in w.require
                   if not WatchMatcher([replace(w, keywords=(r,), require=(), exclude=(),
                                                feeds=())]).match(item)]
        out.append((w.name, f"keyword found, but required {missing[0]!r} missing" if missing
                    else "not taken"))
    return out


def headline_watches(matches: tuple[WatchMatch, ...]) -> tuple[WatchMatch, ...]:
    """The watches an item belongs to: when the headline names one watch's keyword, a watch
    whose keyword only its summary mentions is a passing mention ("Cameron calls Syria vote as
    Corbyn allows free vote" for a watch on Corbyn's TV debates), and is left out. Over the
    labelled sets such summary-only watches gave 46 alerts for another watch's event and 2
    right ones. A watch without keywords takes every item of its feeds, as before.

    A headline that names only a kind of occasion ("Warnstreik", "strike", "élections": a watch
    on every strike) names no subject: the name its summary gives ("the train drivers' union
    GDL") is the article's, not a passing mention (a user's review of category watches: a
    union's own watch never heard of its second strike)."""
    if not any(m.headline and m.keywords and not all(map(names_a_kind, m.keywords))
               for m in matches):
        return matches
    return tuple(m for m in matches if m.headline or not m.keywords)


@lru_cache(maxsize=4096)
def names_a_kind(keyword: str) -> bool:
    """Is ``keyword`` one word that names a kind of occasion ("Streik", "Warnstreik", "grève",
    "election", "Gipfel"), as the clustering features read it, rather than a name?"""
    words = tokens(keyword)
    if len(words) != 1:
        return False
    word = words[0]
    return (CONCEPTS.get(word) or compound_kind(word)) in EVENT_KINDS


def kind_watch(watch: WatchSettings) -> bool:
    """Is ``watch`` on a kind of occasion, every keyword of it one ("Streik", "strike",
    "grève"), rather than on a name? Its keyword then tells no two strikes apart."""
    return bool(watch.keywords) and all(map(names_a_kind, watch.keywords))


def name_length(match: WatchMatch) -> int:
    """How specific the name is an article names ``match``'s watch by: the words of the
    longest of its keywords it contains, in its shortest spelling ("G-20" is one word, as
    "G20"; 0 for a watch without keywords, which takes every item). "Club World Cup" names
    one occasion, "Miami" a city of many stories: when one article is news for several
    watches, the longer name is the narrower watch's (:func:`~watcher.core.one_alert.one_alert`).
    """
    return max((min(map(len, spellings(k))) for k in match.keywords), default=0)
