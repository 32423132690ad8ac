"""watcher as a systemd service: the notify protocol, the daemon's life cycle, the unit file.

- ``SystemdNotifier`` against real Unix datagram sockets (a path and an abstract name);
- ``watcher run`` as a subprocess with ``NOTIFY_SOCKET``/``WATCHDOG_USEC`` pointing at a socket
  this test binds, polling a loopback ``FeedServer``: READY, WATCHDOG, STATUS, RELOADING (valid
  and invalid config), STOPPING and exit status 0 after SIGTERM;
- ``systemd-analyze verify`` and ``security`` on ``systemd/watcher.service`` (skipped without
  systemd-analyze), and CPython under ``MemoryDenyWriteExecute``'s kernel twin ``PR_SET_MDWE``;
- a boot test under ``systemd-nspawn`` where that exists (skipped elsewhere).
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.feedserver import FeedServer
from watcher.sdnotify import JournalFormatter, SystemdNotifier, stderr_is_journal

REPO = Path(__file__).resolve().parents[1]
UNIT = REPO / "systemd" / "watcher.service"
WAIT = 20.0  # upper bound for any one expected message

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Loopback %s</title><link>http://127.0.0.1/</link>
<item><title>Summit in Budapest planned</title><link>http://127.0.0.1/%s/1</link>
<guid>%s-1</guid><pubDate>Mon, 01 Jan 2024 10:00:00 GMT</pubDate></item>
</channel></rss>"""


def rss(name: str) -> bytes:
    return RSS.replace(b"%s", name.encode())


