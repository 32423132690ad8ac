"""Renamed watches: the poller's record of its watches, and the rename of their events.

A watch's name is what its events' alert state is kept under (``EventState.watch_state``: the
status last told, whether its new event is still owed). Renamed, a watch would start afresh: the
next change of an event it had announced came as a second "new event", not a status change (a
user's review). The poller keeps the watches it ran with, by name, with what each matches (its
*signature*: keywords, require, exclude, feeds); at the next start or reload, a name gone from
the configuration whose signature is now under exactly one new name is that watch renamed, and
its events are renamed with it. A mixin of :class:`~watcher.store.sqlite.SQLiteStore`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager

from watcher.core.events import EventState
from watcher.settings import WatchSettings
from watcher.store.rows import decode, event_columns, json_at


def signature(watch: WatchSettings) -> str:
    """What ``watch`` matches, as text: two watches with one signature take the same items."""
    return json.dumps([list(watch.keywords), list(watch.require), list(watch.exclude),
                       sorted(watch.feeds)], ensure_ascii=False)


def renames(before: Mapping[str, str], now: Mapping[str, str]) -> dict[str, str]:
    """Old name -> new name: each name of ``before`` (name -> signature) gone from ``now``
    whose signature exactly one new name of ``now`` has (and no other gone name shares)."""
    gone = {n: s for n, s in before.items() if n not in now}
    new = {n: s for n, s in now.items() if n not in before}
    out = {}
    for name, sig in gone.items():
        heirs = [n for n, s in new.items() if s == sig]
        if len(heirs) == 1 and sum(s == sig for s in gone.values()) == 1:
            out[name] = heirs[0]
    return out


class WatchNames:
    """``sync_watches``: the rename of watches across a restart or a reload."""

    _db: sqlite3.Connection
    path: str

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:  # by SQLiteStore
        raise NotImplementedError

    def sync_watches(self, watches: Sequence[WatchSettings]) -> dict[str, str]:
        """Record ``watches`` as the poller's; rename the events of the watches renamed since
        the last record (:func:`renames`), and return those renames (old -> new name)."""
        now = {w.name: signature(w) for w in watches}
        before = dict(self._db.execute("SELECT name, signature FROM watch_names").fetchall())
        if before == now:
            return {}
        found = renames(before, now)
        with self.transaction() as db:
            for old, new in found.items():
                rows = db.execute("SELECT id, state FROM events WHERE watches LIKE ?",
                                  (f"%{json.dumps(old)}%",)).fetchall()
                for event_id, ev in decode(self.path, "events", "id", rows, lambda r: (
                        r["id"], EventState.from_dict(json_at(r, "state")))):
                    if old not in ev.watches:
                        continue  # the name was only part of another one
                    ev.rename_watch(old, new)  # as the tracker renames it in a reload
                    state = ev.to_dict()
                    db.execute("UPDATE events SET watches = ?, state = ? WHERE id = ?",
                               (event_columns(state)[5],
                                json.dumps(state, separators=(",", ":")), event_id))
            db.execute("DELETE FROM watch_names")
            db.executemany("INSERT INTO watch_names (name, signature) VALUES (?, ?)",
                           sorted(now.items()))
        return found
