"""What ``watcher check-config`` prints about a valid config: enough for its author to see that the
file says what they meant (every feed, watch and notifier, and the daemon's settings)."""

from __future__ import annotations

from watcher.core.cues import Lexicon
from watcher.core.match import spellings
from watcher.core.text import is_stopword, language_code, tokens
from watcher.durations import format_count, format_duration, format_size
from watcher.settings import Settings, WatchSettings

# Country codes that are no language's, written for a language's (a user's review: "[cues.gr]",
# a feed's lang = "gr"): the code -> the language's code and name
COUNTRY_CODES = {
    "gr": ("el", "Greek"), "ua": ("uk", "Ukrainian"), "cz": ("cs", "Czech"),
    "dk": ("da", "Danish"), "jp": ("ja", "Japanese"), "cn": ("zh", "Chinese"),
    "rs": ("sr", "Serbian"), "by": ("be", "Belarusian"), "at": ("de", "German"),
    "us": ("en", "English"), "gb": ("en", "English"),
}  # not "si", "se", "br", "ee", "kr", "ch": Sinhala, Sami, Breton, Ewe, Kanuri, Chamorro


def summary(settings: Settings) -> str:
    """What ``check-config`` prints: enough to see that the file says what its author meant."""
    d = settings.daemon
    age = format_duration(d.max_item_age) if d.max_item_age else "off"
    lines = [f"config: {settings.path or '(not from a file)'}",
             f"database: {d.database}",
             f"daemon: every {format_duration(d.interval)} (jitter {format_duration(d.jitter)}), "
             f"max item age {age}, timezone {d.timezone.key}, "
             f"timeout {format_duration(d.timeout)}, body cap {format_size(d.max_body_size)}",
             format_count(len(settings.feeds), "feed") + ":"]
    names = {f.url: f.name for f in settings.feeds}
    for f in settings.feeds:
        lang = f", lang {f.lang}" if f.lang else ""
        lines.append(f"  {f.name}: {f.url} every {format_duration(f.interval)}{lang}")
    lines.append(format_count(len(settings.watches), "watch") + ":")
    for w in settings.watches:
        words = ", ".join(w.keywords) or "(every item)"
        # the narrowing shows: a watch of "Putin" that requires "Budapest" takes far fewer
        # articles than its line without it said (a user's review, session 44)
        if w.require:
            words += f"; require {', '.join(w.require)}"
        if w.exclude:
            words += f"; exclude {', '.join(w.exclude)}"
        feeds = ", ".join(names.get(u, u) for u in w.feeds) or "all feeds"
        notify = ", ".join(w.notify) or "all notifiers"
        lines.append(f"  {w.name}: {words}; in {feeds}; to {notify}; "
                     f"on {', '.join(sorted(w.alert_on))}")
    lines.append(format_count(len(settings.notifiers), "notifier") + ":")
    for n in settings.notifiers:
        quiet = (f", quiet {n.quiet_hours.start:%H:%M}-{n.quiet_hours.end:%H:%M}"
                 if n.quiet_hours else "")
        language = f", in {n.language}" if n.language != "en" else ""
        lines.append(f"  {n.name}: {n.type}{quiet}{language}")
    if settings.cues:
        lines.append("extra status cues: " + ", ".join(sorted(settings.cues)))
    return "\n".join(lines)


def warnings(settings: Settings) -> list[str]:
    """What a valid config leaves undone: ``check-config`` prints these, and the daemon logs them
    at each start and reload. A config with watches but no notifier passed in silence, and its
    alerts were decided and sent nowhere: the user who then added a notifier first heard of an
    event when its status changed, its announcement gone for good."""
    out = []
    if not settings.feeds:
        out.append("no [[feed]]: nothing will be polled")
    if not settings.watches:
        out.append("no [[watch]]: items are stored, but no event is followed and nothing alerted")
    elif not settings.notifiers:
        out.append("no [notifier.NAME]: alerts are decided and recorded with their events, but "
                   "sent nowhere, and not later either")
    for w in settings.watches:
        out.extend(_excluded_own(w))
        out.extend(f'watch {w.name}: keyword "{k}" is a common word (an article, a '
                   "preposition): it matches nearly every article" for k in w.keywords
                   if _common(k))
    out.extend(_case_twins(settings))
    return out + _language_warnings(settings)


