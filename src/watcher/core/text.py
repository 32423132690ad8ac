"""Text normalisation shared by watch matching and clustering.

Everything works on *folded* tokens: NFKD, accents dropped, lower case, ``ß`` -> ``ss``, split on
anything that is not a letter or digit (so hyphenated compounds such as ``Taylor-Swift-Konzerte``
or ``Kim Jong-un`` fall apart into their words). On top of folding there are two coarser keys:

- :func:`stem`, a deliberately light multilingual suffix stripper (EN/DE/FR plural and genitive
  endings). It only has to make ``Gipfels``/``Gipfel``, ``summits``/``summit`` and ``Putins``/
  ``Putin`` meet; it never needs to be linguistically right.
- :func:`translit_key`, a phonetic key that makes transliterations of the same name meet:
  ``Lawrow``/``Lavrov``, ``Selenskyj``/``Zelensky``/``Zelenskiy``, ``Tschaikowsky``/
  ``Tchaikovsky``, ``Poutine``/``Putin``. Collisions between unrelated words are possible, so
  callers only use it for tokens of four letters or more.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from watcher.core.hanzi import simplified

# Letters NFKD does not take apart, as pairs for str.replace: str.translate with a dict looks
# every character up in Python and took three quarters of the time of folding a summary.
_SPECIAL = (("ß", "ss"), ("æ", "ae"), ("œ", "oe"), ("ø", "o"), ("ł", "l"), ("đ", "d"),
            ("ı", "i"), ("’", "'"), ("`", "'"),
            ("ʼ", "'"),  # U+02BC, the Ukrainian apostrophe ("пʼятниця"): a letter to \w
            ("ς", "σ"))  # the Greek final sigma: one letter, whatever its place ("Αθήνας")
# Combining marks (what NFKD splits off accented letters), in every script's ranges.
_COMBINING = re.compile("[" + "".join(
    chr(c) for c in range(0x300, 0x10000)
    if unicodedata.combining(chr(c)) and c not in (0x3099, 0x309A)) + "]")
# Chinese characters and Japanese kana: those scripts write no space between words, so each
# character is a word of its own (as search engines without a dictionary read them, Lucene's
# standard tokenizer among them). "東京五輪の延期" is 東 京 五 輪 の 延 期, and a keyword "東京五輪"
# the phrase 東 京 五 輪. Korean writes spaces, and keeps its words.
KANA = "\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff\uff66-\uff9f"
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # Chinese characters
HANGUL = "\uac00-\ud7a3"  # Korean syllables
# Thai and Lao write no space between words either (session 54): each letter is a word of its
# own too, with the vowel signs written on it ("จี", not "จ": "จีน", China, is no "จน", until);
# a keyword is the run of its letters. Their tone marks fold away, as accents do
THAI = "\u0e01-\u0e30\u0e32\u0e33\u0e40-\u0e46\u0e4f-\u0e5b"
LAO = "\u0e81-\u0eb0\u0eb2\u0eb3\u0ebd\u0ec0-\u0ec6\u0ed0-\u0edf"
SEA_MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ecd"
CJK = KANA + HAN + THAI + LAO
# The scripts of India and Sri Lanka (Devanagari to Sinhala) write their vowels as signs on the
# consonant, which are no letters to ``\w``: "लोकसभा" fell apart into "ल", "कसभ" (and a lone
# "न" of "चुनाव" read as Hindi's "not"). The signs are part of the word (session 54)
INDIC_SIGNS = "".join(chr(c) for c in range(0x900, 0xE00)
                       if unicodedata.category(chr(c)) in ("Mn", "Mc"))
# a word of the scripts that write no spaces: a Chinese character or a kana, a Thai or Lao letter
# with its signs (the status reader's tokens and phrases split so too)
UNSPACED_LETTER = rf"[{KANA}{HAN}]|[{THAI}{LAO}][{SEA_MARKS}]*"
# one word of text that has any of these: such a letter, else a run of letters, digits and Indic
# vowel signs
UNSPACED_WORD = rf"{UNSPACED_LETTER}|(?:[^\W_{CJK}]|[{INDIC_SIGNS}])+"
# any of the scripts above: one search tells most text (Latin, Cyrillic, Greek) that none of
# the steps for them applies, as one did before there were several (a German summary folded
# 40% slower with a search for each)
_OTHER_SCRIPTS = re.compile(f"[\u0600-\u0dff\u0e01-\u0edf\ufb50-\ufdff\ufe70-\ufeff{KANA}{HAN}]")
HAS_CJK = re.compile(f"[{CJK}\u0900-\u0dff]")  # the text needs UNSPACED_WORD
_HAS_HAN = re.compile(f"[{HAN}]")
# the expressions that split those characters cost half as much again on other text: they
# run only where the text has one (a search for one is a quarter of a split)
_WORD = UNSPACED_WORD
_TOKEN_CJK = re.compile(_WORD)
_TOKEN = re.compile(r"[^\W_]+")
_GAP_WORD_CJK = re.compile(rf"([\W_]*)({_WORD})")
_GAP_WORD = re.compile(r"([\W_]*)([^\W_]+)")  # what precedes a word, the word
# Japanese voicing marks and Korean letters, which NFKD takes apart (ガ -> カ + U+3099, 서 -> ᄉ +
# ᅥ): put back together after folding, or "バス" would be "パス" and "연기" a prefix of "연길"
_RECOMPOSE = re.compile("[\u3099\u309a\u1100-\u11ff]")
# Arabic script (Arabic, Persian, Urdu): NFKD already drops the short vowels and takes the hamza
# off its seat (أ إ آ -> ا, ؤ -> و, ئ -> ي). What writers still spell both ways is folded too,
# as Arabic search engines do (Lucene's ArabicNormalizer): the final alef maqsura and the ya
# ("الى" / "إلى", "على" / "علي"), the ta marbuta and the ha ("القمة" / "القمه"), the tatweel
# that stretches a word ("قـمة"); Persian's own kaf and ya are the Arabic ones; and the
# Arabic-Indic digits are digits ("٢٠٢٢" is 2022, for dates and editions).
ARABIC = "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"
HAS_ARABIC = re.compile(f"[{ARABIC}]")
HEBREW = "\u05d0-\u05ea\u05f0-\u05f4"  # Hebrew letters (its points fold away as accents do)
ARABIC_FOLD = str.maketrans({
    "\u0649": "\u064a", "\u0629": "\u0647", "\u0640": None, "\u06a9": "\u0643", "\u06cc": "\u064a",
    **{chr(0x0660 + d): str(d) for d in range(10)}, **{chr(0x06f0 + d): str(d) for d in range(10)}})
# the same for ASCII text (re's Unicode \w is str.isalnum() or "_": [A-Za-z0-9_] in ASCII)
_GAP_WORD_ASCII = re.compile(r"([^A-Za-z0-9]*)([A-Za-z0-9]+)")
_SENTENCE_END_CHARS = frozenset('.!?:;«»"“”„')


def fold(text: str) -> str:
    """Lower case without accents: ``"Genève"`` -> ``"geneve"``, ``"Straße"`` -> ``"strasse"``.

    Words and short phrases are remembered; running text is not (a cache of whole summaries
    only churns, and held tens of megabytes)."""
    if text.isascii():  # most of the stream, and ten times faster
        return text.lower()
    return _fold(text) if len(text) <= 64 else _fold.__wrapped__(text)


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    text = text.lower()
    for special, plain in _SPECIAL:
        if special in text:
            text = text.replace(special, plain)
    decomposed = unicodedata.normalize("NFKD", text)
    if decomposed.isascii():
        return decomposed
    if _COMBINING.search(decomposed):
        decomposed = _COMBINING.sub("", decomposed)
    if _RECOMPOSE.search(decomposed):
        decomposed = unicodedata.normalize("NFC", decomposed)
    if not _OTHER_SCRIPTS.search(decomposed):
        return decomposed
    if HAS_ARABIC.search(decomposed):
        decomposed = decomposed.translate(ARABIC_FOLD)
    if _HAS_HAN.search(decomposed):
        return simplified(decomposed)  # 習近平 is 习近平 (:mod:`watcher.core.hanzi`)
    return decomposed


# ASCII letters and digits kept, every other byte a space: for ASCII text ``[^\W_]+`` is exactly
# ``[A-Za-z0-9]+`` (re's Unicode ``\w`` is ``str.isalnum()`` or ``_``), and bytes.translate plus
# split run at memory speed where the regex costs some 50 ns a character.
_ASCII_WORDS = bytes(c if c < 128 and chr(c).isalnum() else 32 for c in range(256))


def words(text: str) -> list[str]:
    """The words of ``text`` as written (not folded): what ``tokens`` folds, for a look at their
    surface (capitals)."""
    if not _OTHER_SCRIPTS.search(text):
        return _TOKEN.findall(text)
    return (_TOKEN_CJK if HAS_CJK.search(text) else _TOKEN).findall(text)


def tokens(text: str) -> list[str]:
    """Folded word tokens; punctuation (hyphens, apostrophes, dots) separates words.

    Matching tokenises every title and summary of every poll, so folded ASCII text (nearly all of
    it: folding takes the accents off German and French) takes a path twice as fast as the
    regular expression, with the same result; other text keeps the expression."""
    folded = fold(text)
    if folded.isascii():
        return folded.encode("ascii").translate(_ASCII_WORDS).decode("ascii").split()
    return (_TOKEN_CJK if HAS_CJK.search(folded) else _TOKEN).findall(folded)


class Token(NamedTuple):
    """A word of running text with what clustering wants to know about its surface form."""

    text: str  # folded
    capital: bool  # written with a capital letter and not the first word of a sentence
    position: int  # position among the tokens of its field


def scan(text: str) -> list[Token]:
    """Tokens with a capitalisation flag; sentence-initial capitals do not count (any word is
    capitalised there), so the flag marks names and (in German) nouns.

    One ``findall`` (in C) splits the text into (gap, word) pairs: it is most of the cost of
    clustering features, and a Python loop over match objects cost twice as much."""
    out: list[Token] = []
    append = out.append
    ends = _SENTENCE_END_CHARS
    new = tuple.__new__  # what Token(...) runs, without its Python-level __new__
    # ASCII text: the same pairs from ASCII classes, which the engine tests faster than \w's
    if text.isascii():
        pairs = _GAP_WORD_ASCII.findall(text)
    else:  # the Ukrainian apostrophe U+02BC is a letter to \w: it separates, as in tokens()
        gap_word = _GAP_WORD
        if _OTHER_SCRIPTS.search(text) and HAS_CJK.search(text):
            gap_word = _GAP_WORD_CJK
        pairs = gap_word.findall(text.replace("\u02bc", "\u2019") if "\u02bc" in text
                                 else text)
    for i, (gap, word) in enumerate(pairs):
        gap = gap.rstrip()  # only the gap since the last word matters
        initial = gap[-1] in ends if gap else i == 0
        # acronyms (GDL, NASA, ESC) are names wherever they stand
        capital = (not initial and word[0].isupper()) or (len(word) > 1 and word.isupper())
        append(new(Token, (word.lower() if word.isascii() else fold(word), capital, i)))
    return out


# Endings stripped by :func:`stem`, longest first. German -en/-ern/-es, English -s/-es,
# French -s/-x.
_SUFFIXES = ("ern", "ens", "en", "es", "er", "s", "n", "e", "x")


@lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """Strip one inflectional ending, keeping at least five letters (digits are left alone), so
    that a name and its genitive meet (``putin``/``putins``) but short words stay themselves."""
    if token.isdigit() or len(token) <= 5:
        return token
    for suffix in _SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= 5:
            return token[: -len(suffix)]
    return token


# Rewrites applied in order by translit_key. They map the usual German, French and English
# transliterations of Cyrillic (and a few Germanic spellings) onto one form.
_TRANSLIT = (
    ("tsch", "ch"), ("tch", "ch"), ("sch", "sh"), ("ou", "u"), ("kh", "h"),
    ("ck", "k"), ("ph", "f"), ("w", "v"), ("y", "i"), ("j", "i"), ("z", "s"), ("c", "k"),
    ("q", "k"), ("ee", "i"), ("ie", "i"),
)
# Two more readings, for matching only (the clustering features keep ``translit_key``: their
# keys are stored in events, and "israel" must stay "israel"): German umlauts written out in
# ASCII ("Muenchen", "Schroeder", "Koeln", where folding drops the dots of "München"), and
# Dutch transliterations ("oe" says u, "sj" sh, "tsj" ch: "Poetin", "Loekasjenko", "Sjojgoe").
_UMLAUTS = (("ae", "a"), ("oe", "o"), ("ue", "u"))
_DUTCH = (("tsj", "ch"), ("sj", "sh"), ("oe", "u"))


def _read_as(token: str, rewrites: tuple[tuple[str, str], ...]) -> str:
    """The transliteration key of ``token`` with ``rewrites`` applied first."""
    for old, new in rewrites:
        token = token.replace(old, new)
    return translit_key(token)


def umlaut_key(token: str) -> str:
    """The transliteration key of ``token`` with German umlauts written out read as umlauts
    (``muenchen`` -> the key of ``munchen``)."""
    return _read_as(token, _UMLAUTS)


def dutch_key(token: str) -> str | None:
    """The transliteration key of ``token`` read as Dutch (``poetin`` -> ``putin``,
    ``loekasjenko`` -> the key of ``lukashenko``), or None when it has nothing to read so."""
    return _read_as(token, _DUTCH) if any(old in token for old, _ in _DUTCH) else None


_DOUBLED = re.compile(r"(.)\1+")


def undoubled(word: str) -> str:
    """``word`` with each run of one letter written once ("assad" -> "asad")."""
    return _DOUBLED.sub(r"\1", word)


@lru_cache(maxsize=65536)
def translit_key(token: str) -> str:
    """A phonetic key: ``lawrow`` and ``lavrov`` -> ``lavrov``; ``selenskyj``, ``zelensky``,
    ``zelenskyy`` and ``zelenskiy`` -> ``selenski``; ``poutine`` -> ``putin``."""
    key = stem(token)
    for old, new in _TRANSLIT:
        key = key.replace(old, new)
    # collapse doubled letters ("ii", "ss"); a trailing vowel is not significant (Poutine/Putin)
    key = undoubled(key)
    if len(key) > 4 and key[-1] in "aei" and not token.isdigit():
        key = key[:-1]
    return key


_STOPWORDS = frozenset("""
a about after again against all also an and are as at be been before being between both but by
can could did do does during for from had has have having he her his how i if in into is it its
just more most new no not now of on once only or other our out over own said says same she should
so some such than that the their them then there these they this those through to too under until
off up very was we were what when where which while who why will with would you your next month week
year years day today yesterday first last two three
aber alle als am an auch auf aus bei beim bis da das dass dem den der des die doch durch ein eine
einem einen einer eines er es fur gegen hat hatte ihr ihre im in ist ja jahr jahren kein keine mit
nach nicht noch nun nur ob oder ohne schon sein seine seit sich sie sind so uber um und uns unter
vom von vor war waren was wegen weil wenn werden wie will wird zu zum zur zwei drei erst erste
ersten erstmals wieder sei seien hatten habe haben mehr sowie
au aux avec ce ces cette chez dans de des du elle en est et il ils la le les leur lui mais ne pas
par pour qu que qui sa se ses son sont sur un une ont a ete etre deux trois plus leurs apres avant
""".split())  # noqa: SIM905


def is_stopword(token: str) -> bool:
    return token in _STOPWORDS


# Tags that name a language by another code: feeds tag Norwegian "no" (the macrolanguage), whose
# lexicon and stop words are Bokmål's ("nb").
LANGUAGE_ALIASES = {"no": "nb", "ms": "id"}


def language_code(tag: str | None) -> str | None:
    """The language a feed's or an entry's tag names, by its primary subtag and the aliases
    ("de-AT" -> "de", "uk_UA" -> "uk", "NO" -> "nb"); None for no tag. What the lexicons, the
    stop words and the Slavic case forms are chosen by."""
    if not tag:
        return None
    code = tag.lower().replace("_", "-").split("-")[0]
    return LANGUAGE_ALIASES.get(code, code)


# Function words of the languages whose articles are fewer (Spanish, Italian, Portuguese,
# Dutch): dropped from an item's clustering features only when the item is in that language. In
# one list with the others, "Las Vegas", "Los Angeles", Lake Como, the Hay Festival and Che
# Guevara lost a word in every language (over the labelled sets in English, German and French:
# four sets below their floors).
STOPWORDS_BY_LANG: dict[str, frozenset[str]] = {
    "es": frozenset("""
