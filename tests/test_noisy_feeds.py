"""A user's review of noisy feeds (session 47, ux11): real outlets' feeds carry morning
briefings that bundle several stories, "on this day" pieces and correction notices beside the
news. A briefing welded a launch, a sports opening and a band into one event and passed each
story's status to the others; "On this day in 2009: ... gig is cancelled" was told as the
reunion called off; an AP correction told a postponed launch back on. The real lexicon and
tracker, items as a feed would bring them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from watcher.core.day_rules import corrects
from watcher.core.digest import is_digest
from watcher.core.events import service_piece
from watcher.core.tracker import Tracker
from watcher.models import Item
from watcher.settings import WatchSettings


def _item(n: int, when: str, source: str, title: str, summary: str, lang: str = "en") -> Item:
    return Item(key=f"k{n}", title=title, summary=summary, link=f"https://x/{n}", source=source,
                published=datetime.fromisoformat(when).replace(tzinfo=UTC), lang=lang)


@pytest.mark.parametrize("title", [
    "Morning briefing: Paralympics open, Oasis add dates, Polaris Dawn grounded by weather",
    "Die Lage am Morgen: Bahnstreik in Kanada vorbei, Polaris-Start verschoben, Paralympics am "
    "Mittwoch",
    "Der Morgen: Polaris-Dawn-Start erneut verschoben, Oasis-Tickets, Paralympics-Eröffnung heute",
    "Le brief du matin : Oasis, Polaris Dawn, Jeux paralympiques",
    "First Edition: Oasis announcement due, Polaris Dawn launch delayed, Paralympics open tomorrow",
    "Weekend briefing: Swift, Oasis and the Paralympics",
])
def test_a_briefing_headline_is_a_digest(title: str) -> None:
    assert is_digest(title)


@pytest.mark.parametrize("title", [
    # one story each: a label with a subject, a live page, a story in steps
    "Kanzlerduell heute Abend: Merkel gegen Steinbrück, vier Moderatoren, 90 Minuten",
    "Summit this morning: leaders arrive, talks begin, protests",
    "The Latest: Summit is off, Trump says",
    "Ukraine-Krieg im Überblick: Gipfel abgesagt, Kiew enttäuscht",
    "Budapest summit: Trump, Putin to meet within two weeks",
    "Taylor Swift: Vienna concerts cancelled, fans devastated",
])
def test_one_story_is_no_digest(title: str) -> None:
    assert not is_digest(title)


def test_a_briefing_joins_no_event_and_moves_no_status() -> None:
    t = Tracker([WatchSettings("polaris", keywords=("Polaris Dawn",)),
                 WatchSettings("paralympics", keywords=("Paralympics",))])
    launch = t.process(_item(1, "2024-08-20T10:00", "spacecom",
                             "SpaceX targets Aug. 26 for Polaris Dawn spacewalk mission",
                             "The private mission will launch from Florida."),
                       datetime(2024, 8, 20, 10, tzinfo=UTC))
    brief = _item(2, "2024-08-29T05:00", "bbc",
                  "Morning briefing: Paralympics open, Oasis add dates, Polaris Dawn grounded "
                  "by weather", "The Paralympics opened in Paris; Polaris Dawn waits for calm "
                  "seas.")
    out = t.process(brief, brief.published)
    assert {m.watch for m in out.matches} == {"polaris", "paralympics"}
    assert out.event_id is None and out.alerts == () and out.transition is None
    assert "digest" in out.reason
    assert t.event(launch.event_id).status == "planned"  # type: ignore[union-attr]


def test_on_this_day_is_a_look_back_not_news() -> None:
    t = Tracker([WatchSettings("oasis", keywords=("Oasis",))])
    first = _item(1, "2024-08-27T07:40", "ap",
                  "Oasis to reunite for 2025 tour, Gallagher brothers announce",
                  "The band will play Cardiff, Manchester, London, Edinburgh and Dublin next "
                  "summer.")
    t.process(first, first.published)
    for n, (title, lang) in enumerate([
            ("On this day in 2009: Oasis split as Paris Rock en Seine gig is cancelled", "en"),
            ("Heute vor 15 Jahren: Oasis sagen Konzert in Paris ab", "de")], 2):
        out = t.process(_item(n, "2024-08-28T06:00", "bbc", title, "", lang),
                        datetime(2024, 8, 28, 6, tzinfo=UTC))
        assert out.transition is None and out.alerts == ()


@pytest.mark.parametrize(("title", "expected"), [
    ("Correction: SpaceX-Polaris Dawn story", True),
    ("Korrektur: Polaris-Start", True),
    ("Rectificatif : lancement de Polaris Dawn", True),
    ("CORRECTED-UPDATE 1-SpaceX delays Polaris Dawn launch", False),  # a whole article again
    ("Polaris Dawn: course correction before docking", False),
])
def test_correction_notices(title: str, expected: bool) -> None:
    assert corrects(title) is expected


def test_a_correction_notice_moves_no_status() -> None:
    t = Tracker([WatchSettings("polaris", keywords=("Polaris Dawn",))])
    items = [
        _item(1, "2024-08-20T10:00", "spacecom",
              "SpaceX targets Aug. 26 for Polaris Dawn spacewalk mission",
              "The private mission will launch from Florida."),
        _item(2, "2024-08-26T06:00", "reuters", "SpaceX delays Polaris Dawn launch",
              "A helium leak on the ground equipment forced SpaceX to stand down."),
        _item(3, "2024-08-26T09:00", "ap", "Correction: SpaceX-Polaris Dawn story",
              "In a story published Aug. 26, The Associated Press erroneously reported that the "
              "launch was delayed to Thursday. It is now set for Wednesday."),
    ]
    moves = [t.process(i, i.published).transition for i in items]
    assert moves == [("unknown", "planned"), ("planned", "postponed"), None]


@pytest.mark.parametrize(("title", "expected"), [
    ("Taylor Swift in Wien: Was Fans für die drei Konzerte im Happel-Stadion wissen müssen", True),
    ("Oasis reunion: band set to make announcement – live", True),
    ("LIVE: Swift shows cancelled", True),
    ("Gipfel-Ticker: Trump trifft Putin", True),
    ("Will the summit go ahead?", True),
    ("Live Nation cancels tour", False),
    ("Ticker-tape parade held in New York", False),
    ("Taylor Swift: Konzerte in Wien abgesagt", False),
])
def test_service_pieces(title: str, expected: bool) -> None:
    assert service_piece(title) is expected


def test_an_event_titled_by_a_service_piece_takes_the_news_headline() -> None:
    t = Tracker([WatchSettings("swift", keywords=("Taylor Swift",))])
    items = [
        _item(1, "2024-08-06T08:00", "kurier",
              "Taylor Swift in Wien: Was Fans für die drei Konzerte wissen müssen",
              "Die drei Konzerte im Happel-Stadion finden am Donnerstag, Freitag und Samstag "
              "statt.", "de"),
        _item(2, "2024-08-07T19:45", "standard", "Taylor-Swift-Konzerte in Wien abgesagt",
              "Nach der Festnahme zweier Terrorverdächtiger sagte der Veranstalter alle drei "
              "Konzerte ab.", "de"),
        _item(3, "2024-08-07T20:30", "bbc", "Swift fans in tears as Vienna shows are called off",
              "Organisers cancelled all three concerts.", "en"),
    ]
    outs = [t.process(i, i.published) for i in items]
    event = t.event(outs[0].event_id)  # type: ignore[arg-type]
    assert event is not None and event.title == "Taylor-Swift-Konzerte in Wien abgesagt"
    assert outs[1].alerts and outs[1].alerts[0].event.title == event.title


def test_a_keyword_only_article_tells_no_other_watchs_story() -> None:
    """"Vienna street becomes an oasis for heartbroken Swifties" brings the Oasis watch into
    the Vienna cancellation's event; "Conor Gallagher's move in doubt" shares nothing with it
    but a keyword and tells no status: it must not announce that event to the Oasis watch."""
    t = Tracker([WatchSettings("swift", keywords=("Taylor Swift", "Swifties")),
                 WatchSettings("oasis", keywords=("Oasis", "Gallagher"))])
    items = [
        _item(1, "2024-08-07T19:45", "standard", "Taylor Swift's Vienna concerts cancelled",
              "Organisers called off all three shows at the Ernst Happel stadium after two "
              "terror suspects were arrested."),
        _item(2, "2024-08-07T21:00", "bbc", "Taylor Swift cancels Vienna shows over terror plot",
              "All three Eras Tour concerts in Vienna are off."),
        _item(3, "2024-08-09T10:00", "bbc", "Vienna street becomes an oasis for heartbroken "
              "Swifties", "Fans of Taylor Swift gathered in Vienna's Corneliusgasse."),
        _item(4, "2024-08-19T18:00", "bbc", "Conor Gallagher's Atletico Madrid move in doubt",
              "The Chelsea midfielder's transfer stalled as another deal collapsed."),
    ]
    outs = [t.process(i, i.published) for i in items]
    assert not [a for a in outs[3].alerts if a.watch == "oasis"]


def test_an_event_titled_by_a_headline_that_told_no_status_takes_the_news() -> None:
    """"cancelled: Putin's spokesman dismisses new EU sanctions as 'illegal'" in an email
    subject: the story's first headline told nothing of the summit (a user's review of the
    messages, session 47)."""
    t = Tracker([WatchSettings("putin", keywords=("Putin", "Poutine"))])
    items = [
        _item(1, "2025-10-16T08:00", "reuters",
              "Peskov: Putin and Trump discussed Budapest by phone",
              "The Kremlin spokesman gave few details about a possible meeting of the two "
              "presidents in Budapest."),
        _item(2, "2025-10-16T20:05", "lemonde",
              "Trump et Poutine vont se rencontrer à Budapest",
              "Le président américain a annoncé un sommet avec Vladimir Poutine à Budapest.",
              "fr"),
    ]
    outs = [t.process(i, i.published) for i in items]
    assert outs[0].event_id == outs[1].event_id
    event = t.event(outs[1].event_id)  # type: ignore[arg-type]
    assert event is not None and event.title == "Trump et Poutine vont se rencontrer à Budapest"
