"""Pure rendering of alert payloads for people: terminal/plain text, Telegram HTML, email.

Every notifier shows the same facts (DESIGN.md payload): the kind, the watch, the event title and
status (with the previous one for a change), how many sources, and the article that triggered it
with its outlet, time (in ``daemon.timezone``) and link. Feed text is untrusted: every field is
trimmed (a hostile feed must not blow the 4096-character Telegram limit) and HTML-escaped where the
output is HTML.

watcher's own words (the kind, the statuses, "sources", a digest's header, a test message) are in
the notifier's ``language`` (:data:`WORDS`: English, German, French): a household that reads its
chat in German gets "abgesagt", whatever language the outlet wrote in. The article's headline and
the event's title stay as the outlets wrote them.
"""

from __future__ import annotations

import html
import re
import sys
import unicodedata
from collections.abc import Mapping
from datetime import UTC, datetime, tzinfo
from typing import Any

from watcher.notify.base import Message
from watcher.settings import STATUSES

FIELD_LIMIT = 400  # characters per feed-supplied field (titles, outlet names)
LINK_LIMIT = 1000
TELEGRAM_LIMIT = 4096

# watcher's own words in each language a notifier may be set to (``[notifier.NAME] language``)
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "new": "New event", "change": "Status change", "status": "status", "unknown": "unknown",
        "status unknown": "status unknown", "source": "source", "sources": "sources",
        "planned": "planned", "postponed": "postponed", "cancelled": "cancelled", "held": "held",
        "untitled": "(untitled)", "NEW": "NEW EVENT", "CHANGE": "STATUS CHANGE",
        "digest": "Digest", "DIGEST": "DIGEST", "held back": "alerts held back during quiet hours",
        "digest subject": "digest", "alerts": "alerts", "new:": "new",
        "test subject": "test message",
        "test": "watcher test message: this notifier works.",
    },
    "de": {
        "new": "Neues Ereignis", "change": "Statusänderung", "status": "Status",
        "unknown": "unbekannt", "status unknown": "Status unbekannt", "source": "Quelle",
        "sources": "Quellen", "planned": "geplant", "postponed": "verschoben",
        "cancelled": "abgesagt", "held": "findet statt", "untitled": "(ohne Titel)",
        "NEW": "NEUES EREIGNIS", "CHANGE": "STATUSÄNDERUNG", "digest": "Sammelmeldung",
        "DIGEST": "SAMMELMELDUNG", "held back": "Meldungen aus der Ruhezeit",
        "digest subject": "Sammelmeldung", "alerts": "Meldungen", "new:": "neu",
        "test subject": "Testnachricht",
        "test": "watcher-Testnachricht: dieser Benachrichtiger funktioniert.",
    },
    "fr": {
        "new": "Nouvel événement", "change": "Changement de statut", "status": "statut",
        "unknown": "inconnu", "status unknown": "statut inconnu", "source": "source",
        "sources": "sources", "planned": "prévu", "postponed": "reporté", "cancelled": "annulé",
        "held": "a lieu", "untitled": "(sans titre)", "NEW": "NOUVEL ÉVÉNEMENT",
        "CHANGE": "CHANGEMENT DE STATUT", "digest": "Récapitulatif", "DIGEST": "RÉCAPITULATIF",
        "held back": "alertes retenues pendant les heures de silence", "alerts": "alertes",
        "digest subject": "récapitulatif", "new:": "nouveau", "test subject": "message de test",
        "test": "message de test de watcher : ce canal fonctionne.",
    },
}


def _w(language: str) -> dict[str, str]:
    return WORDS.get(language, WORDS["en"])


def status_word(status: object, language: str = "en") -> str:
    """A status as people read it in ``language`` ("cancelled" -> "abgesagt"); a status this
    version does not know is shown as it is."""
    text = clip(status or "unknown", 40)
    return _w(language)[text] if text in STATUSES or text == "unknown" else text


