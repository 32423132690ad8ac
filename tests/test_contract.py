"""DESIGN.md's external contract, the items no other test pinned: each one as a user meets it
(``python -m watcher`` subprocesses, the loopback feed server, webhook receivers, real SQLite)."""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
import tomllib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import REPO
from tests.feedserver import FeedServer
from tests.test_e2e import ANNOUNCE, CANCEL, NOW, Receiver, rss, watcher
from watcher import config_tables as config_module
from watcher.config import load_config
from watcher.settings import EmailSettings, TelegramSettings, WebhookSettings
from watcher.store.rows import ts

DESIGN = REPO.parent / "shared" / "DESIGN.md"

PROFILE = {"title": "Putin gives a long interview about his childhood in Leningrad",
           "summary": "A profile of the Russian president.", "link": "https://courier.example/p",
           "published": NOW - timedelta(hours=2)}


@pytest.fixture
def feeds() -> Iterator[FeedServer]:
    with FeedServer() as server:
        yield server


def config(tmp_path: Path, body: str, daemon: str = "") -> Path:
    path = tmp_path / "watcher.toml"
    path.write_text(f'[daemon]\ndatabase = "{tmp_path / "w.db"}"\njitter = "0s"\n{daemon}\n'
                    + body, encoding="utf-8")
    return path


def putin_to_hook(tmp_path: Path, url: str, hook: Receiver, daemon: str = "") -> Path:
    """One feed, the "putin" watch and a webhook notifier posting to ``hook``."""
    return config(tmp_path, f'[[feed]]\nurl = "{url}"\n[[watch]]\nname = "putin"\n'
                  'keywords = ["Putin"]\n'
                  f'[notifier.hook]\ntype = "webhook"\nurl = "{hook.url}"\n', daemon=daemon)


def test_a_watch_alerts_the_notifiers_it_names_and_by_default_all(
        tmp_path: Path, feeds: FeedServer) -> None:
    """`notify = ["a"]` sends that watch's alerts to `a` only; without `notify`, to every one.
    A webhook, which may route by watch, gets each watch's alert of one article."""
    url = feeds.feed("/a.xml", rss("Courier", [ANNOUNCE]))
    a, b = Receiver(), Receiver()
    try:
        path = config(tmp_path, f'[[feed]]\nurl = "{url}"\n'
                      '[[watch]]\nname = "putin"\nkeywords = ["Putin"]\nnotify = ["a"]\n'
                      '[[watch]]\nname = "budapest"\nkeywords = ["Budapest"]\n'
                      f'[notifier.a]\ntype = "webhook"\nurl = "{a.url}"\n'
                      f'[notifier.b]\ntype = "webhook"\nurl = "{b.url}"\n')
        proc = watcher(path, "once")
        assert proc.returncode == 0, proc.stderr
        assert sorted(p["watch"] for p, _ in a.posts) == ["budapest", "putin"]
        assert [p["watch"] for p, _ in b.posts] == ["budapest"]
    finally:
        a.close()
        b.close()


def test_times_in_messages_are_shown_in_the_daemon_timezone(
        tmp_path: Path, feeds: FeedServer) -> None:
    url = feeds.feed("/a.xml", rss("Courier", [ANNOUNCE]))
    path = config(tmp_path, f'[[feed]]\nurl = "{url}"\n[[watch]]\nname = "putin"\n'
                  'keywords = ["Putin"]\n[notifier.term]\ntype = "console"\n',
                  daemon='timezone = "Asia/Tokyo"')
    proc = watcher(path, "once")
    assert proc.returncode == 0, proc.stderr
    tokyo = ANNOUNCE["published"].astimezone(ZoneInfo("Asia/Tokyo"))
    assert f"{tokyo:%Y-%m-%d %H:%M} JST" in proc.stdout, proc.stdout


