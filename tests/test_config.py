"""The config loader: exact error messages (file:line: key: message), defaults, env, secrets."""

from __future__ import annotations

import re
from datetime import time, timedelta
from pathlib import Path

import pytest

from watcher.config import default_config_path, default_database, load_config
from watcher.config_lines import LineLocator, format_key
from watcher.config_summary import summary
from watcher.durations import format_duration, parse_duration, parse_size
from watcher.errors import ConfigError
from watcher.settings import (
    ConsoleSettings,
    EmailSettings,
    Secret,
    TelegramSettings,
    WebhookSettings,
)

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "config" / "watcher.toml"
FEED = '[[feed]]\nurl = "https://a.example/rss"\n'


def error(text: str, env: dict[str, str] | None = None) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        load_config(Path("watcher.toml"), text=text, env=env or {})
    return info.value


BROKEN = [
    pytest.param(FEED + 'intervall = "5m"\n',
                 "watcher.toml:3: feed[1]: unknown key `intervall`; did you mean `interval`?",
                 id="unknown-key-suggestion"),
    pytest.param(FEED + '\n[[watch]]\nname = "a"\n\n[[watch]]\nname = "b"\nkeywords = "Putin"\n',
                 "watcher.toml:9: watch[2].keywords: expected a list of strings, got a string",
                 id="keywords-not-a-list"),
    pytest.param('[daemon]\ninterval = 15\n',
                 'watcher.toml:2: daemon.interval: expected a duration like "15m", got 15',
                 id="duration-integer"),
    pytest.param('[daemon]\ninterval = "15 minutes"\n',
                 'watcher.toml:2: daemon.interval: expected a duration like "15m", '
                 'got "15 minutes"', id="duration-words"),
    pytest.param('daemon.interval = "0s"\n',
                 "watcher.toml:1: daemon.interval: must be longer than 0s", id="zero-interval"),
    pytest.param('[daemon]\ninterval = 15m\n',
                 "watcher.toml:2: TOML syntax error: Expected newline or end of document after "
                 "a statement (column 14)", id="toml-syntax"),
    pytest.param('[daemon]\ntimeout = "',
                 "watcher.toml:2: TOML syntax error: Unterminated string (at end of file)",
                 id="toml-syntax-at-eof"),
    pytest.param('[feeds]\nurl = "x"\n',
                 "watcher.toml:1: unknown key `feeds`; did you mean `feed`?", id="unknown-table"),
    pytest.param('[feed]\nurl = "https://a.example/rss"\n',
                 "watcher.toml:1: feed: expected one or more [[feed]] tables, got a table",
                 id="feed-not-array"),
    pytest.param('[[feed]]\nname = "x"\n',
                 "watcher.toml:1: feed[1]: missing required key `url`", id="feed-without-url"),
    pytest.param('[[feed]]\nurl = "ftp://a.example/rss"\n',
                 'watcher.toml:2: feed[1].url: expected an http:// or https:// URL, '
                 'got "ftp://a.example/rss"', id="ftp-url"),
    pytest.param(FEED + '[[feed]]\nurl = "https://a.example/atom"\n',
                 'watcher.toml:3: feed[2].name: feed name "a.example" is already used by '
                 "feed[1] (the default name is the host; set `name`)", id="duplicate-feed-name"),
    pytest.param('[[feed]]\nurl = "https://b.example/rss"\n' + FEED + FEED.replace("[[feed]]\n",
                 '[[feed]]\nname = "again"\n'),
                 'watcher.toml:7: feed[3].url: the same URL as feed[2]', id="duplicate-feed-url"),
    pytest.param(FEED + 'name = "Example News"\n[[watch]]\nname = "w"\n'
                 'feeds = [\n  "Example News",\n  "Exmple News",\n]\n',
                 'watcher.toml:8: watch[1].feeds: unknown feed "Exmple News"; '
                 'did you mean "Example News"?', id="unknown-feed-reference"),
    pytest.param('[notifier.chat]\ntype = "console"\n[[watch]]\nname = "w"\nnotify = ["caht"]\n',
                 'watcher.toml:5: watch[1].notify: unknown notifier "caht"; did you mean "chat"?',
                 id="unknown-notifier-reference"),
    pytest.param('[[watch]]\nname = "w"\n[[watch]]\nname = "w"\n',
                 'watcher.toml:4: watch[2].name: watch name "w" is already used by watch[1]',
                 id="duplicate-watch"),
    pytest.param('[[watch]]\nname = "w"\nalert_on = ["new", "changed"]\n',
                 'watcher.toml:3: watch[1].alert_on[2]: expected one of "new", "status", '
                 'got "changed"', id="alert-on"),
    pytest.param('[[watch]]\nname = "w"\nmin_sources = 0\n',
                 "watcher.toml:3: watch[1].min_sources: must be at least 1, got 0",
                 id="min-sources"),
    pytest.param('[notifier.chat]\ntype = "slack"\n',
                 'watcher.toml:2: notifier.chat.type: expected one of "console", "telegram", '
                 '"email", "webhook", got "slack"', id="notifier-type"),
    pytest.param('[notifier.chat]\ntype = "telegram"\ntoken = "${TELEGRAM_TOKEN}"\nchat_id = 1\n',
                 "watcher.toml:3: notifier.chat.token: environment variable `TELEGRAM_TOKEN` "
                 "is not set", id="missing-env-var"),
    pytest.param('[notifier.mail]\ntype = "email"\nhost = "smtp.x"\nto = "me@x"\n',
                 'watcher.toml:1: notifier.mail: missing required key `from` '
                 '(required by type "email")', id="email-without-from"),
    pytest.param('[notifier.mail]\ntype = "email"\nhost = "smtp.x"\nfrom = "w@x"\nto = "me@x"\n'
                 'port = 70000\n', "watcher.toml:6: notifier.mail.port: expected a port number "
                 "up to 65535, got 70000", id="email-port"),
    pytest.param('[notifier.mail]\ntype = "email"\nhost = "smtp.x"\nfrom = "w@x"\n'
                 'to = ["me@x", "you.example.org"]\n',
                 'watcher.toml:5: notifier.mail.to[2]: expected an email address like '
                 '"me@example.org", got "you.example.org"', id="email-address"),
    pytest.param('[daemon]\ntimezone = "Europe/Zurik"\n',
                 'watcher.toml:2: daemon.timezone: unknown time zone "Europe/Zurik"; '
                 'did you mean "Europe/Zurich"?', id="timezone"),
    pytest.param('[daemon]\ntimezone = "CEST"\n',  # not "did you mean EST" (a user's review)
                 'watcher.toml:2: daemon.timezone: unknown time zone "CEST": give the IANA name '
                 'of the place, such as "Europe/Zurich" or "America/New_York" (it follows '
                 'summer time by itself)', id="timezone-abbreviation"),
    pytest.param('[notifier.term]\ntype = "console"\n[notifier.chat]\ntype = "webhook"\n'
                 'url = "https://h.example/"\n[[watch]]\nname = "w"\nnotify = ["webhook"]\n',
                 'watcher.toml:8: watch[1].notify: unknown notifier "webhook": "webhook" is a '
                 'notifier type; `notify` names the notifier tables, here chat',
                 id="notify-names-a-type"),
    pytest.param('[notifier.c]\ntype = "console"\nquiet_hours = "22-7"\n',
                 'watcher.toml:3: notifier.c.quiet_hours: expected a time range like '
                 '"22:00-07:00", got "22-7"', id="quiet-hours"),
    pytest.param('[notifier.c]\ntype = "console"\nurgent = ["canceled"]\n',
                 'watcher.toml:3: notifier.c.urgent[1]: expected one of "planned", "postponed", '
                 '"cancelled", "held", got "canceled"', id="urgent-status"),
    pytest.param('[cues.de]\ncanceled = ["vom Tisch"]\n',
                 "watcher.toml:2: cues.de: unknown key `canceled`; did you mean `cancelled`?",
                 id="cue-status"),
    pytest.param('[daemon]\nmax_body_size = "10 megs"\n',
                 'watcher.toml:2: daemon.max_body_size: expected a size like "10MB" or a number '
                 'of bytes, got "10 megs"', id="body-size"),
    # no upper bound: check-config said OK, then every gzip feed failed with zlib's
    # OverflowError and a traceback (a code review, finding 3)
    pytest.param('[daemon]\nmax_body_size = "99999999999GB"\n',
                 'watcher.toml:2: daemon.max_body_size: must be at most 1GB, got '
                 '"99999999999GB"', id="body-size-huge"),
    pytest.param('[daemon]\nmax_body_size = 9223372036854775807\n',
                 "watcher.toml:2: daemon.max_body_size: must be at most 1GB, got "
                 "9223372036854775807", id="body-size-huge-integer"),
    pytest.param(f'[daemon]\nmax_body_size = "{"9" * 400}MB"\n',
                 'watcher.toml:2: daemon.max_body_size: expected a size like "10MB" or a number '
                 f'of bytes, got "{"9" * 400}MB"', id="body-size-beyond-a-float"),
    pytest.param('[daemon]\nretention = "forever"\n',
                 'watcher.toml:2: daemon.retention: expected a duration like "15m" or "off", '
                 'got "forever"', id="retention"),
    pytest.param('[daemon]\nconcurrency = true\n',
                 "watcher.toml:2: daemon.concurrency: expected an integer, got true",
                 id="integer-bool"),
    pytest.param('notifier = { chat = { type = "console", stream = "stdin" } }\n',
                 'watcher.toml:1: notifier.chat.stream: expected one of "stdout", "stderr", '
                 'got "stdin"', id="inline-table"),
    pytest.param('[[watch]]\nname = 5\n[daemon]\ninterval = 3\n',
                 "watcher.toml:2: watch[1].name: expected a string, got 5",
                 id="first-error-in-file-order"),
    pytest.param('[daemon]\ndatabase = ""\n', "watcher.toml:2: daemon.database: must not be empty",
                 id="empty-string"),
]


