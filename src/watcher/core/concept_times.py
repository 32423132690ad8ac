"""Time words of thirteen languages: month names to their number, weekdays (and the German
weekday-and-time-of-day compounds) to their day, and the words that date an occasion to the
coming days.

Split from :mod:`watcher.core.concepts`, which other modules import these names from: articles
in English, German, French, Spanish, Italian, Portuguese, Dutch, Russian, Ukrainian, Polish,
Swedish, Danish and Norwegian date an occasion alike ("8 września" and "8. september" are the
same day as "September 8"). Keys are folded tokens (:func:`watcher.core.text.fold`).
"""

from __future__ import annotations

_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("january", "januar", "janvier", "jan", "janner", "enero", "gennaio", "janeiro",
        "januari"),
    2: ("february", "februar", "fevrier", "feb", "febrero", "febbraio", "fevereiro", "februari"),
    3: ("march", "marz", "mars", "marzo", "maart"),  # not Portuguese "março": "marco", a landmark
    4: ("april", "avril", "apr", "abril", "aprile"),
    5: ("may", "mai", "mayo", "maggio", "maio", "mei"),
    6: ("june", "juni", "juin", "junio", "giugno", "junho"),
    7: ("july", "juli", "juillet", "julio", "luglio", "julho"),
    8: ("august", "aout", "aug", "agosto", "augustus"),
    9: ("september", "septembre", "sept", "sep", "septiembre", "setiembre", "settembre",
        "setembro"),
    10: ("october", "oktober", "octobre", "oct", "okt", "octubre", "ottobre", "outubro"),
    11: ("november", "novembre", "nov", "noviembre", "novembro"),
    12: ("december", "dezember", "decembre", "dec", "dez", "diciembre", "dicembre", "dezembro"),
}
# Russian and Ukrainian (session 36), folded ("й" -> "и"): the genitive of a date ("5 марта",
# "5 березня"), the nominative, and the locative of "in June" ("в июне", "у червні")
_MONTHS_CYRILLIC: dict[int, tuple[str, ...]] = {
    1: ("января", "январь", "январе", "січня", "січень", "січні"),
    2: ("февраля", "февраль", "феврале", "лютого", "лютии", "лютому"),
    3: ("марта", "март", "марте", "березня", "березень", "березні"),
    4: ("апреля", "апрель", "апреле", "квітня", "квітень", "квітні"),
    5: ("мая", "маи", "мае", "травня", "травень", "травні"),
    6: ("июня", "июнь", "июне", "червня", "червень", "червні"),
    7: ("июля", "июль", "июле", "липня", "липень", "липні"),
    8: ("августа", "август", "августе", "серпня", "серпень", "серпні"),
    9: ("сентября", "сентябрь", "сентябре", "вересня", "вересень", "вересні"),
    10: ("октября", "октябрь", "октябре", "жовтня", "жовтень", "жовтні"),
    11: ("ноября", "ноябрь", "ноябре", "листопада", "листопад", "листопаді"),
    12: ("декабря", "декабрь", "декабре", "грудня", "грудень", "грудні"),
}
# Polish (session 37), folded: the genitive of a date ("8 września"), the nominative and the
# locative of "in June" ("w czerwcu"); Swedish, Danish and Norwegian where they differ from the
# above ("maj", "marts", "augusti", "desember"), all written in lower case
_MONTHS_MORE: dict[int, tuple[str, ...]] = {
    1: ("stycznia", "styczen", "styczniu"),
    2: ("lutego", "luty", "lutym"),
    3: ("marca", "marzec", "marcu", "marts"),
    4: ("kwietnia", "kwiecien", "kwietniu"),
    5: ("maja", "maj", "maju"),
    6: ("czerwca", "czerwiec", "czerwcu"),
    7: ("lipca", "lipiec", "lipcu"),
    8: ("sierpnia", "sierpien", "sierpniu", "augusti"),
    9: ("wrzesnia", "wrzesien", "wrzesniu"),
    10: ("pazdziernika", "pazdziernik", "pazdzierniku"),
    11: ("listopada", "listopad", "listopadzie"),
    12: ("grudnia", "grudzien", "grudniu", "desember"),
}
# Arabic (session 54), folded (:mod:`watcher.core.arabic`): the Egyptian and Gulf names, the
# Levant's (not its two-word "كانون الثاني", "تشرين الأول") and the Maghreb's from the French
_MONTHS_ARABIC: dict[int, tuple[str, ...]] = {
    1: ("يناير", "جانفي"), 2: ("فبراير", "شباط", "فيفري"), 3: ("مارس", "اذار"),
    4: ("ابريل", "نيسان", "افريل"), 5: ("مايو", "ايار", "ماي"),
    6: ("يونيو", "يونيه", "حزيران", "جوان"), 7: ("يوليو", "يوليه", "تموز", "جويليه"),
    8: ("اغسطس", "اوت"), 9: ("سبتمبر", "ايلول"), 10: ("اكتوبر",), 11: ("نوفمبر",),
    12: ("ديسمبر",),
}
MONTHS = {name: n for table in (_MONTHS, _MONTHS_CYRILLIC, _MONTHS_MORE, _MONTHS_ARABIC)
          for n, names in table.items() for name in names}

