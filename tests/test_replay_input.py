"""``watcher replay``'s input as real exports are (a user's review, set 7): JSON Lines split on
newlines only, a byte-order mark, standard input, every bad line named, repeated lines read once,
broken Unicode and control characters in the text."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tests.test_cli import SEED_STORY, write_config
from watcher.cli import main


def replay_json(tmp_path: Path, data: bytes, capsys: pytest.CaptureFixture[str],
                *extra: str) -> tuple[int, list[dict[str, object]], str]:
    story = tmp_path / "story.jsonl"
    story.write_bytes(data)
    code = main(["replay", str(story), "--json", "--config", str(write_config(tmp_path)),
                 *extra])
    out = capsys.readouterr()
    return code, [json.loads(line) for line in out.out.splitlines()], out.err


def lines(records: list[dict[str, str]]) -> bytes:
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode()


def statuses(alerts: list[dict[str, object]]) -> list[object]:
    return [a["event"]["status"] for a in alerts]  # type: ignore[index]


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085"])
def test_a_line_separator_inside_a_string_is_part_of_its_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], separator: str) -> None:
    story = [dict(r) for r in SEED_STORY]
    story[2]["summary"] = f"Das Treffen ist geplatzt.{separator}Mehr dazu später."
    code, alerts, err = replay_json(tmp_path, lines(story), capsys)
    assert code == 0, err
    assert statuses(alerts) == ["planned", "cancelled"]


def test_a_byte_order_mark_and_crlf_are_read(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    data = b"\xef\xbb\xbf" + lines(SEED_STORY).replace(b"\n", b"\r\n")
    code, alerts, err = replay_json(tmp_path, data, capsys)
    assert code == 0, err
    assert statuses(alerts) == ["planned", "cancelled"]


def test_standard_input(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(lines(SEED_STORY))))
    code = main(["replay", "-", "--json", "--config", str(write_config(tmp_path))])
    assert code == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_every_bad_line_is_named_before_any_output(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    good = [json.dumps(r).encode() for r in SEED_STORY]
    data = b"\n".join([good[0], b"{not json", good[1], b'{"title": "x"}', "é".encode("latin-1"),
                       *[b"[1]"] * 12, good[2]])
    code, alerts, err = replay_json(tmp_path, data, capsys)
    assert code == 2 and alerts == []
    assert ":2: not JSON" in err and ":4: missing link, published, source" in err
    assert ":5: not UTF-8" in err and ":6: expected a JSON object" in err
    assert "... and 5 more bad lines" in err
    assert "Traceback" not in err


def test_a_repeated_line_is_read_once(tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    """Merged exports overlap: the daemon stores an article once, the backtest reads it once
    (every line twice gave other alerts and other source counts)."""
    once = replay_json(tmp_path, lines(SEED_STORY), capsys)
    twice = replay_json(tmp_path, lines([r for r in SEED_STORY for _ in (1, 2)]), capsys)
    assert once == twice and len(once[1]) == 2


def test_broken_unicode_and_control_characters(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """Half an emoji as a JSON escape printed nothing but a traceback after the first alert;
    ESC, BEL, NUL and a right-to-left override reached the terminal and the JSON."""
    story = [dict(r) for r in SEED_STORY]
    story[2]["title"] = "Gipfel\x1b[31m in Budapest\x07 vom Tisch\x00 \u202e \U0001f4a5"
    data = lines(story).replace("\U0001f4a5".encode(), b"\\ud83d")
    code, alerts, err = replay_json(tmp_path, data, capsys)
    assert code == 0, err
    title = alerts[1]["item"]["title"]  # type: ignore[index]
    assert title == "Gipfel[31m in Budapest vom Tisch \ufffd"


def test_half_an_emoji_in_any_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = [dict(r) for r in SEED_STORY]
    story[2]["link"] = "https://blue.example/3-\U0001f4a5"
    data = lines(story).replace("\U0001f4a5".encode(), b"\\ud83d")
    code, alerts, err = replay_json(tmp_path, data, capsys)
    assert code == 0, err
    assert alerts[1]["item"]["link"] == "https://blue.example/3-\ufffd"  # type: ignore[index]


def test_a_file_named_dash_is_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """"./-" names a file; only "-" as given is standard input, and a closed one is said so."""
    (tmp_path / "-").write_bytes(lines(SEED_STORY))
    monkeypatch.chdir(tmp_path)
    config = str(write_config(tmp_path))
    assert main(["replay", "./-", "--json", "--config", config]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
    monkeypatch.setattr("sys.stdin", None)
    assert main(["replay", "-", "--config", config]) == 2
    assert "standard input is closed" in capsys.readouterr().err


def test_dates_no_article_has_are_named_not_a_traceback(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Go's and Hugo's zero time (0001-01-01), common in undated exports, overflowed in the
    first retention prune (year 1 minus 180 days), and year 9999 in the tracker's windows:
    ``OverflowError`` and a traceback (a code review, finding 5). Such a ``published`` is a bad
    line, named; such an ``updated`` is read as no update, as the daemon reads it."""
    story = [dict(r) for r in SEED_STORY]
    story[0]["published"] = "0001-01-01T00:00:00-05:00"
    story[1]["published"] = "9999-12-31T23:00:00Z"
    story[2]["published"] = "1970-01-01T00:00:00Z"
    code, alerts, err = replay_json(tmp_path, lines(story), capsys)
    assert code == 2 and alerts == [] and "Traceback" not in err
    assert (":1: published: '0001-01-01T00:00:00-05:00' is before 1971: a placeholder for no "
            "date (the Unix epoch, Go's zero time); give the article's time") in err
    assert ":2: published: '9999-12-31T23:00:00Z' is after 2999" in err
    assert ":3: published: '1970-01-01T00:00:00Z' is before 1971" in err

    story = [{**r, "updated": "0001-01-01T00:00:00Z"} for r in SEED_STORY]
    code, alerts, err = replay_json(tmp_path, lines(story), capsys)
    assert code == 0 and "Traceback" not in err
    code, plain, _ = replay_json(tmp_path, lines(SEED_STORY), capsys)
    assert alerts == plain


def test_a_prune_before_year_one_forgets_nothing() -> None:
    """The backstop: a prune whose horizon falls before year 1 has nothing to forget."""
    from datetime import UTC, datetime, timedelta

    from watcher.core.cues import Lexicon
    from watcher.core.tracker import Tracker
    from watcher.replay import Pruning

    tracker = Tracker((), lexicon=Lexicon.builtin())
    assert Pruning(timedelta(days=180)).before(tracker, datetime(1, 1, 2, tzinfo=UTC)) == []