el la los las del al por para con una uno unos unas como pero sus mas esta este estos estas
fue fueron han hay sin sobre entre tras desde hasta ante segun tambien muy ser sido donde cuando
porque otro otra todo todos ayer hoy ano anos dia dias semana mes meses dos tres nuevo nueva que
""".split()),  # noqa: SIM905
    "it": frozenset("""
il lo gli della delle degli dello dei nel nella nelle negli nei sul sulla sui sulle dal dalla dai
dalle alla alle agli allo per con che non anche dopo prima sono stato stata stati essere hanno
questo questa questi queste quello quella tra fra piu oggi ieri domani anno anni giorno giorni
settimana mese due tre nuovo nuova suo sua suoi loro tutto tutti ancora gia solo dove quando
perche senza contro verso fino secondo una uno come
""".split()),  # noqa: SIM905
    "pt": frozenset("""
o a os as um uma uns umas do da dos das no na nos nas ao aos pelo pela pelos pelas em com por
para que nao sao foi foram mais seu sua seus suas tambem como mas apos ate sobre entre desde
este esta estes estas esse essa isso ontem hoje ano anos dia dias semana mes meses dois duas tres
novo nova ser sido tem ter ja onde quando porque
""".split()),  # noqa: SIM905
    "nl": frozenset("""
