"""Readings the fresh sets of session 41 (146-150) got wrong, and what they must read now."""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "lang"), [
    ("Saudi Arabia wins vote to host World Expo 2030 in Riyadh", "en"),
    ("Brisbane wins bid to host the 2032 Olympic Games", "en"),
])
def test_a_host_chosen_is_a_plan_not_a_win(title: str, lang: str) -> None:
    """Set 146: "wins" read the Expo held seven years early."""
    assert LEX.read(title, "", lang).status == "planned"


@pytest.mark.parametrize(("title", "lang"), [
    ("Nigeria security adviser raises prospect of poll delay", "en"),
    ("FG appeals to NLC to shelve strike, says talks still open", "en"),
])
def test_a_prospect_or_an_appeal_changes_nothing(title: str, lang: str) -> None:
    """Set 146: read postponed and cancelled."""
    reading = LEX.read(title, "", lang)
    assert reading.status not in ("postponed", "cancelled")
    assert any(c.blocked == "modality" for c in reading.cues)


@pytest.mark.parametrize("title", [
    "Contrôleurs aériens : le SNCTA lève son préavis après un accord",
    "Israël : la Histadrout lève la grève générale après la pause de la réforme",
])
def test_a_strike_lifted_is_called_off(title: str) -> None:
    """Sets 146 and 149: read nothing."""
    assert LEX.read(title, "", "fr").status == "cancelled"


def test_a_return_confirmed_is_a_plan() -> None:
    """Set 149: "confirment" read nothing, for want of an occasion's noun."""
    assert LEX.read("Les Vieilles Charrues confirment leur retour en juillet", "",
                    "fr").status == "planned"
