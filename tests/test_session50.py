"""Session 50's reading change, decided on the tuning sets: an English infinitive after a
headline's held cue does not make the occasion a future one ("Starliner launches on test flight
to space station" is held, its docking "planned for Friday" a later step)."""

from __future__ import annotations

from watcher.core.past_day import future_at


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


def test_a_letter_lower_cased_to_two_keeps_the_offsets() -> None:
    """Turkish "İ" lower-cases to two characters: every cue offset after it was off by one
    (a code review)."""
    title = "İzmir festival to run until Sunday"
    at = title.index("run")
    assert future_at(title, at, at + len("run"), "en")  # "to run": the infinitive is the cue's