de het een van en in op te voor met aan bij uit naar over door om tot als dat die dit deze niet
geen ook nog maar wel zijn is was waren wordt worden werd werden heeft hebben had hadden zal
zullen kan kunnen er hij zij ze wij hun haar zich al meer jaar jaren dag dagen week maand twee
drie nieuwe nieuw gisteren vandaag morgen tegen na sinds dan nu
""".split()),  # noqa: SIM905
    # Polish (session 36), folded (się -> sie, że -> ze, już -> juz)
    "pl": frozenset("""
w we z ze na do od po o u za przy przez dla pod nad przed miedzy oraz i a ale lub czy nie sie
jest sa byl byla bylo byly byli bedzie beda zostal zostala zostalo zostaly zostanie zostana ma
maja ten ta to te tego tej tym jego jej ich ktory ktora ktore ktorego ktorej ze juz tez takze
tylko jak gdy jednak wiec roku rok lat dzis dzisiaj wczoraj jutro dwa dwie trzy nowy nowa nowe
jeszcze bardzo wszystko podczas wedlug wsrod aby zeby kiedy gdzie bo tak
""".split()),  # noqa: SIM905
    # session 36 (helper LB): Swedish, Danish, Norwegian Bokmål, folded like
    # the features' words (a for å/ä, o for ö and ø, ae for æ)
    "sv": frozenset("""
