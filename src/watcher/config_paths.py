"""Where the config file and the database are when nobody says: ``--config`` and
``$WATCHER_CONFIG`` or the usual places, systemd's state directory or the XDG data dir.

Apart from the loading in ``watcher.config`` because both the command line (the config path) and
the ``[daemon]`` table's reader (``watcher.config_tables``: the default database) need them;
``watcher.config`` imports them, where the CLI and the tests take them.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path


def default_config_path(arg: str | None, env: Mapping[str, str]) -> Path:
    """``--config``, else ``$WATCHER_CONFIG``, else ``./watcher.toml`` if present, else /etc."""
    if arg:
        return Path(arg)
    if env.get("WATCHER_CONFIG"):
        return Path(env["WATCHER_CONFIG"])
    local = Path("watcher.toml")
    return local if local.is_file() else Path("/etc/watcher/watcher.toml")


def default_database(env: Mapping[str, str]) -> Path:
    """systemd's ``$STATE_DIRECTORY`` (first entry), else the XDG data dir."""
    if env.get("STATE_DIRECTORY"):
        return Path(env["STATE_DIRECTORY"].split(":")[0]) / "watcher.db"
    if env.get("XDG_DATA_HOME"):
        return Path(env["XDG_DATA_HOME"]) / "watcher" / "watcher.db"
    home = Path(env["HOME"]) if env.get("HOME") else Path.home()
    return home / ".local" / "share" / "watcher" / "watcher.db"

