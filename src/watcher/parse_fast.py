"""A fast, strict reader for ordinary RSS 2.0, Atom 1.0 and RSS 1.0 documents.

feedparser costs about 1.7 ms per item (pure Python SAX, sanitiser, date heuristics); a walk over an
lxml tree costs tens of microseconds. This module reads only what watcher uses (title, link, id,
dates, summary, content, language, author) and gives up - raises ``Unsure`` - whenever it might
read a document differently from feedparser: not well-formed XML, an encoding other than UTF-8 or
one the HTTP header contradicts, markup where text was expected, a date it cannot parse exactly,
elements feedparser would map onto the fields we read. ``watcher.parse`` then runs feedparser, the
reference. ``tests/test_corpus.py`` checks on every corpus file that both agree after
normalisation.

JSON Feed, which feedparser 6.0 does not know, is read by ``watcher.parse_json``.
"""

from __future__ import annotations

import email.utils
import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from urllib.parse import urljoin

import lxml.etree as etree

from watcher.models import ParsedFeed, RawEntry
from watcher.models import raw_entry as _raw_entry

ATOM = "{http://www.w3.org/2005/Atom}"
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
RSS1 = "{http://purl.org/rss/1.0/}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
DC = "{http://purl.org/dc/elements/1.1/}"
DCTERMS = "{http://purl.org/dc/terms/}"
MEDIA = "{http://search.yahoo.com/mrss/}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ATOM_NAME = ATOM + "name"

# Namespaces whose elements feedparser ignores or maps onto fields watcher does not read.
_HARMLESS_NS = frozenset({
    "http://purl.org/rss/1.0/modules/slash/", "http://wellformedweb.org/CommentAPI/",
    "http://purl.org/rss/1.0/modules/syndication/", "http://rssnamespace.org/feedburner/ext/1.0",
    "http://www.georss.org/georss", "http://www.w3.org/2003/01/geo/wgs84_pos#",
    "http://search.yahoo.com/mrss/", "http://purl.org/syndication/thread/1.0",
})
# Local names that feedparser maps onto title/link/id/dates/summary whatever their namespace.
_RISKY = frozenset({
    "title", "link", "id", "guid", "summary", "description", "content", "encoded", "subtitle",
    "published", "updated", "modified", "issued", "created", "date", "pubDate", "abstract",
})

_RISKY_LOWER = frozenset(name.lower() for name in _RISKY)


class Unsure(Exception):
    """The fast path will not vouch for its reading; use feedparser."""


_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True,
    remove_pis=True, recover=False, collect_ids=False,  # no xml:id lookups: no hash table
)
_ENCODING_DECL = re.compile(rb"""^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_ABSOLUTE = re.compile(r"https?://", re.IGNORECASE)
# An absolute http(s) URL that urljoin gives back unchanged whatever the base: a host, a port,
# a path and a query of characters urlparse passes through (no ";" params, "#", empty "?" that
# urlunparse would drop, no upper-case scheme it would lower). The feed's own link nearly
# always is one, and urljoin costs some 14 us: a good percent of reading a 30-item feed.
# (``_sound_base``: nor can urljoin's parse of the base then raise.)
_PLAIN_URL = re.compile(
    r"https?://[A-Za-z0-9.-]+(?::[0-9]+)?(?:/[A-Za-z0-9\-._~!$&'()*+,=:@%/]*)?"
    r"(?:\?[A-Za-z0-9\-._~!$&'()*+,=:@%/?]+)?")


def _sound_base(url: str) -> bool:
    """Whether urljoin's parse of the base ``url`` cannot raise: it raises ValueError only for
    brackets that are no IPv6 address and for a non-ASCII host that NFKC folds into a
    separator, and that error must stay what it was (the feed's error)."""
    return url.isascii() and "[" not in url and "]" not in url


_UTF8 = frozenset({"utf-8", "utf8"})
_UTF8_OR_ASCII = _UTF8 | {"us-ascii", "ascii"}


def _check_encoding(body: bytes, headers: Mapping[str, str] | None) -> None:
    """Only UTF-8 (or pure ASCII) documents with no contradicting HTTP charset go fast."""
    if body.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00", b"\xef\xbb\xbf<\x00")):
        raise Unsure("UTF-16/32")
    declared = _ENCODING_DECL.match(body[:200].lstrip(b"\xef\xbb\xbf"))
    if declared and declared.group(1).decode().lower() not in _UTF8_OR_ASCII:
        raise Unsure("declared encoding")
    if headers:
        ctype = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
        match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9._-]+)", ctype)
        if match and match.group(1).lower() not in _UTF8:
            raise Unsure("HTTP charset")
        # text/xml without charset is us-ascii by RFC 3023, but feedparser then tries the
        # declared encoding and UTF-8 and reads a UTF-8 document as we do (every non-ASCII file
        # of the corpus): such feeds, many of them, went to feedparser at 50 times the cost


