"""``watcher replay`` reads an entry updated in place as the daemon does: as a revision.

A user's review (session 46, finding 7): a JSON Lines export with an outlet's entry under its
first headline and, later, the same ``id`` and ``link`` under "summit called off" replayed as
one alert (the rewrite was skipped as the entry seen again), while the daemon, polling the same
entries as feeds, stored the new headline as an item of its own and alerted "planned ->
cancelled" from it (``watcher.revisions``). The same story is played here through the daemon's
pipeline (loopback feeds, a real SQLite file, its clock) and through ``watcher replay`` on a
real file: the two tell the same, from the same articles; a line repeated verbatim stays read
once (ux7 #6)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.feedserver import FeedServer
from tests.test_pipeline import rss
from tests.test_retention_ahead import step
from watcher.cli import main
from watcher.config import load_config

T = datetime(2026, 12, 2, 18, 0, tzinfo=UTC)
LINK = "https://star.example/d1"
ANNOUNCED = ("Trump and Putin to meet in Budapest on Friday",
             "The two leaders will hold a summit in Budapest, the White House said.")
CALLED_OFF = ("Trump-Putin Budapest summit called off",
              "The White House has called off the summit with Vladimir Putin in Budapest.")
# another outlet's call-off two hours after the rewrite: told only if the rewrite was not
OTHER = ("Gipfel von Trump und Putin in Budapest abgesagt",
         "Das Treffen von Trump und Putin in Budapest findet nicht statt.",
         "https://spiegel.example/p1")
WATCHES = ('[[watch]]\nname = "putin"\nkeywords = ["Putin"]\nmin_sources = 1\n\n'
           '[notifier.hook]\ntype = "webhook"\nurl = "http://127.0.0.1:9/alerts"\n')

Told = list[tuple[str, str, str | None, str]]  # kind, status, previous status, trigger title


def line(title: str, summary: str, published: datetime, *, source: str = "DailyStar",
         link: str = LINK, **extra: str) -> dict[str, str]:
    return {"id": link, "link": link, "title": title, "summary": summary,
            "published": published.isoformat(), "source": source, **extra}


def replayed(tmp_path: Path, records: list[dict[str, str]], capsys: pytest.CaptureFixture[str]
             ) -> tuple[Told, str]:
    """``watcher replay FILE --json`` and the text output's last line."""
    config = tmp_path / "replay.toml"
    config.write_text('[daemon]\nretention = "off"\n\n' + WATCHES, encoding="utf-8")
    story = tmp_path / "story.jsonl"
    story.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    assert main(["replay", str(story), "--json", "--config", str(config)]) == 0
    payloads = [json.loads(out) for out in capsys.readouterr().out.splitlines()]
    assert main(["replay", str(story), "--config", str(config)]) == 0
    summary = capsys.readouterr().out.splitlines()[-1]
    return [(p["kind"], p["event"]["status"], p["event"]["previous_status"], p["item"]["title"])
            for p in payloads], summary


async def daemon(tmp_path: Path, rewritten: datetime) -> Told:
    """The daemon polling DailyStar's feed (the entry rewritten in place: same guid, link and
    date) and Spiegel's, a poll five minutes after each article."""
    with FeedServer() as server:
        star = server.feed("/star.xml", rss((*ANNOUNCED, LINK, T)))
        spiegel = server.feed("/spiegel.xml", rss())
        config = load_config(None, text=(
            f'[daemon]\ndatabase = "{tmp_path / "w.db"}"\ntimeout = "2s"\nretention = "off"\n'
            f'[[feed]]\nurl = "{star}"\nname = "DailyStar"\n\n'
            f'[[feed]]\nurl = "{spiegel}"\nname = "Spiegel"\n\n{WATCHES}'))
        _, store = await step(config, T + timedelta(minutes=5))
        store.close()
        server.advance("/star.xml", rss((*CALLED_OFF, LINK, T)))
        _, store = await step(config, rewritten + timedelta(minutes=5))
        store.close()
        server.advance("/spiegel.xml", rss((*OTHER, rewritten + timedelta(hours=2))))
        _, store = await step(config, rewritten + timedelta(hours=2, minutes=5))
        try:
            due = store.due_deliveries(rewritten + timedelta(days=1))
        finally:
            store.close()
    return [(d.kind, d.status, d.payload["event"]["previous_status"], d.payload["item"]["title"])
            for d in due]


