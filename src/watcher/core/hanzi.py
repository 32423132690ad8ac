"""Traditional Chinese characters read as their Simplified forms, for folding.

Mainland outlets write Simplified characters (习近平, 东京), Hong Kong, Taiwan and Macau ones
Traditional (習近平, 東京), and a user types one of them: folded to one form, a keyword finds
both, and articles in both scripts share their clustering features. Character by character, as
folding works (a phrase table would know more, and matching needs no more: both sides fold
alike). Japanese keeps many Traditional forms (東京, 會議 is 会議): folded alike on both sides,
a Japanese keyword still finds its text, and the place names of the three languages meet.

The table is OpenCC's (``hanzi_t2s.txt``, Apache License 2.0: ``hanzi_t2s.LICENSE``).
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def t2s_table() -> dict[int, str]:
    """Traditional character (code point) -> Simplified character, for ``str.translate``."""
    text = resources.files("watcher.core").joinpath("hanzi_t2s.txt").read_text("utf-8")
    table: dict[int, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            traditional, simplified = line.split("\t")
            table[ord(traditional)] = simplified
    return table


def simplified(text: str) -> str:
    """``text`` with its Traditional Chinese characters in their Simplified forms."""
    return text.translate(t2s_table())
