"""Slavic case forms of a keyword, for keyword matching (:mod:`watcher.core.match`).

Slavic languages decline names: Polish and Russian headlines write ``Putina``, ``Putinem``,
``Putinowi``, ``Orlenu``, ``Путина``, ``Путиным``. In an item of a Slavic language
(:data:`SLAVIC`) a keyword token of four letters or more also finds itself with a case ending
(:func:`slavic_form`), and one of five letters or more ending in a vowel (``Warszawa``,
``Москва``) that vowel replaced by an ending (``Warszawie``, ``Warszawy``, ``Москве``). Nowhere
else: in English, German or French ``Mali`` is no ``Malia``, ``Bush`` no ``Bushy``. A keyword
written in Cyrillic declines in an item that states no language too: its script says it is none
of those; and one of three or four letters declines as well ("Рим": "Риме"; "Вена": "Вене"),
where the item writes the word as a name (:func:`_short_cyrillic_form`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from watcher.core.text import language_code
from watcher.models import Item

# Latin keyword tokens shorter than this never decline: names or acronyms written whole (as
# ``match.SHORT`` makes them match whole tokens only); short Cyrillic ones, see above
DECLINES_FROM = 4


# Languages whose nouns and names take case endings (ISO 639-1): Polish, Czech, Slovak, Russian,
# Ukrainian, Belarusian, Bulgarian, Croatian, Serbian, Bosnian, Slovenian, Macedonian
SLAVIC = frozenset({"pl", "cs", "sk", "ru", "uk", "be", "bg", "hr", "sr", "bs", "sl", "mk"})
# Case endings after folding (Polish ą/ę/ó fold to a/e/o, Czech ů/ý/í to u/y/i): Polish
# (Putina, Orlenu, Putinem, Putinowi, Gdańskiem, Wrocławiu, Zełenskiego), Czech and Slovak
# (Putinovi, Prahou, Putinom), Croatian, Serbian and Slovenian (Putinom); session 37: Czech and
# Slovak adjectival and soft genitives and datives (Zelenského from Zelensky, Pellegriniho,
# Pellegrinimu) and the Slovak locative plural after a soft stem (Košiciach)
_SLAVIC_LATIN = frozenset({
    "a", "u", "y", "i", "e", "em", "iem", "ie", "iu", "owi", "ovi", "om", "ow", "ov", "owie",
    "ove", "ach", "ech", "och", "ami", "mi", "ego", "iego", "emu", "iemu", "ym", "im", "ej",
    "iej", "ou", "ich", "ych", "eho", "iho", "imu", "iach",
})
# Cyrillic, folded (й -> и, ё -> е, ї -> і): Russian, Ukrainian, Belarusian, Serbian,
# Macedonian (Путина, Путину, Путиным, Путіном, Путінові) and Bulgarian's article (Путинът)
_SLAVIC_CYRILLIC = frozenset({
    "а", "я", "у", "ю", "е", "і", "и", "ы", "ом", "ем", "ым", "им", "ои", "еи", "ыи", "ии",
    "ов", "ев", "ів", "ам", "ям", "ами", "ями", "ах", "ях", "ого", "его", "ому", "ему", "ая",
    "ую", "ое", "ою", "ею", "ові", "еві", "ът", "ят", "та", "то", "те",
})
# the letters a case ending replaces at the end of a keyword: vowels, and the Russian soft sign
# (Казань/Казани, Игорь/Игоря)
_VOWELS = frozenset("aeiouyаеиоуыэюяієь")
# Polish consonants that soften before the locative's -e (stem's last letters -> text's): after
# an -a dropped, Ameryka/Ameryce, Polska/Polsce, Praga/Pradze, Czech Praha/Praze; ending a
# keyword, Budapeszt/Budapeszcie, Belgrad/Belgradzie (those of ``_SOFTENED_END`` only: a
# masculine in -k or -g takes -u, Gdańsk/Gdańsku)
_SOFTENED = (("k", "c"), ("g", "dz"), ("r", "rz"), ("t", "ci"), ("d", "dzi"), ("ch", "sz"),
             ("h", "z"), ("st", "sci"))
_SOFTENED_END = (("st", "sci"), ("t", "ci"), ("d", "dzi"), ("r", "rz"))
SLAVIC_STEM_MIN = 5  # keyword tokens at least this long may change their last vowel


def cyrillic(word: str) -> bool:
    return "\u0400" <= word[:1] <= "\u04ff"


# Ukrainian and Belarusian letters, Russian's "ы" and "э" and the soft and hard signs, mapped so
# that one language's spelling of a name meets another's: Путін/Путин, Зеленський/Зеленский,
# Крим/Крым, Ердоган/Эрдоган, Медведєв/Медведев (folding made "ї" "і", "й" "и" and "ё" "е")
_VARIANTS = str.maketrans({"і": "и", "ы": "и", "є": "е", "э": "е", "ґ": "г", "ў": "в",
                           "ь": None, "ъ": None})
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def cyrillic_key(word: str) -> str:
    """A folded Cyrillic word as the East Slavic languages all spell it: the letters of
    ``_VARIANTS`` mapped, doubled letters written once (Одесса/Одеса, Россия/Росія)."""
    return _DOUBLED.sub(r"\1", word.translate(_VARIANTS))


_CYRILLIC_KEYS = frozenset(map(cyrillic_key, _SLAVIC_CYRILLIC))

# Folded Cyrillic (й -> и, ё -> е, ї -> і) to Latin letters as English, German and French
# transliterations write them, before :func:`watcher.core.text.translit_key` evens out theirs
_ROMAN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch", "ъ": None, "ы": "y", "ь": None, "э": "e", "ю": "iu", "я": "ia",
    "ў": "u", "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz",
})
# the case endings of ``_SLAVIC_CYRILLIC`` so transliterated, longest first
ROMAN_ENDINGS = tuple(sorted({e.translate(_ROMAN) for e in _SLAVIC_CYRILLIC} - {""},
                             key=len, reverse=True))


@lru_cache(maxsize=65536)
def romanize(word: str) -> str:
    """A folded Cyrillic word in Latin letters: ``путин`` -> ``putin``, ``зеленскии`` ->
    ``zelenskii``."""
    return word.translate(_ROMAN)


def latin_form(word: str) -> str:
    """A folded Cyrillic word in Latin letters, as the East Slavic languages all spell it
    (:func:`cyrillic_key`, then :func:`romanize`): "Україною" and "Украиной" -> "ukrainoiu",
    "ukrainoi"; the place tables' key (:mod:`watcher.core.cyrillic_places`)."""
    return romanize(cyrillic_key(word))


