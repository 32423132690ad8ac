"""Session 71: an English progressive of "take place".

Decided on the tuning sets (123 with set 253, first code 1,063 wrong alerts / 1,449 missed
runs); the held-out floors stayed where they were.

"The airshow, held at the airport for years, is not taking place this year": "not take place"
was a cancellation, its progressive was nothing. "not taking place on Monday" is the date off,
as "will not take place on" was. -> 1,062 / 1,449.

Tried and dropped: "in talks" as a modal before a cue ("UK in talks to host Eurovision after
Ukraine ruled out": "in talks to" ends on the "to" of "to host"): one run more on tuning (1,062
/ 1,448), but the summary's "despite Kalush Orchestra's win" then read the report held and set
253 fell below its B-cubed floor. "fällt ... durch" (a candidate who fails) only at the end of
its clause, so that "Wegen der Unwetterwarnung fällt der Zug durch die Innenstadt aus" reads the
parade called off, not held: read right, 1,062 / 1,450 on tuning, but the call-off then joined
the story of the Mainz parade of the same day (the place tables know no Mainz; adding it split
set 222's stories) and set 253 fell below its recall floor. A new date after a call-off read as
a postponement ("Düsseldorfer Rosenmontagszug wird am 13. März nachgeholt" after "Düsseldorf
sagt Rosenmontagszug ab"): 1,062 / 1,446 on tuning, but the next preview ("Chepstow confident
ahead of rescheduled Welsh National") then read the event planned again, an alert too many that
took a held-out set below its floor; the sets label that return planned as often as postponed.
Thirty more cities in the place tables (Mainz, Salzburg, Lausanne, ...): tuning even, four
held-out and tuning sets below their B-cubed floors ("Salzburg's Mozart year" is no other place
than the Salzburg Festival's). A headline's suspension ("RCN pauses March strike", "Ariana
Grande suspend sa tournée") read as a call-off when its summary tells one ("The walkout will not
go ahead"): four wrong alerts fewer on tuning, but a held-out set fell below its precision
floor (the German report that followed, "Britische Pflegekräfte setzen Streik aus", had made the
right alert) and "Torrential rain suspends Ryder Cup" over "Play was halted early" read called
off. French "prive ... de son défilé" as a call-off: read right, one wrong alert more on tuning
(the report joined a story the Mainz parade had merged into).
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "summary", "status"), [
    ("Shoreham marks anniversary of air crash with silence",
     "The airshow, held at the airport for years, is not taking place this year.", "cancelled"),
    ("Airshow no longer taking place, organisers say", "", "cancelled"),
    ("Summit not taking place on Monday, says Kremlin", "", "postponed"),
])
def test_not_taking_place(title: str, summary: str, status: str) -> None:
    assert LEX.read(title, summary, "en").status == status


def test_taking_place_still_reports() -> None:
    assert LEX.read("Airshow taking place despite the rain", "", "en").status != "cancelled"

