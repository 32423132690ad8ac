"""Plain data passed between the pipeline stages. No I/O here; every datetime is aware UTC."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import UTC, datetime

from watcher.pickling import by_builder


@dataclass(frozen=True, slots=True)
class RawEntry:
    """One entry as a parser read it, before normalisation.

    ``summary``/``content`` may hold HTML (fastfeedparser does not sanitise). ``published`` is aware
    UTC or None when the feed gave no usable date.
    """

    title: str = ""
    link: str | None = None
    guid: str | None = None
    guid_is_link: bool = False
    summary: str = ""
    content: str = ""
    published: datetime | None = None
    updated: datetime | None = None
    lang: str | None = None
    author: str | None = None


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """What a parser made of one response body."""

    title: str
    link: str | None
    lang: str | None
    entries: tuple[RawEntry, ...]
    warning: str | None = None  # the feed is broken but yielded entries ("bozo")
    parser: str = "feedparser"


# RSS and Atom entries are built by ``raw_entry``, which sets RawEntry's slots in this order: fail
# at import, not silently, if its fields ever change or it gains a __post_init__.
_RAW_FIELDS = ("title", "link", "guid", "guid_is_link", "summary", "content", "published",
               "updated", "lang", "author")
if (tuple(f.name for f in dataclasses.fields(RawEntry)) != _RAW_FIELDS
        or hasattr(RawEntry, "__post_init__")):
    raise ImportError("watcher.models.raw_entry builds RawEntry slot by slot: update it")
_NEW = object.__new__
(_SET_TITLE, _SET_LINK, _SET_GUID, _SET_GUID_IS_LINK, _SET_SUMMARY, _SET_CONTENT, _SET_PUBLISHED,
 _SET_UPDATED, _SET_LANG, _SET_AUTHOR) = [RawEntry.__dict__[name].__set__ for name in _RAW_FIELDS]


def raw_entry(
    title: str, link: str | None, guid: str | None, guid_is_link: bool, summary: str,
    content: str, published: datetime | None, updated: datetime | None, lang: str | None,
    author: str | None,
) -> RawEntry:
    """``RawEntry(...)``, slot by slot, for ``watcher.parse_fast``: the frozen dataclass __init__
    (``object.__setattr__`` per field, keyword parsing) costs twice as much, and RawEntry has
    nothing else to run."""
    entry: RawEntry = _NEW(RawEntry)
    _SET_TITLE(entry, title)
    _SET_LINK(entry, link)
    _SET_GUID(entry, guid)
    _SET_GUID_IS_LINK(entry, guid_is_link)
    _SET_SUMMARY(entry, summary)
    _SET_CONTENT(entry, content)
    _SET_PUBLISHED(entry, published)
    _SET_UPDATED(entry, updated)
    _SET_LANG(entry, lang)
    _SET_AUTHOR(entry, author)
    return entry


@dataclass(frozen=True, slots=True)
class Item:
    """A normalised article: plain text, absolute canonical link, stable ``key``.

    ``key`` is the identity (guid, else canonical link, else a hash of title and date); the same
    article with an edited title or in a second feed keeps its key. ``source`` is the outlet
    (the feed's name).
    """

    key: str
    title: str
    summary: str
    link: str | None
    source: str
    published: datetime
    feed_url: str = ""
    lang: str | None = None
    guid: str | None = None
    first_seen: datetime | None = None
    # the feed gave no usable date, so ``published`` is the fetch time (normalize): a feed's
    # first poll does not alert such items, of unknown age. A date in the future is clamped to
    # the fetch time too, but is a date: not undated. Only a poll's own decision uses it, so
    # it is not stored (an item read back from the store is dated by then: False).
    undated: bool = False

    def to_json(self) -> dict[str, object]:
        return {
            "title": self.title,
            "link": self.link,
            "source": self.source,
            "published": iso(self.published),
            "lang": self.lang,
        }


# Items are built by ``item_of``, which sets Item's slots in this order: fail at import, not
# silently, if its fields ever change or it gains a __post_init__.
_ITEM_FIELDS = ("key", "title", "summary", "link", "source", "published", "feed_url", "lang",
                "guid", "first_seen", "undated")
if (tuple(f.name for f in dataclasses.fields(Item)) != _ITEM_FIELDS
        or hasattr(Item, "__post_init__")):
    raise ImportError("watcher.models.item_of builds Item slot by slot: update it to the fields")
(_SET_KEY, _SET_ITEM_TITLE, _SET_ITEM_SUMMARY, _SET_ITEM_LINK, _SET_SOURCE, _SET_ITEM_PUBLISHED,
 _SET_FEED_URL, _SET_ITEM_LANG, _SET_ITEM_GUID, _SET_FIRST_SEEN, _SET_UNDATED) = [
    Item.__dict__[name].__set__ for name in _ITEM_FIELDS]


def item_of(
    key: str, title: str, summary: str, link: str | None, source: str, published: datetime,
    feed_url: str, lang: str | None, guid: str | None, first_seen: datetime | None,
    undated: bool,
) -> Item:
    """``Item(...)`` with every field given in order, slot by slot: the frozen dataclass
    __init__ (``object.__setattr__`` per field) costs nearly twice as much (2.4 against 1.3 us),
    and Item has nothing else to run. ``watcher.normalize`` builds every entry's Item with it,
    and a pickled Item is a call of it (``by_builder``): the event loop's process unpickles
    every Item a parse worker sends back."""
    item: Item = _NEW(Item)
    _SET_KEY(item, key)
    _SET_ITEM_TITLE(item, title)
    _SET_ITEM_SUMMARY(item, summary)
    _SET_ITEM_LINK(item, link)
    _SET_SOURCE(item, source)
    _SET_ITEM_PUBLISHED(item, published)
    _SET_FEED_URL(item, feed_url)
    _SET_ITEM_LANG(item, lang)
    _SET_ITEM_GUID(item, guid)
    _SET_FIRST_SEEN(item, first_seen)
    _SET_UNDATED(item, undated)
    return item


by_builder(Item, item_of)


@dataclass(slots=True)
class FeedState:
    """What the store remembers of one feed between polls."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None  # skips unchanged bodies of servers without validators
    next_due: datetime | None = None
    last_success: datetime | None = None
    last_error: str | None = None
    last_error_at: datetime | None = None
    failures: int = 0  # consecutive
    disabled: str | None = None  # reason, e.g. "410 Gone"
    moved_to: str | None = None  # 301/308 target, used for the next fetch
    items: int = 0
    # the keys of the entries its last body held, each with its title's fingerprint: the next
    # body's entries with these keys were stored then and are not normalised again unless
    # retitled (``ingest(known=...)``, ``watcher.revisions``); kept across restarts
    entry_keys: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class FetchResult:
    """The outcome of one conditional GET (never raises for HTTP-level problems).

    Exactly one of: ``body`` (200), ``not_modified`` (304), ``error`` (anything else).
    """

    url: str
    final_url: str
    status: int | None = None
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    not_modified: bool = False
    etag: str | None = None
    last_modified: str | None = None
    permanent_redirect: str | None = None  # 301/308 target to store
    error: str | None = None  # in words: "timed out after 30 s", "HTTP 404"
    gone: bool = False  # 410: disable the feed
    retry_after: float | None = None  # seconds, from 429/503 Retry-After
    elapsed: float = 0.0


def iso(dt: datetime | None) -> str | None:
    """``2025-10-16T20:05:00Z`` (UTC, seconds) as in the alert payload.

    A UTC datetime takes isoformat (C, no format to parse), the same text as strftime: an
    event's state is copied (``EventState.to_dict``) on every poll that adds to it, four times
    a copy. Years before 1000, which strftime does not pad, and other offsets go the long way."""
    if dt is None:
        return None
    if dt.tzinfo is UTC and dt.year >= 1000:
        return dt.replace(microsecond=0, tzinfo=None).isoformat() + "Z"
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