def latin_stem(t: str) -> str:
    """A folded Cyrillic word in the Latin letters the word features of other languages use,
    its case ending dropped: "Путина", "Путіна", "Путину" -> "putin", "Умєрова" -> "umerov",
    "Казани" -> "kazan", so that a Russian, a Ukrainian and an English report of one story
    share its names (a user's review, session 52: the Ukrainian reports of a prisoner exchange
    and of the Istanbul talks scored near nothing against the same stories told in Russian and
    English, and opened events of their own). An ending goes only where four letters stay, and
    never the surnames' and places' own "-ov", "-ev", "-iv" (Умеров, Харків), which are also
    a plural's genitive, nor with the dative's "-i" after them (Умєрові: "umerov")."""
    lat = latin_form(t)
    for ending in _STEM_ENDINGS:
        if lat.endswith(ending) and len(lat) - len(ending) >= 4:
            return lat[:-len(ending)]
    return lat


# (nor Bulgarian's article, "-ът", "-та", "-то", "-те", "-ят": "Будапешт" lost its "t")
_STEM_ENDINGS = tuple(e for e in ROMAN_ENDINGS
                      if e not in ("ov", "ev", "iv", "ovi", "evi", "t", "ta", "to", "te", "iat"))


def ukrainian_stems(kw: str) -> tuple[str, ...]:
    """The stems of a Ukrainian noun whose last syllable's "і" is an "о" or "е" in its other
    cases: ``львів`` -> ``лвов``, ``лвев`` (keyed as :func:`cyrillic_key` keys: Львова,
    Львові), ``kharkiv`` -> ``kharkov`` (a user's review, session 42: "у Львові", "зі Львова",
    "у Харкові" were missed). Only a word that writes the Ukrainian "і" there, or in Latin
    letters a place's "-iv" or "-il" (Lviv, Kharkiv, Ternopil): "Putin" is no "Путена" (a code
    review)."""
    if len(kw) < 4:
        return ()
    if cyrillic(kw):
        if kw[-2] != "і" or kw[-1] in _VOWELS:
            return ()
        return cyrillic_key(kw[:-2] + "о" + kw[-1]), cyrillic_key(kw[:-2] + "е" + kw[-1])
    if kw[-2:] not in ("iv", "il"):
        return ()
    return kw[:-2] + "o" + kw[-1], kw[:-2] + "e" + kw[-1]


