"""An event's state and its status state machine.

The status moves only on evidence that is new in two senses: *new in time* (an article published
before the last transition never changes the status) and *new in kind* (a status the event already
had does not come back - a recap saying "was planned" leaves a cancelled event cancelled - unless
the article reports a real return, ``reading.returning``). A *tentative* reading ("not cancelled",
"may be postponed": the event is still on) only sets the status of an event that has none yet.
``held`` and ``cancelled`` are final unless such a return: "shows axed" read as held, or a recap,
must not reopen a cancelled event. A return within a day of the event's becoming held is no return
either: it tells the comeback the event was held with (:meth:`EventState._comeback`). Exceptions: a
final status only one outlet reported gives way to another headline reporting a change, and any
final status to two more outlets reporting the same change after it
(:meth:`EventState._overturns`). A status the event had before may also happen anew once the event
has moved on: held again, or a headline's postponement or cancellation of an event back on
(:meth:`EventState._recurs`), unless it is an older report of that change reprinted, in its
words (:meth:`EventState._reprints`). An article whose headline also reports the current change
moves nothing (:meth:`EventState._restates`). An event planned on the word of hedges alone ("may be
postponed") is ``hedged`` until an article says it firmly; the tracker tells no watch of it
meanwhile.

``support`` counts, per status, the distinct outlets that reported it; a watch with ``min_sources``
alerts a new event or a change only once enough outlets back its status (the event's status
itself moves at once).
``watch_state`` remembers, per watch, the status last alerted (the baseline of the next
``status_change``) and whether the watch's ``new_event`` is still owed.

Everything is JSON-able through :meth:`EventState.to_dict` / :meth:`EventState.from_dict`, which the
store keeps as a blob next to its id/title/status/first_seen/last_seen/watches columns. The
articles themselves are not in the blob: the store's ``items`` table links each to its event. So the
blob of a story with 500 articles is as small as one with 5, and rewriting it on every poll that
adds to the story (each commit) costs the same (it was the largest cost of a first
poll when the blob listed the articles).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from watcher.core.cue_words import HEDGE
from watcher.core.origin import WIRE, count_sources, entry, same_source
from watcher.core.text import fold, tokens
from watcher.core.types import UNKNOWN, StatusReading, cue_fields
from watcher.models import Item, iso

FINAL = ("held", "cancelled")  # left only by a real return ("back on", "findet doch statt")
# how long after an event became held a return to planned ("fait son retour") is still the
# comeback it was held with, reported again (:meth:`EventState._comeback`)
COMEBACK = timedelta(days=1)
# how soon after the event's last change a held reading told in a summary alone is taken as the
# context of that change, not as the event having taken place (:meth:`EventState._too_soon`)
SETTLING = timedelta(hours=6)
# where each status falls in an event's course: of two articles published in the same second,
# the one further on is taken as the later news (:meth:`EventState.apply`)
COURSE = {"planned": 0, "postponed": 1, "cancelled": 2, "held": 2}
# a copy has no word its original lacks and at least this share of the original's words (of
# four letters or more, and numbers), and each has at least ``REPRINT_MIN_WORDS`` for the test
# to mean anything (:meth:`EventState.copied`)
REPRINT_WORDS = 0.6
REPRINT_MIN_WORDS = 6
REPRINT_CHARS = 400  # of a summary
# the articles of an event that reported a change kept for it, per change (the latest)
REPRINT_KEPT = 8
UNKNOWN_LANGS = "*"  # in ``langs``: an event stored before its languages were kept


def text_words(item: Item) -> list[str]:
    """The distinct folded words of ``item``'s headline and the start of its summary, sorted:
    what :meth:`EventState.copied` compares (``EventState.told_words``). Words of four letters
    or more, and numbers (a day moved to, "am 25. November", tells one report from another);
    at most ``REPRINT_CHARS`` of the summary, so an event keeps little of each report."""
    text = f"{item.title} {item.summary[:REPRINT_CHARS]}"
    return sorted({t for t in tokens(text) if len(t) >= 4 or t.isdigit()})


def hedge(reading: StatusReading) -> bool:
    """Does ``reading`` plan the event off hedged changes alone ("may be postponed",
    "pourrait être annulé", "threatens to cancel": tentative, every planned cue a hypothetical
    change's)? Not a denial ("not cancelled") nor a day ahead with no cue: those say it is on."""
    plans = [c for c in reading.cues if c.status == "planned" and c.blocked is None]
    return (reading.status == "planned" and reading.tentative and bool(plans)
            and all(c.derived and c.phrase.startswith(HEDGE) for c in plans))


def _dt(s: str) -> datetime:
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


@dataclass(slots=True)
class EventState:
    id: str
    title: str
    first_seen: datetime
    last_seen: datetime
    status: str = UNKNOWN
    title_lang: str | None = None
    # the title is a headline that told a status (:meth:`retitle`); stored before the key was
    # kept, True: an upgrade leaves titles as they were
    title_told: bool = True
    watches: list[str] = field(default_factory=list)
    history: list[dict[str, Any]] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    # the support entries of articles that were another's copy ("Guardian@wire:AP"), each
    # once: with ``sources`` they give the independent reports (:meth:`independent`)
    copies: list[str] = field(default_factory=list)
    support: dict[str, list[str]] = field(default_factory=dict)
    # per status other than the current one, the outlets whose article (headline or summary)
    # reported it since the last transition (:meth:`_overturns`)
    against: dict[str, list[str]] = field(default_factory=dict)
    last_transition: datetime | None = None
    # the newest article that reported the current status, the one that moved it included
    # (:meth:`apply`: an older one read after it moves nothing)
    status_seen: datetime | None = None
    watch_state: dict[str, dict[str, Any]] = field(default_factory=dict)
    # per change (postponed, cancelled), the latest articles that reported it: when ("at") and
    # their words (:func:`text_words`): a later copy of one of them is no news (:meth:`_reprints`)
    told_words: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # clustering features (see watcher.core.cluster): feature -> number of items having it
    features: dict[str, int] = field(default_factory=dict)
    n_items: int = 0
    title_places: dict[str, int] = field(default_factory=dict)  # city -> titles naming it
    title_countries: list[str] = field(default_factory=list)
    title_years: list[int] = field(default_factory=list)
    title_months: list[int] = field(default_factory=list)
    court: list[str] = field(default_factory=list)  # what titles said a court did (cluster)
    due: datetime | None = None  # when an announcement dated it to the coming days (cluster)
    # the languages of its articles (primary subtags; cluster.similarity)
    langs: list[str] = field(default_factory=list)
    # ``sources`` as a set, with the list and its length when they last agreed: a story in a
    # first poll of a thousand feeds gets hundreds of outlets, and looking each article's up
    # in the list was a twentieth of tracking it. Not state: rebuilt (``_outlets``) whenever
    # ``sources`` is another list or changed length without ``add_item``.
    _seen: set[str] = field(default_factory=set, init=False, repr=False, compare=False)
    _seen_of: list[str] | None = field(default=None, init=False, repr=False, compare=False)
    _seen_len: int = field(default=0, init=False, repr=False, compare=False)

    # -- status -----------------------------------------------------------------------------------
    def apply(self, reading: StatusReading, item: Item) -> tuple[str, str] | None:
        """Feed one item's reading; returns ``(old, new)`` when the status moves."""
        new = reading.status
        if new is None:
            return None
        # the report's outlet and origin (``origin.entry``): an agency's copy in two feeds
        # backs a status once
        who = entry(item)
        backers = self.support.setdefault(new, [])
        if who not in backers:
            backers.append(who)
        if new in ("postponed", "cancelled"):
            words = text_words(item)
            if new != self.status and self._reprints(new, words):
                return None  # a copy of an old report of this change, printed again
            kept = self.told_words.setdefault(new, [])
            kept.append({"at": iso(item.published), "words": words})
            del kept[:-REPRINT_KEPT]
        if new == self.status:
            if self.status_seen is None or item.published > self.status_seen:
                self.status_seen = item.published
            if self.hedged and not reading.tentative:
                self.history[-1]["hedge"] = False  # now said firmly: "will go ahead"
            if self.aside and "title" in cue_fields(reading.cues, new):
                self.history[-1].pop("aside")  # now a headline's news
            return None
        if reading.tentative and self.status != UNKNOWN:
            return None  # "may be cancelled", "not cancelled": no news about a known status
        latest = self.status_seen or self.last_transition  # never before the last transition
        if latest is not None and item.published < latest:
            # older than the evidence the current status rests on: the article that moved it,
            # or a later one that reported it again. Read after it (a first start, a catch-up,
            # a slow feed: feeds come one after another), it is what the event was then ("next
            # attempt set for Wednesday" of 10 November, read after "postponed again" of the
            # 11th, told the launch back on: a user's review, session 47)
            return None
        if self._undoes_tie(reading, item):
            return None  # same second as the change it would undo: read as the earlier news
        if self._restates(reading):
            return None  # its headline reports the current status too: no news of a change
        if self._too_soon(new, reading, item):
            return None  # a summary's "held", hours after the event last changed: context
        if cue_fields(reading.cues, new):
            heads = self.against.setdefault(new, [])
            if who not in heads:
                heads.append(who)
        seen = {h["status"] for h in self.history}
        repeated = new in seen and not self._recurs(new, reading)
        if (not reading.returning and (self.status in FINAL or repeated)
                and not self._overturns(new, reading, who)):
            return None
        if reading.returning and self._comeback(new, item):
            return None  # the comeback it was reported held with, told again
        old = self.status
        self.status = new
        self.last_transition = self.status_seen = item.published
        # support for the new status counts from the last transition on: the outlets that
        # reported it since (two of them overturning a final status back it both)
        self.support[new] = [o for o in self.against.get(new, ())
                             if not same_source(o, who)]
        self.support[new].append(who)
        self.against = {}
        self.history.append({"status": new, "at": iso(item.published), "link": item.link,
                             "source": item.source})
        if hedge(reading):
            self.history[-1]["hedge"] = True
        if cue_fields(reading.cues, new) == {"summary"}:
            self.history[-1]["aside"] = True  # told in a summary only (:meth:`_overturns`)
        return old, new

    def _undoes_tie(self, reading: StatusReading, item: Item) -> bool:
        """Would ``reading`` take the event back in its course (cancelled -> planned) on an
        article published in the very second of the last transition? Feeds polled in one cycle
        arrive in any order, and "X to play Madrid on 12 July" and "X's Madrid concert
        cancelled" stamped alike must end cancelled whichever feed answered first (a user's
        review found the outcome changed from run to run). A return its words tell ("back
        on") follows the change it undoes, so it is not held back; one inferred from a date
        ahead (``day_rules``) is not told, and is."""
        told_back = any(c.returning and c.blocked is None and c.status == reading.status
                        for c in reading.cues)
        return (item.published == self.last_transition and not told_back
                and reading.status is not None and self.status in COURSE
                and COURSE[reading.status] < COURSE[self.status])

    def rename_watch(self, old: str, new: str) -> None:
        """Watch ``old`` is now called ``new`` (``store.watch_names``): its alert state too."""
        if old in self.watches:
            self.watches = list(dict.fromkeys(new if w == old else w for w in self.watches))
        if old in self.watch_state:
            self.watch_state[new] = self.watch_state.pop(old)

    @property
    def hedged(self) -> bool:
        """Is the event planned on the word of hedges alone ("may be postponed", "pourrait
        être annulé", :func:`hedge`), no article having said yet that it is on? Its plan is
        then a doubt, not news: ``watch_alerts.decide`` tells the event once an article says it
        firmly ("Royal Ascot to go ahead without spectators" after "Royal Ascot still hopeful
        of June date") or reports another status. Round 66, over the 59 tuning sets of
        ``tests/data``: 370 / 576 -> 367 / 576 (wrong alerts / missed runs), B3 0.9384."""
        return (self.status == "planned" and bool(self.history)
                and bool(self.history[-1].get("hedge")))

    def _restates(self, reading: StatusReading) -> bool:
        """Does ``reading``'s headline report the event's current change (postponed,
        cancelled) or its being held, whatever else it reads? "Oberammergau Passion Play
        postponed to 2022 over virus" hours after the postponement reads held off "play"; its
        news is the postponement, not the play staged. Not a plan: a planned cue in a headline
        is as often another occasion ("Thousands march in London ahead of G20 summit"), and
        not a real return ("back on"). Round 53, over the 59 tuning sets of ``tests/data``:
        483 / 635 -> 481 / 635 (wrong alerts / missed runs), B3 0.9302 -> 0.9303; with plans
        too, 474 / 642. Nor does an article that reports the current status only in its
        summary move it when no headline cue carries the new one either (the new status is
        then as much an aside as the old): 481 / 635 -> 480 / 634, B3 0.9304."""
        if reading.returning or self.status not in ("postponed", "cancelled", "held"):
            return False
        here = cue_fields(reading.cues, self.status)
        return bool(here) and ("title" in here
                               or "title" not in cue_fields(reading.cues, reading.status))

    def _overturns(self, new: str, reading: StatusReading, who: str) -> bool:
        """Does ``reading`` correct a final status that rests on one outlet? A headline
        reporting a change ("New York City Marathon canceled in Sandy's aftermath") after a
        single article read the event as held ("anger grows over decision to run the
        marathon", read off "elected" in its summary) says the held reading was wrong: a held
        or cancelled status one outlet reported is not final against another headline. Never
        back to planned (a preview is no correction), and not on a summary's word. Over the 59
        tuning sets of ``tests/data`` it recalled 29 runs more for 6 wrong alerts; over the
        30 held-out sets 26 runs for 4.

        However many outlets reported it, a final status also gives way once two more outlets
        (``against``: headline or summary, since the last transition) report the same change
        after it: "Players Championship cancelled after first round" after its opening round
        was reported held, "Adele cancels final Wembley shows", a coup annulling an election
        already held, a launch first read scrubbed that two outlets then report flown. Never
        to planned (two previews of the next occasion are no correction either). Round 47,
        over the tuning sets: 493 / 713 -> 493 / 706 (wrong alerts / missed runs); counting
        headlines only, 493 / 710.

        A final status that one outlet reported in a summary only (an ``aside``: no headline
        has carried it since) gives way to another outlet's summary reporting another change
        as well: the two rest on the same kind of evidence, and the later one is the news (the
        same outlet's next story is no correction of its own aside). "Lindner bei
        Bauerndemo ausgepfiffen" does not cancel the rally its summary says was "abgesagt"
        elsewhere; "Première sortie dans l'espace 100 % féminine" after "wird vorgezogen" read
        cancelled off its summary. Round 79, over the 69 tuning sets: 449 / 653 -> 449 / 649
        (wrong alerts / missed runs), B3 0.9407 -> 0.9409. ``who``: the item's support entry
        (``origin.entry``)."""
        if self.status not in FINAL or new == "planned":
            return False
        if count_sources(self.against.get(new, [])) >= 2:
            return True
        return self.backing(self.status) == 1 and (
            "title" in cue_fields(reading.cues, new)
            or (self.aside and bool(cue_fields(reading.cues, new))
                and not any(same_source(e, who) for e in self.support.get(self.status, ()))))

    @property
    def aside(self) -> bool:
        """Does the current status rest on a summary alone: the article that moved the event to
        it told it only in its summary, and no headline has carried it since?"""
        return bool(self.history) and bool(self.history[-1].get("aside"))

    def changed_within(self, when: datetime | None, span: timedelta) -> bool:
        """Did the event take its current status less than ``span`` before ``when``?"""
        return (when is not None and self.last_transition is not None
                and when - self.last_transition < span)

    def _too_soon(self, new: str, reading: StatusReading, item: Item) -> bool:
        """Is ``reading`` a held status told in its summary alone, within ``SETTLING`` of the
        event's last change? An occasion announced or moved hours ago has rarely taken place
        since; the second outlet's story of the same announcement ("ABBA melden sich mit neuem
        Album und digitalen Konzerten zurück" an hour after "ABBA announce virtual concerts",
        "accord à Glion sur un échange de prisonniers") reads held off what its summary
        recalls (an album out, talks held), not off the event. A headline saying it ("G20
        summit opens") still moves it, and a final status is left to :meth:`_overturns` (a
        summary's held after a summary's cancellation is the later news). Round 82, over the
        69 tuning sets of ``tests/data``: 439 / 636 -> 432 / 634 (wrong alerts / missed runs),
        B3 0.9409 -> 0.9412; sets 13, 31, 63, 67, 73 mended, none worse."""
        return (new == "held" and self.status not in FINAL
                and self.changed_within(item.published, SETTLING)
                and cue_fields(reading.cues, new) == {"summary"})

    def _comeback(self, new: str, item: Item) -> bool:
        """Is a return to planned, within ``COMEBACK`` of the event's becoming held, the
        comeback it was held with, reported again? "Le salon de New York fait son retour" the
        day after "New York auto show returns after two-year hiatus", "Galaxy Fold kommt doch
        noch in den Handel" as it goes on sale: an occasion back after a pause is held, and a
        return's words then tell that, not a new plan. Round 59, over the 59 tuning sets of
        ``tests/data``: 430 / 603 -> 426 / 605 (wrong alerts / missed runs), B3 0.9334 ->
        0.9336; within three days or a week, the same. Where it errs, the held reading was
        wrong and the return corrected it ("will go ahead after drivers' meeting")."""
        return (new == "planned" and self.status == "held"
                and self.changed_within(item.published, COMEBACK))

    def _recurs(self, new: str, reading: StatusReading) -> bool:
        """Is ``reading`` a status the event had before that happens anew, not an old one
        repeated? An event back on after a postponement that is held ("India crush Pakistan"
        the day after the rain), or that a headline reports postponed or called off again
        ("Kanye West's 'Yandhi' misses its second release date", "Woodstock 50 is officially
        called off" months after it was back on): the event moved on since that status, and
        a recap of the old one is a summary's aside, not a headline's news. Never planned: a
        return to planned needs a return's words or a new date (``day_rules``). Round 47, over
        the 59 tuning sets of ``tests/data``: 491 / 728 -> 493 / 713 (wrong alerts / missed
        runs); where it errs, the reading did ("EU leaders agree Brexit delay", "Traton slips
        below offer price")."""
        if new == "held":
            return True
        return new in ("postponed", "cancelled") and "title" in cue_fields(reading.cues, new)

    def _reprints(self, new: str, words: list[str]) -> bool:
        """Is an article with ``words`` (:func:`text_words`) that reports ``new``, a change the
        event is no longer in, a copy of an earlier report of it? Papers run an agency's
        story an hour, a day or weeks after it ran, and after the news has moved on, copy
        still coming in with the old change's words is old news, not the change anew: a
        festival's call-off reprinted after "Lichterfest in Kassel findet doch statt" (a
        wire-copy user's review, session 52), "Benko-Prozess erneut vertagt" reprinted the
        day after the trial opened, a concert's postponement the day after it was played (a
        user's review of long stories, session 53). A real second call-off tells something
        new: another reason, "nun doch", "again"; its words are another text's
        (:data:`REPRINT_WORDS`).

        The copied report must be older than the event's last change: the event moved on
        since. A report after it that moved nothing (:meth:`apply` held it back) leaves its
        copies their say."""
        return self.last_transition is not None and self.copied(new, words,
                                                                before=self.last_transition)

    def copied(self, status: str, words: list[str], before: datetime | None = None) -> bool:
        """Are ``words`` (:func:`text_words`) nearly those of one of the event's reports of
        ``status`` (``told_words``; only those older than ``before``, when given): no word
        that report has not, and most of its words? A copy drops a word or two (a dateline,
        a byline); a new report adds one: another day ("am Montag abgesagt" after "am
        Sonntag abgesagt"), "erneut", "aussi", another city (a code review, session 53)."""
        if len(words) < REPRINT_MIN_WORDS:
            return False
        mine = set(words)
        for told in self.told_words.get(status, ()):
            theirs = told["words"]
            if len(theirs) < REPRINT_MIN_WORDS or (before is not None
                                                   and _dt(told["at"]) >= before):
                continue
            if mine.issubset(theirs) and len(mine) >= REPRINT_WORDS * len(theirs):
                return True
        return False

    def had(self, status: str) -> bool:
        """Has the event been in ``status`` (its history: every status it moved to)?"""
        return any(h["status"] == status for h in self.history)

    def state_of(self, watch: str) -> dict[str, Any]:
        """``watch``'s state in this event (``watch_state``), made empty on first use: the
        status last told to it, whether it was told the event, the articles it took."""
        return self.watch_state.setdefault(watch, {"status": None, "new": False})

    def backing(self, status: str) -> int:
        """Distinct outlets that reported ``status`` since it became current, and those that
        reported it between the transition before and the one that made it current (the two
        outlets that overturned a final status, round 47: tuning 495 / 697 -> 496 / 695)."""
        return count_sources(self.support.get(status, []))

    # -- items ------------------------------------------------------------------------------------
    def add_item(self, item: Item, title_chars: int) -> None:
        self.n_items += 1
        self.first_seen = min(self.first_seen, item.published)
        self.last_seen = max(self.last_seen, item.published)
        lang = lang_of(item)
        if lang and lang not in self.langs:
            self.langs.append(lang)
        seen = self._outlets()
        before = item.source in seen
        if not before:
            self.sources.append(item.source)
            seen.add(item.source)
            self._seen_len += 1
        copy = entry(item)
        if copy != item.source or self.copies:
            self._note_copy(item.source, copy, before)
        if ((item.lang or "").startswith("en") and not (self.title_lang or "").startswith("en")
                and not self.told and not (service_piece(item.title)
                                           and not service_piece(self.title))):
            self.title, self.title_lang = trim(item.title, title_chars), item.lang
            self.title_told = False  # unless its reading says otherwise (:meth:`retitle`)

    def retitle(self, item: Item, title_chars: int, *, by_keyword: bool = False) -> None:
        """``item``'s headline told a status: an event titled by a headline that told none, or
        by a service piece, an explainer, a live page or an opinion (:func:`service_piece`),
        takes it as its title. Its alerts were told under that headline ("Taylor Swift in Wien:
        Was Fans für die drei Konzerte wissen müssen" on the cancellation's alert; "cancelled:
        Putin's spokesman dismisses new EU sanctions as 'illegal'" in an email subject: users'
        reviews, session 47); the news names it better. A title that told a status stays; so
        does one that told none once a watch was told of the event under it (the title an event
        was announced with names it in every later alert), and for an article that joined
        ``by_keyword``, on the watch's keyword alone ("CN Tower EdgeWalk closed" in a rail
        lockout's story). A service piece's title never named the event: it goes when news
        comes."""
        if service_piece(item.title):
            return
        if service_piece(self.title) or not (self.title_told or by_keyword or self.told):
            self.title, self.title_lang = trim(item.title, title_chars), item.lang
            self.title_told = True

    def _note_copy(self, outlet: str, copy: str, before: bool) -> None:
        """Keep in ``copies`` the entries of every outlet that ran an agency's copy: its copies
        and, as its bare name, whether it reported with a story of its own too (before its
        first copy, or after)."""
        ran = any(c.startswith(outlet + WIRE) for c in self.copies)
        if copy != outlet:
            if copy in self.copies:
                return
            if before and not ran and outlet not in self.copies:
                self.copies.append(outlet)  # its earlier articles were its own
            self.copies.append(copy)
        elif ran and outlet not in self.copies:
            self.copies.append(outlet)

    def independent(self) -> int:
        """The independent reports of the event, whatever status they read: its outlets, an
        agency's copy that other outlets ran counted once with the agency (the waits for a
        first report, ``confirm``: the Guardian's copy of AP's "X wins Y" confirmed AP's), and
        an outlet that ran only copies counted as their agencies (AP's and Reuters' copies in
        one outlet are two reports: a code review, session 45)."""
        if not self.copies:
            return len(self.sources)
        copied = {c.partition(WIRE)[0] for c in self.copies if WIRE in c}
        return count_sources([*(s for s in self.sources if s not in copied), *self.copies])

    @property
    def told(self) -> bool:
        """Has a watch been told of the event (or had it set silently as old news)? Its title
        is then the one the user knows it by: an English headline no longer replaces it (a
        user's review: "Oasis spielen am 12. Juli im Letzigrund Zürich" was announced, then
        every later alert and email subject read "Oasis postpone Zurich Letzigrund show",
        the status of none of them)."""
        return any(ws.get("new") for ws in self.watch_state.values())

    def _outlets(self) -> set[str]:
        """The members of ``sources``, as a set (kept in step by ``add_item``)."""
        if self._seen_of is not self.sources or self._seen_len != len(self.sources):
            self._seen = set(self.sources)
            self._seen_of, self._seen_len = self.sources, len(self.sources)
        return self._seen

    # -- persistence ------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "status": self.status,
            "title_lang": self.title_lang, "title_told": self.title_told,
            "watches": list(self.watches),
            "first_seen": iso(self.first_seen), "last_seen": iso(self.last_seen),
            "history": [dict(h) for h in self.history],
            "sources": list(self.sources),
            "copies": list(self.copies),
            "support": {k: list(v) for k, v in self.support.items()},
            "against": {k: list(v) for k, v in self.against.items()},
            "last_transition": iso(self.last_transition), "status_seen": iso(self.status_seen),
            "watch_state": {k: dict(v) for k, v in self.watch_state.items()},
            "told_words": {k: [dict(t) for t in v] for k, v in self.told_words.items()},
            "features": dict(self.features), "n_items": self.n_items,
            "title_places": dict(self.title_places),
            "title_countries": list(self.title_countries), "title_years": list(self.title_years),
            "title_months": list(self.title_months),
            "court": list(self.court),
            "due": iso(self.due),
            "langs": list(self.langs),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> EventState:
        lt = d.get("last_transition")
        seen = d.get("status_seen")
        due = d.get("due")
        return cls(
            id=d["id"], title=d["title"], status=d.get("status", UNKNOWN),
            title_lang=d.get("title_lang"), title_told=bool(d.get("title_told", True)),
            watches=list(d.get("watches", ())),
            first_seen=_dt(d["first_seen"]), last_seen=_dt(d["last_seen"]),
            history=[dict(h) for h in d.get("history", ())],
            sources=list(d.get("sources", ())),
            copies=list(d.get("copies", ())),
            support={k: list(v) for k, v in d.get("support", {}).items()},
            against={k: list(v) for k, v in d.get("against", {}).items()},
            last_transition=_dt(lt) if lt else None, status_seen=_dt(seen) if seen else None,
            watch_state={k: dict(v) for k, v in d.get("watch_state", {}).items()},
            told_words={k: [dict(t) for t in v] for k, v in d.get("told_words", {}).items()},
            features={k: int(v) for k, v in d.get("features", {}).items()},
            n_items=int(d.get("n_items", len(d.get("items", ())))),  # "items": blobs before 0.2
            title_places={k: int(v) for k, v in dict(d.get("title_places", {})).items()},
            title_countries=list(d.get("title_countries", ())),
            title_years=[int(y) for y in d.get("title_years", ())],
            title_months=[int(m) for m in d.get("title_months", ())],
            court=[str(c) for c in d.get("court", ())],
            due=_dt(due) if due else None,
            # stored before languages were kept: unknown (cluster.similarity asks nothing then)
            langs=[str(x) for x in d.get("langs", (UNKNOWN_LANGS,))],
        )


def lang_of(item: Item) -> str:
    """The item's language as its primary subtag ("de" of "de-CH"), or "" when unknown."""
    return (item.lang or "").split("-")[0].lower()


# headlines of pieces around the news rather than the news: live pages, explainers and service
# pieces, opinions, galleries, podcasts (folded: lower case, no accents)
_SERVICE = re.compile(
    # a label before the headline ("LIVE: ...", "DIRECT. ...", "Kommentar: ...", "Gipfel-Ticker:")
    r"^\W*(?:live|liveblog|live-?ticker|newsblog|ticker|en direct|direct|in diretta|en vivo"
    r"|opinion|comment|kommentar|meinung|editorial|analysis|analyse|tribune|edito|chronique"
    r"|explainer|podcast|video|gallery|fotos|photos)\s*(?:[:.|–—]|\s-\s)"
    r"|(?:live)?ticker\s*:"
    # or after it ("... – live", "... | as it happened")
    r"|(?:\s[–—-]|\|)\s*(?:live|liveblog|live-?ticker|ticker|en direct|as it happened)\W*$"
    r"|live updates|as it happened"
    # a service piece or an explainer, anywhere in the headline
    r"|(?:^|\W)(?:what we know|what you need to know|what to know|need to know|q ?& ?a|faq"
    r"|was wir (?:uber|wissen)|wissen mussen|fragen und antworten|ce que l.on sait"
    r"|ce qu.il faut savoir|in pictures|en images|bildergalerie)(?:\W|$)")


def service_piece(title: str) -> bool:
    """Is ``title`` the headline of a piece around the news (a live page, an explainer, a
    service piece, an opinion, a gallery) or a question? See :meth:`EventState.retitle`."""
    return title.rstrip().endswith("?") or _SERVICE.search(fold(title)) is not None


def trim(title: str, limit: int) -> str:
    """Cut a title at a word boundary, with an ellipsis."""
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    cut = title[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-") + "…"
