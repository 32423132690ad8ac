"""Pure rendering of alert payloads for people: terminal/plain text, Telegram HTML, email.

Every notifier shows the same facts (DESIGN.md payload): the kind, the watch, the event title and
status (with the previous one for a change), how many sources, and the article that triggered it
with its outlet, time (in ``daemon.timezone``) and link. Feed text is untrusted: every field is
trimmed (a hostile feed must not blow the 4096-character Telegram limit) and HTML-escaped where the
output is HTML.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from datetime import UTC, datetime, tzinfo
from typing import Any

from watcher.notify.base import Message

FIELD_LIMIT = 400  # characters per feed-supplied field (titles, outlet names)
LINK_LIMIT = 1000
TELEGRAM_LIMIT = 4096
TEST_TEXT = "watcher test message: this notifier works."


def clip(value: object, limit: int = FIELD_LIMIT) -> str:
    """``value`` as one line of at most ``limit`` characters (ellipsis when cut)."""
    text = " ".join(str(value or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _sources(n: object) -> str:
    try:
        count = int(n)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return ""
    return f"{count} source" if count == 1 else f"{count} sources"


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


def headline(alert: Mapping[str, Any]) -> str:
    """``NEW EVENT [putin] Trump and Putin to meet in Budapest - planned (2 sources)`` or
    ``STATUS CHANGE [putin] Trump–Putin summit in Budapest: planned -> cancelled (3 sources)``."""
    event, _ = _parts(alert)
    watch = clip(alert.get("watch"), 80)
    title = clip(event.get("title"))
    status = clip(event.get("status") or "unknown", 40)
    sources = _sources(event.get("sources"))
    tail = f" ({sources})" if sources else ""
    if is_change(alert):
        prev = clip(event.get("previous_status") or "unknown", 40)
        return f"STATUS CHANGE [{watch}] {title}: {prev} -> {status}{tail}"
    status = "status unknown" if status == "unknown" else status
    return f"NEW EVENT [{watch}] {title} - {status}{tail}"


def item_line(alert: Mapping[str, Any], tz: tzinfo) -> str:
    """``Trump says ... — Reuters, 2025-10-16 22:05 CEST`` (the triggering article)."""
    _, item = _parts(alert)
    meta = ", ".join(x for x in (clip(item.get("source"), 120),
                                 local_time(item.get("published"), tz)) if x)
    title = clip(item.get("title")) or "(untitled)"
    return f"{title} — {meta}" if meta else title


def plain_alert(alert: Mapping[str, Any], tz: tzinfo) -> list[str]:
    """The lines of one alert in plain text: headline, article, link."""
    _, item = _parts(alert)
    lines = [headline(alert), "  " + item_line(alert, tz)]
    link = clip(item.get("link"), LINK_LIMIT)
    if link:
        lines.append("  " + link)
    return lines


def plain_text(message: Message) -> str:
    """The whole message as plain text (console, email text part)."""
    if message.test:
        return TEST_TEXT
    if not message.digest:
        return "\n".join(plain_alert(message.alerts[0], message.timezone)) if message.alerts else ""
    out = [f"DIGEST: {len(message.alerts)} alerts held back during quiet hours", ""]
    for alert in message.alerts:
        out.extend(plain_alert(alert, message.timezone))
        out.append("")
    return "\n".join(out).rstrip()


def subject(message: Message) -> str:
    """``[watcher] cancelled: Trump–Putin summit in Budapest`` / ``[watcher] new: TITLE``."""
    if message.test:
        return "[watcher] test message"
    if message.digest:
        return f"[watcher] digest: {len(message.alerts)} alerts"
    alert = message.alerts[0]
    event, _ = _parts(alert)
    title = clip(event.get("title"), 200)
    if is_change(alert):
        return f"[watcher] {clip(event.get('status') or 'unknown', 40)}: {title}"
    return f"[watcher] new: {title}"


# -- HTML (Telegram's subset is also valid HTML for email) ---------------------------------------

def _e(value: object, limit: int = FIELD_LIMIT) -> str:
    return html.escape(clip(value, limit), quote=True)


def _safe_href(link: str) -> str | None:
    return link if link.lower().startswith(("http://", "https://")) else None


def html_alert(alert: Mapping[str, Any], tz: tzinfo) -> str:
    """One alert in Telegram-compatible HTML (only b, i, a tags; every field escaped)."""
    event, item = _parts(alert)
    watch = _e(alert.get("watch"), 80)
    status = _e(event.get("status") or "unknown", 40)
    sources = html.escape(_sources(event.get("sources")))
    if is_change(alert):
        prev = _e(event.get("previous_status") or "unknown", 40)
        top = f"🔔 <b>Status change</b> · <i>{watch}</i>"
        state = f"{prev} → <b>{status}</b>"
    else:
        top = f"🆕 <b>New event</b> · <i>{watch}</i>"
        state = f"status: <b>{status}</b>"
    if sources:
        state += f" · {sources}"
    title = _e(item.get("title")) or "(untitled)"
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
    if message.test:
        return [html.escape(TEST_TEXT)]
    blocks = [html_alert(a, message.timezone) for a in message.alerts]
    if message.digest:
        count = len(message.alerts)
        blocks.insert(0, f"🌙 <b>Digest</b>: {count} alerts held back during quiet hours")
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
