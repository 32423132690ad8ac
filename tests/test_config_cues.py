"""``[cues.LANG]`` mistakes and languages watcher cannot read, said by check-config (a user's
review, session 42: "[cues.gr]", a feed's lang "gr", a feed in a language with no status
phrases and a one-letter phrase all passed in silence; only the first of several [cues] errors
was told; an unknown key did not list the valid ones)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_cli import run, write_config
from watcher.config import load_config
from watcher.errors import ConfigError

NOTIFY = '\n[notifier.term]\ntype = "console"\n'


def _check(tmp_path: Path, extra: str) -> tuple[int, list[str], str]:
    proc = run("check-config", "--config", str(write_config(tmp_path, NOTIFY + extra)))
    warnings = [line for line in proc.stdout.splitlines() if line.startswith("warning:")]
    return proc.returncode, warnings, proc.stderr


def test_every_cues_tables_error_is_told(tmp_path: Path) -> None:
    code, _, err = _check(tmp_path, '[cues.it]\ncanceled = ["saltato"]\n'
                                    '[cues.pl]\ncancelled = "nie odbędzie się"\n')
    assert code == 2
    lines = err.splitlines()
    assert len(lines) == 2, err
    assert lines[0].endswith("cues.it: unknown key `canceled`; did you mean `cancelled`?")
    assert lines[1].endswith("cues.pl.cancelled: expected a list of strings, got a string")


def test_an_unknown_status_lists_the_valid_ones() -> None:
    with pytest.raises(ConfigError) as info:
        load_config(None, text='[cues.it]\nannullato = ["saltato"]\n')
    assert str(info.value).endswith(
        "cues.it: unknown key `annullato`; expected one of planned, postponed, cancelled, held, "
        "returning")


def test_a_phrase_under_two_statuses_is_an_error() -> None:
    with pytest.raises(ConfigError) as info:
        load_config(None, text='[cues.ru]\nplanned = ["новая дата"]\n'
                               'postponed = ["Новая  дата"]\n')
    assert str(info.value) == ('<config>:3: cues.ru.postponed: "Новая  дата" is listed under '
                               "planned too: a phrase tells one status")


def test_a_table_name_in_capitals_is_a_language_tag() -> None:
    settings = load_config(None, text='[cues.PT-BR]\ncancelled = ["foi cancelado"]\n')
    assert settings.cues == {"pt-br": {"cancelled": ("foi cancelado",)}}


def test_languages_watcher_cannot_read_are_warned_of(tmp_path: Path) -> None:
    code, warnings, err = _check(
        tmp_path,
        '[[feed]]\nurl = "http://127.0.0.1:9/a.xml"\nname = "LRT"\nlang = "lt"\n'
        '[[feed]]\nurl = "http://127.0.0.1:9/b.xml"\nname = "Kathimerini"\nlang = "gr"\n'
        '[[feed]]\nurl = "http://127.0.0.1:9/c.xml"\nname = "LSM"\nlang = "lv"\n'
        '[cues.lv]\ncancelled = ["atcelts"]\n'
        '[cues.gr]\ncancelled = ["ακυρώθηκε"]\n[cues.pl]\ncancelled = ["z"]\n')
    assert code == 0, err
    assert warnings == [
        'warning: [cues.gr]: "gr" is a country\'s code; Greek is "el"',
        'warning: feed LRT: watcher has no status phrases in "lt": its articles are matched and '
        "grouped but read no status until [cues.lt] lists some",
        'warning: feed Kathimerini: lang "gr" is a country\'s code; Greek is "el"',
        'warning: cues.pl.cancelled: "z" is one short word: every article that has it reads '
        "that status"]


def test_a_feed_in_a_language_watcher_reads_is_no_warning(tmp_path: Path) -> None:
    _, warnings, _ = _check(tmp_path, '[[feed]]\nurl = "http://127.0.0.1:9/a.xml"\n'
                                      'lang = "pl-PL"\n')
    assert warnings == []


def test_one_table_per_language_and_wildcards_are_other_phrases() -> None:
    """A code review: "[cues.de]" and "[cues.DE]" dropped one table's phrases in silence, and
    "*abgesagt" beside "abgesagt" was called the same phrase under two statuses."""
    with pytest.raises(ConfigError) as info:
        load_config(None, text='[cues.de]\ncancelled = ["ins Wasser"]\n'
                               '[cues.DE]\npostponed = ["auf Eis"]\n')
    assert "cues.DE: the same language as [cues.de]" in str(info.value)
    settings = load_config(None, text='[cues.de]\ncancelled = ["*abgesagt"]\n'
                                      'held = ["abgesagt"]\n')
    assert settings.cues["de"]["held"] == ("abgesagt",)


def test_a_real_language_code_is_no_country_code(tmp_path: Path) -> None:
    _, warnings, _ = _check(tmp_path, '[[feed]]\nurl = "http://127.0.0.1:9/a.xml"\n'
                                      'name = "BBC Sinhala"\nlang = "si"\n')
    assert warnings == ['warning: feed BBC Sinhala: watcher has no status phrases in "si": its '
                        "articles are matched and grouped but read no status until [cues.si] "
                        "lists some"]


def test_mistakes_a_readers_own_italian_phrases_held(tmp_path: Path) -> None:
    """A user's review (ux17, session 51): "**" passed check-config --strict and then read
    nearly every article postponed, in every language; "non", Italian's negator, got no
    warning where "no" did; "[cues.IT]" then "[cues.it]" was told as "cues.it: the same
    language as [cues.it]"."""
    with pytest.raises(ConfigError) as info:
        load_config(None, text='[cues.it]\npostponed = ["**"]\n')
    assert "cues.it.postponed" in str(info.value) and "'**'" in str(info.value)
    settings = load_config(None, text='[cues.it]\npostponed = ["rinvi* a"]\n')
    assert settings.cues["it"]["postponed"] == ("rinvi* a",)  # a '*' beside letters is fine
    with pytest.raises(ConfigError) as info:
        load_config(None, text='[cues.IT]\ncancelled = ["salta"]\n[cues.it]\nheld = ["vince"]\n')
    assert "cues.it: the same language as [cues.IT]" in str(info.value)
    _, warnings, _ = _check(tmp_path, '[cues.it]\npostponed = ["non", "rinviato a data"]\n')
    assert warnings[1:] == ['warning: cues.it.postponed: "non" is one everyday word: every article '
                        "that has it reads that status"]
