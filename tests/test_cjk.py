"""Chinese, Japanese and Korean: keywords found, status read, one story followed.

Before session 53 a Chinese or Japanese keyword found nothing (a headline is one run of
characters with no spaces, read as one word), a Korean one missed every form with a particle
("서울에서"), and none of the three languages had a lexicon.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from watcher.core.cues import Lexicon
from watcher.core.match import WatchMatcher
from watcher.core.text import fold, tokens
from watcher.core.tracker import Tracker
from watcher.models import Item
from watcher.settings import WatchSettings

T0 = datetime(2020, 3, 20, tzinfo=UTC)


def _item(title: str, summary: str = "", lang: str | None = None, n: int = 0,
          hours: float = 0, source: str = "s") -> Item:
    return Item(key=f"k{n}", title=title, summary=summary, link=f"https://{source}/{n}",
                source=source, published=T0 + timedelta(hours=hours), lang=lang)


def test_a_chinese_character_or_a_kana_is_a_word_and_korean_keeps_its_words() -> None:
    # (folded: Traditional forms read as Simplified, 東 as 东, 輪 as 轮)
    assert tokens("東京五輪、1年延期 プーチン") == ["东", "京", "五", "轮", "1", "年", "延", "期",
                                               "プ", "ー", "チ", "ン"]
    assert tokens("서울에서 정상회담") == ["서울에서", "정상회담"]
    assert tokens("Tokyo 2020 Olympics") == ["tokyo", "2020", "olympics"]


def test_folding_keeps_voicing_marks_and_korean_syllables() -> None:
    assert fold("バス") != fold("パス")
    assert fold("서울") == "서울"  # not its letters: a keyword is no prefix of another syllable
    assert fold("ｶﾞﾝﾀﾞﾑ") == "ガンダム"  # half-width katakana read as full-width


@pytest.mark.parametrize(("keyword", "title", "lang", "found"), [
    ("東京五輪", "東京五輪、1年延期が決定", "ja", True),
    ("東京", "東京五輪の延期が正式決定", "ja", True),
    ("習近平", "習近平主席の来日延期", "ja", True),
    ("习近平", "习近平将出席峰会", "zh", True),
    ("广交会", "第127届广交会改为网上举办", "zh", True),
    ("五輪", "東京マラソン中止", "ja", False),
    # one Chinese script finds the other (Hong Kong and Taiwan write Traditional characters)
    ("習近平", "习近平将出席峰会", "zh", True),
    ("习近平", "習近平出席峰會", "zh", True),
    ("立法会选举", "香港立法會選舉押後一年", "zh", True),
    ("서울", "서울에서 정상회담", "ko", True),
    ("서울", "서울에서도 집회", "ko", True),
    ("트럼프", "트럼프가 방한", "ko", True),
    ("서울", "서울대 축제 취소", "ko", False),  # Seoul National University
    ("연기", "연길 공항", "ko", False),
    ("아시아", "아시아나항공 운항 중단", "ko", False),  # Asiana
    ("BTS", "BTS가 서울 공연 취소", "ko", True),  # a particle on a name in Latin letters
    ("APEC", "APEC에서 정상회담", "ko", True),
])
def test_keywords_in_chinese_japanese_and_korean(keyword: str, title: str, lang: str,
                                                 found: bool) -> None:
    m = WatchMatcher([WatchSettings(name="w", keywords=(keyword,))])
    assert bool(m.match(_item(title, lang=lang))) is found


LEX = Lexicon.builtin()


@pytest.mark.parametrize(("lang", "title", "summary", "status"), [
    ("ja", "東京五輪、1年延期が決定", "大会組織委員会は1年程度延期することで合意した。",
     "postponed"),
    ("ja", "大相撲夏場所が中止", "日本相撲協会は夏場所の中止を発表した。", "cancelled"),
    ("ja", "G7広島サミットが開幕", "主要7か国首脳会議が広島で開幕した。", "held"),
    ("ja", "大相撲春場所、無観客で開催へ", "日本相撲協会は無観客で開催することを決めた。",
     "planned"),
    ("ja", "首相、延期を否定", "首相は大会の延期はしないと述べた。", None),
    ("ja", "東京五輪・パラ、延期の可能性も", "大会の延期を検討する声が出ている。", None),
    ("zh", "东京奥运会推迟至2021年举行", "国际奥委会宣布，东京奥运会推迟一年举行。", "postponed"),
    ("zh", "香港立法會選舉押後一年", "特區政府宣布，原定9月舉行的選舉押後一年。", "postponed"),
    ("zh", "广交会取消线下展", "第127届广交会改为网上举办。", "cancelled"),
    ("zh", "台湾大选投票结束 开票进行中", "中选会表示，投票已于下午4时结束。", "held"),
    ("zh", "上海车展不会取消", "主办方表示，车展将如期举行。", "planned"),
    ("ko", "도쿄올림픽 1년 연기 확정", "국제올림픽위원회는 도쿄올림픽을 1년 연기하기로 했다.",
     "postponed"),
    ("ko", "BTS 서울 콘서트 취소", "소속사는 서울 공연을 취소한다고 밝혔다.", "cancelled"),
    ("ko", "대선 투표 시작", "제21대 대통령 선거 투표가 시작됐다.", "held"),
    ("ko", "서울 마라톤 취소될 수도", "주최 측은 취소 가능성을 검토하고 있다.", None),
])
def test_status_in_chinese_japanese_and_korean(lang: str, title: str, summary: str,
                                               status: str | None) -> None:
    assert LEX.read(title, summary, lang).status == status


def test_one_olympics_told_in_four_languages_and_a_marathon_apart() -> None:
    t = Tracker([WatchSettings("tokyo", keywords=("東京五輪", "도쿄올림픽", "东京奥运会")),
                 WatchSettings("marathon", keywords=("東京マラソン",))])
    story = [
        (0, "nhk", "ja", "東京五輪、予定通り7月開幕へ",
         "大会組織委員会は、東京五輪を予定通り7月24日に開幕する方針を確認した。"),
        (96, "nhk", "ja", "東京五輪、1年延期が決定",
         "国際オリンピック委員会と大会組織委員会は、東京五輪を1年程度延期することで合意した。"),
        (97, "asahi", "ja", "東京五輪の延期決定 安倍首相とバッハ会長が電話会談",
         "安倍首相は、東京五輪・パラリンピックの1年延期で合意したと明らかにした。"),
        (98, "yonhap", "ko", "도쿄올림픽 1년 연기 확정",
         "국제올림픽위원회는 도쿄올림픽을 1년 연기하기로 했다."),
        (99, "xinhua", "zh", "东京奥运会推迟至2021年举行",
         "国际奥委会与日本政府宣布，东京奥运会推迟一年举行。"),
        (100, "nhk", "ja", "東京マラソン、一般参加を中止",
         "東京マラソン財団は、一般ランナーの参加を中止すると発表した。"),
        (24 * 480, "nhk", "ja", "東京五輪が開幕 無観客で",
         "1年延期された東京五輪が23日夜、国立競技場で開幕した。"),
    ]
    alerts = []
    for n, (hours, source, lang, title, summary) in enumerate(story):
        it = _item(title, summary, lang, n, hours, source)
        alerts += [(a.kind, a.watch, a.event.status)
                   for a in t.process(it, it.published).alerts]
    assert alerts == [("new_event", "tokyo", "planned"), ("status_change", "tokyo", "postponed"),
                      ("new_event", "marathon", "cancelled"), ("status_change", "tokyo", "held")]
    assert sorted(ev.n_items for ev in t.events()) == [1, 6]


@pytest.mark.parametrize(("text", "lang"), [
    ("東京五輪、1年延期が決定 大会組織委員会は合意した。", "ja"),
    ("G7広島サミットが開幕", "ja"),  # kana beside Chinese characters: Japanese
    ("东京奥运会推迟至2021年举行", "zh"),
    ("香港立法會選舉押後一年", "zh"),
    ("BTS 서울 콘서트 취소", "ko"),
    # a name in Chinese characters in an English text leaves it English
    ("Trump meets Xi (习近平) in Busan today for talks on trade with the president", "en"),
])
def test_a_feed_that_states_no_language_is_told_by_its_script(text: str, lang: str) -> None:
    from watcher.normalize import guess_lang
    assert guess_lang(text) == lang