@pytest.mark.parametrize(("text", "message"), BROKEN)
def test_broken_config_gives_exact_message_and_exit_2(text: str, message: str) -> None:
    err = error(text)
    assert str(err) == message
    assert err.exit_code == 2


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.toml"
    with pytest.raises(ConfigError) as info:
        load_config(path, env={})
    assert str(info.value) == f"{path}: no such file"
    assert info.value.exit_code == 2


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "w.toml"
    path.write_bytes(b'[daemon]\ntimezone = "Z\xfcrich"\n')
    with pytest.raises(ConfigError, match=r"w\.toml: not UTF-8 text \(byte 22\)$"):
        load_config(path, env={})


# -- secrets ------------------------------------------------------------------------------------

TELEGRAM = '[notifier.chat]\ntype = "telegram"\ntoken = "{token}"\nchat_id = -100123\n'


def test_bad_token_value_is_not_echoed() -> None:
    err = error(TELEGRAM.format(token="hunter2-very-secret"))
    assert "hunter2" not in str(err) and "hunter2" not in repr(err)
    assert str(err).startswith("watcher.toml:3: notifier.chat.token: does not look like")


def test_bad_token_from_env_is_not_echoed() -> None:
    err = error(TELEGRAM.format(token="${TOK}"), env={"TOK": "s3cr3t value"})
    assert "s3cr3t" not in str(err)


