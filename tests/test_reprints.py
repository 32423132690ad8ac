"""A change reprinted after the event moved on is old news; a second call-off is news.

From a wire-copy user's review (session 52): papers ran the agency's call-off of a festival
an hour after the city said it would go ahead after all, and the event ended cancelled. From a
user's review of long stories (session 53): an adjournment reprinted after the trial opened.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from watcher.core.events import EventState, text_words
from watcher.core.tracker import Tracker
from watcher.models import Item
from watcher.settings import WatchSettings

EVE = datetime(2026, 12, 5, 17, tzinfo=UTC)

PLAN = ("Kasseler Lichterfest am Sonntag auf dem Friedrichsplatz",
        "Das Kasseler Lichterfest mit Lichtinstallationen und Musik findet am Sonntag, "
        "6. Dezember, auf dem Friedrichsplatz statt.")
CALL_OFF = ("Sturmwarnung: Kasseler Lichterfest abgesagt",
            "Wegen der Sturmwarnung des Deutschen Wetterdienstes hat die Stadt Kassel das "
            "Lichterfest am Sonntag abgesagt.")
BACK_ON = ("Lichterfest in Kassel findet doch statt",
           "Entwarnung: Der Sturm zieht nördlich vorbei, das Kasseler Lichterfest findet am "
           "Sonntag doch statt, teilte die Stadt mit.")
REPRINT = ("Kasseler Lichterfest wegen Sturmwarnung abgesagt",
           "Kassel (dpa/lhe) - Wegen der Sturmwarnung des Deutschen Wetterdienstes hat die "
           "Stadt Kassel das Lichterfest am Sonntag abgesagt.")
AGAIN = ("Lichterfest in Kassel nun doch abgesagt",
         "Der Sturm dreht erneut: Die Stadt sagt das Fest am Sonntag wegen Orkanböen endgültig "
         "ab, die Aufbauten werden abgebaut.")


def _tracker() -> Tracker:
    return Tracker([WatchSettings("lichterfest", keywords=("Lichterfest",))])


def _feed(t: Tracker, n: int, text: tuple[str, str], hours: float, source: str) -> None:
    it = Item(key=f"k{n}", title=text[0], summary=text[1], link=f"https://{source}/{n}",
              source=source, published=EVE + timedelta(hours=hours), lang="de")
    t.process(it, it.published)


def _story(t: Tracker) -> EventState:
    _feed(t, 1, PLAN, 0, "hna")
    _feed(t, 2, CALL_OFF, 3, "hna")
    _feed(t, 3, BACK_ON, 4.5, "hna")
    (ev,) = t.events()
    assert [h["status"] for h in ev.history] == ["planned", "cancelled", "planned"]
    return ev


def test_late_copies_of_a_call_off_leave_an_event_back_on_planned() -> None:
    t = _tracker()
    ev = _story(t)
    for n, paper in enumerate(("fr-rundschau", "wlz", "hnaonline", "osthessen-news"), 4):
        _feed(t, n, REPRINT, 5 + n / 10, paper)
    assert ev.status == "planned"
    assert [h["status"] for h in ev.history] == ["planned", "cancelled", "planned"]


def test_a_second_call_off_in_words_of_its_own_cancels_again() -> None:
    t = _tracker()
    ev = _story(t)
    _feed(t, 4, AGAIN, 8, "hr")
    assert ev.status == "cancelled"
    assert [h["status"] for h in ev.history] == ["planned", "cancelled", "planned", "cancelled"]


def test_a_copy_weeks_later_is_old_news_too() -> None:
    t = _tracker()
    ev = _story(t)
    _feed(t, 4, REPRINT, 3 + 24 * 21, "wlz")
    assert ev.status == "planned"


TRIAL_SET = ("Prozess gegen René Benko beginnt am 14. Oktober in Innsbruck",
             "Das Landesgericht Innsbruck hat den Termin für den Prozess gegen den "
             "Signa-Gründer festgesetzt.")
ADJOURNED = ("Benko-Prozess vertagt: Verteidigung beantragt mehr Zeit",
             "Das Gericht hat den Prozess gegen René Benko auf den 4. November vertagt.")
AGAIN_ADJOURNED = ("Benko-Prozess erneut vertagt",
                   "Wegen der Erkrankung eines Schöffen wird der Prozess gegen René Benko auf "
                   "den 25. November verschoben.")
OPENED = ("Prozess gegen René Benko in Innsbruck hat begonnen",
          "Nach zwei Vertagungen hat am Landesgericht Innsbruck der Prozess gegen den "
          "Signa-Gründer begonnen.")


def test_an_adjournment_reprinted_after_the_trial_opened_moves_nothing() -> None:
    """A user's review of long stories (session 53): a regional paper ran the second
    adjournment's copy the morning after the trial opened, and the user was told "held ->
    postponed", then "held" again at the verdict."""
    t = Tracker([WatchSettings("benko", keywords=("Benko",))])
    day = 24.0
    for n, (text, hours, paper) in enumerate([
            (TRIAL_SET, 0, "tagesschau"), (ADJOURNED, 22 * day, "tagesschau"),
            (AGAIN_ADJOURNED, 43 * day, "nzz"), (OPENED, 64 * day, "tagesschau"),
            (AGAIN_ADJOURNED, 64 * day + 20, "badische")]):
        it = Item(key=f"b{n}", title=text[0], summary=text[1], link=f"https://{paper}/{n}",
                  source=paper, published=EVE + timedelta(hours=hours), lang="de")
        out = t.process(it, it.published)
    assert not out.alerts
    (ev,) = t.events()
    assert ev.status == "held"


