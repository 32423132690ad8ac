"""Round 57: hard negatives, articles that belong to no event yet read a status (session 28,
decided on the 59 tuning sets only).

The keyword of a watch turns up in stories with no occasion of their own: job cuts, a duty
lifted, a border moved, an elected official interviewed. Each rule below blocks such a
reading with a reason a news editor would give, and leaves the true report of an occasion as
it was.
"""

from __future__ import annotations

import pytest

from watcher.core.cues import Lexicon

LEX = Lexicon.builtin()


@pytest.mark.parametrize(("title", "lang"), [
    # jobs cut, a duty lifted, a border moved are no occasion called off or put off: tuning
    # 441 -> 437 wrong, 610 missed and B3 0.9334 unchanged
    ("BCE supprime des postes dans ses médias", "fr"),
    ("L'Autriche abandonne l'obligation vaccinale contre le Covid", "fr"),
    ("Gletscherschmelze verschiebt die Grenze am Matterhorn", "de"),
    ("Austria scraps vaccine mandate as Omicron wave ebbs", "en"),
    ("Carmaker suspends 200 posts at its Ohio plant", "en"),
])
def test_round57_non_event_objects(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status is None


@pytest.mark.parametrize(("title", "lang", "status"), [
    # the same verbs with an occasion as their object still read the change
    ("Le festival de jazz est supprimé cette année", "fr", "cancelled"),
    ("Die Regierung verschiebt die Wahl", "de", "postponed"),
    ("Austria scraps the Vienna festival", "en", "cancelled"),
])
def test_round57_event_objects_still_read(title: str, lang: str, status: str) -> None:
    assert LEX.read(title, "", lang).status == status


def test_round57_elected_official_is_no_vote() -> None:
    # "un élu", "les élus": an elected official, no election held (tuning 437 / 610 ->
    # 436 / 609; tried first as a rule for any held one-word cue after a determiner, the same
    # on the tuning sets but it lost "una vittoria", "de exitpoll" on the es/it and nl probes)
    reading = LEX.read("3G, 2G : la crainte d'une fracture numérique dans les campagnes",
                       "Interview d'un élu rural sur la couverture mobile et les zones blanches.",
                       "fr")
    assert reading.status is None
    assert LEX.read("Les élus locaux dénoncent la fermeture de la gare", "", "fr").status is None


@pytest.mark.parametrize(("title", "lang"), [
    ("Macron élu président de la République", "fr"),
    ("Tebboune réélu avec 94,65 % des voix", "fr"),
    ("Inter-Milan 1-2, Gabbia decide il derby nel finale", "it"),
])
def test_round57_elected_still_held(title: str, lang: str) -> None:
    assert LEX.read(title, "Il difensore rossonero regala ai suoi una vittoria."
                    if lang == "it" else "", lang).status == "held"


@pytest.mark.parametrize(("title", "lang"), [
    # a suspension of a member (a country, a club, a trainer): only a name before a cause, a
    # term or the clause's end (tuning 436 -> 433 wrong, 609 missed, B3 0.9334)
    ("Arab League suspends Syria over crackdown on protests", "en"),
    ("ICC suspends Sri Lanka Cricket over government interference", "en"),
    ("Churchill Downs suspends Baffert for two years", "en"),
    ("L'UEFA suspend la Russie de toutes ses compétitions", "fr"),
])
def test_round57_member_suspended(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status is None


@pytest.mark.parametrize(("title", "lang"), [
    # an occasion named in the object, or a noun after the name: the thing put off
    ("Spain suspends Basque and Galicia elections over coronavirus", "en"),
    ("Shanghai suspends Ant Group IPO days before debut", "en"),
    ("NASA suspends InSight Mars launch over leaky instrument", "en"),
    ("Germany suspends AstraZeneca shots over blood clot reports", "en"),
    ("Le gouvernement suspend le Tour de France", "fr"),
])
def test_round57_suspended_occasion_still_postponed(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "postponed"


@pytest.mark.parametrize(("title", "lang"), [
    # a promise is no change made yet: "vows to", "pledges to", "promises to" hedge the cue
    # as "plans to" does (tuning 433 -> 432 wrong, 609 missed)
    ("Government vows to scrap 'killer questions' from Suneung", "en"),
    ("Union vows to call off the strike if talks resume", "en"),
    ("Minister promises to scrap the festival levy", "en"),
])
def test_round57_promise_is_no_change(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status != "cancelled"


@pytest.mark.parametrize(("title", "lang", "status"), [
    # ... and a promise of the occasion itself still reads a plan
    ("Activists vow to march despite ban", "en", "planned"),
    ("Government scraps the festival", "en", "cancelled"),
])
def test_round57_promise_guard(title: str, lang: str, status: str) -> None:
    assert LEX.read(title, "", lang).status == status


def test_round57_held_verb_with_a_law_for_object() -> None:
    # a headline's held verb whose object right after it is a law, a reform, a contract:
    # a thing signed, no occasion held (tuning 432 / 609 -> 430 / 609, B3 0.9334 -> 0.9335;
    # any object within three words, and in summaries too: 430 / 611, dropped)
    reading = LEX.read("Obama unterzeichnet Gesundheitsreform", "", "de")
    assert reading.status is None
    assert [c.blocked for c in reading.cues] == ["other"]


@pytest.mark.parametrize(("title", "lang"), [
    ("Merz und Macron unterzeichnen Vertrag", "de"),
    ("Obama unterzeichnet im Weißen Haus", "de"),
    # a score, not an object: "sin goles" stays a match played
    ("La gran final ya se juega: Racing y Flamengo empatan sin goles al descanso", "es"),
])
def test_round57_held_verb_guard(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "held"


@pytest.mark.parametrize(("title", "lang"), [
    # a headline's future verb or infinitive whose complement is a value or a price tells a
    # number to come, no occasion (tuning 430 / 609 -> 427 / 609, B3 0.9335; a day's number
    # counted as a value too: 426 / 611, dropped)
    ("Le passe Navigo passera à 84,10 euros en janvier", "fr"),
    ("Disney+ to raise prices again in October", "en"),
])
def test_round57_future_value_is_no_occasion(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status is None


@pytest.mark.parametrize(("title", "lang"), [
    ("Narendra Modi inaugurera le 6 juin le pont de la Chenab", "fr"),
    ("L'Assemblée nationale populaire chinoise se réunira le 22 mai", "fr"),
    ("OpenAI présentera GPT-5 jeudi", "fr"),
    ("Tesla to unveil robotaxi on October 10", "en"),
])
def test_round57_future_occasion_still_planned(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "planned"


def test_round57_money_for_a_purpose() -> None:
    # a sum before "to" is money for a purpose, no occasion ahead (tuning 427 -> 426 wrong)
    reading = LEX.read("G20 leaders pledge $1.1 trillion to fight global crisis", "", "en")
    assert reading.status is None
    assert LEX.read("Fury to fight Usyk in Riyadh", "", "en").status == "planned"


@pytest.mark.parametrize(("title", "status"), [
    # a capitalised one-word held cue after another capitalised word, in a language whose
    # nouns are not capitalised, is a word of a name (tuning 426 -> 425 wrong, probes unchanged)
    ("Taylor Swift tops Spotify Wrapped as most-streamed artist worldwide", None),
    # the verb of a sentence-case headline still reads
    ("Vienna Philharmonic plays New Year's concert to empty hall", "held"),
])
def test_round57_name_word_is_no_verb(title: str, status: str | None) -> None:
    assert LEX.read(title, "", "en").status == status


def test_round57_prison_sentence_is_no_hearing() -> None:
    # a prison sentence begun is no occasion to come (en non_event_objects "sentence"; tuning
    # 425 -> 424 wrong, 609 missed)
    reading = LEX.read("Elizabeth Holmes reports to Texas prison to begin sentence", "", "en")
    assert reading.status is None
    assert LEX.read("Trump trial to begin Monday", "", "en").status == "planned"


def test_round57_title_case_keeps_its_verbs() -> None:
    # a Title Case headline capitalises its verbs too: no name to tell
    assert LEX.read("Leaders to Finally Meet in Geneva", "", "en").status == "planned"


@pytest.mark.parametrize(("title", "summary", "lang"), [
    # an elected official is a person, a career ended a retirement: no vote held, no event
    # ended (neutral phrases; tuning 424 -> 422 wrong, 609 missed)
    ("Anger grows over decision to run the marathon",
     "Residents of Staten Island and elected officials say police should not be diverted.", "en"),
    ("Ferguson hört bei Manchester United auf",
     "Nach 26 Jahren beendet der Schotte zum Saisonende seine Trainerkarriere.", "de"),
    ("Timo Boll hat seine Karriere beendet", "", "de"),
    ("Tony Parker met un terme à sa carrière", "", "fr"),
])
def test_round57_officials_and_careers(title: str, summary: str, lang: str) -> None:
    assert LEX.read(title, summary, lang).status is None


@pytest.mark.parametrize(("title", "lang"), [
    ("Macron elected president", "en"),
    ("Streik beendet", "de"),
])
def test_round57_officials_and_careers_guard(title: str, lang: str) -> None:
    assert LEX.read(title, "", lang).status == "held"


def test_round57_ads_sold_out_is_airtime() -> None:
    # advertising sold out is airtime, no tickets for the game (tuning 422 -> 421 wrong)
    assert LEX.read("Super Bowl ads sell out at up to $7 million for 30 seconds", "",
                    "en").status is None
    assert LEX.read("Glastonbury tickets sell out in 30 minutes", "", "en").status == "planned"


def test_round57_career_end_announced_is_no_plan() -> None:
    # an announced end of a career is a retirement, no occasion announced (tuning 421 / 609 ->
    # 420 / 608, B3 0.9335 -> 0.9336)
    title = ("Hummels kündigt Karriereende an – das Champions-League-Finale 2024 bleibt sein "
             "letztes großes Spiel")
    assert LEX.read(title, "", "de").status is None
    assert LEX.read("Rammstein kündigt Stadiontour an", "", "de").status == "planned"
