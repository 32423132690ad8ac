"""The console notifier: alerts on stdout/stderr, readable in a terminal (``watcher demo``).

The stream is looked up at send time (not at construction), so redirections such as pytest's
``capsys`` and ``contextlib.redirect_stdout`` see the output. Colour only on a TTY and never when
``NO_COLOR`` is set (https://no-color.org).
"""

from __future__ import annotations

import os
import sys
from typing import TextIO

from watcher.errors import NotifyError
from watcher.notify.base import Message
from watcher.notify.render import digest_header, is_change, plain_alert, plain_text
from watcher.settings import ConsoleSettings

_BOLD, _RED, _GREEN, _YELLOW, _DIM, _RESET = (
    "\033[1m", "\033[31m", "\033[32m", "\033[33m", "\033[2m", "\033[0m")


class ConsoleNotifier:
    """Prints each alert as a headline, the triggering article and its link."""

    supports_digest = True

    def __init__(self, settings: ConsoleSettings) -> None:
        self.name = settings.name
        self.settings = settings

    def _stream(self) -> TextIO:
        return sys.stderr if self.settings.stream == "stderr" else sys.stdout

    @staticmethod
    def _colour(stream: TextIO) -> bool:
        isatty = getattr(stream, "isatty", None)
        return bool(isatty and isatty()) and not os.environ.get("NO_COLOR")

    def render(self, message: Message, *, colour: bool = False) -> str:
        if message.test or not colour:
            return plain_text(message)
        out: list[str] = []
        if message.digest:
            out += [f"{_BOLD}{digest_header(message)}{_RESET}", ""]
        for alert in message.alerts:
            head, *rest = plain_alert(alert, message.timezone, message.language)
            status = str((alert.get("event") or {}).get("status") or "")
            tint = _RED if status == "cancelled" else _YELLOW if is_change(alert) else _GREEN
            out.append(f"{_BOLD}{tint}{head}{_RESET}")
            out.extend(f"{_DIM}{line}{_RESET}" if i else line for i, line in enumerate(rest))
            if message.digest:
                out.append("")
        return "\n".join(out).rstrip()

    async def send(self, message: Message) -> str | None:
        stream = self._stream()
        try:
            stream.write(self.render(message, colour=self._colour(stream)) + "\n\n")
            stream.flush()
        except OSError as err:  # a closed pipe (``watcher demo | head``), a full disk
            raise NotifyError(self.name, f"cannot write to {self.settings.stream}: "
                                         f"{err.strerror or err}") from err
        return None

    async def aclose(self) -> None:
        return None
