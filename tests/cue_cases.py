"""The shared harness of the cue-round test files (rounds 5 on): each lists sentences written for
the test, (language, title, summary, expected status) or negatives without a status, and checks
them against the built-in lexicon the same way."""

from __future__ import annotations

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


def case_id(case: tuple[str, ...]) -> str:
    return f"{case[0]}:{case[1][:40]}"


def assert_reads(case: tuple[str, str, str, str | None]) -> None:
    lang, title, summary, expected = case
    reading = LEX.read(title, summary, lang)
    assert reading.status == expected, reading.cues


def assert_no_status(case: tuple[str, str, str]) -> None:
    lang, title, summary = case
    assert LEX.read(title, summary, lang).status is None

