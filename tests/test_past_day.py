"""watcher.core.past_day: is the day an article names with no status cue a day gone by?"""

from __future__ import annotations

import pytest

from watcher.core.past_day import names_a_past_day


@pytest.mark.parametrize(("title", "summary", "lang"), [
    ("Paul Pelosi attacked with hammer", "An intruder broke into the house early on Friday.",
     "en"),
    ("Mitsotakis secures second term", "New Democracy took 40 percent on Sunday.", "en"),
    ("Drivers cross new bridge", "Drivers crossed the span for the first time Friday.", "en"),
    ("Accusés acquittés", "Le jury a rendu son verdict vendredi à Sherbrooke.", "fr"),
    ("Premier jour pour le REM", "Des files se sont formées à la station lundi matin.", "fr"),
    ("HBO-Start", "4,7 Millionen Menschen sahen den Serienauftakt am Sonntag.", "de"),
    ("Sechseläuten", "Der Böögg ist am Montag nach 57 Minuten explodiert und hat gebrannt.", "de"),
    # "next to" is a place, not a time to come
    ("Truck ploughs into Berlin Christmas market",
     "A truck drove into crowds at the market next to the church on Monday evening.", "en"),
    # Plusquamperfekt
    ("Ex-Junta-Chef wieder in Haft",
     "Ein Kommando hatte Camara am Samstag aus dem Gefängnis befreit.", "de"),
    # the participle at the end of a long clause
    ("Auto rast in Weihnachtsmarkt", "Ein Mann ist am Freitagabend mit einem Wagen in die "
     "Menschenmenge auf dem Alten Markt gefahren, es gibt Tote.", "de"),
    # the participle before "hatte" at the end of a subordinate clause
    ("Streik unbefristet", "Der Ausstand, der am Montag begonnen hatte, geht weiter.", "de"),
    # "Mardi Gras" is a name, no Tuesday: only the summary's past day counts
    ("Revelers pack the French Quarter for Mardi Gras", "Zulu and Rex rolled on Fat Tuesday.",
     "en"),
])
def test_a_day_in_a_past_narration_is_gone_by(title: str, summary: str, lang: str) -> None:
    assert names_a_past_day(title, summary, lang)


@pytest.mark.parametrize(("title", "summary", "lang"), [
    ("Am Sonntag wählen die Franzosen", "", "de"),
    ("Starfield le 6 septembre sur Xbox", "", "fr"),
    ("Union to strike on Friday", "The union said on Monday it will walk out on Friday.", "en"),
    # "à" is no auxiliary: "à Rome pour signer vendredi"
    ("Macron à Rome pour signer vendredi le traité du Quirinal", "", "fr"),
    # the past is the relative clause's
    ("Finale", "Les hommes de Guardiola visent samedi un triplé que seul United a réussi.", "fr"),
    ("Descentes", "Deux descentes sont programmées samedi et dimanche.", "fr"),
    ("Rosetta", "Controllers cleared the lander to separate early on Wednesday.", "en"),
    ("Smollett to be sentenced Thursday after judge rejects bid for new trial", "", "en"),
    ("Elton John", "Am Samstag steht das letzte Konzert seiner Tournee an.", "de"),
    ("A report with no day", "The festival was cancelled.", "en"),
    # found in review: "next tournament" still looks ahead; a separable participle after
    # "haben" announces ("angesetzt", "angekündigt"); "Beschäftigten haben" is a noun and its
    # verb, "zu entscheiden haben" an obligation; "hätten" did not happen; "und" starts a clause
    ("x", "The next tournament was rescheduled for Sunday.", "en"),
    ("x", "Der Verband hat das Spiel für Sonntag angesetzt.", "de"),
    ("x", "Die Stadt hat für Montag Sperrungen angekündigt.", "de"),
    ("x", "Die Beschäftigten haben am Montag frei.", "de"),
    ("x", "Die Räte, die am Sonntag darüber zu entscheiden haben, schweigen.", "de"),
    ("x", "Eigentlich hätten die Spiele am Samstag begonnen.", "de"),
    ("x", "Die Stadt ist seit Wochen im Ausnahmezustand und am Samstag eröffnet der "
     "Bürgermeister das Fest.", "de"),
    # a state, not a past: "sind ... aufgerufen" (called to vote)
    ("Bürgerschaftswahl in Hamburg", "Am Sonntag sind 1,3 Millionen Hamburger aufgerufen.", "de"),
    ("Un article", "Le sommet a eu lieu.", "it"),  # a language it has no tense words for
])
def test_a_day_ahead_or_no_day_is_not(title: str, summary: str, lang: str) -> None:
    assert not names_a_past_day(title, summary, lang)


@pytest.mark.parametrize(("title", "summary", "lang"), [
    # Polish, Swedish, Danish and Norwegian (session 37)
    ("Koncert w Krakowie", "Zespół zagrał w sobotę dla 40 tysięcy fanów, koncert odbył się bez "
     "zakłóceń.", "pl"),
    ("Strajk", "Protestujący zebrali się w piątek przed Sejmem.", "pl"),
    ("Lindvik fratatt VM-sølvet", "Lindvik ble diskvalifisert etter rennet i Trondheim lørdag "
     "kveld.", "nb"),
    ("Minnemarkering på Utøya", "Overlevende samlet seg torsdag på øya.", "no"),
    ("Festivalen", "Tusentals besökare samlades på fredag i Göteborg.", "sv"),
    ("Koncerten", "Bandet har spillet i Aarhus lørdag aften.", "da"),
    ("Stormfloden", "Vandet i Roskilde Fjord steg natten til fredag til rekordhøjde.", "da"),
])
def test_a_day_in_a_northern_past_narration_is_gone_by(title: str, summary: str,
                                                       lang: str) -> None:
    assert names_a_past_day(title, summary, lang)


@pytest.mark.parametrize(("title", "summary", "lang"), [
    ("Koncert w Krakowie", "Koncert odbędzie się w sobotę na stadionie.", "pl"),
    ("Strajk", "Związek ogłosił, że strajk zacznie się w piątek.", "pl"),
    ("Nu är Östersund redo för skidskytte-VM", "På torsdag inleds mästerskapen.", "sv"),
    ("Streiken", "Streiken blir trappet opp fredag, sa forbundet.", "nb"),
    ("Koncerten", "Koncerten skal holdes på lørdag.", "da"),
    # "festiwal" ends like a past form; it is a noun
    ("Festiwal w Opolu", "Festiwal w sobotę na amfiteatrze.", "pl"),
])
def test_a_northern_day_ahead_is_not(title: str, summary: str, lang: str) -> None:
    assert not names_a_past_day(title, summary, lang)