_DATES: dict[str, datetime] = {}  # parse_datetime's answers, by the text as given
_DATES_MAX = 8192


def parse_datetime(value: str) -> datetime:
    """RFC 822 or ISO 8601, as aware UTC; ``Unsure`` for anything else (feedparser guesses more).

    Answers are remembered (datetimes are immutable; refusals are not): a changed feed is parsed
    whole at every poll, its old entries' dates again, and feeds share minutes."""
    found = _DATES.get(value)
    if found is not None:
        return found
    found = _parse_datetime(value)
    if len(_DATES) >= _DATES_MAX:  # bounded: a daemon reads new dates for months
        _DATES.clear()
    _DATES[value] = found
    return found


def _parse_datetime(value: str) -> datetime:
    value = value.strip()
    if not value:
        raise Unsure("empty date")
    if value[0].isdigit() and "-" in value[:5]:
        try:
            dt = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError as err:
            raise Unsure(f"date {value!r}") from err
        if dt.tzinfo is None:
            if "T" not in value and " " not in value and len(value) == 10:
                return dt.replace(tzinfo=UTC)
            raise Unsure("naive ISO date")
        try:
            dt = dt.astimezone(UTC)
        except OverflowError as err:  # year 1 or 9999 with an offset
            raise Unsure(f"date {value!r}") from err
        return dt.replace(microsecond=0) if dt.microsecond else dt  # replace() costs 1-2 us
    rfc822 = _RFC822.fullmatch(value)
    if rfc822 is None and _ZERO_YEAR.search(value):
        # email.utils reads "0001" as the two-digit year 01 (2001); feedparser as the year 1 (the
        # zero date Hugo writes for undated pages, which ``watcher.normalize`` reads as none)
        raise Unsure(f"date {value!r}")
    try:
        dt = _rfc822(rfc822) if rfc822 else email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError) as err:
        raise Unsure(f"date {value!r}") from err
    if dt.tzinfo is None:
        if value.endswith("-0000"):
            return dt.replace(tzinfo=UTC)
        raise Unsure(f"date zone {value!r}")
    if dt.year < 1970:
        raise Unsure("odd year")
    try:
        return dt.astimezone(UTC)
    except OverflowError as err:
        raise Unsure(f"date {value!r}") from err


# "Thu, 16 Oct 2025 10:45:00 +0000", the form nearly every RSS feed writes, read without
# email.utils (a third of the fast path's time): ``_rfc822`` gives what parsedate_to_datetime gives.
_RFC822 = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(\d\d?) "
    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([1-9]\d{3}) (\d\d):(\d\d)(?::(\d\d))? "
    r"(?:([+-])(\d\d)(\d\d)|GMT|UTC|UT|Z)", re.ASCII)
_ZERO_YEAR = re.compile(r"(?<![\d:+-])0\d{3}(?!\d)")  # a year "0001", not a zone "+0100"
_MONTHS = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "May": 5, "Jun": 6, "Jul": 7, "Aug": 8,
           "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12}


_NUMBERS = {f"{n:0{width}d}": n for width in (1, 2) for n in range(10 ** width)}  # "07": 7


def _rfc822(match: re.Match[str]) -> datetime:
    """``email.utils.parsedate_to_datetime`` for a ``_RFC822`` match (naive for ``-0000``)."""
    day, month, year, hour, minute, second, sign, zone_h, zone_m = match.groups()
    numbers = _NUMBERS
    year_n, month_n, day_n = int(year), _MONTHS[month], numbers[day]
    hour_n, minute_n, second_n = numbers[hour], numbers[minute], numbers[second or "0"]
    if sign is None or (zone_h == "00" and zone_m == "00"):
        if sign == "-":
            return datetime(year_n, month_n, day_n, hour_n, minute_n, second_n)
        return datetime(year_n, month_n, day_n, hour_n, minute_n, second_n, 0, UTC)
    offset = numbers[zone_h] * 3600 + numbers[zone_m] * 60
    zone = timezone(timedelta(seconds=-offset if sign == "-" else offset))
    return datetime(year_n, month_n, day_n, hour_n, minute_n, second_n, 0, zone)


