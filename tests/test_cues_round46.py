"""Round 46: how an article's status is read (session 25, decided on the 59 tuning sets only).

Families, each a common way news tells that status:

- verdicts told as "gets N years" / "gets life" (held);
- an occasion "marred by" something (held, like "marked by");
- launches that fail or rockets that explode, a satellite that "stürzt ins Meer" (held: the
  attempt was made);
- German "verlegt" as the last word of its clause ("Rückkampf gegen Klitschko verlegt", "Das
  Spiel wird verlegt"): moved, a postponement; "verlegt" with its object after it is the finite
  verb, which the date rules read ("verlegt den Auftritt um einen Tag"); "nach Madrid
  verlegt" / "in das Stadion verlegt" is a venue moved, still planned;
- an occasion cut short took place ("Storm cuts short Pope's visit", "Mission vorzeitig
  beendet", "le pape écourte sa visite"), where round 3 read it cancelled; "halted early",
  "vorzeitig abgebrochen", "interrompu prématurément" stay cancelled;
- "due"/"coming" with a time ahead, "invited to" an event (planned);
- a guest's trip to an event called off ("cancels trip to CELAC summit", "sagt Auftritt beim
  Parteitag ab") is no change of the event (markers trip_nouns / trip_preps);
- calls to protest ("appelle à manifester"), "kommt am/im", unions "set" a strike, "steht
  bevor" (planned); German seasons and "nächstes Jahr" are dates ahead;
- plural vote results ("Austrians vote to keep conscription"), results that come late
  ("results delayed", "les résultats se font attendre"), "im Zeichen/Schatten von",
  "überschattet", "sous le signe de" (held).

Tried and dropped (no gain on tuning): "stimmt ... über ... ab" as planned (6 rows read better,
no alert changed), French "en visite ... du * au *" as planned (4 rows, no alert), two wider
cross-field rules (a summary's future marker or future date making a present headline a
preview: more rows read worse than better).

Tuning figures (wrong alerts / missed runs, B3) are in the commit messages.
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "lang"), [
    ("Former minister gets 12 years for bribery in Lagos", "en"),
    ("Ex-governor and son get seven years in land fraud case", "en"),
    ("Killer of teenage runner gets life for murder", "en"),
    ("Rapper gets life sentence in gang murder trial", "en"),
    ("Brother of gunman gets 30 years on appeal", "en"),
])
def test_round46_sentence_told_as_gets_years(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "held"


@pytest.mark.parametrize(("title", "lang"), [
    ("Ohio primary marred by long queues and broken machines", "en"),
    ("Referendum marred by police violence", "en"),
])
def test_round46_marred_by(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "held"


@pytest.mark.parametrize(("title", "lang"), [
    ("Soyuz rocket fails, crew lands safely", "en"),
    ("Private rocket explodes seconds after liftoff", "en"),
    ("Spionagesatellit stürzt ins Meer", "de"),
])
def test_round46_failed_launch_was_held(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "held"


@pytest.mark.parametrize(("title", "summary", "status"), [
    ("Boxer verletzt: Rückkampf verlegt", "", "postponed"),
    ("Nach Unwetter: Spiel gegen Real Madrid wird verlegt", "", "postponed"),
    # a venue, not a date: the event still goes ahead
    ("G8-Gipfel wird nach Camp David verlegt", "", "planned"),
    ("Länderspiel wird nach Leipzig verlegt", "", "planned"),
    # the finite verb with its object: the date rule reads it ("um einen Tag")
    ("Kandidat verlegt Wahlkampfauftritt in Tulsa um einen Tag", "", "postponed"),
    ("Super Bowl wird nicht verlegt", "", "planned"),
])
def test_round46_verlegt_at_clause_end(title: str, summary: str, status: str) -> None:
    assert LEX.read(title, summary, "de").status == status


def test_round46_verlegt_with_object_is_no_bare_move() -> None:
    """ "verlegt den Kongress ins Netz": the finite verb before its object and target is not
    the bare participle; the target phrase reads it (online: still planned)."""
    cues = LEX.read("Mathematikerkongress", "Der Verband verlegt den Kongress ins Netz.",
                    "de").cues
    assert not any(c.phrase == "verlegt" for c in cues)


@pytest.mark.parametrize(("title", "lang"), [
    ("Storm cuts short Pope Francis's visit to Tacloban", "en"),
    ("Band cut short festival set after singer's stunt", "en"),
    ("Hamburg protest cut short by huge turnout", "en"),
    ("Moon lander tipped over, mission ends early", "en"),
    ("Mondlander liegt auf der Seite – Mission vorzeitig beendet", "de"),
    ("G7-Gipfel in Kanada: Präsident reist vorzeitig ab", "de"),
    ("Sous la tempête, le pape écourte sa visite à Tacloban", "fr"),
])
def test_round46_cut_short_was_held(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "held"


@pytest.mark.parametrize(("title", "lang"), [
    ("Final halted early as storm hits stadium", "en"),
    ("Rennen vorzeitig abgebrochen", "de"),
    ("Le concert interrompu prématurément", "fr"),
])
def test_round46_stopped_early_stays_cancelled(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "cancelled"


@pytest.mark.parametrize(("title", "lang"), [
    # the guards hold: negation, a future marker
    ("Tour will not be cut short, organisers say", "en"),
    ("Visit to be cut short next week", "en"),
])
def test_round46_cut_short_guards(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status != "held"


@pytest.mark.parametrize(("title", "lang"), [
    ("Nintendo shows a new Zelda, due next year", "en"),
    ("Open-world RPG due in 2026", "en"),
    ("Apple unveils charging mat, coming next year", "en"),
    ("Microsoft unveils Windows 12, coming this holiday", "en"),
    ("Assad invited to Arab League summit in Jeddah", "en"),
])
def test_round46_due_coming_invited(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "planned"


def test_round46_invited_needs_an_event() -> None:
    assert LEX.read("Opposition leader invited to form a government", "", "en").status is None


@pytest.mark.parametrize(("title", "lang"), [
    ("Maduro cancels trip to CELAC summit in Argentina", "en"),
    ("Club cancels trip to Ballon d'Or ceremony", "en"),
    ("Bush sagt Auftritt beim Parteitag der Republikaner ab", "de"),
])
def test_round46_guest_trip_to_event_is_no_change(title: str, lang: str) -> None:
    """A guest's trip to an event called off: the event goes on."""
    assert LEX.read(title, "", lang).status != "cancelled"


