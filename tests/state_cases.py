"""The shared harness of the status-round and tracker test files: a lexicon that returns the
reading given per headline, so that a test exercises the state machine and the alert decisions
alone, and the reading of one cue."""

from __future__ import annotations

from watcher.core.types import Cue, StatusReading


class Scripted:
    """A lexicon that returns the reading given per title (isolates the decisions)."""

    def __init__(self, readings: dict[str, StatusReading] | None = None) -> None:
        self.readings: dict[str, StatusReading] = {} if readings is None else readings

    def read(self, title: str, summary: str, lang: str | None) -> StatusReading:
        return self.readings.get(title, StatusReading(None))


def said(status: str, where: str = "title", returning: bool = False) -> StatusReading:
    """A reading of ``status`` from one cue in ``where`` (a headline's, by default)."""
    cue = Cue(status, "x", where, 0, 1)  # type: ignore[arg-type]
    return StatusReading(status, 1.0, (cue,), returning)