och att inte ett en den det de som med pa av till for fran om har hade var ar blir blev ska
skall kommer kan vid efter under mot sig sin sitt sina nar nu sedan an ocksa men eller detta
denna dessa deras hans hennes vi han hon mellan infor enligt igar idag imorgon ar aret manad
vecka dag dagar tva tre ny nya nytt
""".split()),  # noqa: SIM905
    "da": frozenset("""
og at ikke en et den det de som med pa af til for fra om har havde var er bliver blev skal
vil kan ved efter under mod sig sin sit sine nar nu siden ogsa men eller dette denne disse
deres hans hendes vi han hun mellem ifolge igar dag dage uge maned to tre ny nye nyt hvor
hvad fordi nogle vaeret blevet
""".split()),  # noqa: SIM905
    "nb": frozenset("""
og at ikke en et ei den det de som med pa av til for fra om har hadde var er blir ble skal
vil kan ved etter under mot seg sin sitt sine nar na siden ogsa men eller dette denne disse
deres hans hennes vi han hun mellom ifolge igar dag dager uke maned to tre ny nye nytt hvor
hva fordi noen vaert blitt
""".split()),  # noqa: SIM905
    # Russian and Ukrainian (session 36): function words, pronouns, auxiliaries and the calendar
    # words of news, folded as the text is ("ё" -> "е", "й" -> "и", "ї" -> "і")
    "ru": frozenset(map(fold, """
