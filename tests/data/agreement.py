"""How far two careful humans agree: a second annotator's blind labels scored as if they were
watcher's output, with the metrics of ``watcher.scoring``, against the first author's labels.

A second author labelled the items of a set without seeing its labels (``labels2-N.tsv``: id,
event, status, alt; event keys of their own). Their labels become the alerts an ideal reader of
those labels would send: for each of their events and each watch, in publication order, the
first item with a status opens it (``new_event``) and each item reporting another status than
the last alerted one is a ``status_change``. Those alerts, and their grouping, are scored
against the first author's labels exactly as watcher's are (``scoring.score_alerts``,
``scoring.score_clusters``), and the other way round. What two humans reach is the ceiling a
labelled figure can show: above it, a system only agrees more with one of the two.

    PYTHONPATH=src python tests/data/agreement.py            # every set with a labels2 file
    PYTHONPATH=src python tests/data/agreement.py 179 182    # some of them
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from watcher import scoring

HERE = Path(__file__).resolve().parent


def second_labels(path: Path) -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """id -> (event, status, alt) of a ``labels2`` file."""
    out: dict[str, tuple[str, str, tuple[str, ...]]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        if header[:3] != ["id", "event", "status"]:
            raise ValueError(f"{path}:1: expected columns id, event, status[, alt]")
        for lineno, fields in enumerate(reader, start=2):
            if not fields:
                continue
            alt = tuple(a.strip() for a in (fields[3] if len(fields) > 3 else "").split(",")
                        if a.strip())
            for status in (fields[2], *alt):
                if status not in scoring.LABELS:
                    raise ValueError(f"{path}:{lineno}: unknown status {status!r}")
            out[fields[0]] = (fields[1], fields[2], alt)
    return out


def relabelled(rows: list[scoring.Row], labels: dict[str, tuple[str, str, tuple[str, ...]]],
               ) -> list[scoring.Row]:
    """``rows`` with the second author's event and status. A row they put in an event keeps the
    first author's watch (the watch is the keyword's, not a judgement); one the first author
    left out takes the watch most of its new event's rows have."""
    missing = [r.id for r in rows if r.id not in labels]
    if missing:
        raise ValueError(f"no second label for {len(missing)} rows, e.g. {missing[:3]}")
    watches: dict[str, Counter[str]] = {}
    for r in rows:
        event = labels[r.id][0]
        if event != scoring.NO_EVENT and r.watch != scoring.NO_EVENT:
            watches.setdefault(event, Counter())[r.watch] += 1
    out = []
    for r in rows:
        event, status, alt = labels[r.id]
        if event == scoring.NO_EVENT or not watches.get(event):
            out.append(replace(r, event=scoring.NO_EVENT, watch=scoring.NO_EVENT,
                               status="none", alt=()))
            continue
        watch = r.watch if r.watch != scoring.NO_EVENT else watches[event].most_common(1)[0][0]
        out.append(replace(r, event=event, watch=watch, status=status, alt=alt))
    return out


@dataclass
class Agreement:
    precision: float
    recall: float
    bcubed: float
    alerts: int
    wrong: int
    runs: int
    missed: int


def ideal_outcomes(rows: list[scoring.Row]) -> list[Any]:
    """The outcomes an ideal reader of ``rows``' labels would produce, in arrival order."""
    last: dict[tuple[str, str], str] = {}
    outcomes = []
    for r in sorted(rows, key=lambda r: (r.published, r.id)):
        item = scoring.to_item(r)
        alerts = []
        if r.in_event and r.status != "none":
            key = (r.event, r.watch)
            if last.get(key) != r.status:
                kind = "status_change" if key in last else "new_event"
                last[key] = r.status
                alerts.append(SimpleNamespace(item=item, watch=r.watch, kind=kind,
                                              event=SimpleNamespace(status=r.status)))
        outcomes.append(SimpleNamespace(item=item, alerts=alerts,
                                        event_id=r.event if r.in_event else None))
    return outcomes


def _scored(gold: list[scoring.Row], outcomes: list[Any]) -> Agreement:
    """``outcomes`` scored against ``gold``: alerts and grouping, as ``score.py`` does."""
    alerts = scoring.score_alerts(gold, outcomes)
    clusters = scoring.score_clusters(gold, outcomes)
    wrong = sum(not j.correct for j in alerts.judgements)
    return Agreement(alerts.precision, alerts.recall, clusters.f1, len(alerts.judgements), wrong,
                     len(alerts.runs), len(alerts.missed))


def agree(gold: list[scoring.Row], other: list[scoring.Row]) -> Agreement:
    """``other``'s ideal alerts and grouping scored against ``gold``."""
    return _scored(gold, ideal_outcomes(other))


def watcher_agreement(rows: list[scoring.Row], watches: Any) -> Agreement:
    """watcher's own figures on the same rows (its replay, as ``score.py`` and ``pool.py``)."""
    return _scored(rows, scoring.replay([scoring.to_item(r) for r in rows], watches))


def _cell(a: Agreement) -> str:
    return f"{a.precision:.3f} / {a.recall:.3f} / {a.bcubed:.3f}"


def _pooled(parts: list[Agreement]) -> str:
    alerts, wrong = sum(a.alerts for a in parts), sum(a.wrong for a in parts)
    runs, missed = sum(a.runs for a in parts), sum(a.missed for a in parts)
    return (f"{1 - wrong / max(1, alerts):.3f} ({wrong} of {alerts}) / "
            f"{1 - missed / max(1, runs):.3f} ({missed} of {runs}) / "
            f"{sum(a.bcubed for a in parts) / len(parts):.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", type=int)
    args = ap.parse_args(argv)
    sets = args.sets or sorted(int(p.stem.split("-")[1]) for p in HERE.glob("labels2-*.tsv"))
    columns: list[list[Agreement]] = [[], [], []]
    print("precision / recall / B-cubed F1 against the first author's labels\n")
    print("| set | second author | first vs second's labels | watcher |")
    print("|---|---|---|---|")
    for n in sets:
        rows = scoring.load_rows(HERE / f"events-{n}.tsv")
        second = relabelled(rows, second_labels(HERE / f"labels2-{n}.tsv"))
        found = (agree(rows, second), agree(second, rows),
                 watcher_agreement(rows, scoring.load_watches(HERE / f"watches-{n}.toml")))
        for column, a in zip(columns, found, strict=True):
            column.append(a)
        print(f"| {n} | " + " | ".join(_cell(a) for a in found) + " |")
    if len(sets) > 1:
        print("| pooled (wrong of alerts, missed of runs; mean B-cubed) | "
              + " | ".join(_pooled(c) for c in columns) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
