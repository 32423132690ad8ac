"""Another process's write lock on a watcher database, for the tests of waiting for it."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from watcher.store.sqlite import SQLiteStore


@asynccontextmanager
async def locked_until_store_writes(store: SQLiteStore, path: Path | str) -> AsyncIterator[None]:
    """A second connection (a sqlite3 shell, say) holds the write lock until ``store`` first
    tries to begin a transaction; then it lets go from the event loop, which it could not while
    a busy wait blocked the loop."""
    tried = asyncio.Event()
    store._db.set_trace_callback(lambda sql: sql.startswith("BEGIN") and tried.set())
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")

    async def release() -> None:
        await tried.wait()
        other.execute("COMMIT")

    try:
        releaser = asyncio.create_task(release())
        yield
        await releaser
    finally:
        other.close()
