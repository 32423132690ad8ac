"""Response body -> ``ParsedFeed``: the fast path when it vouches for its reading, else feedparser.

feedparser is the reference (it reads every dialect, encoding and breakage we have seen) but costs
about 55 ms for a 48 KB feed, which makes parsing - not the network - the cost of a poll. So
``parse_feed`` first tries ``watcher.parse_fast`` (lxml; ordinary UTF-8 RSS 2.0, Atom, RSS 1.0,
JSON Feed) and falls back to feedparser whenever that raises ``Unsure``. Either way the result is
raw: HTML is turned into text later, in ``watcher.normalize``.

Not a feed (an HTML page, an empty body, JSON that is no JSON Feed) is a ``FeedError`` that says
what arrived; a broken feed that still yields entries is accepted with ``warning`` set.

``watcher.ingest`` runs it, with normalisation, off the event loop. Measured on this 2-core
machine (the bench corpus: 49 KB RSS and Atom feeds of 30 items; CPU time, noisy): the fast path
takes about 1.2 ms per feed, 40 us per item of which lxml building the tree is some 17 us.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser

from watcher.errors import FeedError
from watcher.fetch_errors import page_title
from watcher.models import ParsedFeed, RawEntry
from watcher.parse_fast import Unsure, parse_xml
from watcher.parse_json import parse_json_feed

_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b",
                         re.IGNORECASE | re.DOTALL)
_XML_TYPE = re.compile(r"xml|rss|atom|rdf", re.IGNORECASE)
_XML_BASE = re.compile(rb"""\sxml:base\s*=\s*(?:"[^"]*"|'[^']*')""")


def _header(headers: Mapping[str, str] | None, name: str) -> str | None:
    if not headers:
        return None
    return next((v for k, v in headers.items() if k.lower() == name), None)


def _what_arrived(body: bytes, headers: Mapping[str, str] | None) -> str:
    """``text/html (page titled "Login")``: for the error users read in ``watcher status``."""
    ctype = (_header(headers, "content-type") or "").split(";")[0].strip().lower()
    head = body[:4096].lstrip(b"\xef\xbb\xbf")
    if _HTML_START.match(head) or (not ctype and b"<html" in head.lower()):
        if ctype in ("", "text/plain", "application/octet-stream", "binary/octet-stream"):
            ctype = "text/html"
        title = page_title(body)
        return f'{ctype} (page titled "{title}")' if title else ctype
    if ctype in ("", "application/octet-stream", "text/plain", "binary/octet-stream"):
        stripped = head.lstrip()
        if stripped.startswith((b"{", b"[")):
            ctype = "application/json"
        elif stripped.startswith(b"<"):
            ctype = "XML that is no RSS or Atom"
        else:
            ctype = "text"
    return f"{ctype} ({len(body)} bytes)"


