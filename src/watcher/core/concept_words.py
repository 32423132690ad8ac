"""Words of seven languages that name one concept: event kinds, titles, organisations and
status words (summit/Gipfel/sommet become one concept id), court marks, German compound heads
and multi-word concepts.

Split from :mod:`watcher.core.concepts`, which gathers these tables with the places
(:mod:`watcher.core.concept_places`) and the time words (:mod:`watcher.core.concept_times`);
other modules import the names from there. Keys are folded tokens
(:func:`watcher.core.text.fold`). The tables are deliberately small: general words that recur in
news about scheduled events.
"""

from __future__ import annotations

_CONCEPTS: dict[str, tuple[str, ...]] = {
    "summit": ("summit", "summits", "gipfel", "gipfels", "gipfeltreffen", "sommet", "sommets",
               "meet", "meets", "meeting", "meetings", "treffen", "rencontre", "rencontrent",
               "talks", "gesprache", "pourparlers", "entretien", "trifft", "treffe", "met",
               "rencontres", "rencontre", "gipfelgesprach", "cumbre", "cumbres", "vertice",
               "vertici", "encuentro", "incontro", "colloqui", "conversaciones", "cupula",
               "cimeira", "topontmoeting"),
    "strike": ("strike", "strikes", "streik", "streiks", "warnstreik", "streikt", "streiken",
               "greve", "greves", "walkout", "bahnstreik", "huelga", "huelgas", "sciopero",
               "scioperi", "staking", "stakingen"),
    "concert": ("concert", "concerts", "konzert", "konzerte", "konzerten", "show", "shows",
                "gig", "gigs", "auftritt", "auftritte", "tour", "tournee", "tournees",
                "concierto", "conciertos", "optreden"),  # not "concerto": a piece, in English
    "launch": ("launch", "launches", "liftoff", "start", "starts", "gestartet", "startet",
               "lancement", "decollage", "launched", "lifted", "abheben", "lanzamiento",
               "lancio", "lancamento", "lancering"),
    # a state visit is a visit: articles say either
    "visit": ("visit", "visite", "besuch", "reise", "trip", "voyage", "visits", "staatsbesuch",
              "staatsbesuchs", "statevisit", "visita", "viaje", "viaggio", "viagem",
              "bezoek", "staatsbezoek"),
    "king": ("king", "konig", "roi", "monarch", "monarque", "monarch", "rey", "rei", "koning"),
    "queen": ("queen", "konigin", "reine", "reina", "regina", "rainha", "koningin"),
    "opening": ("opening", "ouverture", "eroffnung", "eroffnet", "opens", "ouvrent",
                "ouvre", "inaugure", "inauguration", "inauguracion", "apertura",
                "inaugurazione", "abertura", "inauguracao"),
    "ceremony": ("ceremony", "ceremonie", "zeremonie", "feier", "ceremonia", "cerimonia"),
    "festival": ("festival", "fest", "volksfest", "fete", "fiesta", "festa"),
    "tournament": ("tournament", "turnier", "tournoi", "championships", "championship",
                   "meisterschaft", "torneo", "campeonato", "campionato", "torneio",
                   "toernooi", "kampioenschap"),
    "election": ("election", "elections", "wahl", "wahlen", "election", "scrutin", "vote",
                 "elecciones", "eleccion", "comicios", "elezioni", "elezione", "eleicao",
                 "eleicoes", "verkiezing", "verkiezingen"),
    # not "partido": a party too
    "match": ("match", "game", "spiel", "partie", "partita", "partida", "wedstrijd"),
    "reunion": ("reunion", "comeback", "wiedervereinigung"),
    "astronaut": ("astronaut", "astronauts", "astronauten", "astronautes"),
    # more occasions and the words that name them in every language (session 24: articles
    # about one wedding, funeral or referendum in two languages shared only its names)
    "wedding": ("wedding", "weddings", "marry", "marries", "hochzeit", "heiratet", "heiraten",
                "mariage", "epouse", "epousera", "boda", "matrimonio", "nozze", "casamento",
                "huwelijk", "trouwt"),
    "referendum": ("referendum", "referendums", "referenden", "volksabstimmung",
                   "volksentscheid", "referendo", "referendos"),
    "funeral": ("funeral", "funerals", "beerdigung", "beisetzung", "trauerfeier", "begrabnis",
                "obseques", "funerailles", "funerales", "funerali", "uitvaart"),
    "debate": ("debate", "debates", "debatte", "debat", "debats", "dibattito"),
    "protest": ("protest", "protests", "protesters", "demonstration", "demonstrations",
                "kundgebung", "proteste", "manifestation", "manifestations", "manifestants",
                "manifestacion", "manifestazione", "manifestacao", "betoging"),
    "coronation": ("coronation", "kronung", "couronnement", "coronacion", "incoronazione",
                   "coroacao", "kroning"),
    "olympics": ("olympics", "olympic", "olympia", "olympische", "olympischen", "olympiques",
                 "olympique", "olimpiadi", "olimpicos", "olimpiada"),
    "worldcup": ("weltmeisterschaft", "mondial", "mundial", "mondiali"),
    "prince": ("prince", "prinz", "principe", "prins"),
    "princess": ("princess", "prinzessin", "princesse", "princesa", "principessa", "prinses"),
    # the women's and the men's occasion of a sport are two (the first women's Paris-Roubaix the
    # day before the men's; the women's downhills after the men's were called off): the words
    # each language marks them with (cluster.gender_conflict)
    "women": ("women", "womens", "ladies", "frauen", "damen", "femmes", "dames", "feminin",
              "feminine", "feminins", "feminines", "femenino", "femenina", "femminile",
              "femminili", "feminino", "feminina", "vrouwen"),
    "men": ("men", "mens", "herren", "manner", "hommes", "messieurs", "masculin", "masculine",
            "masculins", "masculino", "masculina", "maschile", "maschili", "heren", "mannen"),
    "ipo": ("ipo", "borsengang", "boersengang"),
    "pope": ("pope", "papst", "pape", "pontiff", "pontife"),
    "budget": ("budget", "budgets", "haushalt", "haushalts", "presupuesto", "bilancio",
               "orcamento", "begroting"),
    # a central bank's decision: its rates, in every language ("ECB cuts rates", "EZB senkt
    # den Leitzins", "la BCE baisse ses taux")
    "rate": ("rate", "rates", "leitzins", "leitzinsen", "zins", "zinsen", "taux", "tipos",
             "tasso", "tassi", "juros"),
    # motor racing's top series and its races, named so in every language ("F1", "Formel 1",
    # "Formula One"; "Grand Prix", "GP", "Großer Preis", "Gran Premio", "Grande Prêmio")
    "formula1": ("f1", "formel1"),
    "grandprix": ("gp", "grandprix"),
    "ceasefire": ("ceasefire", "truce", "waffenruhe", "waffenstillstand", "treve", "tregua"),
    "parliament": ("parliament", "parlament", "parlement", "parlamento"),
    # organisations whose initials differ between languages (ECB/EZB/BCE, NATO/OTAN): the
    # same body, whatever language reports it. Not the initials that are common words too
    # (UN/un, EU/eu, WHO/who, Fed/fed)
    "org_ecb": ("ecb", "ezb", "bce"),
    "org_nato": ("nato", "otan", "navo"),
    "org_un": ("uno", "onu", "vn"),
    "org_imf": ("imf", "iwf", "fmi"),
    "org_wto": ("wto", "omc"),
    "org_opec": ("opec", "opep"),
    "org_iaea": ("iaea", "aiea", "iaeo"),
    "org_ecowas": ("ecowas", "cedeao"),
    "org_ioc": ("ioc", "cio", "coi"),
    # status words: items reporting the same news share them across languages
    "cancel": ("cancelled", "canceled", "cancels", "cancel", "cancellation", "abgesagt",
               "absage", "annule", "annulee", "annules", "annulation", "scrapped",
               "geplatzt", "cancelado", "cancelada", "cancela", "cancelacion", "anulado",
               "anulada", "annullato", "annullata", "annullati", "annullate", "annullamento",
               "cancellato", "cancellata", "afgelast", "geannuleerd", "afgeblazen"),
    "postpone": ("postponed", "postpones", "postpone", "postponement", "delayed", "delay",
                 "verschoben", "verschiebt", "verschiebung", "reporte", "reportee",
                 "scrubbed", "scrub", "rescheduled", "aplazado", "aplazada", "aplaza",
                 "aplazamiento", "pospuesto", "pospuesta", "rinviato", "rinviata", "rinvio",
                 "posticipato", "posticipata", "slitta", "rimandato", "rimandata", "adiado",
                 "adiada", "adiamento", "uitgesteld", "uitstel"),
    "covid": ("corona", "coronavirus", "covid", "pandemic", "pandemie", "virus"),
    "president": ("president", "prasident", "presidents", "prasidenten", "staatschef",
                  "presidente", "presidenta"),
    # a court case: the trial, its verdict, an appeal (cluster.similarity: a held trial goes on
    # to its verdict; an appeal is a trial of its own)
    "trial": ("trial", "trials", "proces", "prozess", "prozesses", "strafprozess", "juicio",
              "processo", "julgamento", "rechtszaak"),
    "verdict": ("verdict", "verdicts", "convicted", "guilty", "sentenced", "acquitted",
                "sentence", "acquits", "convicts", "jailed", "freispruch", "schuldspruch",
                "haftstrafe", "bewahrungsstrafe", "verurteilung",
                "urteil", "urteils", "verurteilt", "schuldig", "freigesprochen", "condamne",
                "condamnee", "condamnes", "condamnees", "coupable", "coupables", "relaxe",
                "relaxes", "relaxee", "relaxees", "acquitte", "acquittes", "acquittee",
                "acquittees", "lebenslang", "condenado", "condenada", "absuelto", "absuelta",
                "culpable", "condannato", "condannata",
                "assolto", "assolta", "colpevole", "absolvido", "absolvida", "culpado",
                "veroordeeld", "vrijgesproken", "vonnis"),
    # and a retrial, a trial of the case again ("retrial", "rejugé", "nouveau procès")
    "appeal": ("appeal", "appeals", "appel", "berufung", "berufungsprozess",
               "berufungsurteil", "berufungsverfahren", "berufungsgericht", "revision",
               "apelacion", "apelacao", "appello", "retrial", "retrials", "rejuge", "rejugee",
               "rejuges"),
    # the end of a long occasion: a strike, a mission, the Games (cluster.similarity: a held
    # event of the watch is still the story when it ends, however long it ran)
    "end": ("ends", "ended", "ending", "concludes", "concluded", "beendet", "endet", "endete",
            "enden", "termine", "terminee", "terminees", "terminer", "acheve", "achevee",
            "achevent", "achever",  # "doit s'achever vendredi": its end, no next occasion
            "concluye", "concluyo", "finaliza", "finalizo", "concluso", "conclusa", "terminou",
            "encerrou"),
}
# What a court's news says, for telling a sentencing from the verdict (cluster.conflict): a
# verdict of guilt ("convicted", "schuldig", "coupable") and a sentence meted out or to come
# ("sentenced", "Strafmaß", "Jahre Haft", "sa peine", "ans de prison"), and an acquittal, the
# other verdict that ends a trial ("acquitted", "freigesprochen", "relaxé"). "Verurteilt" and
# "condamné" say either and mark neither. Only marks: the features stay the concepts above.
_COURT: dict[str, tuple[str, ...]] = {
    "acquittal": ("acquitted", "acquits", "acquittal", "freigesprochen", "freispruch",
                  "acquitte", "acquittes", "acquittee", "acquittees", "relaxe", "relaxes",
                  "relaxee", "relaxees", "absuelto", "absuelta", "assolto", "assolta",
                  "vrijgesproken"),
    "guilty": ("convicted", "convicts", "guilty", "schuldig", "coupable", "coupables",
               "culpable", "colpevole"),
    "sentence": ("sentence", "sentenced", "sentencing", "jailed", "strafmass", "strafmasses",
                 "haft", "haftstrafe", "lagerhaft", "lebenslang", "gefangnis", "perpetuite",
                 "prision", "carcel", "carcere", "reclusione", "ergastolo"),
}
COURT = {w: mark for mark, words in _COURT.items() for w in words}
COURT_PHRASES: dict[tuple[str, str], str] = {("sa", "peine"): "sentence",
                                              ("de", "prison"): "sentence"}

