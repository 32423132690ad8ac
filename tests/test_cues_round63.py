"""Round 63: previews read as held (session 29, decided on the 59 tuning sets).

A headline in the present ("Heute beginnt in Iowa das Vorwahlrennen") previews the occasion
when its summary, telling nothing past, names a time later the same day ("kommen am Abend die
Wähler zusammen", "tonight", "ce soir"), as it already does when the summary dates it ahead.
Not when the headline's cue is a clause-final German participle ("König Charles ... mit
militärischen Ehren empfangen": a perfect passive, a report) nor when the summary narrates
("am Abend folgte das Staatsbankett"). Tuning 374 / 588 -> 374 / 587 wrong alerts / missed
runs, B3 0.9382 unchanged.
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "summary", "lang", "status"), [
    ("Heute beginnt in Iowa das Vorwahlrennen der Demokraten",
     "In Turnhallen und Schulen kommen am Abend die Wähler zu den Caucuses zusammen.", "de",
     "planned"),
    ("Lebanon votes in parliamentary election",
     "Polls open tonight after a campaign dominated by the economic crisis.", "en", "planned"),
    # a clause-final participle reports, whatever the summary's evening
    ("König Charles am Brandenburger Tor mit militärischen Ehren empfangen",
     "Bundespräsident Steinmeier begrüßte das Königspaar; am Abend folgte das Staatsbankett.",
     "de", "held"),
    # no time later that day: the present headline reports
    ("Heute beginnt in Iowa das Vorwahlrennen der Demokraten",
     "In Turnhallen und Schulen kommen die Wähler zu den Caucuses zusammen.", "de", "held"),
])
def test_later_today_previews(title: str, summary: str, lang: str, status: str) -> None:
    assert LEX.read(title, summary, lang).status == status
