"""A user's review of first starts and catch-ups (session 47, ux12): feeds are read one after
another, so a backlog comes out of publication order, and some feeds stamp every entry with
the time of the request. "Next attempt set for Wednesday" (10 November), read after "postponed
again" (11 November), told a launch back on and then postponed again; an entry of 12 November
stamped 17 November announced a launch postponed four days after it flew."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from watcher.core.tracker import Tracker
from watcher.models import Item, RawEntry
from watcher.normalize import link_date, normalize_entry
from watcher.settings import WatchSettings


def _item(n: int, when: str, source: str, title: str, summary: str) -> Item:
    return Item(key=f"k{n}", title=title, summary=summary, link=f"https://x/{n}", source=source,
                published=datetime.fromisoformat(when).replace(tzinfo=UTC), lang="en")


def test_an_older_article_read_after_a_newer_one_of_the_same_status_moves_nothing() -> None:
    t = Tracker([WatchSettings("newglenn", keywords=("New Glenn",))])
    now = datetime(2025, 11, 12, 8, tzinfo=UTC)  # a first start: the backlog at once
    items = [
        _item(1, "2025-11-09T16:00", "spacenews", "Blue Origin scrubs New Glenn launch",
              "Weather forced Blue Origin to stand down."),
        _item(2, "2025-11-11T20:00", "reuters", "Blue Origin delays New Glenn launch again",
              "A solar storm forced a second postponement."),
        # older than the second postponement, read after it
        _item(3, "2025-11-10T16:00", "bbc", "New Glenn: next launch attempt set for Wednesday",
              "Blue Origin will try again on Wednesday."),
    ]
    moves = [t.process(i, now).transition for i in items]
    assert moves[2] is None
    assert t.event(t.process(items[0], now).event_id).status == "postponed"  # type: ignore[union-attr]


def test_in_publication_order_the_new_date_is_a_return() -> None:
    t = Tracker([WatchSettings("newglenn", keywords=("New Glenn",))])
    items = [
        _item(1, "2025-11-09T16:00", "spacenews", "Blue Origin scrubs New Glenn launch",
              "Weather forced Blue Origin to stand down."),
        _item(2, "2025-11-10T16:00", "bbc", "New Glenn: next launch attempt set for Wednesday",
              "Blue Origin will try again on Wednesday."),
    ]
    moves = [t.process(i, i.published).transition for i in items]
    assert moves[1] == ("postponed", "planned")


@pytest.mark.parametrize(("link", "day"), [
    ("https://www.ansa.it/2025/11/12/tempesta-solare", datetime(2025, 11, 12, 12, tzinfo=UTC)),
    ("https://example.org/news/2025-11-12-new-glenn", datetime(2025, 11, 12, 12, tzinfo=UTC)),
    ("https://example.org/2025/13/40/x", None),
    ("https://example.org/item/20251112", None),
    (None, None),
])
def test_link_date(link: str | None, day: datetime | None) -> None:
    assert link_date(link) == day


def _raw(link: str, published: datetime | None) -> RawEntry:
    return RawEntry(title="Tempesta solare, rinviato di nuovo il lancio di New Glenn",
                    link=link, guid=link, summary="", published=published)


def test_an_entry_stamped_days_after_its_links_day_ran_on_that_day() -> None:
    fetched = datetime(2025, 11, 17, 9, tzinfo=UTC)
    link = "https://www.ansa.it/2025/11/12/tempesta-solare"
    for published in (fetched, None):  # stamped at the request; undated
        item = normalize_entry(_raw(link, published), feed_url="https://www.ansa.it/feed",
                               source="ANSA", feed_lang="it", fetched_at=fetched)
        assert item.published == datetime(2025, 11, 12, 12, tzinfo=UTC)


def test_a_feeds_date_within_a_day_and_a_half_of_the_links_stands() -> None:
    when = datetime(2025, 11, 12, 23, 30, tzinfo=UTC)  # late in the day, or a time zone ahead
    item = normalize_entry(_raw("https://www.ansa.it/2025/11/12/x", when),
                           feed_url="https://www.ansa.it/feed", source="ANSA", feed_lang="it",
                           fetched_at=datetime(2025, 11, 13, 1, tzinfo=UTC))
    assert item.published == when
