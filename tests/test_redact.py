"""Secrets stay out of what watcher writes: logs, command output, error lines."""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from watcher import redact
from watcher.config import load_config
from watcher.sdnotify import configure_logging

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _fresh_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(redact, "_secrets", {})
    monkeypatch.setattr(redact, "_pattern", None)


def test_a_url_password_is_masked_whatever_wrote_it() -> None:
    line = "https://news.example/feed?x=1: HTTP 401 (via https://ann:s3cr%40t@feeds.example/a)"
    assert redact.redact(line) == (
        "https://news.example/feed?x=1: HTTP 401 (via https://ann:***@feeds.example/a)")
    assert redact.redact("mailto:ann@example.org and https://ann@host/x") == (
        "mailto:ann@example.org and https://ann@host/x")  # no password: nothing to hide


def test_registered_values_show_as_their_variable_longest_first() -> None:
    redact.register("tok-123", "${T}")
    redact.register("tok-123-456", "${LONG}")
    redact.register("2024", "${PIN}")  # too short to mask without telling what it is: ignored
    assert redact.redact("a tok-123-456 b tok-123 2024 items") == "a ${LONG} b ${T} 2024 items"
    redact.register("s3cret-x\n", "${NL}")  # as an env file leaves it; the config strips it
    assert redact.redact("x=s3cret-x, s3cret-xy") == "x=${NL}, s3cret-xy"  # whole words only


def test_the_parts_of_a_secret_url_are_secrets_too() -> None:
    redact.register("http://news.example/feed?apikey=SECRET123&x=1", "${FEED_URL}")
    redact.register("https://hooks.example/services/T0/abcdefghijklmnopqrstuvwx", "${HOOK}")
    # a redirect target keeps the key; a webhook's Location keeps the path
    assert redact.redact("moved to https://news.example/feed?apikey=SECRET123") == (
        "moved to https://news.example/feed?apikey=${FEED_URL}")
    assert "abcdefghijklmnopqrstuvwx" not in redact.redact(
        "redirect to https://other.example/abcdefghijklmnopqrstuvwx")
    assert redact.redact("https://u:p@ss@host/x") == "https://u:***@host/x"


def test_config_registers_environment_values_in_urls_and_secrets(tmp_path: Path) -> None:
    path = tmp_path / "w.toml"
    path.write_text(
        '[daemon]\ndatabase = "${STATE}/w.db"\n'
        '[[feed]]\nurl = "https://example.org/feed?token=${FEED_TOKEN}"\n'
        '[notifier.hook]\ntype = "webhook"\nurl = "${HOOK_URL}"\n'
        '[[watch]]\nname = "w"\nkeywords = ["x"]\n', encoding="utf-8")
    env = {"STATE": str(tmp_path), "FEED_TOKEN": "f33d-t0ken",
           "HOOK_URL": "https://hooks.example/services/T0/B0/XyZsecret"}
    settings = load_config(path, env=env)
    assert settings.feeds[0].url.endswith("f33d-t0ken")  # the real value is used ...
    shown = redact.redact(f"{settings.feeds[0].url} {settings.notifiers[0]!r}")
    assert "f33d-t0ken" not in shown and "XyZsecret" not in shown  # ... and never shown
    assert "${FEED_TOKEN}" in shown
    assert redact.redact(f"database {tmp_path}") == f"database {tmp_path}"  # paths stay


def test_log_lines_and_tracebacks_are_redacted() -> None:
    redact.register("hunter2-pw", "${PW}")
    stream = io.StringIO()
    configure_logging("info", env={}, stream=stream)
    try:
        log = logging.getLogger("watcher.test")
        log.warning("%s: HTTP 500", "https://u:hunter2-pw@feeds.example/x")
        try:
            raise RuntimeError("cannot reach https://bob:pa55word@h.example/")
        except RuntimeError:
            log.exception("failed")
    finally:
        logging.getLogger().handlers.clear()
    text = stream.getvalue()
    assert "hunter2-pw" not in text and "pa55word" not in text
    assert "https://u:${PW}@feeds.example/x: HTTP 500" in text
    assert "https://bob:***@h.example/" in text  # inside the traceback too


def test_commands_show_the_variable_not_the_secret(tmp_path: Path) -> None:
    path = tmp_path / "w.toml"
    path.write_text(
        f'[daemon]\ndatabase = "{tmp_path / "w.db"}"\n'
        '[[feed]]\nurl = "https://reader:${FEED_PW}@127.0.0.1:9/feed"\nname = "private"\n'
        '[[watch]]\nname = "w"\nkeywords = ["x"]\n', encoding="utf-8")
    env = dict(os.environ, FEED_PW="open-sesame-42")
    for args in (["check-config", str(path)], ["once", "--config", str(path)]):
        proc = subprocess.run([sys.executable, "-m", "watcher", *args], capture_output=True,
                              text=True, timeout=120, env=env, cwd=REPO)
        out = proc.stdout + proc.stderr
        assert "open-sesame-42" not in out, (args, out)
        assert "reader:" in out or "private" in out, out  # the feed is still named
    proc = subprocess.run([sys.executable, "-m", "watcher", "status", "--config", str(path)],
                          capture_output=True, text=True, timeout=120, env=env, cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    assert "open-sesame-42" not in proc.stdout + proc.stderr
    assert "https://reader:${FEED_PW}@127.0.0.1:9/feed" in proc.stdout


def test_a_poll_still_running_when_due_again_is_not_a_warning() -> None:
    """APScheduler's "skipped: maximum number of running instances reached" for a poll held
    up (a database locked for 100 s gave 54 of them, a user's review); its other warnings
    stay."""
    stream = io.StringIO()
    configure_logging("info", env={}, stream=stream)
    try:
        sched = logging.getLogger("apscheduler.scheduler")
        sched.warning('Execution of job "poll x" skipped: maximum number of running instances '
                      "reached (1)")
        sched.warning('Run time of job "poll y" was missed by 0:01:00')
    finally:
        logging.getLogger().handlers.clear()
    text = stream.getvalue()
    assert "maximum number of running instances" not in text
    assert "was missed by" in text
