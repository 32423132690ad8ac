"""The command line as users meet it: exit statuses, one-line errors, replay, events, demo."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from watcher.cli import build_parser, main
from watcher.errors import UsageError

REPO = Path(__file__).resolve().parents[1]

SEED_STORY = [
    {"title": "Trump says he will meet Putin in Budapest within two weeks",
     "summary": "After a phone call, Donald Trump announced a summit with Vladimir Putin in "
                "Budapest, Hungary.",
     "link": "https://courier.example/1", "published": "2025-10-16T20:05:00Z",
     "source": "Courier", "lang": "en"},
    {"title": "Trump und Putin wollen sich in Budapest treffen",
     "summary": "US-Präsident Donald Trump kündigt ein Gipfeltreffen mit Kremlchef Wladimir "
                "Putin in Budapest an.",
     "link": "https://rundschau.example/2", "published": "2025-10-16T22:00:00Z",
     "source": "Rundschau", "lang": "de"},
    {"title": "Gipfeltreffen zwischen Trump und Putin in Budapest vorerst vom Tisch",
     "summary": "Das baldige Treffen zwischen Donald Trump und Wladimir Putin in Budapest ist "
                "geplatzt.",
     "link": "https://blue.example/3", "published": "2025-10-21T20:15:00Z",
     "source": "blue News", "lang": "de"},
]


def write_config(tmp_path: Path, body: str = "") -> Path:
    path = tmp_path / "watcher.toml"
    path.write_text(
        f'[daemon]\ndatabase = "{tmp_path / "w.db"}"\n\n'
        '[[watch]]\nname = "putin"\nkeywords = ["Putin", "Poutine"]\n' + body,
        encoding="utf-8",
    )
    return path


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "watcher", *args], capture_output=True,
                          text=True, timeout=120, env=env, cwd=REPO)


def test_example_config_checks_out() -> None:
    proc = run("check-config", "--config", str(REPO / "config" / "watcher.toml"))
    assert proc.returncode == 0, proc.stderr
    assert "OK" in proc.stdout


def test_bad_argument_is_one_line_and_exit_2() -> None:
    proc = run("frobnicate")
    assert proc.returncode == 2
    assert proc.stderr.startswith("watcher: error:")
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize(("args", "said"), [
    (("--bogus",), "unrecognized arguments: --bogus"),  # said COMMAND was required
    (("--log-level", "debug", "--bogus"), "unrecognized arguments: --bogus"),
    ((), "the following arguments are required: COMMAND"),
])
def test_no_command_names_what_is_wrong(args: tuple[str, ...], said: str) -> None:
    proc = run(*args)
    assert proc.returncode == 2
    assert proc.stderr == f"watcher: error: {said} (see `watcher --help`)\n"


def test_missing_config_is_exit_2_without_traceback(tmp_path: Path) -> None:
    proc = run("status", "--config", str(tmp_path / "nope.toml"))
    assert proc.returncode == 2
    assert "nope.toml" in proc.stderr and "Traceback" not in proc.stderr


def test_replay_tells_the_seed_story(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = write_config(tmp_path)
    story = tmp_path / "story.jsonl"
    story.write_text("\n".join(json.dumps(r) for r in SEED_STORY), encoding="utf-8")
    assert main(["replay", str(story), "--json", "--config", str(config)]) == 0
    alerts = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(a["kind"], a["event"]["status"], a["event"]["previous_status"]) for a in alerts] == [
        ("new_event", "planned", None), ("status_change", "cancelled", "planned")]
    assert alerts[0]["event"]["id"] == alerts[1]["event"]["id"]
    assert set(alerts[0]) == {"kind", "watch", "event", "item"}
    assert set(alerts[0]["event"]) == {"id", "title", "status", "previous_status", "sources",
                                       "first_seen"}
    assert set(alerts[0]["item"]) == {"title", "link", "source", "published", "lang"}
    # the outlets reporting the status told: one says it is off (session 40; it counted the
    # story's three outlets)
    assert alerts[1]["item"]["lang"] == "de" and alerts[1]["event"]["sources"] == 1


def test_replay_honours_watch_feeds_and_feed_lang(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """A watch limited to some feeds takes the replayed items of those feeds (named by their
    ``source``), and an item that does not say its language gets its feed's ``lang``, as in the
    daemon. Before: no item had a feed, so such a watch raised no alert at all."""
    feeds = "".join(f'[[feed]]\nname = "{name}"\nurl = "https://{host}.example/rss"\n{extra}\n'
                    for name, host, extra in (("Courier", "courier", 'lang = "en"'),
                                              ("Rundschau", "rundschau", 'lang = "de"'),
                                              ("blue News", "blue", 'lang = "de"')))
    config = tmp_path / "watcher.toml"
    config.write_text(f'[daemon]\ndatabase = "{tmp_path / "w.db"}"\n\n{feeds}'
                      '[[watch]]\nname = "putin"\nkeywords = ["Putin"]\n'
                      'feeds = ["Courier", "https://blue.example/rss"]\n', encoding="utf-8")
    story = tmp_path / "story.jsonl"
    story.write_text("\n".join(json.dumps({k: v for k, v in r.items() if k != "lang"})
                               for r in SEED_STORY), encoding="utf-8")
    assert main(["replay", str(story), "--json", "--config", str(config)]) == 0
    alerts = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(a["kind"], a["event"]["status"], a["item"]["source"], a["item"]["lang"])
            for a in alerts] == [("new_event", "planned", "Courier", "en"),
                                 ("status_change", "cancelled", "blue News", "de")]
    # one outlet reports the call-off (the outlets of the status told, since session 40)
    assert alerts[1]["event"]["sources"] == 1


def test_replay_bad_line_names_file_and_line(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    config = write_config(tmp_path)
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(SEED_STORY[0]) + "\n{not json\n", encoding="utf-8")
    assert main(["replay", str(bad), "--config", str(config)]) == 2
    assert f"{bad}:2: not JSON" in capsys.readouterr().err


def test_replay_refuses_a_database_it_would_not_use(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a backtest stores nothing: a user loading history "into" a database got exit 0 and no row
    config = write_config(tmp_path)
    story = tmp_path / "story.jsonl"
    story.write_text(json.dumps(SEED_STORY[0]) + "\n", encoding="utf-8")
    db = tmp_path / "history.db"
    assert main(["replay", str(story), "--config", str(config), "--database", str(db)]) == 2
    assert "replay keeps nothing in a database" in capsys.readouterr().err
    assert not db.exists()


def test_events_json_on_a_new_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = write_config(tmp_path)
    assert main(["events", "--json", "--config", str(config)]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["events", "--watch", "nobody", "--config", str(config)]) == 2


def test_commands_that_send_nothing_need_no_notifier_secret(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A user's review, session 50: in a shell without the service's TELEGRAM_TOKEN, `events`
    and `explain` refused to start ("environment variable ... is not set"), though they send
    nothing. Commands that send still refuse, naming the variable."""
    config = write_config(tmp_path, '\n[notifier.chat]\ntype = "telegram"\n'
                                    'token = "${WATCHER_TEST_TOKEN}"\nchat_id = "42"\n'
                                    '\n[notifier.hook]\ntype = "webhook"\n'
                                    'url = "${WATCHER_TEST_HOOK}"\n'
                                    '\n[notifier.slack]\ntype = "webhook"\n'
                                    'url = "https://hooks.example/${WATCHER_TEST_HOOK}"\n')
    monkeypatch.delenv("WATCHER_TEST_TOKEN", raising=False)
    monkeypatch.delenv("WATCHER_TEST_HOOK", raising=False)
    assert main(["events", "--json", "--config", str(config)]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["status", "--config", str(config)]) == 0
    capsys.readouterr()
    assert main(["check-config", str(config)]) == 2
    assert "WATCHER_TEST_TOKEN` is not set" in capsys.readouterr().err
    assert main(["once", "--config", str(config)]) == 2


