"""Every file of the shared real-world corpus, served on loopback, fetched, parsed and normalised.

Three checks:
1. nothing raises except a ``FeedError`` that says what arrived (non-feeds, broken files);
2. the fast path agrees with feedparser (title, link, id, date, summary text after normalising) on
   every file it accepts, except for the differences named in ``FAST_VS_FEEDPARSER``;
3. where another parser's reading is stored (rss-parser ``test/output/NAME.json``, feed-rs
   ``NAME.serde.json``), the item count and links agree, except for ``REFERENCE_DIFFERENCES``,
   each with the reason watcher's reading is right.
The lists are compared both ways, so a difference that disappears fails the test too.
"""

from __future__ import annotations

import functools
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.feedserver import FeedServer
from watcher.errors import FeedError
from watcher.fetch import Fetcher
from watcher.models import ParsedFeed, RawEntry
from watcher.normalize import canonical_link, html_to_text, normalize_entry
from watcher.parse import parse_feed, parse_with_feedparser
from watcher.parse_fast import Unsure, parse_xml

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "feeds"
pytestmark = pytest.mark.skipif(not DATA.is_dir(), reason=f"shared corpus missing: {DATA}")


def _is_document(path: Path) -> bool:
    rel = path.relative_to(DATA).as_posix()
    return (path.is_file() and not path.name.endswith(".serde.json")
            and "/test/output/" not in f"/{rel}" and not path.name.startswith("LICENSE")
            and path.name != "README.md")


DOCUMENTS = sorted(p for p in DATA.rglob("*") if _is_document(p)) if DATA.is_dir() else []
FETCHED_AT = datetime(2026, 1, 1, tzinfo=UTC)

# Files that are not feeds (or are too broken to yield anything): a FeedError is the right answer.
NOT_FEEDS = {
    "feed-rs/feed-rs/fixture/rss2/rss_2.0_invalid_1.xml": "truncated: ends inside an element",
    "feed-rs/feed-rs/fixture/xml/xml_sample_1.xml": "XML, but no RSS or Atom",
    "feed-rs/feed-rs/fixture/xml/xml_sample_2.xml": "XML, but no RSS or Atom",
    "miniflux/files/internal/reader/xml/testdata/iso88591.xml": "a <note>, no feed",
    "miniflux/files/internal/reader/xml/testdata/iso88591_utf8_mismatch.xml": "a <note>, no feed",
    "netnewswire-rsparser/Tests/RSParserTests/Resources/ScriptingNews.json":
        "Dave Winer's RSS-in-JSON, not JSON Feed",
    "netnewswire-rsparser/Tests/RSParserTests/Resources/allthis-partial.json": "truncated JSON",
    "rss-parser/test/input/unrecognized.rss": "an HTML 'Document Moved' page",
}

# (file, field) where the fast path and feedparser differ, and why the fast path is right.
FAST_VS_FEEDPARSER = {
    ("feed-rs/feed-rs/fixture/rss2/rss_2.0_ilmessaggero.xml", "date"):
        "'mer, 16 nov 2022 00:38:15 +0100': an Italian weekday name; RFC 822 says the weekday is "
        "redundant, so the date is readable; feedparser drops it",
    ("feed-rs/feed-rs/fixture/atom/atom_mediarss_newscred_1.xml", "summary"):
        "feedparser lets media:description overwrite the entry's own summary; it describes the "
        "attached media, not the article",
}


def _view(e: RawEntry) -> dict[str, object]:
    return {
        "title": html_to_text(e.title), "link": canonical_link(e.link), "id": e.guid,
        "date": e.published or e.updated,
        "summary": html_to_text(e.summary) or html_to_text(e.content),
    }


@functools.cache
def _read(path: Path) -> ParsedFeed | FeedError:
    """``parse_feed`` once per file for all tests here (feedparser fallbacks cost seconds)."""
    try:
        return parse_feed(path.read_bytes(), url=_url(path))
    except FeedError as err:
        return err


def _url(path: Path) -> str:
    return "http://feeds.test/" + path.name


def _rel(path: Path) -> str:
    return path.relative_to(DATA).as_posix()


