"""``tests/data/agreement.py``: a second author's blind labels scored like watcher's output. The
labels scored against themselves agree fully; a changed status or a split event costs what the
same mistake by watcher would; every labels2 file covers its set."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
sys.path.insert(0, str(DATA))
agreement = importlib.import_module("agreement")
from watcher import scoring  # noqa: E402


def _rows() -> list[scoring.Row]:
    return scoring.load_rows(DATA / "events-179.tsv")


def test_the_first_labels_agree_with_themselves() -> None:
    rows = _rows()
    same = agreement.relabelled(rows, {r.id: (r.event, r.status, r.alt) for r in rows})
    a = agreement.agree(rows, same)
    assert (a.precision, a.recall, a.bcubed, a.wrong, a.missed) == (1.0, 1.0, 1.0, 0, 0)
    assert a.alerts == a.runs > 0


def test_a_changed_status_is_a_wrong_alert_and_a_missed_run() -> None:
    rows = _rows()
    labels = {r.id: (r.event, r.status, r.alt) for r in rows}
    # the first row with a status of some event: another status, which no alt allows
    first = next(r for r in sorted(rows, key=lambda r: (r.published, r.id))
                 if r.in_event and r.status != "none")
    other = next(s for s in ("planned", "held", "cancelled") if s not in first.allowed)
    labels[first.id] = (first.event, other, ())
    a = agreement.agree(rows, agreement.relabelled(rows, labels))
    assert a.wrong >= 1 and a.missed >= 1
    assert a.precision < 1.0 and a.recall < 1.0


def test_an_event_split_in_two_costs_b_cubed() -> None:
    rows = _rows()
    labels = {r.id: (r.event, r.status, r.alt) for r in rows}
    members = [r for r in rows if r.event == rows[1].event]
    assert len(members) > 2
    for r in members[len(members) // 2:]:
        labels[r.id] = (r.event + "-b", r.status, r.alt)
    a = agreement.agree(rows, agreement.relabelled(rows, labels))
    assert a.bcubed < 1.0


def test_a_row_the_first_author_left_out_takes_its_new_events_watch() -> None:
    rows = _rows()
    outside = next(r for r in rows if not r.in_event)
    inside = next(r for r in rows if r.in_event)
    labels = {r.id: (r.event, r.status, r.alt) for r in rows}
    labels[outside.id] = (inside.event, "held", ())
    moved = {r.id: r for r in agreement.relabelled(rows, labels)}[outside.id]
    assert (moved.event, moved.watch, moved.status) == (inside.event, inside.watch, "held")


def test_every_second_label_file_covers_its_set() -> None:
    files = sorted(DATA.glob("labels2-*.tsv"))
    assert files
    for path in files:
        n = path.stem.split("-")[1]
        rows = scoring.load_rows(DATA / f"events-{n}.tsv")
        labels = agreement.second_labels(path)
        assert set(labels) == {r.id for r in rows}, path.name