def test_secret_of_wrong_type_is_described_by_type_only() -> None:
    err = error('[notifier.h]\ntype = "webhook"\nurl = "https://x.example/"\nsecret = 987654\n')
    assert str(err) == "watcher.toml:4: notifier.h.secret: expected a string, got a number"


def test_secrets_are_hidden_in_repr() -> None:
    settings = load_config(Path("w.toml"), env={"TOK": "123:abcDEF"},
                           text=TELEGRAM.format(token="${TOK}"))
    chat = settings.notifier("chat")
    assert isinstance(chat, TelegramSettings)
    assert isinstance(chat.token, Secret) and chat.token == "123:abcDEF"
    assert chat.chat_id == "-100123"
    assert "abcDEF" not in repr(settings)


# -- environment -------------------------------------------------------------------------------

def test_env_substitution_whole_and_embedded() -> None:
    text = ('[[feed]]\nurl = "https://${HOST}/rss"\nname = "${NAME}"\n'
            '[notifier.c]\ntype = "console"\n[[watch]]\nname = "price $${X}"\n')
    settings = load_config(None, text=text, env={"HOST": "news.example", "NAME": "N"})
    assert settings.feeds[0].url == "https://news.example/rss"
    assert settings.feeds[0].name == "N"
    assert settings.watches[0].name == "price ${X}"


def test_env_unterminated_reference() -> None:
    assert str(error('[[watch]]\nname = "${OOPS"\n')) == (
        "watcher.toml:2: watch[1].name: unterminated `${` (write `$${` for a literal `${`)")


def test_unset_variable_in_unknown_key_reports_the_key() -> None:
    assert "unknown key `tokn`; did you mean `token`?" in str(
        error('[notifier.chat]\ntype = "telegram"\ntokn = "${T}"\nchat_id = 1\n'))


