"""Run one contender in this (fresh) process and print its measurement as one JSON line.

Why a process per contender: peak RSS is a per-process high-water mark and imports, caches and
pools of one contender must not help or hurt the next. The runner starts

    python bench/measure.py CONTENDER --base URL --corpus DIR --state DIR --scenario cold

and reads the last stdout line. The contender's setup (imports, opening its database, adding
feeds) is not timed; its poll is: wall clock, and CPU as user+system time of this process *and of
its reaped children* (``RUSAGE_CHILDREN``, which covers a process pool once it is shut down inside
the timed part). Peak RSS here is this process's ``VmHWM`` (see ``peak_rss_mb``); the runner also
samples the whole process tree from outside and reports the larger of the two.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))


@dataclass(frozen=True, slots=True)
class Context:
    """Everything a contender may use. ``state`` is its private directory: etag JSON, reader's
    database or watcher's SQLite file, copied by the runner from the cold run for later polls."""

    base: str
    corpus: Path
    state: Path
    scenario: str  # cold | steady | idle
    concurrency: int
    manifest: dict[str, Any]
    extra: dict[str, Any]

    def urls(self) -> list[str]:
        return [self.base + f["path"] for f in self.manifest["feeds"]]


Runner = Callable[[], dict[str, Any]]
Prepare = Callable[[Context], Runner]


def contenders() -> dict[str, Prepare]:
    import ours
    import peers

    return {**peers.CONTENDERS, **ours.CONTENDERS}


def _cpu() -> float:
    s = resource.getrusage(resource.RUSAGE_SELF)
    c = resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime


def peak_rss_mb() -> float:
    """This process's own high-water RSS (``VmHWM``).

    Not ``ru_maxrss``: Linux carries the pre-``exec`` high-water mark into it, and with vfork (what
    ``subprocess`` uses) that is the *parent's* peak, so every child reported the runner's size.
    """
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(prepare: Prepare, ctx: Context) -> dict[str, Any]:
    run = prepare(ctx)
    cpu0, t0 = _cpu(), time.perf_counter()
    result = run()
    wall, cpu = time.perf_counter() - t0, _cpu() - cpu0
    c = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"wall": wall, "cpu": cpu, "rss_self_mb": peak_rss_mb(),
            "rss_child_max_mb": c.ru_maxrss / 1024, **result}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("contender")
    ap.add_argument("--base", default="")
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--state", type=Path, required=True)
    ap.add_argument("--scenario", default="cold")
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--extra", default="{}", help="JSON with contender-specific options")
    a = ap.parse_args()
    manifest = json.loads((a.corpus / "manifest.json").read_text())
    a.state.mkdir(parents=True, exist_ok=True)
    ctx = Context(a.base, a.corpus, a.state, a.scenario, a.concurrency, manifest,
                  json.loads(a.extra))
    out = measure(contenders()[a.contender], ctx)
    print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
