"""The peers watcher is measured against, and the floors below which nobody can go.

- ``naive``: what a one-screen script does, a sequential loop of ``feedparser.parse(url)``,
  passing the ETag / Last-Modified of its previous run (kept in a JSON file) so that 304s count;
  ``naive-noetag`` is the same loop without validators (performance.md measured both).
- ``reader``: the ``reader`` library (``make_reader(db)``, ``add_feed``, ``update_feeds``), its
  database kept between polls like a real deployment; ``scheduled=False`` makes it poll every feed
  now (it would otherwise skip feeds polled less than an hour ago).
- ``fetch``: the network floor, httpx conditional GETs at watcher's concurrency, bodies read and
  dropped; nothing parsed or stored. ``fetch-seq``: the same, one request at a time.
- ``parse``: the parsing floor, fastfeedparser over the bodies this scenario delivers (read from
  disk before the clock starts); nothing fetched or stored.

Each ``prepare_*`` does its untimed setup and returns the callable that ``measure.py`` times; the
callable returns ``items`` (entries the contender saw as new or re-read) and what else it counted.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace
from typing import Any

from measure import Context, Prepare, Runner


def _load_json(path: Any) -> dict[str, Any]:
    try:
        return json.loads(path.read_text())
    except FileNotFoundError:
        return {}


# --- naive feedparser loop ---------------------------------------------------------------------
def _prepare_naive(ctx: Context, use_validators: bool) -> Runner:
    import feedparser

    state_file = ctx.state / "naive.json"
    validators = _load_json(state_file) if use_validators else {}
    urls = ctx.urls()

    def run() -> dict[str, Any]:
        items = not_modified = errors = 0
        new_state: dict[str, Any] = {}
        for url in urls:
            v = validators.get(url, {})
            d = feedparser.parse(url, etag=v.get("etag"), modified=v.get("modified"))
            status = d.get("status")
            if status == 304:
                not_modified += 1
            elif status == 200:
                items += len(d.entries)
            else:
                errors += 1
            new_state[url] = {"etag": d.get("etag") or v.get("etag"),
                              "modified": d.get("modified") or v.get("modified")}
        state_file.write_text(json.dumps(new_state))
        return {"items": items, "not_modified": not_modified, "errors": errors}

    return run


def prepare_naive(ctx: Context) -> Runner:
    return _prepare_naive(ctx, use_validators=True)


def prepare_naive_noetag(ctx: Context) -> Runner:
    return _prepare_naive(ctx, use_validators=False)


# --- reader ------------------------------------------------------------------------------------
def prepare_reader(ctx: Context) -> Runner:
    from reader import make_reader

    r = make_reader(str(ctx.state / "reader.sqlite"))
    for url in ctx.urls():  # untimed: adding feeds is configuration, not polling
        r.add_feed(url, exist_ok=True)
    workers = int(ctx.extra.get("reader_workers", 1))

    def run() -> dict[str, Any]:
        items = not_modified = errors = 0
        for result in r.update_feeds_iter(scheduled=False, workers=workers):
            value = result.value
            if isinstance(value, Exception):
                errors += 1
            elif value is None:
                not_modified += 1
            else:
                items += value.new + value.modified
        r.close()
        return {"items": items, "not_modified": not_modified, "errors": errors}

    return run


# --- floors ------------------------------------------------------------------------------------
def prepare_fetch(ctx: Context) -> Runner:
    """Conditional GETs only, as cheap as httpx allows: one client, bounded concurrency."""
    import httpx

    state_file = ctx.state / "fetch.json"
    validators = _load_json(state_file)
    urls = ctx.urls()

    async def poll() -> dict[str, Any]:
        limits = httpx.Limits(max_connections=ctx.concurrency,
                              max_keepalive_connections=ctx.concurrency)
        sem = asyncio.Semaphore(ctx.concurrency)
        counts = {"items": 0, "not_modified": 0, "errors": 0, "bytes": 0}
        new_state: dict[str, Any] = {}
        async with httpx.AsyncClient(limits=limits, timeout=30.0) as client:

            async def one(url: str) -> None:
                v = validators.get(url, {})
                headers = {}
                if v.get("etag"):
                    headers["If-None-Match"] = v["etag"]
                if v.get("modified"):
                    headers["If-Modified-Since"] = v["modified"]
                async with sem:
                    try:
                        resp = await client.get(url, headers=headers)
                    except httpx.HTTPError:
                        counts["errors"] += 1
                        new_state[url] = v
                        return
                if resp.status_code == 304:
                    counts["not_modified"] += 1
                elif resp.status_code == 200:
                    counts["bytes"] += len(resp.content)
                else:
                    counts["errors"] += 1
                new_state[url] = {"etag": resp.headers.get("etag", v.get("etag")),
                                  "modified": resp.headers.get("last-modified", v.get("modified"))}

            await asyncio.gather(*(one(u) for u in urls))
        state_file.write_text(json.dumps(new_state))
        return counts

    return lambda: asyncio.run(poll())


def prepare_fetch_seq(ctx: Context) -> Runner:
    """The same floor one request at a time: on loopback the cheapest way to fetch."""
    return prepare_fetch(replace(ctx, concurrency=1))


def scenario_bodies(ctx: Context) -> list[bytes]:
    """The bodies a poll of this scenario receives with 200: all of v0 (cold), the advanced
    feeds' v1 (steady), none (idle)."""
    if ctx.scenario == "cold":
        return [(ctx.corpus / "v0" / f["file"]).read_bytes() for f in ctx.manifest["feeds"]]
    if ctx.scenario == "steady":
        return [(ctx.corpus / "v1" / f["file"]).read_bytes()
                for f in ctx.manifest["feeds"] if f["advanced"]]
    return []


def prepare_parse(ctx: Context) -> Runner:
    import fastfeedparser

    bodies = scenario_bodies(ctx)

    def run() -> dict[str, Any]:
        items = 0
        for body in bodies:
            items += len(fastfeedparser.parse(body).entries)
        return {"items": items, "bytes": sum(map(len, bodies))}

    return run


CONTENDERS: dict[str, Prepare] = {
    "naive": prepare_naive,
    "naive-noetag": prepare_naive_noetag,
    "reader": prepare_reader,
    "fetch": prepare_fetch,
    "fetch-seq": prepare_fetch_seq,
    "parse": prepare_parse,
}
