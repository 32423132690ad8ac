"""``replay``'s progress line on a terminal: drawn in place, cleared before an alert is printed
(a user's review, session 40: "replay: 200/3435 items (5%)STATUS CHANGE ..."), none when piped."""

from __future__ import annotations

import io

from watcher.replay import terminal_progress


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_drawn_in_place_and_cleared_before_an_alert() -> None:
    tty = Tty()
    progress = terminal_progress(tty)
    assert progress is not None
    progress(200, 1000)
    assert tty.getvalue().endswith("\r\x1b[Kreplay: 200/1000 items (20%)")
    progress.clear()  # an alert is printed now
    assert tty.getvalue().endswith("\r\x1b[K")
    progress.clear()  # nothing on the screen: nothing written
    assert tty.getvalue().count("\r\x1b[K") == 2
    progress(1000, 1000)
    assert tty.getvalue().endswith("(100%)\n")
    progress.clear()
    assert tty.getvalue().endswith("\n")  # the final line stays


def test_short_inputs_and_pipes_show_nothing() -> None:
    tty = Tty()
    progress = terminal_progress(tty)
    assert progress is not None
    progress(200, 400)
    assert tty.getvalue() == ""
    assert terminal_progress(io.StringIO()) is None
