"""Pooled figures over several labelled sets: alerts and status runs summed across the sets (so a
big set weighs more than a small one), B-cubed F1 averaged per set.

    python tests/data/pool.py                       # every events*.tsv here, one line
    python tests/data/pool.py 33,34 37,38           # one line per group of set numbers
    python tests/data/pool.py tuning held-out validation    # the sets' roles (README.md)
    python tests/data/pool.py tuning --errors OUT.tsv       # and every wrong alert and missed run
    python tests/data/pool.py tuning --why                  # what the missed runs came to

A set's number is the N of ``events-N.tsv`` (``events.tsv`` is 1); its watches are
``watches-N.toml`` beside it. Sets are replayed in parallel, one process per core.

``--errors`` writes one line per wrong alert (``W``: set, trigger row, alerted status, why it is
wrong, headline) and per missed run (``M``: set, first row, status, gold event, headline), so two
versions of the code can be compared with ``diff``. ``--why`` sorts the missed runs by what
became of the run's rows: no row matched its watch; none read a status; none read the run's
status; or one did and then joined an event of another gold event, joined the run's own event
without an alert (the status was already told, or waits for a second outlet), or opened a new
event without one.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from watcher import scoring

DATA = Path(__file__).resolve().parent

# The sets' roles (tests/data/README.md, "How the sets were used"): rules are decided on the
# tuning sets, checked on the validation sets at every round, and the held-out sets are scored
# only to report.
ROLES: dict[str, list[int]] = {
    "tuning": [*range(1, 45), 47, 48, 49, 50, 52, 56, *range(60, 68), *range(69, 80), 129, 130,
               133, 136, 137, 138, 139, 140, 142, 143, 144, 146, 149, 150, 151, 152, 154, 157, 160,
               161, 164, 165, 166, 170, 174, 178, 184, 190, 191, 197,
               201, 204, 208, 210, 212, 215, 217, 219, 222, 225, 227, 229, 231, 233, 235, 237, 239,
               241, 243, 245, 247, 249, 251, 253, 255],
    "held-out": [45, 46, 51, 53, 54, 55, 57, 58, 59, 68, *range(80, 122), 126, 127, 128, 131,
                 132, 134, 135, 141, 145, 147, 148, 153, 155, 156, 158, 159, 162,
                 163, 167, 168, 169, 171, 172, 173, 175, 176, 177, 179,
                 180, 181, 182, 183, 185, 186, 187, 188, 189, 192, 193, 194,
                 195, 196, 198, 199, 200, 202, 203, 205, 206, 207, 209, 211, 213, 214, 216,
                 218, 220, 221, 223, 224, 226, 228, 230, 232, 234, 236, 238, 240, 242, 244, 246,
                 248, 250, 252, 254],
    "validation": [122, 123, 124, 125],
}


def _paths(n: int) -> tuple[Path, Path]:
    suffix = "" if n == 1 else f"-{n}"
    return DATA / f"events{suffix}.tsv", DATA / f"watches{suffix}.toml"


def _numbers() -> list[int]:
    out = []
    for p in DATA.glob("events*.tsv"):
        tail = p.stem.removeprefix("events")
        out.append(1 if not tail else int(tail.lstrip("-")))
    return sorted(out)


@dataclass
class SetResult:
    number: int
    alerts: int = 0
    wrong: int = 0
    runs: int = 0
    missed: int = 0
    f1: float = 0.0
    errors: list[str] = field(default_factory=list)
    why: list[str] = field(default_factory=list)


def _why(run: scoring.Run, by_key: dict[str, scoring.Outcome],
         gold_of: dict[str, str], members: dict[str, list[str]]) -> str:
    """What became of a missed run's rows (see the module's docstring)."""
    outcomes = [by_key[r.id] for r in run.rows]
    matched = [o for o in outcomes if any(m.watch == run.watch for m in o.matches)]
    if not matched:
        return "no match"
    right = [o for o in matched if o.reading.status == run.status]
    if not right:
        if all(o.reading.status is None for o in matched):
            return "no status"
        return "another status"
    o = right[0]
    if o.new_event:
        return "read right, new event without alert"
    mates = [gold_of[k] for k in members.get(o.event_id or "", []) if k != o.item.key]
    other = sum(1 for e in mates if e != run.event)
    if other > len(mates) - other:
        return "read right, joined another event"
    return "read right, joined its event without alert"


def score_set(n: int) -> SetResult:
    data, watches = _paths(n)
    rows = scoring.load_rows(data)
    outcomes = scoring.replay([scoring.to_item(r) for r in rows], scoring.load_watches(watches))
    alerts = scoring.score_alerts(rows, outcomes)
    clusters = scoring.score_clusters(rows, outcomes)
    result = SetResult(n, len(alerts.judgements),
                       sum(1 for j in alerts.judgements if not j.correct),
                       len(alerts.runs), len(alerts.missed), clusters.f1)
    for j in alerts.judgements:
        if not j.correct:
            title = j.row.title if j.row else j.alert.item.title
            result.errors.append(f"{n}\tW\t{j.alert.item.key}\t{j.alert.event.status}\t"
                                 f"{j.reason}\t{title}")
    by_key = {o.item.key: o for o in outcomes}
    gold_of = {r.id: r.event for r in rows}
    members: dict[str, list[str]] = {}
    for o in outcomes:
        if o.event_id:
            members.setdefault(o.event_id, []).append(o.item.key)
    for run in alerts.missed:
        first = run.rows[0]
        result.errors.append(f"{n}\tM\t{first.id}\t{run.status}\t{run.event}\t{first.title}")
        result.why.append(_why(run, by_key, gold_of, members))
    return result


def pooled(numbers: list[int], results: dict[int, SetResult]) -> str:
    chosen = [results[n] for n in numbers]
    total = sum(r.alerts for r in chosen)
    wrong = sum(r.wrong for r in chosen)
    runs = sum(r.runs for r in chosen)
    missed = sum(r.missed for r in chosen)
    precision = (total - wrong) / total if total else 1.0
    recall = (runs - missed) / runs if runs else 1.0
    f1 = sum(r.f1 for r in chosen) / len(chosen)
    return (f"sets {','.join(map(str, numbers))}: alert precision {precision:.4f} "
            f"({wrong} wrong of {total}), alert recall {recall:.4f} "
            f"({missed} missed of {runs}), mean B-cubed F1 {f1:.4f}")


def _group(arg: str) -> list[int]:
    if arg in ROLES:
        return ROLES[arg]
    return [int(x) for x in arg.split(",")]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("groups", nargs="*",
                    help="comma-separated set numbers, or a role: " + ", ".join(ROLES))
    ap.add_argument("--errors", type=Path, help="write every wrong alert and missed run here")
    ap.add_argument("--why", action="store_true", help="count the missed runs by what they came to")
    args = ap.parse_args(argv)
    try:
        groups = [_group(g) for g in args.groups] or [_numbers()]
    except ValueError:
        ap.error(f"a group is set numbers (1,2,3) or one of {', '.join(ROLES)}")
    wanted = sorted({n for g in groups for n in g})
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        results = {r.number: r for r in pool.map(score_set, wanted)}
    for group in groups:
        print(pooled(group, results))
        if args.why:
            counts = Counter(w for n in group for w in results[n].why)
            for what, count in counts.most_common():
                print(f"  {count:5d} missed runs: {what}")
    if args.errors:
        args.errors.write_text("".join(line + "\n" for n in wanted for line in results[n].errors),
                               encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
