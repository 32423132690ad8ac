"""The occurrence a headline numbers: "second round", "zweiter Warnstreik", "deuxième tour".

An occasion that comes round again is told by its number: the second round of an election
after the first, the repeat vote, the second leg, the second launch attempt, the second strike
of the year. Its headlines share the first one's names, places and kind of occasion, and so an
article that scored too low to join any event still went to the first occasion as its watch's
current story ("F1 heads to Miami for second sprint weekend of the season" into the first
sprint's event). A number the headline gives the occasion that none of the event's headlines
gave it says "another one": :func:`title_ordinals` reads it, the event keeps the numbers its
headlines gave (``cluster.add_to_event``) and ``joining.fits_event`` does not take such an
article as the event's news on its weak ties alone (:func:`ordinal_conflict`). A join by
score is left alone while the event is still to come: there the article shares enough with
the event that the number is more often the event's own, unsaid so far ("Second British
Airways cabin crew strike gets under way" after "BA cabin crew to strike"); weakening those
cost more runs than it saved. Once the event took place (held), a number none of its
headlines gave is the next occurrence: the first is over ("Trudeau survives second confidence
vote in a week" after the first vote, "Zweites Urteil: Höcke muss zahlen" after the first
verdict), and ``cluster.similarity`` weakens the score by :data:`NEXT_OCCURRENCE`.
Round 91 (tuning wrong / missed / mean B-cubed): odd 188 / 284 / 0.9425 unchanged; even
233 / 347 / 0.9405 -> 233 / 345 / 0.9407 (sets 14, 26; set 22 splits "third 'Donda' event"
from the two before it, which its labels join).

Only the numbers 2 to 5, written as words or as "2nd", "2e", in the seven languages; not
the number of a time unit ("second day of the strike", "zweite Woche": the same occasion going
on), of a time something happens ("for the second time", "zum zweiten Mal": the repeat is the
news, the occasion may be one), of a rank ("second-largest", "second place", "la France
deuxième"), of a title won, an attempt, a round or stage of one contest (an election's run-off
is one occasion with its first round in some readings, two in others), a part, act, season or
wave of a series, a game of one match or series ("AlphaGo schlägt Ke Jie auch im dritten
Spiel": the match is the occasion), a league ("zweite Liga") or a world war.
"""

from __future__ import annotations

from watcher.core.text import is_stopword, tokens

ORDINALS: dict[str, int] = {}
for _n, _words in (
    (2, "second seconde 2nd 2e 2eme 2de deuxieme zweite zweiter zweiten zweites zweitem "
        "segundo segunda seconda tweede"),
    (3, "third 3rd 3e 3eme troisieme dritte dritter dritten drittes drittem tercer tercero "
        "tercera terza terzo terceiro terceira derde"),
    (4, "fourth 4th 4e 4eme quatrieme vierte vierter vierten viertes vierde"),
    (5, "fifth 5th 5e 5eme cinquieme funfte funfter funften vijfde"),
):
    for _w in _words.split():
        ORDINALS[_w] = _n

# what a number before it says is not another occurrence of the occasion: a time unit (the
# occasion going on), a time (a repeat, "second time"), a rank, a league, a term, a world war,
# an attempt at the same thing, a title won, a round or stage of one contest (an election's
# run-off is one occasion with its first round in some readings, two in others), a game of
# one match or series
_NOT_OCCURRENCE_WORDS = """
day days week weeks weekday month months year years half hour hours minute minutes time times
place placed largest biggest highest best most term terms war world division league
jour jours journee semaine mois annee an fois place mandat guerre ligue
tag tage tages woche wochen monat monats jahr jahres mal mals platz amtszeit weltkrieg liga
dia dias semana mes ano vez veces lugar puesto mandato guerra
giorno giorni settimana mese anno volta volte posto
dag dagen maand jaar keer plaats termijn oorlog wereldoorlog
attempt attempts try bid tentative essai anlauf versuch intento tentativo poging
title titles titre titres titel titulo titolo titel victory win victoire sieg
round rounds tour wahlgang runde vuelta turno ronde ballot stage etape etappe
quarter quartal trimestre kwartaal wave welle vague ola ondata onda golf
part partie teil parte deel act acte akt acto atto season saison staffel temporada stagione seizoen
game games spiel partido partita wedstrijd
"""
NOT_OCCURRENCE = frozenset(_NOT_OCCURRENCE_WORDS.split())

# the factor on the score of a held event for a headline numbering an occurrence none of the
# event's headlines numbered (``cluster.similarity``). Round 95 (tuning wrong / missed / mean
# B-cubed): odd 188 / 283 / 0.9423 -> 187 / 283 / 0.9424; even 229 / 340 / 0.9406 -> 227 / 338 /
# 0.9405 (sets 66, 75); 0.7 changed nothing; 0.3 odd 188 / 284 / 0.9417, even 228 / 339 /
# 0.9400 (split "second game" of one series, "third carrier" news)
NEXT_OCCURRENCE = 0.5


def title_ordinals(title: str) -> frozenset[int]:
    """The occurrence numbers (2 to 5) ``title`` gives an occasion: "Second round of polio
    vaccination begins" -> {2}; not a time unit's, a time's or a rank's ("second day of the
    strike", "for the second time", "second-largest": :data:`NOT_OCCURRENCE`)."""
    words = tokens(title)
    if ORDINALS.keys().isdisjoint(words):
        return frozenset()  # most headlines: one set operation, no loop
    out = set()
    for i, w in enumerate(words):
        n = ORDINALS.get(w)
        if n is None:
            continue
        nxt = words[i + 1] if i + 1 < len(words) else ""
        # a rank ends the headline or its clause ("la France deuxième avec ..."); what the
        # number counts may follow a word or two later ("fourth straight term", "third IPL
        # title")
        if (not nxt or is_stopword(nxt) or (nxt.endswith("est") and len(nxt) > 5)
                or not NOT_OCCURRENCE.isdisjoint(words[i + 1:i + 4])):
            continue
        out.add(n)
    return frozenset(out)


def ordinal_keys(ordinals: frozenset[int]) -> list[str]:
    """The event feature keys (``q:2``) that keep which occurrences its headlines named."""
    return [f"q:{n}" for n in sorted(ordinals)]


def ordinal_conflict(event_features: dict[str, int], ordinals: frozenset[int]) -> bool:
    """Does the headline number the occasion with a number none of the event's headlines gave
    it? Then it is likely another occurrence (the second round after the first) rather than
    more news of this one; an event one of whose headlines said "second" takes it."""
    return bool(ordinals) and not any(f"q:{n}" in event_features for n in ordinals)
