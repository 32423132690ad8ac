"""Session 43's readings, each from a fresh set's miss: a future verb followed by "no" and an
occasion says the occasion will not be, a call-off (set 161: "Veranstalter Schaller: Es wird
keine Loveparade mehr geben" read planned); French bans of a gathering; denials in the plural;
a rescheduled edition scrapped."""

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
    # the occasion's word only qualifies the thing "no" negates (a code review)
    ("There will be no festival tickets at the gate", "en", "planned"),
    ("There will be no summit breakthrough", "en", "planned"),
    ("Es wird keine Gipfel-Einigung geben", "de", "planned"),
])
def test_no_before_anything_else_calls_nothing_off(title: str, lang: str,
                                                   status: str | None) -> None:
    assert LEX.read(title, "", lang).status == status


def test_a_gathering_banned_is_called_off() -> None:
    """French, as English and German read it since round 36 (in the singular: a ban in the
    plural is as often a rule for a time or place, "Berlin verbietet alle Demos rund um den
    Nato-Gipfel", "interdit les grands rassemblements": a code review)."""
    assert LEX.read("La préfecture interdit la manifestation anti-pass", "", "fr").status \
        == "cancelled"


@pytest.mark.parametrize(("title", "summary", "lang"), [
    # a rule for gatherings in general is no call-off of the occasion the article is about
    ("Le Tour de France menacé après l'annonce d'Emmanuel Macron",
     "Le président a prolongé le confinement et interdit les grands rassemblements au moins "
     "jusqu'à mi-juillet.", "fr"),
    ("Uganda bans protests near parliament", "", "en"),
    ("Berlin verbietet alle Demos rund um den Nato-Gipfel", "", "de"),
    ("Police ban all marches in central London during Trump state visit", "", "en"),
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


@pytest.mark.parametrize(("title", "status"), [
    ("Belgrade Pride march held for first time since 2010", "held"),
    ("Summit held in Vilnius", "held"),
    ("Activist held in Moscow", None),  # a person held is detained
    ("Election to be held in May", "planned"),
])
def test_an_occasion_held(title: str, status: str | None) -> None:
    """A headline's occasion "held" (set 161: the Belgrade Pride march read nothing)."""
    assert LEX.read(title, "", "en").status == status


@pytest.mark.parametrize(("title", "lang", "status"), [
    ("Concert goes on despite storm", "en", "held"),
    ("Fighting goes on despite ceasefire", "en", None),  # no occasion
    ("Carnival revellers fill the streets of Rio", "en", "held"),
    ("Wahllokale in Brasilien geöffnet", "de", "held"),
    ("Festival lockt Rekordbesucher", "de", "held"),
    ("Des milliers de personnes défilent à Paris", "fr", "held"),
    ("Les syndicats défileront le 1er mai", "fr", "planned"),
])
def test_crowds_and_an_occasion_going_on(title: str, lang: str, status: str | None) -> None:
    """Headlines of an occasion under way that read nothing before (a probe sweep)."""
    assert LEX.read(title, "", lang).status == status


@pytest.mark.parametrize(("title", "status"), [
    ("Amstel Gold Race krijgt nieuwe datum: zaterdag 10 oktober", "planned"),
    ("Concert afgelast, nieuwe datum volgt", "postponed"),
    ("Vierdaagse wacht nog met besluit over afgelasten", None),
])
def test_dutch_new_date_and_pending_decision(title: str, status: str | None) -> None:
    """Set 164: a new date set is a return in Dutch as in English ("nieuwe datum", with a
    call-off a move); a decision still to take about a call-off calls nothing off."""
    assert LEX.read(title, "", "nl").status == status


@pytest.mark.parametrize(("title", "status"), [
    ("Dutch police detain 2,400 at Extinction Rebellion motorway blockade", "held"),
    ("Hundreds arrested at climate protest in London", "held"),
    ("Extinction Rebellion: Dozens arrested as activists block Westminster roads", "held"),
    ("Activist arrested at airport", None),  # a person's news, no action's
])
def test_arrests_at_an_action(title: str, status: str | None) -> None:
    """Set 165: arrests at a blockade or protest report the action held."""
    assert LEX.read(title, "", "en").status == status


def test_a_change_expected_or_predicted_is_a_forecast() -> None:
    """Set 164: "Interior minister expects Rock Werchter to be cancelled" read cancelled."""
    for title in ("Interior minister expects Rock Werchter to be cancelled",
                  "Minister predicts the Games will be cancelled"):
        assert LEX.read(title, "", "en").status != "cancelled"
    assert LEX.read("Glastonbury cancelled, organisers expect to return in 2022", "",
                    "en").status == "cancelled"