def _struct_dt(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        year, month, day, hour, minute, second = value[:6]
        return datetime(year, month, day, hour, minute, min(second, 59), tzinfo=UTC)
    except (TypeError, ValueError):
        return None


def _literal_ids(body: bytes, headers: Mapping[str, str], count: int) -> list[str | None] | None:
    """The entries' ids as the document writes them, where an ``xml:base`` may have changed
    feedparser's (None: no ``xml:base``, or the entries did not line up).

    feedparser resolves an id against the ``xml:base`` in scope (``<id>5</id>`` under
    ``xml:base="http://ex.org/news/"`` reads ``http://ex.org/news/5``); the fast path keeps the
    text, as an id is a name, not a link. So an entry had two item keys, ``guid:FEED#5`` and
    ``url:ex.org/news/5``: a body the fast path gave up on stored every entry again and ran it
    through the tracker once more (a code review, finding 2). The fast path's keys are the ones
    stored by nearly every poll, so feedparser's are mended to them: the same document without
    its ``xml:base`` attributes, read again, gives the ids unresolved. Only bodies with an
    ``xml:base`` that reach feedparser pay for the second reading."""
    if b"xml:base" not in body:
        return None
    try:
        doc = feedparser.parse(_XML_BASE.sub(b"", body), response_headers=dict(headers))
    except Exception:  # as in ``parse_with_feedparser``: keep the first reading's ids
        return None
    if len(doc.entries) != count:
        return None
    return [e.get("id") or None for e in doc.entries]


def _from_feedparser(doc: Any, url: str, ids: list[str | None] | None = None) -> list[RawEntry]:
    """``doc``'s entries; ``ids`` (``_literal_ids``) replace feedparser's resolved ones."""
    atom = str(doc.get("version") or "").startswith("atom")
    entries = []
    for n, e in enumerate(doc.entries):
        content = e.get("content") or []
        content_value = content[0].get("value", "") if content else ""
        lang = (e.get("title_detail") or e.get("summary_detail") or {}).get("language")
        guid: str | None = (ids[n] if ids is not None else e.get("id")) or None
        link = e.get("link")
        guid_is_link = bool(e.get("guidislink")) and guid is not None
        if (atom and guid and guid_is_link
                and not guid.lower().startswith(("http://", "https://"))
                and not any(x.get("href") == link for x in e.get("links") or ())):
            # an entry with no <link>: feedparser made its link of its id, "5" or one resolved
            # against an xml:base; an Atom id that is no URL names the entry, it links nowhere
            # (the fast path reads no link there either)
            link, guid_is_link = None, False
        entries.append(RawEntry(
            title=e.get("title", "") or "",
            link=urljoin(url, link) if link else None,
            guid=guid,
            guid_is_link=guid_is_link,
            summary=e.get("summary", "") or content_value,
            content=content_value,
            # dict.get: FeedParserDict.get maps published to updated, with a DeprecationWarning
            published=_struct_dt(dict.get(e, "published_parsed")),
            updated=_struct_dt(dict.get(e, "updated_parsed")),
            lang=lang or None,
            author=e.get("author") or None,
        ))
    return entries


def parse_with_feedparser(
    body: bytes, *, url: str, headers: Mapping[str, str] | None = None,
    arrived: bytes | None = None,
) -> ParsedFeed:
    """The reference reading; relative links are resolved against ``url`` afterwards.
    ``arrived`` is the body as fetched, when ``body`` is its repair: what an error describes.

    We do not hand feedparser ``url`` as ``content-location``: it would then resolve *every* id
    against it and turn a guid like ``t3_157bqfb`` into ``http://host/t3_157bqfb``, a different
    item key than the fast path computes for the same entry.
    """
    hdrs = {k.lower(): v for k, v in (headers or {}).items()}
    # a server's Content-Location would be a base for every id, as ``url`` would (above)
    hdrs.pop("content-location", None)
    ctype = hdrs.get("content-type")
    if ctype:
        media, _, params = ctype.partition(";")
        if not _XML_TYPE.search(media):
            # servers label feeds text/html or application/octet-stream; feedparser would then
            # refuse its XML parser and read nothing - keep only the charset, which still counts
            hdrs["content-type"] = "application/xml" + (f";{params}" if "charset" in params else "")
    try:
        doc = feedparser.parse(body, response_headers=hdrs)
    except Exception as err:  # feedparser is not supposed to raise; one feed must not stop a cycle
        raise FeedError(url, f"cannot parse feed: {type(err).__name__}: {err}") from err
    version = doc.get("version") or ""
    bozo = doc.get("bozo_exception") if doc.get("bozo") else None
    if not doc.entries:
        if not version:
            raise FeedError(url, "not a feed: got "
                            f"{_what_arrived(body if arrived is None else arrived, headers)}")
        if bozo is not None and not isinstance(bozo, feedparser.CharacterEncodingOverride):
            raise FeedError(url, f"broken feed without entries: {bozo}")
    entries = _from_feedparser(doc, url, _literal_ids(body, hdrs, len(doc.entries)))
    warning = None
    if bozo is not None and not isinstance(bozo, feedparser.CharacterEncodingOverride):
        warning = f"broken feed ({type(bozo).__name__}: {bozo}); read {len(entries)} entries"
    feed = doc.get("feed", {})
    return ParsedFeed(
        title=feed.get("title", "") or "",
        link=urljoin(url, feed["link"]) if feed.get("link") else None,
        lang=feed.get("language") or None, entries=tuple(entries), warning=warning,
        parser="feedparser",
    )


_DECL_ENCODING = re.compile(rb"""^(<\?xml[^>]*?encoding\s*=\s*["'])[^"']*(["'])""")


def _repair(body: bytes) -> bytes:
    """Fix two breakages feedparser cannot read and publishers produce (simplepie's test files).

    - UTF-16 without a byte order mark (``\\x00<`` / ``<\\x00``): re-encoded as UTF-8, the
      declaration's encoding rewritten to match;
    - whitespace before the XML declaration, which makes a document not well-formed, also
      after a UTF-8 byte order mark (a PHP file saved with one, then a blank line).
    """
    if body.startswith((b"\x00<", b"<\x00")):
        codec = "utf-16-be" if body[0] == 0 else "utf-16-le"
        try:
            text = body.decode(codec)
        except UnicodeDecodeError:
            return body
        body = _DECL_ENCODING.sub(rb"\1utf-8\2", text.encode("utf-8"))
    bom = body.startswith(b"\xef\xbb\xbf")
    if body[bom * 3:bom * 3 + 1].isspace():
        stripped = body[bom * 3:].lstrip()
        if stripped.startswith(b"<?xml"):
            body = b"\xef\xbb\xbf" + stripped if bom else stripped
    return body


def _cp1252_byte(err: UnicodeError) -> tuple[str, int]:
    """Codec error handler: a byte that is no UTF-8 read as Windows-1252 (else Latin-1)."""
    assert isinstance(err, UnicodeDecodeError)
    byte = err.object[err.start:err.start + 1]
    try:
        return byte.decode("cp1252"), err.start + 1
    except UnicodeDecodeError:  # 0x81, 0x8d, 0x8f, 0x90, 0x9d: no character in Windows-1252
        return byte.decode("latin-1"), err.start + 1


codecs.register_error("watcher-cp1252", _cp1252_byte)
_DECLARED = re.compile(rb"""^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._-]+)", re.IGNORECASE)


def _mend_utf8(body: bytes, headers: Mapping[str, str] | None) -> bytes | None:
    """A UTF-8 document with stray Windows-1252 bytes (a "smart quote" pasted into a CMS, one
    old entry): those bytes as Windows-1252, the rest as UTF-8; None if there is nothing to mend.

    feedparser decodes the whole document with the first codec that accepts every byte, so one
    stray byte turned every "ü" and "–" of the feed into mojibake (Windows-1252, or ISO-8859-2
    when a "”" holds the byte 0x9D that Windows-1252 lacks), and keywords stopped matching.
    Called only when the fast path refused the body, never on the hot path."""
    if body.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00", b"<\x00")):
        return None  # UTF-16/32
    declared = _DECLARED.match(body[:200].lstrip(b"\xef\xbb\xbf"))
    if declared and declared.group(1).lower() not in (b"utf-8", b"utf8"):
        return None
    charset = _CHARSET.search(_header(headers, "content-type") or "")
    if charset and charset.group(1).lower() not in ("utf-8", "utf8"):
        return None
    try:
        body.decode("utf-8")
        return None
    except UnicodeDecodeError:
        return body.decode("utf-8", "watcher-cp1252").encode("utf-8")


def parse_feed(body: bytes, *, url: str, headers: Mapping[str, str] | None = None) -> ParsedFeed:
    """Read a body (sync, CPU-bound): fast path, else feedparser; ``FeedError`` if no feed."""
    if not body or (body[:1].isspace() and not body.strip()):  # strip() copies the whole body
        raise FeedError(url, "not a feed: got an empty body")
    arrived, body = body, _repair(body)
    start = body[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"{"):
        parsed = parse_json_feed(body, url=url)
        if parsed is None and (mended := _mend_utf8(body, headers)) is not None:
            parsed = parse_json_feed(mended, url=url)
        if parsed is not None:
            return parsed
        raise FeedError(url, f"not a feed: got {_what_arrived(arrived, headers)}")
    if _HTML_START.match(body[:4096].lstrip(b"\xef\xbb\xbf")):
        raise FeedError(url, f"not a feed: got {_what_arrived(arrived, headers)}")
    try:
        return parse_xml(body, url=url, headers=headers)
    except Unsure:
        pass
    except RecursionError:  # absurdly deep documents: let feedparser's SAX reader try
        pass
    mended = _mend_utf8(body, headers)
    if mended is not None:
        body = mended
        try:
            return parse_xml(body, url=url, headers=headers)
        except (Unsure, RecursionError):
            pass
    return parse_with_feedparser(body, url=url, headers=headers, arrived=arrived)
