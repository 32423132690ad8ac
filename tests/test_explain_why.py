"""Why a stored status move was made: the rule or cue is stored with it (a user's review,
session 46, finding 6).

``watcher explain`` of a stored article re-runs the decision against today's events: for an
article that moved its event by a day rule ("held: an article on the day it was announced for,
reporting no change") it printed the lexicon's reading, "status: none", then "when read: status
planned -> held" with no word of why. The tracker's reason said why when the article was read;
each move in ``event_history`` now keeps it (``why``, schema 6), and ``explain`` and ``events``
show it. Real SQLite files, the real command line.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.feedserver import FeedServer
from tests.test_pipeline import rss
from tests.test_store import NOW, event_dict, item, outcome
from watcher.cli import main
from watcher.core.tracker import Tracker
from watcher.core.types import Cue, StatusReading
from watcher.models import FeedState, Item
from watcher.settings import WatchSettings
from watcher.store import SQLiteStore
from watcher.store.schema import VERSION

MONDAY = datetime(2025, 3, 3, 8, tzinfo=UTC)
TUESDAY = MONDAY + timedelta(days=1, hours=6)
ON_THE_DAY = "held: an article on the day it was announced for, reporting no change"
PLAN = ("Nato leaders to meet in Vilnius on Tuesday",
        "The summit is expected to discuss Ukraine's bid.", "https://a.example/plan", MONDAY)
DAY = ("Nato in Vilnius: Biden announces new aid for Kyiv",
       "Nato leaders in Vilnius discussed Ukraine's bid.", "https://b.example/day", TUESDAY)


def _polled(tmp_path: Path) -> Path:
    """A config and its database after one poll of the summit's plan and its day's article."""
    config = tmp_path / "watcher.toml"
    with FeedServer() as server:
        url = server.feed("/nato.xml", rss(PLAN, DAY))
        config.write_text(
            f'[daemon]\ndatabase = "{tmp_path / "w.db"}"\nmax_item_age = "off"\n\n'
            f'[[feed]]\nurl = "{url}"\nname = "Outlet"\n\n'
            '[[watch]]\nname = "nato"\nkeywords = ["Nato"]\n', encoding="utf-8")
        assert main(["once", "--config", str(config)]) == 0
    return config


def test_explain_and_events_tell_the_day_rule_that_moved_the_event(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = _polled(tmp_path)
    capsys.readouterr()

    assert main(["explain", DAY[2], "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert f"  when read: status planned -> held ({ON_THE_DAY})" in out.splitlines(), out

    assert main(["explain", DAY[2], "--json", "--config", str(config)]) == 0
    moves = json.loads(capsys.readouterr().out)["when_read"]["moves"]
    assert [(m["previous"], m["status"], m["why"]) for m in moves] == [
        ("planned", "held", ON_THE_DAY)]

    # the plan's first article: no rule, the day it names ahead
    assert main(["explain", PLAN[2], "--json", "--config", str(config)]) == 0
    first = json.loads(capsys.readouterr().out)["when_read"]["moves"]
    assert [m["status"] for m in first] == ["planned"] and first[0]["why"], first

    assert main(["events", "--json", "--config", str(config)]) == 0
    (event,) = json.loads(capsys.readouterr().out)
    assert [(h["status"], h["link"], h["why"]) for h in event["history"]] == [
        ("planned", PLAN[2], first[0]["why"]), ("held", DAY[2], ON_THE_DAY)]

    assert main(["events", "--config", str(config)]) == 0
    lines = capsys.readouterr().out.splitlines()
    held = next(n for n, line in enumerate(lines) if line.endswith(f"-> held  {DAY[2]}"))
    assert lines[held + 1].strip() == f"({ON_THE_DAY})"


def test_the_reason_of_a_move_is_the_rule_else_the_cue() -> None:
    """The day rules' notes of the status moved to; a plain cue's reading; nothing else."""
    from watcher.core.types import move_reason

    tracker = Tracker((WatchSettings(name="nato", keywords=("Nato",)),))
    plan = Item("a", *PLAN[:3], "s1", MONDAY, lang="en")
    day = Item("b", *DAY[:3], "s2", TUESDAY, lang="en")
    assert tracker.process(plan, MONDAY).transition == ("unknown", "planned")
    moved = tracker.process(day, TUESDAY)
    assert moved.transition == ("planned", "held") and moved.move_reason == ON_THE_DAY
    assert f"; {ON_THE_DAY}; status planned -> held" in moved.reason  # the reason's own note
    again = tracker.process(Item("c", "Nato summit in Vilnius goes on", "", "https://c.example",
                                 "s3", TUESDAY + timedelta(hours=1), lang="en"),
                            TUESDAY + timedelta(hours=1))
    assert again.transition is None and again.move_reason == ""

    cue = Cue("cancelled", "called off", "title", 10, 20)
    summary = Cue("cancelled", "scrapped", "summary", 0, 8, weight=2.0)
    reading = StatusReading("cancelled", 3.0, (summary, cue))
    assert move_reason("", reading) == "read cancelled: 'called off' in title"
    # a note of another status (a return refused) is not why it moved to cancelled
    assert move_reason("; no return: the rescheduling it names is the one told before",
                       reading) == "read cancelled: 'called off' in title"
    assert move_reason("; planned again: a date ahead after the postponement",
                       StatusReading("planned", 1.0, returning=True)) == (
        "planned again: a date ahead after the postponement")
    assert move_reason("", StatusReading("planned", 1.0, (
        Cue("planned", "back on", "title", 0, 7, returning=True),), returning=True)) == (
        "read planned, a return: 'back on' in title")
    assert move_reason("", StatusReading("held", 1.0)) == ""


def test_a_schema_5_database_migrates_and_its_moves_have_no_why(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A database of schema 5 (no ``why``) opens, gets the column, keeps every row; its moves
    print as before, and a move stored after the upgrade has its why."""
    path = tmp_path / "w.db"
    store = SQLiteStore(path)
    try:
        a, b = item(1), item(2)
        store.commit_feed(FeedState(url=a.feed_url), [a, b],
                          [outcome(a, "e1"), outcome(b, "e1", ("planned", "cancelled"))],
                          [event_dict("e1")], [], NOW)
    finally:
        store.close()
    with sqlite3.connect(path) as db:
        db.executescript("ALTER TABLE event_history DROP COLUMN why;"
                         " ALTER TABLE items DROP COLUMN why; PRAGMA user_version = 5")
        before = db.execute("SELECT * FROM event_history ORDER BY id").fetchall()
        items = db.execute("SELECT count(*) FROM items").fetchone()[0]
    db.close()
    assert before and items == 2

    config = tmp_path / "watcher.toml"
    config.write_text(f'[daemon]\ndatabase = "{path}"\n\n'
                      '[[watch]]\nname = "putin"\nkeywords = ["Putin"]\n', encoding="utf-8")
    assert main(["events", "--json", "--config", str(config)]) == 0
    (event,) = json.loads(capsys.readouterr().out)
    assert [h["status"] for h in event["history"]] == ["cancelled"]
    assert all(h["why"] is None for h in event["history"])
    assert main(["events", "--config", str(config)]) == 0
    text = capsys.readouterr().out
    assert "-> cancelled" in text and "(" not in text.split("-> cancelled", 1)[1]

    store = SQLiteStore(path)  # the upgraded file: a move stored now keeps its why
    try:
        c = item(3)
        moved = outcome(c, "e1", ("cancelled", "planned"))
        moved.move_reason = "read planned, a return: 'back on' in title"
        store.commit_feed(FeedState(url=c.feed_url), [c], [moved], [event_dict("e1")], [], NOW)
        assert [h["why"] for h in store.events()[0]["history"]] == [
            None, "read planned, a return: 'back on' in title"]
        moves, _ = store.item_trail(b.key, "e1")
        assert [(m["status"], m["why"]) for m in moves] == [("cancelled", None)]
        assert store.item_decision(b.key) is None  # read before schema 7: not known
    finally:
        store.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == VERSION == 7
        after = db.execute("SELECT * FROM event_history ORDER BY id").fetchall()
        assert db.execute("SELECT count(*) FROM items").fetchone()[0] == 3
    db.close()
    assert [row[:-1] for row in after[:len(before)]] == before  # nothing lost, why NULL
    assert [row[-1] for row in after] == [None, "read planned, a return: 'back on' in title"]


