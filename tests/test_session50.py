"""Session 50's changes to reading and clustering, decided on the tuning sets (set 197, carnival
and Fasching, among them): a plan whose day is long past takes no new article; an English
infinitive after a headline's held cue does not make the occasion a future one."""

from __future__ import annotations

from pathlib import Path

from watcher import scoring
from watcher.core.past_day import future_at

DATA = Path(__file__).resolve().parent / "data"


def test_a_plan_whose_day_is_long_past_takes_no_new_article() -> None:
    """Set 197: a bike race announced "ce mardi" in October 2019 and never heard of again
    took the Binche carnival's cancellation of January 2022 (score 0.27: "Binche" and "Gilles")
    and told it as the race's "planned -> cancelled". A planned event ``closed_span`` past its
    day is over, whatever became of it."""
    rows = scoring.load_rows(DATA / "events-197.tsv")
    watches = scoring.load_watches(DATA / "watches-197.toml")
    outcomes = {o.item.key: o for o in scoring.replay([scoring.to_item(r) for r in rows],
                                                      watches)}
    race, carnival = outcomes["zg108"], outcomes["zg105"]  # (the race: a hard negative)
    assert race.event_id is not None and carnival.event_id != race.event_id
    assert carnival.event_id == outcomes["zg104"].event_id  # the carnival's own story


def test_an_infinitive_after_a_held_cue_is_no_future() -> None:
    title = "Boeing's Starliner launches on do-over test flight to space station"
    at = title.index("launches")
    assert not future_at(title, at, at + len("launches"), "en")
    plan = "Starliner set to launch on Friday"
    at = plan.index("launch")
    assert future_at(plan, at, at + len("launch"), "en")  # before the cue, it looks ahead
    told = "Festival opens next week"
    at = told.index("opens")
    assert future_at(told, at, at + len("opens"), "en")  # other future words count anywhere
