"""Whether the database's disk takes writes now: a read-only mount or a full disk.

Both are states an administrator ends (a remount, a freed disk), not a config to fix. A user's
review (ux18, session 51) found the service stopped for good by a disk read-only at start: the
lock file could not be made, ``run`` exited 2, and systemd's ``RestartPreventExitStatus=2``
kept it down after the disk was writable again, so every alert was lost until someone restarted
it. ``run`` now waits for such a disk (:func:`wait_for_disk`), and ``status`` names it, which
showed every feed healthy while the journal said "database or disk is full".
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
from collections.abc import Callable
from pathlib import Path

from watcher.sdnotify import SystemdNotifier

log = logging.getLogger(__name__)

# free bytes under which a disk counts as full: SQLite needs a page or two for a transaction
# and more for its journal; a poll of one feed writes tens of kilobytes
FULL_BELOW = 256 * 1024
# how often ``run`` looks again at a disk that takes no writes, and says it still waits (looks)
DISK_RETRY = 30.0
REMIND_EVERY = 20


def refusing(database: str | Path) -> str | None:
    """Why the disk that holds ``database`` takes no writes now ("read-only file system",
    "disk full"), or None: it does, or there is no such disk to ask (``:memory:``)."""
    if str(database) == ":memory:":
        return None
    # the disk of the file itself, through a symbolic link, as the poller lock follows it
    folder = Path(os.path.realpath(database)).parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent  # the folders the first start will make
    try:
        stat = os.statvfs(folder)
    except OSError:
        return None
    if stat.f_flag & os.ST_RDONLY:
        return "read-only file system"
    # root writes into the blocks reserved for it (ext4's 5 %)
    free = stat.f_bfree if os.geteuid() == 0 else stat.f_bavail
    if free * stat.f_frsize < FULL_BELOW:
        return "disk full"
    return None


async def wait_for_disk(database: str | Path, notifier: SystemdNotifier, *,
                        probe: Callable[[str | Path], str | None] = refusing,
                        retry: float = DISK_RETRY) -> bool:
    """Before ``run`` opens the database: wait while its disk takes no writes, telling systemd
    the service is up and waiting (``READY=1`` and ``STATUS=``, watchdog pings meanwhile, so
    that neither the start timeout nor the watchdog kills it) and the journal once. SIGTERM
    and SIGINT end the wait (False: stop, the service's clean exit); SIGHUP, a reload, is
    noted and waits on (a code review: the default action killed the process, and systemd
    took a SIGHUP's death for a clean stop and never restarted it). True to go on."""
    why = probe(database)
    if why is None:
        return True
    log.warning("%s: the database's disk takes no writes (%s); waiting for it, looking again "
                "every %.0f s", database, why, retry)
    notifier.ready(status=f"waiting for the database's disk: {why}")
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    handled = []
    for signum, action in ((signal.SIGTERM, stop.set), (signal.SIGINT, stop.set),
                           (signal.SIGHUP, _reload_while_waiting)):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(signum, action)
            handled.append(signum)
    tick = min(retry, notifier.watchdog_interval / 2) if notifier.watchdog_interval else retry
    waited, looked = 0.0, 0
    try:
        while why is not None:
            notifier.watchdog()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), tick)
            if stop.is_set():
                notifier.stopping()
                log.info("stopped while waiting for the database's disk")
                return False
            waited += tick
            if waited >= retry:
                waited = 0.0
                why = probe(database)
                looked += 1
                if why is not None and looked % REMIND_EVERY == 0:
                    # a mount that stays read-only (``ProtectSystem=strict`` over the
                    # database's folder) waits for ever: the journal says so now and then
                    log.warning("%s: still waiting for the database's disk (%s), for %.0f min",
                                database, why, looked * retry / 60)
    finally:
        for signum in handled:
            loop.remove_signal_handler(signum)
    log.info("%s: the database's disk takes writes again; starting", database)
    return True


def _reload_while_waiting() -> None:
    log.warning("reload while waiting for the database's disk: ignored; restart the service "
                "to read the config again")
