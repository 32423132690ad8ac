"""Session 62: releases dated in German, and a parliament's votes told by the chamber.

"Switch 2 erscheint am 5. Juni", "Das Spiel soll im Herbst 2018 erscheinen": a release with its
date is a plan (it read nothing before). "MPs reject May's Brexit deal", "Bundestag beschließt
Haushalt in namentlicher Abstimmung", "Le Parlement adopte le budget lors d'un vote": the vote
took place; but only with a vote or another occasion named near the verb or in the headline, for
a law passed is not itself an occasion ("Swedish lawmakers approve ID checks" stays unread).
A vote pulled, halted or refused is postponed or called off; a ballot or investiture vote lost,
a censure escaped, a government toppled were held; a shutdown ended or begun is under way. A
call-off with "Einen neuen Termin gibt es noch nicht" is a postponement.
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "summary", "lang", "status"), [
    # a release dated
    ("Switch 2 erscheint am 5. Juni", "", "de", "planned"),
    ("Marathon: Bungies neuer Shooter erscheint im September", "", "de", "planned"),
    ("Kanye West's album comes out on Friday", "", "en", "planned"),
    ("Netanjahu erscheint im Gericht", "", "de", None),
    # a chamber's vote, with a vote or an occasion named
    ("MPs reject May's Brexit deal for a second time",
     "The Commons voted 391 to 242 against the deal.", "en", "held"),
    ("Bundestag beschließt Haushalt in namentlicher Abstimmung", "", "de", "held"),
    ("Le Parlement adopte le budget lors d'un vote solennel", "", "fr", "held"),
    ("Swedish lawmakers approve ID checks for travel across the Oresund", "", "en", None),
    ("Indonesia drops bid to change Pilkada rules",
     "Parliament backed down on the revision, saying the court's ruling will apply to "
     "November's regional elections.", "en", None),
    # votes lost, survived, toppling
    ("Spain's Sanchez loses second investiture vote", "", "en", "held"),
    ("Jordan loses third ballot for speaker with 25 Republicans opposed", "", "en", "held"),
    ("Pedro Sánchez échoue au premier vote d'investiture", "", "fr", "held"),
    ("Le gouvernement Lecornu échappe à la censure à dix-huit voix près", "", "fr", "held"),
    ("Nationalversammlung stürzt Regierung Barnier", "", "de", "held"),
    # votes pulled, halted, refused; votes ahead
    ("May pulls Brexit deal vote to avoid heavy defeat", "", "en", "postponed"),
    ("Johnson zieht Abstimmung über Brexit-Deal zurück", "", "de", "postponed"),
    ("Bercow refuses to allow new meaningful vote on Johnson's deal", "", "en", "cancelled"),
    ("McCarthy faces holdouts as House speaker vote looms", "", "en", "planned"),
    ("Scholz will am 15. Januar die Vertrauensfrage stellen", "", "de", "planned"),
    # shutdowns under way
    ("Les Etats-Unis en plein shutdown, faute d'accord au Congrès", "", "fr", "held"),
    ("Trump signs bill ending record 43-day shutdown", "", "en", "held"),
    # a vote still faced; a court hearing dated ahead; not a merger negotiated
    ("May faces vote of no confidence", "", "en", "planned"),
    ("Oberlandesgericht verhandelt am Montag über Urteil gegen Kurz", "", "de", "planned"),
    ("Deutsche Bank und Commerzbank verhandeln über Fusion", "", "de", None),
    # no new date yet, or a new date given: a postponement, not a call-off
    ("BER-Eröffnung 2017 offiziell abgesagt", "Einen neuen Termin gibt es noch nicht.", "de",
     "postponed"),
    ("America's Cup: Auch der zweite Startversuch fällt ins Wasser",
     "Wind und Wellen verhindern erneut das erste Rennen; neuer Termin ist Freitag.", "de",
     "postponed"),
    # a requiem is an occasion
    ("Tausende nehmen Abschied von Benedikt XVI.", "Am Donnerstag soll das Requiem stattfinden.",
     "de", "planned"),
])
def test_reading(title: str, summary: str, lang: str, status: str | None) -> None:
    assert LEX.read(title, summary, lang).status == status