и в во не на что с со из от по за к ко о об у для до как это этот эта эти его ее их он она оно
они мы вы я а но или же ли бы уже еще также только после перед при над под без через между был
была было были будет будут быть есть который которая которое которые свой свои сам год года
году лет день дня дни неделе неделю месяц месяца сегодня вчера завтра два две три новый новая
новые более очень всех все весь вся так там где когда чтобы если
""".split())),  # noqa: SIM905
    "uk": frozenset(map(fold, """
і й та в у не на що з зі із від по за к до о об для як це цей ця ці його її їх він вона воно
вони ми ви я а але або ж чи б вже ще також лише після перед при над під без через між був була
було були буде будуть бути є який яка яке які свій сам рік року році років день дня дні тижня
тиждень місяць місяця сьогодні вчора завтра два дві три новий нова нові більш дуже всіх всі
весь вся так там де коли щоб якщо
""".split())),  # noqa: SIM905
    # session 37 (helper A): Czech and Slovak, folded (ě -> e, ř -> r, ů -> u, ä -> a, ô -> o)
    "cs": frozenset(map(fold, """
a i v ve z ze s se na do od po o u za pri pres pro pod nad pred mezi k ke a ale nebo ani ze
je jsou byl byla bylo byly byli bude budou by se si jak jako kdyz aby ktery ktera ktere
kterou ktereho kteri ten ta to ty toho te tom tento tato toto jeho jeji jejich jiz uz take
tez jen jeste vsak podle behem kvuli proti rok roku let den dne dnes vcera zitra dva dve tri
novy nova nove velmi vse vsechny kde kdy protoze tak
""".split())),  # noqa: SIM905
    "sk": frozenset(map(fold, """
