#!/usr/bin/env python3
"""Score watcher's matching quality on the labelled data (DESIGN.md, "Labelled data").

    python tests/data/score.py [--split tune|test|all] [--data FILE] [--watches FILE]
                               [--bursts DAYS [--seed N]] [--json] [-v]

Replays each labelled stream through the tracker and prints alert precision, alert recall and
B-cubed precision/recall/F1 for two data sets:

* ``dev``: ``../shared/data/dev-timeline.tsv`` beside the checkout, with ``dev-watches.toml``
  (skipped with a message when the file is missing; it has no split, so all rows always count);
* ``own``: ``events.tsv`` with ``watches.toml`` from this folder (or ``--data``/``--watches``),
  restricted to ``--split`` (default ``test``: tune on ``tune``, report on ``test``).

``--bursts DAYS`` reads the stream as a daemon does at its first start or after being down: in
windows of DAYS, outlet after outlet (``scoring.arrival_order``; ``--seed`` shuffles the outlets).
Only the B-cubed figures mean much then: the alert metrics assume news read as it appears.

``-v`` lists every wrong alert, missed status run and split or merged cluster. The exit status is
always 0: this script reports; the quality bars are asserted by a test.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
try:
    from watcher import scoring
except ImportError:  # run from a checkout without an installed package
    sys.path.insert(0, str(HERE.parents[1] / "src"))
    from watcher import scoring

DEV_TIMELINE = Path(__file__).resolve().parents[3] / "shared/data/dev-timeline.tsv"
BARS = {"alert_precision": 0.95, "alert_recall": 0.90, "bcubed_f1": 0.90}


def _details(report: scoring.Report) -> list[str]:
    """The errors behind the figures, one line each, for tuning by hand."""
    lines: list[str] = []
    for j in report.alerts.judgements:
        if j.correct:
            continue
        a = j.alert
        label = f"{j.row.event}/{j.row.status}" if j.row else "?"
        lines.append(
            f"  wrong alert  {a.watch:10} {a.kind:13} {a.event.previous_status or '-'}>"
            f"{a.event.status:9} item {a.item.key} (gold {label}): {j.reason}"
            f"\n               {a.item.title}"
        )
    for run in report.alerts.missed:
        ids = ",".join(r.id for r in run.rows)
        lines.append(f"  missed run   {run.watch:10} {run.event} {run.status} [{ids}]")
    for gold, parts in sorted(report.clusters.split.items()):
        groups = " | ".join(",".join(p) for p in parts)
        lines.append(f"  split        {gold}: {groups}")
    for pred, golds in sorted(report.clusters.merged.items()):
        lines.append(f"  merged       event {pred}: {', '.join(golds)}")
    return lines


def _line(fig: dict[str, float | int | str]) -> str:
    def mark(key: str) -> str:
        value = float(fig[key])
        return f"{value:.3f}{'' if value >= BARS.get(key, 0) else '!'}"

    return (
        f"{fig['name']:<12} rows {fig['rows']:>4}  alerts {fig['alerts']:>4}  "
        f"runs {fig['runs']:>4}  "
        f"precision {mark('alert_precision')}  recall {mark('alert_recall')}  "
        f"B3 P/R/F1 {fig['bcubed_precision']:.3f}/{fig['bcubed_recall']:.3f}/"
        f"{mark('bcubed_f1')}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("tune", "test", "all"), default="test")
    parser.add_argument("--data", type=Path, default=HERE / "events.tsv")
    parser.add_argument("--watches", type=Path, default=HERE / "watches.toml")
    parser.add_argument("--bursts", type=float, metavar="DAYS",
                        help="read outlet after outlet in windows of DAYS (a first start)")
    parser.add_argument("--seed", type=int, default=1, help="the outlets' order in --bursts")
    parser.add_argument("--json", action="store_true", help="one JSON array of figures")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every error")
    args = parser.parse_args(argv)

    sets: list[tuple[str, Path, Path, str]] = []
    if DEV_TIMELINE.is_file():
        sets.append(("dev", DEV_TIMELINE, HERE / "dev-watches.toml", "all"))
    else:
        print(f"skipping dev timeline: {DEV_TIMELINE} not found", file=sys.stderr)
    sets.append((f"own:{args.split}", args.data, args.watches, args.split))

    figures: list[dict[str, float | int | str]] = []
    for name, data, watches_path, split in sets:
        try:
            rows = scoring.load_rows(data)
            watches = scoring.load_watches(watches_path)
            report = scoring.evaluate(name, rows, watches, split=split,
                                      burst_days=args.bursts, seed=args.seed)
        except ImportError as err:
            print(f"{name}: cannot replay, the tracker is not available ({err})", file=sys.stderr)
            continue
        except (OSError, ValueError) as err:
            print(f"{name}: {err}", file=sys.stderr)
            continue
        fig = report.figures()
        figures.append(fig)
        if not args.json:
            print(_line(fig))
            if args.verbose:
                print("\n".join(_details(report)) or "  no errors")
    if args.json:
        print(json.dumps(figures, indent=2))
    elif figures:
        bars = ", ".join(f"{k} >= {v}" for k, v in BARS.items())
        print(f"(! marks a figure below its bar: {bars})")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # "| head": the reader has what it wanted
        sys.stderr.close()
        sys.exit(141)
