"""Score matching quality against labelled data (DESIGN.md, "Labelled data").

A labelled file is a TSV with the columns ``id, event, watch, status, alt, published, lang, outlet,
title, summary`` and optionally ``split``. We replay its rows, in published order, through the
pure tracker and compare what it decided with the labels:

* **Alert precision**: an alert is *correct* when its trigger item belongs to a gold event of the
  alert's watch, its status is allowed for that item (``status`` or one of ``alt``), and it does
  not repeat the status last alerted for that gold event and watch. Correct alerts over all alerts.
  The repeat rule is checked per *gold* event, so a gold event split into two predicted events,
  whose second half announces itself again with the same status, costs precision: the user sees
  the same news twice.
* **Alert recall**: rows of a gold event, in published order, form *runs* of equal ``status``
  (rows with status ``none`` carry no news; they neither form nor break runs). A run is recalled
  when a correct alert of the event's watch was triggered by one of its rows. Recalled runs over
  all runs.
* **B-cubed** precision/recall/F1 of items over events. Gold cluster = the ``event`` column; an
  item the tracker did not cluster (``event_id`` None) is a predicted singleton. Rows with
  ``event = -`` are gold singletons; when the tracker also left them unclustered they are trivial
  true negatives and are left out, so that easy negatives cannot inflate the score. A ``-`` row the
  tracker *did* cluster stays in and costs precision.

Status ``unknown`` (a new event without a status cue yet) is allowed exactly where ``none`` is:
an article about the event that carries no status. So a keyword-matching article about another
topic, labelled as its own gold event with status ``none``, may raise a ``new_event - unknown``
alert without cost; an announcement labelled ``planned`` must be alerted as ``planned``.

Everything here is pure apart from reading the given files, so that ``tests/data/score.py``, the
quality test and ``watcher`` itself can share it.
"""

from __future__ import annotations

import csv
import random
import tomllib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from watcher.core.types import UNKNOWN, AlertIntent, Outcome
from watcher.models import Item
from watcher.settings import WatchSettings

COLUMNS: tuple[str, ...] = (
    "id", "event", "watch", "status", "alt", "published", "lang", "outlet", "title", "summary",
)
LABELS: frozenset[str] = frozenset({"planned", "postponed", "cancelled", "held", "none"})
NO_EVENT = "-"


@dataclass(frozen=True, slots=True)
class Row:
    """One labelled article. ``alt`` holds the other acceptable statuses; ``split`` is ``""``
    for files without that column (the dev timeline)."""

    id: str
    event: str
    watch: str
    status: str
    alt: tuple[str, ...]
    published: datetime
    lang: str
    outlet: str
    title: str
    summary: str
    split: str = ""

    @property
    def allowed(self) -> frozenset[str]:
        """Statuses an alert triggered by this row may carry (``none`` admits ``unknown``)."""
        allowed = {self.status, *self.alt}
        if "none" in allowed:
            allowed.add(UNKNOWN)
        return frozenset(allowed)

    @property
    def in_event(self) -> bool:
        return self.event != NO_EVENT


def _parse_time(text: str, where: str) -> datetime:
    try:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as err:
        raise ValueError(f"{where}: bad published time {text!r}") from err
    if dt.tzinfo is None:
        raise ValueError(f"{where}: published time {text!r} has no timezone")
    return dt.astimezone(UTC)