def test_demo_runs_the_story_and_exits_0() -> None:
    proc = run("demo", "--step", "0")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.count("NEW EVENT") == 1, out
    assert "cancelled" in out.split("NEW EVENT", 1)[1], out
    assert "postponed" not in out.split("NEW EVENT", 1)[1].lower(), out


def test_config_error_line_starts_with_path_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "watcher.toml"
    bad.write_text('[daemon]\ninterval = "5 minutes"\n', encoding="utf-8")
    proc = run("check-config", str(bad))
    assert proc.returncode == 2
    assert proc.stderr == (f'{bad}:2: daemon.interval: expected a duration like "15m", '
                           'got "5 minutes"\n')


def test_check_config_strict_fails_on_warnings(tmp_path: Path) -> None:
    """A config checked in CI: its warnings (no notifier: alerts sent nowhere) passed as OK with
    status 0 (a user's review, session 43); ``--strict`` refuses them, a clean config passes."""
    quiet = tmp_path / "quiet.toml"
    quiet.write_text('[[feed]]\nname = "A"\nurl = "https://a.example/rss"\n\n'
                     '[[watch]]\nname = "putin"\nkeywords = ["Putin"]\n', encoding="utf-8")
    lenient = run("check-config", str(quiet))
    assert lenient.returncode == 0 and lenient.stdout.startswith(f"{quiet}: OK\n")
    assert "warning: no [notifier.NAME]" in lenient.stdout, lenient.stdout
    strict = run("check-config", "--strict", str(quiet))
    assert strict.returncode == 2, strict.stderr
    assert strict.stdout.startswith(f"{quiet}: NOT OK under --strict\n"), strict.stdout
    assert "warning: no [notifier.NAME]" in strict.stdout, strict.stdout
    assert strict.stderr == f"{quiet}: 1 warning, refused by --strict\n"
    clean = run("check-config", "--strict", "--config", str(write_config(
        tmp_path, '\n[[feed]]\nname = "A"\nurl = "https://a.example/rss"\n\n'
                  '[notifier.term]\ntype = "console"\n')))
    assert clean.returncode == 0 and ": OK\n" in clean.stdout, clean.stdout


