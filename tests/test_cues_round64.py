"""Round 64: wrong alerts from status misreadings (session 30, decided on the 59 tuning sets).

"Themselves" is "itself" said of several: a headline that calls off a part of an occasion ("NFL
scraps Las Vegas NFL Draft festivities") does not call off the occasion when its summary says
"the selections themselves will go ahead", as with "the draft itself will go ahead". Tuning 370
/ 576 -> 369 / 575 wrong alerts / missed runs, B3 0.9384. The wider list of round 40 ("as
planned", "wie geplant", "est maintenue", "is unchanged") was tried again and dropped: it read
four sibling occasions as the event standing ("Die Zeremonie im Palast bleibt wie geplant",
"the formal nomination will still take place in Charlotte") as round 40's review found.
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "summary", "lang", "status"), [
    ("NFL scraps Las Vegas NFL Draft festivities",
     "The league called off the stage over the Bellagio fountains; the selections themselves "
     "will go ahead April 23-25.", "en", "planned"),
    ("Queen's birthday parade cancelled", "The celebrations themselves go ahead in Windsor.",
     "en", "planned"),
    # negated: the change stands
    ("NFL scraps Las Vegas NFL Draft festivities",
     "The selections themselves will not go ahead as planned either.", "en", "cancelled"),
    # the part alone: the change stands
    ("NFL scraps Las Vegas NFL Draft festivities",
     "The league called off the stage over the Bellagio fountains.", "en", "cancelled"),
])
def test_themselves_go_ahead(title: str, summary: str, lang: str, status: str) -> None:
    assert LEX.read(title, summary, lang).status == status
