"""Turn a parser's ``RawEntry`` into an ``Item``: plain text, aware UTC, canonical link, stable key.

Pure: no I/O, no clock (``fetched_at`` is passed in). Whatever parser ran (feedparser sanitises,
the fast path does not), the HTML is reduced to text *here*, so that matching, storage and the
notifiers only ever see plain text and escape it themselves.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from urllib.parse import urljoin, urlsplit, urlunsplit

from watcher.core.greek import greek
from watcher.core.text import ARABIC, HAN, HANGUL, HEBREW, KANA, LAO, THAI
from watcher.models import Item, RawEntry, item_of

# Elements whose content is never article text; iframes and embeds are what feedparser would strip.
_DROP = ("script", "style", "iframe", "noscript", "object", "embed", "template", "svg", "head")
# Elements that separate words: without a space "<p>a</p><p>b</p>" would read "ab".


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_BLOCK = _words(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table blockquote pre hr section article "
    "header footer figure figcaption dd dt dl img aside nav"
)
_ABSOLUTE = re.compile(r"https?://", re.IGNORECASE)
_DROP_NAMES = "|".join(_DROP)
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)
_DROP_BLOCK = re.compile(rf"<({_DROP_NAMES})\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_DROP_SELF_CLOSED = re.compile(  # <iframe ... />: XHTML habit, nothing inside to drop
    rf"<(?:{_DROP_NAMES})\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*/\s*>", re.IGNORECASE)
_DROP_OPEN = re.compile(rf"<(?:{_DROP_NAMES})\b", re.IGNORECASE)
_DROP_OPEN_LOWER = re.compile(rf"<(?:{_DROP_NAMES})")
# a start or end tag (quoted attribute values may hold ">"), or <!DOCTYPE ...>, <?xml ...?>
# (the attribute loop is unrolled: "[^>"']*" runs in C instead of one alternation per character;
# possessive, as giving back a character never lets the tag match - none of them is the "/" or
# ">" that would have to follow - and the engine then keeps no backtracking state: a third faster)
_TAG = re.compile(
    r"""</?([a-zA-Z][a-zA-Z0-9:-]*+)(?:\s[^>"']*+(?:(?:"[^"]*+"|'[^']*+')[^>"']*+)*+)?/?>"""
    r"""|<[!?][^>]*>""")
# An absolute http(s) URL that is already canonical but for its query: lowercase scheme and host, no
# port, user or fragment, a path, only characters urlsplit passes through as they are.
_SIMPLE_URL = re.compile(
    r"https?://[a-z0-9.-]+/[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*(?:\?([A-Za-z0-9\-._~!$&'()*+,;=:@%/?]*))?")
# click identifiers and campaign tags that outlets add per feed: the same article in two feeds
# of one outlet must have one link (xtor and at_*: AT Internet, used by French and British
# outlets; wt_*: Webtrekk, German ones; ns_*: comScore)
_TRACKING = frozenset({
    "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "xtor", "at_medium",
    "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4", "wt_mc", "wt_zmc",
    "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "cmpid", "mkt_tok",
})
SUMMARY_MAX = 2000  # characters kept of a summary: full articles in content:encoded cost memory
# ... and of a title: a feed that puts the whole article in <title> (a broken template, a social
# network bridge) cost the status reading seconds per item, in the event loop (30 titles of 74 KB:
# 13 s of CPU, a watchdog restart away at the body cap); headlines are far shorter
TITLE_MAX = 500


# control characters (C0 but tab and line ends, DEL, C1 but NEL, which is a line end) and the
# bidirectional overrides and isolates: a feed's "\x1b[31m" turned the user's terminal red, a
# BEL beeped it, a NUL is refused by PostgreSQL's jsonb, U+202E reversed the rest of a
# Telegram line (a user's review)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]")


def clean_text(text: str) -> str:
    """``text`` without control characters and bidirectional overrides (``_CONTROL``), one-spaced
    where any went. Applied to an item's final title and summary (``normalize_entry``), not to
    whole article bodies before they are cut: a scan of every character, done once."""
    if _CONTROL.search(text) is None:
        return text
    # the separators among them (vertical tab, form feed, file to unit separators) part words:
    # "summit\x0bcalled off" must not become "summitcalled off" (a code review)
    return " ".join(_CONTROL.sub(_control_out, text).split())


def _control_out(match: re.Match[str]) -> str:
    return " " if match.group() in "\x0b\x0c\x1c\x1d\x1e\x1f" else ""


def _collapse(text: str) -> str:
    # str.split() and str.strip() split on exactly the characters ``\s`` matches in a str pattern
    return unicodedata.normalize("NFC", " ".join(text.split()))


def html_to_text(html_text: str) -> str:
    """Plain text of an HTML fragment: no script/style/iframe, entities decoded, one-spaced, NFC.

    Regular expressions, not an HTML parser: this runs on every title and summary of every poll,
    and lxml's fragment parser costs ~150 us per summary against ~8 us here. Only the *text* is
    wanted, so what a parser adds (a tree, attribute values) is not needed; tags are removed,
    block-level ones leave a space so that "<p>a</p><p>b</p>" reads "a b". Each pass runs only
    when the text can contain what it removes (a comment, a dropped element, a tag, an entity).
    """
    if not html_text:
        return ""
    text = html_text
    if "<" in text:
        if "<!--" in text:
            text = _COMMENT.sub(" ", text)
        # split, not sub with a callback: [text, tag name, text, tag name, ..., text]
        parts = _TAG.split(text)
        try:  # KeyError: a tag name not seen before, or one of a dropped element (never cached)
            spaces = list(map(_TAG_SPACE.__getitem__, parts[1::2]))
        except KeyError:
            spaces = None
        # Every "<" opens one of the tags split off, and none of them opens an element to drop:
        # then no "<script" (say) is anywhere in the text, the drop passes below would remove
        # nothing, and the split stands. Found from the tag names the split gives anyway, this
        # spares the search of the whole text for dropped elements (a fifth of this function).
        if spaces is None or text.count("<") != len(parts) // 2:
            if _drops(text):
                text = _DROP_SELF_CLOSED.sub(" ", text)
                text = _DROP_BLOCK.sub(" ", text)
                unclosed = _DROP_OPEN.search(text)  # "<script>" never closed: the rest is script
                if unclosed:
                    text = text[: unclosed.start()]
                parts = _TAG.split(text)
            spaces = [_tag_space(name) for name in parts[1::2]]
        if len(parts) > 1:
            parts[1::2] = spaces
            text = "".join(parts)
    if "&" in text:
        text = html.unescape(text)
    return _collapse(text)


# The elements of HTML: a headline's "<...>" naming none of them is text ("Putin and Trump to meet
# in <Budapest>", a Reuters ticker "<AAPL>"), not a tag to strip
_ELEMENT_NAMES = """
a abbr acronym address area article aside audio b base bdi bdo big blink blockquote body br button
canvas caption center cite code col colgroup data datalist dd del details dfn dialog dir div dl dt
em embed fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header
hgroup hr html i iframe img input ins kbd label legend li link main map mark marquee math menu meta
meter nav nobr noembed noframes noscript object ol optgroup option output p param picture plaintext
pre progress q rb rp rt rtc ruby s samp script search section select slot small source span strike
strong style sub summary sup svg table tbody td template textarea tfoot th thead time title tr
track tt u ul var video wbr
"""
_HTML_ELEMENTS = frozenset(_ELEMENT_NAMES.split())


def _escape_non_tag(match: re.Match[str]) -> str:
    name = match.group(1)
    if name is None or ":" in name or "-" in name or name.lower() in _HTML_ELEMENTS:
        return match.group(0)
    return "&lt;" + match.group(0)[1:]


def title_to_text(title: str) -> str:
    """A headline's text (``html_to_text``), but angle brackets that name no HTML element stay:
    an escaped "&lt;Budapest&gt;" reached the alerts as "to meet in on Thursday" while
    "<Zürich>" stayed, for its letter outside ASCII (a user review, session 39)."""
    if "<" in title:
        title = _TAG.sub(_escape_non_tag, title)
    return html_to_text(title)


def _drops(text: str) -> bool:
    """Whether ``text`` holds the start of an element that is dropped whole (``_DROP_OPEN``)."""
    # ASCII text is first searched, lowered, without IGNORECASE (its letters have no other case
    # forms: "ſ" is no "s" there), which takes a third less time and finds nothing in nearly
    # every text that gets here
    return bool((not text.isascii() or _DROP_OPEN_LOWER.search(text.lower()))
                and _DROP_OPEN.search(text))


_TAG_SPACE: dict[str | None, str] = {None: " "}


def _tag_space(name: str | None) -> str:
    """" " for a block-level tag (and <!...>, <?...?>, whose name is None), else "".

    A name that starts a dropped element ("script", "SVG", "iframe:x": what ``_DROP_OPEN``
    matches after "<") is never remembered, so that ``html_to_text`` can tell from a
    ``_TAG_SPACE`` lookup alone that a tag opens no such element."""
    space = _TAG_SPACE.get(name)
    if space is None:
        space = " " if name is None or name.lower() in _BLOCK else ""
        # tag names are few; a hostile feed must not grow this
        if len(_TAG_SPACE) < 4096 and (name is None or not _DROP_OPEN.match("<" + name)):
            _TAG_SPACE[name] = space
    return space


def _truncate(text: str, limit: int = SUMMARY_MAX) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip() + "…"


def canonical_link(
    link: str | None, base: str | None = None, *, keep_fragment: bool = False,
) -> str | None:
    """An absolute http(s) link without fragment and tracking parameters, or None.

    Resolved against ``base`` (the entry's xml:base or the feed URL); scheme and host lowercased,
    default ports dropped, an empty path becomes ``/``; ``utm_*``, ``fbclid``, ``gclid`` and a few
    other click identifiers removed, the other query parameters kept in their order. Links that are
    not http(s) after resolving (``mailto:``, ``tag:``, garbage) give None: they cannot be opened.
    ``keep_fragment`` is for identities: Scripting News tells its items apart only by fragment.
    """
    if not link:
        return None
    link = link.strip()
    if not link:
        return None
    simple = _SIMPLE_URL.fullmatch(link)
    if simple:  # what urlsplit and urlunsplit would give back unchanged, bar the query
        query = simple.group(1)
        if query is None:
            return link
        kept = [piece for piece in query.split("&") if piece and not _is_tracking(piece)]
        if len(kept) == query.count("&") + 1:
            return link
        return link[: simple.start(1) - 1] + ("?" + "&".join(kept) if kept else "")
    if base and not _ABSOLUTE.match(link):
        try:
            link = urljoin(base.strip(), link)
        except ValueError:
            return None
    try:
        parts = urlsplit(link)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower()
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    if port is not None and not (
        (scheme == "http" and port == 80) or (scheme == "https" and port == 443)
    ):
        host = f"{host}:{port}"
    query = parts.query
    if query:
        # filter the raw pieces: decoding and re-encoding could change how the rest is spelled
        kept = [piece for piece in query.split("&") if piece and not _is_tracking(piece)]
        query = "&".join(kept)
    fragment = parts.fragment if keep_fragment else ""
    return urlunsplit((scheme, host, parts.path or "/", query, fragment))


def _is_tracking(piece: str) -> bool:
    name = piece.split("=", 1)[0].lower()
    return name.startswith("utm_") or name in _TRACKING


def link_key(item: Item) -> str:
    """The key ``item`` would have by its link alone (``item.link`` must be set)."""
    return _url_key(item.link or "")


def _url_key(url: str) -> str:
    """Identity of a canonical URL: scheme and ``www.`` ignored (feeds mix http and https)."""
    rest = url.split("://", 1)[1]
    if rest.startswith("www."):
        rest = rest[4:]
    return "url:" + rest


def item_key(raw: RawEntry, *, feed_url: str, link: str | None, published: datetime | None) -> str:
    """The stable identity of an entry (see ``Item``).

    1. A URL-like guid, canonicalised but with its fragment (items of one page may differ only
       by it): the same article in a second feed gets the same key, and so does an entry whose
       guid is its link in one feed and that has only a link in another.
    2. A ``tag:`` or ``urn:`` guid as is: globally unique by definition (RFC 4151, RFC 4122).
    3. Any other guid ("12345"), scoped by the feed URL: only unique within its feed.
    4. The canonical link.
    5. sha1 of title (else summary) and published date, scoped by the feed URL (a bare "Weather"
       title is not unique across outlets). ``published`` must be the feed's date, never the
       fetch time, or the key would change at every poll.
    """
    guid = (raw.guid or "").strip()
    if guid:
        low = guid.lower()
        if low.startswith(("http://", "https://")):
            canon = canonical_link(guid, keep_fragment=True)
            if canon:
                return _url_key(canon)
        if low.startswith(("tag:", "urn:")):
            return "guid:" + guid
        return f"guid:{feed_url}#{guid}"
    if link:
        return _url_key(link)
    # title-less items (RSS 0.92 allows them) are told apart by their text instead
    title = (html_to_text(raw.title) or html_to_text(raw.summary or raw.content)[:500]).casefold()
    stamp = published.astimezone(UTC).isoformat() if published else ""
    digest = hashlib.sha1(f"{feed_url}\n{title}\n{stamp}".encode()).hexdigest()
    return "sha1:" + digest


# A cheap language guess by function words. Each language's list holds frequent words of its news
# that are no function word of any other language listed (no "de", "en", "i", "a", "la", "et",
# "die", "at", "er", "na", "do", "nie"), so one word speaks for one language only (en/de/fr keep
# their lists, which share "des"). Danish, Norwegian (Bokmål) and Swedish share most of their
# function words: the shared ones (_NORDIC_SHARED) say only "Scandinavian"; a text that is
# clearly Scandinavian is given the one of the three its own words name clearly, else None.
_FUNCTION_WORDS = {
    "en": _words("the and of to in is that for on with was are by from at as it has have "
                 "will be this after over"),
    "de": _words("der die das und ist nicht mit von den im ein eine auf sich dem des zu für "
                 "wird auch nach bei wie"),
    "fr": _words("le la les et des est une du dans pour pas sur au qui que avec aux ce il "
                 "sont par été"),
    "es": _words("el los las y según hasta también muy fue sus ayer hoy dijo años pero más "
                 "tras sin cuando donde hay tiene había mientras aunque fueron están tampoco"),
    "it": _words("della delle degli dello dei nel nella nelle alla gli che sono anche dopo "
                 "questo questa hanno stato stata più ieri oggi è di dal dalla sul sulla nell "
                 "sull dall nei sui ai agli ancora già contro tutti domani sarà"),
    "pt": _words("não são também uma pelo pela pelos pelas com foi ao aos às após até já seu "
                 "sua ontem hoje em ela nas num numa muito ainda depois quando onde vai pode tem"),
    "nl": _words("het een niet voor wordt worden ook naar bij nog maar zijn deze werd heeft "
                 "hebben zal geen uit zich dat"),
    "pl": _words("się że jest oraz przez został została zostały jak od dla jego który która "
                 "które także już będzie przed roku ze ale czy tego jako podczas według przy"),
    "ru": _words("и что это как с от был была были его также после года году будет из он "
                 "она они уже который которые может более ещё еще или"),
    "uk": _words("і й що це як з від та його також після року буде вже було він вона вони "
                 "який яка які може ще або із між під"),
    "sv": _words("och att inte ett är från också när mellan kommer hade vid inför enligt detta "
                 "sina varit än sedan måste"),
    "da": _words("af bliver mellem mod havde siger sagde nogle blevet været hvad meget tilbage "
                 "fik"),
    "nb": _words("etter ble mellom seg hadde sier noen blitt vært hva mye tilbake nå fikk"),
    # session 37 (helper A): Czech and Slovak, each by the spellings the other does not share
    # (and none of Polish's: "který" is no "który", "podle" no "według")
    "cs": _words("jsou který která které kterou kterého byl byla bylo byly budou podle "
                 "když nebo při ještě během kvůli mezi již také této letos jsme"),
    "sk": _words("sú ktorý ktorá ktoré ktorú ktorého bol bola bolo boli budú podľa keď alebo "
                 "počas ešte kvôli medzi tiež aj ako sa vo tohto"),
    "tr": _words("ve bir bu için ile olarak olan daha çok gibi sonra kadar ancak değil göre "
                 "tarafından üzere oldu olduğu edildi ise ama veya çünkü yapılacak yeni ilk "
                 "nedeniyle ardından yüzde"),
    "hu": _words("és hogy nem egy az meg már után szerint között miatt volt lesz amely pedig "
                 "csak még vagy mint ez azt ami aki van mert ahol során ellen által amit lett "
                 "hanem azonban óta"),
    "ro": _words("și şi în pentru care să că din pe fost este sunt după acest această despre "
                 "dintre unei unui între vor fi cu iar sau lui ale prin fără încă lor acum asupra "
                 "cauza"),
    # session 42 (lang42): Greek (whose script says it alone: _GREEK_SHARE) and Finnish
    "el": _words("και το να για με στο στη στην της του που θα δεν από τα των οι σε είναι ότι "
                 "μετά στις στον τον την τις τους ένα μια"),
    "fi": _words("ja että oli ovat myös kun mutta tai sekä mukaan jälkeen vuoden hän joka "
                 "jotka kanssa vuonna olla ole eivät vielä tänään ei sen tänä ensi koska jo kertoo "
                 "sitten vain nyt"),
}
_NORDIC = ("sv", "da", "nb")
_NORDIC_SHARED = _words("og ikke også på til det har som med kan var skal blir når")
_WORD = re.compile(r"[^\W\d_]+")
# Greek letters are Greek's alone: a text most of whose words are written in them is Greek,
# however few its function words (a headline: "Αναβλήθηκε η συναυλία")
_GREEK_SHARE = 0.5
_WORD_LANGS: dict[str, tuple[str, ...]] = {}
for _lang_code, _vocab in _FUNCTION_WORDS.items():
    for _w in _vocab:
        _WORD_LANGS[_w] = (*_WORD_LANGS.get(_w, ()), _lang_code)
_KNOWN = frozenset(_WORD_LANGS) | _NORDIC_SHARED


# scripts that name their language, in the order they are tested: kana (Japanese writes
# them beside Chinese characters), Korean syllables, Chinese characters
# Arabic script: Persian and Urdu write letters Arabic has not (پ چ ژ گ, and the Persian kaf
# and ya; Urdu's ٹ ڈ ڑ ں ے)
_ARABIC_WORD = re.compile(f"[{ARABIC}]")
_HEBREW_WORD = re.compile(f"[{HEBREW}]")
_PERSIAN_LETTERS = re.compile("[\u067e\u0686\u0698\u06af\u06a9\u06cc]")
_URDU_LETTERS = re.compile("[\u0679\u0688\u0691\u06ba\u06d2]")
_EAST_ASIAN = ((re.compile(f"[{KANA}]"), "ja"), (re.compile(f"[{HANGUL}]"), "ko"),
               (re.compile(f"[{HAN}]"), "zh"), (re.compile(f"[{THAI}]"), "th"),
               (re.compile(f"[{LAO}]"), "lo"))


def _mostly(script: re.Pattern[str], head: str, words: list[str]) -> bool:
    """Are most of ``words`` written in ``script``? A search first: counting each word's
    script cost every untagged non-ASCII item some 13 us (a code review, session 54)."""
    return script.search(head) is not None and (
        sum(script.match(w) is not None for w in words) > _GREEK_SHARE * len(words))


def guess_lang(text: str, reach: int = 400, ignore: frozenset[str] = frozenset()) -> str | None:
    """The language whose function words say so clearly (at least three, twice the next
    language's), else None; Greek where most words are written in Greek letters. A text with
    more Scandinavian function words than any other language's is given sv/da/nb only when
    their own words (at least two, twice the next's) tell which, else None. Only the first
    ``reach`` characters are read: a few sentences decide, and the cost stays bounded.
    ``ignore``: words not to count. Arabic, Persian and Urdu likewise, where most words are
    written in Arabic letters, told apart by the letters only Persian or Urdu write; Hebrew.
    Japanese, Korean and Chinese are told by their scripts: kana, Korean syllables, then
    Chinese characters alone (a Japanese text has kana), where the script has as many letters
    as the text has words in ASCII."""
    words = _WORD.findall(text[:reach].lower())
    if not text.isascii() and len(words) >= 2:
        head = text[:reach]
        if sum(map(greek, words)) > _GREEK_SHARE * len(words):
            return "el"
        if _mostly(_ARABIC_WORD, head, words):
            return ("ur" if _URDU_LETTERS.search(head)
                    else "fa" if _PERSIAN_LETTERS.search(head) else "ar")
        if _mostly(_HEBREW_WORD, head, words):
            return "he"
    if not text.isascii():
        head = text[:reach]
        latin = sum(w.isascii() for w in words)  # an English text naming "习近平" is English
        for script, lang in _EAST_ASIAN:
            if len(script.findall(head)) >= max(2, latin):
                return lang
    if len(words) < 4:
        return None
    scores: dict[str, int] = {}
    nordic = 0
    for w in filter(_KNOWN.__contains__, words):
        if w in ignore:
            continue
        langs = _WORD_LANGS.get(w)
        if langs is None:
            nordic += 1
            continue
        for lang in langs:
            scores[lang] = scores.get(lang, 0) + 1
    if not scores:
        return None
    group = nordic + sum(scores.get(k, 0) for k in _NORDIC)
    if group >= 3 and group > max([s for k, s in scores.items() if k not in _NORDIC] or [0]):
        (second, _), (top, best) = sorted((scores.get(k, 0), k) for k in _NORDIC)[-2:]
        return best if top >= 2 and top >= 2 * second else None
    best = max(scores, key=scores.__getitem__)
    top = scores[best]
    if top >= 3 and top >= 2 * max([s for k, s in scores.items() if k != best] or [0]):
        return best
    return None


def _lang(tag: str | None) -> str | None:
    """``de-CH`` -> ``de``; empty or unusable tags -> None."""
    if not tag:
        return None
    try:
        return _LANGS[tag]
    except KeyError:
        pass
    primary = tag.strip().replace("_", "-").split("-")[0].lower()
    lang = primary if primary.isalpha() and 2 <= len(primary) <= 3 else None
    if len(_LANGS) < 4096:  # feeds use a handful of tags; a hostile one must not grow this
        _LANGS[tag] = lang
    return lang


_LANGS: dict[str, str | None] = {}


def _utc(dt: datetime | None) -> datetime | None:
    if dt is None:
        return None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def entry_key(raw: RawEntry, *, feed_url: str) -> str:
    """The key :func:`normalize_entry` gives ``raw``, without the costly part (HTML to text):
    a poll skips entries it stored before by their key alone."""
    link = canonical_link(raw.link, base=feed_url)
    if link is None and raw.guid_is_link:
        link = canonical_link(raw.guid, base=feed_url)
    published = _utc(raw.published) or _utc(raw.updated)
    return item_key(raw, feed_url=feed_url, link=link, published=published)


# how much of a body's text the guess of its language reads (``body_lang``)
BODY_LANG_REACH = 3000
# function words that Italian or Spanish write too (French "la", "il", "que", "se"; English
# and German "in"): in a whole feed's text they are as many as an Italian feed's own, and
# decide nothing
_ROMANCE_SHARED = frozenset({"la", "il", "que", "se", "in"})


def body_lang(texts: Iterable[str]) -> str | None:
    """The language of a feed that states none, from its entries' text together: one short
    headline rarely has the three function words :func:`guess_lang` asks for ("Sciopero
    generale rinviato al 19 dicembre"), a feed's thirty have many. A user's review (ux17):
    an Italian feed without ``<language>`` had 47 of 55 articles stored with no language,
    and four of their statuses lost."""
    parts: list[str] = []
    size = 0
    for text in texts:
        if size >= BODY_LANG_REACH:
            break
        parts.append(text)
        size += len(text) + 1
    return guess_lang(" ".join(parts), BODY_LANG_REACH, _ROMANCE_SHARED) if parts else None


def normalize_entry(
    raw: RawEntry, *, feed_url: str, source: str, feed_lang: str | None, fetched_at: datetime,
) -> Item:
    """An ``Item`` from one parsed entry; ``fetched_at`` stands in for a missing date."""
    title = clean_text(_truncate(title_to_text(raw.title), TITLE_MAX))
    summary = html_to_text(raw.summary) or html_to_text(raw.content)
    summary = clean_text(_truncate(summary))
    link = canonical_link(raw.link, base=feed_url)
    if link is None and raw.guid_is_link:
        link = canonical_link(raw.guid, base=feed_url)
    published = _utc(raw.published) or _utc(raw.updated)
    key = item_key(raw, feed_url=feed_url, link=link, published=published)
    fetched = _utc(fetched_at) or fetched_at
    if published is not None and not EPOCH_END <= published <= fetched:
        published = _plausible(raw, fetched)
    linked = link_date(link)
    if linked is not None and (published or fetched) - linked > _LINK_SLACK:
        published = linked  # re-dated or undated: the link says when it ran
    if not title:
        title = _truncate(summary, 120) if summary else (link or "")
    lang = _lang(raw.lang) or _lang(feed_lang) or guess_lang(f"{title} {summary}")
    return item_of(key, title, summary, link, source, published or fetched, feed_url, lang,
                   raw.guid, None, published is None)


# a date in a link's path: "/2025/11/12/", "/2025-11-12/", "/2025/11/12/slug"
_LINK_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d\d?)[/-](\d\d?)(?=[/-]|$)")
# a link's day against a feed's time: a day's width and a time zone's
_LINK_SLACK = timedelta(hours=36)


def link_date(link: str | None) -> datetime | None:
    """The day a link's path names (noon UTC), or None. An entry a feed dates more than a day
    and a half after it (a feed that stamps every entry with the time of the request, an
    undated entry dated by the fetch) ran on that day: read as today's news it was told as
    such at a first start ("Tempesta solare, rinviato di nuovo il lancio di New Glenn" of 12
    November, stamped 17 November, announced the launch postponed four days after it flew; a
    user's review, session 47). Only ever earlier: a link dated after its entry is a slug."""
    if not link:
        return None
    path = link.split("?", 1)[0].split("#", 1)[0]
    m = _LINK_DATE.search(path.split("//", 1)[-1])
    if m is None:
        return None
    try:
        return datetime(int(m[1]), int(m[2]), int(m[3]), 12, tzinfo=UTC)
    except ValueError:
        return None


# before this a date is a placeholder for "no date" (the Unix epoch, Go's and Hugo's zero time);
# ``watcher replay`` refuses such a line's date by the same bound
EPOCH_END = datetime(1971, 1, 1, tzinfo=UTC)


def _plausible(raw: RawEntry, fetched: datetime) -> datetime | None:
    """The entry's date when it can be its publication date, else ``fetched`` or None.

    - Before 1971 it is a placeholder for "no date": the Unix epoch, Go's zero time that Hugo
      writes for undated pages ("Mon, 01 Jan 0001"), .NET's; such an item was never alerted
      (older than ``max_item_age``) and joined no event. The entry's other date, if any, counts.
    - After ``fetched_at`` it is not a publication date (an events feed dating items by the
      event; a wrong time zone): it would be "published on the day" an event is due, which the
      tracker reads as the event being held, and alerted on until that day. Published now.
    The item's key keeps the feed's date (``item_key``): it must not change between polls.
    """
    for when in (_utc(raw.published), _utc(raw.updated)):
        if when is not None and when >= EPOCH_END:
            return min(when, fetched)
    return None
