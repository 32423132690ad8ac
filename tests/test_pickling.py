"""The value objects the parse worker sends back pickle as constructor calls, and round-trip."""

from __future__ import annotations

import pickle
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest

from watcher.core.features import features
from watcher.core.params import Params
from watcher.core.prepare import Prepared
from watcher.core.types import Cue, StatusReading, WatchMatch
from watcher.models import Item, item_of
from watcher.pickling import by_constructor

ITEM = Item(key="k", title="Gipfel in Budapest abgesagt", summary="Das Treffen fällt aus.",
            link="https://x.example/a", source="Outlet", published=datetime(2025, 10, 21,
                                                                          tzinfo=UTC),
            feed_url="https://x.example/feed", lang="de", guid="g")


def test_worker_results_round_trip_by_constructor() -> None:
    reading = StatusReading("cancelled", 1.0, (Cue("cancelled", "abgesagt", "title", 19, 27),))
    prepared = Prepared((WatchMatch("summit", ("Gipfel",)),), features(ITEM, Params()), reading)
    for value in (ITEM, prepared, reading, WatchMatch("w")):
        assert pickle.loads(pickle.dumps(value)) == value
        reduced = value.__reduce__()
        # an Item is built by item_of, a frozen dataclass's __init__ costing twice as much
        assert reduced[0] is (item_of if value is ITEM else type(value))
        assert isinstance(reduced[1], tuple)


def test_fields_outside_init_are_refused() -> None:
    @dataclass
    class Odd:
        a: int
        b: list[int] = field(default_factory=list, init=False)

    with pytest.raises(TypeError, match="Odd"):
        by_constructor(Odd)
