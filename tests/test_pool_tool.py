"""``tests/data/pool.py``, the tool every quality round is measured with: its roles cover every
labelled set once, and its error listing agrees with the pooled counts it prints."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"
sys.path.insert(0, str(DATA))  # a script beside the data, imported as its worker processes do
pool = importlib.import_module("pool")


def test_every_set_has_exactly_one_role() -> None:
    numbers = [n for role in pool.ROLES.values() for n in role]
    assert len(numbers) == len(set(numbers))
    assert sorted(numbers) == pool._numbers()


def test_errors_match_the_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "errors.tsv"
    assert pool.main(["2,3", "--errors", str(out), "--why"]) == 0
    printed = capsys.readouterr().out
    lines = out.read_text(encoding="utf-8").splitlines()
    wrong = sum(1 for line in lines if line.split("\t")[1] == "W")
    missed = sum(1 for line in lines if line.split("\t")[1] == "M")
    assert f"({wrong} wrong of " in printed
    assert f"({missed} missed of " in printed
    why = sum(int(line.split()[0]) for line in printed.splitlines() if "missed runs:" in line)
    assert why == missed


def test_a_bad_group_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        pool.main(["tuning-sets"])
    assert stop.value.code == 2
    assert "one of tuning, held-out, validation" in capsys.readouterr().err
