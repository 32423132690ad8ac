"""Arabic words for clustering (:mod:`watcher.core.features`): places, kinds of event and
function words, so that "القمة العربية في جدة" and "Arab League summit in Jeddah" share their
place and their kind, as "Gipfel in Dschidda" does.

An Arabic word carries its conjunction, preposition and article ("وبالرياض", and in Riyadh):
:func:`arabic_core` takes them off before any table is asked, and the word feature of a name no
table knows is its core too, so that "الرياض" and "بالرياض" are one word. Keys are the canonical
keys of :data:`watcher.core.concept_places.CITIES` and ``COUNTRIES`` and of
:data:`watcher.core.concept_words.CONCEPTS`. Where Arabic has one name for a country and its
capital (الجزائر, تونس, الكويت), it is the country; عمان (Oman and Amman) is neither.
"""

from __future__ import annotations

from functools import lru_cache

from watcher.core.arabic import core_forms
from watcher.core.concept_places import CITIES
from watcher.core.text import fold

_CITIES = {
    "cairo": ["القاهرة"], "riyadh": ["الرياض"], "jeddah": ["جدة"], "doha": ["الدوحة"],
    "dubai": ["دبي"], "beirut": ["بيروت"], "baghdad": ["بغداد"], "manama": ["المنامة"],
    "rabat": ["الرباط"], "damascus": ["دمشق"], "marrakech": ["مراكش"], "jerusalem": ["القدس"],
    "dhabi": ["أبوظبي", "ظبي"], "paris": ["باريس"], "london": ["لندن"], "washington": ["واشنطن"],
    "moscow": ["موسكو"], "berlin": ["برلين"], "rome": ["روما"], "geneva": ["جنيف"],
    "vienna": ["فيينا"], "brussels": ["بروكسل"], "istanbul": ["إسطنبول", "اسطنبول"],
    "ankara": ["أنقرة"], "beijing": ["بكين"], "tokyo": ["طوكيو"], "madrid": ["مدريد"],
    "athens": ["أثينا"], "newyork": ["نيويورك"], "davos": ["دافوس"], "kyiv": ["كييف", "كيف"],
}
_COUNTRIES = {
    "egypt": ["مصر"], "morocco": ["المغرب"], "algeria": ["الجزائر"], "tunisia": ["تونس"],
    "lebanon": ["لبنان"], "iraq": ["العراق"], "syria": ["سوريا", "سورية"], "qatar": ["قطر"],
    "saudiarabia": ["السعودية"], "uae": ["الإمارات"], "bahrain": ["البحرين"],
    "kuwait": ["الكويت"], "libya": ["ليبيا"], "sudan": ["السودان"], "yemen": ["اليمن"],
    "israel": ["إسرائيل"], "france": ["فرنسا"], "germany": ["ألمانيا"], "russia": ["روسيا"],
    "china": ["الصين"], "usa": ["أمريكا", "أميركا"], "britain": ["بريطانيا"],
    "italy": ["إيطاليا"], "spain": ["إسبانيا"], "japan": ["اليابان"], "india": ["الهند"],
    "pakistan": ["باكستان"], "afghanistan": ["أفغانستان"], "ukraine": ["أوكرانيا"],
    "greece": ["اليونان"], "cyprus": ["قبرص"], "senegal": ["السنغال"], "nigeria": ["نيجيريا"],
    "ethiopia": ["إثيوبيا"], "somalia": ["الصومال"], "kenya": ["كينيا"], "brazil": ["البرازيل"],
    "argentina": ["الأرجنتين"], "mexico": ["المكسيك"], "canada": ["كندا"],
    "australia": ["أستراليا"],
}
# kinds of event and the other concepts the Latin tables share across languages
_CONCEPTS = {
    "summit": ["قمة", "القمم"], "strike": ["إضراب", "إضرابات"], "concert": ["حفلة"],
    "visit": ["زيارة"], "opening": ["افتتاح"], "festival": ["مهرجان"], "tournament": ["بطولة"],
    "election": ["انتخابات", "انتخاب", "الرئاسيات", "التشريعيات"], "match": ["مباراة", "مباريات"],
    "referendum": ["استفتاء"], "funeral": ["جنازة"], "debate": ["مناظرة"],
    "protest": ["مظاهرة", "مظاهرات", "احتجاج", "احتجاجات"], "olympics": ["أولمبياد"],
    "worldcup": ["مونديال"], "wedding": ["زفاف"], "pope": ["البابا"], "ceasefire": ["هدنة"],
    "parliament": ["برلمان", "البرلمان"], "trial": ["محاكمة"], "cancel": ["إلغاء"],
    "postpone": ["تأجيل", "إرجاء"], "covid": ["كورونا", "كوفيد"], "king": ["الملك"],
    "queen": ["الملكة"], "prince": ["الأمير"], "org_nato": ["الناتو"], "org_opec": ["أوبك"],
    "budget": ["ميزانية", "موازنة"],
}
def _keyed(table: dict[str, list[str]]) -> dict[str, str]:
    return {core_forms(fold(name))[0]: key for key, names in table.items() for name in names}


