"""A classroom's network, for real: two trainers' hubs and a student's PC, each in its own
network namespace, on one switch (a Linux bridge in a fourth namespace) with no router —
as a room's switch often is. The student's PC finds the hub of her code by mDNS among the
two, at once; the command line does the same with no --hub; and with multicast blocked on
the switch (as some school networks do) it says so, with the address to type, and the
typed address works.

Needs root and ``ip netns`` (iproute2); skipped, saying why, where they are missing.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("lan")]  # one worker sets the room up once

ROOT = Path(__file__).resolve().parents[2]
PORT = 8765
SUBNET = "10.77.0"
ROLES = {"h1": 1, "h2": 2, "st": 10}  # hub 1, hub 2, the student: their address's last byte


def _why_not() -> str | None:
    if not sys.platform.startswith("linux"):
        return "network namespaces are Linux's"
    if os.geteuid() != 0:
        return "ip netns needs root"
    if shutil.which("ip") is None:
        return "no ip command (iproute2)"
    probe = f"capprobe{os.getpid()}"
    made = subprocess.run(["ip", "netns", "add", probe], check=False, capture_output=True,
                          text=True)
    if made.returncode != 0:
        return f"ip netns is not available here: {made.stderr.strip()}"
    subprocess.run(["ip", "netns", "del", probe], check=False, capture_output=True)
    return None


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, text=True)


@dataclass
class Room:
    """The namespaces of one room: ``sw`` the switch, then one per PC."""

    tag: str
    procs: list[subprocess.Popen[str]] = field(default_factory=list)

    def ns(self, role: str) -> str:
        return f"cap{role}{self.tag}"

    def build(self) -> None:
        _ip("netns", "add", self.ns("sw"))
        _ip("-n", self.ns("sw"), "link", "add", "br0", "type", "bridge")
        _ip("-n", self.ns("sw"), "link", "set", "br0", "up")
        for role, last in ROLES.items():
            pc, port = f"v{role}{self.tag}", f"w{role}{self.tag}"
            _ip("netns", "add", self.ns(role))
            _ip("link", "add", pc, "type", "veth", "peer", "name", port)
            _ip("link", "set", pc, "netns", self.ns(role))
            _ip("link", "set", port, "netns", self.ns("sw"))
            _ip("-n", self.ns("sw"), "link", "set", port, "master", "br0")
            _ip("-n", self.ns("sw"), "link", "set", port, "up")
            _ip("-n", self.ns(role), "link", "set", "lo", "up")
            _ip("-n", self.ns(role), "link", "set", pc, "name", "eth0")
            _ip("-n", self.ns(role), "addr", "add", f"{SUBNET}.{last}/24", "dev", "eth0")
            _ip("-n", self.ns(role), "link", "set", "eth0", "up")

    def multicast(self, on: bool) -> None:
        """The switch floods multicast to its ports, or to none (mDNS goes nowhere)."""
        for role in ROLES:
            subprocess.run(["ip", "netns", "exec", self.ns("sw"), "bridge", "link", "set",
                            "dev", f"w{role}{self.tag}", "mcast_flood", "on" if on else "off"],
                           check=True, capture_output=True)

    def run(self, role: str, *argv: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["ip", "netns", "exec", self.ns(role), sys.executable, *argv],
                              check=False, cwd=ROOT, env=_env(), capture_output=True,
                              text=True, timeout=timeout)

    def start(self, role: str, *argv: str) -> subprocess.Popen[str]:
        proc = subprocess.Popen(["ip", "netns", "exec", self.ns(role), sys.executable, *argv],
                                cwd=ROOT, env=_env(), stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True)
        self.procs.append(proc)
        return proc

    def close(self) -> None:
        for proc in self.procs:  # the hubs this test started, each by its own handle
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)
        for role in (*ROLES, "sw"):  # deleting a namespace deletes its veth ends
            subprocess.run(["ip", "netns", "del", self.ns(role)], check=False,
                           capture_output=True)


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "SDL_VIDEODRIVER": "dummy",
            "SDL_AUDIODRIVER": "dummy", "PYTHONUNBUFFERED": "1"}


@dataclass
class Hub:
    code: str
    url: str
    lines: list[str]


def _session(data: Path, world: str) -> str:
    made = subprocess.run([sys.executable, "main.py", "class", "new", "--world", world,
                           "--stations", "epi" if world == "soudure" else "consignation",
                           "--data-dir", str(data)], cwd=ROOT, env=_env(),
                          capture_output=True, text=True, check=True)
    return str(json.loads(made.stdout.strip().splitlines()[-1])["code"])


def _serve(room: Room, role: str, data: Path, code: str) -> Hub:
    proc = room.start(role, "main.py", "hub", "--host", "--port", str(PORT),
                      "--data-dir", str(data))
    lines: list[str] = []
    assert proc.stdout is not None
    out = proc.stdout

    def read() -> None:
        for line in out:
            lines.append(line.rstrip())

    threading.Thread(target=read, daemon=True).start()
    deadline = time.monotonic() + 60
    while not any("announced on the LAN" in line for line in lines):
        assert proc.poll() is None and time.monotonic() < deadline, "\n".join(lines)
        time.sleep(0.05)
    return Hub(code, f"http://{SUBNET}.{ROLES[role]}:{PORT}", lines)


@pytest.fixture(scope="module")
def room(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Room, Hub, Hub]]:
    why = _why_not()
    if why:
        pytest.skip(why)
    made = Room(str(os.getpid() % 100_000))
    try:
        made.build()
        data = tmp_path_factory.mktemp("room")
        first = _serve(made, "h1", data / "h1", _session(data / "h1", "soudure"))
        second = _serve(made, "h2", data / "h2", _session(data / "h2", "maintenance"))
        yield made, first, second
    finally:
        made.close()


FIND = """
import json, sys, tempfile, time
from pathlib import Path
from game.classroom.discover import Search
t0 = time.monotonic()
search = Search(sys.argv[1], "Léa", Path(tempfile.mkdtemp()), typed=sys.argv[2] or None).start()
found = search.wait(30)
print(json.dumps({"url": found[0] if found else None, "took": time.monotonic() - t0,
                  "lan_problem": search.lan_problem}))
