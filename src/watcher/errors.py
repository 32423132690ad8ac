"""One root exception for everything watcher reports to a user.

Third-party errors are translated at the boundary (``raise FeedError(...) from err``) so that the
CLI can print one clear line and exit non-zero instead of a traceback. Anything that is *not* a
``WatcherError`` reaching the CLI is a bug in watcher.
"""

from __future__ import annotations

from pathlib import Path


class WatcherError(Exception):
    """Root of all errors watcher expects and explains to its user."""

    exit_code = 1


class UsageError(WatcherError):
    """A bad command-line argument."""

    exit_code = 2


class ConfigError(WatcherError):
    """A bad config file, reported as ``PATH:LINE: key.path: message``."""

    exit_code = 2

    def __init__(
        self, message: str, *, path: Path | str | None = None, line: int | None = None,
        key: str | None = None,
    ) -> None:
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.key = key
        # the file's other errors, after this first one (``config_tables.Loader`` finds one per
        # table): ``watcher`` prints them all, so a file with four takes one run to fix, not four
        self.more: tuple[ConfigError, ...] = ()
        super().__init__(self.__str__())

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.message,), {
            "path": self.path, "line": self.line, "key": self.key})

    def __str__(self) -> str:
        parts: list[str] = []
        if self.path is not None:
            parts.append(f"{self.path}:{self.line}" if self.line else self.path)
        if self.key:
            parts.append(self.key)
        parts.append(self.message)
        return ": ".join(parts)


class FeedError(WatcherError):
    """One feed could not be fetched or read; the cycle goes on with the other feeds.

    ``permanent`` marks errors retrying will not fix soon (410 Gone); ``retry_after`` is the
    number of seconds a server asked us to wait (429/503 with Retry-After).
    """

    def __init__(
        self, url: str, message: str, *, permanent: bool = False,
        retry_after: float | None = None, status: int | None = None,
    ) -> None:
        self.url = url
        self.message = message
        self.permanent = permanent
        self.retry_after = retry_after
        self.status = status
        super().__init__(f"{url}: {message}")

    def __reduce__(self) -> tuple[object, ...]:  # survives pickling to and from workers
        return (type(self), (self.url, self.message), {
            "permanent": self.permanent, "retry_after": self.retry_after, "status": self.status})


class StoreError(WatcherError):
    """The database cannot be used (newer schema, corrupt file, locked)."""


class DatabaseUnusable(StoreError):
    """The database cannot be opened until someone acts: a newer schema, a file that is not a
    watcher database, a folder that cannot be created. Exit status 2 like a bad config, so that
    systemd (``RestartPreventExitStatus=2``) does not restart the service every 5 s for ever; a
    locked database stays a plain ``StoreError``, worth the restart."""

    exit_code = 2


class NotifyError(WatcherError):
    """A notifier failed to deliver; ``permanent`` ones (a message the receiver rejects for its
    content) are not retried. ``config`` ones (a bad token, chat_id, password or URL: 401, 403,
    "chat not found", SMTP 535) fail every message until the user fixes the config: the alerts
    are held and retried, not dropped.

    ``retry_after`` carries a server's requested wait (Telegram's RetryAfter, HTTP 429).
    """

    def __init__(
        self, notifier: str, message: str, *, permanent: bool = False,
        retry_after: float | None = None, config: bool = False,
    ) -> None:
        self.notifier = notifier
        self.message = message
        self.permanent = permanent and not config
        self.config = config
        self.retry_after = retry_after
        super().__init__(f"notifier {notifier}: {message}")

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.notifier, self.message), {
            "permanent": self.permanent, "retry_after": self.retry_after, "config": self.config})


class OutputError(WatcherError, OSError):
    """Standard output cannot take what a command prints: a full disk (``> /dev/full``), a
    stdout closed before the start (``>&-``). The CLI says ``writing output: REASON`` in one
    line. An ``OSError`` too, so that code writing to the stream it was given (the console
    notifier) handles it as any failed write; a broken pipe stays a ``BrokenPipeError``."""
