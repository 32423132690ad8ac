"""Round 32 (session 14; tuned on the sets of round 31 and on events-61.tsv and events-62.tsv,
which were held out until then, with events-63.tsv and events-64.tsv written as new held-out
sets): a place that will not reopen is closed for good, or until later when a date is named; the
first part of a hyphenated compound is no modal ("OB-Wahl": not "ob", whether); a proposal that
fails at the ballot box was voted on; a verdict names its trial ("convicted", "acquitted",
"sentenced" count without an event word). Ban cues and answers of a vote ("votes yes", "sagen
Nein") were tried and taken out again after a review: they read bans of products and people and
votes on strikes or bills as news of an event."""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("lang", "title", "summary", "status"), [
    ("en", "Dublin museum will not reopen after flood damage", "", "cancelled"),
    ("en", "Cinemas will not reopen on 1 March, minister says", "", "postponed"),
    ("de", "Der Weihnachtsmarkt wird nicht wieder geöffnet", "", "cancelled"),
    ("de", "Kölner OB-Wahl wird verschoben", "", "postponed"),
    ("de", "Seilbahn-Projekt scheitert an der Urne", "", "held"),
    ("en", "Former minister convicted of bribery", "", "held"),
    ("en", "Rapper acquitted of all charges", "", "held"),
])
def test_round_32_readings(lang: str, title: str, summary: str, status: str) -> None:
    assert LEX.read(title, summary, lang).status == status


def test_whether_is_still_a_modal() -> None:
    # "ob" before the cue, not a compound's first part: whether the vote is postponed is open
    assert LEX.read("Ob die Wahl verschoben wird, ist offen", "", "de").status != "postponed"


@pytest.mark.parametrize(("lang", "title"), [
    # bans of products and people are no event's news (the ban cues were taken out)
    ("en", "Glastonbury festival bans single-use plastic bottles"),
    ("de", "Stadt verbietet Glasflaschen auf dem Oktoberfest"),
    ("fr", "Le festival interdit les bouteilles en plastique"),
])
def test_a_ban_calls_nothing_off(lang: str, title: str) -> None:
    assert LEX.read(title, "", lang).status != "cancelled"
