"""Run every benchmark scenario against watcher, its peers and the floors; print one table.

    python bench/run.py                 # 1,000 feeds x 30 items, matching at 5,000/50,000 events
    python bench/run.py --quick         # 100 feeds, matching at 1,000/10,000 events (~1-2 min)

Scenarios (issue 6): **cold** (every feed new: first start), **steady** (10% of feeds got 3 new
items, the rest answer 304), **idle** (everything 304) and **matching** (new items through the
tracker holding many stored events). Each contender runs in a fresh subprocess
(``bench/measure.py``) so that its CPU time and peak RSS are its own; the feed server is another
process (``bench/server.py``). The steady and idle polls start from a copy of the contender's own
state after its cold poll (validators, reader's database, watcher's SQLite with 30,000 items), as a
long-running deployment would.

Peak RSS is the larger of the child's ``VmHWM`` and the peak of its whole process tree sampled
from here every 50 ms (a process pool's workers count). Items/s divides the scenario's true number
of new items (30 per feed cold, 3 per advanced feed steady) by the wall time.

Results go to stdout and to ``bench/out/`` (JSON and Markdown); only 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gen import write_corpus  # noqa: E402  (after the path tweak: bench/ is not a package)

OUT = HERE / "out"
CHILD_TIMEOUT = 1800.0  # seconds; a hung contender is killed, reported, and the run goes on


# --- process tree RSS sampling -------------------------------------------------------------------
def _tree_rss_mb(root: int) -> float:
    """RSS of ``root`` and all its descendants, from /proc (Linux)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        fields = stat[stat.rfind(b")") + 2:].split()
        pid = int(entry)
        parents[pid] = int(fields[1])
        rss[pid] = int(fields[21]) * page
    total, frontier = 0, {root}
    seen: set[int] = set()
    while frontier:
        pid = frontier.pop()
        seen.add(pid)
        total += rss.get(pid, 0)
        frontier |= {p for p, pp in parents.items() if pp == pid and p not in seen}
    return total / 2**20


@contextmanager
def sampling(pid: int) -> Iterator[list[float]]:
    peak = [0.0]
    stop = threading.Event()

    def loop() -> None:
        while not stop.wait(0.05):
            # a process vanishing mid-scan is fine: the next sample will do
            with contextlib.suppress(Exception):
                peak[0] = max(peak[0], _tree_rss_mb(pid))

    t = threading.Thread(target=loop, daemon=True)
    t.start()
    try:
        yield peak
    finally:
        stop.set()
        t.join()


# --- server ---------------------------------------------------------------------------------------
class Server:
    """The corpus server in its own process; closing its stdin (or our death) stops it."""

    def __init__(self, corpus: Path, max_seconds: float) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / "server.py"), str(corpus),
             "--max-seconds", str(max_seconds)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )
        line = self.proc.stdout.readline() if self.proc.stdout else ""
        if not line.startswith("READY "):
            self.close()
            raise SystemExit(f"feed server did not start: {line!r}")
        self.base = f"http://127.0.0.1:{int(line.split()[1])}"

    def get(self, path: str) -> str:
        with urllib.request.urlopen(self.base + path, timeout=10) as resp:
            return resp.read().decode()

    def set_state(self, state: int) -> None:
        self.get(f"/_state/{state}")

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


