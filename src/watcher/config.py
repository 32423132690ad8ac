"""Load the TOML config into the frozen ``watcher.settings`` objects, or explain what is wrong.

Every problem becomes one ``ConfigError`` formatted ``PATH:LINE: key.path: message`` (exit 2), and
the one reported is the first in file order, so that fixing errors top to bottom always works.
Key paths count from 1 (``feed[2].url``) because that is how people count tables in a file.

This module reads the file and its TOML; ``watcher.config_tables`` checks each table and the
cross-references between them, ``watcher.config_paths`` knows the default file and database.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from watcher.config_lines import ConfigReader
from watcher.config_paths import default_config_path, default_database
from watcher.config_tables import DAEMON_KEYS, TOP_KEYS, Loader
from watcher.durations import parse_duration
from watcher.errors import ConfigError
from watcher.settings import Settings

__all__ = ["default_config_path", "default_database", "load_config", "named_database",
           "parse_duration"]


MAX_CONFIG_BYTES = 1024 * 1024


def _read_capped(path: Path) -> bytes:
    """The file's bytes, at most ``MAX_CONFIG_BYTES``: ``/dev/zero`` or a log file given by
    mistake must be an error, not a hang or the machine's memory."""
    with path.open("rb") as f:
        data = f.read(MAX_CONFIG_BYTES + 1)
    if len(data) > MAX_CONFIG_BYTES:
        raise ConfigError(f"over {MAX_CONFIG_BYTES // 1024} KB: not a config file", path=path)
    return data


def _read_text(path: Path) -> str:
    """The config file's text; every reason it cannot be read is a ``ConfigError``."""
    try:
        # utf-8-sig: Notepad and some Windows editors start the file with a BOM, which TOML
        # rejects as "Invalid statement (column 1)"
        return _read_capped(path).decode("utf-8-sig")
    except FileNotFoundError:
        raise ConfigError("no such file", path=path) from None
    except IsADirectoryError:
        raise ConfigError("is a directory, not a config file", path=path) from None
    except UnicodeDecodeError as err:
        raise ConfigError(f"not UTF-8 text (byte {err.start})", path=path) from None
    except OSError as err:
        raise ConfigError(f"cannot read: {err.strerror}", path=path) from None


def load_config(path: Path | None, *, env: Mapping[str, str] | None = None,
                database: Path | None = None, text: str | None = None,
                secrets: bool = True) -> Settings:
    """Read and validate a config. ``path`` and ``text`` both ``None``: built-in defaults.

    ``text`` lets tests (and ``demo``) pass TOML directly; ``path`` then only names it in messages.
    ``database`` (the ``--database`` option) overrides ``[daemon].database``. ``secrets=False``:
    for a command that sends nothing, an unset environment variable in a notifier's secret
    (``token``, ``password``, ``secret``) is left unread instead of failing.
    """
    env = os.environ if env is None else env
    if text is None and path is not None:
        text = _read_text(path)
    label = str(path) if path is not None else "<config>"
    try:
        raw = tomllib.loads(text or "")
    except tomllib.TOMLDecodeError as err:
        raise _syntax_error(err, label, text or "") from None
    base = path.parent if path is not None else Path.cwd()
    settings = Loader(ConfigReader(label, text or "", env, secrets=secrets), base, env).load(raw)
    if database is not None:
        settings = replace(settings, daemon=replace(settings.daemon, database=database))
    return replace(settings, path=path)


def named_database(path: Path, env: Mapping[str, str]) -> Path | None:
    """The database the config at ``path`` names, read past its other errors: ``status``
    shows the database of a config that does not load (an edit a reload refused, while the
    daemon runs on the old one). Its ``[daemon].database``, or the default when it names none;
    ``None`` when the file cannot be read as TOML, that key itself is wrong, or a key of the
    top level or of ``[daemon]`` is unknown (a misspelt "database"): nothing to go by, and a
    guess could show another database as this one's (a code review)."""
    try:
        raw = tomllib.loads(_read_text(path))
        daemon = raw.get("daemon", {})
        if not isinstance(daemon, dict) or set(raw) - set(TOP_KEYS) or set(daemon) - set(
                DAEMON_KEYS):
            return None  # "[Daemon]", "databse = ...": what it meant to name is unknown
        if "database" not in daemon:
            return default_database(env)
        reader = ConfigReader(str(path), "", env, secrets=False)
        return path.parent / Path(reader.string(daemon["database"],
                                                ("daemon", "database"))).expanduser()
    except (tomllib.TOMLDecodeError, ConfigError):
        return None


def _syntax_error(err: tomllib.TOMLDecodeError, label: str, text: str) -> ConfigError:
    message = str(err)
    match = re.search(r"\s*\(at line (\d+), column (\d+)\)$", message)
    if match:
        message = message[:match.start()]
        line = int(match.group(1))
        return ConfigError(f"TOML syntax error: {message} (column {match.group(2)})",
                           path=label, line=line)
    message = message.replace(" (at end of document)", "")
    return ConfigError(f"TOML syntax error: {message} (at end of file)", path=label,
                       line=max(1, text.count("\n") + (0 if text.endswith("\n") else 1)))