def load_rows(path: str | Path) -> list[Row]:
    """Read a labelled TSV; raise ValueError naming file and line on any malformed row, because a
    silently skipped label would make every figure computed from it wrong."""
    path = Path(path)
    rows: list[Row] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header is None or tuple(header[: len(COLUMNS)]) != COLUMNS:
            raise ValueError(f"{path}:1: expected columns {', '.join(COLUMNS)}[, split]")
        has_split = len(header) > len(COLUMNS) and header[len(COLUMNS)] == "split"
        width = len(COLUMNS) + (1 if has_split else 0)
        for lineno, fields in enumerate(reader, start=2):
            if not fields or all(not f.strip() for f in fields):
                continue
            where = f"{path}:{lineno}"
            if len(fields) != width:
                raise ValueError(f"{where}: {len(fields)} fields, expected {width}")
            rec = dict(zip(header, fields, strict=True))
            alt = tuple(a.strip() for a in rec["alt"].split(",") if a.strip())
            for status in (rec["status"], *alt):
                if status not in LABELS:
                    raise ValueError(f"{where}: unknown status {status!r}")
            if rec["id"] in seen:
                raise ValueError(f"{where}: duplicate id {rec['id']!r}")
            seen.add(rec["id"])
            if (rec["event"] == NO_EVENT) != (rec["watch"] == NO_EVENT):
                raise ValueError(f"{where}: event and watch must both be '-' or both be set")
            if rec["event"] == NO_EVENT and rec["status"] != "none":
                raise ValueError(f"{where}: a row outside any event must have status none")
            split = rec.get("split", "") if has_split else ""
            if has_split and split not in ("tune", "test"):
                raise ValueError(f"{where}: split must be tune or test, not {split!r}")
            rows.append(Row(
                id=rec["id"], event=rec["event"], watch=rec["watch"], status=rec["status"],
                alt=alt, published=_parse_time(rec["published"], where), lang=rec["lang"],
                outlet=rec["outlet"], title=rec["title"], summary=rec["summary"], split=split,
            ))
    return rows


def load_watches(path: str | Path) -> tuple[WatchSettings, ...]:
    """Read the ``[[watch]]`` tables of a small TOML file (name, keywords, require, exclude,
    min_sources, alert_on). Other keys are rejected so that a typo does not silently score a
    different watch than the one written."""
    path = Path(path)
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    known = {"name", "keywords", "require", "exclude", "min_sources", "alert_on"}
    watches: list[WatchSettings] = []
    for n, table in enumerate(data.get("watch", []), start=1):
        unknown = set(table) - known
        if unknown or "name" not in table:
            raise ValueError(f"{path}: watch #{n}: unknown keys {sorted(unknown)} or no name")
        kwargs: dict[str, Any] = {"name": str(table["name"])}
        for key in ("keywords", "require", "exclude"):
            kwargs[key] = tuple(str(k) for k in table.get(key, ()))
        if "min_sources" in table:
            kwargs["min_sources"] = int(table["min_sources"])
        if "alert_on" in table:
            kwargs["alert_on"] = frozenset(str(a) for a in table["alert_on"])
        watches.append(WatchSettings(**kwargs))
    return tuple(watches)


def to_item(row: Row) -> Item:
    """The item a feed would have delivered for this row (the outlet stands for the source)."""
    return Item(
        key=row.id, title=row.title, summary=row.summary, link=f"urn:row:{row.id}",
        source=row.outlet, published=row.published, feed_url="", lang=row.lang or None,
    )


