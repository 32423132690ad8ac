"""Korean particles on a keyword, for keyword matching (:mod:`watcher.core.match`).

Korean writes spaces between words, but glues its particles to them: ``서울에서`` (in Seoul),
``트럼프가`` (Trump, subject), ``푸틴과`` (with Putin), ``정상회담이`` (the summit, subject). A
token in Hangul is a keyword's form when it is the keyword and one particle of
``PARTICLES`` (or two: ``서울에서도``, "in Seoul too"), whole syllables after whole syllables
(folding keeps Korean syllables composed, :mod:`watcher.core.text`): ``서울대`` (Seoul National
University) is no ``서울``, nor ``연길`` a form of ``연기``.
"""

from __future__ import annotations

import re

from watcher.core.text import HANGUL

_HANGUL = re.compile(f"[{HANGUL}]")

# case particles (subject, object, topic, genitive, locative, directional, comitative,
# instrumental), the focus particles ("too", "only", "even", "from", "up to") and a few
# nouns written onto a name: 시 (city: 서울시), 측 (side: 북한측), 씨 (Mr, Ms), 등 (and others),
# 들 (plural). Not 나 and 이나 ("or"), 랑, 며, 란: endings of names (아시아나 is no 아시아)
PARTICLES = frozenset("""
이 가 은 는 을 를 의 에 에서 에게 께 께서 한테 로 으로 와 과 이랑 하고 도 만 까지 부터 조차
마저 처럼 보다 이며 이라는 라는 이란 에는 에선 에서는 에도 에서도 으로는 로는
으로도 로도 과의 와의 에서의 으로의 로의 까지는 부터는 만의 시 측 씨 등 들 행 발
""".split())  # noqa: SIM905


def hangul(word: str) -> bool:
    """Is ``word`` written in Korean syllables (its first letter one)?"""
    return _HANGUL.match(word) is not None


def korean_form(kw: str, tok: str) -> bool:
    """Is ``tok`` the keyword ``kw`` with one or two Korean particles after it? A Korean
    text glues them to a name in Latin letters too ("BTS가", "APEC에서")."""
    if not (len(tok) > len(kw) and tok.startswith(kw) and hangul(tok[len(kw):])):
        return False
    rest = tok[len(kw):]
    return rest in PARTICLES or any(
        rest[:i] in PARTICLES and rest[i:] in PARTICLES for i in range(1, len(rest)))
