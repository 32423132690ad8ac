"""Time words of seven languages: month names to their number, weekdays (and the German
weekday-and-time-of-day compounds) to their day, and the words that date an occasion to the
coming days.

Split from :mod:`watcher.core.concepts`, which other modules import these names from: articles
in English, German, French, Spanish, Italian, Portuguese and Dutch date an occasion alike. Keys
are folded tokens (:func:`watcher.core.text.fold`).
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
MONTHS = {name: n for table in (_MONTHS, _MONTHS_CYRILLIC) for n, names in table.items()
          for name in names}

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
# German writes a weekday and its time of day as one word ("am Donnerstagabend", "Sonntagmorgen"):
# the same day ("Donnerstagabends", every Thursday evening, is no day to come)
_DAY_TIMES = ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht")
WEEKDAYS.update({german + time: n for n, names in enumerate(_WEEKDAYS)
                 for german in names[1:-1] for time in _DAY_TIMES})  # names: en, de..., fr
# not Spanish "mañana": the morning too
TOMORROW = frozenset({"tomorrow", "morgen", "demain", "domani", "amanha", "завтра"})
SOON = frozenset(WEEKDAYS) | TOMORROW
# words that are ambiguous as month names in running text ("may" in English, "mars" planet...)
AMBIGUOUS_MONTHS = frozenset({"may", "mai", "mars", "march", "jan", "dec", "sept", "aug"})
# Spanish, Italian, Portuguese and Dutch write months and weekdays in lower case; capitalised,
# these are names
# ("Julio Iglesias", "Plácido Domingo", "County Mayo", "Maggio Musicale", "Di Maio", "Mei")
NAMES_IN_CAPITALS = frozenset({"julio", "mayo", "abril", "maggio", "domingo", "domenica",
                               "maio", "mei", "sabato", "agosto",
                               # Russian: "Марта" (Martha), "Мая" (Maya)
                               "марта", "мая"})
