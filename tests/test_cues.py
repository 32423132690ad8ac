"""Status cues: one article's status from its title and summary, in English, German and French.

The sentences below are written for these tests (not taken from the dev timeline) and cover each
trap of issue 3: negation, modality and threats, rumours, quoted denials, other events
("after the Vienna cancellations", "im Vorjahr", "de 2020") and real returns.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from watcher.core.cues import Lexicon
from watcher.core.types import StatusReading
from watcher.errors import ConfigError

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
LEX = Lexicon.builtin()

# (lang, title, summary, expected status, returning)
CASES: list[tuple[str, str, str, str | None, bool]] = [
    ('en', 'Glastonbury festival cancelled over storm warnings', '', 'cancelled', False),
    ('en', 'Organisers have called off the summit', '', 'cancelled', False),
    ('en', 'Government scraps plans for Paris climate meeting', '', 'cancelled', False),
    ('en', 'Summit is off, White House says', '', 'cancelled', False),
    ('en', "Taylor Swift's Vienna concerts canceled after terror plot", '', 'cancelled', False),
    ('en', "The ceremony won't take place this year", '', 'cancelled', False),
    (
        'en', 'There are no plans for a Trump-Putin meeting in the near future', '',
        'cancelled', False,
    ),
    ('en', 'BBC axes Eurovision party', '', 'cancelled', False),
    ('en', 'Match postponed due to heavy snow', '', 'postponed', False),
    ('en', 'Launch delayed by 24 hours after a technical problem', '', 'postponed', False),
    ('en', 'Talks pushed back to next week', '', 'postponed', False),
    ('en', 'Conference rescheduled to a later date', '', 'postponed', False),
    ('en', 'Trump and Putin to meet in Budapest', '', 'planned', False),
    ('en', 'Leaders agreed to meet next month in Geneva', '', 'planned', False),
    ('en', 'The summit is scheduled for June 16', '', 'planned', False),
    ('en', 'EU announces summit with China for December', '', 'planned', False),
    ('en', 'Biden will hold talks with Xi in San Francisco', '', 'planned', False),
    ('en', 'Trump and Putin met in Alaska on Friday', '', 'held', False),
    ('en', 'The summit took place behind closed doors', '', 'held', False),
    ('en', 'Biden and Xi held talks for four hours', '', 'held', False),
    ('en', 'World Cup kicked off in Qatar', '', 'held', False),
    ('en', 'Spain won the final in Berlin', '', 'held', False),
    ('en', 'The capsule docked with the space station', '', 'held', False),
    ('en', 'The summit ended without a deal', '', 'held', False),
    ('en', 'The concert is not cancelled, organisers say', '', 'planned', False),
    ('en', 'The match will not be postponed despite the rain', '', 'planned', False),
    ('en', "Storm may cancel Sunday's race", '', 'planned', False),
    ('en', 'The summit could be called off, officials warn', '', 'planned', False),
    ('en', 'Trump threatens to cancel the meeting', '', 'planned', False),
    ('en', 'Report casts doubt on planned summit', '', None, False),
    ('en', 'Unions call for cancelling the games', '', 'planned', False),
    ('en', 'The White House is reportedly considering cancelling the trip', '', 'planned', False),
    ('en', 'Will the final be postponed?', '', None, False),
    ('en', '"You cannot postpone what was never planned," Peskov said', '', None, False),
    ('en', 'London shows go ahead after the Vienna cancellations', '', 'planned', False),
    ('en', "Fans still angry after last year's cancellation", '', None, False),
    ('en', 'The summit is back on', '', 'planned', True),
    ('en', 'Concert rescheduled for March 3', '', 'planned', True),
    ('en', 'The summit will go ahead after all', '', 'planned', True),
    ('en', 'Concert not postponed but cancelled', '', 'cancelled', False),
    ('en', "Police say the festival hasn't been cancelled", '', 'planned', False),
    ('en', 'Festival organisers confirm cancellation', '', 'cancelled', False),
    ('de', 'Oktoberfest wegen Corona abgesagt', '', 'cancelled', False),
    ('de', 'Gipfel-Absage: Trump und Putin treffen sich nicht', '', 'cancelled', False),
    ('de', 'Konzertabsage in Wien nach Terrorwarnung', '', 'cancelled', False),
    ('de', 'Das Treffen ist geplatzt', '', 'cancelled', False),
    ('de', 'Die Veranstaltung findet nicht statt', '', 'cancelled', False),
    ('de', 'Der Ausflug fällt wegen Regen aus', '', 'cancelled', False),
    ('de', 'Söder sagt das Oktoberfest ab', '', 'cancelled', False),
    ('de', 'Das Gipfeltreffen ist vom Tisch', '', 'cancelled', False),
    ('de', 'Spiel wegen Schnee verschoben', '', 'postponed', False),
    ('de', 'Die Verhandlungen wurden auf nächste Woche vertagt', '', 'postponed', False),
    ('de', 'Terminverschiebung beim Gipfel in Genf', '', 'postponed', False),
    ('de', 'Scholz kündigt Besuch in Paris an', '', 'planned', False),
    ('de', 'Die Konferenz soll im Mai in Berlin stattfinden', '', 'planned', False),
    ('de', 'Merz und Macron treffen sich am Montag', '', 'planned', False),
    ('de', 'Ein Treffen ist für Oktober geplant', '', 'planned', False),
    ('de', 'Der Gipfel fand in Genf statt', '', 'held', False),
    ('de', 'Biden und Putin trafen sich in Genf', '', 'held', False),
    ('de', 'Die Buchmesse ist eröffnet', '', 'held', False),
    ('de', 'Die Spiele gingen zu Ende', '', 'held', False),
    ('de', 'Das Konzert ist nicht abgesagt', '', 'planned', False),
    ('de', 'Das Spiel könnte abgesagt werden', '', 'planned', False),
    ('de', 'Gewerkschaft droht mit Absage der Messe', '', 'planned', False),
    ('de', 'Noch keine Absage: Veranstalter prüfen die Lage', '', None, False),
    ('de', '«Man kann nichts verschieben, was nicht geplant war», sagte Peskow', '', None, False),
    ('de', 'Fans erinnern sich an die Absage im Vorjahr', '', None, False),
    ('de', 'Nach der Absage im Vorjahr sind die Fans skeptisch', '', None, False),
    ('de', 'Das Konzert findet doch statt', '', 'planned', True),
    ('de', 'Der Gipfel wurde wieder angesetzt', '', 'planned', True),
    ('de', 'Ob das Festival abgesagt wird, ist offen', '', 'planned', False),
    ('de', 'Konzert nach Drohung abgesagt', '', 'cancelled', False),
    ('de', 'Seit der Absage 2020 ist die Wiesn nun wieder eröffnet', '', 'held', False),
    ('fr', 'Le concert est annulé', '', 'cancelled', False),
    ('fr', "L'annulation du sommet confirmée par l'Élysée", '', 'cancelled', False),
    ('fr', "Le festival n'aura pas lieu cette année", '', 'cancelled', False),
    ('fr', 'Macron renonce à sa visite en Allemagne', '', 'cancelled', False),
    ('fr', 'Le match est reporté à cause de la neige', '', 'postponed', False),
    ('fr', 'Le sommet repoussé à une date ultérieure', '', 'postponed', False),
    ('fr', 'Le procès a été ajourné', '', 'postponed', False),
    ('fr', 'Biden et Poutine se rencontreront à Genève', '', 'planned', False),
    ('fr', 'Un sommet est prévu le 16 juin', '', 'planned', False),
    ('fr', 'Macron annonce une visite à Berlin', '', 'planned', False),
    ('fr', "Le sommet s'est tenu à Genève", '', 'held', False),
    ('fr', 'Les deux présidents ont rencontré la presse', '', 'held', False),
    ('fr', 'La cérémonie a eu lieu samedi', '', 'held', False),
    ('fr', "Le concert n'est pas annulé", '', 'planned', False),
    ('fr', 'Le match pourrait être annulé', '', 'planned', False),
    ('fr', "Le syndicat menace d'annuler la grève", '', 'planned', False),
    ('fr', "Les fans se souviennent de l'annulation de l'an dernier", '', None, False),
    ('fr', "Après l'annulation de 2020, le festival attire les foules", '', None, False),
    ('fr', 'Le festival est finalement maintenu', '', 'planned', True),
    ('fr', 'Le concert aura bien lieu', '', 'planned', True),
    ('fr', 'Le sommet ne sera pas reporté', '', 'planned', False),
    ('en', 'Coldplay cancels Manila concert amid typhoon', '', 'cancelled', False),
    ('en', 'Paris air show called off for second time', '', 'cancelled', False),
    ('en', 'Artemis II launch slips to April', '', 'postponed', False),
    ('en', 'SpaceX delays Starship test flight again', '', 'postponed', False),
    (
        'en', 'Taylor Swift postpones Buenos Aires show due to severe weather', '',
        'postponed', False,
    ),
    (
        'en',
        'Zelensky and Putin could meet in Istanbul, Erdogan says',
        'Turkey offered to host the talks.',
        'planned', False,
    ),
    ('en', 'Officials deny reports that the summit has been cancelled', '', 'planned', False),
    ('en', 'Macron and Scholz meet in Berlin for talks on EU budget', '', 'held', False),
    ('en', 'Oktoberfest opens in Munich with traditional keg tapping', '', 'held', False),
    ('en', 'NATO leaders will gather in The Hague next June', '', 'planned', False),
    ('en', 'Premier League match abandoned after floodlight failure', '', 'cancelled', False),
    ('en', 'Strike postponed as talks continue', '', 'postponed', False),
    ('en', 'Union warns strike could be postponed if talks fail', '', 'planned', False),
    ('en', 'Rail strike called off after last-minute deal', '', 'cancelled', False),
    ('en', 'Thousands march in Berlin as rail strike begins', '', 'held', False),
    ('en', 'Organisers insist the festival will not be cancelled', '', 'planned', False),
    ('en', 'Eurovision 2026 will take place in Vienna', '', 'planned', False),
    ('en', 'Minister rules out cancelling the summit', '', 'planned', False),
    ('en', 'Critics urge Biden to scrap the trip', '', 'planned', False),
    ('en', 'Biden scraps trip to Australia to focus on debt talks', '', 'cancelled', False),
    ('en', 'The leaders shook hands at the start of the summit', '', 'held', False),
    ('en', 'The vote has been delayed until next week', '', 'postponed', False),
    ('en', 'The remaining shows have been cancelled', '', 'cancelled', False),
    (
        'en', 'Like the cancelled Vienna shows, the London concerts drew huge crowds', '',
        'held', False,
    ),
    ('de', 'Bahnstreik der GDL kurzfristig abgesagt', '', 'cancelled', False),
    ('de', 'Starship-Testflug erneut verschoben', '', 'postponed', False),
    ('de', 'GDL-Streik hat begonnen: Fernverkehr steht still', '', 'held', False),
    ('de', 'GDL kündigt neuen Streik für Donnerstag an', '', 'planned', False),
    ('de', 'Der Streik könnte verschoben werden', '', 'planned', False),
    ('de', 'Bahn fordert Absage des Streiks', '', 'planned', False),
    ('de', 'Veranstalter: Das Festival wird nicht abgesagt', '', 'planned', False),
    ('de', 'Der Parteitag ging am Sonntag zu Ende', '', 'held', False),
    ('de', 'Taylor-Swift-Konzerte in Wien abgesagt', '', 'cancelled', False),
    ('de', 'Die Konzerte in Wien wurden gestrichen', '', 'cancelled', False),
    ('de', 'London-Konzerte finden wie geplant statt', '', 'planned', False),
    ('de', 'Die Wahl wird auf das Frühjahr verschoben', '', 'postponed', False),
    ('de', 'Wie schon bei der Absage in Wien reagierten Fans enttäuscht', '', None, False),
    ('de', 'Ein Treffen sei derzeit nicht geplant, sagte der Sprecher', '', None, False),
    ('fr', 'La grève de la SNCF est annulée après un accord', '', 'cancelled', False),
    ('fr', "Le lancement d'Ariane 6 reporté à cause d'une anomalie", '', 'postponed', False),
    ('fr', "Le sommet de l'Otan s'est ouvert à Vilnius", '', 'held', False),
    ('fr', 'Emmanuel Macron se rendra en Chine en avril', '', 'planned', False),
    ('fr', 'Le gouvernement envisage de reporter la réforme', '', None, False),
    ('fr', "La grève n'est pas annulée, affirme la CGT", '', 'planned', False),
    ('fr', "Le Tour de France s'est achevé à Nice", '', 'held', False),
    (
        'fr', 'Le concert de Taylor Swift à Vienne annulé après une menace terroriste', '',
        'cancelled', False,
    ),
    ('fr', "Les élections repoussées d'un an", '', 'postponed', False),
    ('fr', "Comme l'annulation de l'an dernier, la décision surprend", '', None, False),
    ('fr', 'Les deux dirigeants se sont entretenus pendant deux heures', '', 'held', False),
    ('fr', "La visite du président n'aura finalement pas lieu", '', 'cancelled', False),
    ('en', 'Union says no decision yet: strike not yet called off', '', None, False),
    (
        'de', 'Von einer Absage des Festivals sei keine Rede, sagte der Bürgermeister', '',
        'planned', False,
    ),
    ('fr', "Un report du sommet est hors de question, selon l'Élysée", '', 'planned', False),
    ('en', 'Leaders head to Brussels for emergency summit', '', 'planned', False),
    ('en', 'Six months after the trip was postponed, the King arrived in Paris', '', 'held', False),
    ('de', 'Gewerkschaft: Der Streik ist noch nicht abgesagt', '', None, False),
    ('fr', 'Le concert pourrait être reporté si la pluie continue', '', 'planned', False),
    ('en', 'Vote postponed for two months', '', 'postponed', False),
    ('de', 'Ein Jahr nach der Absage hat das Festival wieder stattgefunden', '', 'held', False),
    (
        'en', 'Lollapalooza Paris scrapped as organisers cite low ticket sales', '',
        'cancelled', False,
    ),
    ('en', 'Eurovision semi-final rehearsals delayed by technical fault', '', 'postponed', False),
    ('en', "Pope Francis celebrates Easter Mass in St Peter's Square", '', 'held', False),
    ('en', 'G7 leaders to gather in Italy for summit in June', '', 'planned', False),
    ('en', 'Heatwave could force organisers to cancel marathon', '', 'planned', False),
    ('en', 'Marathon went ahead despite heat warnings', '', 'held', False),
    # Cancelled flights and trains are the disruption a strike causes: the strike is on.
    ('en', 'Airline cancels hundreds of flights as strike bites', '', 'held', False),
    ('en', 'Beyoncé announces European stadium tour', '', 'planned', False),
    ('en', "Fans fear tour could be cancelled after singer's injury", '', 'planned', False),
    ('en', "Singer's injury forces postponement of remaining tour dates", '', 'postponed', False),
    ('en', 'Thousands attended the funeral on Monday', '', 'held', False),
    ('en', 'Ukraine peace talks set for Geneva next week', '', 'planned', False),
    ('en', 'Kremlin says talk of a summit is premature', '', None, False),
    ('de', 'Tausende feierten beim Karneval in Köln', '', 'held', False),
    (
        'de', 'Weihnachtsmarkt in Magdeburg bleibt geschlossen: Veranstaltung abgesagt', '',
        'cancelled', False,
    ),
    ('de', 'Landtagswahl auf Herbst verschoben', '', 'postponed', False),
    ('de', 'Papst reist im November in die Türkei', '', 'planned', False),
    ('de', 'Ob die Feier stattfindet, ist unklar', '', None, False),
    ('de', 'Konzert findet trotz Regen statt', '', 'planned', False),
    ('de', 'Rolling-Stones-Konzert in Berlin fällt aus', '', 'cancelled', False),
    ('de', 'Kanzler und Präsident trafen sich zu einem Arbeitsessen', '', 'held', False),
    ('de', 'Veranstalter erwägen eine Verschiebung des Festivals', '', 'planned', False),
    ('de', 'Die Verhandlungen sollen am Montag fortgesetzt werden', '', 'planned', False),
    ('fr', 'Le défilé du 14 juillet annulé en raison des intempéries', '', 'cancelled', False),
    ('fr', "La réforme des retraites reportée à l'automne", '', 'postponed', False),
    ('fr', 'Des milliers de personnes ont manifesté à Paris samedi', '', 'held', False),
    ('fr', 'Le pape se rendra en Corse en décembre', '', 'planned', False),
    ('fr', 'Le festival pourrait être reporté en cas de canicule', '', 'planned', False),
    ('fr', "La fête de la musique s'est déroulée sans incident", '', 'held', False),
    ('fr', 'Le concert de Mylène Farmer à Lyon est annulé', '', 'cancelled', False),
    ('fr', 'Une rencontre entre les deux ministres est prévue jeudi', '', 'planned', False),
    ('fr', "Les organisateurs envisagent d'annuler la course", '', 'planned', False),
    ('fr', 'Les JO de Paris se sont achevés dimanche', '', 'held', False),
]


def _id(case: tuple[str, str, str, str | None, bool]) -> str:
    return f"{case[0]}:{case[1][:40]}"


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_reads_status(case: tuple[str, str, str, str | None, bool]) -> None:
    lang, title, summary, expected, returning = case
    reading = LEX.read(title, summary, lang)
    assert (reading.status, reading.returning) == (expected, returning), reading.cues


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_reads_status_without_language(case: tuple[str, str, str, str | None, bool]) -> None:
    """``lang`` may be missing: the function words (or all lexicons) decide."""
    _, title, summary, expected, returning = case
    reading = LEX.read(title, summary, None)
    assert (reading.status, reading.returning) == (expected, returning), reading.cues


@pytest.mark.parametrize("case", [c for c in CASES if c[0] != "fr"][::3], ids=_id)
def test_reads_status_with_wrong_language(case: tuple[str, str, str, str | None, bool]) -> None:
    """Feeds mislabel their language: German or English text labelled "fr" still reads."""
    _, title, summary, expected, _ = case
    assert LEX.read(title, summary, "fr").status == expected


@pytest.mark.parametrize(("lang", "text", "reason"), [
    ("en", "The concert is not cancelled", "negation"),
    ("en", "Storm may cancel Sunday's race", "modality"),
    ("en", "Trump threatens to cancel the meeting", "modality"),
    ("en", "Will the final be postponed?", "modality"),
    ("en", "Fans still angry after the Vienna cancellations", "other-event"),
    ("en", "Officials deny reports that the summit has been cancelled", "negation"),
    ("de", "Das Spiel könnte abgesagt werden", "modality"),
    ("de", "Nach der Absage im Vorjahr sind die Fans skeptisch", "other-event"),
    ("de", "«Man kann nichts verschieben», sagte Peskow", "quote"),
    ("fr", "Le match pourrait être annulé", "modality"),
    ("fr", "Après l'annulation de 2020, le festival attire les foules", "other-event"),
    ("fr", "Le concert n'est pas annulé", "negation"),
])
def test_blocked_cues_are_reported_with_reason(lang: str, text: str, reason: str) -> None:
    reading = LEX.read(text, "", lang)
    blocked = [c for c in reading.cues if c.blocked]
    assert [c.blocked for c in blocked] == [reason], reading.cues
    assert reading.status != blocked[0].status
    # A cancellation denied outright, or only supposed, is weak evidence that the event is still
    # on; a question is none.
    still_on = reason == "negation" or (reason == "modality" and not text.endswith("?"))
    assert reading.status == ("planned" if still_on else None)


def test_cue_spans_point_into_the_original_text() -> None:
    title = "Gipfel-Absage: Trump und Putin treffen sich nicht"
    summary = "L\u2019annulation du sommet a été confirmée."
    reading = LEX.read(title, summary, None)
    spans = {(c.field, c.phrase): (c.start, c.end) for c in reading.cues}
    start, end = spans[("title", "*absage*")]
    assert title[start:end] == "Absage"
    reading = LEX.read("", summary, "fr")
    [cue] = [c for c in reading.cues if c.status == "cancelled"]
    assert summary[cue.start:cue.end] == "annulation"
    assert cue.field == "summary" and cue.weight < 2


def test_title_outweighs_summary() -> None:
    reading = LEX.read("Macron postpones state visit to Germany",
                       "Emmanuel Macron called off the trip to deal with unrest.", "en")
    assert reading.status == "postponed"
    assert reading.score == 2.0
    assert {c.status for c in reading.cues} == {"postponed", "cancelled"}


def test_no_cue_reads_none() -> None:
    assert LEX.read("Apple unveils new headset", "A new product category.", "en") == \
        StatusReading(None, 0.0, (), False)


def test_held_cue_after_future_marker_reads_planned() -> None:
    assert LEX.read("Biden and Putin meet in Geneva", "", "en").status == "held"
    assert LEX.read("Biden and Putin to meet in Geneva", "", "en").status == "planned"
    assert LEX.read("Biden and Putin plan to meet in Geneva", "", "en").status == "planned"
    assert LEX.read("Biden and Putin may meet in Geneva", "", "en").status is None


def test_extended_adds_phrases_and_languages() -> None:
    # Estonian: no built-in lexicon (session 36 added Swedish, session 42 Finnish, which this
    # test used before)
    text = "Kontsert on edasi lükatud"
    assert LEX.read(text, "", "et").status is None
    lex = LEX.extended({"et": {"postponed": ["edasi lükatud"]},
                        "en": {"cancelled": ["yanked"]}})
    assert lex.read(text, "", "et").status == "postponed"
    assert lex.read(text, "", None).status == "postponed"
    assert lex.read("Network yanked the show", "", "en").status == "cancelled"
    denied = lex.read("Network has not yanked the show", "", "en")
    assert [c.blocked for c in denied.cues if c.status == "cancelled"] == ["negation"]
    assert "et" in lex.languages and "et" not in LEX.languages  # the built-in is unchanged
    assert LEX.extended({}) is LEX


@pytest.mark.parametrize(("lang", "status", "phrase", "title"), [
    ("de", "cancelled", "auf Eis gelegt", "Gurtenfestival auf Eis gelegt"),
    ("de", "held", "findet ... statt", "Gurtenfestival findet trotz Regen statt"),
    ("de", "postponed", "Findet ... statt", "Gurtenfestival findet trotz Regen statt"),
    ("en", "postponed", "called off", "Gurtenfestival called off"),
    ("fr", "cancelled", "reporté", "Le festival est reporté"),
])
def test_a_phrase_listed_under_another_status_replaces_the_builtin_reading(
        lang: str, status: str, phrase: str, title: str) -> None:
    """README: a phrase the user lists under another status than the built-in list has
    replaces its reading. In German it did not: of two lists holding the same words, the
    status first in order won ("auf Eis gelegt" as cancelled stayed postponed; a user's
    review, session 44). The built-in lexicon is unchanged."""
    before = LEX.read(title, "", lang).status
    assert before is not None and before != status
    lex = LEX.extended({lang: {status: [phrase]}})
    assert lex.read(title, "", lang).status == status
    assert LEX.read(title, "", lang).status == before


def test_extended_rejects_unknown_status() -> None:
    with pytest.raises(ConfigError, match=r"cues\.en\.scraped"):
        LEX.extended({"en": {"scraped": ["x"]}})


@pytest.mark.parametrize("phrase", ["", "  ", "* off", "called ...", "!!"])
def test_extended_rejects_unusable_phrases(phrase: str) -> None:
    with pytest.raises(ConfigError, match=r"cues\.en\.cancelled"):
        LEX.extended({"en": {"cancelled": [phrase]}})


def test_builtin_is_cached() -> None:
    assert Lexicon.builtin() is Lexicon.builtin()
    assert {"en", "de", "fr"} <= set(LEX.languages)


@pytest.mark.skipif(not (SHARED_DATA / "seed-article-de.txt").exists(), reason="no shared data")
def test_seed_article_reads_cancelled_not_postponed() -> None:
    text = (SHARED_DATA / "seed-article-de.txt").read_text("utf-8")
    title = "Das baldige Gipfeltreffen zwischen Trump und Putin ist vorerst vom Tisch"
    reading = LEX.read(title, text, "de")
    assert reading.status == "cancelled"
    quote = "«Man kann nichts verschieben, was nicht geplant war», erklärte er gegenüber Reportern."
    assert LEX.read("", quote, "de").status is None
    assert LEX.read("", "Der Gipfel könne auch nicht verschoben werden.", "de").status is None


def _dev_rows() -> list[dict[str, str]]:
    path = SHARED_DATA / "dev-timeline.tsv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh, delimiter="\t") if r["status"] != "none"]


@pytest.mark.parametrize("row", _dev_rows(), ids=lambda r: r["id"])
def test_dev_timeline(row: dict[str, str]) -> None:
    reading = LEX.read(row["title"], row["summary"], row["lang"])
    allowed = {row["status"], *filter(None, row["alt"].split(","))}
    assert reading.status in allowed, reading.cues


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aé ß'’\"«»„“”?.,;-–()Ab1nt")), max_size=60),
       st.text(max_size=80), st.sampled_from([None, "en", "de", "fr", "xx"]))
def test_any_text_reads_without_error(title: str, summary: str, lang: str | None) -> None:
    reading = LEX.read(title, summary, lang)
    assert reading.status in {None, "planned", "postponed", "cancelled", "held"}
    for cue in reading.cues:
        text = title if cue.field == "title" else summary
        assert 0 <= cue.start < cue.end <= len(text)


@pytest.mark.parametrize("title", [
    "Konzert abgesagt", "Konzert abgesagt?", "«Konzert abgesagt", "Konzert \u201eabgesagt\u201c",
])
def test_punctuation_edges(title: str) -> None:
    reading = LEX.read(title, "", "de")
    assert reading.status == (None if title.endswith("?") else "cancelled")