"""


def _find(room: Room, code: str, typed: str = "") -> dict[str, Any]:
    done = room.run("st", "-c", FIND, code, typed, timeout=60)
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def test_each_hub_shows_and_announces_its_address_on_a_switch_with_no_router(
        room: tuple[Room, Hub, Hub]) -> None:
    """No default route to guess from: the adapter's own address is the one (ifaddr)."""
    _, first, second = room
    hosts = set()
    for hub in (first, second):
        assert f"hub: listening on {hub.url}" in hub.lines
        announced = next(line for line in hub.lines if "announced on the LAN" in line)
        assert "-cap-" in announced  # a host name of its own
        hosts.add(announced.rsplit("(", 1)[1])
    assert len(hosts) == 2, "two hubs announced the same host name"


def test_the_student_finds_the_hub_of_her_code_among_two(room: tuple[Room, Hub, Hub]) -> None:
    lan, first, second = room
    for hub in (second, first):
        found = _find(lan, hub.code)
        assert found["url"] == hub.url, found
        print(f"found {hub.code} at {hub.url} in {found['took']:.2f} s")
        assert found["took"] < 2.0, f"{found['took']:.2f} s: the search waited for the LAN"


def test_the_command_line_finds_the_hub_with_no_address(room: tuple[Room, Hub, Hub],
                                                       tmp_path: Path) -> None:
    lan, first, _ = room
    done = lan.run("st", "main.py", "--class", first.code, "--student", "Léa", "--headless",
                   "--autoplay", "--data-dir", str(tmp_path))
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"found the hub of session {first.code} at {first.url}" in done.stderr
    line = json.loads(done.stdout.strip().splitlines()[-1])
    assert line["classroom"]["offline"] is False and line["classroom"]["synced"], line


def test_with_multicast_blocked_it_says_what_to_type_and_the_address_works(
        room: tuple[Room, Hub, Hub], tmp_path: Path) -> None:
    lan, _, second = room
    lan.multicast(False)
    try:
        lost = _find(lan, second.code)
        assert lost["url"] is None
        done = lan.run("st", "main.py", "--class", second.code, "--student", "Léa",
                       "--headless", "--autoplay", "--data-dir", str(tmp_path))
        assert done.returncode == 1
        assert f"no hub on the local network knows session {second.code}" in done.stderr
        assert "--hub" in done.stderr and "--class-file" in done.stderr
        typed = _find(lan, second.code, typed=second.url.removeprefix("http://"))
        assert typed["url"] == second.url, typed
    finally:
        lan.multicast(True)