def slavic_form(kw: str, tok: str) -> bool:
    """Is ``tok`` ``kw`` (both folded) with a Slavic case ending: the keyword plus an ending
    (``putina``, ``putinowi``, ``путиным``), or for a keyword of ``SLAVIC_STEM_MIN`` letters or
    more ending in a vowel, that vowel (or an adjective's two: ``Зеленский``/``Зеленского``)
    replaced by one (``warszawie``, ``москве``, ``zelenskiego``) or, in Latin script, by a
    softened consonant and ``e`` (``ameryce``, ``praze``; ``budapeszcie`` after a final
    consonant)? Keywords of three letters or fewer never decline: they are names or acronyms
    written whole."""
    cyr = cyrillic(kw)
    if cyr != cyrillic(tok):
        return False
    alternating = ukrainian_stems(kw) if cyr else ()
    if cyr and len(kw) < SLAVIC_STEM_MIN:
        # in the shared letters, but with doubled letters kept: "Римма" is no "Рима"
        if _short_cyrillic_form(kw.translate(_VARIANTS), tok.translate(_VARIANTS)):
            return True
        key = cyrillic_key(tok)  # Київ: Києва, Києві (``ukrainian_stems``)
        return any(key.startswith(alt) and key[len(alt):] in _CYRILLIC_KEYS
                   for alt in alternating)
    if cyr:  # in the letters all three East Slavic languages share: Путіна for Путин
        kw, tok = cyrillic_key(kw), cyrillic_key(tok)
    if len(kw) < DECLINES_FROM or len(tok) <= len(kw) - 2 or kw[:2] != tok[:2]:
        return False
    endings = _CYRILLIC_KEYS if cyr else _SLAVIC_LATIN
    if tok.startswith(kw) and tok[len(kw):] in endings:
        return True
    if any(tok.startswith(alt) and tok[len(alt):] in endings for alt in alternating):
        return True
    if len(kw) < SLAVIC_STEM_MIN:
        return False
    if kw[-1] not in _VOWELS:
        return not cyr and any(
            kw.endswith(hard) and tok == kw[:-len(hard)] + soft + "e"
            for hard, soft in _SOFTENED_END)
    for cut in (1, 2):
        stem = kw[:-cut]
        if len(stem) < 4 or (cut == 2 and stem[-1] in _VOWELS) or kw[-cut] not in _VOWELS:
            break
        if tok.startswith(stem) and tok[len(stem):] in endings:
            return True
    if not cyr and kw[-1] == "a":
        stem = kw[:-1]
        for hard, soft in _SOFTENED:
            if (stem.endswith(hard) and len(stem) > len(hard) + 2
                    and tok == stem[:-len(hard)] + soft + "e"):
                return True
    return False


# the endings a short feminine name in -а/-я takes instead (Вены, Вене, Вену, Веной; Уфы,
# Уфе, Уфу, Уфой), and every ending, in the letters of ``_VARIANTS`` (folded: й -> и)
_FEMININE_KEYS = frozenset(e.translate(_VARIANTS) for e in
                           ("ы", "и", "е", "у", "ю", "ои", "еи", "ою", "ею", "і"))
_SHORT_ENDINGS = frozenset(e.translate(_VARIANTS) for e in _SLAVIC_CYRILLIC)


def _short_cyrillic_form(kw: str, tok: str) -> bool:
    """A case form of a Cyrillic keyword of three or four letters (both ``_VARIANTS``-mapped):
    Рим in Риме, Рима, Римом, Римі; Уфа in Уфе, Уфы; Вена in Вене. A Latin keyword that short
    stays whole ("ESC", "Xi", "Bush"), but a Cyrillic name so short is no acronym when written
    in small letters (the matcher holds an acronym to its capitals), and a headline declines it
    as any other (a user's review, session 52: a watch on "Рим" found none of its Russian
    articles). Only the keyword plus an ending, or its final -а/-я so replaced: "Римма" is no
    "Рим"."""
    if len(kw) < 3 or not tok.startswith(kw[:-1]):
        return False
    if tok.startswith(kw) and tok[len(kw):] in _SHORT_ENDINGS:
        return True
    return kw[-1] in "ая" and tok[len(kw) - 1:] in _FEMININE_KEYS


def slavic_item(item: Item) -> bool | None:
    """Does ``item`` write a Slavic language: True where it says so ("pl", "ru-RU", "uk_UA"),
    False where it states another, None where it states none (then a Cyrillic keyword still
    declines, :meth:`WatchMatcher.match`)."""
    code = language_code(item.lang)
    return None if code is None else code in SLAVIC