def test_an_event_without_a_status_cue_is_unknown_has_no_history_and_alerts_nobody(
        tmp_path: Path, feeds: FeedServer) -> None:
    url = feeds.feed("/a.xml", rss("Courier", [PROFILE]))
    hook = Receiver()
    try:
        path = putin_to_hook(tmp_path, url, hook)
        assert watcher(path, "once").returncode == 0
        proc = watcher(path, "events", "--json")
        assert proc.returncode == 0, proc.stderr
        [event] = json.loads(proc.stdout)
        assert (event["status"], event["watches"], event["history"]) == ("unknown", ["putin"], [])
        assert [i["link"] for i in event["items"]] == [PROFILE["link"]]
        assert hook.posts == []
    finally:
        hook.close()


def test_replay_needs_no_lang_or_id_and_neither_delivers_nor_stores(tmp_path: Path) -> None:
    """Replay input: `lang` and `id` are optional; a replay touches no notifier and no database."""
    hook = Receiver()
    try:
        path = config(tmp_path, '[[watch]]\nname = "putin"\nkeywords = ["Putin"]\n'
                      f'[notifier.hook]\ntype = "webhook"\nurl = "{hook.url}"\n')
        records = [{"title": r["title"], "summary": r["summary"], "link": r["link"],
                    "published": r["published"].isoformat(), "source": src}
                   for r, src in ((ANNOUNCE, "Courier"), (CANCEL, "blue News"))]
        jsonl = tmp_path / "items.jsonl"
        jsonl.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        proc = watcher(path, "replay", str(jsonl), "--json")
        assert proc.returncode == 0, proc.stderr
        alerts = [json.loads(line) for line in proc.stdout.splitlines()]
        assert [(a["kind"], a["event"]["status"], a["item"]["lang"]) for a in alerts] == [
            ("new_event", "planned", "en"), ("status_change", "cancelled", "de")]
        assert hook.posts == [] and not (tmp_path / "w.db").exists()
    finally:
        hook.close()


def test_the_database_option_overrides_the_config_for_a_poll(
        tmp_path: Path, feeds: FeedServer) -> None:
    url = feeds.feed("/a.xml", rss("Courier", [ANNOUNCE]))
    path = config(tmp_path, f'[[feed]]\nurl = "{url}"\n[[watch]]\nname = "putin"\n'
                  'keywords = ["Putin"]\n')
    other = tmp_path / "other.db"
    assert watcher(path, "once", "--database", str(other)).returncode == 0
    assert other.exists() and not (tmp_path / "w.db").exists()
    proc = watcher(path, "events", "--json", "--database", str(other))
    assert [e["status"] for e in json.loads(proc.stdout)] == ["planned"]
    status = watcher(path, "status", "--database", str(other)).stdout
    assert "last success: " in status and "; items: 1; next poll: in " in status, status


def test_status_tells_a_poll_overdue_when_no_poller_runs(
        tmp_path: Path, feeds: FeedServer) -> None:
    url = feeds.feed("/a.xml", rss("Courier", [ANNOUNCE]))
    path = config(tmp_path, f'[[feed]]\nurl = "{url}"\n[[watch]]\nname = "putin"\n'
                  'keywords = ["Putin"]\n')
    assert watcher(path, "once").returncode == 0
    db = tmp_path / "w.db"
    with contextlib.closing(sqlite3.connect(db)) as conn, conn:  # cron's next run is late
        conn.execute("UPDATE feeds SET next_due = ?",
                     (ts(datetime.now(UTC) - timedelta(hours=2, minutes=1)),))
    status = watcher(path, "status").stdout
    assert "next poll: due 2 h ago, with the next `watcher once` or when the daemon runs" \
        in status, status
    with contextlib.closing(sqlite3.connect(db)) as conn, conn:  # due minutes ago: due now
        conn.execute("UPDATE feeds SET next_due = ?",
                     (ts(datetime.now(UTC) - timedelta(minutes=4)),))
    status = watcher(path, "status").stdout
    assert "; next poll: due now" in status and "ago" not in status.split("next poll")[1], status


