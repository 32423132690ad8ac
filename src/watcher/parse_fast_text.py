"""Element text as the fast reader takes it, and the checks that make it give up.

``watcher.parse_fast`` raises ``Unsure`` whenever it might read a document differently from
feedparser: an encoding other than UTF-8 or one the HTTP header contradicts, markup where text was
expected, elements feedparser would map onto the fields we read. Those checks, and the reading of
an element's text (with feedparser's repair of text UTF-8 encoded twice), live here, apart from
the walk over RSS and Atom documents that uses them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import lxml.etree as etree

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


_ENCODING_DECL = re.compile(rb"""^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_UTF8 = frozenset({"utf-8", "utf8"})
_UTF8_OR_ASCII = _UTF8 | {"us-ascii", "ascii"}


def check_encoding(body: bytes, headers: Mapping[str, str] | None) -> None:
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


def fix_double_utf8(text: str) -> str:
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


def element_text(el: etree._Element, repair: bool = True) -> str:
    """An element's text (no markup), repaired if UTF-8 encoded twice (when ``repair``: see
    ``may_be_double_utf8``). Non-ASCII text goes straight to the repair, whose encode or decode
    fails in C at the first character that rules a repair out: cheaper than the regex scan of the
    whole text for a pair that allows one."""
    if len(el):
        raise Unsure(f"markup inside <{etree.QName(el).localname}>")
    text = el.text
    if text is None:
        return ""
    return text if text.isascii() or not repair else fix_double_utf8(text)  # most: no call


def may_be_double_utf8(body: bytes) -> bool:
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


def atom_text(el: etree._Element, repair: bool = True) -> str:
    """An Atom text construct as HTML (text and html as is, xhtml serialised)."""
    kind = el.get("type")
    if not kind or kind in _TEXT_TYPES:  # nearly always: no lower()
        return element_text(el, repair)
    kind = kind.lower()
    if kind == "xhtml":
        div = el.find("{http://www.w3.org/1999/xhtml}div")
        if div is None:
            raise Unsure("xhtml without div")
        inner = (div.text or "") + "".join(
            etree.tostring(child, encoding="unicode", with_tail=True) for child in div)
        inner = inner.replace(' xmlns="http://www.w3.org/1999/xhtml"', "")
        return fix_double_utf8(inner) if repair else inner
    if kind not in _TEXT_TYPES:
        raise Unsure(f"atom type {kind}")
    return element_text(el, repair)


def first_child(el: etree._Element, tag: str) -> etree._Element | None:
    """``el.find(tag)``, filtered in C: find and iterfind run lxml's path code in Python."""
    return next(el.iterchildren(tag), None)


def check_foreign(tag: str) -> None:
    if not tag.startswith("{"):
        return
    ns, _, local = tag[1:].partition("}")
    if ns not in _HARMLESS_NS and local in _RISKY:
        raise Unsure(f"foreign {local}")


def check_other(tag: str, safe: set[str]) -> None:
    """An RSS item child we do not read: ``Unsure`` if feedparser would read it, else noted safe."""
    if not tag.startswith("{") and tag.lower() in _RISKY_LOWER:  # feedparser: <PubDate>
        raise Unsure(f"<{tag}> in item")
    check_foreign(tag)
    if len(safe) < 1024:  # a document with ever new element names must not grow this for good
        safe.add(tag)
