"""Round 32 (session 14; tuned on the sets of round 31 and on events-61.tsv and events-62.tsv,
which were held out until then, with events-63.tsv and events-64.tsv written as new held-out
sets): a ban of an occasion named next to it calls it off ("Governor bans Pride march",
"Stadt verbietet Demo", "La préfecture interdit la manifestation"), a ban of anything else does
not; a place that will not reopen is closed for good, or until later when a date is named; the
first part of a hyphenated compound is no modal ("OB-Wahl": not "ob", whether); a vote taken
with its answer ("votes yes", "sagen Nein", "stimmt gegen") is held; a verdict names its trial
("convicted", "acquitted", "sentenced" count without an event word)."""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("lang", "title", "summary", "status"), [
    ("en", "Istanbul governor bans Pride march", "", "cancelled"),
    ("de", "Stadt verbietet Demo gegen Corona-Regeln am Samstag", "", "cancelled"),
    ("fr", "La préfecture interdit la manifestation de dimanche à Nantes", "", "cancelled"),
    ("de", "Kundgebung am Marktplatz verboten", "", "cancelled"),
    ("en", "Dublin museum will not reopen after flood damage", "", "cancelled"),
    ("en", "Cinemas will not reopen on 1 March, minister says", "", "postponed"),
    ("de", "Der Weihnachtsmarkt wird nicht wieder geöffnet", "", "cancelled"),
    ("de", "Kölner OB-Wahl wird verschoben", "", "postponed"),
    ("en", "Galway votes yes to directly elected mayor", "", "held"),
    ("de", "Bürger sagen Nein zur Seilbahn", "", "held"),
    ("de", "Basel stimmt gegen neues Stadion", "", "held"),
    ("fr", "Le canton a voté non à la fusion", "", "held"),
    ("en", "Former minister convicted of bribery", "", "held"),
    ("en", "Rapper acquitted of all charges", "", "held"),
])
def test_round_32_readings(lang: str, title: str, summary: str, status: str) -> None:
    assert LEX.read(title, summary, lang).status == status


@pytest.mark.parametrize(("lang", "title", "summary"), [
    # a ban of no occasion, and an occasion held despite its ban
    ("en", "Taliban ban women from universities", ""),
    ("de", "Regierung verbietet Plastiktüten ab Januar", ""),
    ("en", "Clashes at banned rally in Paris leave dozens injured", ""),
    ("en", "Pride marchers walk in Belgrade despite ban", ""),
    # what a ban bans is no occasion, though one is named further on
    ("en", "Beer sales banned at stadiums two days before kick-off", ""),
    ("en", "Fans cannot buy beer as Qatar bans alcohol at stadiums", ""),
])
def test_round_32_look_alikes(lang: str, title: str, summary: str) -> None:
    status = LEX.read(title, summary, lang).status
    assert status not in ("cancelled", "postponed", "planned")


def test_whether_is_still_a_modal() -> None:
    # "ob" before the cue, not a compound's first part: whether the vote is postponed is open
    assert LEX.read("Ob die Wahl verschoben wird, ist offen", "", "de").status != "postponed"
