"""Round 33 (session 15; tuned on the sets of round 32 and on events-63.tsv and events-64.tsv,
which were held out until then, with events-65.tsv and events-66.tsv written as new held-out
sets): releases (an album or a memoir is an occasion that can be announced; a product that
"goes on sale" is out, tickets that "go on sale" or "went on sale" still announce; a release
date missed, or one that "will slip to" a later time, is a postponement; a move "by a year", "to
end-2022", "to Christmas", "um einen Tag", "auf den 29. Mai" is one too); "renvoyé à dimanche"
puts a session off; a memorial that is dedicated took place; German: a clause-final participle
followed by its own auxiliary of the past ("…, die am Sonntag stattgefunden hat") is past, and
the future auxiliary of a long verb-final clause counts from further away ("wird … in der Halle
der Detroit Lions ausgetragen"). A review took out what read stock phrases as news: "dedicated"
(adjective), "weiht … ein" (also "lets someone in on"), "a tenu ses" (promises), "console" and
"film" as occasions ("film director confirmed dead"). A memoir that "looks back on" the past
brings nothing "back on"; a year after "since" / "seit" / "depuis" is no edition of the occasion
(``features``: "cancelled for the first time since 1945" is the 2020 Open)."""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("lang", "title", "summary", "status"), [
    ("en", "Taylor Swift announces new album 'Midnights' at VMAs",
     "The singer revealed her 10th studio album will be released on Oct. 21.", "planned"),
    ("de", "Woody Allens Memoiren erscheinen im April",
     "Der US-Verlag veröffentlicht das Buch am 7. April.", "planned"),
    ("en", "HomePod goes on sale, two months late",
     "Early buyers found Siri less capable than rivals.", "held"),
    ("en", "Tickets for the Oasis reunion tour went on sale on Saturday",
     "Fans faced long queues.", "planned"),
    ("en", "Kanye West's 'Yandhi' misses its release date",
     "The album did not arrive after his SNL appearance.", "postponed"),
    ("en", "Hollow Knight: Silksong misses its window", "", "postponed"),
    ("en", "EA confirms Anthem will slip to early 2019", "", "postponed"),
    ("en", "Disney slides 'Avatar' sequels by a year", "", "postponed"),
    ("en", "EDF pushes Flamanville reactor start to end-2022", "", "postponed"),
    ("en", "Warner Bros moves Bong Joon-ho's 'Mickey 17' to 2025", "", "postponed"),
    ("en", "Sony moves Seth Rogen comedy 'The Interview' to Christmas Day", "", "postponed"),
    ("de", "Trump verlegt Wahlkampfauftritt in Tulsa um einen Tag", "", "postponed"),
    ("de", "Final Fantasy XVI kommt ein Jahr später", "", "postponed"),
    ("en", "Euro 2020 looks back on track", "", "planned"),
    ("fr", "F1 : à Suzuka, les qualifications renvoyées à dimanche", "", "postponed"),
    ("en", "Obama dedicates Martin Luther King memorial", "", "held"),
    ("de", "Finale im Exil",
     "Das Fußballduell wird am Sonntag 10.000 Kilometer von Buenos Aires entfernt ausgetragen.",
     "planned"),
    ("de", "Landtag",
     "Die Abgeordneten sprechen über die Wahl, die am Sonntag in Thüringen stattgefunden hat.",
     "held"),
])
def test_round_33_readings(lang: str, title: str, summary: str, status: str) -> None:
    assert LEX.read(title, summary, lang).status == status


@pytest.mark.parametrize(("lang", "title", "summary"), [
    # stock phrases the review found: none of them reports an occasion's status
    ("en", "Dedicated fans camp out ahead of Glastonbury", ""),
    ("en", "Oscar-winning film director confirmed dead at 79", ""),
    ("en", "Psyche mission team misses its lunch break", ""),
    ("de", "Harry weiht die Queen in seine Hochzeitspläne ein", ""),
    ("fr", "Le maire a tenu ses promesses", ""),
    ("en", "Dave Grohl's memoir looks back on Nirvana and Foo Fighters", ""),
    # a second review: moves that are earlier or of no occasion, people arriving late, a
    # missing person, an island, a plan that waits for its occasion
    ("en", "UK moves the vote forward by a week", ""),
    ("de", "Die Wahl rückt um eine Woche vor", ""),
    ("en", "Pushes retirement age up by two years", ""),
    ("en", "Shares pushed higher to the end of the session", ""),
    ("en", "Detainees moved to Christmas Island", ""),
    ("de", "Scholz kommt später zum Gipfel", ""),
    ("en", "Family of missing woman release statement", ""),
])
def test_no_status_from_stock_phrases(lang: str, title: str, summary: str) -> None:
    assert LEX.read(title, summary, lang).status is None


def test_what_waits_for_its_occasion_is_no_report() -> None:
    text = "Sobald der Parteitag am Samstag stattgefunden hat, soll der Vorstand gewählt werden"
    assert LEX.read("Parteitag", text, "de").status != "held"


def test_a_slip_needs_a_time() -> None:
    # "will slip to" postpones only when a time follows, not a rank
    read = LEX.read("Conservatives will slip to third place, poll suggests", "", "en")
    assert read.status != "postponed"


def test_gathered_is_no_plan() -> None:
    # "gather in ... for" announces; "gathered in ... for" is a report
    text = "Tens of thousands gathered in Krakow for the funeral Mass of the president."
    assert LEX.read("Poland lays Kaczynski to rest", text, "en").status != "planned"
