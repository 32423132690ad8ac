"""What a feed poll and a round of polls report: never an exception for a feed's problems.

``FeedResult`` is one poll's outcome (reader's ``UpdateResult``); ``CycleSummary`` is what
``watcher once`` prints after a batch of polls, and ``CycleStats`` what the daemon logs (and
tells systemd in ``STATUS=``) since its last summary line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from watcher.durations import format_count


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
    unstored: bool = False  # the database refused this poll's writes (locked, disk full)


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

    @property
    def unstored(self) -> int:
        """Polls the database refused to store (locked by another writer, disk full)."""
        return sum(1 for r in self.results if r.unstored)

    def __str__(self) -> str:
        return summary_line(self.feeds, self.not_modified, self.new_items, self.alerts,
                            self.errors, self.seconds)


class FeedResultLike(Protocol):
    url: str
    new_items: int
    not_modified: bool
    error: str | None
    next_due: datetime | None
    alerts: int
    skipped: str | None  # e.g. "disabled: 410 Gone": nothing was fetched


@dataclass(slots=True)
class CycleStats:
    """What happened since the last summary line."""

    polled: int = 0
    not_modified: int = 0
    new_items: int = 0
    alerts: int = 0
    errors: int = 0
    # when each poll ran (monotonic seconds): the line gives the time they took together, not
    # their sum (a user's review: 150 feeds waiting on a database another program had locked
    # for 100 s were logged as "9027.0 s")
    spans: list[tuple[float, float]] = field(default_factory=list)

    @property
    def busy(self) -> float:
        """Seconds during which at least one poll ran (overlapping polls counted once)."""
        total, reach = 0.0, float("-inf")
        for start, end in sorted(self.spans):
            if end > reach:
                total += end - max(start, reach)
                reach = end
        return total

    def add(self, result: FeedResultLike | None, started: float, ended: float) -> None:
        self.polled += 1
        self.spans.append((started, ended))
        if result is None:  # the poll itself crashed
            self.errors += 1
            return
        self.not_modified += bool(result.not_modified)
        self.new_items += result.new_items
        self.alerts += result.alerts
        self.errors += result.error is not None

    def line(self) -> str:
        return summary_line(self.polled, self.not_modified, self.new_items, self.alerts,
                            self.errors, self.busy)


def summary_line(polled: int, not_modified: int, new_items: int, alerts: int, errors: int,
                 seconds: float) -> str:
    """The summary of some polls: ``watcher once``'s (CycleSummary) and the daemon's
    (CycleStats) have one shape."""
    return (f"{format_count(polled, 'feed')} polled, {not_modified} not modified, "
            f"{format_count(new_items, 'new item')}, {format_count(alerts, 'alert')}, "
            f"{format_count(errors, 'error')}, {seconds:.1f} s")
