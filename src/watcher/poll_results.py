"""What a feed poll and a round of polls report: never an exception for a feed's problems.

``FeedResult`` is one poll's outcome (reader's ``UpdateResult``); ``CycleSummary`` is what
``watcher once`` prints and the daemon logs after a batch of polls.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(slots=True)
class FeedResult:
    """The outcome of one feed poll (reader's ``UpdateResult``): never an exception."""

    url: str
    name: str
    new_items: int = 0
    not_modified: bool = False
    error: str | None = None
    warning: str | None = None
    alerts: int = 0
    next_due: datetime | None = None
    skipped: str | None = None  # e.g. "disabled: 410 Gone"


@dataclass(slots=True)
class CycleSummary:
    """What ``watcher once`` prints and the daemon logs after a batch of polls."""

    results: list[FeedResult] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def feeds(self) -> int:
        return sum(1 for r in self.results if r.skipped is None)

    @property
    def not_modified(self) -> int:
        return sum(1 for r in self.results if r.not_modified)

    @property
    def new_items(self) -> int:
        return sum(r.new_items for r in self.results)

    @property
    def errors(self) -> int:
        return sum(1 for r in self.results if r.error)

    @property
    def alerts(self) -> int:
        return sum(r.alerts for r in self.results)

    def __str__(self) -> str:
        return (
            f"{self.feeds} feeds polled, {self.not_modified} not modified, "
            f"{self.new_items} new items, {self.alerts} alerts, {self.errors} errors, "
            f"{self.seconds:.1f} s"
        )
