"""Worker processes that speak to the event loop over a socket, with no threads in between.

``concurrent.futures.ProcessPoolExecutor`` moves every call through two threads of the calling
process (a feeder that pickles and writes, a manager that reads and unpickles) and wakes the
manager through a pipe on each submit. With a thousand bodies in a first poll those threads cost
more than a second of CPU and kept taking the GIL from the event loop (measured: the loop's
thread waited up to milliseconds on each submit). Here each worker is a spawned process at the
other end of a Unix socket pair; the event loop writes length-prefixed pickles through an
asyncio transport and a reader task resolves the futures: the only code running in the calling
process is the loop's own.

A worker that dies (OOM killer, a crash in C) fails the calls it had with :class:`WorkerDied`
(a ``BrokenExecutor``), and the pool is unusable from then on: the caller carries on without it.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import multiprocessing
import pickle
import signal
import socket
import struct
import threading
from collections.abc import Callable
from concurrent.futures import BrokenExecutor
from multiprocessing.process import BaseProcess
from typing import Any

_HEAD = struct.Struct("!I")


class WorkerDied(BrokenExecutor):
    """A worker process exited with calls in flight (or before taking any)."""


# A call a worker makes as it starts: an importable function and its arguments
Warm = tuple[Callable[..., Any], tuple[Any, ...]]


def _serve(sock: socket.socket, warm: Warm | None = None) -> None:
    """The worker's loop: read a call, run it, write back (job id, ok, result or exception).
    ``warm``: a call to make first, while no job waits for it (imports, compiled lexicons)."""
    # Ctrl-C and systemd's SIGTERM (sent to the whole control group) are the parent's to
    # handle: it finishes or cancels its work, then closes the socket, and this loop returns.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    if warm is not None:
        with contextlib.suppress(Exception):  # a failed warm-up only costs the first job time
            warm[0](*warm[1])
    stream = sock.makefile("rwb")
    while True:
        head = stream.read(_HEAD.size)
        if len(head) < _HEAD.size:
            return  # the parent closed its end: done
        job, fn, args = pickle.loads(stream.read(_HEAD.unpack(head)[0]))
        try:
            reply = pickle.dumps((job, True, fn(*args)), pickle.HIGHEST_PROTOCOL)
        except Exception as err:  # the call's failure (or an unpicklable result) is its own
            try:
                reply = pickle.dumps((job, False, err), pickle.HIGHEST_PROTOCOL)
            except Exception:
                reply = pickle.dumps((job, False, RuntimeError(f"{type(err).__name__}: {err}")))
        stream.write(_HEAD.pack(len(reply)) + reply)
        stream.flush()


class _Worker:
    def __init__(self, context: multiprocessing.context.SpawnContext,
                 warm: Warm | None = None) -> None:
        parent, child = socket.socketpair()
        self.process: BaseProcess = context.Process(
            target=_serve, args=(child, warm), daemon=True, name="watcher-parse")
        self.process.start()
        child.close()
        self._sock: socket.socket | None = parent
        self._writer: asyncio.StreamWriter | None = None
        self._opening: asyncio.Task[asyncio.StreamWriter] | None = None  # one, for every caller
        self._reader_task: asyncio.Task[None] | None = None
        self.pending: dict[int, asyncio.Future[Any]] = {}
        self.dead: str | None = None

    async def _connect(self) -> asyncio.StreamWriter:
        if self._writer is not None:
            return self._writer
        if self._opening is None:  # the first caller opens; the others wait for the same task
            self._opening = asyncio.get_running_loop().create_task(self._open())
        return await asyncio.shield(self._opening)

    async def _open(self) -> asyncio.StreamWriter:
        assert self._sock is not None
        reader, writer = await asyncio.open_unix_connection(sock=self._sock)
        self._sock = None
        self._reader_task = asyncio.get_running_loop().create_task(self._read(reader))
        self._writer = writer
        return writer

    async def _read(self, reader: asyncio.StreamReader) -> None:
        try:
            while True:
                head = await reader.readexactly(_HEAD.size)
                job, ok, value = pickle.loads(await reader.readexactly(_HEAD.unpack(head)[0]))
                future = self.pending.pop(job, None)
                if future is not None and not future.done():
                    if ok:
                        future.set_result(value)
                    else:
                        future.set_exception(value)
        except (asyncio.IncompleteReadError, ConnectionError, OSError):
            self._died(f"worker {self.process.pid} exited")
        except asyncio.CancelledError:
            self._died("worker pool closed")
            raise
        except Exception as err:  # a reply that cannot be read: the worker is no use any more
            self._died(f"worker {self.process.pid}: unreadable reply: {err!r}")

    def _died(self, why: str) -> None:
        self.dead = self.dead or why
        for future in self.pending.values():
            if not future.done():
                future.set_exception(WorkerDied(self.dead))
        self.pending.clear()

    async def call(self, job: int, fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        if self.dead:
            raise WorkerDied(self.dead)
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self.pending[job] = future  # before connecting: the pool balances on pending calls
        data = pickle.dumps((job, fn, args), pickle.HIGHEST_PROTOCOL)
        try:
            writer = await self._connect()
            writer.write(_HEAD.pack(len(data)) + data)
            await writer.drain()  # a busy worker: its socket buffer is full, wait (backpressure)
        except (ConnectionError, OSError) as err:
            self._died(f"worker {self.process.pid} unreachable: {err}")
        return await future

    def close(self, wait: bool) -> None:
        if self._writer is not None:
            # EOF now (the transport would close the socket only on a later loop iteration,
            # and ``join`` below blocks the loop): the worker returns from its loop
            with contextlib.suppress(OSError):
                self._writer.get_extra_info("socket").shutdown(socket.SHUT_WR)
            self._writer.close()
        if self._sock is not None:
            self._sock.close()
        if self._reader_task is not None:
            self._reader_task.cancel()
        self._died("worker pool closed")
        if wait:
            self.process.join(5)
            if self.process.is_alive():
                self.process.terminate()
                self.process.join(5)
        else:  # reap it in the background: no zombie for the daemon's lifetime
            self.process.terminate()
            threading.Thread(target=self.process.join, args=(5,), daemon=True).start()


class WorkerPool:
    """``size`` spawned worker processes; :meth:`run` sends a call to the least busy one.
    ``warm``: a call (an importable function and its arguments) each worker makes as it starts,
    before it takes a job: what the first job would otherwise wait for (its imports, a compiled
    lexicon) is done while the event loop fetches the first bodies."""

    def __init__(self, size: int, warm: Warm | None = None) -> None:
        # "spawn": the daemon has threads (APScheduler, the thread pool), and forking a threaded
        # process can copy a held lock into the child.
        context = multiprocessing.get_context("spawn")
        self._workers = [_Worker(context, warm) for _ in range(max(1, size))]
        self._jobs = itertools.count()

    @property
    def pids(self) -> list[int]:
        return [w.process.pid for w in self._workers if w.process.pid is not None]

    @property
    def backlog(self) -> int:
        """Calls waiting in the least busy live worker (0 when none is alive)."""
        return min((len(w.pending) for w in self._workers if not w.dead), default=0)

    async def run(self, fn: Callable[..., Any], *args: Any) -> Any:
        """``fn(*args)`` in a worker (``fn`` must be importable by name: it is pickled)."""
        alive = [w for w in self._workers if not w.dead]
        if not alive:
            raise WorkerDied(self._workers[0].dead or "no worker")
        worker = min(alive, key=lambda w: len(w.pending))
        return await worker.call(next(self._jobs), fn, args)

    def close(self, *, wait: bool = True) -> None:
        for worker in self._workers:
            with contextlib.suppress(OSError):
                worker.close(wait)
