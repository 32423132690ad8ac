"""Session 43's readings, each from a fresh set's miss: a future verb followed by "no" and an
occasion says the occasion will not be, a call-off (set 161: "Veranstalter Schaller: Es wird
keine Loveparade mehr geben" read planned); bans of gatherings in the plural; denials in the
plural."""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "lang"), [
    ("Veranstalter Schaller: Es wird keine Loveparade mehr geben", "de"),
    ("There will be no parade in Duisburg", "en"),
    ("Il n'y aura pas de défilé du 14-Juillet", "fr"),
])
def test_no_occasion_to_come_is_a_call_off(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "cancelled"


@pytest.mark.parametrize(("title", "lang", "status"), [
    # "no" before what is not an occasion
    ("Es wird keine Tickets mehr geben", "de", None),
    ("There will be no tickets left", "en", None),
    # "without" is no "no": the occasion goes on without something
    ("Der Umzug wird ohne Zuschauer stattfinden", "de", "planned"),
])
def test_no_before_anything_else_calls_nothing_off(title: str, lang: str,
                                                   status: str | None) -> None:
    assert LEX.read(title, "", lang).status == status


@pytest.mark.parametrize(("title", "lang"), [
    ("Berlin verbietet Querdenken-Demonstrationen am Wochenende", "de"),
    ("Istanbul governor bans Pride marches for third year", "en"),
    ("Court upholds ban on Querdenken demonstration", "en"),
    ("La préfecture interdit la manifestation anti-pass", "fr"),
])
def test_a_gathering_banned_is_called_off(title: str, lang: str) -> None:
    """Plurals and other processions than those of round 36 (set 161: "verbietet
    Querdenken-Demonstrationen am Wochenende" read planned by its weekend)."""
    assert LEX.read(title, "", lang).status == "cancelled"


@pytest.mark.parametrize(("title", "summary", "lang"), [
    # a rule for gatherings in general is no call-off of the occasion the article is about
    ("Le Tour de France menacé après l'annonce d'Emmanuel Macron",
     "Le président a prolongé le confinement et interdit les grands rassemblements au moins "
     "jusqu'à mi-juillet.", "fr"),
    ("Uganda bans protests near parliament", "", "en"),
])
def test_a_general_ban_or_a_threat_calls_nothing_off(title: str, summary: str,
                                                     lang: str) -> None:
    assert LEX.read(title, summary, lang).status != "cancelled"


def test_organisers_ruling_out_a_call_off_plan_the_event() -> None:
    """The plural of a denial (set 161: "les organisateurs excluent toute annulation" read
    cancelled)."""
    assert LEX.read("EuroPride de Belgrade : les organisateurs excluent toute annulation", "",
                    "fr").status == "planned"


def test_a_rescheduled_edition_scrapped_is_called_off() -> None:
    """"Rescheduled" right between the call-off and its noun names what is called off, no move
    (set 160: "Leipzig Book Fair scraps rescheduled spring show" read postponed); a move after
    a comma or "and" is still one."""
    assert LEX.read("Leipzig Book Fair scraps rescheduled spring show", "", "en").status \
        == "cancelled"
    assert LEX.read("Match called off, rescheduled for Tuesday", "", "en").status == "postponed"
    assert LEX.read("Gig cancelled and rescheduled for May", "", "en").status == "postponed"