def test_explain_says_an_article_no_watch_took_is_in_no_event(
        tmp_path: Path, feeds: FeedServer) -> None:
    """A watch added since: the stored article joined nothing when it was read, which
    ``explain``'s decision says beside what today's events would make of it."""
    url = feeds.feed("/a.xml", rss("Courier", [ANNOUNCE]))
    path = config(tmp_path, f'[[feed]]\nurl = "{url}"\n[[watch]]\nname = "oasis"\n'
                  'keywords = ["Oasis"]\n')
    assert watcher(path, "once").returncode == 0
    path = config(tmp_path, f'[[feed]]\nurl = "{url}"\n[[watch]]\nname = "putin"\n'
                  'keywords = ["Putin"]\n')
    report = json.loads(watcher(path, "explain", ANNOUNCE["link"], "--json").stdout)
    assert not report["stored"]
    assert report["decision"].endswith(
        "if it were read now; stored in no event: no watch took it when it was read"), report


def test_status_names_the_news_an_alert_that_failed_for_good_carried(
        tmp_path: Path, feeds: FeedServer) -> None:
    """"failed: chat status_change 2d607323b6aa" named an event id only: which news did the
    family chat miss? (a user's review, session 47)"""
    hook = Receiver(status=422)  # the request itself refused: permanent
    try:
        url = feeds.feed("/a.xml", rss("Courier", [ANNOUNCE]))
        path = putin_to_hook(tmp_path, url, hook)
        assert watcher(path, "once").returncode == 0
        status = watcher(path, "status").stdout
        assert f"[putin] {ANNOUNCE['title']}: planned: " in status, status
    finally:
        hook.close()


def test_telegram_api_url_defaults_to_the_public_bot_api() -> None:
    table = '[notifier.chat]\ntype = "telegram"\ntoken = "1:x"\nchat_id = "-100123"\n'
    [chat] = load_config(None, text=table, env={}).notifiers
    assert isinstance(chat, TelegramSettings) and chat.api_url == "https://api.telegram.org"
    own = table + 'api_url = "https://bots.example.org"\n'
    assert load_config(None, text=own, env={}).notifiers[0].api_url == "https://bots.example.org"


@pytest.mark.parametrize(("max_item_age", "alerted"), [("", False), ('max_item_age = "off"', True)])
def test_items_older_than_max_item_age_are_tracked_but_not_alerted_unless_off(
        tmp_path: Path, feeds: FeedServer, max_item_age: str, alerted: bool) -> None:
    old = {**ANNOUNCE, "published": NOW - timedelta(days=3)}  # the default max_item_age is 2d
    url = feeds.feed("/a.xml", rss("Courier", [old]))
    hook = Receiver()
    try:
        path = putin_to_hook(tmp_path, url, hook, daemon=max_item_age)
        assert watcher(path, "once").returncode == 0
        events = json.loads(watcher(path, "events", "--json").stdout)
        assert [(e["status"], [i["link"] for i in e["items"]]) for e in events] == [
            ("planned", [ANNOUNCE["link"]])]
        assert [p["kind"] for p, _ in hook.posts] == (["new_event"] if alerted else [])
    finally:
        hook.close()


def test_events_watch_shows_only_that_watchs_events(tmp_path: Path, feeds: FeedServer) -> None:
    wimbledon = {"title": "Wimbledon final postponed by rain until Monday",
                 "summary": "The men's final at Wimbledon was postponed.",
                 "link": "https://courier.example/w", "published": NOW - timedelta(hours=3)}
    url = feeds.feed("/a.xml", rss("Courier", [ANNOUNCE, wimbledon]))
    path = config(tmp_path, f'[[feed]]\nurl = "{url}"\n'
                  '[[watch]]\nname = "putin"\nkeywords = ["Putin"]\n'
                  '[[watch]]\nname = "tennis"\nkeywords = ["Wimbledon"]\n')
    assert watcher(path, "once").returncode == 0
    every = json.loads(watcher(path, "events", "--json").stdout)
    assert sorted(w for e in every for w in e["watches"]) == ["putin", "tennis"]
    for name, link in (("putin", ANNOUNCE["link"]), ("tennis", wimbledon["link"])):
        proc = watcher(path, "events", "--watch", name, "--json")
        assert [(e["watches"], e["items"][0]["link"]) for e in json.loads(proc.stdout)] == [
            ([name], link)]


