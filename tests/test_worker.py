"""Worker processes over a socket pair: results, errors, a killed worker, a clean close."""

from __future__ import annotations

import asyncio
import operator
import os
import signal
import time
from pathlib import Path

import pytest

from watcher.worker import WorkerDied, WorkerPool


async def test_calls_return_results_and_raise_their_errors() -> None:
    pool = WorkerPool(2)
    try:
        sums = await asyncio.gather(*(pool.run(operator.add, n, n) for n in range(200)))
        assert sums == [2 * n for n in range(200)]
        big = await pool.run(operator.mul, b"x", 1 << 20)  # larger than a socket buffer
        assert big == b"x" * (1 << 20)
        with pytest.raises(ZeroDivisionError):
            await pool.run(operator.truediv, 1, 0)
        assert await pool.run(operator.neg, 5) == -5  # a failed call leaves the worker alive
    finally:
        pool.close()


async def test_a_killed_worker_fails_its_calls_and_the_pool() -> None:
    pool = WorkerPool(1)
    try:
        assert await pool.run(operator.add, 1, 1) == 2
        calls = [asyncio.ensure_future(pool.run(time.sleep, 5)) for _ in range(3)]
        await asyncio.sleep(0.2)
        os.kill(pool.pids[0], signal.SIGKILL)
        for outcome in await asyncio.wait_for(asyncio.gather(*calls, return_exceptions=True), 10):
            assert isinstance(outcome, WorkerDied)
        with pytest.raises(WorkerDied):
            await pool.run(operator.add, 1, 1)
    finally:
        pool.close()


async def test_close_waits_for_the_workers_to_exit() -> None:
    pool = WorkerPool(2)
    await asyncio.gather(*(pool.run(operator.add, 1, n) for n in range(4)))
    workers = list(pool._workers)
    started = time.monotonic()
    pool.close()
    assert not any(w.process.is_alive() for w in workers)
    assert all(w.process.exitcode == 0 for w in workers)  # they returned: no terminate()
    assert time.monotonic() - started < 4


class _Unreadable(Exception):
    """Pickles, but cannot be unpickled (its __init__ wants two arguments)."""

    def __init__(self, a: int, b: int) -> None:
        super().__init__(a + b)


def _raise_unreadable() -> None:
    raise _Unreadable(1, 2)


async def test_an_unreadable_reply_fails_the_calls_instead_of_hanging_them() -> None:
    pool = WorkerPool(1)
    try:
        with pytest.raises(WorkerDied, match="unreadable"):
            await asyncio.wait_for(pool.run(_raise_unreadable), 10)
        with pytest.raises(WorkerDied):
            await asyncio.wait_for(pool.run(operator.add, 1, 1), 10)
    finally:
        pool.close()


async def test_closing_without_waiting_leaves_no_zombie() -> None:
    pool = WorkerPool(2)
    await pool.run(operator.add, 1, 1)
    processes = [w.process for w in pool._workers]
    pool.close(wait=False)
    for _ in range(50):
        if all(p.exitcode is not None for p in processes):
            break
        await asyncio.sleep(0.1)
    assert all(p.exitcode is not None for p in processes)  # reaped, not <defunct>


async def test_workers_leave_sigterm_to_the_parent() -> None:
    """systemd signals the whole control group on stop: the worker lets the daemon finish."""
    pool = WorkerPool(1)
    try:
        assert await pool.run(operator.add, 1, 1) == 2
        os.kill(pool.pids[0], signal.SIGTERM)
        await asyncio.sleep(0.3)
        assert await pool.run(operator.add, 2, 2) == 4
    finally:
        pool.close()


async def test_a_warm_up_runs_before_the_first_job(tmp_path: Path) -> None:
    """Each worker makes its warm-up call as it starts (imports, a compiled lexicon), so the
    first job does not wait for it; a warm-up that fails only costs that time."""
    mark = tmp_path / "warm"
    pool = WorkerPool(1, (mark.touch, ()))
    try:
        assert await pool.run(os.path.exists, str(mark))
    finally:
        pool.close()
    failing = WorkerPool(1, (operator.truediv, (1, 0)))
    try:
        assert await failing.run(operator.add, 2, 2) == 4
    finally:
        failing.close()
