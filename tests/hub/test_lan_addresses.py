"""The hub finds its address on the room's network, which students type or discover.

A trainer's test: on a Debian laptop the host name maps to 127.0.1.1, so `hub --host`
printed no address, announced none by mDNS and « Mode classe » showed 127.0.0.1.
"""
from __future__ import annotations

import socket
from typing import Any

import pytest

from game.hub import server


class FakeUdp:
    """A UDP socket whose system would send from ``addr`` (nothing goes out)."""

    addr = "192.168.1.20"

    def __init__(self, *args: Any) -> None:
        self.target: tuple[str, int] | None = None

    def __enter__(self) -> FakeUdp:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def connect(self, target: tuple[str, int]) -> None:
        if target[0].startswith("172."):
            raise OSError("Network is unreachable")  # no route that way
        self.target = target

    def getsockname(self) -> tuple[str, int]:
        return (self.addr, 40000)


def test_a_host_name_that_maps_to_loopback_still_gives_the_lan_address(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket, "getaddrinfo",
                        lambda *a, **k: [(socket.AF_INET, 0, 0, "", ("127.0.1.1", 0))])
    monkeypatch.setattr(socket, "socket", FakeUdp)
    assert server.lan_addresses() == ["192.168.1.20"]


def test_no_network_at_all_gives_no_address(monkeypatch: pytest.MonkeyPatch) -> None:
    def nothing(*a: Any, **k: Any) -> list[Any]:
        raise OSError("no name")

    class Unrouted(FakeUdp):
        def connect(self, target: tuple[str, int]) -> None:
            raise OSError("Network is unreachable")

    monkeypatch.setattr(socket, "getaddrinfo", nothing)
    monkeypatch.setattr(socket, "socket", Unrouted)
    assert server.lan_addresses() == []