a i v vo z zo s so na do od po o u za pri cez pre pod nad pred medzi k ku ale alebo ani ze
je su bol bola bolo boli bude budu by sa si ako ked aby ktory ktora ktore ktoru ktoreho
ktori ten ta to tie toho tej tom tento tato toto jeho jej ich uz tiez aj len este vsak
podla pocas kvoli proti rok roka rokov den dna dnes vcera zajtra dva dve tri novy nova nove
velmi vsetko vsetky kde kedy pretoze tak
""".split())),  # noqa: SIM905
    "tr": frozenset(map(fold, """
ve ile bir bu şu o da de ki mi mı mu mü için gibi kadar sonra önce göre daha çok en her hem ya
veya ama ancak fakat ise olarak olan oldu olduğu olacak edildi edilen değil var yok ne neden
nasıl tarafından üzere ayrıca ise yine bile artık şimdi bugün dün yarın yıl yılı yılın ay gün
ilk yeni iki üç onun bunu buna bunun şey her
""".split())),  # noqa: SIM905
    # session 37 (helper C): Hungarian and Romanian, folded as the features' words are
    # (á -> a, ő -> o; ș -> s, ț -> t, ă -> a)
    "hu": frozenset(map(fold, """
a az egy es hogy nem is meg mar utan szerint kozott miatt volt lesz amely amelyet aki pedig
csak meg vagy mint ez ezt azt ennek annak ami nagy uj ket harom ev eve evben het honap nap
ma tegnap holnap majd most mar ugyanis illetve valamint vagyis sem se ha mert de tobb soran
""".split())),  # noqa: SIM905
    "ro": frozenset(map(fold, """
