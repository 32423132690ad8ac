"""The shared harness of the clustering-round test files: an event built from headlines the way
the tracker builds one, article by article (``add_to_event``), all published at one time."""

from __future__ import annotations

from datetime import datetime

from watcher.core.cluster import add_to_event
from watcher.core.events import EventState
from watcher.core.features import features
from watcher.core.params import Params
from watcher.models import Item


def event_of(at: datetime, status: str, *titles: str, params: Params | None = None) -> EventState:
    """An event of watch "w" with ``status``, made of articles titled ``titles`` published at
    ``at``; its title is the first."""
    p = params or Params()
    ev = EventState(id="e", title=titles[0], first_seen=at, last_seen=at)
    for i, title in enumerate(titles):
        ev.n_items += 1
        add_to_event(ev, features(Item(f"k{i}", title, "", None, "s", at), p), p)
    ev.status, ev.watches = status, ["w"]
    return ev