# the cities the place table has (the others are names: ``ARABIC_NAMES``)
ARABIC_CITIES = {core: key for core, key in _keyed(_CITIES).items() if key in CITIES.values()}
# Arab cities the place table does not hold (it has Riyadh, Jeddah, Doha, Dubai): the word an
# English report writes for them, so that "القاهرة" and "Cairo" are one word; French and German
# ("Le Caire", "Kairo") are other words, as they were before
ARABIC_NAMES = {core: key for core, key in _keyed(_CITIES).items()
                if key not in CITIES.values()}
ARABIC_COUNTRIES = _keyed(_COUNTRIES)
ARABIC_CONCEPTS = _keyed(_CONCEPTS)
# each place's letters without the article, and whether its name has it ("الرياض": True,
# "قطر": False), for keyword matching (:func:`watcher.core.arabic.arabic_form`)
NAME_ARTICLES = {core_forms(fold(name))[0]: fold(name).startswith("ال")
                 for table in (_CITIES, _COUNTRIES) for names in table.values()
                 for name in names}
_KNOWN = (frozenset(ARABIC_CITIES) | frozenset(ARABIC_NAMES) | frozenset(ARABIC_COUNTRIES)
          | frozenset(ARABIC_CONCEPTS))


@lru_cache(maxsize=65536)
def arabic_core(word: str) -> str:
    """``word`` (folded) without its conjunction, preposition and article: the form a table
    knows ("بمصر" is Egypt), else as a light stemmer takes them off (Larkey's "light10": a
    leading "و" before five letters, then the article with what is joined to it). A name that
    starts with a preposition's letter keeps it ("بوتفليقه"), so "لبوتفليقه" stays another
    word: the price of never cutting a name short."""
    for c in core_forms(word):
        if c in _KNOWN:
            return c
    if word.startswith("و") and len(word) > 5:  # not "وزير", a minister
        word = word[1:]
    for prefix in _LIGHT_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            return word[len(prefix):]
    return word


_LIGHT_PREFIXES = ("وال", "بال", "كال", "فال", "ال", "لل")




# function words of three letters or more (shorter words are dropped anyway), as cores
STOPWORDS = frozenset(core for w in """
على إلى التي الذي الذين هذا هذه ذلك تلك بعد قبل بين حيث كما قال وقال خلال عند حول منذ اليوم
أمس عام العام يوم كان كانت يكون تكون غير أكثر بعض لها لهم عليه عليها فيه فيها منه منها إنه
إنها أنه أنها ولا إلا إذا حتى ضمن أمام أجل لكن ولكن بينما وذلك هناك أيضا جديد جديدة وقد لقد
بسبب سيتم يتم تم وفق حسب أول الأول الأولى أمام عبر نحو مساء صباح الذي اليوم
""".split() for core in (arabic_core(fold(w)),))  # noqa: SIM905