@pytest.mark.parametrize(("a", "b", "same"), [
    (CALL_OFF, REPRINT, True),
    (CALL_OFF, AGAIN, False),
    # another day in the same words is another call-off (a code review, session 53)
    (CALL_OFF, (CALL_OFF[0], CALL_OFF[1].replace("am Sonntag", "am Montag")), False),
    (ADJOURNED, ("Benko-Prozess erneut vertagt", ADJOURNED[1]), False),
    # too few words to tell a copy from two short headlines
    (("Fest abgesagt", ""), ("Fest abgesagt", ""), False),
])
def test_what_counts_as_one_text(a: tuple[str, str], b: tuple[str, str], same: bool) -> None:
    ev = EventState("e", "Lichterfest", EVE, EVE, status="planned",
                    last_transition=EVE + timedelta(hours=1))
    first = Item(key="a", title=a[0], summary=a[1], link="https://a/1", source="a",
                 published=EVE, lang="de")
    ev.told_words = {"cancelled": [{"at": first.published.isoformat(),
                                    "words": text_words(first)}]}
    later = Item(key="b", title=b[0], summary=b[1], link="https://b/1", source="b",
                 published=EVE + timedelta(hours=2), lang="de")
    assert ev._reprints("cancelled", text_words(later)) is same


def test_a_copy_of_a_report_the_event_has_not_moved_on_from_is_not_a_reprint() -> None:
    ev = EventState("e", "Lichterfest", EVE, EVE, status="planned", last_transition=EVE)
    first = Item(key="a", title=CALL_OFF[0], summary=CALL_OFF[1], link="https://a/1",
                 source="a", published=EVE + timedelta(hours=1), lang="de")
    ev.told_words = {"cancelled": [{"at": first.published.isoformat(),
                                    "words": text_words(first)}]}
    later = Item(key="b", title=REPRINT[0], summary=REPRINT[1], link="https://b/1",
                 source="b", published=EVE + timedelta(hours=2), lang="de")
    assert not ev._reprints("cancelled", text_words(later))


def test_the_reports_kept_survive_a_restart() -> None:
    t = _tracker()
    ev = _story(t)
    again = EventState.from_dict(ev.to_dict())
    assert again.told_words == ev.told_words and again.told_words["cancelled"]


def test_a_call_off_reprinted_weeks_later_joins_its_event_without_an_alert() -> None:
    """The same review: "Suisse: le festival Paléo annule son édition 2027", reprinted after
    the 2028 edition was announced, shared too little with the 2027 event's articles to
    score and opened a third event, told as a new one."""
    t = Tracker([WatchSettings("paleo", keywords=("Paléo",))])
    oct1 = datetime(2026, 10, 1, 9, tzinfo=UTC)
    story = [
        (0, "rts", "fr", "Le Paléo Festival 2027 n'aura pas lieu",
         "Faute de financement et en raison de travaux sur le terrain de l'Asse, les "
         "organisateurs annulent l'édition 2027 du festival de Nyon."),
        (2, "lemonde", "fr", "Suisse: le festival Paléo annule son édition 2027",
         "Le plus grand festival de musique en plein air de Suisse ne se tiendra pas l'été "
         "prochain."),
        (24 * 50, "rts", "fr", "Le Paléo Festival revient en 2028: rendez-vous du 18 au 23 juillet",
         "Après une année blanche en 2027, le festival de Nyon annonce les dates de sa "
         "prochaine édition."),
        (24 * 52, "ouest-france", "fr", "Suisse: le festival Paléo annule son édition 2027",
         "Le plus grand festival de musique en plein air de Suisse ne se tiendra pas l'été "
         "prochain."),
    ]
    told = []
    for n, (hours, paper, lang, title, summary) in enumerate(story):
        it = Item(key=f"p{n}", title=title, summary=summary, link=f"https://{paper}/{n}",
                  source=paper, published=oct1 + timedelta(hours=hours), lang=lang)
        told += [(a.kind, a.event.status) for a in t.process(it, it.published).alerts]
    assert told == [("new_event", "cancelled"), ("new_event", "planned")]
    assert sorted(ev.n_items for ev in t.events()) == [1, 3]
    # ... but a call-off of the next edition in the same words is news (a code review)
    it = Item(key="p9", title="Suisse: le festival Paléo annule aussi son édition 2028",
              summary="Le plus grand festival de musique en plein air de Suisse ne se tiendra "
              "pas l'été prochain.", link="https://lemonde/9", source="lemonde",
              published=oct1 + timedelta(days=60), lang="fr")
    assert t.process(it, it.published).alerts
