"""Small multilingual tables that make articles in English, German, French, Spanish, Italian,
Portuguese and Dutch share features.

Event nouns (summit/Gipfel/sommet) become one concept id, place names in their exonyms
(Geneva/Genf/Genève) one place id, month names a month number. Keys are folded tokens
(:func:`watcher.core.text.fold`). The tables are deliberately small: general words that recur in
news about scheduled events; names that are not listed still match through their spelling.

The tables live by what they hold: :mod:`watcher.core.concept_words` (concepts, event kinds,
court marks, German compound heads), :mod:`watcher.core.concept_places` (cities, countries,
regions, demonyms) and :mod:`watcher.core.concept_times` (months, weekdays, day times). This
module gathers them, so that the feature code imports every table from one place, and joins
their multi-word names into ``PHRASES``.
"""

from __future__ import annotations

from watcher.core.concept_places import CITIES as CITIES
from watcher.core.concept_places import COUNTRIES as COUNTRIES
from watcher.core.concept_places import DEMONYMS as DEMONYMS
from watcher.core.concept_places import PLACE_PHRASES
from watcher.core.concept_places import REGION_OF as REGION_OF
from watcher.core.concept_places import UNPLACED as UNPLACED
from watcher.core.concept_times import AMBIGUOUS_MONTHS as AMBIGUOUS_MONTHS
from watcher.core.concept_times import MONTHS as MONTHS
from watcher.core.concept_times import NAMES_IN_CAPITALS as NAMES_IN_CAPITALS
from watcher.core.concept_times import SOON as SOON
from watcher.core.concept_times import TOMORROW as TOMORROW
from watcher.core.concept_times import WEEKDAYS as WEEKDAYS
from watcher.core.concept_words import _PHRASES
from watcher.core.concept_words import COMPOUND_HEADS as COMPOUND_HEADS
from watcher.core.concept_words import CONCEPTS as CONCEPTS
from watcher.core.concept_words import COURT as COURT
from watcher.core.concept_words import COURT_PHRASES as COURT_PHRASES
from watcher.core.concept_words import EVENT_KINDS as EVENT_KINDS
from watcher.core.concept_words import NOUNS_DE as NOUNS_DE

# multi-word names -> typed feature ("c:" concept, "p:" city, "k:" country)
PHRASES = {k: "c:" + v for k, v in _PHRASES.items()}
PHRASES.update(PLACE_PHRASES)
