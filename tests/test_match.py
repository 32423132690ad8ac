"""Watch matching: folding, compounds, inflection, transliteration, and no false hits."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from watcher.core.match import WatchMatcher, token_matches
from watcher.core.text import fold, stem, tokens, translit_key
from watcher.models import Item
from watcher.settings import WatchSettings

WHEN = datetime(2025, 10, 16, tzinfo=UTC)


def item(title: str, summary: str = "", feed_url: str = "https://a.example/rss") -> Item:
    return Item(key=title, title=title, summary=summary, link=None, source="s", published=WHEN,
                feed_url=feed_url)


def hits(keyword: str, title: str) -> bool:
    return bool(WatchMatcher([WatchSettings("w", keywords=(keyword,))]).match(item(title)))


@pytest.mark.parametrize(("keyword", "title"), [
    ("Taylor Swift", "Taylor-Swift-Konzerte in Wien abgesagt"),
    ("GDL", "GDL-Streik legt Bahn lahm"),
    ("Kim Jong Un", "Kim Jong-un fires another missile"),
    ("kim jong-un", "KIM JONG UN visits Moscow"),
    ("Gipfel", "Ende des Gipfels in Genf"),
    ("summit", "Two summits, no deal"),
    ("Putin", "Putins Sprecher dementiert"),
    ("Putin", "Poutine et Trump à Budapest"),
    ("Lawrow", "Lavrov meets Rubio"),
    ("Selenskyj", "Zelensky in Washington"),
    ("Zelensky", "Selenskyj reist nach Berlin"),
    ("Zelenskyy", "Zelenskiy speaks"),
    ("Tschaikowsky", "A night of Tchaikovsky"),
    ("Genève", "geneve: talks resume"),
    ("Oktoberfest", "Oktoberfestwirte klagen"),
    ("Streik", "Warnstreiks an Flughäfen"),
    ("Élysée", "ELYSEE confirms the visit"),
    # a numbered edition or model (round 23: "COP" did not find "COP30" in events-40)
    ("COP", "La COP30 s'achève à Belém"),
    ("Hayabusa", "Hayabusa2 lands on Ryugu"),
    ("Euro", "Euro2024: Auftakt in München"),
    # inflection both ways: a feminine in the text, a plural only in the keyword
    ("Verfassungsrichter", "Bundestag wählt neue Verfassungsrichterin"),
    ("Jeux Olympiques", "Le village des Jeux olympique ouvre ses portes"),
])
def test_finds(keyword: str, title: str) -> None:
    assert hits(keyword, title)


@pytest.mark.parametrize(("keyword", "title"), [
    ("Xi", "Xiaomi launches a phone"),
    ("ESC", "Escape room opens"),
    ("Macron", "Micron posts record sales"),
    ("GDL", "GDLX index"),
    ("Putin", "Put in more effort"),
    ("Taylor Swift", "Swift Taylor and co"),
    ("Oasis", "Oase in der Wüste"),
    ("G7", "G77 developing nations meet in Havana"),  # a keyword ending in a number: no suffix
    ("COP", "COPA America final"),
    # session 10: a shared phonetic key is no transliteration when the text drops the name's
    # last consonant or syllable, or only one ends in "a" (wrong-watch alerts in events-8/20/31/38)
    ("SpaceX", "Air and Space Museum reopens with eight new galleries"),
    ("Zelenska", "Zelensky meets Biden in Washington"),  # the first lady is not the president
    ("Rivian", "The Witcher returns to Rivia"),
    ("Mali", "Malia Obama's short film premieres at Sundance"),
    ("Stada", "Cheptegei bat le record au stade Louis-II"),
    ("Augusta", "Sri Lanka election now set for 5 August"),
])
def test_does_not_find(keyword: str, title: str) -> None:
    assert not hits(keyword, title)


def test_require_exclude_feeds_and_empty_keywords() -> None:
    watches = [
        WatchSettings("swift", keywords=("Taylor Swift",), require=("Wien",), exclude=("Wembley",)),
        WatchSettings("all-a", feeds=("https://a.example/rss",)),
        WatchSettings("only-b", keywords=("Swift",), feeds=("https://b.example/rss",)),
    ]
    m = WatchMatcher(watches)
    got = m.match(item("Taylor Swift: Konzerte in Wien abgesagt"))
    assert [w.watch for w in got] == ["swift", "all-a"]
    assert got[0].keywords == ("Taylor Swift",)
    assert [w.watch for w in m.match(item("Taylor Swift in Wien und Wembley"))] == ["all-a"]
    assert [w.watch for w in m.match(item("Taylor Swift in London"))] == ["all-a"]
    other = item("Taylor Swift in Wien", feed_url="https://b.example/rss")
    assert [w.watch for w in m.match(other)] == ["swift", "only-b"]


def test_keyword_found_in_summary_and_reported_as_configured() -> None:
    m = WatchMatcher([WatchSettings("p", keywords=("Putin", "Poutine"))])
    got = m.match(item("Sommet annulé", "Vladimir Poutine ne viendra pas"))
    assert got[0].keywords == ("Putin", "Poutine")


def test_translit_keys_meet() -> None:
    groups = [("Selenskyj", "Zelensky", "Zelenskyy", "Zelenskiy"), ("Lawrow", "Lavrov"),
              ("Tschaikowsky", "Tchaikovsky"), ("Wladimir", "Vladimir")]
    for group in groups:
        assert len({translit_key(fold(w)) for w in group}) == 1, group
    assert stem("putins") == stem("putin") == "putin"


WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=4, max_size=10)
FILLER = st.lists(st.sampled_from(["the", "und", "le", "news", "today", "heute", "über"]),
                  max_size=4)


def _decorate(word: str, style: int) -> str:
    """The same word as a feed might print it: capitalised, upper case or accented."""
    if style == 1:
        return word.capitalize()
    if style == 2:
        return word.upper()
    if style == 3:  # add an accent to every vowel
        return "".join(unicodedata.normalize("NFC", c + "\u0301") if c in "aeiou" else c
                       for c in word)
    return word


@settings(max_examples=150, deadline=None)
@given(WORD, FILLER, FILLER, st.integers(0, 3), st.sampled_from([" ", "-", ", ", ": "]))
def test_keyword_found_in_any_surface_form(word: str, before: list[str], after: list[str],
                                           style: int, sep: str) -> None:
    title = sep.join([*before, _decorate(word, style), *after])
    assert hits(word, title)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=3),
       st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8))
def test_short_keywords_match_whole_tokens_only(short: str, rest: str) -> None:
    assert not hits(short, f"{short}{rest} 2025")
    assert hits(short, f"{short.upper()}-{rest} 2025")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40), st.text(max_size=40))
def test_matching_never_crashes_and_is_symmetric_for_equal_tokens(a: str, b: str) -> None:
    for t in tokens(a):
        assert token_matches(t, t)
    WatchMatcher([WatchSettings("w", keywords=(a,))]).match(item(b))


def test_a_short_word_is_no_transliteration_of_a_longer_name() -> None:
    # "Milei" and "Mile" share a transliteration key (a final vowel is not significant, for
    # Poutine/Putin); a four-letter word of running text must not stand for the name
    assert not token_matches("milei", "mile") and not token_matches("chess", "chez")
    assert token_matches("putin", "poutine") and token_matches("poutine", "putin")
    assert token_matches("zelenskyy", "zelensky") and token_matches("lawrow", "lavrov")


def test_twelve_letter_keywords_allow_one_edit_not_two() -> None:
    # the module's rule; two edits found other words: "afrikanische" in "amerikanische"
    assert not token_matches("afrikanische", "amerikanische")
    assert not token_matches("aeronautique", "astronautique")
    assert token_matches("championsleague", "championleague")


def test_short_transliterations_that_do_not_begin_the_name_still_match() -> None:
    assert token_matches("kyjiw", "kiew") and token_matches("kyjiw", "kyiv")
    assert token_matches("tschad", "chad") and token_matches("tchad", "chad")


def _regex_tokens(text: str) -> list[str]:
    """What ``tokens`` computed before its ASCII path: the regular expression on folded text."""
    return re.findall(r"[^\W_]+", fold(text))


def test_ascii_tokens_are_the_regex_tokens_for_every_ascii_character() -> None:
    every = "".join(chr(c) for c in range(128))
    assert tokens(every) == _regex_tokens(every) == ["0123456789", "abcdefghijklmnopqrstuvwxyz",
                                                      "abcdefghijklmnopqrstuvwxyz"]
    assert tokens("Kim Jong-un's_visit, 2025/10\t(F1)") == ["kim", "jong", "un", "s", "visit",
                                                          "2025", "10", "f1"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x2FF), max_size=40))
def test_tokens_agree_with_the_regex_on_any_text(text: str) -> None:
    # ASCII text takes the translate path, the rest the regex: both must give the regex's answer
    assert tokens(text) == _regex_tokens(text)


@pytest.mark.parametrize(("keyword", "title", "found"), [
    # an acronym's plural, written as one: capitals, then a lowercase "s" (session 12)
    ("MTV EMA", "MTV EMAs to be held at Co-op Live", True),
    ("NFT", "Auction house sells three NFTs for $2m", True),
    ("ESC", "The ESCs of the nineties, remembered", True),
    # ... a word that only ends like one is not
    ("ONU", "The onus is on the organisers", False),
    ("ESC", "Press escape to leave", False),
    ("MTV EMA", "mtv emas", False),
])
def test_acronym_plurals(keyword: str, title: str, found: bool) -> None:
    assert hits(keyword, title) is found


@pytest.mark.parametrize(("keyword", "title", "found"), [
    # a transliteration respells a name, and names are written with a capital (session 16:
    # "Kurz" found the Parti québécois' leadership "course", "Kurti" found "the court")
    ("Kurz", "Le Parti québécois suspend sa course à la direction", False),
    ("Kurti", "Malaysia's Anwar jailed after the court rejects his appeal", False),
    ("Comey", "« Ce n'est pas à l'ordre du jour », comme l'a dit le ministre", False),
    ("Lavrov", "lawrow wrote in lower case is a word, not the minister", False),
    ("Lavrov", "Lawrow trifft Blinken in Genf", True),
    ("Putin", "Sommet annulé : la visite de Poutine n'aura pas lieu", True),
    ("Selenskyj", "Zelensky to address the summit", True),
    ("Kyjiw", "Gipfel in Kiew abgesagt", True),
    # an acronym is spelled letter for letter, never transliterated
    ("CUPE", "La Coupe d'Asie 2023 attribuée au Qatar", False),
    ("CUPE", "CUPE strike shuts Ontario schools", True),
    ("Selenskyj", "Ze\u0301lensky to address the summit", True),  # a combining accent
    # a French adjective of a place, in lower case, is the same word; not German "-isch" nor
    # English "-ian" ("Bayer" is no "bayerische", "Roman" no "Romanian")
    ("Iran", "Nucléaire iranien : le quatrième cycle de négociations reporté", True),
    ("Paris", "Les éboueurs parisiens suspendent leur grève", True),
    ("Bayer", "Die bayerische Staatsregierung tagt", False),
    ("Roman", "Romanian election annulled", False),
    # the singular of a plural keyword, but not a name that only one of them ends in "a"
    ("Jeux Olympiques", "Le village des Jeux olympique ouvre ses portes", True),
    ("Andreas", "Andrea Bocelli cancels his tour", False),
    # German umlauts written out ("Muenchen", "Schroeder") and Dutch transliterations ("oe"
    # says u, "sj" sh: "Poetin", "Loekasjenko", "Sjojgoe"); a word is still no name ("poetry")
    ("München", "Muenchen: Sicherheitskonferenz beginnt", True),
    ("Schröder", "Gerhard Schroeder faces calls to quit Rosneft", True),
    ("Koeln", "Karneval in Köln abgesagt", True),
    ("Putin", "Poetin en Trump praten in Alaska", True),
    ("Putin", "Top tussen Trump en Poetins gezant", True),
    ("Lukaschenko", "Loekasjenko ontvangt Poetin in Minsk", True),
    ("Shoigu", "Sjojgoe bezoekt Noord-Korea", True),
    ("Putin", "A poetin verse is no name", False),
])
def test_respellings_are_names_and_adjectives_are_words(keyword: str, title: str,
                                                        found: bool) -> None:
    assert hits(keyword, title) is found


@pytest.mark.parametrize(("keyword", "title", "found"), [
    ("sciopero", "Nuovi scioperi dei treni a dicembre", True),
    ("elezioni", "Si vota: l'elezione del sindaco di Roma", True),
    ("vertice", "I vertici Nato a Bruxelles", True),
    ("partita", "Le partite di sabato rinviate", True),
    ("Conte", "Conti pubblici, il deficit sale", False),  # a name: no plural of its own
    ("Monti", "Vacanze in monte", False),
    ("sciopero", "Lo scioperò? No", True),  # the same word, accents folded
])
def test_italian_plurals_of_common_nouns(keyword: str, title: str, found: bool) -> None:
    m = WatchMatcher([WatchSettings("w", keywords=(keyword,))])
    assert bool(m.match(item(title))) is found


@pytest.mark.parametrize(("keyword", "title", "found"), [
    ("G7", "G-7 summit to open in Evian", True),
    ("G7", "The G 7 leaders meet", True),
    ("G7", "G77 group meets in Havana", False),
    ("G7", "Add 5 g of sugar and 7 eggs", False),
    ("COP30", "COP 30 to open in Belem", True),
    ("COP 30", "COP30 opens in Belem", True),
    ("COP 30", "COP-30 opens in Belem", True),
    ("Zürich", "Zuerich Marathon findet statt", True),
    ("Köln", "Koeln: Dom-Fest abgesagt", True),
    ("Köln", "Kolumbien: Fest abgesagt", False),
    # another edition's name, then a number (a code review, session 40)
    ("COP30", "COP29: 30 countries sign deal on methane", False),
    ("COP 30", "COP29 30 nations walk out", False),
    ("G7", "G20: 7 things to know about the Rio summit", False),
    ("Zu\u0308rich", "Konzert in Zuerich abgesagt", True),  # a keyword written decomposed
])
def test_a_keyword_in_its_other_spellings(keyword: str, title: str, found: bool) -> None:
    """Wire copy writes "G-7" and "COP 30", Swiss and German ASCII "Zuerich" (a user's review:
    none of these was found)."""
    matcher = WatchMatcher([WatchSettings("w", keywords=(keyword,))])
    item = Item("k", title, "", None, "s", datetime(2025, 5, 1, tzinfo=UTC), lang="en")
    assert bool(matcher.match(item)) is found


def test_why_not_names_the_rule_that_left_each_watch_out() -> None:
    """``watcher explain`` of an article that raised no alert said only "none matched" (a
    user's review): each watch now says why."""
    from watcher.core.match import why_not
    watches = [WatchSettings("excl", keywords=("Merz",), exclude=("Friedrich-Merz-Stiftung",)),
               WatchSettings("req", keywords=("Merz",), require=("summit",)),
               WatchSettings("other", keywords=("Macron",)),
               WatchSettings("local", keywords=("Merz",), feeds=("http://a.example/rss",)),
               WatchSettings("taken", keywords=("Stiftung",))]
    item = Item("k", "Friedrich-Merz-Stiftung lädt zum Festakt am 17. Juni", "", None, "s",
                datetime(2025, 5, 1, tzinfo=UTC), lang="de", feed_url="http://b.example/rss")
    assert why_not(WatchMatcher(watches), item) == [
        ("excl", "excluded: 'Friedrich-Merz-Stiftung' found"),
        ("req", "keyword found, but required 'summit' missing"),
        ("other", "none of its keywords found ('Macron')"),
        ("local", "the article's feed is not among its feeds"),
    ]


@pytest.mark.parametrize(("keyword", "title", "lang", "found"), [
    # a closed compound counts in a language that writes them (a user's review, session 42:
    # "Milano" took the Croatian president "Milanović", "Napoli" the late "Napolitano")
    ("Milano", "Milanović a Zagabria: il presidente croato rinvia la visita", "it", False),
    ("Napoli", "Napolitano, a Roma la commemorazione il 22 settembre", "it", False),
    ("strike", "Airstrike hits Kharkiv", "en", False),
    ("Streik", "Warnstreik legt Flughäfen lahm", "de", True),
    ("Wimbledon", "Wimbledonsieger Alcaraz in Halle", "de", True),
    ("staking", "Spoorstaking op maandag gaat door", "nl", True),
    ("Streik", "Warnstreik legt Flughäfen lahm", None, True),  # no language stated
    # a Slavic case ending is no compound's tail
    ("Zelenski", "Tusk rozmawiał z Zełenskim o szczycie", "pl", True),
    ("Zelenski", "Wizyta Zełenskiego w Warszawie", "pl", True),
    # in a language that inflects with endings, a short tail is a form of the keyword
    ("štrajk", "Učitelia od pondelka štrajkujú na neurčito", "sk", True),
    ("prezidențiale", "Turul doi al prezidențialelor", "ro", True),
    ("Milano", "Milanovićeva vlada pada", "hr", False),
    # a feed that states another language but writes German still compounds (a code review)
    ("Streik", "Warnstreik bei der Bahn: Pendler müssen mit Ausfällen rechnen", "en", True),
])
def test_compounds_count_in_languages_that_write_them(keyword: str, title: str,
                                                      lang: str | None, found: bool) -> None:
    it = Item(key=title, title=title, summary="", link=None, source="s", published=WHEN,
              feed_url="https://a.example/rss", lang=lang)
    assert bool(WatchMatcher([WatchSettings("w", keywords=(keyword,))]).match(it)) is found


@pytest.mark.parametrize(("keyword", "title", "found"), [
    # an acronym in capitals finds its Cyrillic letters and back (a user's review, session 42)
    ("NATO", "Саміт НАТО у Гаазі скасовано", True),
    ("NATO", "Саммит НАТО в Гааге отменен", True),
    ("НАТО", "NATO summit in The Hague cancelled", True),
    ("Nato", "Саммит НАТО в Гааге отменен", True),
    ("NATO", "Натовские учения", False),
])
def test_acronyms_across_scripts(keyword: str, title: str, found: bool) -> None:
    assert hits(keyword, title) is found


@pytest.mark.parametrize(("keyword", "title"), [
    # a word in another script with a keyword's letters is a name's respelling only where it
    # is written as a name (a code review, session 42)
    ("Metro", "Пожар в метро: станции закрыты"),
    ("Kino", "Новое кино выходит в пятницу"),
])
def test_lower_case_words_in_another_script_are_no_respellings(keyword: str, title: str) -> None:
    assert not hits(keyword, title)