def story(rewritten: datetime, *, updated: bool) -> list[dict[str, str]]:
    """The three articles as an export has them: the rewrite under the entry's ``id`` and
    ``link``, dated by ``published`` (as the review's file) or by ``updated`` (the feed's
    ``<published>`` kept, as an Atom feed's export)."""
    rewrite = (line(*CALLED_OFF, T, updated=rewritten.isoformat()) if updated
               else line(*CALLED_OFF, rewritten))
    return [line(*ANNOUNCED, T), rewrite,
            line(*OTHER[:2], rewritten + timedelta(hours=2), source="Spiegel", link=OTHER[2])]


@pytest.mark.parametrize("updated", [False, True], ids=["published", "updated"])
async def test_an_entry_updated_in_place_is_told_as_the_daemon_tells_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], updated: bool) -> None:
    rewritten = T + timedelta(hours=19)
    live = await daemon(tmp_path / "live", rewritten)
    assert live == [("new_event", "planned", None, ANNOUNCED[0]),
                    ("status_change", "cancelled", "planned", CALLED_OFF[0])]
    told, summary = replayed(tmp_path, story(rewritten, updated=updated), capsys)
    assert told == live
    assert summary == "2 alerts from 3 items"


async def test_an_old_story_retouched_is_tracked_not_alerted_as_live(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A rewrite ten days after the story ran (past ``max_item_age``, two days) is tracked but
    not alerted: the event is cancelled quietly, and Spiegel's call-off, two hours later, says
    nothing new. Replayed as news, it was told; skipped, Spiegel's was."""
    rewritten = T + timedelta(days=10)
    live = await daemon(tmp_path / "live", rewritten)
    assert live == [("new_event", "planned", None, ANNOUNCED[0])]
    for updated in (False, True):
        told, summary = replayed(tmp_path, story(rewritten, updated=updated), capsys)
        assert told == live
        assert summary == "1 alerts from 3 items"


def test_lines_repeated_verbatim_are_still_read_once(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Merged exports overlap: the first headline and the rewrite, each twice (the first again
    after the rewrite), are two articles, the rewrite a revision; a headline the entry had is
    no revision when its line is repeated (the daemon's feed that flipped back would make one),
    and a retouched headline (case and spacing) says nothing new."""
    rewritten = T + timedelta(hours=19)
    first, rewrite = line(*ANNOUNCED, T), line(*CALLED_OFF, rewritten)
    once = replayed(tmp_path, [first, rewrite], capsys)
    assert once == ([("new_event", "planned", None, ANNOUNCED[0]),
                     ("status_change", "cancelled", "planned", CALLED_OFF[0])],
                    "2 alerts from 2 items")
    assert replayed(tmp_path, [rewrite, first, first, rewrite], capsys) == once
    retouched = line(CALLED_OFF[0].upper().replace(" ", "  "), CALLED_OFF[1],
                     rewritten + timedelta(hours=1))
    told, summary = replayed(tmp_path, [first, rewrite, retouched], capsys)
    assert told == once[0] and summary == "2 alerts from 3 items"


def test_an_updated_time_is_checked_as_published_is(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "story.jsonl"
    story.write_text(json.dumps(line(*ANNOUNCED, T, updated="Friday")), encoding="utf-8")
    config = tmp_path / "replay.toml"
    config.write_text(WATCHES, encoding="utf-8")
    assert main(["replay", str(story), "--config", str(config)]) == 2
    assert ":1: updated: not a usable ISO 8601 date: 'Friday'" in capsys.readouterr().err


def test_a_rewrite_dated_as_its_entry_keeps_the_files_direction(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A rewrite that keeps its entry's date and has no ``updated`` time is told after the first
    headline whether the export lists lines oldest or newest first (a code review)."""
    other = line("Markets steady ahead of Budapest talks", "", T - timedelta(hours=1),
                 source="Reuters", link="https://reuters.example/1")
    first, rewrite = line(*ANNOUNCED, T), line(*CALLED_OFF, T)
    oldest_first = replayed(tmp_path, [other, first, rewrite], capsys)
    assert [a[:2] for a in oldest_first[0]] == [("new_event", "planned"),
                                                 ("status_change", "cancelled")]
    assert replayed(tmp_path, [rewrite, first, other], capsys)[0] == oldest_first[0]


def test_another_outlets_entry_with_the_same_id_is_no_revision(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Ids are an outlet's own: another outlet's call-off under the same id is an article of its
    own, told as live news, not a stale rewrite of the first outlet's entry."""
    first = line(*ANNOUNCED, T, source="DailyStar", link="1")
    later = line(*CALLED_OFF, T + timedelta(days=12), source="Reuters", link="1")
    told, _ = replayed(tmp_path, [first, later], capsys)
    assert ("status_change", "cancelled") in [a[:2] for a in told]
