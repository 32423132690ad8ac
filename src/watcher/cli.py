"""The ``watcher`` command line: one sub-command per job, one clear line per error.

Every ``WatcherError`` becomes one line on stderr, ``watcher: error: MESSAGE`` (a config error is
its bare ``PATH:LINE: key: message``), and its exit status (2 for bad config or arguments);
anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import math
import os
import sys
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, cast

from watcher import __version__
from watcher.durations import format_count, parse_duration
from watcher.errors import ConfigError, OutputError, UsageError, WatcherError
from watcher.output import GuardedOutput
from watcher.redact import redact
from watcher.settings import Settings

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

log = logging.getLogger("watcher")


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so usage errors share the error path."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see `{self.prog} --help`)")

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        """``--help`` and ``--version`` on a full or closed stdout: one line and status 1, as
        every command's output (argparse swallowed the error and exited 0: a code review)."""
        if not message:
            return
        stream = file or sys.stdout
        out = stream if isinstance(stream, GuardedOutput) else GuardedOutput(cast(TextIO, stream))
        out.write(message)
        out.flush()


def _common_options(parser: argparse.ArgumentParser, default: object = None) -> None:
    parser.add_argument("--config", metavar="PATH", default=default,
                        help="config file (default: $WATCHER_CONFIG, ./watcher.toml, "
                             "/etc/watcher/watcher.toml)")
    parser.add_argument("--database", metavar="PATH", default=default,
                        help="SQLite file (overrides the config)")
    _log_level(parser, "info" if default is None else default)


