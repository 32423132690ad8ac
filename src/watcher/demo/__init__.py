"""``watcher demo``: the whole pipeline on bundled feeds, no config, no network.

Three outlets in two languages are served on an ephemeral loopback port. Every few seconds one
more article of the bundled story appears in its outlet's feed; watcher polls all feeds (real
HTTP, real parsing, a real SQLite file in a temporary folder) and prints the alerts through the
``console`` notifier, the same one users can configure. The story follows the seed article: a
summit announced, repeated by other outlets (no new alert), a quote that is no postponement, then
called off (one status-change alert), and repeated again (no alert).
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
from datetime import timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from watcher.clock import utcnow
from watcher.demo.server import DemoServer

DEFAULT_STEP = 4.0


def load_story() -> dict[str, Any]:
    text = resources.files("watcher.demo").joinpath("data/timeline.json").read_text("utf-8")
    story: dict[str, Any] = json.loads(text)
    return story


def demo_config(base_url: str, outlets: dict[str, Any], database: Path) -> str:
    feeds = "\n".join(
        f'[[feed]]\nurl = "{base_url}/{key}.xml"\nname = "{o["name"]}"\nlang = "{o["lang"]}"\n'
        for key, o in outlets.items()
    )
    return f"""
[daemon]
database = "{database}"
interval = "1m"
max_item_age = "2d"

{feeds}
[[watch]]
name = "putin"
keywords = ["Putin", "Poutine"]

[notifier.terminal]
type = "console"
"""


def run_demo(step: float | None = None) -> int:
    return asyncio.run(_run(DEFAULT_STEP if step is None else step))


async def _run(step: float) -> int:
    from watcher.config import load_config
    from watcher.notify.sender import Sender
    from watcher.pipeline import Pipeline
    from watcher.store import open_store

    story = load_story()
    out = sys.stdout
    with tempfile.TemporaryDirectory(prefix="watcher-demo-") as tmp, \
            DemoServer(story["outlets"]) as server:
        database = Path(tmp) / "demo.db"
        settings = load_config(None, text=demo_config(server.url, story["outlets"], database))
        store = open_store(str(database))
        pipeline = Pipeline(settings, store)
        sender = Sender(settings, store)
        print(f"watcher demo: {len(story['outlets'])} outlets served on {server.url}; "
              f"watching 'Putin'; one article every {step:g} s.\n", file=out)
        alerts = 0
        try:
            start = utcnow() - timedelta(hours=len(story["steps"]))
            for n, article in enumerate(story["steps"]):
                published = start + timedelta(hours=n)
                server.publish(article["outlet"], article["title"], article["summary"], published)
                outlet = story["outlets"][article["outlet"]]["name"]
                print(f"--- {outlet} publishes: {article['title']}", file=out, flush=True)
                summary = await pipeline.poll_all()
                await sender.deliver_due()
                alerts += summary.alerts
                print(f"    watcher: {summary}\n", file=out, flush=True)
                if n + 1 < len(story["steps"]):
                    await asyncio.sleep(step)
        finally:
            await pipeline.aclose()
            await sender.aclose()
            store.close()
    print(f"demo finished: {alerts} alerts for {len(story['steps'])} articles.", file=out)
    return 0