# words that date an announced occasion to the coming days ("strike from Wednesday", "meet on
# Monday", "demain"): such an event is due within a week, not some month
_WEEKDAYS = (("monday", "montag", "lundi"), ("tuesday", "dienstag", "mardi"),
             ("wednesday", "mittwoch", "mercredi"), ("thursday", "donnerstag", "jeudi"),
             ("friday", "freitag", "vendredi"), ("saturday", "samstag", "sonnabend", "samedi"),
             ("sunday", "sonntag", "dimanche"))
# Spanish, Italian and Dutch weekdays (their own table: the German day-time compounds below take the
# middle names of each row of the one above)
_WEEKDAYS_MORE = (("lunes", "lunedi", "maandag"), ("martes", "martedi", "dinsdag"),
                   ("miercoles", "mercoledi", "woensdag"), ("jueves", "giovedi", "donderdag"),
                   ("viernes", "venerdi", "vrijdag"), ("sabado", "sabato", "zaterdag"),
                   ("domingo", "domenica", "zondag"))  # and Dutch (Portuguese: "sexta feira")
WEEKDAYS = {name: n for n, names in enumerate(_WEEKDAYS) for name in names}  # Monday = 0
WEEKDAYS.update({name: n for n, names in enumerate(_WEEKDAYS_MORE) for name in names})
# Russian and Ukrainian weekdays as "on Friday" writes them ("в пятницу", "у п'ятницю": the
# apostrophe splits the Ukrainian word, "п ятницю"); not the nominative "среда", the environment
_WEEKDAYS_CYRILLIC = (("понедельник", "понеділок"), ("вторник", "вівторок"), ("среду", "середу"),
                      ("четверг", "четвер"), ("пятницу", "ятницю"), ("субботу", "суботу"),
                      ("воскресенье", "неділю"))
WEEKDAYS.update({name: n for n, names in enumerate(_WEEKDAYS_CYRILLIC) for name in names})
# Polish as "on Friday" writes them ("w środę", "w piątek"), Swedish, Danish and Norwegian
# (folded: "lördag", "lørdag" -> "lordag")
_WEEKDAYS_NORTH = (("poniedzialek", "mandag"), ("wtorek", "tirsdag", "tisdag"),
                   ("srode", "onsdag"), ("czwartek", "torsdag"), ("piatek", "fredag"),
                   ("sobote", "lordag"), ("niedziele", "sondag"))
WEEKDAYS.update({name: n for n, names in enumerate(_WEEKDAYS_NORTH) for name in names})
# Arabic, folded, with the article they are written with ("يوم الخميس", on Thursday)
_WEEKDAYS_ARABIC = ("الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد")
WEEKDAYS.update({name: n for n, name in enumerate(_WEEKDAYS_ARABIC)})
# German writes a weekday and its time of day as one word ("am Donnerstagabend", "Sonntagmorgen"):
# the same day ("Donnerstagabends", every Thursday evening, is no day to come)
_DAY_TIMES = ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht")
WEEKDAYS.update({german + time: n for n, names in enumerate(_WEEKDAYS)
                 for german in names[1:-1] for time in _DAY_TIMES})  # names: en, de..., fr
# not Spanish "mañana": the morning too
# (Danish and Norwegian "i morgen" is "morgen"; Swedish writes "imorgon")
TOMORROW = frozenset({"tomorrow", "morgen", "demain", "domani", "amanha", "завтра", "jutro",
                      "imorgon", "imorgen", "غدا"})
SOON = frozenset(WEEKDAYS) | TOMORROW
# words that are ambiguous as month names in running text ("may" in English, "mars" planet...)
AMBIGUOUS_MONTHS = frozenset({"may", "mai", "mars", "march", "jan", "dec", "sept", "aug"})
# Spanish, Italian, Portuguese and Dutch write months and weekdays in lower case; capitalised,
# these are names
# ("Julio Iglesias", "Plácido Domingo", "County Mayo", "Maggio Musicale", "Di Maio", "Mei")
NAMES_IN_CAPITALS = frozenset({"julio", "mayo", "abril", "maggio", "domingo", "domenica",
                               "maio", "mei", "sabato", "agosto",
                               # Russian: "Марта" (Martha), "Мая" (Maya)
                               "марта", "мая",
                               # Polish: "Maja" (a name), "Marca" (a Spanish daily), "Piątek"
                               # (a surname); Polish and Nordic months and days are lower case
                               "maja", "marca", "piatek"})
