"""Find the line of a key path in TOML source, for ``PATH:LINE: key.path: message`` errors.

``tomllib`` returns plain dicts without positions, so validation errors would otherwise say *what*
is wrong but not *where*. This module scans the (already syntactically valid) source once and
records the first line of every key path it sees: table headers (``[daemon]``,
``[notifier.chat]``), each ``[[feed]]`` occurrence as ``("feed", 0)``, ``("feed", 1)``..., dotted
keys, inline tables and array elements. It is a structural scanner, not a parser: it only needs to
be right for files ``tomllib`` has accepted, and "good enough" beats exact for exotic layouts,
since a failed lookup falls back to the nearest enclosing path.

Key paths are tuples of ``str`` (keys) and ``int`` (0-based array indices).
"""

from __future__ import annotations

import contextlib
import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import timedelta
from typing import NoReturn

from watcher import redact
from watcher.durations import (
    MAX_SIZE,
    DurationTooLong,
    format_size,
    parse_duration,
    parse_size,
)
from watcher.errors import ConfigError

KeyPath = tuple[str | int, ...]

# What the scanner steps over, one match each (a loop over characters took a good second for a
# config of 8,000 feeds): blanks (with newlines and comments between keys and values), a bare
# key, a one-line string (an escaped quote does not end it), the rest of a scalar value.
_BLANKS = re.compile(r"[ \t\r]*")
_BLANK_LINES = re.compile(r"(?:[ \t\r\n]+|#[^\n]*)*")
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]*")
_BASIC_STRING = re.compile(r'"(?:[^"\\]|\\.)*"?', re.DOTALL)
_LITERAL_STRING = re.compile(r"'[^']*'?")
_SCALAR = re.compile(r"[^,\]}\n#]*")


