"""Hebrew, Persian, Indonesian, Malay, Vietnamese, Thai and Hindi: keywords with their affixes,
status read.

Before session 54 none of these languages had a lexicon (an article in them read no status), a
Hebrew keyword missed every form with a prefix ("לכנסת", "בתל"), an Indonesian one its "-nya",
a Thai keyword found nothing (a headline is one run of letters), a Hindi word fell apart at its
vowel signs, and a feed in Hebrew or Thai that stated no language was told none.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from watcher.core.cues import Lexicon
from watcher.core.match import WatchMatcher
from watcher.models import Item
from watcher.normalize import guess_lang
from watcher.settings import WatchSettings

T0 = datetime(2020, 3, 1, tzinfo=UTC)


def _item(title: str, lang: str | None) -> Item:
    return Item(key="k", title=title, summary="", link=None, source="s", published=T0, lang=lang)


@pytest.mark.parametrize(("keyword", "title", "lang", "found"), [
    ("כנסת", "הבחירות לכנסת נדחו", "he", True),  # to the Knesset
    ("כנסת", "חברי הכנסת הצביעו", "he", True),  # the Knesset
    ("הבחירות", "לקראת הבחירות", "he", True),
    ("ירושלים", "המרתון שבירושלים בוטל", "he", True),  # that in Jerusalem
    ("כנסת", "הכנסייה נפתחה", "he", False),  # a church
    ("Pemilu", "Jadwal pemilunya ditunda", "id", True),  # its election
    ("Pemilu", "Jadwal pemilunya ditunda", "ms", True),  # Malay reads as Indonesian
    ("Pemilu", "pemilunya", "en", False),  # no enclitic outside those languages
    ("SEA Games", "SEA Games 31 bị hoãn", "vi", True),
    # Thai writes no spaces: a keyword is the run of its letters, inside a longer run
    ("สงกรานต์", "งดจัดงานสงกรานต์ที่กรุงเทพฯ ปีนี้", "th", True),
    ("กรุงเทพ", "งดจัดงานสงกรานต์ที่กรุงเทพฯ ปีนี้", "th", True),
    ("เชียงใหม่", "งดจัดงานสงกรานต์ที่กรุงเทพฯ ปีนี้", "th", False),
    # a Hindi word stays one word: its vowel signs fold away, as accents do
    ("लोकसभा", "लोकसभा चुनाव स्थगित", "hi", True),
    ("लोकसभा चुनाव", "लोकसभा चुनाव स्थगित", "hi", True),
    ("विधानसभा", "लोकसभा चुनाव स्थगित", "hi", False),
    ("Đông Nam Á", "Đại hội Thể thao Đông Nam Á bị hoãn", "vi", True),
])
def test_keywords_with_their_affixes(keyword: str, title: str, lang: str, found: bool) -> None:
    m = WatchMatcher([WatchSettings(name="w", keywords=(keyword,))])
    assert bool(m.match(_item(title, lang))) is found


LEX = Lexicon.builtin()


@pytest.mark.parametrize(("lang", "title", "status"), [
    ("he", "הבחירות לכנסת נדחו בשל המלחמה", "postponed"),
    ("he", "ההופעה של מדונה בתל אביב בוטלה", "cancelled"),
    ("he", "האירוויזיון נפתח בתל אביב", "held"),
    ("he", "הבחירות יתקיימו במרץ", "planned"),
    ("he", "הבחירות עלולות להידחות", None),
    ("fa", "انتخابات ریاست جمهوری به تعویق افتاد", "postponed"),
    ("fa", "جشنواره فجر لغو شد", "cancelled"),
    ("fa", "انتخابات ریاست جمهوری برگزار شد", "held"),
    ("fa", "انتخابات ریاست جمهوری در تیرماه برگزار می‌شود", "planned"),
    ("id", "Pilkada 2020 ditunda hingga Desember", "postponed"),
    ("id", "Konser Lady Gaga di Jakarta dibatalkan", "cancelled"),
    ("id", "Pemilu 2024 digelar serentak", "held"),
    ("id", "KPU membantah pemilu ditunda", "planned"),
    ("ms", "Pilihan raya umum akan diadakan pada 19 November", "planned"),
    ("ms", "Sukan SEA ditangguhkan", "postponed"),
    ("vi", "SEA Games 31 bị hoãn sang năm 2022", "postponed"),
    ("vi", "Hủy bỏ Grand Prix Việt Nam", "cancelled"),
    ("vi", "SEA Games 31 chính thức khai mạc tại Hà Nội", "held"),
    # tones fold away: "huy chương" (medal) is no "hủy" (cancel), "hoàn thành" no "hoãn"
    ("vi", "Việt Nam giành huy chương vàng", None),
    ("vi", "Hoàn thành công tác chuẩn bị", None),
    ("th", "ยกเลิกคอนเสิร์ต BLACKPINK ที่กรุงเทพฯ", "cancelled"),
    ("th", "เลื่อนการเลือกตั้งออกไป", "postponed"),
    ("th", "อาจเลื่อนการเลือกตั้ง", None),
    ("hi", "लोकसभा चुनाव स्थगित", "postponed"),
    ("hi", "बारिश के कारण मैच रद्द", "cancelled"),
    ("hi", "भारत ने ऑस्ट्रेलिया को हराया", "held"),  # "ने" is no "न" (not)
    ("hi", "चुनाव 19 अप्रैल से होगा", "planned"),
    ("hi", "मैच रद्द हो सकता है", None),
    ("hi", "उड़ानें रद्द", None),
])
def test_status_in_five_more_languages(lang: str, title: str, status: str | None) -> None:
    assert LEX.read(title, "", lang).status == status


def test_a_feed_that_states_no_language_is_told_by_its_script() -> None:
    assert guess_lang("הבחירות לכנסת נדחו בשל המלחמה") == "he"
    assert guess_lang("ยกเลิกคอนเสิร์ต BLACKPINK ที่กรุงเทพฯ เนื่องจากโควิด") == "th"


@pytest.mark.parametrize(("lang", "title", "status"), [
    # every language's clause words and negators are read in every text: Vietnamese "dù"
    # (though) folds to French "du", and cut "Pas de Grand Prix du Canada cette année" in two
    ("fr", "Pas de Grand Prix du Canada cette année", "cancelled"),
    ("en", "He said the summit was not cancelled", "planned"),
])
def test_the_new_lexicons_leave_other_languages_as_they_were(lang: str, title: str,
                                                              status: str | None) -> None:
    assert LEX.read(title, "", lang).status == status


def test_no_lexicon_splits_another_languages_clauses() -> None:
    """Clause words cut every text's clauses, whatever its language: none may be a function
    word of another lexicon (French and Portuguese "mais", "but" and "more", is the one there
    was before session 54)."""
    from watcher.core.text import tokens
    specs = LEX._specs

    def single(code: str, key: str) -> set[str]:
        return {w for p in specs[code].markers.get(key, ()) if len(ws := tokens(p)) == 1
                for w in ws}
    clashes = {(a, b, w) for a in specs for b in specs if a != b
               for w in single(a, "clause_words") & single(b, "function_words")}
    assert clashes == {("fr", "pt", "mais")}