class NotifySocket:
    """The systemd side of ``$NOTIFY_SOCKET``: a bound datagram socket that collects messages.

    ``expect(prefix)`` returns the next message with a line starting with ``prefix`` after the
    previous match of the same prefix (and after ``after``, a ``mark()``), so that messages of
    other kinds arriving in between (watchdog pings) never hide or reorder the ones looked for.
    """

    def __init__(self, address: str | bytes) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(address)
        self.messages: list[list[str]] = []
        self._cursor: dict[str, int] = {}

    def _receive(self, timeout: float) -> None:
        self.sock.settimeout(timeout)
        with contextlib.suppress(TimeoutError, BlockingIOError):
            self.messages.append(self.sock.recv(4096).decode().split("\n"))

    def mark(self) -> int:
        """Everything received so far (queued datagrams included) is before the mark."""
        before = -1
        while before != len(self.messages):
            before = len(self.messages)
            self._receive(0.0)
        return len(self.messages)

    def expect(self, prefix: str, *, after: int = 0, timeout: float = WAIT) -> list[str]:
        deadline = time.monotonic() + timeout
        start = max(self._cursor.get(prefix, 0), after)
        while True:
            for i in range(start, len(self.messages)):
                if any(line.startswith(prefix) for line in self.messages[i]):
                    self._cursor[prefix] = i + 1
                    return self.messages[i]
            start = max(start, len(self.messages))
            left = deadline - time.monotonic()
            if left <= 0:
                pytest.fail(f"no {prefix!r} within {timeout} s; got {self.messages}")
            self._receive(left)

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def short_dir() -> Iterator[Path]:
    """A short directory: a Unix socket path must fit in 108 bytes."""
    path = Path(tempfile.mkdtemp(prefix="wsd", dir="/tmp"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


# -- SystemdNotifier ------------------------------------------------------------------------------

def test_notifier_is_a_no_op_without_notify_socket() -> None:
    notifier = SystemdNotifier({})
    assert not notifier.enabled
    assert notifier.ready() is False and notifier.watchdog() is False
    assert notifier.watchdog_interval is None


def test_notifier_sends_each_message_as_one_datagram(short_dir: Path) -> None:
    path = str(short_dir / "notify")
    server = NotifySocket(path)
    try:
        notifier = SystemdNotifier({"NOTIFY_SOCKET": path})
        assert notifier.ready(status="watching 3 feeds")
        assert server.expect("READY=1") == ["READY=1", "STATUS=watching 3 feeds"]
        before = time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000
        notifier.reloading()
        reloading = server.expect("RELOADING=1")
        after = time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000
        assert reloading[0] == "RELOADING=1"
        usec = int(reloading[1].removeprefix("MONOTONIC_USEC="))
        assert before <= usec <= after  # CLOCK_MONOTONIC, the clock systemd compares with
        notifier.status("line one\nline two")  # a newline would inject a second field
        assert server.expect("STATUS=line") == ["STATUS=line one line two"]
        notifier.watchdog()
        assert server.expect("WATCHDOG=1") == ["WATCHDOG=1"]
        notifier.stopping()
        assert server.expect("STOPPING=1") == ["STOPPING=1"]
        notifier.close()
    finally:
        server.close()


def test_notifier_supports_abstract_sockets() -> None:
    name = f"watcher-test-{os.getpid()}-{time.monotonic_ns()}"
    server = NotifySocket(b"\0" + name.encode())
    try:
        notifier = SystemdNotifier({"NOTIFY_SOCKET": "@" + name})
        assert notifier.ready()
        assert server.expect("READY=1") == ["READY=1"]
    finally:
        server.close()


def test_notifier_survives_a_vanished_socket(short_dir: Path) -> None:
    notifier = SystemdNotifier({"NOTIFY_SOCKET": str(short_dir / "gone")})
    assert notifier.enabled and notifier.ready() is False  # logged, not raised


@pytest.mark.parametrize(("env", "interval"), [
    ({"WATCHDOG_USEC": "30000000"}, 15.0),
    ({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": str(os.getpid())}, 15.0),
    ({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "1"}, None),  # meant for another process
    ({"WATCHDOG_USEC": "0"}, None),
    ({"WATCHDOG_USEC": "soon"}, None),
    ({}, None),
])
def test_watchdog_interval_is_half_the_timeout(env: dict[str, str], interval: float | None) -> None:
    assert SystemdNotifier(env).watchdog_interval == interval


def test_journal_lines_carry_the_syslog_priority(tmp_path: Path) -> None:
    record = logging.LogRecord("watcher.daemon", logging.ERROR, __file__, 1, "boom\nsecond",
                               None, None)
    assert JournalFormatter("%(name)s: %(message)s").format(record) == (
        "<3>watcher.daemon: boom\n<3>second")
    with open(tmp_path / "stream", "w") as stream:
        st = os.fstat(stream.fileno())
        assert stderr_is_journal({"JOURNAL_STREAM": f"{st.st_dev}:{st.st_ino}"}, stream)
        assert not stderr_is_journal({"JOURNAL_STREAM": f"{st.st_dev}:{st.st_ino + 1}"}, stream)
        assert not stderr_is_journal({}, stream)


# -- watcher run under a fake systemd ------------------------------------------------------------

CONFIG = """\
[daemon]
database = "{db}"
interval = "1h"
jitter = "0s"

[[feed]]
url = "{a}"
name = "A"
"""
FEED_B = """
[[feed]]
url = "{b}"
name = "B"
interval = "{interval}"
"""


def wait_for(predicate: object, what: str, timeout: float = WAIT) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():  # type: ignore[operator]
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.05)


def test_watcher_run_speaks_the_notify_protocol(short_dir: Path) -> None:
    pytest.importorskip("watcher.cli")
    config = short_dir / "watcher.toml"
    log_path = short_dir / "stderr.log"
    notify = NotifySocket(str(short_dir / "notify"))
    proc: subprocess.Popen[bytes] | None = None
    with FeedServer() as server:
        a = server.feed("/a.xml", rss("a"))
        b = server.feed("/b.xml", rss("b"))
        base = CONFIG.format(db=short_dir / "watcher.db", a=a)
        config.write_text(base)
        env = {k: v for k, v in os.environ.items()
               if k not in ("WATCHDOG_PID", "LISTEN_FDS", "JOURNAL_STREAM")}
        env.update(NOTIFY_SOCKET=str(short_dir / "notify"), WATCHDOG_USEC="2000000",
                   PYTHONUNBUFFERED="1")
        try:
            with open(log_path, "wb") as log_file:
                proc = subprocess.Popen(
                    [sys.executable, "-m", "watcher", "run", "--config", str(config),
                     "--log-level", "info"],
                    env=env, cwd=short_dir, stdout=subprocess.DEVNULL, stderr=log_file,
                )
            assert notify.expect("READY=1")[0] == "READY=1"
            notify.expect("WATCHDOG=1")
            wait_for(lambda: server.hits("/a.xml") >= 1, "the first poll of feed A")
            notify.expect("STATUS=1 feed polled, 0 not modified, 1 new item")

            # a valid new config: feed B is added without a restart
            config.write_text(base + FEED_B.format(b=b, interval="2s"))
            mark = notify.mark()
            proc.send_signal(signal.SIGHUP)
            reloading = notify.expect("RELOADING=1", after=mark)
            assert reloading[0] == "RELOADING=1" and reloading[1].startswith("MONOTONIC_USEC=")
            assert int(reloading[1].split("=", 1)[1]) > 0
            ready = notify.expect("READY=1", after=mark)
            assert any("+1 -0 ~0" in line for line in ready), ready
            wait_for(lambda: server.hits("/b.xml") >= 1, "the first poll of the added feed B")

            # an invalid config: logged with its exact place, the old config keeps running
            bad = base + FEED_B.format(b=b, interval="soon")
            config.write_text(bad)
            line = bad.splitlines().index('interval = "soon"') + 1
            mark = notify.mark()
            proc.send_signal(signal.SIGHUP)
            notify.expect("RELOADING=1", after=mark)
            ready = notify.expect("READY=1", after=mark)
            assert any(x.startswith("STATUS=reload failed") for x in ready), ready
            expected = f"{config}:{line}: feed[2].interval: expected a duration"
            wait_for(lambda: expected in log_path.read_text(), f"{expected!r} on stderr")
            hits = server.hits("/b.xml")
            wait_for(lambda: server.hits("/b.xml") > hits, "feed B polled again (old config)")
            notify.expect("WATCHDOG=1", after=notify.mark())  # the loop is still healthy
            assert proc.poll() is None

            mark = notify.mark()
            proc.send_signal(signal.SIGTERM)
            notify.expect("STOPPING=1", after=mark)
            assert proc.wait(timeout=WAIT) == 0
            assert "Traceback" not in log_path.read_text()
        finally:
            if proc is not None and proc.poll() is None:
                proc.kill()
                proc.wait(timeout=WAIT)
            notify.close()


def test_a_restart_keeps_the_stored_due_times(short_dir: Path) -> None:
    """Feed A is polled, the daemon restarts: A is not due for an hour, so it is not re-polled."""
    pytest.importorskip("watcher.cli")
    config = short_dir / "watcher.toml"
    env = {k: v for k, v in os.environ.items() if k not in ("WATCHDOG_PID", "WATCHDOG_USEC")}
    env["NOTIFY_SOCKET"] = str(short_dir / "notify")
    notify = NotifySocket(env["NOTIFY_SOCKET"])
    procs: list[subprocess.Popen[bytes]] = []
    with FeedServer() as server:
        config.write_text(CONFIG.format(db=short_dir / "watcher.db",
                                        a=server.feed("/a.xml", rss("a"))))
        argv = [sys.executable, "-m", "watcher", "run", "--config", str(config)]
        try:
            for run in range(2):
                procs.append(subprocess.Popen(argv, env=env, cwd=short_dir,
                                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
                notify.expect("READY=1")
                if run == 0:
                    wait_for(lambda: server.hits("/a.xml") == 1, "the first poll")
                    notify.expect("STATUS=1 feed polled")  # the poll is stored
                else:
                    time.sleep(1.0)  # a restart that forgot the due time polls at once
                procs[-1].send_signal(signal.SIGTERM)
                _, err = procs[-1].communicate(timeout=WAIT)
                assert procs[-1].returncode == 0, err.decode()
            assert server.hits("/a.xml") == 1
        finally:
            for proc in procs:
                if proc.poll() is None:
                    proc.kill()
                    proc.wait(timeout=WAIT)
            notify.close()


def test_memory_deny_write_execute_is_tolerated(short_dir: Path) -> None:
    """``MemoryDenyWriteExecute=yes`` forbids W+X mappings; run a real poll under the kernel's
    ``PR_SET_MDWE`` (Linux 6.3+), which enforces the same rule, and expect it to work."""
    pytest.importorskip("watcher.cli")
    mdwe = "import ctypes, sys; sys.exit(ctypes.CDLL(None).prctl(65, 1, 0, 0, 0))"
    if subprocess.run([sys.executable, "-c", mdwe], check=False).returncode != 0:
        pytest.skip("this kernel has no PR_SET_MDWE")
    config = short_dir / "watcher.toml"
    with FeedServer() as server:
        a = server.feed("/a.xml", rss("a"))
        config.write_text(CONFIG.format(db=short_dir / "watcher.db", a=a))
        code = (
            "import ctypes, mmap, sys\n"
            "assert ctypes.CDLL(None).prctl(65, 1, 0, 0, 0) == 0\n"  # PR_MDWE_REFUSE_EXEC_GAIN
            # the rule is really on: a writable and executable mapping is refused
            "try:\n"
            "    mmap.mmap(-1, 4096, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)\n"
            "    sys.exit('W+X mapping allowed')\n"
            "except PermissionError:\n"
            "    pass\n"
            "import ssl, sqlite3, lxml.etree, feedparser, httpx, telegram, apscheduler\n"
            "from watcher.cli import main\n"
            f"sys.exit(main(['once', '--config', {str(config)!r}]))\n"
        )
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120,
                              check=False, cwd=short_dir)
        assert done.returncode == 0, done.stderr.decode()
        assert server.hits("/a.xml") == 1


# -- the unit file --------------------------------------------------------------------------------

def unit_settings() -> dict[str, list[str]]:
    settings: dict[str, list[str]] = {}
    for line in UNIT.read_text().splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, value = line.split("=", 1)
            settings.setdefault(key, []).append(value)
    return settings


def test_unit_has_what_the_daemon_relies_on() -> None:
    s = unit_settings()
    assert s["Type"] == ["notify"] and s["NotifyAccess"] == ["main"]
    assert s["ExecReload"] == ["/bin/kill -HUP $MAINPID"]
    assert s["ExecStart"] == ["/opt/watcher/bin/watcher run --config /etc/watcher/watcher.toml"]
    assert s["Restart"] == ["on-failure"] and s["WatchdogSec"]
    assert s["StateDirectory"] == ["watcher"] and s["ConfigurationDirectory"] == ["watcher"]
    assert s["EnvironmentFile"] == ["-/etc/watcher/watcher.env"]
    assert s["CapabilityBoundingSet"] == [""] and s["AmbientCapabilities"] == [""]
    assert s["RestrictAddressFamilies"] == ["AF_UNIX AF_INET AF_INET6"]
    assert "IPAddressDeny" not in s  # feeds are on the internet


@pytest.fixture
def analyze() -> str:
    path = shutil.which("systemd-analyze")
    if path is None:
        pytest.skip("systemd-analyze is not installed")
    return path


def test_systemd_analyze_verify_prints_nothing(analyze: str, tmp_path: Path) -> None:
    # verify checks that ExecStart exists; /opt/watcher is not installed here, so a copy of the
    # unit points it at /bin/true (same arguments) and everything else is verified as written
    text = UNIT.read_text()
    assert "ExecStart=/opt/watcher/bin/watcher " in text
    copy = tmp_path / "watcher.service"
    copy.write_text(text.replace("ExecStart=/opt/watcher/bin/watcher ", "ExecStart=/bin/true "))
    done = subprocess.run([analyze, "verify", str(copy)], capture_output=True, text=True,
                          timeout=60, check=False)
    assert (done.stdout + done.stderr) == "" and done.returncode == 0


def test_security_exposure_is_at_most_2(analyze: str) -> None:
    done = subprocess.run([analyze, "security", "--offline=true", "--no-pager", str(UNIT)],
                          capture_output=True, text=True, timeout=60, check=False)
    found = re.search(r"Overall exposure level for watcher\.service: (\d+\.\d+)", done.stdout)
    assert found, done.stdout + done.stderr
    assert float(found.group(1)) <= 2.0


# -- booting real systemd -------------------------------------------------------------------------

@pytest.mark.slow
def test_boot_under_systemd_nspawn(tmp_path: Path) -> None:
    """Start, reload and stop the unit under a real systemd in a container.

    Needs ``systemd-nspawn`` and a root directory with systemd and Python 3.11 in
    ``$WATCHER_NSPAWN_ROOT`` (e.g. ``debootstrap bookworm DIR`` plus ``python3-venv``); the repo is
    bound into it and installed into ``/opt/watcher``. Skipped where either is missing.
    """
    nspawn = shutil.which("systemd-nspawn")
    root = os.environ.get("WATCHER_NSPAWN_ROOT")
    if nspawn is None or not root or not Path(root, "usr/lib/systemd/systemd").exists():
        pytest.skip("systemd-nspawn or $WATCHER_NSPAWN_ROOT not available")
    machine = f"watcher-test-{os.getpid()}"
    script = (
        "set -e\n"
        "python3 -m venv /opt/watcher && /opt/watcher/bin/pip install -q /src\n"
        "install -d /etc/watcher && install -m 644 /src/config/watcher.toml /etc/watcher/\n"
        "install -m 644 /src/systemd/watcher.service /etc/systemd/system/\n"
        "systemctl daemon-reload && systemctl start watcher\n"
        "systemctl is-active watcher\n"
        "systemctl reload watcher && systemctl is-active watcher\n"
        "systemctl stop watcher\n"
        "journalctl -u watcher --no-pager | grep -q 'started'\n"
    )
    boot = subprocess.Popen(
        [nspawn, "-q", "--ephemeral", "-D", root, f"--machine={machine}",
         f"--bind-ro={REPO}:/src", "--boot"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while subprocess.run(["machinectl", "shell", machine, "/bin/true"],
                             capture_output=True, check=False).returncode != 0:
            if time.monotonic() > deadline:
                pytest.fail("the container did not boot")
            time.sleep(1)
        done = subprocess.run(["machinectl", "shell", machine, "/bin/sh", "-c", script],
                              capture_output=True, text=True, timeout=600, check=False)
        assert done.returncode == 0, done.stdout + done.stderr
    finally:
        subprocess.run(["machinectl", "poweroff", machine], capture_output=True, check=False)
        try:
            boot.wait(timeout=60)
        except subprocess.TimeoutExpired:
            boot.kill()
            boot.wait(timeout=10)