def format_key(path: Sequence[str | int]) -> str:
    """``("feed", 0, "url")`` -> ``feed[1].url``: indices shown 1-based, as people count."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += f".{part}" if out else part
    return out


class LineLocator:
    """Maps key paths to the 1-based line where they first appear in ``source``."""

    def __init__(self, source: str) -> None:
        self._src = source
        self._pos = 0
        self._line = 1
        self.lines: dict[KeyPath, int] = {}
        self._aot_counts: dict[KeyPath, int] = {}
        with contextlib.suppress(IndexError, ValueError):  # malformed: keep what we have
            self._scan()

    def line(self, path: Sequence[str | int]) -> int | None:
        """The line of ``path``, else of its nearest recorded ancestor, else ``None``."""
        key = tuple(path)
        while key:
            if key in self.lines:
                return self.lines[key]
            key = key[:-1]
        return None

    # -- scanning -----------------------------------------------------------------------------

    def _peek(self, n: int = 1) -> str:
        return self._src[self._pos:self._pos + n]

    def _advance(self, n: int = 1) -> None:
        chunk = self._src[self._pos:self._pos + n]
        self._line += chunk.count("\n")
        self._pos += n

    def _record(self, path: KeyPath, line: int) -> None:
        self.lines.setdefault(path, line)

    def _skip(self, pattern: re.Pattern[str]) -> None:
        """Step over what ``pattern`` matches here (it matches the empty string too)."""
        match = pattern.match(self._src, self._pos)
        if match is not None:
            self._advance(match.end() - self._pos)

    def _skip_ws(self, newlines: bool = False) -> None:
        self._skip(_BLANK_LINES if newlines else _BLANKS)

    def _skip_comment(self) -> None:
        end = self._src.find("\n", self._pos)
        self._advance((end if end >= 0 else len(self._src)) - self._pos)

    def _scan(self) -> None:
        prefix: KeyPath = ()
        while self._pos < len(self._src):
            self._skip_ws(newlines=True)
            if self._pos >= len(self._src):
                break
            line = self._line
            if self._peek(2) == "[[":
                self._advance(2)
                keys = self._key()
                parent = self._resolve(keys[:-1])
                base = (*parent, keys[-1])
                index = self._aot_counts.get(base, -1) + 1
                self._aot_counts[base] = index
                self._record(base, line)
                prefix = (*base, index)
                self._record(prefix, line)
                self._skip_ws()
                self._advance(2)  # "]]"
            elif self._peek() == "[":
                self._advance()
                prefix = self._resolve(self._key())
                for i in range(1, len(prefix) + 1):
                    self._record(prefix[:i], line)
                self._skip_ws()
                self._advance()  # "]"
            else:
                self._keyval(prefix)
            self._skip_ws()
            if self._peek() == "#":
                self._skip_comment()

    def _resolve(self, keys: Sequence[str]) -> KeyPath:
        """Insert the current index after each array-of-tables segment (``[feed.x]`` in a feed)."""
        path: KeyPath = ()
        for key in keys:
            path = (*path, key)
            if path in self._aot_counts:
                path = (*path, self._aot_counts[path])
        return path

    def _key(self) -> list[str]:
        keys: list[str] = []
        while True:
            self._skip_ws()
            ch = self._peek()
            if ch in ('"', "'"):
                start = self._pos
                self._skip_string()
                raw = self._src[start + 1:self._pos - 1]
                keys.append(raw.encode().decode("unicode_escape") if ch == '"' else raw)
            else:
                start = self._pos
                self._skip(_BARE_KEY)
                keys.append(self._src[start:self._pos])
            self._skip_ws()
            if self._peek() != ".":
                return keys
            self._advance()

    def _keyval(self, prefix: KeyPath) -> None:
        line = self._line
        keys = self._key()
        path = prefix
        for key in keys:
            path = (*path, key)
            self._record(path, line)
        self._skip_ws()
        self._advance()  # "="
        self._skip_ws()
        self._value(path)

    def _value(self, path: KeyPath) -> None:
        ch = self._peek()
        if ch in ('"', "'"):
            self._skip_string()
        elif ch == "[":
            self._array(path)
        elif ch == "{":
            self._inline_table(path)
        else:
            self._skip(_SCALAR)

    def _array(self, path: KeyPath) -> None:
        self._advance()  # "["
        index = 0
        while True:
            self._skip_ws(newlines=True)
            if self._peek() in ("]", ""):
                self._advance()
                return
            start = self._pos
            self._record((*path, index), self._line)
            self._value((*path, index))
            if self._pos == start:  # not a value tomllib would accept; never loop forever
                self._advance()
            index += 1
            self._skip_ws(newlines=True)
            if self._peek() == ",":
                self._advance()

    def _inline_table(self, path: KeyPath) -> None:
        self._advance()  # "{"
        while True:
            self._skip_ws()
            if self._peek() in ("}", ""):
                self._advance()
                return
            if self._peek() == ",":
                self._advance()
                continue
            self._keyval(path)

    def _skip_string(self) -> None:
        quote = self._peek()
        if self._peek(3) == quote * 3:
            end = self._src.find(quote * 3, self._pos + 3)
            end = len(self._src) if end < 0 else end + 3
            while end < len(self._src) and self._src[end] == quote:  # """a"""" ends later
                end += 1
            self._advance(end - self._pos)
            return
        self._skip(_BASIC_STRING if quote == '"' else _LITERAL_STRING)


# -- typed access with located errors --------------------------------------------------------

_ENV_REF = re.compile(r"\$\$\{|\$\{([^}]*)\}|\$\{")
_SECRET_KEYS = frozenset({"token", "password", "secret"})
# values from the environment under these keys are shown as their ${NAME} wherever watcher writes
_URL_KEYS = frozenset({"url", "api_url"})
_REDACTED_KEYS = _SECRET_KEYS | _URL_KEYS


def describe(value: object, *, secret: bool = False) -> str:
    """What was found, for "expected X, got Y". Secrets only by type, never by value."""
    if isinstance(value, bool):
        return "a boolean" if secret else ("true" if value else "false")
    if isinstance(value, int | float):
        return "a number" if secret else repr(value)
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return "a date/time"


class ConfigReader:
    """Reads raw ``tomllib`` values with type checks; every failure is a located ``ConfigError``.

    Strings pass through ``${VAR}`` substitution here, at the point of use, so that an unknown key
    holding an unset variable is reported as the unknown key it is.
    """

    def __init__(self, label: str, source: str, env: Mapping[str, str], *,
                 secrets: bool = True) -> None:
        self.label = label
        self.locator = LineLocator(source)
        self.env = env
        # False: a command that sends nothing (events, explain, status, replay) reads the
        # config without the notifiers' secrets: an unset variable in a secret key stays the
        # "${NAME}" it was written as and is not checked, one in a notifier's URL reads as an
        # address no request can reach (a user's review, session 50: a shell without the
        # service's TELEGRAM_TOKEN could not list the events)
        self.secrets = secrets
        self._substituted: dict[str, str] = {}  # value taken from the environment -> its name

    def fail(self, where: KeyPath, message: str, *, at: KeyPath | None = None) -> NoReturn:
        """Raise for key ``where``; ``at`` names a more precise place to take the line from.

        Values that came from the environment are shown as the ``${NAME}`` they were written as:
        the environment is where secrets live, and an error message ends up in logs."""
        for value, name in sorted(self._substituted.items(), key=lambda kv: -len(kv[0])):
            message = message.replace(value, f"${{{name}}}")
        raise ConfigError(
            message, path=self.label, line=self.locator.line(at if at is not None else where),
            key=format_key(where) or None,
        )

    def check_keys(self, table: Mapping[str, object], where: KeyPath,
                   allowed: Iterable[str]) -> None:
        """Reject the first unknown key (in file order), suggesting the closest allowed one."""
        known = list(allowed)
        for key in table:
            if key not in known:
                close = difflib.get_close_matches(key, known, n=1)
                hint = (f"; did you mean `{close[0]}`?" if close
                        else f"; expected one of {', '.join(known)}" if len(known) <= 8 else "")
                self.fail(where, f"unknown key `{key}`{hint}", at=(*where, key))

    def table(self, value: object, where: KeyPath) -> dict[str, object]:
        if not isinstance(value, dict):
            self.fail(where, f"expected a table, got {describe(value)}")
        return value

    def tables(self, value: object, where: KeyPath) -> list[dict[str, object]]:
        name = format_key(where)
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.fail(where, f"expected one or more [[{name}]] tables, got {describe(value)}")
        return value

    def string(self, value: object, where: KeyPath, *, empty: bool = False) -> str:
        secret = bool(where) and where[-1] in _SECRET_KEYS
        if not isinstance(value, str):
            self.fail(where, f"expected a string, got {describe(value, secret=secret)}")
        text = self._substitute(value, where)
        if not empty and not text.strip():
            self.fail(where, "must not be empty")
        return text

    def strings(self, value: object, where: KeyPath, *, single: bool = False) -> tuple[str, ...]:
        """A list of non-empty strings; ``single`` also accepts one bare string (email ``to``)."""
        if single and isinstance(value, str):
            return (self.string(value, where),)
        if not isinstance(value, list):
            self.fail(where, f"expected a list of strings, got {describe(value)}")
        return tuple(self.string(v, (*where, i)) for i, v in enumerate(value))

    def choice(self, value: object, where: KeyPath, options: Sequence[str]) -> str:
        text = self.string(value, where)
        if text not in options:
            listed = ", ".join(f'"{o}"' for o in options)
            self.fail(where, f'expected one of {listed}, got "{text}"')
        return text

    def choices(self, value: object, where: KeyPath, options: Sequence[str]) -> frozenset[str]:
        if not isinstance(value, list):
            self.fail(where, f"expected a list of strings, got {describe(value)}")
        return frozenset(self.choice(v, (*where, i), options) for i, v in enumerate(value))

    def integer(self, value: object, where: KeyPath, *, minimum: int | None = None) -> int:
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(where, f"expected an integer, got {describe(value)}")
        if minimum is not None and value < minimum:
            self.fail(where, f"must be at least {minimum}, got {value}")
        return value

    def boolean(self, value: object, where: KeyPath) -> bool:
        if not isinstance(value, bool):
            self.fail(where, f"expected true or false, got {describe(value)}")
        return value

    def duration(self, value: object, where: KeyPath, *, zero: bool = False,
                 off: bool = False) -> timedelta | None:
        """A duration string; ``off`` allows ``"off"`` (-> ``None``), ``zero`` allows ``"0s"``."""
        hint = '"15m" or "off"' if off else '"15m"'
        if not isinstance(value, str):
            self.fail(where, f"expected a duration like {hint}, got {describe(value)}")
        text = self._substitute(value, where)
        if off and text.strip().lower() == "off":
            return None
        try:
            result = parse_duration(text)
        except DurationTooLong as err:
            self.fail(where, str(err))
        except ValueError:
            self.fail(where, f'expected a duration like {hint}, got "{text}"')
        if not zero and not result:
            self.fail(where, "must be longer than 0s")
        return result

    def positive_duration(self, value: object, where: KeyPath, *, zero: bool = False) -> timedelta:
        result = self.duration(value, where, zero=zero)
        assert result is not None
        return result

    def size(self, value: object, where: KeyPath) -> int:
        if isinstance(value, str):
            value = self._substitute(value, where)
        try:
            result = parse_size(value)  # type: ignore[arg-type]
        except ValueError:
            got = f'"{value}"' if isinstance(value, str) else describe(value)
            self.fail(where, f'expected a size like "10MB" or a number of bytes, got {got}')
        if result <= 0:
            self.fail(where, f"must be more than 0 bytes, got {result}")
        if result > MAX_SIZE:
            got = f'"{value}"' if isinstance(value, str) else str(value)
            self.fail(where, f"must be at most {format_size(MAX_SIZE)}, got {got}")
        return result

    def _substitute(self, text: str, where: KeyPath) -> str:
        """Replace ``${VAR}`` from the environment; ``$${`` is a literal ``${``."""

        def repl(match: re.Match[str]) -> str:
            if match.group(0) == "$${":
                return "${"
            name = match.group(1)
            if name is None:
                self.fail(where, "unterminated `${` (write `$${` for a literal `${`)")
            if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
                self.fail(where, f"`${{{name}}}` is not a valid environment variable name")
            if name not in self.env:
                if not self.secrets and where and where[-1] in _SECRET_KEYS:
                    return match.group(0)  # unread: nothing will be sent with it
                if not self.secrets and where[:1] == ("notifier",) and where[-1] in _URL_KEYS:
                    # a webhook's URL is its secret: a placeholder no request can reach
                    whole = match.group(0) == match.string
                    return "https://unset.invalid/" if whole else "unset"
                self.fail(where, f"environment variable `{name}` is not set")
            value = self.env[name]
            if len(value) >= 3:  # shorter ones would mask ordinary text in messages
                self._substituted[value] = name
            if where and where[-1] in _REDACTED_KEYS:  # a secret, or a URL that may hold one
                redact.register(value, f"${{{name}}}")
            return value

        return _ENV_REF.sub(repl, text)
