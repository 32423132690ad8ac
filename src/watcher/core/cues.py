"""Status cues (placeholder: being replaced by the full multilingual classifier)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from watcher.core.types import StatusReading


class Lexicon:
    """Cue phrases per language and status; ``read`` classifies one item's text."""

    @classmethod
    def builtin(cls) -> Lexicon:
        return cls()

    def extended(self, extra: Mapping[str, Mapping[str, Sequence[str]]]) -> Lexicon:
        return self

    def read(self, title: str, summary: str, lang: str | None) -> StatusReading:
        return StatusReading(None)
