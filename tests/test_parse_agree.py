"""The fast path against feedparser on documents the corpus does not hold: entries with an
element given twice, Atom links of several types, an xml:base on a link, odd dates and escapes.

Each document is read by both; after normalising (``tests.test_corpus._view``) they must agree,
or the fast path must give up (``Unsure``) and leave the document to feedparser."""

from __future__ import annotations

import pytest

from tests.test_corpus import _view
from watcher.parse import parse_feed, parse_with_feedparser
from watcher.parse_fast import Unsure, parse_xml

URL = "http://h.test/feed"
DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'


def rss(item: str, ns: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"{ns}><channel><title>T'
            f"</title><link>http://h.test/</link><item>{item}</item></channel></rss>").encode()


def atom(entry: str) -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>T</title><id>urn:x</id><entry><id>urn:1</id>{entry}</entry></feed>").encode()


L1 = "<link>http://h.test/1</link>"
DOCUMENTS = {
    # an element twice: feedparser keeps the first title, description and content, and the
    # last link and dates (the fast path kept the last title and description, the first date)
    "two titles": rss(f"<title>first</title><title>second</title>{L1}"),
    "two descriptions": rss(f"<title>x</title>{L1}<description>one</description>"
                            "<description>two</description>"),
    "two contents": rss(f"<title>x</title>{L1}<content:encoded>one</content:encoded>"
                        "<content:encoded>two</content:encoded>", CONTENT),
    "two links": rss("<title>x</title><link>http://h.test/1</link><link>http://h.test/2</link>"),
    "two dates": rss(f"<title>x</title>{L1}<pubDate>Thu, 16 Oct 2025 08:05:00 GMT</pubDate>"
                     "<pubDate>Fri, 17 Oct 2025 08:05:00 GMT</pubDate>"),
    "two dc dates": rss(f"<title>x</title>{L1}<dc:date>2025-10-16T08:05:00Z</dc:date>"
                        "<dc:date>2025-10-17T08:05:00Z</dc:date>", DC),
    "two guids": rss("<title>x</title><guid>http://h.test/1</guid><guid>http://h.test/2</guid>"),
    "atom two titles": atom("<title>first</title><title>second</title>"),
    "atom two summaries": atom("<title>x</title><summary>one</summary><summary>two</summary>"),
    "atom two contents": atom("<title>x</title><content>one</content><content>two</content>"),
    "atom two dates": atom("<title>x</title><published>2025-10-16T00:00:00Z</published>"
                           "<published>2025-10-17T00:00:00Z</published>"
                           "<updated>2025-10-16T00:00:00Z</updated>"
                           "<updated>2025-10-18T00:00:00Z</updated>"),
    "atom two ids": atom('<title>x</title><id>urn:2</id>'),
    # Atom: the link is the last alternate of an HTML type (the fast path took the first
    # alternate of any type: a PDF, an MP3)
    "atom pdf alternate first": atom(
        '<title>x</title><link rel="alternate" type="application/pdf" href="http://h.test/1.pdf"/>'
        '<link rel="alternate" type="text/html" href="http://h.test/1"/>'),
    "atom two html alternates": atom(
        '<title>x</title><link href="http://h.test/en"/><link type="text/html" href="/de"/>'),
    "atom only a feed alternate": atom(
        '<title>x</title><link rel="alternate" type="application/atom+xml" href="/c.xml"/>'),
    "atom enclosure and alternate": atom(
        '<title>x</title><link rel="enclosure" href="http://h.test/1.mp3"/>'
        '<link rel="alternate" type="application/xhtml+xml" href="http://h.test/1"/>'),
    # a relative link resolves against the link element's own xml:base
    "xml:base on the link": rss('<title>x</title><link xml:base="http://o.test/d/">a/1</link>'),
    "xml:base on the item": rss('<title>x</title><link>a/1</link>').replace(
        b"<item>", b'<item xml:base="http://o.test/d/">'),
    # already agreeing: kept so that they stay so
    "escaped markup in a title": rss(f"<title>A &lt;b&gt;B&lt;/b&gt; &amp;amp; C</title>{L1}"),
    "cdata title": rss(f"<title><![CDATA[<b>A</b> &amp; B]]></title>{L1}"),
    "permalink guid": rss("<title>x</title><guid>http://h.test/9</guid>"),
    "guid not a permalink": rss('<title>x</title><guid isPermaLink="false">http://h.test/9</guid>'),
    "iso date without colon": rss(f"<title>x</title>{L1}<pubDate>2025-10-16T20:05:00+0200"
                                  "</pubDate>"),
    "rfc date, no seconds": rss(f"<title>x</title>{L1}<pubDate>16 Oct 2025 20:05 +0200</pubDate>"),
    "atom text with markup": atom('<title type="text">A &lt;b&gt; B</title>'),
    "atom xhtml title": atom('<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">'
                             "A <b>B</b> &amp; C</div></title>"),
}