def _fix_double_utf8(text: str) -> str:
    """Undo UTF-8 encoded twice ("FÃ³rmula" -> "Fórmula"), as feedparser does for UTF-8 feeds.

    Text that is genuinely Latin-1-looking almost never forms valid UTF-8 when re-encoded, so the
    repair is safe; it costs nothing for ASCII text.
    """
    if text.isascii():
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def _text(el: etree._Element, repair: bool = True) -> str:
    """An element's text (no markup), repaired if UTF-8 encoded twice (when ``repair``: see
    ``_may_be_double_utf8``). Non-ASCII text goes straight to the repair, whose encode or decode
    fails in C at the first character that rules a repair out: cheaper than the regex scan of the
    whole text for a pair that allows one."""
    if len(el):
        raise Unsure(f"markup inside <{etree.QName(el).localname}>")
    text = el.text
    if text is None:
        return ""
    return text if text.isascii() or not repair else _fix_double_utf8(text)  # most: no call


def _may_be_double_utf8(body: bytes) -> bool:
    """Whether any text of the UTF-8 document ``body`` can be UTF-8 encoded twice.

    Such text re-encoded as Latin-1 is valid UTF-8 with a byte above 0x7F, hence with a
    continuation byte 0x80-0xBF: the text holds a character U+0080-U+00BF, which the document
    spells as the bytes C2 80-C2 BF or as a character reference (lxml refuses bytes that are
    no UTF-8, and entities come from the document too). Without either, no repair can succeed,
    and each of the document's non-ASCII texts would fail one at the cost of a raised and caught
    UnicodeError (German and French feeds: half of their texts; ~1 us each). Two scans of the
    bytes in C (memchr) decide it for the whole document."""
    return b"\xc2" in body or b"&#" in body


_TEXT_TYPES = frozenset({"text", "html", "text/plain", "text/html"})  # read as text (lower case)


def _atom_text(el: etree._Element, repair: bool = True) -> str:
    """An Atom text construct as HTML (text and html as is, xhtml serialised)."""
    kind = el.get("type")
    if not kind or kind in _TEXT_TYPES:  # nearly always: no lower()
        return _text(el, repair)
    kind = kind.lower()
    if kind == "xhtml":
        div = el.find("{http://www.w3.org/1999/xhtml}div")
        if div is None:
            raise Unsure("xhtml without div")
        inner = (div.text or "") + "".join(
            etree.tostring(child, encoding="unicode", with_tail=True) for child in div)
        inner = inner.replace(' xmlns="http://www.w3.org/1999/xhtml"', "")
        return _fix_double_utf8(inner) if repair else inner
    if kind not in _TEXT_TYPES:
        raise Unsure(f"atom type {kind}")
    return _text(el, repair)


def _first(el: etree._Element, tag: str) -> etree._Element | None:
    """``el.find(tag)``, filtered in C: find and iterfind run lxml's path code in Python."""
    return next(el.iterchildren(tag), None)


def _check_foreign(tag: str) -> None:
    if not tag.startswith("{"):
        return
    ns, _, local = tag[1:].partition("}")
    if ns not in _HARMLESS_NS and local in _RISKY:
        raise Unsure(f"foreign {local}")


def _check_other(tag: str, safe: set[str]) -> None:
    """An RSS item child we do not read: ``Unsure`` if feedparser would read it, else noted safe."""
    if not tag.startswith("{") and tag.lower() in _RISKY_LOWER:  # feedparser: <PubDate>
        raise Unsure(f"<{tag}> in item")
    _check_foreign(tag)
    if len(safe) < 1024:  # a document with ever new element names must not grow this for good
        safe.add(tag)


# What an RSS item child is, by tag: one dict lookup per child instead of a chain of comparisons.
_TITLE, _LINK, _GUID, _SUMMARY, _CONTENT, _PUBLISHED, _UPDATED, _AUTHOR, _SKIP = range(9)


def _rss_fields(ns: str) -> dict[Any, int]:
    fields = {
        ns + "title": _TITLE, ns + "link": _LINK, ns + "description": _SUMMARY,
        CONTENT + "encoded": _CONTENT, "pubDate": _PUBLISHED, DCTERMS + "issued": _PUBLISHED,
        DC + "date": _UPDATED, DCTERMS + "modified": _UPDATED, "author": _AUTHOR,
        DC + "creator": _AUTHOR, "category": _SKIP, "comments": _SKIP, "enclosure": _SKIP,
        "source": _SKIP, etree.Comment: _SKIP, etree.ProcessingInstruction: _SKIP,
        etree.Entity: _SKIP,
    }
    if not ns:
        fields["guid"] = _GUID
    return fields