# --- one contender --------------------------------------------------------------------------------
def run_child(contender: str, *, server: Server, corpus: Path, state: Path, scenario: str,
              concurrency: int, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """Run one contender in a fresh process; its measurement, or ``error`` in words."""
    cmd = [sys.executable, str(HERE / "measure.py"), contender, "--base", server.base,
           "--corpus", str(corpus), "--state", str(state), "--scenario", scenario,
           "--concurrency", str(concurrency), "--extra", json.dumps(extra or {})]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)  # its own group: a kill takes its pool too
    with sampling(proc.pid) as peak:
        try:
            out, err = proc.communicate(timeout=CHILD_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            return {"error": f"timed out after {CHILD_TIMEOUT:.0f} s"}
    server.get("/_stats")  # reset the counters between contenders
    lines = out.strip().splitlines()
    if proc.returncode != 0 or not lines:
        last = (err.strip().splitlines() or ["no output"])[-1]
        return {"error": f"exit {proc.returncode}: {last[:200]}"}
    result = json.loads(lines[-1])
    result["rss_mb"] = max(result["rss_self_mb"], peak[0])
    return result


def best_of(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Median wall and CPU over repeats, max RSS (a peak is a peak)."""
    ok = [r for r in results if "error" not in r]
    if not ok:
        return results[-1]
    out = dict(ok[len(ok) // 2])
    out["wall"] = statistics.median(r["wall"] for r in ok)
    out["cpu"] = statistics.median(r["cpu"] for r in ok)
    out["rss_mb"] = max(r["rss_mb"] for r in ok)
    out["repeats"] = len(ok)
    return out


# --- report ---------------------------------------------------------------------------------------
def versions() -> dict[str, str]:
    v = {"python": platform.python_version()}
    for dist in ("watcher", "feedparser", "httpx", "httpcore", "reader", "fastfeedparser", "lxml"):
        try:
            v[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            v[dist] = "-"
    try:
        rev = subprocess.run(["git", "-C", str(HERE), "rev-parse", "--short", "HEAD"],
                             capture_output=True, text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(HERE), "status", "--porcelain", "--", "../src"],
                               capture_output=True, text=True, timeout=10).stdout.strip()
        v["watcher"] += f" ({rev}{'+dirty' if dirty else ''})"
    except (OSError, subprocess.SubprocessError):
        pass
    v["cpus"] = str(os.cpu_count())
    return v


def fmt(x: Any, spec: str = ".2f") -> str:
    return "-" if x is None else format(x, spec)


def ratio(a: dict[str, Any] | None, b: dict[str, Any] | None, key: str) -> float | None:
    if not a or not b or "error" in a or "error" in b or not b.get(key):
        return None
    return a[key] / b[key]


def table(rows: list[dict[str, Any]]) -> str:
    head = ("| scenario | contender | wall s | CPU s | peak RSS MB | items | items/s | note |\n"
            "|---|---|---:|---:|---:|---:|---:|---|")
    body = []
    for r in rows:
        m = r["m"]
        if "error" in m:
            body.append(f"| {r['scenario']} | {r['name']} | - | - | - | - | - | {m['error']} |")
            continue
        truth = r.get("truth")
        per_s = (truth if truth is not None else m.get("items", 0)) / m["wall"] if m["wall"] else 0
        note = r.get("note", "")
        body.append(f"| {r['scenario']} | {r['name']} | {m['wall']:.2f} | {m['cpu']:.2f} | "
                    f"{m['rss_mb']:.0f} | {m.get('items', '-')} | {per_s:,.0f} | {note} |")
    return "\n".join([head, *body])


def targets(res: dict[tuple[str, str], dict[str, Any]]) -> list[str]:
    """The issue's targets, each with the measured ratio and whether it is met."""
    def get(s: str, c: str) -> dict[str, Any] | None:
        return res.get((s, c))

    def line(label: str, value: float | None, ok: bool | None, spec: str) -> str:
        verdict = "n/a" if ok is None else ("met" if ok else "NOT met")
        return f"| {label} | {fmt(value, spec)} | {verdict} |"

    out = ["| target (issue 6) | measured | |", "|---|---:|---|"]
    w = "watcher"
    r = ratio(get("cold", "naive"), get("cold", w), "wall")
    out.append(line("cold: naive wall / watcher wall >= 20", r, None if r is None else r >= 20,
                    ".1f"))
    r = ratio(get("cold", "naive"), get("cold", "watcher-bare"), "wall")
    out.append(line("(cold: naive wall / watcher-bare wall, no watch)", r, None, ".1f"))
    r = ratio(get("cold", "reader"), get("cold", w), "wall")
    out.append(line("cold: reader wall / watcher wall >= 10", r, None if r is None else r >= 10,
                    ".1f"))
    r = ratio(get("steady", w), get("steady", "reader"), "cpu")
    out.append(line("steady: watcher CPU / reader CPU <= 0.20", r,
                    None if r is None else r <= 0.2, ".3f"))
    r = ratio(get("idle", w), get("idle", "fetch"), "cpu")
    out.append(line("idle: watcher CPU / fetch-floor CPU <= 2", r, None if r is None else r <= 2,
                    ".2f"))
    peaks = [m["rss_mb"] for (s, c), m in res.items() if c == w and "error" not in m]
    peak = max(peaks) if peaks else None
    out.append(line("peak RSS of watcher (any poll) <= 150 MB", peak,
                    None if peak is None else peak <= 150, ".0f"))
    small, big = get("matching", "watcher@small"), get("matching", "watcher@large")
    r = ratio(big, small, "median_us")
    out.append(line("matching: median/item large / small events <= 2", r,
                    None if r is None else r <= 2, ".2f"))
    return out


# --- main -----------------------------------------------------------------------------------------
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--feeds", type=int)
    ap.add_argument("--quick", action="store_true", help="100 feeds, smaller matching")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--concurrency", type=int, default=4, help="watcher's and the fetch floor's")
    ap.add_argument("--repeat", type=int, default=1, help="runs per contender (median reported)")
    ap.add_argument("--only", default="", help="comma list of scenarios: cold,steady,idle,matching")
    ap.add_argument("--skip", default="", help="comma list of contenders to skip")
    ap.add_argument("--noetag", action="store_true",
                    help="also run naive without validators in the steady poll (as slow as cold)")
    ap.add_argument("--events", default="", help="matching: small,large stored events")
    ap.add_argument("--match-items", type=int)
    ap.add_argument("--write-readme", action="store_true",
                    help="put this run's table into bench/README.md (between the results marks)")
    a = ap.parse_args()
    feeds = a.feeds or (100 if a.quick else 1000)
    small, large = (int(x) for x in (a.events or ("1000,5000" if a.quick else "5000,50000"))
                    .split(","))
    match_items = a.match_items or (1000 if a.quick else 10_000)
    only = set(filter(None, a.only.split(","))) or {"cold", "steady", "idle", "matching"}
    skip = set(filter(None, a.skip.split(",")))

    t_start = time.time()
    corpus = write_corpus(feeds, a.seed, 0.1, 3)
    manifest = json.loads((corpus / "manifest.json").read_text())
    truth = {"cold": manifest["items_v0"], "steady": manifest["new_items_v1"], "idle": 0}
    print(f"corpus {corpus.name}: {feeds} feeds, {manifest['bytes_v0'] / 1e6:.1f} MB, "
          f"{truth['steady']} new items in the steady poll", flush=True)
    server = Server(corpus, max_seconds=4 * 3600)
    rows: list[dict[str, Any]] = []
    res: dict[tuple[str, str], dict[str, Any]] = {}
    work = Path(tempfile.mkdtemp(prefix="watcher-bench-"))
    polls = ["watcher", "watcher-bare", "naive", "reader", "fetch", "fetch-seq", "parse"]
    try:
        def one(scenario: str, name: str, contender: str, state: Path, extra: Any = None,
                note: str = "", truth_n: int | None = None) -> None:
            runs = []
            for i in range(a.repeat):
                run_state = state
                if a.repeat > 1 and scenario != "cold":
                    run_state = state.with_name(f"{state.name}-{i}")
                    _copy_state(state, run_state)
                elif a.repeat > 1 and i:  # a repeated cold poll starts from nothing again
                    shutil.rmtree(state, ignore_errors=True)
                runs.append(run_child(contender, server=server, corpus=corpus, state=run_state,
                                      scenario=scenario, concurrency=a.concurrency, extra=extra))
            m = best_of(runs)
            res[(scenario, name)] = m
            rows.append({"scenario": scenario, "name": name, "m": m, "note": note,
                         "truth": truth_n})
            shown = m.get("error") or (f"wall {m['wall']:.2f} s, CPU {m['cpu']:.2f} s, "
                                       f"RSS {m['rss_mb']:.0f} MB, items {m.get('items')}")
            print(f"  {scenario:8} {name:14} {shown}", flush=True)

        notes = {"naive": "sequential feedparser.parse(url)", "reader": "update_feeds()",
                 "fetch": f"floor: httpx, {a.concurrency} concurrent",
                 "fetch-seq": "floor: httpx, 1 at a time",
                 "parse": "floor: fastfeedparser, bodies in memory",
                 "watcher": "fetch+parse+store+match+alerts, SQLite",
                 "watcher-bare": "the same with no watch: fetch+parse+store"}
        for scenario in ("cold", "idle", "steady"):
            if scenario not in only and not (scenario == "cold" and only & {"steady", "idle"}):
                continue
            server.set_state(1 if scenario == "steady" else 0)
            names = [c for c in polls if c not in skip]
            if scenario == "steady" and a.noetag and "naive-noetag" not in skip:
                names.insert(2, "naive-noetag")
            for name in names:
                if scenario == "idle" and name == "parse":
                    continue  # nothing to parse: a zero row says nothing
                if scenario != "cold" and name == "watcher-bare":
                    continue  # it answers one question: what the cold poll costs unmatched
                state = work / scenario / name
                if scenario != "cold":
                    _copy_state(work / "cold" / name.replace("-noetag", ""), state)
                note = notes.get(name, "no ETag/Last-Modified" if name == "naive-noetag" else "")
                one(scenario, name, name, state, note=note, truth_n=truth[scenario])
        server.set_state(0)
        if "matching" in only and "watcher" not in skip:
            for label, n in (("watcher@small", small), ("watcher@large", large)):
                one("matching", label, "match", work / "match" / label,
                    extra={"events": n, "items": match_items},
                    note=f"Tracker.process, {match_items:,} new items, {n:,} stored events")
                m = res[("matching", label)]
                if "error" not in m:
                    rows[-1]["note"] += (f"; median {m['median_us']:.0f} µs, "
                                         f"p90 {m['p90_us']:.0f} µs per item")
    finally:
        server.close()
        shutil.rmtree(work, ignore_errors=True)

    v = versions()
    report = "\n".join([
        f"`python bench/run.py{' --quick' if a.quick else ''}"
        f"{f' --feeds {a.feeds}' if a.feeds else ''}` — {feeds} feeds × 30 items "
        f"({manifest['bytes_v0'] / 1e6:.1f} MB), seed {a.seed}, "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {time.time() - t_start:.0f} s",
        "",
        table(rows),
        "",
        *targets(res),
        "",
        "Versions: " + ", ".join(f"{k} {val}" for k, val in v.items()),
    ])
    print("\n" + report)
    OUT.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    kind = "quick" if a.quick else f"n{feeds}"
    (OUT / f"results-{kind}-{stamp}.md").write_text(report + "\n")
    (OUT / f"results-{kind}-{stamp}.json").write_text(json.dumps(
        {"versions": v, "feeds": feeds, "rows": [{**r, "m": r["m"]} for r in rows]}, indent=1))
    if a.write_readme:
        write_readme(report)


def write_readme(report: str) -> None:
    """Replace the text between ``<!-- results -->`` and ``<!-- /results -->`` in README.md."""
    readme = HERE / "README.md"
    text = readme.read_text()
    start, end = "<!-- results -->", "<!-- /results -->"
    if start not in text or end not in text:  # said, not skipped in silence
        print(f"bench/README.md has no {start} ... {end} block: not written", file=sys.stderr)
        return
    head, rest = text.split(start, 1)
    text = head + start + "\n" + report + "\n" + end + rest.split(end, 1)[1]
    readme.write_text(text)


def _copy_state(src: Path, dst: Path) -> None:
    """A contender's state after its cold poll, for a later poll (SQLite WAL files included)."""
    if dst.exists():
        shutil.rmtree(dst)
    if src.exists():
        shutil.copytree(src, dst)
    else:
        dst.mkdir(parents=True)


if __name__ == "__main__":
    main()
