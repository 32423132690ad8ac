"""The metrics of ``watcher.scoring`` on tiny hand-made cases.

Outcomes are built by hand, so these tests say whether the *metrics* are right, whatever the
tracker's quality; the quality bars on the labelled data are asserted elsewhere.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from watcher.core.types import AlertIntent, EventSnapshot, Outcome
from watcher.models import Item
from watcher.scoring import (
    Row,
    bcubed,
    load_rows,
    load_watches,
    score_alerts,
    score_clusters,
    status_runs,
    to_item,
)

T0 = datetime(2025, 10, 16, 12, tzinfo=UTC)
DATA = Path(__file__).parent / "data"


def row(rid: str, event: str, status: str, hours: int, alt: str = "", watch: str = "w") -> Row:
    return Row(
        id=rid, event=event, watch=watch if event != "-" else "-", status=status,
        alt=tuple(a for a in alt.split(",") if a), published=T0 + timedelta(hours=hours),
        lang="en", outlet=f"outlet-{rid}", title=f"title {rid}", summary="",
    )


def outcome(r: Row, event_id: str | None, *alerts: tuple[str, str, str | None]) -> Outcome:
    """``alerts``: (kind, status, previous) triples for watch ``w`` on predicted ``event_id``."""
    item = to_item(r)
    intents = tuple(
        AlertIntent(
            kind="new_event" if kind == "new" else "status_change", watch="w",
            event=EventSnapshot(str(event_id), "t", status, prev, 1, T0), item=item,
        )
        for kind, status, prev in alerts
    )
    return Outcome(item=item, event_id=event_id, alerts=intents)


ROWS = [
    row("a1", "A", "planned", 0),
    row("a2", "A", "planned", 1),
    row("a3", "A", "cancelled", 48),
    row("b1", "B", "held", 5),
    row("x1", "-", "none", 6),
]


def test_perfect() -> None:
    outs = [
        outcome(ROWS[0], "e1", ("new", "planned", None)),
        outcome(ROWS[1], "e1"),
        outcome(ROWS[3], "e2", ("new", "held", None)),
        outcome(ROWS[4], None),
        outcome(ROWS[2], "e1", ("status", "cancelled", "planned")),
    ]
    alerts = score_alerts(ROWS, outs)
    assert (alerts.precision, alerts.recall) == (1.0, 1.0)
    assert len(alerts.runs) == 3
    clusters = score_clusters(ROWS, outs)
    assert (clusters.precision, clusters.recall, clusters.f1) == (1.0, 1.0, 1.0)
    assert clusters.split == {} and clusters.merged == {}


def test_one_split_cluster() -> None:
    # a3 lands in its own event: B-cubed recall drops, and its new_event alert is still
    # correct because "cancelled" was not yet alerted for gold event A.
    outs = [
        outcome(ROWS[0], "e1", ("new", "planned", None)),
        outcome(ROWS[1], "e1"),
        outcome(ROWS[3], "e2", ("new", "held", None)),
        outcome(ROWS[4], None),
        outcome(ROWS[2], "e3", ("new", "cancelled", None)),
    ]
    clusters = score_clusters(ROWS, outs)
    assert clusters.precision == 1.0
    # items a1, a2: 2/3 each; a3: 1/3; b1: 1  -> (2/3 + 2/3 + 1/3 + 1) / 4
    assert clusters.recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)
    assert clusters.f1 < 1.0
    assert sorted(map(sorted, clusters.split["A"])) == [["a1", "a2"], ["a3"]]
    assert score_alerts(ROWS, outs).precision == 1.0


def test_split_that_realerts_is_a_repeat() -> None:
    outs = [
        outcome(ROWS[0], "e1", ("new", "planned", None)),
        outcome(ROWS[1], "e9", ("new", "planned", None)),  # split off: same news again
    ]
    alerts = score_alerts(ROWS, outs)
    assert alerts.precision == 0.5
    assert "repeats planned" in alerts.judgements[1].reason


def test_one_wrong_alert() -> None:
    outs = [
        outcome(ROWS[0], "e1", ("new", "planned", None)),
        outcome(ROWS[1], "e1", ("status", "postponed", "planned")),  # wrong status
        outcome(ROWS[3], "e2", ("new", "held", None)),
        outcome(ROWS[4], "e3", ("new", "cancelled", None)),  # a negative picked up
        outcome(ROWS[2], "e1", ("status", "cancelled", "postponed")),
    ]
    alerts = score_alerts(ROWS, outs)
    assert alerts.precision == pytest.approx(3 / 5)
    assert alerts.recall == 1.0
    reasons = [j.reason for j in alerts.judgements if not j.correct]
    assert reasons[0].startswith("status postponed not in")
    assert reasons[1] == "trigger item belongs to no gold event"
    # the clustered negative now counts for B-cubed (as a gold singleton, correctly alone)
    clusters = score_clusters(ROWS, outs)
    assert clusters.f1 == 1.0


def test_one_repeat_alert() -> None:
    outs = [
        outcome(ROWS[0], "e1", ("new", "planned", None)),
        outcome(ROWS[1], "e1", ("status", "planned", "planned")),
        outcome(ROWS[3], "e2", ("new", "held", None)),
        outcome(ROWS[2], "e1", ("status", "cancelled", "planned")),
    ]
    alerts = score_alerts(ROWS, outs)
    assert alerts.precision == pytest.approx(3 / 4)
    assert alerts.recall == 1.0


def test_missed_run_and_merge() -> None:
    outs = [
        outcome(ROWS[0], "e1", ("new", "planned", None)),
        outcome(ROWS[1], "e1"),
        outcome(ROWS[3], "e1"),  # B merged into A: no alert
        outcome(ROWS[2], "e1", ("status", "cancelled", "planned")),
    ]
    alerts = score_alerts(ROWS, outs)
    assert alerts.recall == pytest.approx(2 / 3)
    assert [r.event for r in alerts.missed] == ["B"]
    clusters = score_clusters(ROWS, outs)
    assert clusters.merged == {"e1": ["A", "B"]}
    assert clusters.precision == pytest.approx((3 / 4 * 3 + 1 / 4) / 4)


def test_alt_and_unknown() -> None:
    rows = [row("p1", "P", "postponed", 0, alt="cancelled"), row("n1", "N", "none", 1)]
    outs = [
        outcome(rows[0], "e1", ("new", "cancelled", None)),
        outcome(rows[1], "e2", ("new", "unknown", None)),
    ]
    alerts = score_alerts(rows, outs)
    assert alerts.precision == 1.0
    assert alerts.recall == 1.0  # "none" rows form no run
    assert len(alerts.runs) == 1
    # "unknown" is wrong where the article does carry a status
    bad = score_alerts(rows[:1], [outcome(rows[0], "e1", ("new", "unknown", None))])
    assert bad.precision == 0.0 and bad.recall == 0.0


def test_wrong_watch() -> None:
    r = row("q1", "Q", "planned", 0, watch="other")
    alerts = score_alerts([r], [outcome(r, "e1", ("new", "planned", None))])
    assert alerts.precision == 0.0
    assert "watch 'other'" in alerts.judgements[0].reason


def test_runs_skip_none_and_return() -> None:
    rows = [
        row("r1", "R", "planned", 0), row("r2", "R", "none", 1), row("r3", "R", "planned", 2),
        row("r4", "R", "postponed", 3), row("r5", "R", "planned", 4),
    ]
    assert [r.status for r in status_runs(rows)] == ["planned", "postponed", "planned"]


def test_bcubed_textbook() -> None:
    gold = {"1": "a", "2": "a", "3": "b", "4": "b"}
    assert bcubed(gold, {"1": "x", "2": "x", "3": "x", "4": "x"}) == pytest.approx(
        (0.5, 1.0, 2 / 3)
    )
    p, r, _ = bcubed(gold, {k: k for k in gold})
    assert (p, r) == (1.0, 0.5)


def test_load_rows_rejects_bad_status(tmp_path: Path) -> None:
    header = "id\tevent\twatch\tstatus\talt\tpublished\tlang\toutlet\ttitle\tsummary\n"
    bad = tmp_path / "bad.tsv"
    bad.write_text(header + "1\tA\tw\tmaybe\t\t2025-01-01T00:00:00Z\ten\to\tt\ts\n")
    with pytest.raises(ValueError, match=r"bad.tsv:2: unknown status 'maybe'"):
        load_rows(bad)


def test_committed_data_is_consistent() -> None:
    """The labelled set loads, every watch it names is defined, and it meets its own spec."""
    rows = load_rows(DATA / "events.tsv")
    watches = {w.name for w in load_watches(DATA / "watches.toml")}
    assert {r.watch for r in rows if r.in_event} <= watches
    events = {r.event for r in rows if r.in_event}
    assert len(rows) >= 180 and len(events) >= 30
    for lang in ("en", "de", "fr"):
        assert sum(r.lang == lang for r in rows) >= 0.25 * len(rows), lang
    for split in ("tune", "test"):
        part = [r for r in rows if r.split == split]
        assert any(not r.in_event or r.status == "none" for r in part), split
    for event in events:
        splits = {r.split for r in rows if r.event == event}
        assert len(splits) == 1, f"event {event} is in both splits"
    dev = {w.name for w in load_watches(DATA / "dev-watches.toml")}
    assert dev == {"putin", "wiesn", "tennis", "space", "macron", "oasis"}


def test_load_watches_rejects_unknown_key(tmp_path: Path) -> None:
    bad = tmp_path / "w.toml"
    bad.write_text('[[watch]]\nname = "x"\nkeyword = ["X"]\n')
    with pytest.raises(ValueError, match="keyword"):
        load_watches(bad)
    good = tmp_path / "g.toml"
    good.write_text('[[watch]]\nname = "x"\nkeywords = ["X", "Y"]\nmin_sources = 2\n')
    (watch,) = load_watches(good)
    assert (watch.name, watch.keywords, watch.min_sources) == ("x", ("X", "Y"), 2)


def test_replay_feeds_items_in_published_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """Replay's own contract, with a stub standing in for the tracker."""
    import watcher.core.tracker as tracker_module
    from watcher.scoring import replay

    calls: list[tuple[str, datetime, bool]] = []

    class StubTracker:
        def __init__(self, watches: object, *, lexicon: object = None, params: object = None):
            pass

        def process(self, item: Item, now: datetime, alertable: bool = True) -> Outcome:
            calls.append((item.key, now, alertable))
            return Outcome(item=item)

    monkeypatch.setattr(tracker_module, "Tracker", StubTracker)
    outs = replay([to_item(r) for r in reversed(ROWS)], ())
    assert [c[0] for c in calls] == ["a1", "a2", "b1", "x1", "a3"]
    assert [now for _, now, _ in calls] == [o.item.published for o in outs]
    assert [now for _, now, _ in calls] == sorted(r.published for r in ROWS)
    assert all(alertable for *_, alertable in calls)


