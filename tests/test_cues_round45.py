"""Round 45: headlines that tell a cancellation or a postponement with a verb the cue lexicon
missed (session 24, decided on the 59 tuning sets; held-out sets only as a final check).

When only a summary carries the cue, the alert waits for a second outlet, and the run is often
missed. Stops and slips in English ("halts ... launch seconds before liftoff", "pulled from March
release", "Rain holds up start of", "keeps stock market shut", "misses another deadline", "refit
to drag into 2021", "Work halts on"), German ("Wetter verhindert Start", "stoppt Arbeiten an",
"Baustopp", a separable "sagt ... ab" whose particle ends a long headline) and
French ("ne roulera pas pour les JO", "prolonge sa fermeture", "remet à plus tard", "le
rassemblement ... interdit"), and in later steps below. All of round 45 together: tuning
533 -> 532 wrong / 717 -> 697 missed, B3 0.9263 -> 0.9265; held-out 30: 334 -> 337 wrong /
425 -> 427 missed. Tried and dropped: a bare "off as/after", "bricht ... ab", "shut after",
"interdit ... Pride" (each named where it was tried).
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "lang", "status"), [
    ("India halts Gaganyaan test launch seconds before liftoff", "en", "postponed"),
    ("'A Quiet Place Part II' pulled from March release over coronavirus", "en", "postponed"),
    ("Disney pulls 'Mulan' from release calendar indefinitely", "en", "postponed"),
    ("Rain holds up start of Wimbledon final", "en", "postponed"),
    ("Moscow Exchange keeps stock market shut as sanctions bite", "en", "postponed"),
    ("Navi Mumbai airport misses another deadline", "en", "postponed"),
    ("Gorch Fock refit to drag into 2021", "en", "postponed"),
    ("Work halts on Hamburg's Elbtower as Benko's Signa misses payments", "en", "postponed"),
    ("Wetter verhindert Start von Amazons Kuiper-Satelliten", "de", "postponed"),
    ("Werftpleite stoppt Arbeiten an der Gorch Fock", "de", "postponed"),
    ("Baustopp am Elbtower", "de", "postponed"),
    ("Malaysia sagt Good-Vibes-Festival nach Kuss-Eklat ab", "de", "cancelled"),
    ("Papst sagt Reise in den Südsudan für dieses Jahr ab", "de", "cancelled"),
    ("Le CDG Express ne roulera pas pour les JO de 2024", "fr", "postponed"),
    ("Mars : la mission InSight ne partira pas en mars", "fr", "postponed"),
    ("La Bourse de Moscou prolonge sa fermeture", "fr", "postponed"),
    ("Stada remet à plus tard son introduction en Bourse", "fr", "postponed"),
    ("Le rassemblement propalestinien place de la République interdit", "fr", "cancelled"),
    ("La manifestation contre la loi travail de jeudi interdite", "fr", "cancelled"),
])
def test_round45_headline_verbs(title: str, lang: str, status: str) -> None:
    assert LEX.read(title, "", lang).status == status


@pytest.mark.parametrize(("title", "lang"), [
    # a launch abort is a scrub: "bricht Start" still reads postponed
    ("Agnikul bricht Start der Agnibaan erneut ab", "de"),
    ("SpaceX bricht Start der Dragon-Kapsel in letzter Sekunde ab", "de"),
])
def test_round45_launch_abort_stays_postponed(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "postponed"


@pytest.mark.parametrize(("title", "lang", "status"), [
    # the guards hold for the new cues: negation, modality
    ("Papst sagt Reise in den Südsudan nicht ab", "de", "planned"),
    ("La préfecture n'interdit pas le rassemblement de samedi", "fr", "planned"),
    ("Wetter könnte Start von Amazons Kuiper-Satelliten verhindern", "de", None),
    ("La police pourrait interdire la grève", "fr", None),
])
def test_round45_guards(title: str, lang: str, status: str | None) -> None:
    assert LEX.read(title, "", lang).status == status


@pytest.mark.parametrize(("title", "lang"), [
    # a court that forbids the occasion ("shut after" was tried with it and dropped: one run
    # more, but events-23 B3 0.9451 -> 0.9416)
    ("Indiens Oberstes Gericht untersagt Rath Yatra in Puri", "de"),
])
def test_round45_court_forbids(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "cancelled"


def test_round45_bare_off_is_no_cue() -> None:
    # tried and dropped: a bare "off as/after" after a name is as often a postponement ("Everton
    # v Liverpool off as Storm Darragh batters Merseyside") or no event ("switches off after")
    assert LEX.read("Zermatt cut off after floods wash away roads", "", "en").status is None


@pytest.mark.parametrize(("title", "lang", "status"), [
    # a team out of a bilateral series, proceedings halted, a permit refused, a product that
    # will not come out: tuning 533 wrong unchanged / 698 -> 695 missed; held-out 30 unchanged
    ("England pull out of October cricket tour of Pakistan", "en", "cancelled"),
    ("Mugabe resigns, halting impeachment proceedings", "en", "cancelled"),
    ("Warsaw refuses permission for Equality Parade, activists vow to march", "en", "cancelled"),
    ("Laois council refuses licence for Electric Picnic", "en", "cancelled"),
    ("La RTX 4080 12 Go ne sortira pas", "fr", "cancelled"),
    ("Le jeu ne sortira pas avant 2025", "fr", "postponed"),
])
def test_round45_withdrawn_and_refused(title: str, lang: str, status: str) -> None:
    assert LEX.read(title, "", lang).status == status


def test_round45_bricht_ab_dropped() -> None:
    # "bricht ... ab" was tried and dropped: tuning 695 -> 696 missed without it, but with it the
    # Jamaika talks' cluster split (events-56 B3 0.8986 -> 0.8927)
    assert LEX.read("FDP bricht Jamaika-Sondierungen ab", "", "de").status is None
