"""Greek names and words, for keyword matching (:mod:`watcher.core.match`), as
:mod:`watcher.core.slavic` does Cyrillic.

Greek news writes foreign names in Greek letters (``Πούτιν``, ``Ζελένσκι``, ``Ερντογάν``,
``ΝΑΤΟ``) and Greek names in Latin letters abroad (``Mitsotakis``, ``Tsipras``): a keyword typed
in one script finds the other (:func:`romanizations`, compared by
:func:`watcher.core.text.translit_key` as the Cyrillic ones are), an acronym letter for letter.
Greek declines its nouns and names: ``Αθήνα``/``Αθήνας``, ``Τσίπρας``/``Τσίπρα``,
``Μητσοτάκης``/``Μητσοτάκη``, ``Κυριάκος``/``Κυριάκου``, ``Παρίσι``/``Παρισιού``. A keyword
written in Greek finds its case forms (:func:`greek_form`) by the declension its ending names
(a keyword is written in the nominative): ``Νίκος`` finds ``Νίκου`` but not ``Νίκη``, another
name, and ``Μαρία`` ``Μαρίας`` but not ``Μάριος``. A Latin keyword finds a Greek case form
through that form's nominative (``Kyriakos`` finds ``Κυριάκου``). The text's words are folded
(:func:`watcher.core.text.fold`): no accents, final ``ς`` written ``σ``.
"""

from __future__ import annotations

from functools import lru_cache

from watcher.core.text import STOPWORDS_BY_LANG

# keyword tokens shorter than this never decline (acronyms and short words written whole)
DECLINES_FROM = 4
GREEK_STEM_MIN = 3  # letters a declined word keeps before its ending


def greek(word: str) -> bool:
    """Is ``word`` written in Greek letters (folded: the basic block; unfolded: also the
    accented letters of the extended block)?"""
    ch = word[:1]
    return "\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff"


# The nominal declensions by the nominative's ending (folded, final sigma "σ"), each with the
# endings of its forms, singular and plural: masculines in -ας (Τσίπρας, Τσίπρα), -ης
# (Μητσοτάκης, Μητσοτάκη, the family's Μητσοτάκηδες) and -ος (Κυριάκος, Κυριάκου, Κυριάκο,
# Κυριάκε); feminines in -α (Αθήνα, Αθήνας, Αθηνών) and -η (Κρήτη, Κρήτης); neuters in -ο
# (Βερολίνο, Βερολίνου) and -ι (Παρίσι, Παρισιού); plurals in -ες (Βρυξέλλες, Βρυξελλών) and
# -οι (Ολυμπιακοί, Ολυμπιακών). Longest ending first: "ασ" before "σ"-less "α".
_DECLENSIONS: tuple[tuple[str, frozenset[str]], ...] = (
    ("ασ", frozenset({"ασ", "α", "εσ", "ων"})),
    ("ησ", frozenset({"ησ", "η", "ηδεσ", "ηδων"})),
    ("οσ", frozenset({"οσ", "ου", "ο", "ε", "οι", "ων", "ουσ"})),
    ("εσ", frozenset({"εσ", "ων"})),
    ("οι", frozenset({"οι", "ων", "ουσ"})),
    ("α", frozenset({"α", "ασ", "εσ", "ων"})),
    ("η", frozenset({"η", "ησ", "εσ", "ων"})),
    ("ο", frozenset({"ο", "ου", "α", "ων"})),
    ("ι", frozenset({"ι", "ιου", "ια", "ιων"})),
)


def _sigma(word: str) -> str:
    return word.replace("ς", "σ") if "ς" in word else word


def greek_form(kw: str, tok: str) -> bool:
    """Is ``tok`` a case form of the Greek keyword ``kw`` (both folded, in the nominative's
    declension: ``αθηνα``/``αθηνασ``, ``τσιπρασ``/``τσιπρα``, ``κυριακοσ``/``κυριακου``)?"""
    kw, tok = _sigma(kw), _sigma(tok)
    if len(kw) < DECLINES_FROM or kw == tok or kw[:2] != tok[:2]:
        return False
    for nominative, forms in _DECLENSIONS:
        if not kw.endswith(nominative):
            continue
        stem = kw[:-len(nominative)]
        if len(stem) < GREEK_STEM_MIN:
            return False
        return tok.startswith(stem) and tok[len(stem):] in forms
    return False