def arrival_order(items: Iterable[Item], burst_days: float | None = None,
                  seed: int = 0) -> list[Item]:
    """``items`` in the order a tracker would read them: by publication time, or, with
    ``burst_days``, in bursts, as at a daemon's first start or its catch-up after being down:
    the stream is cut into windows of ``burst_days`` from its first item, and within a window
    the outlets are read one after another (in an order shuffled by ``seed``), each with its
    items of the window in publication order. An event's later news then often comes in
    before its earlier news; how much that costs is what the bursts measure."""
    if burst_days is None:
        return sorted(items, key=lambda it: (it.published, it.key))
    if burst_days <= 0:
        raise ValueError(f"burst_days must be positive, got {burst_days}")
    items = list(items)
    if not items:
        return []
    outlets = sorted({it.source for it in items})
    random.Random(seed).shuffle(outlets)
    rank = {o: i for i, o in enumerate(outlets)}
    t0 = min(it.published for it in items)
    span = burst_days * 86400

    def key(it: Item) -> tuple[int, int, datetime, str]:
        window = int((it.published - t0).total_seconds() // span)
        return window, rank[it.source], it.published, it.key

    return sorted(items, key=key)


def replay(
    items: Iterable[Item], watches: Sequence[WatchSettings], lexicon: Any = None,
    params: Any = None, *, burst_days: float | None = None, seed: int = 0,
) -> list[Outcome]:
    """Feed ``items`` to a fresh tracker in :func:`arrival_order` (published order unless
    ``burst_days``), each at its own publication time, all alertable (the labels describe what
    a user watching live would have wanted; in bursts only the clustering figures mean much,
    since the alert metrics assume live order)."""
    from watcher.core.tracker import Tracker  # imported late: the metrics do not need it

    tracker = Tracker(tuple(watches), lexicon=lexicon, params=params)
    ordered = arrival_order(items, burst_days, seed)
    return [tracker.process(item, item.published, alertable=True) for item in ordered]


# --------------------------------------------------------------------------- metrics


@dataclass(frozen=True, slots=True)
class AlertJudgement:
    """One alert and why it counts as correct or not (``reason`` empty when correct)."""

    alert: AlertIntent
    row: Row | None
    reason: str

    @property
    def correct(self) -> bool:
        return not self.reason


@dataclass(frozen=True, slots=True)
class Run:
    """Consecutive rows of one gold event with the same status."""

    event: str
    watch: str
    status: str
    rows: tuple[Row, ...]


@dataclass(slots=True)
class AlertScore:
    judgements: list[AlertJudgement] = field(default_factory=list)
    runs: list[Run] = field(default_factory=list)
    recalled: list[Run] = field(default_factory=list)
    missed: list[Run] = field(default_factory=list)

    @property
    def precision(self) -> float:
        # No alert at all is vacuously precise; recall then reports the failure.
        if not self.judgements:
            return 1.0
        return sum(j.correct for j in self.judgements) / len(self.judgements)

    @property
    def recall(self) -> float:
        return len(self.recalled) / len(self.runs) if self.runs else 1.0


def status_runs(rows: Iterable[Row]) -> list[Run]:
    """Runs of equal status per gold event in published order; ``none`` rows are skipped."""
    by_event: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        if row.in_event:
            by_event[row.event].append(row)
    runs: list[Run] = []
    for event, members in by_event.items():
        current: list[Row] = []
        for row in sorted(members, key=lambda r: (r.published, r.id)):
            if row.status == "none":
                continue
            if current and current[-1].status != row.status:
                runs.append(Run(event, current[0].watch, current[0].status, tuple(current)))
                current = []
            current.append(row)
        if current:
            runs.append(Run(event, current[0].watch, current[0].status, tuple(current)))
    return runs


def score_alerts(rows: Sequence[Row], outcomes: Iterable[Outcome]) -> AlertScore:
    """Judge every alert of ``outcomes`` (in the order given, which must be processing order) and
    find the runs they recall."""
    by_id = {row.id: row for row in rows}
    last: dict[tuple[str, str], str] = {}  # (watch, gold event) -> status last alerted
    score = AlertScore()
    hit_rows: set[tuple[str, str]] = set()  # (watch, row id) of correct alerts
    for outcome in outcomes:
        for alert in outcome.alerts:
            row = by_id.get(alert.item.key)
            status = alert.event.status
            if row is None:
                reason = "trigger item is not in the labelled data"
            elif not row.in_event:
                reason = "trigger item belongs to no gold event"
            elif row.watch != alert.watch:
                reason = f"trigger item belongs to watch {row.watch!r}"
            elif status not in row.allowed:
                reason = f"status {status} not in {'/'.join(sorted(row.allowed))}"
            elif last.get((alert.watch, row.event)) == status:
                reason = f"repeats {status} already alerted for {row.event}"
            else:
                reason = ""
            if row is not None and row.in_event and row.watch == alert.watch:
                # what the user now believes about this gold event, right or wrong
                last[(alert.watch, row.event)] = status
            score.judgements.append(AlertJudgement(alert, row, reason))
            if not reason and row is not None:
                hit_rows.add((alert.watch, row.id))
    score.runs = status_runs(rows)
    for run in score.runs:
        if any((run.watch, r.id) in hit_rows for r in run.rows):
            score.recalled.append(run)
        else:
            score.missed.append(run)
    return score


def bcubed(gold: Mapping[str, str], pred: Mapping[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of the items in ``gold`` (item -> gold cluster) given
    ``pred`` (item -> predicted cluster; every item of ``gold`` must be in it)."""
    if not gold:
        return 1.0, 1.0, 1.0
    gold_members: dict[str, set[str]] = defaultdict(set)
    pred_members: dict[str, set[str]] = defaultdict(set)
    for item, cluster in gold.items():
        gold_members[cluster].add(item)
        pred_members[pred[item]].add(item)
    p_sum = r_sum = 0.0
    for item in gold:
        g = gold_members[gold[item]]
        p = pred_members[pred[item]]
        both = len(g & p)
        p_sum += both / len(p)
        r_sum += both / len(g)
    precision, recall = p_sum / len(gold), r_sum / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


@dataclass(slots=True)
class ClusterScore:
    precision: float
    recall: float
    f1: float
    split: dict[str, list[list[str]]]  # gold event -> its row ids grouped by predicted cluster
    merged: dict[str, list[str]]  # predicted event -> gold events (``-:id`` for negatives) in it


def score_clusters(rows: Sequence[Row], outcomes: Iterable[Outcome]) -> ClusterScore:
    """B-cubed of items over events, with the split and merged clusters for ``-v``."""
    predicted = {o.item.key: o.event_id for o in outcomes}
    gold: dict[str, str] = {}
    pred: dict[str, str] = {}
    for row in rows:
        event_id = predicted.get(row.id)
        if not row.in_event and event_id is None:
            continue  # trivial true negative: left out (see the module docstring)
        gold[row.id] = row.event if row.in_event else f"-:{row.id}"
        pred[row.id] = event_id if event_id is not None else f"(none):{row.id}"
    precision, recall, f1 = bcubed(gold, pred)
    groups: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    members: dict[str, set[str]] = defaultdict(set)
    for item, g in gold.items():
        groups[g][pred[item]].append(item)
        members[pred[item]].add(g)
    split = {g: list(parts.values()) for g, parts in groups.items() if len(parts) > 1}
    merged = {p: sorted(gs) for p, gs in members.items() if len(gs) > 1}
    return ClusterScore(precision, recall, f1, split, merged)


@dataclass(slots=True)
class Report:
    """All figures for one data set (or one split of it)."""

    name: str
    rows: int
    alerts: AlertScore
    clusters: ClusterScore

    def figures(self) -> dict[str, float | int | str]:
        return {
            "name": self.name,
            "rows": self.rows,
            "alerts": len(self.alerts.judgements),
            "runs": len(self.alerts.runs),
            "alert_precision": round(self.alerts.precision, 4),
            "alert_recall": round(self.alerts.recall, 4),
            "bcubed_precision": round(self.clusters.precision, 4),
            "bcubed_recall": round(self.clusters.recall, 4),
            "bcubed_f1": round(self.clusters.f1, 4),
        }


def evaluate(
    name: str, rows: Sequence[Row], watches: Sequence[WatchSettings], *, split: str = "all",
    lexicon: Any = None, params: Any = None, burst_days: float | None = None, seed: int = 0,
) -> Report:
    """Replay the rows of ``split`` (``all``, ``tune`` or ``test``; files without a split column
    always use all rows) on their own - a split is self-contained, so test figures never depend on
    tuning rows - and score them. ``burst_days`` and ``seed``: as in :func:`arrival_order`."""
    chosen = [r for r in rows if split == "all" or not r.split or r.split == split]
    outcomes = replay([to_item(r) for r in chosen], watches, lexicon=lexicon, params=params,
                      burst_days=burst_days, seed=seed)
    return Report(name, len(chosen), score_alerts(chosen, outcomes),
                  score_clusters(chosen, outcomes))