# -- the example and defaults -------------------------------------------------------------------

def test_example_loads_without_environment() -> None:
    settings = load_config(EXAMPLE, env={})
    assert [n.type for n in settings.notifiers] == ["console"]
    assert len(settings.feeds) == 3 and len(settings.watches) == 2
    assert settings.feeds[2].name == "www.france24.com"
    assert settings.watches[1].feeds == (
        "https://www.tagesschau.de/xml/rss2/", "https://feeds.bbci.co.uk/news/world/rss.xml")
    assert settings.cues["de"]["cancelled"] == ("vom Tisch", "ins Wasser gefallen")
    assert settings.path == EXAMPLE
    assert "3 feeds:" in summary(settings) and "terminal: console" in summary(settings)


def test_example_commented_notifiers_load_when_enabled() -> None:
    """The commented Telegram/email/webhook blocks must be valid once uncommented."""
    text = re.sub(r"^# (\[notifier\.|[a-z_]+ = )", r"\1", EXAMPLE.read_text(), flags=re.M)
    env = {"TELEGRAM_TOKEN": "123:abc", "SMTP_PASSWORD": "pw", "WEBHOOK_SECRET": "s"}
    settings = load_config(EXAMPLE, text=text, env=env)
    kinds = {n.name: type(n) for n in settings.notifiers}
    assert kinds == {"terminal": ConsoleSettings, "chat": TelegramSettings,
                     "mail": EmailSettings, "hook": WebhookSettings}
    mail = settings.notifier("mail")
    assert isinstance(mail, EmailSettings)
    assert mail.sender == "watcher@example.org" and mail.to == ("me@example.org",)
    assert mail.ca_file == EXAMPLE.parent / "certs" / "smtp-ca.pem"
    assert mail.password == "pw" and isinstance(mail.password, Secret)


def test_builtin_defaults() -> None:
    settings = load_config(None, env={"XDG_DATA_HOME": "/xdg"})
    assert settings.feeds == () and settings.watches == () and settings.notifiers == ()
    d = settings.daemon
    assert d.database == Path("/xdg/watcher/watcher.db")
    assert d.interval == timedelta(minutes=15) and d.max_body_size == 10 * 1024 * 1024
    assert d.timezone.key == "UTC" and d.retention == timedelta(days=180)


def test_feed_and_watch_defaults() -> None:
    text = '[daemon]\ninterval = "1h"\njitter = "0s"\n' + FEED + '[[watch]]\nname = "all"\n'
    settings = load_config(None, text=text, env={})
    feed, watch = settings.feeds[0], settings.watches[0]
    assert (feed.name, feed.interval, feed.jitter) == ("a.example", timedelta(hours=1),
                                                       timedelta(0))
    assert watch.keywords == () and watch.notify == () and watch.min_sources == 1
    assert watch.alert_on == frozenset({"new", "status"})


def test_daemon_values() -> None:
    text = ('[daemon]\nmax_item_age = "off"\nretention = "off"\nmax_body_size = "512KB"\n'
            'timezone = "Europe/Zurich"\n[notifier.c]\ntype = "console"\n'
            'quiet_hours = "22:00-07:00"\nurgent = ["cancelled"]\n')
    settings = load_config(None, text=text, env={})
    assert settings.daemon.max_item_age is None and settings.daemon.retention is None
    assert settings.daemon.max_body_size == 512 * 1024
    c = settings.notifiers[0]
    assert c.quiet_hours is not None and (c.quiet_hours.start, c.quiet_hours.end) == (
        time(22), time(7))
    assert c.urgent == frozenset({"cancelled"})


@pytest.mark.parametrize(("env", "expected"), [
    ({"STATE_DIRECTORY": "/var/lib/watcher:/var/lib/other"}, "/var/lib/watcher/watcher.db"),
    ({"XDG_DATA_HOME": "/d", "HOME": "/h"}, "/d/watcher/watcher.db"),
    ({"HOME": "/h"}, "/h/.local/share/watcher/watcher.db"),
])
def test_default_database(env: dict[str, str], expected: str) -> None:
    assert default_database(env) == Path(expected)


def test_relative_database_is_relative_to_the_config_folder(tmp_path: Path) -> None:
    path = tmp_path / "etc" / "watcher.toml"
    path.parent.mkdir()
    path.write_text('[daemon]\ndatabase = "state/w.db"\n')
    assert load_config(path, env={}).daemon.database == tmp_path / "etc" / "state" / "w.db"
    override = load_config(path, env={}, database=Path("/tmp/x.db"))
    assert override.daemon.database == Path("/tmp/x.db")


