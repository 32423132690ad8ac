"""``min_sources`` counts outlets, and the feeds of one outlet share an ``outlet`` (a user's
review, session 40: Spiegel's German and English feeds counted as two outlets, so one outlet's
report of a call-off passed ``min_sources = 2``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.feedserver import FeedServer
from tests.test_pipeline import rss
from tests.test_pipeline import server as server  # the loopback feed server fixture
from tests.test_watch_rename import alerts_of
from watcher.config import load_config
from watcher.errors import ConfigError
from watcher.settings import Settings

NOW = datetime.now(UTC).replace(microsecond=0)
PLAN = ("Trump and Putin to meet in Budapest", "The summit is set for two weeks from now.",
        "https://reuters.example/1", NOW - timedelta(hours=6))
PLAN_FR = ("Trump et Poutine se retrouveront à Budapest", "Le sommet aura lieu dans deux semaines.",
           "https://lemonde.example/1", NOW - timedelta(hours=5))
OFF_DE = ("Gipfel von Trump und Putin in Budapest abgesagt", "Das Treffen findet nicht statt.",
          "https://spiegel.example/de/2", NOW - timedelta(hours=3))
OFF_EN = ("Trump-Putin summit in Budapest is off", "The meeting has been called off.",
          "https://spiegel.example/en/2", NOW - timedelta(hours=3))
OFF_FR = ("Le sommet Trump-Poutine de Budapest est annulé", "La rencontre n'aura pas lieu.",
          "https://lemonde.example/3", NOW - timedelta(hours=1))


def settings(tmp_path: Path, urls: dict[str, str], outlet: str = "") -> Settings:
    feeds = "".join(f'[[feed]]\nurl = "{u}"\nname = "{n}"\n'
                    + (f'outlet = "{outlet}"\n' if outlet and n.startswith("Spiegel") else "")
                    for n, u in urls.items())
    return load_config(None, text=(
        f'[daemon]\ndatabase = "{tmp_path / "w.db"}"\ntimeout = "2s"\nmax_item_age = "2d"\n'
        f'{feeds}[[watch]]\nname = "putin"\nkeywords = ["Putin", "Poutine"]\nmin_sources = 2\n'
        '[notifier.hook]\ntype = "webhook"\nurl = "http://127.0.0.1:9/alerts"\n'))


@pytest.mark.parametrize(("outlet", "second_outlet_needed"), [("Spiegel", True), ("", False)])
async def test_feeds_of_one_outlet_count_once(tmp_path: Path, server: FeedServer, outlet: str,
                                              second_outlet_needed: bool) -> None:
    urls = {"Reuters": server.feed("/reuters.xml", rss(PLAN)),
            "Spiegel": server.feed("/de.xml", rss()),
            "Spiegel International": server.feed("/en.xml", rss()),
            "Le Monde": server.feed("/lm.xml", rss(PLAN_FR))}
    s = settings(tmp_path, urls, outlet)
    assert await alerts_of(s) == [("new_event", "putin")]
    server.feed("/de.xml", rss(OFF_DE))
    server.feed("/en.xml", rss(OFF_EN))
    changed = await alerts_of(s)
    if second_outlet_needed:  # one outlet in two languages: not yet two outlets
        assert changed == []
        server.feed("/lm.xml", rss(OFF_FR))
        changed = await alerts_of(s)
    assert changed == [("status_change", "putin")]


def test_an_empty_outlet_is_refused() -> None:
    with pytest.raises(ConfigError, match="outlet"):
        load_config(None, text='[[feed]]\nurl = "https://a.example/rss"\noutlet = " "\n')