async def test_every_file_served_and_read(tmp_path: Path) -> None:
    assert DOCUMENTS, "no corpus documents found"
    errors: dict[str, str] = {}
    items = 0
    with FeedServer() as server:
        async with Fetcher(timeout=10) as fetcher:
            for i, path in enumerate(DOCUMENTS):
                url = server.feed(f"/{i}/{path.name}", path.read_bytes(),
                                  content_type="application/octet-stream")
                result = await fetcher.fetch(url)
                assert result.error is None, (path, result.error)
                assert result.body == path.read_bytes()
                try:
                    parsed = parse_feed(result.body, url=url, headers=result.headers)
                except FeedError as err:
                    assert err.message.startswith(("not a feed: got", "broken feed")), err
                    errors[_rel(path)] = err.message
                    continue
                for raw in parsed.entries:
                    item = normalize_entry(raw, feed_url=url, source="corpus",
                                           feed_lang=parsed.lang, fetched_at=FETCHED_AT)
                    assert item.key and item.published.tzinfo is not None
                    assert item.link is None or item.link.startswith(("http://", "https://"))
                    items += 1
    assert set(errors) == set(NOT_FEEDS), errors
    assert items > 1000


def test_fast_path_agrees_with_feedparser() -> None:
    found: dict[tuple[str, str], str] = {}
    fast_files = 0
    for path in DOCUMENTS:
        body = path.read_bytes()
        url = "http://feeds.test/" + path.name
        try:
            fast = parse_xml(body, url=url)
        except Unsure:
            continue
        fast_files += 1
        ref = parse_with_feedparser(body, url=url)
        assert len(fast.entries) == len(ref.entries), path
        for a, b in zip(fast.entries, ref.entries, strict=True):
            va, vb = _view(a), _view(b)
            for name in va:
                if va[name] != vb[name]:
                    found.setdefault((_rel(path), name), f"{va[name]!r} != {vb[name]!r}")
    assert fast_files >= 60, "the fast path should read most ordinary feeds"
    assert set(found) == set(FAST_VS_FEEDPARSER), found


# ---- other parsers' readings -------------------------------------------------------------------

def _reference(path: Path) -> tuple[str, list[str | None]] | None:
    """(which parser, links of its items) stored for ``path``, if any."""
    if "rss-parser/test/input" in path.as_posix():
        out = path.parents[1] / "output" / (path.stem + ".json")
        if out.is_file():
            feed = json.loads(out.read_bytes().decode("utf-8", "replace"))["feed"]
            return "rss-parser", [item.get("link") for item in feed.get("items", [])]
    serde = path.with_name(path.stem + ".serde.json")
    if serde.is_file():
        doc = json.loads(serde.read_bytes().decode("utf-8", "replace"))
        links: list[str | None] = []
        for entry in doc.get("entries", []):
            hrefs = [ln["href"] for ln in entry.get("links", [])
                     if ln.get("rel") in (None, "alternate")]
            links.append(hrefs[0] if hrefs else None)
        return "feed-rs", links
    return None


# file -> why watcher's reading (count or links) is right where the other parser's differs
REFERENCE_DIFFERENCES: dict[str, str] = {
    "feed-rs/feed-rs/fixture/atom/atom_xml_base.xml":
        "the entry has no <link> but its <id> is an http URL; like feedparser, watcher offers it "
        "as the link (feed-rs gives none)",
    "feed-rs/feed-rs/fixture/rss2/rss_2.0_spec_1.xml":
        "items have no <link> but a <guid> without isPermaLink, which RSS 2.0 defaults to true: "
        "the guid is the item's permalink (feed-rs gives none)",
}


def _watcher_links(path: Path, url: str) -> list[str | None] | None:
    parsed = _read(path)
    if isinstance(parsed, FeedError):
        return None
    return [normalize_entry(e, feed_url=url, source="x", feed_lang=None,
                            fetched_at=FETCHED_AT).link for e in parsed.entries]


def test_item_counts_and_links_agree_with_other_parsers() -> None:
    found: dict[str, str] = {}
    compared = 0
    for path in DOCUMENTS:
        ref = _reference(path)
        if ref is None:
            continue
        who, ref_links = ref
        url = _url(path)
        ours = _watcher_links(path, url)
        if ours is None:
            found[_rel(path)] = f"{who}: watcher reads no feed"
            continue
        compared += 1
        if len(ours) != len(ref_links):
            found[_rel(path)] = f"{who}: {len(ref_links)} items, watcher {len(ours)}"
            continue
        for mine, theirs in zip(ours, ref_links, strict=True):
            if mine != canonical_link(theirs, base=url):
                found[_rel(path)] = f"{who}: link {theirs!r}, watcher {mine!r}"
                break
    assert compared >= 40
    assert set(found) == set(REFERENCE_DIFFERENCES), found
