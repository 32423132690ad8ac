"""The shared harness of the status-round and tracker test files: a lexicon that returns the
reading given per headline, so that a test exercises the state machine and the alert decisions
alone, the reading of one cue, and a keyless watch's tracker with its dated items."""

from __future__ import annotations

from datetime import datetime, timedelta

from watcher.core.cues import Lexicon
from watcher.core.tracker import Tracker
from watcher.core.types import Cue, StatusReading
from watcher.models import Item
from watcher.settings import WatchSettings


class Scripted:
    """A lexicon that returns the reading given per title (isolates the decisions)."""

    no_leads = Lexicon.builtin().no_leads  # how a headline says "no" (``named_call_off``)
    talks_nouns: tuple[str, ...] = ()  # no talks broken off but as scripted (``talks_broken_off``)

    def __init__(self, readings: dict[str, StatusReading] | None = None) -> None:
        self.readings: dict[str, StatusReading] = {} if readings is None else readings

    def read(self, title: str, summary: str, lang: str | None,
             year: int | None = None) -> StatusReading:
        return self.readings.get(title, StatusReading(None))


def said(status: str, where: str = "title", returning: bool = False) -> StatusReading:
    """A reading of ``status`` from one cue in ``where`` (a headline's, by default)."""
    cue = Cue(status, "x", where, 0, 1)  # type: ignore[arg-type]
    return StatusReading(status, 1.0, (cue,), returning)


def keyless(watch: str, readings: dict[str, StatusReading]) -> Tracker:
    """A tracker of one watch without keywords: nothing but the words joins its articles, so no
    current story pulls a headline in, and the lexicon reads each headline as ``readings`` says."""
    return Tracker([WatchSettings(watch)], lexicon=Scripted(readings))  # type: ignore[arg-type]


def dated(start: datetime, n: int, days: float, source: str, title: str, lang: str) -> Item:
    """Item ``n`` of ``source``, published ``days`` after ``start``, with a headline only."""
    return Item(key=f"k{n}", title=title, summary="", link=f"https://x/{n}", source=source,
                published=start + timedelta(days=days), lang=lang)
