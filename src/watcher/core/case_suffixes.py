"""Hungarian case suffixes, Romanian definite endings and Indonesian enclitics on a keyword, for
keyword matching
(:mod:`watcher.core.match`), as :mod:`watcher.core.slavic` does Slavic case endings.

Hungarian glues its cases to names: ``Budapesten``, ``Budapestre``, ``Budapestről``,
``Orbánnal``, ``Putyinhoz``, ``Trumpot``, the adjective ``budapesti``. In an item whose language
is Hungarian a keyword token of four letters or more also finds itself with a suffix of
``_HU_SUFFIXES`` (:func:`hungarian_form`): both vowel-harmony variants are listed (``-ban`` and
``-ben``; folding makes ``-ről``/``-ról`` one ``-rol``, and the lengthened final vowel before a
suffix, ``Moszkvában``, folds back to the keyword's ``a``), the instrumental ``-val``/``-vel``
after a consonant doubles it (``Orbánnal``, ``Trumppal``, ``Kováccsal``), and the old locative
``-ott``/``-ett`` of some towns (``Pécsett``, ``Győrött``). Romanian puts its definite article at
the end (:func:`romanian_form`): ``Bucureștiul``, ``Bucureștiului``, ``Parisului``, a final
``-a`` replaced by ``-ei`` (``României``, ``Moldovei``, ``Rusiei``); a foreign name takes it after
a hyphen (``Trump-ului``), which tokens split already. Nowhere else: in English ``Mali`` is no
``Malin`` and ``Budapest`` no ``Budapestre``. Keywords of three letters or fewer never take
one: names or acronyms written whole.

Finnish (:func:`finnish_form`, session 42) glues its cases to names too: ``Niinistön``,
``Niinistölle``, ``Putinin``, ``Putinille``, ``Putinia`` (a name ending in a consonant takes an
``-i-`` before the ending), ``Helsinkiin``, and in the weak grade of consonant gradation
``Helsingissä``, ``Helsingin`` (nk -> ng, kk -> k, pp -> p, tt -> t, mp -> mm, nt -> nn, lt ->
ll, rt -> rr, ht -> hd, rk -> r: ``Turku``/``Turun``, ``Lahti``/``Lahden``); a final ``-i``
becomes ``-e-`` (``Suomi``/``Suomessa``), ``-nen`` ``-se-`` (``Virtanen``/``Virtasen``), and a
final ``-e`` doubles (``Tampere``/``Tampereella``). The gradation is the regular part only.
"""

from __future__ import annotations

from watcher.core.text import language_code
from watcher.models import Item

SUFFIXED_FROM = 4  # keyword tokens shorter than this match whole tokens only

# Hungarian case suffixes after folding (ő/ó -> o, ű/ú -> u, é -> e, á -> a): superessive
# (-n, -on, -en), inessive, illative, elative (-ban/-ben, -ba/-be, -ból/-ből), sublative,
# delative (-ra/-re, -ról/-ről), ablative, allative (-tól/-től, -hoz/-hez/-höz), dative (-nak/-nek),
# adessive (-nál/-nél), terminative (-ig), causal (-ért), essive (-ként), instrumental after a
# vowel (-val/-vel), accusative (-t, -ot, -et, -at, -öt), the old locative (-ott, -ett, -ött),
# and the adjective -i (budapesti, szegedi) with its plural (budapestiek)
_HU_SUFFIXES = frozenset({
    "n", "on", "en", "ban", "ben", "ba", "be", "bol", "ra", "re", "rol", "tol", "hoz", "hez",
    "nak", "nek", "nal", "nel", "ig", "ert", "kent", "val", "vel", "t", "ot", "et", "at", "ott",
    "ett", "i", "iek", "iak",
})
# Hungarian consonants written with two letters, doubled by their first (Kovács -> Kováccsal)
_HU_DIGRAPHS = ("cs", "sz", "zs", "gy", "ny", "ly", "ty")
_VOWELS = frozenset("aeiouy")

