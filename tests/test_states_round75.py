"""Round 75: an auxiliary of the perfect that is also a present verb tells the past only before
a participle (``cue_tense.narrates_past``, what keeps a held reading from being
``present_only``)."""

from __future__ import annotations

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


def test_german_present_headline_over_a_copula_is_present_only() -> None:
    r = LEX.read("Papst reist an den Golf: Franziskus besucht Bahrain",
                 "Es ist die erste Reise eines Papstes in das Königreich, Höhepunkt ist eine "
                 "Messe im Nationalstadion.", "de")
    assert r.status == "held" and r.present_only


def test_german_possessive_haben_is_no_past() -> None:
    r = LEX.read("Libanon wählt ein neues Parlament", "Viele Wähler haben kaum Hoffnung.", "de")
    assert r.status == "held" and r.present_only


def test_german_perfect_with_final_participle_is_past() -> None:
    r = LEX.read("Libanon wählt ein neues Parlament",
                 "Die Wahllokale haben am Abend geschlossen.", "de")
    assert r.status == "held" and not r.present_only


def test_english_have_without_participle_is_present() -> None:
    r = LEX.read("Lebanon votes for a new parliament", "Voters have little hope of change.", "en")
    assert r.present_only == (r.status == "held")
    r = LEX.read("Pope Francis arrived in Bahrain", "The pontiff has already met the king.", "en")
    assert r.status == "held" and not r.present_only


def test_french_est_before_a_noun_is_present_and_before_a_participle_past() -> None:
    r = LEX.read("Le Liban vote pour un nouveau parlement",
                 "C'est la première élection depuis 2018.", "fr")
    assert r.status == "held" and r.present_only
    r = LEX.read("Le Liban vote pour un nouveau parlement",
                 "Les bureaux de vote ont fermé à 19 heures.", "fr")
    assert r.status == "held" and not r.present_only