def test_common_options_work_before_the_command(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """DESIGN.md: every command takes --config and --database; `watcher --config X status` was
    "invalid choice: 'X'". After the command they still work, and win."""
    config = write_config(tmp_path)
    db = tmp_path / "other.db"
    assert main(["--config", str(config), "--database", str(db), "check-config"]) == 0
    out = capsys.readouterr().out
    assert f"{config}: OK" in out and f"database: {db}" in out
    assert main(["--config", str(tmp_path / "nope.toml"), "check-config",
                 "--config", str(config)]) == 0
    assert f"{config}: OK" in capsys.readouterr().out
    assert main(["--log-level", "warning", "events", "--json", "--config", str(config)]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_output_into_a_closed_pipe_is_no_traceback(tmp_path: Path) -> None:
    """`watcher check-config | head -1` (or `events | less` quit early) printed a
    BrokenPipeError traceback."""
    config = write_config(tmp_path)
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before watcher writes anything
    try:
        proc = subprocess.run([sys.executable, "-m", "watcher", "check-config", str(config)],
                              stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=120,
                              cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO / "src")})
    finally:
        os.close(write_end)
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr, proc.stderr
    assert proc.returncode == 141


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
@pytest.mark.parametrize("flag", ["--help", "--version"])
def test_help_to_a_full_disk_is_one_line_and_exit_1(flag: str) -> None:
    """argparse swallowed the write error of --help and --version and exited 0 (a code
    review)."""
    with open("/dev/full", "w") as full:
        proc = subprocess.run([sys.executable, "-m", "watcher", flag], stdout=full,
                              stderr=subprocess.PIPE, text=True, timeout=120, cwd=REPO)
    assert proc.stderr.splitlines() == [
        "watcher: error: writing output: No space left on device"], proc.stderr
    assert proc.returncode == 1


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
@pytest.mark.parametrize("command", ["events", "replay"])
def test_output_to_a_full_disk_is_one_line_and_exit_1(tmp_path: Path, command: str) -> None:
    """`watcher events --json > /dev/full` (a cron job's output on a full file system) ended in
    an `OSError: [Errno 28]` traceback, and `replay --json` alike (a user's review)."""
    config = write_config(tmp_path)
    story = tmp_path / "story.jsonl"
    story.write_text("\n".join(json.dumps(line) for line in SEED_STORY), encoding="utf-8")
    args = ["events"] if command == "events" else ["replay", str(story)]
    with open("/dev/full", "w") as full:
        proc = subprocess.run([sys.executable, "-m", "watcher", *args, "--json", "--config",
                               str(config)], stdout=full, stderr=subprocess.PIPE, text=True,
                              timeout=120, cwd=REPO)
    assert proc.stderr.splitlines()[-1:] == [
        "watcher: error: writing output: No space left on device"], proc.stderr
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr
    assert proc.returncode == 1