# Romanian definite endings after folding (ș -> s, ț -> t, ă/â -> a, î -> i): the masculine and
# neuter -ul, genitive -ului, after -e -le and -lui (Mureșul, Mureșului; Dunăre isn't one: its
# -a is); a final -a replaced by the feminine genitive -ei (României, Moldovei, Europei)
_RO_SUFFIXES = frozenset({"ul", "ului", "le", "lui"})
_RO_A_ENDINGS = frozenset({"ei"})


# Finnish case endings after folding (ä -> a, ö -> o): genitive -n, partitive -a/-ta (-ä/-tä),
# inessive -ssa, elative -sta, adessive -lla, ablative -lta, allative -lle, essive -na,
# translative -ksi, abessive -tta; the illative doubles the stem's last vowel and adds -n
# (Helsinkiin, Natoon, Niinistöön) or, after a long vowel, takes -seen (Espooseen)
_FI_ENDINGS = frozenset({"n", "a", "ta", "ssa", "sta", "lla", "lta", "lle", "na", "ksi", "tta"})
# the endings of the weak grade (a closed syllable after the stem): not the partitive, the
# essive nor the illative (Helsinkiä, Helsinkinä, Helsinkiin keep "nk")
_FI_WEAK_ENDINGS = frozenset({"n", "ssa", "sta", "lla", "lta", "lle", "ksi", "tta"})
# consonant gradation, strong -> weak, of the consonants before the last vowel (the regular
# cases: "Helsinki"/"Helsingin", "Turku"/"Turun", "Lahti"/"Lahden", "Matti"/"Matin")
_FI_GRADATION = (("nk", "ng"), ("kk", "k"), ("pp", "p"), ("tt", "t"), ("mp", "mm"),
                 ("nt", "nn"), ("lt", "ll"), ("rt", "rr"), ("ht", "hd"), ("rk", "r"))
_FI_VOWELS = frozenset("aeiouyäö")


def hungarian_form(kw: str, tok: str) -> bool:
    """Is ``tok`` ``kw`` (both folded) with a Hungarian case suffix or the adjective ``-i``
    (``budapesten``, ``budapestrol``, ``orbannal``, ``trumpot``, ``pecsett``, ``budapesti``)?"""
    if len(kw) < SUFFIXED_FROM or not kw.isalpha() or kw[:3] != tok[:3]:
        return False
    if tok.startswith(kw) and tok[len(kw):] in _HU_SUFFIXES:
        return True
    if kw[-1] in _VOWELS or tok[-2:] not in ("al", "el"):
        return False
    # -val/-vel after a consonant: the consonant doubled (orbannal, trumppal, kovaccsal)
    for digraph in _HU_DIGRAPHS:
        if kw.endswith(digraph):
            return tok[:-2] == kw[:-2] + digraph[0] + digraph
    return tok[:-2] == kw + kw[-1]


def romanian_form(kw: str, tok: str) -> bool:
    """Is ``tok`` ``kw`` (both folded) with a Romanian definite ending (``bucurestiul``,
    ``bucurestiului``, ``parisului``) or, for a keyword ending in ``a``, that ``a`` replaced by
    the genitive's ``-ei`` (``romaniei``, ``moldovei``)?"""
    if len(kw) < SUFFIXED_FROM or not kw.isalpha():
        return False
    if tok.startswith(kw) and tok[len(kw):] in _RO_SUFFIXES:
        return True
    return (len(kw) >= 5 and kw[-1] == "a" and tok.startswith(kw[:-1])
            and tok[len(kw) - 1:] in _RO_A_ENDINGS)


def _fi_ending(rest: str, last: str, weak: bool) -> bool:
    """Is ``rest`` a Finnish case ending after a stem ending in the vowel ``last`` (its weak
    grade, when ``weak``)?"""
    if weak:
        return rest in _FI_WEAK_ENDINGS
    return rest in _FI_ENDINGS or rest == last + "n"  # the illative: Helsinkiin, Turkuun


