"""JSON Feed (https://jsonfeed.org, versions 1.0 and 1.1): read here only, feedparser 6.0 does not
know it. Dates go through the fast path's exact parser (a date without offset is UTC); a date it
cannot read is left out."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

from watcher.models import ParsedFeed, RawEntry
from watcher.parse_fast import Unsure, parse_datetime


def _json_date(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return parse_datetime(value)
    except Unsure:
        pass
    try:  # RFC 3339 wants an offset; without one, UTC, as feedparser reads RSS and Atom dates.
        # Left out, the date became the fetch time: a new feed's old items were alertable.
        naive = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return naive.replace(tzinfo=UTC, microsecond=0) if naive.tzinfo is None else None


def parse_json_feed(body: bytes, *, url: str) -> ParsedFeed | None:
    """A JSON Feed (https://jsonfeed.org, 1.0 and 1.1), or None when the body is not one."""
    try:
        doc = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(doc, dict) or not str(doc.get("version", "")).startswith(
            ("https://jsonfeed.org/version/", "http://jsonfeed.org/version/")):
        return None
    items = doc.get("items")
    if not isinstance(items, list):
        return None
    base = str(doc.get("feed_url") or url)
    entries: list[RawEntry] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        link = item.get("url") or item.get("external_url")
        guid = item.get("id")
        authors = item.get("authors") or ([item["author"]] if item.get("author") else [])
        author = next((a.get("name") for a in authors if isinstance(a, dict) and a.get("name")),
                      None)
        content = item.get("content_html") or item.get("content_text") or ""
        entries.append(RawEntry(
            title=str(item.get("title") or ""),
            link=urljoin(base, link) if isinstance(link, str) and link else None,
            guid=str(guid) if guid not in (None, "") else None,
            summary=str(item.get("summary") or content), content=str(content),
            published=_json_date(item.get("date_published")),
            updated=_json_date(item.get("date_modified")),
            lang=item.get("language") if isinstance(item.get("language"), str) else None,
            author=author,
        ))
    home = doc.get("home_page_url")
    return ParsedFeed(
        title=str(doc.get("title") or ""),
        link=urljoin(url, home) if isinstance(home, str) and home else None,
        lang=doc.get("language") if isinstance(doc.get("language"), str) else None,
        entries=tuple(entries), parser="jsonfeed",
    )