@pytest.mark.parametrize("command", ["run", "once"])
def test_a_poller_with_a_bad_config_exits_2_with_the_place_of_the_error(
        tmp_path: Path, command: str) -> None:
    """systemd's RestartPreventExitStatus=2 relies on it: a bad config does not restart-loop."""
    path = config(tmp_path, '[[feed]]\nurl = "https://a.example/rss"\ninterval = "soon"\n')
    proc = watcher(path, command, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.endswith(f'{path}:7: feed[1].interval: expected a duration like "15m", '
                                'got "soon"\n'), proc.stderr


def test_the_config_of_design_md_loads_as_written() -> None:
    if not DESIGN.is_file():
        pytest.skip(f"no {DESIGN}")
    [block] = re.findall(r"```toml\n(.*?)```", DESIGN.read_text(encoding="utf-8"), re.S)
    s = load_config(Path("/etc/watcher/watcher.toml"), text=block,
                    env={"TELEGRAM_TOKEN": "1:abc", "SMTP_PASSWORD": "pw"})
    assert (s.daemon.interval, s.daemon.max_item_age) == (timedelta(minutes=15), timedelta(days=2))
    assert s.daemon.timezone.key == "Europe/Zurich"
    assert [(f.name, f.interval) for f in s.feeds] == [("Example News", timedelta(minutes=5))]
    [watch] = s.watches
    assert (watch.keywords, watch.feeds) == (("Putin", "Poutine"), ())
    assert watch.notify == ("chat", "mail")
    assert watch.alert_on == {"new", "status"}
    chat, mail, hook = s.notifiers
    assert isinstance(chat, TelegramSettings) and chat.token == "1:abc"
    assert isinstance(mail, EmailSettings) and (mail.port, mail.security, mail.password) == (
        587, "starttls", "pw")
    assert isinstance(hook, WebhookSettings) and hook.url == "https://example.org/alerts"


def test_the_example_config_sets_every_key_the_loader_takes() -> None:
    """README: config/watcher.toml is a commented example covering every key."""
    text = (REPO / "config" / "watcher.toml").read_text(encoding="utf-8")
    raw = tomllib.loads(re.sub(r"^# (\[notifier\.|[a-z_]+ = )", r"\1", text, flags=re.M))
    seen = {"daemon": set(raw["daemon"]), "feed": {k for f in raw["feed"] for k in f},
            "watch": {k for w in raw["watch"] for k in w}}
    for table in raw["notifier"].values():
        seen.setdefault(table["type"], set()).update(table)
    c = config_module
    assert set(raw) == set(c.TOP_KEYS)
    assert seen["daemon"] == set(c.DAEMON_KEYS) and seen["feed"] == set(c.FEED_KEYS)
    assert seen["watch"] == set(c.WATCH_KEYS)
    for kind, keys in c.NOTIFIER_KEYS.items():  # quiet_hours and urgent shown once suffice
        assert {"type", *keys} <= seen[kind] <= {*keys, *c.COMMON_NOTIFIER_KEYS}, kind
    assert set(c.COMMON_NOTIFIER_KEYS) <= set().union(*(seen[k] for k in c.NOTIFIER_KEYS))


def test_an_item_without_a_link_has_link_null_in_the_alert_and_in_events_json(
        tmp_path: Path, feeds: FeedServer) -> None:
    """Alert JSON and `events --json` keep every key; what a feed did not give is null."""
    pub = rss("Courier", [ANNOUNCE]).replace(
        b'<link>https://courier.example/1</link><guid isPermaLink="true">https://courier.example/1',
        b'<guid isPermaLink="false">tag-1')
    assert b"courier.example/1" not in pub
    url = feeds.feed("/a.xml", pub)
    hook = Receiver()
    try:
        path = putin_to_hook(tmp_path, url, hook)
        assert watcher(path, "once").returncode == 0
        [(payload, _)] = hook.posts
        assert payload["item"]["link"] is None and payload["item"]["title"] == ANNOUNCE["title"]
        [event] = json.loads(watcher(path, "events", "--json").stdout)
        assert [i["link"] for i in event["items"]] == [None]
        assert [(h["status"], h["link"]) for h in event["history"]] == [("planned", None)]
    finally:
        hook.close()