@pytest.mark.parametrize(("title", "lang", "status"), [
    # the trip itself: no event noun after its preposition
    ("Pope cancels visit to Denmark", "en", "cancelled"),
    ("Trump sagt Reise nach Warschau ab", "de", "cancelled"),
    # "to" before a verb is a purpose, not a destination
    ("President delays Asia trip to push health care vote", "en", "postponed"),
])
def test_round46_trip_itself_still_changes(title: str, lang: str, status: str) -> None:
    assert LEX.read(title, "", lang).status == status


@pytest.mark.parametrize(("title", "lang"), [
    ("Le comité appelle à une nouvelle manifestation samedi à Paris", "fr"),
    ("Les syndicats appellent à manifester jeudi", "fr"),
    ("Konsole kommt am 19. November für 499 Euro nach Deutschland", "de"),
    ("Das Musical kommt im März nach Hamburg", "de"),
    ("Unions set May 9 general strike", "en"),
    ("Nurses set three-day strike for Oct. 4", "en"),
])
def test_round46_calls_and_dates_ahead(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "planned"


@pytest.mark.parametrize(("title", "lang"), [
    ("Austrians vote to keep military conscription", "en"),
    ("Swiss vote to ban minarets", "en"),
    ("Caucus results delayed as app glitch sows chaos", "en"),
    ("Caucus : le vote a eu lieu, les résultats se font attendre", "fr"),
])
def test_round46_vote_results(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "held"


def test_round46_vote_to_ahead_is_planned() -> None:
    assert LEX.read("Swiss to vote to ban minarets on Sunday", "", "en").status == "planned"


def test_round46_place_phrase_needs_the_clause_end() -> None:
    """ "Nach einjähriger Pause verlegt das Schiff wieder Rohre": "nach" is "after" and the
    finite verb goes on; no venue moved."""
    cues = LEX.read("Pipeline", "Nach einjähriger Pause verlegt das Schiff wieder Rohre.",
                    "de").cues
    assert not any("verlegt" in c.phrase for c in cues)


@pytest.mark.parametrize(("title", "lang"), [
    ("Asean-Gipfel in Kuala Lumpur im Zeichen der US-Zölle", "de"),
    ("IWF-Tagung auf Bali im Schatten des Handelskriegs", "de"),
    ("G20-Gipfel in Cannes: Griechenland überschattet alles", "de"),
    ("JO d'hiver : une cérémonie d'ouverture sous le signe du boycott", "fr"),
])
def test_round46_marked_by_in_de_fr(title: str, lang: str) -> None:
    """ "im Zeichen/Schatten von", "überschattet", "sous le signe de": like "geprägt von"
    and "marqué par", the occasion takes place."""
    assert LEX.read(title, "", lang).status == "held"


def test_round46_marked_by_with_a_day_ahead_is_a_preview() -> None:
    assert LEX.read("Eurosatory rouvre lundi sous le signe de la guerre", "", "fr").status \
        == "planned"


@pytest.mark.parametrize(("title", "lang"), [
    ("Zweiter Palio des Sommers steht bevor", "de"),
    ("Kühltürme in Philippsburg sollen im Frühjahr fallen", "de"),
    ("Erstes Langstreckenflugzeug soll noch dieses Jahr ausgeliefert werden", "de"),
])
def test_round46_german_ahead(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "planned"