@pytest.mark.parametrize("name", DOCUMENTS)
def test_fast_path_agrees_with_feedparser_or_gives_up(name: str) -> None:
    body = DOCUMENTS[name]
    try:
        fast = parse_xml(body, url=URL)
    except Unsure:
        return
    ref = parse_with_feedparser(body, url=URL)
    assert [_view(e) for e in fast.entries] == [_view(e) for e in ref.entries]


def test_what_the_fixed_documents_read() -> None:
    def first(name: str) -> dict[str, object]:
        return _view(parse_xml(DOCUMENTS[name], url=URL).entries[0])

    assert first("two titles")["title"] == "first"
    assert first("two descriptions")["summary"] == "one"
    assert str(first("two dates")["date"]).startswith("2025-10-17")
    assert first("atom pdf alternate first")["link"] == "http://h.test/1"
    assert first("atom only a feed alternate")["link"] is None
    assert first("xml:base on the link")["link"] == "http://o.test/d/a/1"
    with pytest.raises(Unsure):
        parse_xml(DOCUMENTS["two guids"], url=URL)


@pytest.mark.parametrize("ctype", ["text/xml", "text/html", "text/plain", "application/xml"])
def test_a_utf8_feed_served_as_text_without_charset_is_read_fast(ctype: str) -> None:
    """text/xml without charset sent every non-ASCII feed to feedparser (50 times the CPU),
    which reads it as the fast path does."""
    body = rss("<title>Zürich: Gipfel „abgesagt“</title><link>http://h.test/1</link>"
               "<description>Le sommet est annulé</description>")
    headers = {"Content-Type": ctype}
    fast = parse_feed(body, url=URL, headers=headers)
    ref = parse_with_feedparser(body, url=URL, headers=headers)
    assert fast.parser == "fast"
    assert [_view(e) for e in fast.entries] == [_view(e) for e in ref.entries]
    assert fast.entries[0].title == "Zürich: Gipfel „abgesagt“"


# -- xml:base and ids that are no URLs (a code review, finding 2) ---------------------------------
# feedparser resolved an id against the xml:base in scope ("5" -> "http://ex.org/news/5") where
# the fast path kept "5": one entry, two item keys. A body the fast path gave up on (one odd
# entry) stored every entry again under new keys, and ran it through the tracker once more.

def based(entries: str, where: str = "feed") -> bytes:
    base = ' xml:base="http://ex.org/news/"'
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"'
            f'{base if where == "feed" else ""}><title>T</title><id>urn:x</id>'
            f'{entries.replace("<entry>", f"<entry{base}>") if where == "entry" else entries}'
            "</feed>").encode()


def entry(ident: str, extra: str = "") -> str:
    return (f"<entry><title>Putin {ident}</title><id>{ident}</id>{extra}"
            "<updated>2025-10-20T08:00:00Z</updated></entry>")


BASED = {
    "atom xml:base, numeric ids, no link": based(entry("5") + entry("8")),
    "atom xml:base on the entry": based(entry("5"), where="entry"),
    "atom xml:base, relative path id and a link": based(entry("/x/6", '<link href="s6"/>')),
    "atom xml:base, link before the id": based(
        '<entry><title>P</title><link href="p7"/><id>7</id>'
        "<updated>2025-10-20T08:00:00Z</updated></entry>"),
    "atom xml:base, tag and URL ids": based(entry("tag:ex.org,2025:1") + entry("http://ex.org/a")),
    "rss xml:base, relative guid": rss("<title>x</title><guid>5</guid>").replace(
        b"<channel>", b'<channel xml:base="http://ex.org/news/">'),
}


def keys(entries: object) -> list[str]:
    from watcher.normalize import entry_key

    return [entry_key(e, feed_url=URL) for e in entries]  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", BASED)
def test_both_paths_give_an_entry_under_an_xml_base_the_same_key(name: str) -> None:
    body = BASED[name]
    fast = parse_xml(body, url=URL)
    ref = parse_with_feedparser(body, url=URL)
    assert keys(fast.entries) == keys(ref.entries)
    assert [_view(e) for e in fast.entries] == [_view(e) for e in ref.entries]


def test_an_entry_the_fast_path_gives_up_on_leaves_the_others_keys_as_they_were() -> None:
    """The review's case: ids 5 and 8 stored by the fast path; an entry with an hour 25 sends
    the body to feedparser, and 5 and 8 must keep their keys (``guid:FEED#5``), not turn into
    ``url:ex.org/news/5``. The keys stored by the fast path are the ones kept."""
    clean = based(entry("5") + entry("8"))
    odd = based(entry("5") + entry("8") + "<entry><title>odd</title><id>9</id><updated>Sat, 05"
                " Dec 2026 25:00:00 GMT</updated></entry>")
    before = parse_feed(clean, url=URL)
    after = parse_feed(odd, url=URL)
    assert (before.parser, after.parser) == ("fast", "feedparser")
    assert keys(after.entries)[:2] == keys(before.entries) == [f"guid:{URL}#5", f"guid:{URL}#8"]
    assert [e.link for e in after.entries] == [None, None, None]