# the concepts that name a kind of event (the rest - king, covid, cancel... - are topical words):
# articles of one watch that share one of these are likely about the same occasion
EVENT_KINDS = frozenset({"summit", "strike", "concert", "launch", "visit", "opening", "ceremony",
                         "festival", "tournament", "election", "match", "reunion"})
# German writes a kind of event as the head of a compound (Warnstreik, Wellenstreik,
# Krisengipfel, Gipfeltreffen, Arbeitsbesuch, Eroffnungsfeier): a German word that ends in one
# of these, after at least three letters of its own, is that kind (cluster._classify_word)
_COMPOUND_HEADS: dict[str, str] = {
    "streik": "strike", "streiks": "strike", "gipfel": "summit", "gipfels": "summit",
    "treffen": "summit", "besuch": "visit", "besuchs": "visit", "reise": "visit",
    "konzert": "concert", "konzerte": "concert", "konzerten": "concert", "turnier": "tournament",
    "zeremonie": "ceremony", "feier": "ceremony", "eroffnung": "opening", "festival": "festival",
    # an election by what is elected (Parlamentswahl, Präsidentschaftswahl, Kommunalwahlen,
    # Landtagswahl): the eight letters asked keep out Auswahl (a selection, a national team)
    "wahl": "election", "wahlen": "election",
}
# multi-word concepts, matched on consecutive folded tokens before single words
_PHRASES: dict[tuple[str, ...], str] = {
    # clubs named after their city are a side, not a place: "Le Real Madrid remporte sa 14e
    # Ligue des champions" was played in Paris (a final at the Stade de France split off its
    # story on "Madrid", session 45)
    ("real", "madrid"): "club_realmadrid", ("atletico", "madrid"): "club_atletico",
    ("atletico", "de", "madrid"): "club_atletico", ("inter", "milan"): "club_inter",
    ("ac", "milan"): "club_acmilan", ("bayern", "munich"): "club_bayern",
    ("bayern", "munchen"): "club_bayern", ("paris", "saint", "germain"): "club_psg",
    ("manchester", "united"): "club_manutd", ("manchester", "city"): "club_mancity",
    ("ajax", "amsterdam"): "club_ajax", ("hertha", "berlin"): "club_hertha",
    ("union", "berlin"): "club_unionberlin", ("rapid", "wien"): "club_rapid",
    ("austria", "wien"): "club_austriawien", ("celtic", "glasgow"): "club_celtic",
    ("state", "visit"): "visit", ("visite", "d", "etat"): "visit",
    ("visite", "detat"): "visit", ("staats", "besuch"): "visit",
    ("zu", "ende"): "end", ("prend", "fin"): "end", ("fin", "de", "la"): "end",
    ("fin", "du"): "end", ("fin", "des"): "end", ("come", "to", "an", "end"): "end",
    # the court of second instance is the appeal's ("in zweiter Instanz freigesprochen"), and a
    # new trial of the case is a retrial ("nouveau procès", "neuer Prozess", "hoger beroep")
    ("zweiter", "instanz"): "appeal", ("zweiten", "instanz"): "appeal",
    ("nouveau", "proces"): "appeal", ("neuer", "prozess"): "appeal",
    ("neuen", "prozess"): "appeal", ("hoger", "beroep"): "appeal",
    ("world", "cup"): "worldcup", ("coupe", "du", "monde"): "worldcup",
    ("copa", "del", "mundo"): "worldcup", ("coppa", "del", "mondo"): "worldcup",
    ("introduction", "en", "bourse"): "ipo", ("initial", "public", "offering"): "ipo",
    ("formula", "one"): "formula1", ("formula", "1"): "formula1", ("formel", "1"): "formula1",
    ("formule", "1"): "formula1", ("formula", "uno"): "formula1",
    ("grand", "prix"): "grandprix", ("grands", "prix"): "grandprix",
    ("grosser", "preis"): "grandprix",
    ("grossen", "preis"): "grandprix", ("gran", "premio"): "grandprix",
    ("grande", "premio"): "grandprix", ("grote", "prijs"): "grandprix",
    ("cessez", "le", "feu"): "ceasefire", ("alto", "el", "fuego"): "ceasefire",
    ("united", "nations"): "org_un", ("vereinte", "nationen"): "org_un",
    ("vereinten", "nationen"): "org_un", ("nations", "unies"): "org_un",
    ("naciones", "unidas"): "org_un", ("nazioni", "unite"): "org_un",
    ("verenigde", "naties"): "org_un",
    ("european", "central", "bank"): "org_ecb", ("europaische", "zentralbank"): "org_ecb",
    ("europaischen", "zentralbank"): "org_ecb", ("banque", "centrale", "europeenne"): "org_ecb",
    ("banco", "central", "europeo"): "org_ecb", ("banca", "centrale", "europea"): "org_ecb",
}


def _invert(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Each name of a table to its key, the key a name of itself too; names of several words
    are left to the phrase tables (``PHRASES``), which match them on consecutive tokens."""
    return {name: key for key, names in table.items() for name in (key, *names) if " " not in name}


CONCEPTS = _invert(_CONCEPTS)

# German writes its nouns with a capital: a concept word that names the occasion only as a
# noun ("das Fest"), written in lower case, is another word - "fest" is an adjective or the
# particle of a separable verb ("hält am Referendum fest", "der Termin steht fest": a plan
# kept, no festival; cluster.similarity compares the kinds of occasion)
NOUNS_DE = frozenset({"fest"})
# longest heads first, so that "Gipfeltreffen" is read by its last word
COMPOUND_HEADS = tuple(sorted(_COMPOUND_HEADS.items(), key=lambda kv: -len(kv[0])))


def compound_kind(word: str) -> str | None:
    """The kind of event a German compound names by its head ("warnstreik": strike,
    "parlamentswahl": election), at least three letters of its own before it; or None."""
    if len(word) >= 8:
        for head, kind in COMPOUND_HEADS:
            if word.endswith(head) and len(word) - len(head) >= 3:
                return kind
    return None
