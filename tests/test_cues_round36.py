"""Round 36 (session 17, tuned on events-16, events-61, events-67 and events-69, the last two
held out until this session; mended after a review of about 520 probes): an authority that bans
one gathering ("bans Belgrade Pride march", "verbietet Großdemo", "interdit le rassemblement")
calls it off; crowds that "take to streets", "join" a march or "demonstrieren" report it held; a
ban on a gathering lifted or overturned ("protest allowed", "darf stattfinden", "suspend
l'interdiction de la marche") puts it back on, and a gathering held in defiance of a ban is a
return. A ban defied, urged or challenged calls nothing off, nor does a ban of a thing at a
gathering, a rule about gatherings in general or a ban that ends on a month ("until March")."""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("lang", "title", "summary", "status"), [
    ("en", "Serbia bans Belgrade Pride march citing security threats", "", "cancelled"),
    ("en", "Warsaw mayor bans nationalist Independence March, citing safety", "", "cancelled"),
    ("en", "Hong Kong police ban Tiananmen vigil for first time in 30 years", "", "cancelled"),
    ("en", "Climate march banned after Paris attacks", "", "cancelled"),
    ("en", "Authorities have banned Sunday's rally in the capital", "", "cancelled"),
    ("de", "Polizei verbietet Großdemo am Hambacher Forst", "", "cancelled"),
    ("de", "Kiew verbietet Feiern zum Unabhängigkeitstag", "", "cancelled"),
    ("de", "Querdenken-Kundgebung in Leipzig verboten", "", "cancelled"),
    ("fr", "Le préfet de police interdit le rassemblement pour Adama Traoré", "", "cancelled"),
    ("fr", "Serbie : la Gay Pride de Belgrade interdite", "", "cancelled"),
    ("fr", "Sainte-Soline : la manifestation contre les bassines interdite par la préfecture", "",
     "cancelled"),
    ("fr", "La préfecture refuse la « marche des libertés »", "", "cancelled"),
    ("en", "Hong Kong protesters take to streets despite ban", "", "held"),
    ("en", "Hundreds of thousands join People's Climate March in New York", "", "held"),
    ("de", "Paris: Tausende demonstrieren für Adama Traoré", "", "held"),
    ("fr", "Malgré l'interdiction, 20 000 personnes rassemblées à Paris", "", "held"),
    ("en", "Berlin court overturns ban on anti-lockdown protest", "", "planned"),
    ("en", "Court halts forest clearing; weekend protest allowed", "", "planned"),
    ("de", "Gericht stoppt Rodung – Demo darf stattfinden", "", "planned"),
    ("de", "Kehrtwende: Demo gegen Arbeitsmarktreform doch erlaubt", "", "planned"),
    ("de", "Irland: Electric Picnic darf nicht stattfinden", "", "cancelled"),
    ("fr", "Le tribunal suspend l'interdiction de la marche", "", "planned"),
    ("en", "Court upholds ban on Pride march", "", "cancelled"),
    ("fr", "Le Conseil d'État maintient l'interdiction de la manifestation", "", "cancelled"),
])
def test_round_36_readings(lang: str, title: str, summary: str, status: str) -> None:
    assert LEX.read(title, summary, lang).status == status


@pytest.mark.parametrize(("lang", "title"), [
    ("en", "Protesters defy ban on march in Istanbul"),
    ("en", "Georgian patriarch urges ban on Tbilisi gay rights rally"),
    ("en", "Italy bans flights from China until March"),
    ("en", "Utah bans Pride flags in government buildings"),
    ("en", "Wimbledon bans Russian players"),
    ("de", "Trotz Verbot: Demonstranten ziehen vor das Kanzleramt"),
    ("fr", "Des milliers de manifestants bravent l'interdiction de la marche"),
])
def test_a_ban_defied_urged_or_of_a_month_calls_nothing_off(lang: str, title: str) -> None:
    assert LEX.read(title, "", lang).status != "cancelled"


@pytest.mark.parametrize(("lang", "title"), [
    # a ban lifted on what is no gathering
    ("en", "EU lifts ban on British beef"),
    ("de", "Gericht kippt Kopftuchverbot"),
    ("fr", "La justice lève l'interdiction du glyphosate"),
    # a thing banned at a gathering, or as a compound's first word
    ("en", "Police ban flags at Pride march"),
    ("de", "Polizei verbietet Pyrotechnik bei Demo"),
    ("fr", "La préfecture interdit les masques dans les manifestations"),
    ("de", "Polizei verbietet Demo-Route durch Innenstadt"),
    # a rule about gatherings in general
    ("en", "Uganda bans protests near parliament"),
    ("en", "Singapore bans gatherings of more than two people"),
    # crowds, defiance and bans of something else
    ("en", "Thousands join class action against Meta"),
    ("en", "Government defies EU ban on gas imports"),
    ("de", "Jobcenter untersagt Umzug in größere Wohnung"),
    ("de", "Russland verbietet Medien die Bezeichnung Einmarsch"),
    ("de", "Stadt verbietet das Feiern im Park nach 22 Uhr"),
    ("en", "Kenya bans plastic bags starting March 1"),
])
def test_no_gathering_no_ban_of_one(lang: str, title: str) -> None:
    r = LEX.read(title, "", lang)
    assert r.status is None and not r.returning


def test_a_held_report_defying_a_ban_is_a_return() -> None:
    """The called-off gathering took place: ``returning`` lets it join and reopen the event."""
    for lang, title in (("fr", "Malgré l'interdiction, 20 000 personnes rassemblées à Paris"),
                        ("en", "Thousands defy ban in Paris to protest over police violence"),
                        ("de", "Tausende trotzen dem Verbot und demonstrieren")):
        r = LEX.read(title, "", lang)
        assert (r.status, r.returning) == ("held", True), title
    assert not LEX.read("Glastonbury opens", "", "en").returning
