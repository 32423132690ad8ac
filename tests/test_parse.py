"""parse_feed: fast path and feedparser fallback, non-feeds, broken feeds, async executors."""

from __future__ import annotations

import dataclasses
import email.utils
import pickle
import re
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from watcher import parse_fast
from watcher.errors import FeedError
from watcher.models import RawEntry
from watcher.parse import parse_feed, parse_with_feedparser
from watcher.parse_fast import Unsure, parse_datetime, parse_xml

URL = "http://news.test/feed.xml"

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>Nachrichten</title><link>/</link><language>de-CH</language>
<item><title>Gipfel in Budapest &amp;amp; mehr</title><link>/a/1?utm_source=rss</link>
  <guid isPermaLink="false">id-1</guid><pubDate>Thu, 16 Oct 2025 20:05:00 +0200</pubDate>
  <description>&lt;p&gt;Der Gipfel ist &lt;b&gt;vom Tisch&lt;/b&gt;.&lt;/p&gt;</description>
  <content:encoded><![CDATA[<p>Lang</p><script>x()</script>]]></content:encoded>
  <dc:creator>Reporterin</dc:creator><media:title>Bild</media:title></item>
<item><title>Zweiter</title><guid>http://news.test/a/2</guid>
  <dc:date>2025-10-17T08:00:00Z</dc:date></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en" xml:base="http://news.test/blog/">
<title>Blog</title><link href="http://news.test/"/>
<entry><title type="html">A &lt;em&gt;summit&lt;/em&gt;</title><link href="posts/1"/>
  <id>tag:news.test,2025:1</id><updated>2025-10-16T18:05:00Z</updated>
  <published>2025-10-16T18:00:00+02:00</published>
  <summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Planned</p></div></summary>
</entry></feed>"""

RSS1 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="http://news.test/"><title>R</title><link>http://news.test/</link></channel>
<item rdf:about="http://news.test/r/1"><title>Eins</title><link>http://news.test/r/1</link>
<dc:date>2025-10-16T10:00:00+00:00</dc:date></item></rdf:RDF>"""


def test_rss_fast_path_reads_what_feedparser_reads() -> None:
    feed = parse_feed(RSS, url=URL)
    assert feed.parser == "fast" and feed.lang == "de-CH" and feed.link == "http://news.test/"
    first, second = feed.entries
    assert first.link == "http://news.test/a/1?utm_source=rss"
    assert first.guid == "id-1" and not first.guid_is_link
    assert first.published == datetime(2025, 10, 16, 18, 5, tzinfo=UTC)
    assert first.title == "Gipfel in Budapest &amp; mehr"  # HTML; normalize decodes it
    assert "vom Tisch" in first.summary and first.author == "Reporterin"
    assert second.link == "http://news.test/a/2" and second.guid_is_link
    assert second.updated == datetime(2025, 10, 17, 8, 0, tzinfo=UTC)
    ref = parse_with_feedparser(RSS, url=URL)
    assert [e.link for e in ref.entries] == [e.link for e in feed.entries]
    assert [e.guid for e in ref.entries] == [e.guid for e in feed.entries]


def test_atom_xml_base_and_xhtml() -> None:
    feed = parse_feed(ATOM, url=URL)
    assert feed.parser == "fast" and feed.lang == "en"
    (entry,) = feed.entries
    assert entry.link == "http://news.test/blog/posts/1"
    assert entry.published == datetime(2025, 10, 16, 16, 0, tzinfo=UTC)
    assert "<p>Planned</p>" in entry.summary and entry.lang == "en"
    ref = parse_with_feedparser(ATOM, url=URL).entries[0]
    assert ref.link == entry.link and ref.published == entry.published


def test_rss1() -> None:
    feed = parse_feed(RSS1, url=URL)
    assert feed.parser == "fast"
    assert feed.entries[0].guid == "http://news.test/r/1"
    assert feed.entries[0].updated == datetime(2025, 10, 16, 10, 0, tzinfo=UTC)


