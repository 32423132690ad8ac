"""Session 65: more headlines that put an occasion in doubt, and doubts denied.

"Sturmwarnung: Zittern um den Düsseldorfer Rosenmontagszug", "Livre Paris suspendu aux décisions
sur le coronavirus", "Royal Ascot still hopeful of June date": such a headline weighs what may
happen, and its summary's "prévu du 20 au 23 mars" or "Montag" is the date it was due on, not
news of a plan (``Lexicon._doubted``). A doubt denied ("Wembley final not at risk", "doch nicht
in Gefahr") is none: the headline's other words read as before. Tuning 983 / 1,357 -> 977 /
1,356 (wrong alerts / missed runs), B-cubed the same; held-out 1,324 -> 1,323 wrong alerts.

A date that cannot be kept ("DEL-Start am 13. November nicht zu halten"), what comes later ("Neue
iPhones kommen später") and a meeting moved to a coming day are postponements: 977 / 1,356 ->
972 / 1,353.
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "summary", "lang"), [
    ("Sturmwarnung: Zittern um den Düsseldorfer Rosenmontagszug",
     "Das Comitee will im Laufe des Tages entscheiden, ob der Zug am Montag rollt.", "de"),
    ("Wahl in Libyen droht zu platzen",
     "Drei Tage vor dem geplanten Termin fehlt noch die Kandidatenliste.", "de"),
    ("Livre Paris suspendu aux décisions sur le coronavirus",
     "Le salon, prévu du 20 au 23 mars porte de Versailles, étudie plusieurs scénarios.", "fr"),
    ("Le Festival d'Avignon suspendu à l'évolution de l'épidémie",
     "La direction avait dévoilé la programmation d'une édition prévue du 3 au 23 juillet.", "fr"),
    ("Royal Ascot still hopeful of June date",
     "Organisers are drawing up plans for the meeting to be staged behind closed doors.", "en"),
    ("Typhoon Hagibis could wreck Japanese Grand Prix weekend",
     "F1 is studying contingency plans for Saturday.", "en"),
])
def test_a_headline_in_doubt_reads_no_status(title: str, summary: str, lang: str) -> None:
    reading = LEX.read(title, summary, lang)
    assert reading.doubted
    assert reading.status is None


@pytest.mark.parametrize(("title", "lang"), [
    ("Uefa says Wembley final not at risk from Icelandic ash", "en"),
    ("Stone Roses' Heaton Park homecoming not in doubt after Amsterdam spat", "en"),
    ("Sydneys Silvesterfeuerwerk doch nicht in Gefahr", "de"),
    ("Le sommet n'est pas en suspens", "fr"),
])
def test_a_doubt_denied_is_none(title: str, lang: str) -> None:
    assert not LEX.read(title, "", lang).doubted


@pytest.mark.parametrize(("title", "lang"), [
    # a doubt that grows is still one: "plus" does not deny it
    ("Nord du Kosovo : le scrutin du 18 décembre de plus en plus incertain", "fr"),
    ("Mondial de hockey : le tournoi est en suspens", "fr"),
])
def test_a_doubt_growing_stays_a_doubt(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).doubted


@pytest.mark.parametrize(("title", "summary", "lang"), [
    # a suspension for a cause is a suspension, not "suspendu à" a decision
    ("Cricket : la Pakistan Super League suspendue à cause du Covid",
     "Le championnat, disputé à Karachi, est interrompu après plusieurs cas positifs.", "fr"),
    # a storm that threatens a match previews it as often as it doubts it: not a doubt phrase
    ("Heavy rain forecast threatens Suzuka qualifying",
     "Officials say qualifying is still due to run at its usual time.", "en"),
])
def test_not_every_worry_is_a_doubt(title: str, summary: str, lang: str) -> None:
    assert not LEX.read(title, summary, lang).doubted


@pytest.mark.parametrize("title", [
    "DEL-Start am 13. November nicht zu halten",
    "Apple bestätigt: Neue iPhones kommen später",
    "The Last of Us Part II kommt später",
    "Opec+ verlegt Treffen auf kommenden Donnerstag",
])
def test_a_date_not_kept_is_a_postponement(title: str) -> None:
    # a date that cannot be kept, what comes later, a meeting moved to a coming day: session
    # 65, tuning 977 / 1,356 -> 972 / 1,353 (wrong alerts / missed runs)
    assert LEX.read(title, "", "de").status == "postponed"
