"""A keyword is not found inside a compound that names another known place (a user's review,
session 41: the watch "Sachsen" told "Landtagswahl in Niedersachsen auf März verschoben" and
made "Niedersachsen-Derby: Hannover gewinnt in Braunschweig" the title of Saxony's event)."""

from __future__ import annotations

from datetime import UTC, datetime

from watcher.core.match import WatchMatcher, match_kind
from watcher.models import Item
from watcher.settings import WatchSettings

AT = datetime(2026, 11, 1, tzinfo=UTC)


def _watches(title: str, keyword: str) -> list[str]:
    matcher = WatchMatcher((WatchSettings(name="w", keywords=(keyword,)),))
    return [m.watch for m in matcher.match(Item("k", title, "", None, "s", AT, lang="de"))]


def test_lower_saxony_is_no_saxony() -> None:
    assert match_kind("sachsen", "niedersachsen") == 0
    assert _watches("Landtagswahl in Niedersachsen auf März verschoben", "Sachsen") == []
    assert _watches("Landtagswahl in Sachsen auf März verschoben", "Sachsen") == ["w"]
    assert _watches("Sachsens Regierungschef sagt Reise ab", "Sachsen") == ["w"]


def test_other_compounds_still_match() -> None:
    assert _watches("Warnstreik bei der Bahn", "Streik") == ["w"]
    assert _watches("Der Wimbledonsieger sagt ab", "Wimbledon") == ["w"]
