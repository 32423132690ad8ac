"""Session 55: what an article tells under way is not made a plan by a later day it names.

A held reading in the present that names a day ahead previews the occasion
(``day_rules.by_the_days``), unless a held cue runs on to a date ("se tient jusqu'au 17 juin",
"runs until March 3"): the occasion is under way, and the day ahead dates a later step
(``confirm.runs_until``)."""

from __future__ import annotations

from datetime import UTC, datetime

from watcher.core.cues import Lexicon
from watcher.core.day_rules import by_the_days
from watcher.core.events import EventState
from watcher.core.features import features
from watcher.core.params import Params
from watcher.core.types import StatusReading
from watcher.models import Item

P = Params()
WEDNESDAY = datetime(2023, 6, 14, 8, tzinfo=UTC)


def _status(title: str, summary: str, lang: str) -> str | None:
    item = Item(key="k", title=title, summary=summary, link=None, source="lefigaro",
                published=WEDNESDAY, lang=lang)
    reading: StatusReading = Lexicon.builtin().read(title, summary, lang)
    ev = EventState(id="e", title=title, first_seen=WEDNESDAY, last_seen=WEDNESDAY)
    return by_the_days(ev, item, features(item, P), reading, P, new=True)[0].status


def test_a_fair_that_runs_until_a_date_is_under_way_past_a_guests_day() -> None:
    assert _status("VivaTech s'ouvre porte de Versailles, l'intelligence artificielle partout",
                   "Le salon, qui se tient jusqu'au 17 juin, attend Elon Musk vendredi.",
                   "fr") == "held"


def test_an_opening_in_the_present_with_a_day_ahead_is_still_a_preview() -> None:
    assert _status("Le salon VivaTech s'ouvre vendredi porte de Versailles",
                   "Elon Musk est attendu.", "fr") == "planned"


def test_an_amount_or_a_time_of_day_is_no_day_it_runs_to() -> None:
    monday = datetime(2024, 3, 4, 10, tzinfo=UTC)
    # "bis zu 50 Stunden", "bis 24 Uhr": how long, and until when that day (a code review)
    assert _status_at("Lokführer streiken bis zu 50 Stunden ab Mittwoch", "", "de",
                      monday) == "planned"
    assert _status_at("Fluglotsen streiken bis 24 Uhr", "Betroffen ist der Mittwoch.", "de",
                      monday) == "planned"


def test_to_a_number_is_no_date_it_runs_to() -> None:
    # "opens to 50,000 fans": a crowd, not the day the festival runs until
    assert _status("Glastonbury opens to 50,000 fans",
                   "The headliners play on Saturday.", "en") == "planned"


MONDAY_AFTERNOON = datetime(2020, 2, 24, 15, tzinfo=UTC)
SATURDAY_BEFORE = datetime(2020, 2, 22, 15, tzinfo=UTC)


def _status_at(title: str, summary: str, lang: str, when: datetime) -> str | None:
    item = Item(key="k", title=title, summary=summary, link=None, source="dpa",
                published=when, lang=lang)
    reading = Lexicon.builtin().read(title, summary, lang)
    ev = EventState(id="e", title=title, first_seen=when, last_seen=when)
    return by_the_days(ev, item, features(item, P), reading, P, new=True)[0].status


def test_the_present_on_the_weekday_it_names_reports_the_occasion() -> None:
    title = "Mainz revelers line the streets for Monday parade"
    assert Lexicon.builtin().read(title, "", "en").dated
    assert _status_at(title, "", "en", MONDAY_AFTERNOON) == "held"
    assert _status_at("La Fondation Louis Vuitton ouvre ses portes au public ce lundi", "",
                      "fr", MONDAY_AFTERNOON) == "held"


def test_the_present_before_the_weekday_it_names_previews_it() -> None:
    assert _status_at("Mainz revelers line the streets for Monday parade", "", "en",
                      SATURDAY_BEFORE) == "planned"


def test_a_holiday_s_weekday_names_the_parade_and_dates_nothing() -> None:
    # session 55 read a holiday's weekday as a day that may be a week ahead, and this headline
    # planned; session 57: "Rose Monday" names the parade, and the present reports it (set
    # 197's zg010 and set 225's wj105 are labelled held)
    title = "Mainz revelers line the streets for Rose Monday parade"
    assert not Lexicon.builtin().read(title, "", "en").dated
    assert _status_at(title, "", "en", MONDAY_AFTERNOON) == "held"
    # left: the Saturday before, this present reads held too (a code review: the day rules
    # take "rose" for a past; taught that it is none, four wrong alerts and missed runs more
    # on the tuning sets, "Car ploughs into Rose Monday parade crowd")


