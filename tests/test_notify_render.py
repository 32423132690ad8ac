"""Rendering (console, Telegram HTML, email subject) and ``build_notifier``."""

from __future__ import annotations

import contextlib
import re
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from watcher.errors import ConfigError
from watcher.notify.base import Message, build_notifier
from watcher.notify.console import ConsoleNotifier
from watcher.notify.email import EmailNotifier
from watcher.notify.render import plain_text, subject, telegram_chunks
from watcher.notify.telegram import TelegramNotifier
from watcher.notify.webhook import WebhookNotifier
from watcher.settings import (
    ConsoleSettings,
    EmailSettings,
    NotifierSettings,
    Secret,
    TelegramSettings,
    WebhookSettings,
)

ZH = ZoneInfo("Europe/Zurich")


def alert(kind: str = "new_event", title: str = "Trump and Putin to meet in Budapest",
          status: str = "planned", previous: str | None = None, sources: int = 2,
          item_title: str = "Trump says he will meet Putin in Budapest",
          link: str | None = "https://ex.org/a") -> dict[str, Any]:
    return {"kind": kind, "watch": "putin",
            "event": {"id": "e1", "title": title, "status": status, "previous_status": previous,
                      "sources": sources, "first_seen": "2025-10-16T20:05:00Z"},
            "item": {"title": item_title, "link": link, "source": "Reuters",
                     "published": "2025-10-16T20:05:00Z", "lang": "en"}}


async def test_console_new_event_and_status_change(capsys: pytest.CaptureFixture[str]) -> None:
    n = ConsoleNotifier(ConsoleSettings(name="console", type="console"))
    await n.send(Message.of([alert()], timezone=ZH))
    await n.send(Message.of([alert("status_change", "Trump–Putin summit in Budapest",
                                   "cancelled", "planned", 1, "Gipfel ist vom Tisch",
                                   "https://nzz.ch/x")], timezone=ZH))
    assert capsys.readouterr().out == (
        "NEW EVENT [putin] Trump and Putin to meet in Budapest - planned (2 sources)\n"
        "  Trump says he will meet Putin in Budapest — Reuters, 2025-10-16 22:05 CEST\n"
        "  https://ex.org/a\n\n"
        "STATUS CHANGE [putin] Trump–Putin summit in Budapest: planned -> cancelled (1 source)\n"
        "  Gipfel ist vom Tisch — Reuters, 2025-10-16 22:05 CEST\n"
        "  https://nzz.ch/x\n\n")


async def test_console_stderr_and_digest(capsys: pytest.CaptureFixture[str]) -> None:
    n = ConsoleNotifier(ConsoleSettings(name="c", type="console", stream="stderr"))
    await n.send(Message.of([alert(), alert(link=None)]))
    err = capsys.readouterr().err
    assert err.startswith("DIGEST: 2 alerts") and err.count("NEW EVENT") == 2
    assert "\x1b[" not in err  # no colour when not a terminal


async def test_console_on_a_closed_pipe_is_a_notify_error(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """``watcher demo | head``: the write raised BrokenPipeError, which the sender logged as a
    notifier crash with its traceback; it is the notifier's error, retried like any other."""
    import os
    import sys

    from watcher.errors import NotifyError

    read, write = os.pipe()
    os.close(read)
    with open(write, "w", encoding="utf-8") as closed:
        monkeypatch.setattr(sys, "stdout", closed)
        n = ConsoleNotifier(ConsoleSettings(name="term", type="console"))
        with pytest.raises(NotifyError) as caught:
            await n.send(Message.of([alert()]))
        monkeypatch.undo()
        with contextlib.suppress(BrokenPipeError):
            closed.close()
    assert str(caught.value).endswith("cannot write to stdout: Broken pipe")
    assert not caught.value.permanent


def test_unknown_status_reads_well() -> None:
    assert plain_text(Message.of([alert(status="unknown")])).startswith(
        "NEW EVENT [putin] Trump and Putin to meet in Budapest - status unknown (2 sources)")


def test_subjects() -> None:
    assert subject(Message.of([alert()])) == "[watcher] new: Trump and Putin to meet in Budapest"
    assert subject(Message.of([alert("status_change", "Trump–Putin summit in Budapest",
                                     "cancelled", "planned")])) == (
        "[watcher] cancelled: Trump–Putin summit in Budapest")
    assert subject(Message.of([alert(), alert()])) == "[watcher] digest: 2 alerts"
    assert "test" in plain_text(Message.for_test())


def test_javascript_links_are_not_linked() -> None:
    (text,) = telegram_chunks(Message.of([alert(link="javascript:alert(1)")]))
    assert "href" not in text and "javascript:alert(1)" in text


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.text(max_size=3000), st.text(max_size=3000)), min_size=1,
                max_size=12))