_RSS2_FIELDS = _rss_fields("")
_RSS1_FIELDS = _rss_fields(RSS1)
_RSS_SAFE: set[str] = set()  # other children seen that feedparser does not read either


def _rss_item(item: etree._Element, fields: dict[Any, int], repair: bool = True) -> RawEntry:
    """One RSS 2.0 (``_RSS2_FIELDS``) or RSS 1.0 (``_RSS1_FIELDS``) item; ``repair``: texts may
    be UTF-8 encoded twice (``_may_be_double_utf8``)."""
    title = link = guid = author = None
    summary = content = None
    is_permalink = False
    published = updated = None
    link_el = item
    safe = _RSS_SAFE
    # An element given twice counts as feedparser counts it: its first title, description and
    # content, its last link, id and dates.
    for child in item:
        tag = child.tag
        kind = fields.get(tag)
        if kind is None:
            if tag not in safe and isinstance(tag, str):
                _check_other(tag, safe)
        elif kind == _TITLE:
            if title is None:
                title = _text(child, repair)
        elif kind == _LINK:
            link = _text(child, repair).strip()
            link_el = child  # a relative link resolves against its own xml:base
        elif kind == _SUMMARY:
            if summary is None:
                summary = _text(child, repair)
        elif kind == _CONTENT:
            if content is None:
                content = _text(child, repair)
        elif kind == _GUID:
            if guid is not None:  # feedparser: the last one's id, the first one's link
                raise Unsure("two guids")
            guid = _text(child, repair).strip()
            is_permalink = (child.get("isPermaLink") or "true").strip().lower() == "true"
        elif kind == _PUBLISHED:
            published = parse_datetime(_text(child, repair))
        elif kind == _UPDATED:
            updated = parse_datetime(_text(child, repair))
        elif kind == _AUTHOR:
            author = author or _text(child, repair).strip()
    if guid is None and fields is _RSS1_FIELDS:
        guid = item.get(RDF + "about")
    if not link and guid and is_permalink:
        link, link_el = guid, item
    if link and not _ABSOLUTE.match(link):
        base = link_el.base
        link = urljoin(base, link) if base else link
    return _raw_entry(
        title or "", link or None, guid or None, bool(guid and is_permalink),
        summary or content or _media_description(item, repair), content or "", published, updated,
        item.get(XML_LANG), author,
    )


def _media_description(entry: etree._Element, repair: bool = True) -> str:
    """A Media RSS description (YouTube's video text) when the entry has no summary of its own.

    feedparser lets ``media:description`` overwrite even a real summary; we keep the entry's own
    summary then, because the media description describes the attached file, not the article.
    """
    for el in entry.iter(MEDIA + "description"):
        if len(el) == 0 and el.text and el.text.strip():
            return _fix_double_utf8(el.text) if repair else el.text
    return ""


def _atom_link(links: list[etree._Element]) -> str | None:
    """The entry's (or feed's) web page: as feedparser, the last ``alternate`` link of an HTML
    type (the type defaults to HTML): not a PDF, an audio file or another feed."""
    found = None
    for ln in links:
        rel = (ln.get("rel") or "alternate").strip()
        href = ln.get("href")
        if rel == "alternate" and href is not None:
            kind = ln.get("type")
            found = ln if kind is None or kind.strip().lower() in _HTML_TYPES else found
    if found is None:
        return None
    href = found.get("href", "").strip()
    return href if _ABSOLUTE.match(href) else urljoin(found.base or "", href)


_HTML_TYPES = frozenset({"text/html", "html", "application/xhtml+xml", "xhtml"})


_ATOM_FIELDS: dict[Any, int] = {
    ATOM + "title": _TITLE, ATOM + "link": _LINK, ATOM + "id": _GUID, ATOM + "summary": _SUMMARY,
    ATOM + "content": _CONTENT, ATOM + "published": _PUBLISHED, ATOM + "updated": _UPDATED,
    ATOM + "author": _AUTHOR,
}
_ATOM_SAFE: set[str] = set()  # other children seen that feedparser does not read either


