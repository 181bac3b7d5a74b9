"""A student's PC finds the trainer's hub: the search ends as soon as the hub that knows the
code answers — not after a fixed three seconds on the LAN (measured: 3.0 s before, about
0.1 s now on loopback) — and an address that does not answer delays nothing."""
from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from game.classroom.code import CodeContent, encode
from game.classroom.discover import LISTEN_S, Search, SessionClosed, find, save_address

CODE = encode(CodeContent(world=1, route="world", timers=False))
OTHER = encode(CodeContent(world=2, route="world", timers=False))


@pytest.fixture
def silent() -> Iterator[str]:
    """An address that takes the connection and never answers (a PC gone to sleep, a
    firewall that drops): asking it costs the client's whole timeout."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    sock.close()


def _lan(urls: list[str], heard: list[threading.Event]) -> Any:
    """A LAN that hears of ``urls`` one by one, then keeps listening until told to stop."""
    def lan(found: Callable[[str], None], stop: threading.Event) -> str | None:
        for url in urls:
            found(url)
            time.sleep(0.02)
        stopped = stop.wait(LISTEN_S)
        if stopped:
            heard.append(stop)
        return None

    return lan


def _search(tmp_path: Path, lan: Any, typed: str | None = None,
            code: str = CODE) -> tuple[Search, float]:
    t0 = time.monotonic()
    search = Search(code, "Léa", tmp_path, typed=typed, lan=lan).start()
    search.wait(30)
    return search, time.monotonic() - t0


def test_the_search_ends_when_the_hub_for_the_code_answers(tmp_path: Path, fake_hub: Any,
                                                           silent: str) -> None:
    other = fake_hub(code=OTHER, world=2)  # another trainer's hub in the building
    right = fake_hub(code=CODE, world=1, stations=["epi"])
    stopped: list[threading.Event] = []
    search, took = _search(tmp_path, _lan([silent, other.url, right.url], stopped))
    assert search.result is not None and search.result[0] == right.url
    assert took < 1.0, f"{took:.2f} s: the search waited for the LAN or the silent address"
    deadline = time.monotonic() + 1.0
    while not stopped and time.monotonic() < deadline:
        time.sleep(0.01)
    assert stopped, "the LAN was still listened to after the hub answered"
    assert (tmp_path / "classroom" / "hub.txt").read_text().strip() == right.url  # kept


def test_a_saved_address_that_no_longer_answers_delays_nothing(tmp_path: Path, fake_hub: Any,
                                                               silent: str) -> None:
    """Last week's hub was elsewhere: the LAN is listened to meanwhile, not after."""
    save_address(tmp_path, silent)
    right = fake_hub(code=CODE, world=1)
    search, took = _search(tmp_path, _lan([right.url], []))
    assert search.result is not None and search.result[0] == right.url and took < 1.0


def test_nothing_found_ends_when_the_lan_is_done_and_says_why(tmp_path: Path) -> None:
    def no_network(found: Callable[[str], None], stop: threading.Event) -> str | None:
        return "mDNS cannot listen here (no interface)"

    search, took = _search(tmp_path, no_network)
    assert search.result is None and not search.closed and took < 1.0
    assert search.lan_problem == "mDNS cannot listen here (no interface)"


def test_a_typed_address_is_asked_alone(tmp_path: Path, fake_hub: Any) -> None:
    right = fake_hub(code=CODE, world=1)
    asked: list[str] = []

    def lan(found: Callable[[str], None], stop: threading.Event) -> str | None:
        asked.append("lan")
        return None

    search, _ = _search(tmp_path, lan, typed=right.url.removeprefix("http://"))
    assert search.result is not None and search.result[0] == right.url and not asked


def test_a_closed_session_is_said_closed_unless_another_hub_has_it(fake_hub: Any) -> None:
    closed = fake_hub(code=CODE, world=1)
    closed.closed = True
    with pytest.raises(SessionClosed):
        find(CODE, "Léa", [closed.url])
    open_ = fake_hub(code=CODE, world=1)
    found = find(CODE, "Léa", [closed.url, open_.url])
    assert found is not None and found[0] == open_.url


@pytest.mark.slow
def test_a_hub_announced_by_mdns_is_found_at_once(tmp_path: Path, fake_hub: Any) -> None:
    """The real thing on this machine's loopback: zeroconf's announcement, the real listener."""
    from game.hub.announce import announce

    right = fake_hub(code=CODE, world=1)
    made, line = announce(int(right.url.rsplit(":", 1)[1]), ["127.0.0.1"])
    if made is None:
        pytest.skip(f"no multicast on this machine: {line}")
    try:
        t0 = time.monotonic()
        search = Search(CODE, "Léa", tmp_path).start()
        search.wait(10)
        took = time.monotonic() - t0
    finally:
        made.close()
    assert search.result is not None and search.result[0] == right.url, search.lan_problem
    assert took < LISTEN_S - 1.0, f"found in {took:.2f} s: the search waited for the LAN"