@pytest.mark.parametrize("command", [["events", "--json"], ["status"]])
def test_output_to_a_closed_stdout_is_one_line_and_exit_1(tmp_path: Path,
                                                          command: list[str]) -> None:
    """`watcher events --json >&-` ended in `AttributeError: 'NoneType' object has no attribute
    'flush'` (Python's sys.stdout is None then, and print dropped the output silently)."""
    config = write_config(tmp_path)
    proc = subprocess.run(["sh", "-c", 'exec "$0" -m watcher "$@" >&-', sys.executable,
                           *command, "--config", str(config)], capture_output=True, text=True,
                          timeout=120, cwd=REPO)
    assert proc.stderr.splitlines()[-1:] == [
        "watcher: error: writing output: standard output is closed"], proc.stderr
    assert "Traceback" not in proc.stderr and proc.returncode == 1


def test_reading_commands_do_not_create_a_missing_database(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`events`, `status` and `explain` only read: a mistyped --database must not leave a new
    empty database (and its folders) behind. Since session 43 it is an error too, exit 2: a
    script counting events got [] and status 0 for ever (a user's review); the config's own
    database, which the daemon has yet to create, still reads as empty."""
    config = write_config(tmp_path, '\n[[feed]]\nurl = "https://courier.example/rss"\n')
    db = tmp_path / "typo" / "watcher.db"
    for command in (["events", "--json"], ["status"], ["explain", "https://courier.example/1"]):
        assert main([*command, "--config", str(config), "--database", str(db)]) == 2
        assert f"{db}: no such database (--database)" in capsys.readouterr().err
    assert not db.parent.exists()
    assert main(["events", "--json", "--config", str(config)]) == 0  # the config's, not yet made
    captured = capsys.readouterr()
    assert json.loads(captured.out) == [] and "no database at" in captured.err
    assert main(["status", "--config", str(config)]) == 0
    assert "never polled" in capsys.readouterr().out



@pytest.mark.parametrize("step", ["inf", "nan", "-1", "soon"])
def test_demo_step_must_be_finite_seconds(step: str) -> None:
    """`watcher demo --step inf` ran forever; nan and negatives were taken too. (The parser
    alone, so that the test is bounded in time even where the demo would not be.)"""
    with pytest.raises(UsageError, match="--step"):
        build_parser().parse_args(["demo", "--step", step])


def test_a_database_that_needs_someone_to_act_exits_2_so_systemd_stops_restarting(
        tmp_path: Path) -> None:
    import sqlite3

    config = write_config(tmp_path)
    with sqlite3.connect(tmp_path / "w.db") as db:  # written by a newer watcher
        db.execute("PRAGMA user_version = 999")
    proc = run("once", "--config", str(config))
    assert proc.returncode == 2, proc.stderr  # RestartPreventExitStatus=2 in the unit
    assert "newer than this watcher" in proc.stderr and "Traceback" not in proc.stderr
    (tmp_path / "w.db").write_bytes(b"this is no database " * 100)
    (tmp_path / "w.db-wal").unlink(missing_ok=True)
    (tmp_path / "w.db-shm").unlink(missing_ok=True)
    proc = run("once", "--config", str(config))
    assert proc.returncode == 2, proc.stderr
    assert "cannot open the database" in proc.stderr


def test_without_any_config_the_message_names_both_default_places(tmp_path: Path) -> None:
    """No --config, no $WATCHER_CONFIG, no ./watcher.toml: the message named only
    /etc/watcher/watcher.toml, as if ./watcher.toml were not looked for."""
    env = {k: v for k, v in os.environ.items() if k != "WATCHER_CONFIG"}
    env["PYTHONPATH"] = str(REPO / "src")
    proc = subprocess.run([sys.executable, "-m", "watcher", "check-config"], capture_output=True,
                          text=True, timeout=120, env=env, cwd=tmp_path)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "./watcher.toml" in proc.stderr and "/etc/watcher/watcher.toml" in proc.stderr
    assert "--config" in proc.stderr


def test_a_database_path_that_is_a_folder_says_so(tmp_path: Path) -> None:
    """It said only "unable to open database file"."""
    config = write_config(tmp_path)
    folder = tmp_path / "state"
    folder.mkdir()
    proc = run("once", "--config", str(config), "--database", str(folder))
    assert proc.returncode == 2, proc.stderr
    assert f"{folder}: is a folder" in proc.stderr and "watcher.db" in proc.stderr


@pytest.mark.parametrize("url", ["https://exa mple.org/feed.rss", "https://example.org\t/rss",
                                 "https://exam<ple.org/rss"])
def test_a_feed_host_with_a_space_fails_check_config(tmp_path: Path, url: str) -> None:
    """A space in the host passed check-config and failed every poll."""
    config = write_config(tmp_path, f'\n[[feed]]\nurl = "{url}"\n'.replace("\t", "\\t"))
    proc = run("check-config", "--config", str(config))
    assert proc.returncode == 2, proc.stdout
    assert f"{config}:" in proc.stderr and "feed[1].url" in proc.stderr
    assert "host" in proc.stderr or "control character" in proc.stderr


def test_demo_refuses_options_it_would_ignore() -> None:
    """The demo brings its own config and database: ``demo --config X --database Y`` was
    accepted and both silently ignored (a user review, session 39)."""
    proc = run("demo", "--config", "x.toml")
    assert proc.returncode == 2
    assert proc.stderr == ("watcher: error: unrecognized arguments: --config x.toml "
                           "(see `watcher --help`)\n")


def test_replay_text_shows_times_in_the_daemon_timezone(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``replay`` previews what the messages say, so in ``daemon.timezone`` as they do (a user's
    review, session 40: it printed UTC while Telegram showed Zurich time); JSON stays UTC."""
    config = tmp_path / "watcher.toml"
    config.write_text(f'[daemon]\ndatabase = "{tmp_path / "w.db"}"\ntimezone = "Asia/Tokyo"\n'
                      '[[watch]]\nname = "putin"\nkeywords = ["Putin", "Poutine"]\n',
                      encoding="utf-8")
    story = tmp_path / "story.jsonl"
    story.write_text("\n".join(json.dumps(r) for r in SEED_STORY), encoding="utf-8")
    assert main(["replay", str(story), "--config", str(config)]) == 0
    out = capsys.readouterr().out
    first = datetime.fromisoformat(str(SEED_STORY[0]["published"]).replace("Z", "+00:00"))
    assert f"{first.astimezone(ZoneInfo('Asia/Tokyo')):%Y-%m-%d %H:%M} JST" in out, out


def test_events_watch_takes_a_name_in_any_case_and_suggests(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A user's review, session 50: `events --watch Putin` for a watch `putin` said "no watch
    named 'Putin'", with no suggestion."""
    config = write_config(tmp_path)
    assert main(["events", "--json", "--watch", "PUTIN", "--config", str(config)]) == 0
    capsys.readouterr()
    assert main(["events", "--watch", "putn", "--config", str(config)]) == 2
    assert "did you mean 'putin'?" in capsys.readouterr().err


def test_check_config_warns_of_common_word_keywords_and_case_twins(tmp_path: Path) -> None:
    config = write_config(tmp_path, '\n[[watch]]\nname = "Putin"\nkeywords = ["Kremlin"]\n'
                                    '\n[[watch]]\nname = "french"\nkeywords = ["le", "Macron"]\n')
    proc = run("check-config", str(config))
    assert proc.returncode == 0, proc.stderr
    assert 'watch french: keyword "le" is a common word' in proc.stdout
    assert "watch Putin: its name differs from watch putin's only in case" in proc.stdout
    assert "Macron" not in proc.stdout.split("warning:", 1)[1]


def test_replay_events_and_explain_isolate_arabic_titles(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A user's review, session 54: ``replay``, ``events`` and ``explain`` printed Arabic
    headlines and outlets bare, and a bidi-aware terminal laid the line out right to left
    ("03+ 12:00 2026-10-05" after the headline). They stand in first-strong isolates now, as
    in the messages (``events`` and ``explain`` print through the same function)."""
    db = tmp_path / "w.db"
    config = tmp_path / "watcher.toml"
    config.write_text(f'[daemon]\ndatabase = "{db}"\n'
                      '[[watch]]\nname = "القمة"\nkeywords = ["القمة العربية"]\n',
                      encoding="utf-8")
    story = tmp_path / "story.jsonl"
    records = [{"title": "تأجيل القمة العربية في بغداد", "summary": "أعلنت الجامعة العربية "
                "تأجيل القمة العربية إلى موعد لاحق.", "link": f"https://ar.example/{n}",
                "source": source, "published": f"2026-10-05T0{n}:00:00Z", "lang": "ar"}
               for n, source in enumerate(("الجزيرة", "العربية"), 1)]
    story.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records),
                     encoding="utf-8")
    assert main(["replay", str(story), "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert "[\u2068القمة\u2069] \u2068تأجيل القمة العربية في بغداد\u2069" in out, out
    assert "\u2068الجزيرة\u2069: \u2068تأجيل" in out, out
