"""``watcher replay`` applies ``[daemon] retention`` in the items' time, as the daemon does.

A user's review (session 45, finding 8): replay ignored the retention, so a months-long backtest
kept events the daemon had forgotten (a background piece pruned live took a strike's call-off in
the replay, told as a change of it). The same story is played here through the daemon's pipeline
(loopback feeds, a real SQLite file, its clock) and through replay: the two tell the same."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.feedserver import FeedServer
from tests.test_pipeline import rss
from tests.test_retention_ahead import ABGESAGT, ANGEKUENDIGT, ANNOUNCED, step
from watcher.cli import main
from watcher.config import load_config
from watcher.models import Item
from watcher.replay import replay

T = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
STRIKE = [
    ("GDL kündigt Warnstreik für Mittwoch an",
     "Die Lokführer sollen am Mittwoch die Arbeit niederlegen.", "https://ts.example/1", T),
    ("GDL sagt Streik ab",
     "Der für Donnerstag geplante Streik der Lokführer findet nicht statt.",
     "https://ts.example/2", T + timedelta(days=45))]
WATCHES = ('[[watch]]\nname = "gdl"\nkeywords = ["GDL"]\n\n'
           '[[watch]]\nname = "coldplay"\nkeywords = ["Coldplay"]\n\n'
           '[notifier.chat]\ntype = "webhook"\nurl = "http://127.0.0.1:9/alerts"\n')
CONFIG = '[daemon]\nretention = "{retention}"\n\n' + WATCHES


def items(rows: list[tuple[str, str, str, datetime]]) -> list[Item]:
    return [Item(key=link, title=title, summary=summary, link=link, source="Tagesschau",
                 published=at, lang="de", first_seen=at) for title, summary, link, at in rows]


def told(rows: list[tuple[str, str, str, datetime]], retention: str,
         forgotten: list[str] | None = None) -> list[tuple[str, str, str | None, str]]:
    settings = load_config(None, text=CONFIG.format(retention=retention))
    return [(a.kind, a.event.status, a.event.previous_status, a.event.id)
            for _, a in replay(items(rows), settings, forgotten=forgotten)]


def test_replay_forgets_an_event_the_retention_drops() -> None:
    forgotten: list[str] = []
    alerts = told(STRIKE, "30d", forgotten)
    assert [a[:3] for a in alerts] == [("new_event", "planned", None),
                                       ("new_event", "cancelled", None)]
    assert forgotten == [alerts[0][3]]
    # nothing forgotten with retention = "off" (whatever the matching then makes of it)
    off: list[str] = []
    told(STRIKE, "off", off)
    assert off == []


def test_replay_keeps_an_open_event_until_its_day_as_the_daemon_does() -> None:
    alerts = told([*ANNOUNCED, *ANGEKUENDIGT, *ABGESAGT], "30d")
    assert [a[:3] for a in alerts] == [("new_event", "planned", None),
                                       ("status_change", "cancelled", "planned")]
    assert alerts[0][3] == alerts[1][3]


@pytest.mark.parametrize("story", ["strike", "show"])
async def test_replay_tells_what_the_daemon_tells(tmp_path: Path, story: str) -> None:
    rows = STRIKE if story == "strike" else [*ANNOUNCED, *ANGEKUENDIGT, *ABGESAGT]
    first, last = rows[:-1], rows[-1]
    with FeedServer() as server:
        server.feed("/f.xml", rss(*first))
        config = load_config(None, text=(
            f'[daemon]\ndatabase = "{tmp_path / "w.db"}"\ntimeout = "2s"\nretention = "30d"\n'
            f'[[feed]]\nurl = "{server.url("/f.xml")}"\nname = "F"\n\n{WATCHES}'))
        kinds = []
        # polls at each article, and the daemon's prunes in between (a poll a day later)
        for at in (first[-1][3], first[-1][3] + timedelta(days=31), last[3] - timedelta(days=1)):
            _, store = await step(config, at + timedelta(minutes=5))
            store.close()
        server.advance("/f.xml", rss(last, *first))
        _, store = await step(config, last[3] + timedelta(minutes=5))
        try:
            kinds = [(d.kind, d.status) for d in store.due_deliveries(last[3] + timedelta(days=1))]
        finally:
            store.close()
    assert kinds == [(a[0], a[1]) for a in told(rows, "30d")]


def test_replay_command_says_what_the_retention_forgot(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "watcher.toml"
    config.write_text(CONFIG.format(retention="30d"), encoding="utf-8")
    story = tmp_path / "story.jsonl"
    story.write_text("\n".join(json.dumps({
        "title": t, "summary": s, "link": link, "published": at.isoformat(),
        "source": "Tagesschau", "lang": "de"}) for t, s, link, at in STRIKE), encoding="utf-8")
    assert main(["replay", str(story), "--config", str(config)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-2:] == ["2 alerts from 2 items", 'retention = "30d": 1 event forgotten on the '
                        "way, as the daemon would have"]
    assert main(["replay", str(story), "--json", "--config", str(config)]) == 0
    assert all(json.loads(line)["kind"] == "new_event"
               for line in capsys.readouterr().out.splitlines())
