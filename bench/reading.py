"""What reading an article's status costs: ``Lexicon.read`` over every labelled article.

A benchmark, not a test (the machine is shared: timings belong here, with medians of repeats,
not in assertions). The articles are the labelled sets of ``tests/data`` (English, German and
French headlines with one or two sentences), read as the tracker reads a matched item.

    python bench/reading.py            # median and p90 microseconds per article, per language
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from watcher.core.cues import Lexicon  # noqa: E402
from watcher.scoring import load_rows  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="timed passes (the best is kept)")
    args = ap.parse_args()
    rows = [r for path in sorted((ROOT / "tests" / "data").glob("events*.tsv"))
            for r in load_rows(path)]
    lexicon = Lexicon.builtin()
    for r in rows:  # warm the per-word caches, as a running daemon has them
        lexicon.read(r.title, r.summary, r.lang)
    best = [float("inf")] * len(rows)
    for _ in range(args.repeat):
        for i, r in enumerate(rows):
            t0 = time.perf_counter()
            lexicon.read(r.title, r.summary, r.lang)
            best[i] = min(best[i], (time.perf_counter() - t0) * 1e6)
    by_lang: dict[str, list[float]] = {}
    for r, t in zip(rows, best, strict=True):
        by_lang.setdefault(r.lang or "?", []).append(t)
    every = [t for ts in by_lang.values() for t in ts]
    print(f"{len(rows)} articles, best of {args.repeat} passes, microseconds per read")
    for lang, ts in [*sorted(by_lang.items()), ("all", every)]:
        ts.sort()
        print(f"  {lang:4s} n={len(ts):5d}  median {statistics.median(ts):6.0f}"
              f"  p90 {ts[int(len(ts) * 0.9)]:6.0f}")


if __name__ == "__main__":
    main()