def nominatives(tok: str) -> tuple[str, ...]:
    """``tok`` (folded Greek) and the nominatives it may be a case form of: ``κυριακου`` ->
    ``κυριακου``, ``κυριακοσ``, ``κυριακο``, ...; what a Latin keyword is compared with."""
    tok = _sigma(tok)
    out = [tok]
    for nominative, forms in _DECLENSIONS:
        for form in forms:
            if form != nominative and tok.endswith(form) and len(tok) - len(form) >= GREEK_STEM_MIN:
                out.append(tok[:-len(form)] + nominative)
    return tuple(dict.fromkeys(out))


# Foreign names Greek writes as they sound, not letter for letter (English "u" said "a":
# "Τραμπ"; "ai" for "i": "Μπάιντεν"): their Latin spelling, as a third reading
_SPOKEN = {
    "τραμπ": "trump", "μπαιντεν": "biden", "σολτσ": "scholz", "μερτσ": "merz",
    "τζονσον": "johnson", "μπουσ": "bush", "ουασινγκτον": "washington", "μπλερ": "blair",
}

# Greek letters (folded) in Latin ones as English, German and French write Greek and foreign
# names, before :func:`watcher.core.text.translit_key` evens out the rest (ou -> u, kh -> h,
# y -> i, doubled letters): η, ι, υ are all "i" to it.
_LETTERS = str.maketrans({
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i",
    "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
    "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
})
# Two readings of the letter pairs: a Greek name's (ELOT 743: "Μπακογιάννη" Bakogianni,
# "Ντόρα" Dora at the start, "Ολυμπιακός" Olympiakos, "Σαντορίνη" Santorini inside, "Χανιά"
# Chania) and a foreign name's, where Greek writes b, d, g with two letters wherever they stand
# ("Όρμπαν" Orban, "Ερντογάν" Erdogan, "Μπάιντεν"), the Russian -v with "φ" ("Λαβρόφ" Lavrov)
# and the kh of a transliteration with "χ" ("Νετανιάχου" Netanyahu)
_GREEK_PAIRS = (("ου", "u"), ("αυ", "av"), ("ευ", "ev"), ("γγ", "ng"), ("γκ", "gk"),
                ("μπ", "mp"), ("ντ", "nt"), ("τσ", "ts"), ("τζ", "tz"))
_GREEK_INITIAL = (("μπ", "b"), ("ντ", "d"), ("γκ", "g"))
_FOREIGN_PAIRS = (("αου", "au"), ("ου", "u"), ("γγ", "ng"), ("γκ", "g"), ("μπ", "b"),
                  ("ντ", "d"), ("τσ", "ts"), ("τζ", "tz"), ("χ", "kh"))


@lru_cache(maxsize=65536)
def romanizations(word: str) -> tuple[str, ...]:
    """A folded Greek word in Latin letters, read as a Greek name and as a foreign one:
    ``πουτιν`` -> ``putin``; ``ερντογαν`` -> ``erntogan``, ``erdogan``; ``νατο`` -> ``nato``;
    ``τραμπ`` -> ``tramp``, ``trump`` (:data:`_SPOKEN`). "ου" is written "u" here, as
    :func:`~watcher.core.text.translit_key` would (which stems first: "poutin" would lose its
    "n")."""
    word = _sigma(word)
    native = word
    for pair, latin in _GREEK_INITIAL:
        if native.startswith(pair):
            native = latin + native[len(pair):]
    for pair, latin in _GREEK_PAIRS:
        native = native.replace(pair, latin)
    foreign = word
    for pair, latin in _FOREIGN_PAIRS:
        foreign = foreign.replace(pair, latin)
    if foreign.endswith("φ"):
        foreign = foreign[:-1] + "v"
    spoken = _SPOKEN.get(word)
    return tuple(dict.fromkeys((native.translate(_LETTERS), foreign.translate(_LETTERS),
                                *((spoken,) if spoken else ()))))


def function_word(tok: str) -> bool:
    """Is ``tok`` a Greek function word ("στην", "τους", "που")? Never a respelled name: "στην"
    and "Stein" share a phonetic key."""
    return _sigma(tok) in _GREEK_STOPWORDS


_GREEK_STOPWORDS = frozenset(map(_sigma, STOPWORDS_BY_LANG.get("el", ())))