def test_what_keeps_todays_weekday_a_preview() -> None:
    # a word of expectation; a negation the reader missed; American evening copy dated the
    # next day in UTC; "in the afternoon" (a code review, session 55)
    thursday = datetime(2018, 10, 11, 12, tzinfo=UTC)
    assert _status_at("Le sommet de la Francophonie s'ouvre jeudi à Erevan",
                      "Les chefs d'État doivent désigner le prochain secrétaire général.", "fr",
                      thursday) == "planned"
    saturday = datetime(2023, 12, 2, 14, tzinfo=UTC)
    assert _status_at("Tollwood öffnet am Samstag nicht", "", "de", saturday) != "held"
    assert _status_at("Trump holds rally in Ohio on Saturday", "", "en",
                      datetime(2024, 3, 9, 1, tzinfo=UTC)) == "planned"
    assert _status_at("SpaceX launches Starship on Thursday",
                      "The window opens in the afternoon.", "en",
                      datetime(2024, 3, 7, 6, tzinfo=UTC)) == "planned"


def test_a_time_later_that_day_keeps_the_preview() -> None:
    morning = datetime(2020, 2, 24, 8, tzinfo=UTC)
    assert _status_at("Bayern empfängt Dortmund am Montag",
                      "Anstoß ist heute um 20.30 Uhr.", "de", morning) == "planned"


def test_days_told_in_a_past_narration_are_gone_by() -> None:
    from watcher.core.past_day import names_a_past_day

    # a French clause that opens on its participle and weekday
    assert names_a_past_day("La Russie met sur orbite l'observatoire Spektr-RG",
                            "Lancé samedi depuis le Kazakhstan après un report de dernière "
                            "minute, le télescope emporte l'instrument allemand eROSITA.", "fr")
    assert names_a_past_day("« Barbie » fait le plein",
                            "Le film, sorti mercredi, a attiré un million de spectateurs.", "fr")
    # "Sahara" is no future in -ra
    assert names_a_past_day("Charles de Foucauld proclamé saint à Rome",
                            "L'ancien ermite du Sahara a été canonisé dimanche.", "fr")
    # a German separable participle ("freigegeben") after a long gap
    assert names_a_past_day("Gaia liefert neue Daten",
                            "Die Esa hat am Montag den dritten Datensatz ihres "
                            "Himmelsvermessers freigegeben.", "de")


def test_participles_that_set_a_day_ahead_are_no_past() -> None:
    from watcher.core.past_day import names_a_past_day

    assert not names_a_past_day("Appelés dimanche aux urnes, les Français choisissent", "",
                                "fr")
    assert not names_a_past_day("Prévu samedi, le concert affiche complet", "", "fr")
    assert not names_a_past_day("Grève samedi à la SNCF", "", "fr")
    assert not names_a_past_day("Le film", "Le film sortira mercredi en salles.", "fr")
    # nouns in -ée, and a participle whose sentence looks ahead (a code review)
    assert not names_a_past_day("Rentrée lundi pour 12 millions d'élèves", "", "fr")
    assert not names_a_past_day("L'arrivée mardi du pape à Marseille", "", "fr")
    assert not names_a_past_day("Les agriculteurs",
                                "Mobilisés vendredi, ils bloqueront le périphérique.", "fr")
    assert not names_a_past_day("Messe", "Am Sonntag ist die Wiedergeburt das Thema.", "de")


def test_a_span_of_days_to_come_is_no_end_of_something_under_way() -> None:
    # "vom 24. bis 28. Februar": the strike is to come, from its first day
    sat = datetime(2024, 2, 10, 9, tzinfo=UTC)
    assert _status_at("Englische Assistenzärzte streiken erneut fünf Tage",
                      "Der Ärzteverband BMA ruft die Junior Doctors vom 24. bis 28. Februar "
                      "zum Ausstand auf.", "de", sat) == "planned"
    # a span already begun is under way ("läuft vom 20. bis 28. Februar" on the 22nd), and
    # opening hours are no span ("from 10 to 6 daily until March 30": a code review)
    assert _status_at("Ärzte streiken", "Der Streik läuft vom 20. bis 28. Februar.", "de",
                      datetime(2024, 2, 22, 9, tzinfo=UTC)) == "held"
    assert _status_at("Art fair opens its doors", "Open from 10 to 6 daily until March 30.",
                      "en", datetime(2024, 3, 12, 9, tzinfo=UTC)) == "held"
    # "bis zum 28. Februar" alone ends a strike under way
    assert _status_at("Englische Assistenzärzte streiken",
                      "Der Ausstand dauert noch bis zum 28. Februar.", "de", sat) == "held"


def test_a_month_of_last_year_is_another_edition() -> None:
    lex = Lexicon.builtin()
    for title, summary, lang in [
        ("Hacker congress moves from Hamburg to Leipzig",
         "The club says its congress outgrew Hamburg, where 12,000 people attended last "
         "December.", "en"),
        ("Le congrès des hackers quitte Hambourg",
         "Le congrès s'est tenu en décembre dernier à Hambourg.", "fr"),
        ("Hackerkongress zieht nach Leipzig",
         "Im vergangenen Dezember tagte der Kongress in Hamburg.", "de"),
    ]:
        r = lex.read(title, summary, lang)
        assert r.status != "held", (title, r)


def test_a_protests_last_march_is_no_month() -> None:
    r = Lexicon.builtin().read("Protesters return",
                               "Thousands marched in the last march before the vote.", "en")
    assert r.status == "held"
    assert not any(c.blocked == "other-event" for c in r.cues)