def test_telegram_chunks_fit_and_stay_well_formed(fields: list[tuple[str, str]]) -> None:
    alerts = [alert(title=t, item_title=i) for t, i in fields]
    chunks = telegram_chunks(Message.of(alerts))
    assert all(0 < len(c) <= 4096 for c in chunks)
    joined = "\n".join(chunks)
    assert joined.count("🆕") == len(alerts)
    for tag in ("b", "i", "a"):
        assert len(re.findall(f"<{tag}[ >]", joined)) == joined.count(f"</{tag}>")
    assert all(c not in re.sub(r"</?(b|i|a)( href=\"[^\"]*\")?>", "", joined) for c in "<>")


async def test_build_notifier_by_type() -> None:
    token = Secret("1:x")
    cases = [
        (ConsoleSettings(name="c", type="console"), ConsoleNotifier),
        (NotifierSettings(name="c", type="console"), ConsoleNotifier),
        (TelegramSettings(name="t", type="telegram", token=token, chat_id="1"), TelegramNotifier),
        (EmailSettings(name="m", type="email"), EmailNotifier),
        (WebhookSettings(name="w", type="webhook", url="http://127.0.0.1/"), WebhookNotifier),
    ]
    for cfg, cls in cases:
        notifier = build_notifier(cfg)
        assert isinstance(notifier, cls) and notifier.name == cfg.name
        await notifier.aclose()
    with pytest.raises(ConfigError, match="unknown notifier type 'pager'"):
        build_notifier(NotifierSettings(name="p", type="pager"))


def test_right_to_left_fields_are_isolated_so_the_date_keeps_its_order() -> None:
    """Session 52, a user's review: an Arabic headline and outlet turned the line's date and
    time around in Telegram. Each right-to-left field now stands in a first-strong isolate
    (U+2068 ... U+2069); the date, the zone and left-to-right fields are left as they are."""
    a = alert(title="إلغاء القمة العربية في بغداد", item_title="إلغاء القمة العربية في بغداد")
    a["item"]["source"] = "الجزيرة"
    text = plain_text(Message.of([a], timezone=ZH))
    assert "\u2068إلغاء القمة العربية في بغداد\u2069 — \u2068الجزيرة\u2069, 2025-10-16 22:05 CEST" \
        in text
    html_text = "".join(telegram_chunks(Message.of([a], timezone=ZH)))
    assert "\u2068الجزيرة\u2069, 2025-10-16 22:05 CEST" in html_text
    assert subject(Message.of([a], timezone=ZH)) == (
        "[watcher] new: \u2068إلغاء القمة العربية في بغداد\u2069")
    plain = plain_text(Message.of([alert()], timezone=ZH))
    assert "\u2068" not in plain and "Reuters, 2025-10-16 22:05 CEST" in plain


def test_a_feeds_own_bidi_controls_cannot_break_the_isolate() -> None:
    """A code review: a title holding its own U+2069 closed the isolate early; an override
    (U+202E) flipped the date after it; a stray right-to-left mark isolated English text."""
    from watcher.notify.render import feed_text
    assert feed_text("Bad \u2069 title שלום") == "\u2068Bad title שלום\u2069"
    assert feed_text("Hi \u202e evil") == "Hi evil"
    assert feed_text("\u200fHello world") == "\u200fHello world"