si in la de pe cu din pentru care sa ca mai a au fost este sunt fi va vor dupa acest aceasta
aceste acesti despre dintre unei unui intre spre un o ai ale al lui ei ii lor nu sau dar iar
anul an ani luna saptamana zi zile azi ieri maine doi doua trei nou noua noi cel cea cei cele
""".split())),  # noqa: SIM905
    # session 42 (lang42): Greek and Finnish, folded as the features' words are (ά -> α, final
    # ς -> σ; ä -> a, ö -> o)
    "el": frozenset(map(fold, """
και ο η το οι τα του της των τον την τη τις τους ένα μια μία έναν ενός μιας σε στο στη στην
στον στα στις στους με για από που θα να δεν δε μη μην είναι ήταν έχει έχουν είχε ότι αλλά
ενώ όμως ως προς μετά πριν κατά μέχρι χωρίς αυτό αυτή αυτός αυτά αυτές αυτοί επίσης ακόμη
ακόμα πιο πολύ όπως όταν όπου αν εάν ή ούτε σήμερα χθες αύριο χρόνια χρόνο έτος ημέρα μέρα
εβδομάδα μήνα δύο τρία τρεις νέο νέα νέος πρώτη πρώτο
""".split())),  # noqa: SIM905
    "fi": frozenset(map(fold, """
ja on ei että oli ovat olivat myös kun mutta tai sekä mukaan jälkeen vuoden vuonna hän he se
sen ne niiden joka jotka jonka joiden kanssa olla ole ollut olleet jo vielä nyt tänään eilen
huomenna vuosi vuotta päivä päivän viikko viikon kuu kuukauden kaksi kolme uusi uuden uutta
tämä tämän tätä kuin koska jos vain myös mitä mikä kaikki yli alle ennen aikana kautta
""".split())),  # noqa: SIM905
    # session 54: Indonesian and Malay, Vietnamese (folded: its syllables), Hebrew
    "id": frozenset("""
yang dan di ke dari untuk dengan ini itu pada dalam akan tidak oleh juga karena bagi kepada ia
mereka telah sudah atau serta para bahwa kata hari tahun baru dua tiga pada sebagai lebih
""".split()),  # noqa: SIM905
    "vi": frozenset(map(fold, """
của và các những là có được cho với trong này đã sẽ không người một tại theo khi về ông bà
năm ngày hai ba mới sau trước từ đến ra vào cũng như thì mà nhưng
""".split())),  # noqa: SIM905
    "he": frozenset("""
של את על עם כי זה זו הוא היא הם הן גם כל אל מה לא יותר אחרי לפני בין כך אשר היום אתמול מחר
שנה שנים יום שני שלוש חדש חדשה
""".split()),  # noqa: SIM905
}
# a tag an alias stands for has the stop words of the language it names (``language_code``)
for _alias, _code in LANGUAGE_ALIASES.items():
    STOPWORDS_BY_LANG[_alias] = STOPWORDS_BY_LANG[_code]