def _log_level(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument("--log-level", default=default,
                        choices=["debug", "info", "warning", "error"], help="default: info")


def _duration(text: str) -> timedelta:
    """``events --since``: a duration as the config writes them ("12h", "3d", "2w")."""
    try:
        return parse_duration(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


STATUSES = ("planned", "postponed", "cancelled", "held", "unknown")


def _statuses(text: str) -> frozenset[str]:
    """``events --status``: a comma list of statuses."""
    wanted = frozenset(s.strip().lower() for s in text.split(",") if s.strip())
    unknown = sorted(wanted - set(STATUSES))
    if unknown or not wanted:
        raise argparse.ArgumentTypeError(
            f"expected statuses among {', '.join(STATUSES)}, got {text!r}")
    return wanted


def _count(text: str) -> int:
    """``events --limit``: a whole number, 1 or more."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, got {text!r}")
    return int(text)


def _step(text: str) -> float:
    """``demo --step``: seconds, finite and not negative (``inf`` waited forever)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}") from None
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(f"expected 0 or more seconds, got {text!r}")
    return value


def build_parser(*, command_required: bool = True) -> argparse.ArgumentParser:
    # The common options work before the command (`watcher --config X status`) and after it
    # (`watcher status --config X`; this one wins). After it they default to SUPPRESS, so that a
    # command's defaults do not overwrite what was given before it.
    common = _Parser(add_help=False)
    _common_options(common, default=argparse.SUPPRESS)

    parser = _Parser(
        prog="watcher", description="Watch news feeds for events and their status.",
        epilog="exit status: 0 done; 1 a failure while running (the database refused writes, "
               "a notifier test failed); 2 a bad config, argument or input file, or a "
               "database only a person can fix; 141 the reader of the output went away")
    parser.add_argument("--version", action="version", version=f"watcher {__version__}")
    _common_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = command_required
    sub.add_parser("run", parents=[common], help="the daemon, in the foreground")
    sub.add_parser("once", parents=[common], help="poll every feed once, deliver, exit")
    p = sub.add_parser("check-config", parents=[common], help="validate the config, summarise it")
    p.add_argument("path", metavar="CONFIG", nargs="?", help="the file to check (or --config)")
    p.add_argument("--strict", action="store_true",
                   help="a warning fails the check too (exit 2), for a config checked in CI")
    p = sub.add_parser("events", parents=[common], help="tracked events with status and history")
    p.add_argument("--watch", metavar="NAME", help="only the events of this watch")
    p.add_argument("--since", type=_duration, metavar="DURATION",
                   help="only events with an article in the last DURATION (12h, 3d, 2w)")
    p.add_argument("--status", type=_statuses, metavar="LIST",
                   help="only events in these statuses (comma list: planned, postponed, "
                        "cancelled, held, unknown)")
    p.add_argument("--limit", type=_count, metavar="N", help="only the N seen last")
    p.add_argument("--json", action="store_true",
                   help="a JSON array of events (DESIGN.md's events JSON) instead of text")
    p = sub.add_parser("explain", parents=[common], help="why an item matched, joined, alerted")
    p.add_argument("link", metavar="LINK", help="the article's link, as its feed gives it")
    p.add_argument("--json", action="store_true",
                   help="the same report as one JSON object (times in UTC) instead of text")
    p = sub.add_parser("replay", parents=[common], help="backtest the watches over a JSONL file")
    p.add_argument("file", metavar="FILE.jsonl",
                   help="one JSON object per line: title, link, published, source (summary, "
                        "lang, id optional); - for standard input")
    p.add_argument("--json", action="store_true",
                   help="one alert per line, as the webhook's JSON, instead of text")
    p = sub.add_parser("test-notify", parents=[common], help="send a test message")
    p.add_argument("notifier", metavar="NOTIFIER", nargs="?",
                   help="the [notifier.NAME] to test (default: every one)")
    p = sub.add_parser("status", parents=[common], help="per-feed health and the outbox")
    p.add_argument("--json", action="store_true",
                   help="the same as one JSON object (times in UTC) instead of text")
    # the demo brings its own config and a throwaway database: --config and --database after
    # it were accepted and silently ignored
    p = sub.add_parser("demo", help="a self-contained demonstration")
    _log_level(p, argparse.SUPPRESS)
    p.add_argument("--step", type=_step, default=None, metavar="SECONDS",
                   help="seconds between timeline steps (default 4)")
    return parser


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """The arguments; an unknown option given with no command is named as such ("watcher
    --bogus" said only that COMMAND was required)."""
    try:
        return build_parser().parse_args(argv)
    except UsageError as err:
        if "required: COMMAND" not in str(err):
            raise
        _, unknown = build_parser(command_required=False).parse_known_args(argv)
        if unknown:
            raise UsageError(f"unrecognized arguments: {' '.join(unknown)} (see `watcher "
                             "--help`)") from None
        raise


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; its exit status. Standard output is guarded meanwhile (``output``)."""
    real = sys.stdout
    sys.stdout = cast(TextIO, GuardedOutput(real))
    try:
        return _main(argv)
    finally:
        sys.stdout = real


def _discard_output() -> None:
    """Point stdout at /dev/null, so that the interpreter's final flush of what is still
    buffered does not fail again (with an "Exception ignored" and status 120)."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _main(argv: Sequence[str] | None) -> int:
    try:
        args = _parse(argv)
        _setup_logging(args.log_level)
        status = _dispatch(args)
        sys.stdout.flush()  # a closed pipe shows here, inside the handler below
        return status
    except BrokenPipeError:
        # `watcher events | head`: the reader has all it wanted. No traceback.
        _discard_output()
        return 141  # 128 + SIGPIPE, what a shell reports for a process killed by a closed pipe
    except OutputError as err:  # `> /dev/full`, `>&-`: said, as any error, in one line
        _discard_output()
        print(f"watcher: error: writing output: {err.strerror}", file=sys.stderr)
        return err.exit_code
    except ConfigError as err:  # already "PATH:LINE: key: message", as editors expect
        for each in (err, *err.more):  # every table's error, in the file's order
            print(redact(str(each)), file=sys.stderr)
        return err.exit_code
    except WatcherError as err:
        print(redact(f"watcher: error: {err}"), file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        return 130


def _setup_logging(level: str) -> None:
    from watcher.sdnotify import configure_logging

    configure_logging(level)


def _chosen_config(args: argparse.Namespace) -> str | None:
    """The config the user named: ``check-config PATH``, ``--config``, ``$WATCHER_CONFIG``."""
    return getattr(args, "path", None) or args.config or os.environ.get("WATCHER_CONFIG")


def _settings(args: argparse.Namespace) -> Settings:
    from watcher.config import default_config_path, load_config

    chosen = _chosen_config(args)
    path = default_config_path(chosen, os.environ)
    if not chosen and not path.exists():
        raise ConfigError("no config file: neither ./watcher.toml nor /etc/watcher/watcher.toml "
                          "exists; give one with --config PATH or $WATCHER_CONFIG (the "
                          "commented example is config/watcher.toml in watcher's source)")
    database = Path(args.database) if args.database else None
    # a command that sends nothing needs no notifier's secret (a shell without the service's
    # environment may list events)
    sends = args.command not in ("events", "explain", "status", "replay")
    return load_config(path, env=os.environ, database=database, secrets=sends)


def _settings_or_bare(args: argparse.Namespace) -> tuple[Settings, bool]:
    """The settings for ``status``: a config that does not load (an edit a reload refused,
    while the daemon runs on the old one) is told, and the database is read as it stands, its
    feeds as "not in config" (a user's review, ux18: status exited 2 and showed nothing).
    The database is ``--database``, else the one the config names if its TOML still reads
    (``config.named_database``) and the file is there. True with the bare settings: the exit
    status stays 2, a config's."""
    from watcher.config import default_config_path, load_config, named_database

    try:
        return _settings(args), False
    except ConfigError as err:
        database = Path(args.database) if args.database else None
        if database is None:
            named = named_database(default_config_path(_chosen_config(args), os.environ),
                                   os.environ)
            if named is None or not named.is_file():
                raise
            database = named
        for each in (err, *err.more):
            print(redact(f"watcher: warning: {each}"), file=sys.stderr)
        print(f"watcher: warning: the config does not load; the database as it stands "
              f"({database}):", file=sys.stderr)
        return load_config(None, text="", env=os.environ, database=database,
                           secrets=False), True


def _dispatch(args: argparse.Namespace) -> int:
    from watcher import commands

    command = args.command
    if command == "demo":
        from watcher.demo import run_demo

        if args.log_level == "info":  # the demo's story is on stdout; keep stderr for problems
            logging.getLogger().setLevel(logging.WARNING)
        return run_demo(step=args.step)
    if (command in ("events", "explain", "status") and args.database
            and args.database != ":memory:" and not Path(args.database).exists()):
        # a path typed on the command line that names nothing is a typo, not a database the
        # daemon has yet to create: a script counting events got [] and status 0 for ever (a
        # user's review); the config's own path may well not exist yet
        raise UsageError(f"{args.database}: no such database (--database)")
    if command == "replay" and args.database:
        # a backtest runs in memory and stores nothing: a database named for it would be
        # silently left alone (a user's review loaded a year of history "into" one)
        raise UsageError("replay keeps nothing in a database: it runs in memory "
                         "(--database is for run, once, events, explain and status)")
    broken = False  # ``status`` despite a config that does not load
    if command == "status":
        settings, broken = _settings_or_bare(args)
    else:
        settings = _settings(args)
    if command == "check-config":
        from watcher.config_summary import summary, warnings

        found = warnings(settings)
        refused = args.strict and found
        print(f"{settings.path}: " + ("NOT OK under --strict" if refused else "OK"))
        print(redact(summary(settings)))
        for warning in found:
            print(f"warning: {warning}")
        if refused:
            # bare, as a config error's line is: the warnings are the config's faults
            print(f"{settings.path}: {format_count(len(found), 'warning')}, refused by "
                  "--strict", file=sys.stderr)
            return 2
        return 0
    if command == "run":
        return asyncio.run(commands.run_daemon(
            settings, config_path=settings.path, env=os.environ,
            database=Path(args.database) if args.database else None))
    if command == "once":
        return asyncio.run(commands.once(settings))
    if command == "events":
        return commands.events(settings, watch=args.watch, as_json=args.json,
                               since=args.since, statuses=args.status, limit=args.limit)
    if command == "explain":
        return commands.explain(settings, args.link, as_json=args.json)
    if command == "replay":
        return commands.replay_file(settings, args.file, as_json=args.json)
    if command == "test-notify":
        return asyncio.run(commands.test_notify(settings, args.notifier))
    if command == "status":
        shown = commands.status(settings, as_json=args.json)
        return ConfigError.exit_code if broken else shown
    raise UsageError(f"unknown command {command!r}")


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

