"""Session 59: a few readings, and German "am Morgen", the morning, which is no "morgen".

A structure blown up ("gesprengt"), a service or a film running again or now ("läuft
wieder", "läuft nun in den deutschen Kinos") and a machine restarting ("Le LHC redémarre")
report what happened; an inauguration still to come ("to be inaugurated in September") is a
plan. A side held to a draw ("Arsenal hold Liverpool to goalless draw") reports the match: the
"to" is a result's, no future. A participle clause that opens its sentence with a word of
earlier times ("D'abord reporté en juin, le Mipim ... n'aura finalement pas lieu") recalls
history, as one with no such word did (``cue_rules.RECAP_OPENERS``). A participle right
after an auxiliary of the perfect ("ont investi ... ce week-end") reports, whatever time ahead
stands near it (``cue_future._perfect_of``). German writes the
morning as a noun with its capital ("am frühen Morgen"); only the lower-case adverb is
tomorrow, and only tomorrow makes a held cue a plan (``cue_future._time_ahead``).
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "summary", "lang", "status"), [
    ("Philippsburg: Kühltürme am frühen Morgen gesprengt", "", "de", "held"),
    ("Rahmedetalbrücke in Sekunden gesprengt", "", "de", "held"),
    # the future stays a plan, and so does tomorrow in lower case
    ("Rahmedetalbrücke wird am 7. Mai gesprengt", "", "de", "planned"),
    ("Kühltürme werden morgen gesprengt", "", "de", "planned"),
    ("Nach Warnstreik: Zugverkehr läuft wieder", "", "de", "held"),
    ("Mit zwei Jahren Verspätung: Top Gun im Kino",
     "Die Fortsetzung läuft nun in den deutschen Kinos.", "de", "held"),
    ("Le LHC redémarre après deux ans d'arrêt", "", "fr", "held"),
    ("Le LHC ne redémarrera pas avant l'automne", "", "fr", "postponed"),
    ("Ethiopia says Nile mega-dam is complete, to be inaugurated in September", "", "en",
     "planned"),
    ("FA Cup: Liverpool dreht Spiel gegen Shrewsbury", "", "de", "held"),
    ("FA Cup : Liverpool s'en sort face à Shrewsbury", "", "fr", "held"),
    # a tournament, a run-off or a trial halted is put off; a strike that halts trains is on
    ("FIDE halts Candidates tournament in Russia over coronavirus", "", "en", "postponed"),
    ("Liberia's Supreme Court halts presidential run-off", "", "en", "postponed"),
    ("Wilders hate speech trial halted after judges challenged", "", "en", "postponed"),
    ("Austrian rail strike halts all trains", "", "en", "held"),
    # a participle after an auxiliary of the perfect reports, whatever time it names; the
    # present beside it previews
    ("Lowlands fait son grand retour", "Quelque 55 000 festivaliers ont investi Biddinghuizen "
     "ce week-end.", "fr", "held"),
    ("Christmas market opens this weekend", "", "en", "planned"),
    ("Blackpink enflamme Hanoï", "Le groupe sud-coréen s'est produit samedi soir au stade "
     "national My Dinh.", "fr", "held"),
    ("L'EPR de Flamanville raccordé au réseau électrique", "", "fr", "held"),
    ("Die Switch 2 ist da", "Seit Mitternacht ist Nintendos neue Konsole im Handel.", "de",
     "held"),
    ("Öl fließt durch umstrittene Dakota-Access-Pipeline", "Die Leitung hat den kommerziellen "
     "Betrieb aufgenommen.", "de", "held"),
    ("Australia crush England by 10 wickets in Ashes opener", "", "en", "held"),
    ("Sydney welcomes 2020 with fireworks as bushfires rage", "", "en", "held"),
    ("Euro 2020: Wales 1-1 Switzerland - Kieffer Moore header earns draw in Baku", "", "en",
     "held"),
    ("Formule 1 : Melbourne retrouve son Grand Prix", "Le Grand Prix d'Australie se court ce "
     "week-end sur un circuit remanié.", "fr", "planned"),
    ("Prosecutors say they will retry Cosby", "", "en", "planned"),
    ("Permit approved for 'Unite the Right 2' rally near White House", "", "en", "planned"),
    # a side held to a draw: the "to" of a result, no future
    ("Ten-man Arsenal hold Liverpool to goalless draw", "", "en", "held"),
    ("Arsenal held to goalless draw by ten-man Liverpool", "", "en", "held"),
    # a sentence that opens with a word of earlier times before its participle clause recalls
    # history; after a comma inside a sentence the rule is as before
    ("D'abord reporté en juin, le Mipim de Cannes n'aura finalement pas lieu", "", "fr",
     "cancelled"),
    ("Initially postponed to June, the fair is now cancelled", "", "en", "cancelled"),
])
def test_reading(title: str, summary: str, lang: str, status: str | None) -> None:
    assert LEX.read(title, summary, lang).status == status


def test_the_morning_is_no_tomorrow() -> None:
    """"am frühen Morgen" leaves a report a report; "morgen" makes it a plan."""
    assert LEX.read("Der Gipfel beginnt am Morgen in Rom", "", "de").status == "held"
    assert LEX.read("Der Gipfel beginnt morgen in Rom", "", "de").status == "planned"

