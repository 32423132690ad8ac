"""Headlines an outlet rewrites: an entry seen before, under a new title, is news again.

Outlets update a story in place as it develops: the entry keeps its guid and link while its
headline goes from "Trump and Putin to meet in Budapest" to "Budapest summit called off". Skipped
as an entry stored before (by its key), that change of status was never read, and the first
outlet to report it went unheard. So a feed's state remembers, for each entry of its last body, a
fingerprint of its title (``FeedState.entry_keys``); an entry whose key is known but whose title
is not comes back as a *revision*: an item of its own, keyed by the entry's key and the new
title's fingerprint, published when it was rewritten (the entry's ``updated`` date when the feed
gives a plausible one, else the fetch), from the same outlet. The tracker joins it to the story
it revises like any other article; the status it reports is alerted once, as any other, and a
cosmetic edit ("(updated)", a typo) says nothing new and alerts nothing. Each headline an entry
has had is one revision at most: a feed that flips between two titles stores three items (the
first title, then each as a revision) and tracks nothing more after that.

The fingerprint ignores case and spacing (a feed that re-wraps its titles makes no revisions);
it reads the title as the feed wrote it, before HTML is parsed, since it runs for every entry of
every changed body (1.7 us an entry; ignoring punctuation too took 7). A story rewritten long after
it ran (an old article retouched) is no news: its revision is stored and tracked, but alerted only
while the story it revises is within ``max_item_age`` (:func:`stale`, ``watcher.pipeline``).

``watcher replay`` reads a JSON Lines export the same way (``watcher.replay``): a line whose entry
it has read under another headline is a revision, keyed, dated and aged by these functions.
"""

from __future__ import annotations

import dataclasses
import zlib
from datetime import UTC, datetime, timedelta

from watcher.models import Item

# what an entry remembered before fingerprints were kept (a database of an earlier version):
# unknown, so the next body's title is taken as it is, not as a revision
UNKNOWN = ""


def title_print(raw_title: str) -> str:
    """A short fingerprint of a feed entry's title as the feed wrote it, its case and spacing
    aside."""
    text = " ".join(raw_title.casefold().split())
    return f"{zlib.crc32(text.encode('utf-8')):08x}"


def is_revision(known: str | None, now: str) -> bool:
    """Is an entry whose title's fingerprint was ``known`` (None: not seen) and is ``now`` a
    revision?"""
    return known is not None and known != UNKNOWN and known != now


def revision_of(item: Item, updated: datetime | None, print_: str, fetched_at: datetime) -> Item:
    """The revised entry ``item`` (its ``updated`` date as the feed gave it) as an item of its
    own: keyed apart from the entry it revises, and dated when it was rewritten, not when the
    story first ran (news now: ``max_item_age`` and the tracker's reading of older news must not
    hold it back)."""
    if updated is not None:
        updated = updated.replace(tzinfo=UTC) if updated.tzinfo is None else updated.astimezone(UTC)
    when = updated if updated is not None and item.published < updated <= fetched_at else fetched_at
    return dataclasses.replace(item, key=f"{item.key}@{print_}", published=when, undated=False)


def stale(ran: datetime, seen: datetime, max_age: timedelta | None) -> bool:
    """Is a revision seen at ``seen``, of a story that ran at ``ran``, an old article retouched
    (tracked, never alerted) rather than news?"""
    return max_age is not None and seen - ran > max_age
