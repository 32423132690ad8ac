"""Session 53's status rules, decided on the tuning sets and two users' reviews."""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("lang", "title", "summary", "status"), [
    # a vaccination campaign is the occasion itself (tuning set 208) ...
    ("en", "Polio campaigns suspended as coronavirus spreads",
     "All door-to-door vaccination activities in Pakistan have been halted.", "postponed"),
    # ... a vote's campaign a part of the vote (tuning set 9)
    ("en", "Referendum campaigns suspended for second day after killing of Jo Cox",
     "Both sides halted campaigning.", None),
    # a concert's review is its report held (a user's review of long stories)
    ("fr", "Coldplay a enflammé le Wankdorf devant 45 000 fans",
     "Le groupe a donné samedi soir à Berne le concert reporté en octobre.", "held"),
    # ... in the past: the present thrills with an announcement as well (a code review)
    ("en", "Oasis thrill fans by announcing reunion tour", "", "planned"),
])
def test_session53_readings(lang: str, title: str, summary: str, status: str | None) -> None:
    assert LEX.read(title, summary, lang).status == status


@pytest.mark.parametrize(("lang", "title", "status"), [
    # Japanese elections: the official notice and the day set are plans, the count held
    ("ja", "衆院解散 「12月4日公示・16日投開票」を閣議決定", "planned"),
    ("ja", "都知事選告示 過去最多の22人が立候補", "planned"),
    ("ja", "衆院選 自民 単独で絶対安定多数を確保 過半数", "held"),
    # Korean: 개최 with a date is a plan, 열려 and 첫날 report it held
    ("ko", "제18회 부산불꽃축제 11월 4일 광안리서 개최", "planned"),
    ("ko", "부산불꽃축제 3년 만에 열려…광안리에 수십만 인파", "held"),
])
def test_session53_cjk_readings(lang: str, title: str, status: str) -> None:
    assert LEX.read(title, "", lang).status == status


@pytest.mark.parametrize(("lang", "title"), [
    # a negated or hedged change the language's own lexicon hides is no change in another
    # lexicon that shares its characters (a code review, session 53)
    ("ja", "大会を中止しない"),
    ("ja", "東京五輪、延期せず"),
    ("zh", "车展不延期"),
    ("zh", "北京马拉松或推迟"),
    # 연기 is also acting and smoke
    ("ko", "연기자 김씨 결혼"),
    ("ko", "화재로 연기 발생"),
])
def test_no_change_in_chinese_japanese_and_korean(lang: str, title: str) -> None:
    assert LEX.read(title, "", lang).status is None


@pytest.mark.parametrize("title", ["非洲峰会推迟", "恐龙展推迟"])
def test_a_chinese_word_that_starts_with_a_negator_or_a_modal_negates_nothing(
        title: str) -> None:
    """非 starts 非洲 (Africa), 恐 恐龙 (dinosaur): a character is a word, so the one-character
    negators and modals are gone (a code review, session 53)."""
    assert LEX.read(title, "", "zh").status == "postponed"
