"""Standard output that fails as one ``OutputError``, for the CLI to say in one line.

A user's review: ``watcher events --json > /dev/full`` and ``replay --json > /dev/full`` ended in
an ``OSError: [Errno 28]`` traceback, and ``watcher events --json >&-`` (stdout closed: Python's
``sys.stdout`` is ``None``, so ``print`` dropped the output without a word) in ``AttributeError:
'NoneType' object has no attribute 'flush'``. An ``OSError`` from anywhere else is still a bug
with its traceback: only writes to this stream become ``OutputError``. A broken pipe (``| head``)
is left as it is: the CLI ends it as a shell does, status 141.
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator
from typing import Any, TextIO

from watcher.errors import OutputError


@contextlib.contextmanager
def _as_output_error() -> Iterator[None]:
    """A failed write as ``OutputError``; a broken pipe, or one already said so, as it is."""
    try:
        yield
    except (BrokenPipeError, OutputError):
        raise
    except OSError as err:
        raise OutputError(err.errno, err.strerror or str(err)) from err


class GuardedOutput:
    """Wraps ``sys.stdout`` (``None`` when closed) for the length of one command."""

    def __init__(self, stream: TextIO | None) -> None:
        self.stream = stream

    def _target(self) -> TextIO:
        if self.stream is None:
            raise OutputError(errno.EBADF, "standard output is closed")
        return self.stream

    def write(self, text: str) -> int:
        target = self._target()
        with _as_output_error():
            return target.write(text)

    def flush(self) -> None:
        if self.stream is None:  # nothing was written, or writing said so already
            return
        with _as_output_error():
            self.stream.flush()

    def isatty(self) -> bool:
        return self.stream is not None and self.stream.isatty()

    def __getattr__(self, name: str) -> Any:  # fileno, encoding, buffer, ...
        return getattr(self._target(), name)