# embeddings, overrides and isolates a feed's text may carry: a stray one reorders the rest of
# the line, and would close :func:`feed_text`'s isolate early (a code review, session 52)
_BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def clip(value: object, limit: int = FIELD_LIMIT) -> str:
    """``value`` as one line of at most ``limit`` characters (ellipsis when cut), without
    bidi embeddings, overrides or isolates."""
    text = " ".join(str(value or "").translate(_BIDI_CONTROLS).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


_FSI, _PDI = "\u2068", "\u2069"  # first-strong isolate, pop directional isolate


def feed_text(value: object, limit: int = FIELD_LIMIT) -> str:
    """A feed's field as :func:`clip` makes it, in a bidi isolate when it holds right-to-left
    letters: "إلغاء القمة — الجزيرة, 2026-12-05 01:39 CET" was shown by Telegram and bidi-aware
    terminals as "CET 01:39 05-12-2026 ,الجزيرة — ...", the date reversed and torn from its
    zone (a user's review, session 52). Isolated, an Arabic or Hebrew headline or outlet is laid
    out right to left inside, and the line around it keeps its own order. Left-to-right text is
    returned as it is."""
    text = clip(value, limit)
    if any(unicodedata.bidirectional(c) in ("R", "AL") and c not in "\u200f\u061c"
           for c in text):  # (a right-to-left mark alone makes no right-to-left text)
        return f"{_FSI}{text}{_PDI}"
    return text


def isolated(value: object) -> str:
    """:func:`feed_text` of the whole of ``value``, for the lines of ``events``, ``explain``
    and ``replay``: their Arabic titles turned the line's date around on a bidi-aware terminal,
    as the messages' had (a user's review, session 54)."""
    return feed_text(value, sys.maxsize)


def _sources(n: object, language: str = "en") -> str:
    try:
        count = int(n)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return ""
    words = _w(language)
    return f"{count} {words['source'] if count == 1 else words['sources']}"


def local_time(value: object, tz: tzinfo) -> str:
    """``2025-10-16 22:05 CEST`` from a datetime or an ISO 8601 string (UTC ``Z`` accepted); ""
    when absent."""
    if not value:
        return ""
    if isinstance(value, datetime):
        dt = value
    else:
        try:
            dt = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            return clip(value, 40)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(tz).strftime("%Y-%m-%d %H:%M %Z").strip()


def _parts(alert: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    event = alert.get("event") or {}
    item = alert.get("item") or {}
    return dict(event), dict(item)


def is_change(alert: Mapping[str, Any]) -> bool:
    return alert.get("kind") == "status_change"


def headline(alert: Mapping[str, Any], language: str = "en") -> str:
    """``NEW EVENT [putin] Trump and Putin to meet in Budapest - planned (2 sources)`` or
    ``STATUS CHANGE [putin] Trump–Putin summit in Budapest: planned -> cancelled (3 sources)``
    (in German ``STATUSÄNDERUNG [putin] ...: geplant -> abgesagt (3 Quellen)``)."""
    event, _ = _parts(alert)
    words = _w(language)
    watch = feed_text(alert.get("watch"), 80)
    title = feed_text(event.get("title"))
    status = status_word(event.get("status"), language)
    sources = _sources(event.get("sources"), language)
    tail = f" ({sources})" if sources else ""
    if is_change(alert):
        prev = status_word(event.get("previous_status"), language)
        return f"{words['CHANGE']} [{watch}] {title}: {prev} -> {status}{tail}"
    if clip(event.get("status") or "unknown", 40) == "unknown":
        status = words["status unknown"]
    return f"{words['NEW']} [{watch}] {title} - {status}{tail}"


def item_line(alert: Mapping[str, Any], tz: tzinfo, language: str = "en") -> str:
    """``Trump says ... — Reuters, 2025-10-16 22:05 CEST`` (the triggering article)."""
    _, item = _parts(alert)
    meta = ", ".join(x for x in (feed_text(item.get("source"), 120),
                                 local_time(item.get("published"), tz)) if x)
    title = feed_text(item.get("title")) or _w(language)["untitled"]
    return f"{title} — {meta}" if meta else title


def plain_alert(alert: Mapping[str, Any], tz: tzinfo, language: str = "en") -> list[str]:
    """The lines of one alert in plain text: headline, article, link."""
    _, item = _parts(alert)
    lines = [headline(alert, language), "  " + item_line(alert, tz, language)]
    link = clip(item.get("link"), LINK_LIMIT)
    if link:
        lines.append("  " + link)
    return lines


def digest_header(message: Message) -> str:
    """``DIGEST: 3 alerts held back during quiet hours`` in the message's language."""
    words = _w(message.language)
    return f"{words['DIGEST']}: {len(message.alerts)} {words['held back']}"


def plain_text(message: Message) -> str:
    """The whole message as plain text (console, email text part)."""
    language = message.language
    if message.test:
        return _w(language)["test"]
    if not message.digest:
        return ("\n".join(plain_alert(message.alerts[0], message.timezone, language))
                if message.alerts else "")
    out = [digest_header(message), ""]
    for alert in message.alerts:
        out.extend(plain_alert(alert, message.timezone, language))
        out.append("")
    return "\n".join(out).rstrip()


def subject(message: Message) -> str:
    """``[watcher] cancelled: Trump–Putin summit in Budapest`` / ``[watcher] new: TITLE``
    (``[watcher] abgesagt: ...`` in German)."""
    words = _w(message.language)
    if message.test:
        return f"[watcher] {words['test subject']}"
    if message.digest:
        return f"[watcher] {words['digest subject']}: {len(message.alerts)} {words['alerts']}"
    alert = message.alerts[0]
    event, _ = _parts(alert)
    title = feed_text(event.get("title"), 200)
    if is_change(alert):
        return f"[watcher] {status_word(event.get('status'), message.language)}: {title}"
    return f"[watcher] {words['new:']}: {title}"


# -- HTML (Telegram's subset is also valid HTML for email) ---------------------------------------

def _e(value: object, limit: int = FIELD_LIMIT) -> str:
    return html.escape(feed_text(value, limit), quote=True)


def _safe_href(link: str) -> str | None:
    return link if link.lower().startswith(("http://", "https://")) else None


def html_alert(alert: Mapping[str, Any], tz: tzinfo, language: str = "en") -> str:
    """One alert in Telegram-compatible HTML (only b, i, a tags; every field escaped)."""
    event, item = _parts(alert)
    words = _w(language)
    watch = _e(alert.get("watch"), 80)
    status = html.escape(status_word(event.get("status"), language))
    sources = html.escape(_sources(event.get("sources"), language))
    if is_change(alert):
        prev = html.escape(status_word(event.get("previous_status"), language))
        top = f"🔔 <b>{words['change']}</b> · <i>{watch}</i>"
        state = f"{prev} → <b>{status}</b>"
    else:
        top = f"🆕 <b>{words['new']}</b> · <i>{watch}</i>"
        state = f"{words['status']}: <b>{status}</b>"
    if sources:
        state += f" · {sources}"
    title = _e(item.get("title")) or html.escape(words["untitled"])
    link = clip(item.get("link"), LINK_LIMIT)
    href = _safe_href(link)
    article = f'<a href="{html.escape(href, quote=True)}">{title}</a>' if href else title
    meta = ", ".join(x for x in (_e(item.get("source"), 120),
                                 html.escape(local_time(item.get("published"), tz))) if x)
    article += f" — {meta}" if meta else ""
    lines = [top, f"<b>{_e(event.get('title'))}</b>", state, article]
    if link and not href:
        lines.append(html.escape(link))
    return "\n".join(lines)


def html_blocks(message: Message) -> list[str]:
    """The message as HTML blocks (a header block for a digest, then one per alert)."""
    words = _w(message.language)
    if message.test:
        return [html.escape(words["test"])]
    blocks = [html_alert(a, message.timezone, message.language) for a in message.alerts]
    if message.digest:
        count = len(message.alerts)
        blocks.insert(0, f"🌙 <b>{html.escape(words['digest'])}</b>: {count} "
                         f"{html.escape(words['held back'])}")
    return blocks


def telegram_chunks(message: Message, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """The message as Telegram texts of at most ``limit`` characters, split between alerts.

    A single block never exceeds the limit in practice (fields are clipped); if one did, it is cut
    on a line boundary rather than mid-tag, so the HTML stays well formed.
    """
    chunks: list[str] = []
    current = ""
    for block in html_blocks(message):
        if len(block) > limit:
            kept: list[str] = []
            for line in block.split("\n"):
                if len("\n".join([*kept, line])) > limit - 1:
                    break
                kept.append(line)
            block = "\n".join(kept) + "\n…"
        candidate = f"{current}\n\n{block}" if current else block
        if len(candidate) <= limit:
            current = candidate
        else:
            chunks.append(current)
            current = block
    if current:
        chunks.append(current)
    return chunks


_LINK = re.compile(r'<a href="([^"]*)">(.*?)</a>', re.DOTALL)
_TAG = re.compile(r"</?[a-z]+[^>]*>")


def unformatted(chunk: str) -> str:
    """One of :func:`telegram_chunks` as plain text, for a chat that could not read its HTML:
    the tags dropped, a link's address after its text, the entities read back."""
    text = _LINK.sub(lambda m: f"{m.group(2)} ({m.group(1)})", chunk)
    return html.unescape(_TAG.sub("", text))


def email_html(message: Message) -> str:
    """A small HTML document for the email alternative part."""
    body = "<br>\n<br>\n".join(b.replace("\n", "<br>\n") for b in html_blocks(message))
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>'
        f'<body style="font-family: sans-serif">\n{body}\n</body></html>\n'
    )
