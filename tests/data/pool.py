"""Pooled figures over several labelled sets: alerts and status runs summed across the sets (so a
big set weighs more than a small one), B-cubed F1 averaged per set.

    python tests/data/pool.py                  # every events*.tsv here, one line
    python tests/data/pool.py 33,34 37,38      # one line per group of set numbers

A set's number is the N of ``events-N.tsv`` (``events.tsv`` is 1); its watches are
``watches-N.toml`` beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from watcher import scoring

DATA = Path(__file__).resolve().parent


def _paths(n: int) -> tuple[Path, Path]:
    suffix = "" if n == 1 else f"-{n}"
    return DATA / f"events{suffix}.tsv", DATA / f"watches{suffix}.toml"


def _numbers() -> list[int]:
    out = []
    for p in DATA.glob("events*.tsv"):
        tail = p.stem.removeprefix("events")
        out.append(1 if not tail else int(tail.lstrip("-")))
    return sorted(out)


def pooled(numbers: list[int]) -> str:
    ok = total = runs = missed = 0
    f1 = []
    for n in numbers:
        data, watches = _paths(n)
        report = scoring.evaluate(data.stem, scoring.load_rows(data),
                                  scoring.load_watches(watches))
        ok += sum(1 for j in report.alerts.judgements if j.correct)
        total += len(report.alerts.judgements)
        runs += len(report.alerts.runs)
        missed += len(report.alerts.missed)
        f1.append(report.clusters.f1)
    return (f"sets {','.join(map(str, numbers))}: alert precision {ok / total:.4f} "
            f"({total - ok} wrong of {total}), alert recall {(runs - missed) / runs:.4f} "
            f"({missed} missed of {runs}), mean B-cubed F1 {sum(f1) / len(f1):.4f}")


def main(argv: list[str]) -> int:
    groups = [[int(x) for x in arg.split(",")] for arg in argv] or [_numbers()]
    for group in groups:
        print(pooled(group))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
