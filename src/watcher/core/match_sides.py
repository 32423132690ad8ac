"""The two sides of a match a title sets against each other (``ItemFeatures.sides``).

"Brentford v Manchester United", "Six Nations : France-Irlande", "India rout Sri Lanka": a
side plays many matches, so the same side is no evidence of the same match and another
opponent is evidence of another (``cluster.sides_conflict``). Reading the sides means telling a
match's hyphen ("France-Irlande") from a hyphened name ("Saint-Denis", "Pays-Bas", "Vega-C"),
and naming each side by its place ids, so that two outlets writing in two languages share it.
"""

from __future__ import annotations

import re

from watcher.core.concepts import CITIES, COUNTRIES, DEMONYMS, PHRASES
from watcher.core.text import fold, is_stopword, tokens, translit_key

# a name: up to three capitalised words ("Manchester United", "Sri Lanka", "Saint")
_NAME = r"[^\W\d_][\w'’.]*(?:\s+[^\W\d_][\w'’.]*){0,2}"
# two sides: "A v B", "A vs. B", "A versus B", in any language; "A-B" with no spaces ("France-
# Irlande", "Bruins-Flyers", "PSG-Saint-Étienne"), as French, Spanish, Italian and German write a
# match between two sides
_VERSUS = re.compile(rf"({_NAME})\s+(?:v|vs|versus)\.?\s+({_NAME})")
# a side that beats another: "India rout Sri Lanka", "le Japon bat la Corée du Nord", "Spanien
# schlägt England", "España vence a Italia". Round 78 (wrong / missed / B-cubed): odd half
# 204 / 299 / 0.9418 -> 204 / 297 / 0.9416, even half 246 / 358 / 0.9395 -> 246 / 358 / 0.9393
BEAT_WORDS = frozenset({
    "beat", "beats", "rout", "routs", "thrash", "thrashes", "stun", "stuns", "edge", "edges",
    "defeat", "defeats", "crush", "crushes", "bat", "battent", "ecrase", "ecrasent", "schlagt",
    "schlagen", "besiegt", "besiegen", "vence", "vencen", "derrota", "derrotan", "batte",
    "battono", "travolge", "verslaat"})
_BEATS = re.compile(
    rf"({_NAME})\s+(?:{'|'.join(sorted(BEAT_WORDS, key=len, reverse=True))})"
    rf"\s+(?:(?:le|la|les|l'|den|die|das|a|al)\s*)?(?:\d+-\w+\s+)?({_NAME})")
_HYPHENED = re.compile(r"([^\W\d_][\w'’.]*)[-–]([^\W\d_][\w'’.]*)")


def _side(name: str) -> frozenset[str]:
    """The keys of the capitalised words of one side, its places by their id: Irlande and
    Ireland, "Corée du Nord" and "North Korea", Londres and London are one side. A side is named
    in the language of the outlet, so the place ids (not the words) make two outlets' titles of
    one match share a side (cluster.sides_conflict)."""
    raw = name.split()
    words = [fold(w).strip("'’.") for w in raw]
    out = set()
    i = 0
    while i < len(words):
        n, key = _place_phrase(words, i)
        if key:
            out.add(key)
            i += n
            continue
        w, t = raw[i], words[i]
        i += 1
        if w[:1].isupper():
            if t in ("us", "u.s"):  # "US-Iran talks": the initials, no stopword here
                t = "usa"
            elif is_stopword(t):  # "Le Japon bat...", "The Bruins"
                continue
            if t not in COUNTRIES and t[-1:] == "s" and t[:-1] in DEMONYMS:
                t = t[:-1]  # a team by its people: "the Americans", "les Allemands"
            out.add("k:" + COUNTRIES[t] if t in COUNTRIES
                    else "p:" + CITIES[t] if t in CITIES else translit_key(t))
    return frozenset(out)


def _place_phrase(words: list[str], i: int) -> tuple[int, str]:
    """The length and key of a country or city of several words at ``words[i]`` ("north
    korea", "coree du nord"), or (0, "")."""
    for n in (3, 2):
        key = PHRASES.get(tuple(words[i:i + n]), "") if i + n <= len(words) else ""
        if key[:2] in ("k:", "p:"):
            return n, key
    return 0, ""