def _atom_entry(entry: etree._Element, feed_lang: str | None, repair: bool = True) -> RawEntry:
    """One Atom ``<entry>``, a child of the ``<feed>`` whose inherited xml:lang is ``feed_lang``;
    ``repair`` as in ``_rss_item``."""
    title = guid = author = summary = content = None
    links: list[etree._Element] = []
    published = updated = None
    safe = _ATOM_SAFE
    for child in entry:  # an element twice: as in ``_rss_item``
        tag = child.tag
        kind = _ATOM_FIELDS.get(tag)
        if kind is None:
            if tag not in safe and isinstance(tag, str):
                if not tag.startswith(ATOM):
                    _check_foreign(tag)
                if len(safe) < 1024:
                    safe.add(tag)
        elif kind == _TITLE:
            if title is None:
                title = _atom_text(child, repair)
        elif kind == _LINK:
            links.append(child)
        elif kind == _GUID:
            guid = _text(child, repair).strip()
        elif kind == _SUMMARY:
            if summary is None:
                summary = _atom_text(child, repair)
        elif kind == _CONTENT:
            if content is None and child.get("src") is None:
                content = _atom_text(child, repair)
        elif kind == _PUBLISHED:
            published = parse_datetime(_text(child, repair))
        elif kind == _UPDATED:
            updated = parse_datetime(_text(child, repair))
        elif kind == _AUTHOR:
            name = _first(child, ATOM_NAME)
            author = author or (name.text or "").strip() if name is not None else author
    link = _atom_link(links)
    guid_is_link = False
    if link is None and guid and guid.lower().startswith(("http://", "https://")):
        link, guid_is_link = guid, True  # feedparser does the same
    lang = entry.get(XML_LANG)
    return _raw_entry(
        title or "", link, guid or None, guid_is_link,
        summary or content or _media_description(entry, repair), content or "", published, updated,
        (lang.strip() or None) if lang else feed_lang, author,
    )


def _inherited_lang(el: etree._Element) -> str | None:
    node: etree._Element | None = el
    while node is not None:
        lang = node.get(XML_LANG)
        if lang:
            return lang.strip() or None
        node = node.getparent()
    return None


def parse_xml(body: bytes, *, url: str, headers: Mapping[str, str] | None = None) -> ParsedFeed:
    """Read an RSS 2.0/Atom 1.0/RSS 1.0 document, or raise ``Unsure``."""
    _check_encoding(body, headers)
    try:
        root = etree.fromstring(body, _PARSER, base_url=url)
    except (etree.XMLSyntaxError, ValueError) as err:
        raise Unsure(f"XML: {err}") from err
    repair = _may_be_double_utf8(body)
    tag = root.tag
    if tag == "rss":
        channel = _first(root, "channel")
        if channel is None or _first(root, "item") is not None:
            raise Unsure("rss without channel")
        items = tuple(_rss_item(i, _RSS2_FIELDS, repair) for i in channel.iterchildren("item"))
        link_el = _first(channel, "link")
        link = (link_el.text or "").strip() if link_el is not None else None
        title_el = _first(channel, "title")
        lang_el = _first(channel, "language")
        lang = (lang_el.text or "").strip() if lang_el is not None else None
        title = title_el.text if title_el is not None else ""
    elif tag == ATOM + "feed":
        feed_lang = _inherited_lang(root)
        items = tuple(_atom_entry(e, feed_lang, repair)
                      for e in root.iterchildren(ATOM + "entry"))
        link = _atom_link(list(root.iterchildren(ATOM + "link")))
        title_el = _first(root, ATOM + "title")
        title = _atom_text(title_el, repair) if title_el is not None else ""
        lang = root.get(XML_LANG)
    elif tag == RDF + "RDF":
        channel = _first(root, RSS1 + "channel")
        if channel is None:
            raise Unsure("RDF without RSS 1.0 channel (RSS 0.90?)")
        items = tuple(_rss_item(i, _RSS1_FIELDS, repair)
                      for i in root.iterchildren(RSS1 + "item"))
        title_el = _first(channel, RSS1 + "title")
        link_el = _first(channel, RSS1 + "link")
        lang_el = _first(channel, DC + "language")
        title = title_el.text if title_el is not None else ""
        link = (link_el.text or "").strip() if link_el is not None else None
        lang = (lang_el.text or "").strip() if lang_el is not None else None
    else:
        raise Unsure(f"root {tag}")
    if link and not (_PLAIN_URL.fullmatch(link) and _sound_base(url)):
        link = urljoin(url, link)
    return ParsedFeed(title=(title or "").strip(), link=link or None, lang=lang or None,
                      entries=items, parser="fast")