def finnish_form(kw: str, tok: str) -> bool:
    """Is ``tok`` ``kw`` (both folded) with a Finnish case ending (``niiniston``,
    ``putinille``, ``helsinkiin``, ``helsingissa``, ``turun``, ``suomessa``, ``virtasen``,
    ``tampereella``)? Keywords of three letters or fewer never take one."""
    if (len(kw) < SUFFIXED_FROM or not kw.isalpha() or kw[:2] != tok[:2]
            or len(tok) < len(kw) or tok == kw):
        return False
    if kw.endswith("nen") and len(kw) >= 6:  # Virtanen: Virtasen, Virtasella, Virtasta
        stem = kw[:-3] + "se"
        return ((tok.startswith(stem) and _fi_ending(tok[len(stem):], "e", True))
                or tok == kw[:-3] + "sta")
    last = kw[-1]
    if last not in _FI_VOWELS:  # Putin: Putinin, Putinia, Putinille, Putiniin
        return tok.startswith(kw + "i") and (tok[len(kw) + 1:] in _FI_ENDINGS
                                             or tok[len(kw) + 1:] == "in")
    if tok.startswith(kw) and _fi_ending(tok[len(kw):], last, False):
        return True
    if len(kw) >= 3 and kw[-1] == kw[-2] and tok == kw + "seen":
        return True  # Espooseen
    stems = [(kw[:-1], last)]
    if last == "i":
        stems.append((kw[:-1], "e"))  # Suomi: Suomen, Suomessa; Lahti: Lahden
    if last == "e":
        stems.append((kw, "e"))  # Tampere: Tampereen, Tampereella
    for stem, vowel in stems:
        if len(stem) < 3:
            continue
        if tok.startswith(stem + vowel) and stem + vowel != kw and _fi_ending(
                tok[len(stem) + 1:], vowel, False):
            return True
        for strong, weak in _FI_GRADATION:
            if stem.endswith(strong):
                weak_stem = stem[:-len(strong)] + weak + vowel
                if tok.startswith(weak_stem) and _fi_ending(tok[len(weak_stem):], vowel, True):
                    return True
                break
    return False


# Indonesian and Malay enclitics (session 54): "-nya" (its, the: "pemilunya", "konsernya"),
# "-lah", "-kah", "-pun" (emphasis, question, even)
_ID_ENCLITICS = frozenset({"nya", "lah", "kah", "pun"})


def indonesian_form(kw: str, tok: str) -> bool:
    """Is ``tok`` ``kw`` (both folded) with an Indonesian or Malay enclitic (``pemilunya``,
    ``konsernya``)?"""
    return (len(kw) >= SUFFIXED_FROM and kw.isalpha() and tok.startswith(kw)
            and tok[len(kw):] in _ID_ENCLITICS)


# each suffixing language's test of a case form
_FORMS = {"hu": hungarian_form, "ro": romanian_form, "fi": finnish_form, "id": indonesian_form}
SUFFIXING = frozenset(_FORMS)


def suffix_form(kw: str, tok: str) -> bool:
    """Any language's form, for :func:`watcher.core.match.match_kind` (which does not know
    the item's language)."""
    return any(form(kw, tok) for form in _FORMS.values())


def suffix_lang(item: Item) -> str | None:
    """"hu", "ro", "fi" or "id" where ``item`` states that language ("hu-HU", "ro_RO",
    "fi-FI", "ms-MY"), else None."""
    code = language_code(item.lang)
    return code if code in SUFFIXING else None


def suffix_form_in(lang: str | None, kw: str, tok: str) -> bool:
    """Does ``tok`` stand for ``kw`` as a case form in an item of language ``lang``?"""
    form = _FORMS.get(lang or "")
    return form is not None and form(kw, tok)
