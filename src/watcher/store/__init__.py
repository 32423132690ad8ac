"""Persistence behind a small interface (``Store``); SQLite is the default implementation."""

from pathlib import Path

from watcher.store.base import Delivery, Store
from watcher.store.sqlite import SQLiteStore

__all__ = ["Delivery", "SQLiteStore", "Store", "open_store"]


def open_store(path: str | Path, *, readonly: bool = False) -> SQLiteStore:
    """Open (creating or migrating) the database at ``path``; ``readonly``: open it only to
    read, as it is (``status``, ``events``, ``explain`` where the folder is not writable)."""
    return SQLiteStore(path, readonly=readonly)
