"""Digests: an outlet's morning briefing or newsletter, one feed item that bundles several
stories under a label ("Morning briefing: Paralympics open, Oasis add dates, Polaris Dawn
grounded by weather", "Die Lage am Morgen: Bahnstreik in Kanada vorbei, Polaris-Start
verschoben, ...", "Le brief du matin : ...").

Such an item names several watches' subjects and their news side by side. Read as one article
it welds the stories into one event, and each story's status passes to the others (a user's
review of noisy feeds, session 47: a launch grounded by weather was told held, from the
Paralympics' opening in the same briefing, and the Paralympics postponed, from the launch). The
stories' own articles tell them; a digest joins no event and tells no status. It is still
stored, and ``watcher explain`` says why it was left out.

A digest is told by its headline: a short label before a colon or dash, with a word of the
digest kind in it ("briefing", "newsletter", "en bref"), then at least two stories separated by
commas, semicolons or bars. A weaker label (a time of day, "Der Morgen:", "Ce soir :", or a word
that also heads one story's pieces, "im Überblick") needs three stories, as "Summit this
morning: leaders arrive, talks begin" tells one story in two steps. AP's "The Latest: ..." is
one story's live updates, no digest.
"""

from __future__ import annotations

import re

from watcher.core.text import fold

# label words, folded (lower case, no accents): what newsrooms call their bundles
_STRONG = re.compile(
    r"\b(?:briefing|brief|briefs|newsletter|digest|round ?up|roundup|first edition|in brief"
    r"|kurz gemeldet|lage am (?:morgen|abend)|en bref|revue de presse|rassegna)\b")
# label words that also head one story's pieces ("Ukraine-Krieg im Überblick: ...", "L'essentiel
# du sommet : ..."): a digest labelled with them alone lists three stories
_WEAK = frozenset({
    "morning", "evening", "tonight", "today", "headlines", "news", "morgen", "abend",
    "uberblick", "nachrichten", "matin", "soir", "essentiel", "infos", "une", "weekend",
    "week-end", "wochenende", "mattina", "sera", "manana", "noche"
})
# what may stand beside them in such a label ("Der Überblick am Morgen", "Your Monday evening
# news", "L'essentiel du soir"), but no subject: "Kanzlerduell heute Abend: Merkel gegen
# Steinbrück, vier Moderatoren, 90 Minuten" is one story
_FILLER = frozenset({
    "the", "your", "this", "a", "our", "der", "die", "das", "am", "im", "zum", "heute", "le",
    "la", "les", "l", "du", "de", "des", "d", "au", "el", "il", "lo", "di", "del", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
})
# the label: up to six words before ":" or a dash with spaces around it
_LABEL = re.compile(r"^\W*((?:\S+\s+){0,5}?\S+?)\s*(?::|\s[–—-]\s|\s\|\s)\s*(.+)$", re.DOTALL)
_SEPARATOR = re.compile(r"\s*(?:[,;|•·]|\s\+\s)\s*")


def is_digest(title: str) -> bool:
    """Is ``title`` the headline of a digest (see the module docstring)?"""
    m = _LABEL.match(title)
    if m is None:
        return False
    label, rest = fold(m.group(1)), m.group(2)
    stories = [s for s in _SEPARATOR.split(rest) if s.strip()]
    if _STRONG.search(label):
        return len(stories) >= 2
    words = re.findall(r"[\w-]+", label)
    return (len(stories) >= 3 and any(w in _WEAK for w in words)
            and all(w in _WEAK or w in _FILLER for w in words))