def _news(key: str, hours: float, source: str) -> Item:
    return Item(key, key, "", None, source, T0 + timedelta(hours=hours))


def test_arrival_order_reads_outlet_after_outlet_within_each_burst() -> None:
    from watcher.scoring import arrival_order

    items = [_news("a1", 0, "a"), _news("b1", 1, "b"), _news("a2", 30, "a"),
             _news("b2", 20, "b"), _news("a3", 50, "a"), _news("b3", 49, "b")]
    assert [i.key for i in arrival_order(items)] == ["a1", "b1", "b2", "a2", "b3", "a3"]
    bursts = [i.key for i in arrival_order(items, burst_days=2, seed=0)]
    # two windows: [0h, 48h) and [48h, 96h); each outlet's items of a window together, in
    # publication order, outlets in one order (shuffled by the seed) in every window
    first, second = bursts[:4], bursts[4:]
    assert sorted(first) == ["a1", "a2", "b1", "b2"] and sorted(second) == ["a3", "b3"]
    assert first in (["a1", "a2", "b1", "b2"], ["b1", "b2", "a1", "a2"])
    assert second == (["a3", "b3"] if first[0] == "a1" else ["b3", "a3"])
    orders = {tuple(i.key for i in arrival_order(items, burst_days=2, seed=s)) for s in range(8)}
    assert len(orders) == 2  # the seed decides which outlet comes first
    assert arrival_order([], burst_days=2) == []
    with pytest.raises(ValueError, match="positive"):
        arrival_order(items, burst_days=0)
