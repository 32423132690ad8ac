"""One alert per article: which watch is told when one article is news for several of them.

Step 5 of :meth:`~watcher.core.tracker.Tracker.process` (decide) gives each watch of the event
its own alert; the watches are one user's, so an article that is news for several watches of
the same notifiers is told once, under the narrowest of them (:func:`one_alert`). Pure
functions of the watches, their audiences and their breadths (articles taken), which the
tracker keeps.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence

from watcher.core.types import AlertIntent
from watcher.settings import WatchSettings


def _named_longest(group: Sequence[AlertIntent],
                   lengths: Mapping[str, int]) -> Callable[[AlertIntent], bool]:
    """Is an alert of ``group`` for a watch the article names by its longest name
    (``lengths``: :func:`~watcher.core.match.name_length`)? The narrowest watch's, all else
    equal (:func:`one_alert`). A watch without keywords (not in ``lengths``) takes
    every item: the article names it by no name at all, and its breadth says how broad it is."""
    longest = max((lengths[a.watch] for a in group if a.watch in lengths), default=0)
    return lambda a: lengths.get(a.watch, longest) == longest


def one_alert(alerts: list[AlertIntent], headlined: Collection[str], uncounted: Sequence[str],
              lengths: Mapping[str, int] | None, watches: Mapping[str, WatchSettings],
              every: frozenset[str] | None, taken: Counter[str],
              ) -> tuple[list[AlertIntent], list[str]]:
    """The alerts to send when one article is news for several watches, and the watches
    told in them.

    The watches are one user's. An article that names two of them in its headline ("Haye
    sagt WM-Kampf gegen Klitschko ab", "Ukraine, Russia to sign grain export deal") is one
    piece of news, and its event is most often the narrower watch's (the fight, the grain
    deal) while the broader one's keyword is a name in it: the labelled sets give such an
    article to one watch. So among watches that deliver to the same notifiers, only the
    narrowest is alerted: the one that has taken the fewest articles (ties: each of them),
    of the watches that already follow the event when there are any (a watch new to it
    joins silently: "Web Summit opens without Intel" is the summit's news), and of those the
    headline names when there are any (``headlined``; a watch only the summary names joins
    silently: "Merkel ally Koch suffers heavy losses in Hesse" is the Hesse election's news,
    not the CDU leadership's). The others' state moved on with the event in
    ``watch_alerts.decide``, as if alerted, so this change does not reach them with a later article
    (a watch still waiting for ``min_sources`` outlets may tell it later). Watches with other
    notifiers are alerted as before: their user reads elsewhere. A watch added by a reload
    starts with no articles: the narrowest until it has taken its share. Over the 59 tuning
    sets of ``tests/data`` this took 20 wrong alerts and 5 right ones; over the 27 held-out
    sets 26 wrong and 2 right.
    ``uncounted``: watches that took the article without its being counted (``explain``).
    The headline rule, measured after the rest: 3 wrong alerts fewer and 3 runs more over
    the tuning sets, 1 and 1 over the held-out sets.

    Before the breadth of the watches, the article's own words say which is narrower: of
    the watches it names, the one it names by the longest phrase (``lengths``: words of the
    longest keyword found, :func:`name_length`). A name of several words is the occasion's
    own ("Club World Cup draw pits Messi's Inter Miami against Al Ahly", "Prince Charles to
    attend D-Day anniversary after row over Queen", "la loi sur la chasse" beside "le
    Conseil fédéral"), a single word more often a place, a person or a body that has many
    stories; on the first article of two new watches their breadths tie, and both were
    told. Round 77, over the 69 tuning sets of ``tests/data``: 449 / 668 -> 442 / 667
    (wrong alerts / missed runs), B3 0.9406 unchanged; as a tie-break after the breadth
    only, 443 / 668."""
    if len(alerts) < 2:
        return alerts, []
    groups: dict[frozenset[str] | None, list[AlertIntent]] = {}
    for a in alerts:
        watch = watches.get(a.watch)
        groups.setdefault(audience(watch, every), []).append(a)
    dropped: set[str] = set()
    told: list[str] = []

    def prefer(group: list[AlertIntent], keep: Callable[[AlertIntent], bool],
               why: str) -> list[AlertIntent]:
        """The alerts ``keep`` takes, when it takes any; the others are told why."""
        if not any(keep(a) for a in group):
            return group
        for a in group:
            if not keep(a):
                dropped.add(a.watch)
                told.append(f"{a.watch} ({why})")
        return [a for a in group if keep(a)]

    for group in groups.values():
        if len(group) < 2:
            continue
        # the watches that follow the event tell its news (one the article brings to it
        # joins silently), and of those the ones the headline names
        group = prefer(group, lambda a: a.kind == "status_change", "new to the event")
        group = prefer(group, lambda a: a.watch in headlined, "named in the summary only")
        if lengths:
            group = prefer(group, _named_longest(group, lengths), "named by a shorter name")
        breadth = {a.watch: taken[a.watch] + (a.watch in uncounted) for a in group}
        narrowest = min(breadth.values())
        first = next(w for w, n in breadth.items() if n == narrowest)
        for w, n in breadth.items():
            if n > narrowest:
                dropped.add(w)
                told.append(f"{w} ({n} articles; {first}: {narrowest})")
    return [a for a in alerts if a.watch not in dropped], told


def audience(watch: WatchSettings | None, every: frozenset[str] | None) -> frozenset[str] | None:
    """The notifiers a watch's alerts reach (None: every one, when their names are not
    known: ``every`` is None)."""
    if watch is None:
        return frozenset()
    if watch.notify or every is not None:
        return frozenset(watch.notify or every or ())
    return None