def test_default_config_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert default_config_path("c.toml", {"WATCHER_CONFIG": "e.toml"}) == Path("c.toml")
    assert default_config_path(None, {"WATCHER_CONFIG": "e.toml"}) == Path("e.toml")
    assert default_config_path(None, {}) == Path("/etc/watcher/watcher.toml")
    (tmp_path / "watcher.toml").write_text("")
    assert default_config_path(None, {}) == Path("watcher.toml")


def test_feed_reference_by_url_and_email_to_string() -> None:
    text = (FEED + '[[watch]]\nname = "w"\nfeeds = ["https://a.example/rss", "a.example"]\n'
            '[notifier.m]\ntype = "email"\nhost = "h"\nfrom = "f@x"\nto = "me@x"\n')
    settings = load_config(None, text=text, env={})
    assert settings.watches[0].feeds == ("https://a.example/rss",)
    assert settings.notifiers[0].to == ("me@x",)  # type: ignore[attr-defined]


# -- durations and sizes ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "seconds"), [
    ("90s", 90), ("15m", 900), ("2h", 7200), ("2d", 172800), ("1h30m", 5400), ("1h 30m", 5400),
    ("0s", 0), ("1w", 604800),
])
def test_parse_duration(text: str, seconds: int) -> None:
    assert parse_duration(text) == timedelta(seconds=seconds)


@pytest.mark.parametrize("text", ["", "15", "15 minutes", "m", "1h-30m", "1x", "-5m"])
def test_parse_duration_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="expected a duration"):
        parse_duration(text)


@pytest.mark.parametrize("text", ["15M", "1h15M"])
def test_a_capital_m_is_refused(text: str) -> None:
    """"15M" read as 15 minutes, where many write M for months (a user review, session 39);
    the other units have one meaning in either case ("2H" is 2 hours)."""
    with pytest.raises(ValueError, match='"M" is no unit here'):
        parse_duration(text)
    assert parse_duration("2H") == timedelta(hours=2)


@pytest.mark.parametrize("text", ["9999999999d", "99999999w", "1" + "0" * 400 + "s", "3651d"])
def test_absurd_durations_are_one_config_error(text: str) -> None:
    """``interval = "9999999999d"`` was an OverflowError traceback from check-config; one of a
    few million years passed and then crashed retention (``now - retention``) in the daemon."""
    with pytest.raises(ConfigError) as info:
        load_config(None, text=f'[daemon]\nretention = "{text}"\n', env={})
    assert str(info.value) == (f'<config>:2: daemon.retention: expected a duration of at most '
                               f'3650d, got "{text}"')
    assert parse_duration("3650d") == timedelta(days=3650)


def test_format_duration_round_trips() -> None:
    for text in ("90s", "15m", "1h30m", "2d", "0s"):
        assert parse_duration(format_duration(parse_duration(text))) == parse_duration(text)
    assert format_duration(timedelta(minutes=90)) == "1h30m"


@pytest.mark.parametrize(("value", "size"), [
    ("10MB", 10 * 1024**2), ("512KB", 512 * 1024), ("2 MiB", 2 * 1024**2), (1000, 1000),
    ("100", 100),
])
def test_parse_size(value: str | int, size: int) -> None:
    assert parse_size(value) == size


# -- the line locator ---------------------------------------------------------------------------

def test_locator_finds_headers_array_tables_dotted_and_inline_keys() -> None:
    source = ('# c\n[daemon]\ninterval = "1m"\n\n[[feed]]\nurl = "a"\n[[feed]]\n'
              'url = """x\ny"""\nname = "n"\n[notifier."my chat"]\ntype = "x"\n'
              'cues.de = { held = ["a",\n "b"] }\n')
    loc = LineLocator(source)
    assert loc.line(("daemon", "interval")) == 3
    assert loc.line(("feed", 1)) == 7
    assert loc.line(("feed", 1, "name")) == 10
    assert loc.line(("feed", 1, "missing")) == 7
    assert loc.line(("notifier", "my chat", "type")) == 12
    assert loc.line(("notifier", "my chat", "cues", "de", "held", 1)) == 14
    assert loc.line(("nothing",)) is None
    assert format_key(("feed", 1, "url")) == "feed[2].url"


