"""Persistence behind a small interface (``Store``); SQLite is the default implementation."""

from pathlib import Path

from watcher.store.base import Delivery, Store
from watcher.store.sqlite import SQLiteStore

__all__ = ["Delivery", "SQLiteStore", "Store", "open_store"]


def open_store(path: str | Path) -> SQLiteStore:
    """Open (creating or migrating) the database at ``path``."""
    return SQLiteStore(path)