def _place_before(head: str, left: str) -> str:
    """The left side of a hyphened match with the words before it that make one place with it
    ("Corée du Nord-Japon": "Corée du Nord", not "Nord")."""
    before = head.split()
    for n in (2, 1):
        name = " ".join([*before[-n:], left]) if len(before) >= n else ""
        if name and _place_phrase([fold(w).strip("'’.") for w in name.split()], 0)[0] == n + 1:
            return name
    return left


def fold_marks(text: str) -> str:
    """``text`` without its accents but with its capitals ("écrase" -> "ecrase", "Japon"
    stays), for patterns that need both."""
    return "".join(c if c.isascii() else (fold(c) or c) if not c.isupper() else c for c in text)


# the first halves of hyphened names of one place or person, not sides: "Saint-Denis",
# "Haut-Karabakh", "Nouvelle-Calédonie", "Grand-Est", "Mont-Blanc", "Notre-Dame", "Jean-Paul",
# "Al-Hilal", "Ex-Audi", "Pro-EU", "Nord-Sud" (a name's own words in French place names, the
# Arabic article, the prefixes English and French write with a hyphen)
NAME_FIRSTS = frozenset({
    "saint", "sainte", "st", "ste", "san", "santa", "haut", "haute", "bas", "basse",
    "nouvelle", "nouveau", "grand", "grande", "petit", "petite", "mont", "notre", "nord", "sud",
    "north", "south", "east", "west", "jean", "marie", "al", "el", "ex", "pro", "anti", "non",
    "neo", "post", "pre", "mid", "semi", "vice"})

# the French names of two countries, written hyphened ("le Royaume-Uni", "les États-Unis"): as
# sides, "États-Unis" gave its event the side "usa", and any later "US-China talks" set it
# against another opponent (not countries of ``concepts``: there "au Royaume-Uni" would locate)
ONE_COUNTRY = frozenset({("royaume", "uni"), ("etats", "unis")})


def one_name(left: str, right: str, after: str) -> bool:
    """Are the halves of a hyphened pair one name, not two sides of a match? The pair names one
    place when its words do ("Pays-Bas", "Bade-Wurtemberg", with the word after it
    "Rhénanie-du-Nord-Westphalie"), or its first half is a word that begins names
    (:data:`NAME_FIRSTS`: "Saint-Denis", "Haut-Karabakh"); a half with a digit or of one letter
    is a model's designation ("Vega-C", "Aditya-L1", "H-IIA"), not a side. A match is two
    names each of which stands alone ("France-Irlande", "PSG-OM", "Harris-Trump"). ``left``
    is the left side with the words that make one place with it (``_place_before``): "Corée du
    Nord-Japon" is a match."""
    if " " in left:
        return False
    a, b = fold(left).strip("'’."), fold(right).strip("'’.")
    if (a, b) in ONE_COUNTRY or a in NAME_FIRSTS or len(a) < 2 or len(b) < 2 or any(
            c.isdigit() for c in a + b):
        return True
    nxt = tokens(after)[:1]
    return _place_phrase([a, b, *nxt], 0)[0] >= 2


def title_sides(title: str, lang: str | None) -> tuple[frozenset[str], ...]:
    """The two sides of a match the title names ("Brentford v Manchester United", "Six
    Nations : France-Irlande", "Sunday's Bruins-Flyers game", "India rout Sri Lanka"), or ().
    German hyphenates its capitalised nouns ("Corona-Ausbruch"): there both sides must be
    countries ("Frankreich-Irland")."""
    beats = not BEAT_WORDS.isdisjoint(tokens(title))
    if "-" not in title and "–" not in title and " v" not in title and not beats:
        return ()  # most titles
    m = _VERSUS.search(title)
    if m is not None:
        a, b = _side(m.group(1)), _side(m.group(2))
        if a and b:
            return (a, b)
    m = _BEATS.search(fold_marks(title)) if beats else None
    if m is not None and m.group(2)[:1].isupper():  # not "Police beat protesters"
        a, b = _side(m.group(1)), _side(m.group(2))
        if a and b:
            return (a, b)
    german = (lang or "").startswith("de")
    for m in _HYPHENED.finditer(title):
        left, right = m.group(1), m.group(2)
        if not (left[:1].isupper() and right[:1].isupper()):
            continue
        left = _place_before(title[:m.start(1)], left)
        if one_name(left, right, title[m.end():]):
            continue
        a, b = _side(left), _side(right)
        if a and b and a != b and (not german or all(k.startswith("k:") for k in a | b)):
            return (a, b)
    return ()