def test_bad_cue_phrase_is_reported_with_its_line() -> None:
    from watcher.errors import ConfigError as _ConfigError

    text = '[cues.en]\nplanned = ["set for"]\ncancelled = ["..."]\n'
    with pytest.raises(_ConfigError) as info:
        load_config(None, text=text)
    assert str(info.value).startswith("<config>:3: cues.en.cancelled: ")
    assert info.value.exit_code == 2


def test_values_from_the_environment_never_appear_in_errors() -> None:
    from watcher.errors import ConfigError as _ConfigError

    secret = "hxxps://hooks.example/T0/SECRETTOKEN"
    text = '[notifier.hook]\ntype = "webhook"\nurl = "${HOOK}"\n'
    with pytest.raises(_ConfigError) as info:
        load_config(None, env={"HOOK": secret}, text=text)
    assert secret not in str(info.value)
    assert str(info.value) == ('<config>:3: notifier.hook.url: expected an http:// or https:// '
                               'URL, got "${HOOK}"')


def test_a_byte_order_mark_is_not_a_syntax_error(tmp_path: Path) -> None:
    """A config saved by Notepad starts with a UTF-8 BOM: it was "TOML syntax error: Invalid
    statement (column 1)" on line 1, which looks fine in every editor."""
    path = tmp_path / "watcher.toml"
    path.write_bytes('\ufeff[daemon]\ninterval = "5m"\n'.encode())
    assert load_config(path, env={}).daemon.interval == timedelta(minutes=5)


@pytest.mark.parametrize("url", ["http://127.0.0.1:99999/feed", "https://x.example:0/rss",
                                 "https://x.example:http/rss"])
def test_a_url_with_an_impossible_port_is_a_config_error(url: str) -> None:
    """``url = "http://host:99999/feed"`` passed check-config, then every poll of it crashed
    with "IndexError: list index out of range" and a traceback."""
    with pytest.raises(ConfigError) as info:
        load_config(None, text=f'[[feed]]\nurl = "{url}"\n', env={})
    assert str(info.value) == (f'<config>:2: feed[1].url: expected a port from 1 to 65535 in '
                               f'the URL, got "{url}"')
    load_config(None, text='[[feed]]\nurl = "https://x.example:8443/rss"\n', env={})


@pytest.mark.parametrize("table", ["[[feed]]\nurl", "[notifier.hook]\ntype = \"webhook\"\nurl"])
def test_a_url_with_an_unclosed_ipv6_bracket_is_a_config_error(table: str) -> None:
    """``url = "http://[::1/feed"`` (a typo'd IPv6 literal) was a ValueError traceback from
    check-config, ``once`` and ``run`` instead of the key's line."""
    with pytest.raises(ConfigError) as info:
        load_config(None, text=f'{table} = "http://[::1/feed"\n', env={})
    assert str(info.value).endswith('url: expected an http:// or https:// URL, got '
                                    '"http://[::1/feed"')
    assert str(info.value).startswith(f"<config>:{table.count(chr(10)) + 1}: ")


@pytest.mark.parametrize(("keys", "port", "security"), [
    ('port = 465', 465, "tls"), ('port = 587', 587, "starttls"), ('security = "tls"', 465, "tls"),
    ('security = "none"', 25, "none"), ('port = 465\nsecurity = "starttls"', 465, "starttls")])
def test_an_email_port_without_security_gets_the_security_of_the_port(
        keys: str, port: int, security: str) -> None:
    """``port = 465`` alone (smtp.gmail.com, the port most providers document) meant STARTTLS
    on the implicit-TLS port: each send waited for a greeting that never came, for two days."""
    settings = load_config(None, env={}, text=(
        f'[notifier.mail]\ntype = "email"\nhost = "smtp.example.org"\nfrom = "w@example.org"\n'
        f'to = "me@example.org"\n{keys}\n'))
    mail = settings.notifier("mail")
    assert isinstance(mail, EmailSettings)
    assert (mail.port, mail.security) == (port, security)


def test_a_huge_or_endless_file_is_one_error_not_a_hang(tmp_path: Path) -> None:
    big = tmp_path / "big.toml"
    big.write_bytes(b"# " + b"x" * (2 * 1024 * 1024) + b"\n")
    with pytest.raises(ConfigError, match="not a config file"):
        load_config(big)
    with pytest.raises(ConfigError, match="not a config file"):
        load_config(Path("/dev/zero"))