def _common(keyword: str) -> bool:
    """Is ``keyword`` one word that is a stop word of some language ("the", "le", "à")? Such
    a watch took every article that has one (a user's review, session 50: "a" found French
    headlines by their "à"). Not an acronym in capitals ("UN", "WHO", "IT": matched in
    capitals only) nor a phrase ("The Who": matched word for word; a code review)."""
    forms = spellings(keyword)
    return (not (len(keyword) > 1 and keyword.isupper()) and bool(forms)
            and all(len(form) == 1 and is_stopword(form[0]) for form in forms))


def _case_twins(settings: Settings) -> list[str]:
    """Watches whose names differ only in case ("Trump", "trump"): two watches to watcher,
    one to the user who asks for ``events --watch trump``."""
    seen: dict[str, str] = {}
    out = []
    for w in settings.watches:
        other = seen.setdefault(w.name.casefold(), w.name)
        if other != w.name:
            out.append(f'watch {w.name}: its name differs from watch {other}\'s only in case; '
                       "they are two watches")
    return out


def _holds(phrase: str, exclude: str) -> bool:
    """Whether an article that names ``phrase`` as written names ``exclude`` too: one of
    ``exclude``'s spellings (folded as the matcher folds: case and accents off) stands as a run
    of ``phrase``'s words ("Putin" in "Vladimir Putin", "ZURICH" in "Zürich")."""
    forms, others = spellings(phrase), spellings(exclude)
    own = forms[0] if forms else ()
    return any(other == own[i:i + len(other)]
               for other in others for i in range(len(own) - len(other) + 1))


def _excluded_own(watch: WatchSettings) -> list[str]:
    """A watch whose ``exclude`` holds one of its own keywords (or of its ``require``): every
    article the keyword finds is excluded, and a watch of ``keywords = ["Putin"]``, ``exclude =
    ["Putin"]`` passed check-config and never matched (a user's review, session 44)."""
    dead = [(k, x) for k in watch.keywords for x in watch.exclude if _holds(k, x)]
    what = ("the watch can never match" if len({k for k, _ in dead}) == len(watch.keywords)
            else "that keyword can never match")
    out = [f'watch {watch.name}: exclude "{x}" is in its keyword "{k}": every article that '
           f"names it is excluded, so {what}" for k, x in dead]
    out.extend(f'watch {watch.name}: exclude "{x}" is in its require "{r}": every article '
               "that names it is excluded, so the watch can never match"
               for r in watch.require for x in watch.exclude if _holds(r, x))
    return out


def _language_warnings(settings: Settings) -> list[str]:
    """Languages a config names that watcher cannot read: a country's code for a language's,
    a feed in a language with no status phrases, a phrase of one short word (a user's review:
    each passed in silence, and the articles never alerted)."""
    out = []
    known = set(Lexicon.builtin().languages)
    added = {language_code(lang) for lang in settings.cues}
    for lang in settings.cues:
        table = language_code(lang) or lang
        if table in COUNTRY_CODES and table not in known:
            right, name = COUNTRY_CODES[table]
            out.append(f'[cues.{lang}]: "{table}" is a country\'s code; {name} is "{right}"')
    for feed in settings.feeds:
        code = language_code(feed.lang)
        if code is None or code in known:
            continue
        if code in COUNTRY_CODES:
            right, name = COUNTRY_CODES[code]
            out.append(f'feed {feed.name}: lang "{feed.lang}" is a country\'s code; {name} is '
                       f'"{right}"')
        elif code not in added:
            out.append(f'feed {feed.name}: watcher has no status phrases in "{code}": its '
                       f"articles are matched and grouped but read no status until "
                       f"[cues.{code}] lists some")
    builtin = Lexicon.builtin()
    for lang, by_status in settings.cues.items():
        for status, phrases in by_status.items():
            for phrase in phrases:
                words = tokens(phrase)
                if len(words) == 1 and (len(words[0]) <= 2 or builtin.everyday(words[0])):
                    # "non", Italian's negator, is three letters long (a user's review)
                    kind = "short" if len(words[0]) <= 2 else "everyday"
                    out.append(f'cues.{lang}.{status}: "{phrase}" is one {kind} word: every '
                               "article that has it reads that status")
    return out
