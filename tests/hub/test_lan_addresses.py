"""The hub finds its addresses on the room's networks, which students type or discover.

A trainer's test: on a Debian laptop the host name maps to 127.0.1.1, so `hub --host`
printed no address, announced none by mDNS and « Mode classe » showed 127.0.0.1. And a
laptop on the school's Wi-Fi with a cable to the room's switch has two addresses: both are
announced, the default route's first (the one projected).
"""
from __future__ import annotations

import socket
from types import SimpleNamespace
from typing import Any

import ifaddr
import pytest

from game.hub import server


def _adapters(*ips: object) -> list[Any]:
    """ifaddr's answer: one adapter per address given (an IPv6 one is a tuple)."""
    return [SimpleNamespace(nice_name=f"if{i}", ips=[SimpleNamespace(ip=ip)])
            for i, ip in enumerate(ips)]


@pytest.fixture(autouse=True)
def no_adapters(monkeypatch: pytest.MonkeyPatch) -> None:
    """The test machine's own adapters are not the ones a test describes."""
    monkeypatch.setattr(ifaddr, "get_adapters", lambda: [])


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


def test_every_adapter_is_listed_the_default_route_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket, "getaddrinfo",
                        lambda *a, **k: [(socket.AF_INET, 0, 0, "", ("127.0.1.1", 0))])
    monkeypatch.setattr(socket, "socket", FakeUdp)  # the Wi-Fi's default route
    monkeypatch.setattr(ifaddr, "get_adapters", lambda: _adapters(
        "127.0.0.1", "169.254.10.3", "10.42.0.1", ("fe80::1", 0, 2), "192.168.1.20"))
    assert server.lan_addresses() == ["192.168.1.20", "10.42.0.1", "169.254.10.3"]


def test_adapters_that_cannot_be_read_leave_the_routed_address(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> list[Any]:
        raise OSError("no adapters readable here")

    monkeypatch.setattr(ifaddr, "get_adapters", broken)
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: [])
    monkeypatch.setattr(socket, "socket", FakeUdp)
    assert server.lan_addresses() == ["192.168.1.20"]


def test_ifaddr_is_declared_since_the_hub_imports_it() -> None:
    import tomllib
    from pathlib import Path

    project = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text("utf-8"))
    assert any(d.split(">")[0].strip() == "ifaddr" for d in project["project"]["dependencies"])
