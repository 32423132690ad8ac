"""A date set months ahead dates its occasion (``core.features.DATE_AHEAD_DAYS``; session 12)."""

from __future__ import annotations

from datetime import UTC, datetime

from watcher.core.features import features
from watcher.core.params import Params
from watcher.core.tracker import Tracker
from watcher.models import Item
from watcher.settings import WatchSettings


def test_a_date_set_months_ahead_is_the_occasion_s_day() -> None:
    """A vote set seven months ahead ("fixé au 4 novembre" in March) dates its event, so the
    article on the eve of the vote continues it."""
    watch = WatchSettings("nc", keywords=("Nouvelle-Calédonie", "New Caledonia"))
    tracker = Tracker([watch])
    march = Item(key="m", title="Nouvelle-Calédonie : le référendum d'autodétermination fixé au "
                 "4 novembre", summary="Les électeurs diront s'ils veulent l'indépendance.",
                 link="https://x.example/m", source="lemonde",
                 published=datetime(2018, 3, 19, 9, tzinfo=UTC), feed_url="", lang="fr")
    assert features(march, Params()).date_days == 230
    first = tracker.process(march, march.published)
    eve = Item(key="n", title="New Caledonia votes Sunday on independence from France",
               summary="Polls suggest a comfortable win for loyalists.",
               link="https://x.example/n", source="bbc",
               published=datetime(2018, 11, 3, 9, tzinfo=UTC), feed_url="", lang="en")
    assert tracker.process(eve, eve.published).event_id == first.event_id
