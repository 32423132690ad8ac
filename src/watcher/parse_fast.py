"""A fast, strict reader for ordinary RSS 2.0, Atom 1.0 and RSS 1.0 documents.

feedparser costs about 1.7 ms per item (pure Python SAX, sanitiser, date heuristics); a walk over an
lxml tree costs tens of microseconds. This module reads only what watcher uses (title, link, id,
dates, summary, content, language, author) and gives up - raises ``Unsure`` - whenever it might
read a document differently from feedparser: not well-formed XML, an encoding other than UTF-8 or
one the HTTP header contradicts, markup where text was expected, a date it cannot parse exactly,
elements feedparser would map onto the fields we read. ``watcher.parse`` then runs feedparser, the
reference. ``tests/test_corpus.py`` checks on every corpus file that both agree after
normalisation.

The checks that make it give up and the reading of element text are in
``watcher.parse_fast_text``, the dates in ``watcher.parse_fast_dates``; ``Unsure`` and
``parse_datetime`` are imported here from there, where ``watcher.parse`` and
``watcher.parse_json`` take them.

JSON Feed, which feedparser 6.0 does not know, is read by ``watcher.parse_json``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urljoin

import lxml.etree as etree

from watcher.models import ParsedFeed, RawEntry
from watcher.models import raw_entry as _raw_entry
from watcher.parse_fast_dates import parse_datetime
from watcher.parse_fast_text import (
    Unsure,
    atom_text,
    check_encoding,
    check_foreign,
    check_other,
    element_text,
    first_child,
    fix_double_utf8,
    may_be_double_utf8,
)

ATOM = "{http://www.w3.org/2005/Atom}"
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
RSS1 = "{http://purl.org/rss/1.0/}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
DC = "{http://purl.org/dc/elements/1.1/}"
DCTERMS = "{http://purl.org/dc/terms/}"
MEDIA = "{http://search.yahoo.com/mrss/}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ATOM_NAME = ATOM + "name"

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True,
    remove_pis=True, recover=False, collect_ids=False,  # no xml:id lookups: no hash table
)
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
    be UTF-8 encoded twice (``may_be_double_utf8``)."""
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
                check_other(tag, safe)
        elif kind == _TITLE:
            if title is None:
                title = element_text(child, repair)
        elif kind == _LINK:
            link = element_text(child, repair).strip()
            link_el = child  # a relative link resolves against its own xml:base
        elif kind == _SUMMARY:
            if summary is None:
                summary = element_text(child, repair)
        elif kind == _CONTENT:
            if content is None:
                content = element_text(child, repair)
        elif kind == _GUID:
            if guid is not None:  # feedparser: the last one's id, the first one's link
                raise Unsure("two guids")
            guid = element_text(child, repair).strip()
            is_permalink = (child.get("isPermaLink") or "true").strip().lower() == "true"
        elif kind == _PUBLISHED:
            published = parse_datetime(element_text(child, repair))
        elif kind == _UPDATED:
            updated = parse_datetime(element_text(child, repair))
        elif kind == _AUTHOR:
            author = author or element_text(child, repair).strip()
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
            return fix_double_utf8(el.text) if repair else el.text
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
                    check_foreign(tag)
                if len(safe) < 1024:
                    safe.add(tag)
        elif kind == _TITLE:
            if title is None:
                title = atom_text(child, repair)
        elif kind == _LINK:
            links.append(child)
        elif kind == _GUID:
            guid = element_text(child, repair).strip()
        elif kind == _SUMMARY:
            if summary is None:
                summary = atom_text(child, repair)
        elif kind == _CONTENT:
            if content is None and child.get("src") is None:
                content = atom_text(child, repair)
        elif kind == _PUBLISHED:
            published = parse_datetime(element_text(child, repair))
        elif kind == _UPDATED:
            updated = parse_datetime(element_text(child, repair))
        elif kind == _AUTHOR:
            name = first_child(child, ATOM_NAME)
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
    check_encoding(body, headers)
    try:
        root = etree.fromstring(body, _PARSER, base_url=url)
    except (etree.XMLSyntaxError, ValueError) as err:
        raise Unsure(f"XML: {err}") from err
    repair = may_be_double_utf8(body)
    tag = root.tag
    if tag == "rss":
        channel = first_child(root, "channel")
        if channel is None or first_child(root, "item") is not None:
            raise Unsure("rss without channel")
        items = tuple(_rss_item(i, _RSS2_FIELDS, repair) for i in channel.iterchildren("item"))
        link_el = first_child(channel, "link")
        link = (link_el.text or "").strip() if link_el is not None else None
        title_el = first_child(channel, "title")
        lang_el = first_child(channel, "language")
        lang = (lang_el.text or "").strip() if lang_el is not None else None
        title = title_el.text if title_el is not None else ""
    elif tag == ATOM + "feed":
        feed_lang = _inherited_lang(root)
        items = tuple(_atom_entry(e, feed_lang, repair)
                      for e in root.iterchildren(ATOM + "entry"))
        link = _atom_link(list(root.iterchildren(ATOM + "link")))
        title_el = first_child(root, ATOM + "title")
        title = atom_text(title_el, repair) if title_el is not None else ""
        lang = root.get(XML_LANG)
    elif tag == RDF + "RDF":
        channel = first_child(root, RSS1 + "channel")
        if channel is None:
            raise Unsure("RDF without RSS 1.0 channel (RSS 0.90?)")
        items = tuple(_rss_item(i, _RSS1_FIELDS, repair)
                      for i in root.iterchildren(RSS1 + "item"))
        title_el = first_child(channel, RSS1 + "title")
        link_el = first_child(channel, RSS1 + "link")
        lang_el = first_child(channel, DC + "language")
        title = title_el.text if title_el is not None else ""
        link = (link_el.text or "").strip() if link_el is not None else None
        lang = (lang_el.text or "").strip() if lang_el is not None else None
    else:
        raise Unsure(f"root {tag}")
    if link and not (_PLAIN_URL.fullmatch(link) and _sound_base(url)):
        link = urljoin(url, link)
    return ParsedFeed(title=(title or "").strip(), link=link or None, lang=lang or None,
                      entries=items, parser="fast")