def test_json_feed() -> None:
    body = (b'{"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": ['
            b'{"id": "1", "url": "/j/1", "title": "Hi", "content_html": "<p>x</p>",'
            b' "date_published": "2025-10-16T10:00:00Z"}]}')
    feed = parse_feed(body, url=URL)
    assert feed.parser == "jsonfeed"
    assert feed.entries[0].link == "http://news.test/j/1"
    assert feed.entries[0].published == datetime(2025, 10, 16, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(("body", "headers", "says"), [
    (b"<!DOCTYPE html><html><head><title>Login</title></head><body/></html>",
     {"Content-Type": "text/html; charset=utf-8"},
     'not a feed: got text/html (page titled "Login")'),
    (b"<html><body>hi</body></html>", None, "not a feed: got text/html"),
    (b"", None, "not a feed: got an empty body"),
    (b"   \n", None, "not a feed: got an empty body"),
    (b'{"a": 1}', {"content-type": "application/json"}, "not a feed: got application/json"),
    (b"<note><to>x</to></note>", None, "not a feed: got XML that is no RSS or Atom"),
])
def test_not_a_feed(body: bytes, headers: dict[str, str] | None, says: str) -> None:
    with pytest.raises(FeedError) as info:
        parse_feed(body, url=URL, headers=headers)
    assert info.value.message.startswith(says)
    assert info.value.url == URL


def test_broken_feed_with_entries_gives_a_warning() -> None:
    broken = RSS.replace(b"</channel></rss>", b"<item><title>cut")
    feed = parse_feed(broken, url=URL)
    assert feed.parser == "feedparser" and feed.warning and "broken feed" in feed.warning
    assert len(feed.entries) >= 2


def test_broken_feed_without_entries_is_an_error() -> None:
    with pytest.raises(FeedError, match="broken feed"):
        parse_feed(b'<?xml version="1.0"?><rss version="2.0"><channel><title>x', url=URL)


def test_latin1_and_utf16_fall_back_to_feedparser() -> None:
    latin = RSS.replace(b'encoding="utf-8"', b'encoding="iso-8859-1"').replace(
        b"Zweiter", "Zürich".encode("latin-1"))
    feed = parse_feed(latin, url=URL)
    assert feed.parser == "feedparser" and feed.entries[1].title == "Zürich"
    utf16 = RSS.decode().replace('encoding="utf-8"', 'encoding="utf-16"').encode("utf-16")
    assert parse_feed(utf16, url=URL).entries[1].title == "Zweiter"
    # UTF-16 without BOM nor declaration (simplepie's test case)
    bare = b"<rss version='2.0'><channel><item><title>T</title></item></channel></rss>"
    assert parse_feed(bare.decode().encode("utf-16-le"), url=URL).entries[0].title == "T"


def test_http_charset_contradicting_the_document_is_not_read_fast() -> None:
    with pytest.raises(Unsure):
        parse_xml(RSS, url=URL, headers={"content-type": "text/xml; charset=iso-8859-1"})


def test_feed_served_as_octet_stream_is_still_read() -> None:
    latin = RSS.replace(b'encoding="utf-8"', b'encoding="iso-8859-1"')
    feed = parse_feed(latin, url=URL, headers={"content-type": "application/octet-stream"})
    assert len(feed.entries) == 2


def test_markup_inside_text_falls_back() -> None:
    raw = RSS.replace(b"<title>Zweiter</title>", b"<title>Zw<b>ei</b>ter</title>")
    with pytest.raises(Unsure):
        parse_xml(raw, url=URL)
    assert parse_feed(raw, url=URL).parser == "feedparser"


def test_odd_case_elements_fall_back() -> None:
    """feedparser lowercases element names, so <PubDate> is a date to it: let it read that."""
    raw = RSS.replace(b"<dc:date>2025-10-17T08:00:00Z</dc:date>",
                      b"<PubDate>Fri, 17 Oct 2025 08:00:00 GMT</PubDate>")
    feed = parse_feed(raw, url=URL)
    assert feed.parser == "feedparser"
    assert feed.entries[1].published == datetime(2025, 10, 17, 8, 0, tzinfo=UTC)


def test_double_encoded_utf8_is_repaired_like_feedparser() -> None:
    raw = RSS.replace(b"Zweiter", "Zürich".encode().decode("latin-1").encode())
    assert parse_feed(raw, url=URL).entries[1].title == "Zürich"


@pytest.mark.parametrize(("text", "expected"), [
    ("Thu, 16 Oct 2025 20:05:00 GMT", datetime(2025, 10, 16, 20, 5, tzinfo=UTC)),
    ("Thu, 16 Oct 2025 20:05:00 -0000", datetime(2025, 10, 16, 20, 5, tzinfo=UTC)),
    ("Thu, 16 Oct 2025 20:05:00 EDT", datetime(2025, 10, 17, 0, 5, tzinfo=UTC)),
    ("2025-10-16T20:05:00.123+02:00", datetime(2025, 10, 16, 18, 5, tzinfo=UTC)),
    ("2025-10-16", datetime(2025, 10, 16, tzinfo=UTC)),
])
def test_dates(text: str, expected: datetime) -> None:
    assert parse_datetime(text) == expected


@pytest.mark.parametrize("text", ["2025-10-16T20:05:00", "Thu, 16 Oct 2025 20:05:00 CET",
                                  "gestern", ""])
def test_unsure_dates(text: str) -> None:
    with pytest.raises(Unsure):
        parse_datetime(text)


def _ref_parse_datetime(value: str) -> datetime | str:
    """parse_datetime as it was before its fast RFC 822 path: email.utils for every such date."""
    value = value.strip()
    if not value:
        return "unsure"
    if value[0].isdigit() and "-" in value[:5]:
        try:
            return parse_datetime(value)  # the ISO 8601 branch is unchanged
        except Unsure:
            return "unsure"
    if re.search(r"(?<![\d:+-])0\d{3}(?!\d)", value):  # "0001": a year to feedparser, and
        return "unsure"  # a two-digit year (2001) to email.utils
    try:
        dt = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return "unsure"
    if dt.tzinfo is None:
        return dt.replace(tzinfo=UTC) if value.endswith("-0000") else "unsure"
    if dt.year < 1970:
        return "unsure"
    try:
        return dt.astimezone(UTC)
    except OverflowError:
        return "unsure"


def _fast_or_unsure(value: str) -> datetime | str:
    try:
        return parse_datetime(value)
    except Unsure:
        return "unsure"


_DATE_BITS = st.sampled_from([
    "Thu, ", "thu, ", "Mon, ", "mer, ", "Thu ", "1", "16", "00", "31", "29", "0", " ", "  ", "\t",
    "Oct", "Feb", "oct", "October", "Okt", " 2025", " 1969", " 0099", " 99", " 9999", " 1970",
    " 10:45", ":00", ":59", ":60", " 24:00", " 23:59:59", " 00:00", " +0000", " -0000", " +0200",
    " -0530", " +2400", " -2359", " +0099", " GMT", " UT", " UTC", " Z", " EST", " gmt", " CET",
    "\u0661", "-", ",",
])


@given(st.lists(_DATE_BITS, max_size=12).map("".join))
def test_rfc822_fast_path_agrees_with_email_utils(text: str) -> None:
    out, ref = _fast_or_unsure(text), _ref_parse_datetime(text)
    assert out == ref and repr(out) == repr(ref)


@pytest.mark.parametrize("text", [
    "Thu, 16 Oct 2025 10:45:00 +0000", "16 Oct 2025 10:45 +0200", "Fri, 31 Dec 9999 23:59:59 -0100",
    "Sat, 1 Jan 0001 00:00:00 +0100", "Thu, 16 Oct 1969 10:45:00 +0000",
    "Thu, 16 Oct 1969 10:45:00 -0000", "Thu, 30 Feb 2025 10:45:00 +0000",
    "Thu, 16 Oct 2025 10:45:00 +2400", "Thu, 16 Oct 2025 10:45:00 -2359",
    "Thu, 16 Oct 0099 10:45 Z",
    "Thu, 16 Oct 2025 10:45:61 GMT", "Thu, 16 Oct 2025 10:45:00 +0099",
])
def test_rfc822_fast_path_examples(text: str) -> None:
    out, ref = _fast_or_unsure(text), _ref_parse_datetime(text)
    assert out == ref and repr(out) == repr(ref)


def test_entries_built_slot_by_slot_are_ordinary_entries() -> None:
    when = datetime(2025, 10, 16, tzinfo=UTC)
    fast = parse_fast._raw_entry("t", "l", "g", True, "s", "c", when, None, "en", "a")
    plain = RawEntry(title="t", link="l", guid="g", guid_is_link=True, summary="s", content="c",
                     published=when, updated=None, lang="en", author="a")
    assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
    assert pickle.loads(pickle.dumps(fast)) == plain
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.title = "x"  # type: ignore[misc]


def test_stray_windows_1252_bytes_in_a_utf8_feed_spoil_only_themselves() -> None:
    """One entry pasted from Word ("\\x93smart\\x94" quotes) used to make feedparser decode the
    whole document as Windows-1252, or as ISO-8859-2 when a "”" held the byte 0x9D: every
    umlaut of the feed became mojibake ("ZĂźrich") and keywords stopped matching."""
    raw = RSS.replace(b"Zweiter", "Zürich – “Gipfel” ".encode() + b"\x93abgesagt\x94 \x81")
    feed = parse_feed(raw, url=URL)
    assert feed.entries[1].title == "Zürich – “Gipfel” “abgesagt” \x81"
    assert feed.entries[0].title == "Gipfel in Budapest &amp; mehr"
    # the same in a JSON Feed (which then was no feed at all)
    json_feed = (b'{"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": '
                 b'[{"id": "1", "title": "Z\xc3\xbcrich \x93abgesagt\x94"}]}')
    assert parse_feed(json_feed, url=URL).entries[0].title == "Zürich “abgesagt”"
    # a document declared in another encoding is read in that encoding, as before
    latin = RSS.replace(b'encoding="utf-8"', b'encoding="iso-8859-1"').replace(
        b"Zweiter", "Zürich".encode("latin-1"))
    assert parse_feed(latin, url=URL).entries[1].title == "Zürich"


def test_a_year_written_0001_is_no_two_digit_year() -> None:
    """Hugo writes "Mon, 01 Jan 0001 00:00:00 +0000" for undated pages: feedparser reads the
    year 1, the fast path read 2001 (email.utils takes "0001" for a two-digit year)."""
    hugo = RSS.replace(b"<dc:date>2025-10-17T08:00:00Z</dc:date>",
                       b"<pubDate>Mon, 01 Jan 0001 00:00:00 +0000</pubDate>")
    assert parse_feed(hugo, url=URL).entries[1].published == datetime(1, 1, 1, tzinfo=UTC)
    assert parse_with_feedparser(hugo, url=URL).entries[1].published == datetime(
        1, 1, 1, tzinfo=UTC)


def test_json_feed_dates_without_offset_are_utc() -> None:
    """Left out, they became the fetch time: a new JSON feed's old items were all alertable."""
    body = (b'{"version": "https://jsonfeed.org/version/1", "title": "J", "items": ['
            b'{"id": "1", "title": "a", "date_published": "2025-10-16T10:00:00.250"},'
            b'{"id": "2", "title": "b", "date_published": "2025-10-16 10:00"},'
            b'{"id": "3", "title": "c", "date_published": "gestern"}]}')
    first, second, third = parse_feed(body, url=URL).entries
    assert first.published == second.published == datetime(2025, 10, 16, 10, 0, tzinfo=UTC)
    assert third.published is None


def test_blank_lines_after_a_byte_order_mark_are_dropped_like_those_before() -> None:
    """A PHP template saved with a BOM, then a blank line: the feed was read by feedparser
    (at 50 times the cost) and logged as broken at every change."""
    feed = parse_feed(b"\xef\xbb\xbf\r\n\n" + RSS, url=URL)
    assert (feed.parser, feed.warning, len(feed.entries)) == ("fast", None, 2)