CALLED_OFF = ("Trump-Putin summit in Budapest called off",
              "The White House said there were no plans for the meeting in the near future.",
              "https://a.example/off", MONDAY)
CALLED_OFF_TOO = ("Gipfel von Trump und Putin in Budapest abgesagt",
                  "Das Treffen in Budapest findet vorerst nicht statt, hieß es in Washington.",
                  "https://b.example/abgesagt", MONDAY + timedelta(hours=2))


def test_explain_tells_the_wait_as_it_was_when_read(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A user's question, "why was I not told?": the first cancellation waited for a second
    outlet (``min_sources``). ``explain`` re-runs the decision against today's events, where
    the second outlet has since arrived and the wait is over; the decision as it was made is
    stored with the item (``items.why``, schema 7) and printed as it was."""
    config = tmp_path / "watcher.toml"
    with FeedServer() as server:
        a = server.feed("/a.xml", rss(CALLED_OFF))
        config.write_text(
            f'[daemon]\ndatabase = "{tmp_path / "w.db"}"\nmax_item_age = "off"\n\n'
            f'[[feed]]\nurl = "{a}"\nname = "A"\n\n'
            '[notifier.term]\ntype = "console"\nstream = "stderr"\n\n'
            '[[watch]]\nname = "summit"\nkeywords = ["Budapest"]\nmin_sources = 2\n',
            encoding="utf-8")
        assert main(["once", "--config", str(config)]) == 0
        capsys.readouterr()
        assert main(["explain", CALLED_OFF[2], "--json", "--config", str(config)]) == 0
        then = json.loads(capsys.readouterr().out)["when_read"]
        assert "no alert yet for summit: cancelled waits for 2 outlets (min_sources), 1 so far" \
            in then["decision"], then
        assert then["alerts"] == []

        b = server.feed("/b.xml", rss(CALLED_OFF_TOO))
        config.write_text(config.read_text(encoding="utf-8").replace(
            '[[watch]]', f'[[feed]]\nurl = "{b}"\nname = "B"\n\n[[watch]]'), encoding="utf-8")
        assert main(["once", "--config", str(config)]) == 0
        capsys.readouterr()

    assert main(["explain", CALLED_OFF[2], "--config", str(config)]) == 0
    out = capsys.readouterr().out
    decision = next(line for line in out.splitlines() if line.startswith("decision: "))
    assert "waits for 2 outlets" not in decision, out  # today: the second outlet is there
    when = next(line for line in out.splitlines() if line.startswith("  decided then: "))
    assert "cancelled waits for 2 outlets (min_sources), 1 so far" in when, out
    assert "  alert:  none caused by this article" in out.splitlines(), out
    # the second outlet's article is the one that told it
    assert main(["explain", CALLED_OFF_TOO[2], "--json", "--config", str(config)]) == 0
    second = json.loads(capsys.readouterr().out)["when_read"]
    assert [a["status"] for a in second["alerts"]] == ["cancelled"], second
    assert "waits" not in second["decision"], second


def test_an_item_no_watch_took_stores_no_decision(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "w.db")
    try:
        taken, untaken = item(1), item(2)
        told = replace(outcome(taken, "e1", ("unknown", "cancelled")),
                       reason="new event e1; no alert yet for putin: cancelled waits")
        store.commit_feed(FeedState(url=taken.feed_url), [taken, untaken], [told],
                          [event_dict("e1", "cancelled")], [], NOW)
        assert store.item_decision(taken.key) == told.reason
        assert store.item_decision(untaken.key) is None
        assert store.item_decision("nope") is None
    finally:
        store.close()


def test_explain_shows_shared_words_as_written() -> None:
    """What two articles share, in their own words: the folded, transliterated keys
    ("shnikhao", "veihnakhtsmarkt") had to be decoded (a user's review, session 48)."""
    tracker = Tracker((WatchSettings(name="markets", keywords=("Christkindlmarkt",)),))
    first = Item(key="a", title="Schneechaos in München: Christkindlmarkt am Marienplatz zu",
                 summary="Die Stadt schließt den Markt am Marienplatz wegen Schneebruchgefahr.",
                 link="https://a.example/1", source="A", published=MONDAY, feed_url="",
                 lang="de")
    second = replace(first, key="b", link="https://b.example/2", source="B",
                     title="Christkindlmarkt am Marienplatz nach Schneechaos wieder offen",
                     published=TUESDAY)
    tracker.process(first, MONDAY)
    out = tracker.process(second, TUESDAY)
    assert out.event_id is not None and not out.new_event
    shared, _ = tracker.join_evidence(second, out.event_id, own=True)
    assert "Marienplatz" in shared and "Schneechaos" in shared, shared
    assert not any(w in shared for w in ("marinplats", "shnikhao")), shared


def test_explain_of_old_news_says_max_item_age_kept_it_quiet(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An article a month old when first read is tracked but told to no one; its re-run said
    "alerts: new_event/..." beside "alert: none caused by this article" (a user's review of a
    year on a small server)."""
    old = datetime.now(UTC) - timedelta(days=30)
    story = ("Coldplay to play Lisbon on October 15", "The band adds a date in Portugal.",
             "https://a.example/lisbon", old)
    config = tmp_path / "watcher.toml"
    with FeedServer() as server:
        url = server.feed("/c.xml", rss(story))
        config.write_text(
            f'[daemon]\ndatabase = "{tmp_path / "w.db"}"\nmax_item_age = "7d"\n\n'
            f'[[feed]]\nurl = "{url}"\nname = "A"\n\n'
            '[notifier.term]\ntype = "console"\nstream = "stderr"\n\n'
            '[[watch]]\nname = "coldplay"\nkeywords = ["Coldplay"]\n', encoding="utf-8")
        assert main(["once", "--config", str(config)]) == 0
    capsys.readouterr()
    assert main(["explain", story[2], "--json", "--config", str(config)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert "alerts:" not in report["decision"], report
    assert "no alert: published 30 days before it was first read, older than max_item_age " \
           "(7d)" in report["decision"], report
    assert report["when_read"]["alerts"] == []
