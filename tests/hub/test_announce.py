"""The hub's mDNS announcement: found with its TXT, or a failure said and the hub serves on."""
from __future__ import annotations

import pytest

from game.hub import announce as announcing


def test_the_hub_is_found_by_its_service_type_with_path_and_version() -> None:
    from zeroconf import Zeroconf

    made, line = announcing.announce(48765, ["127.0.0.1"], name="Cap Industrie test")
    if made is None:  # a machine with no multicast at all: the hub says so and goes on
        assert line.startswith("hub: not announced on the LAN (")
        return
    try:
        assert "announced on the LAN" in line
        browser = Zeroconf()
        try:
            info = browser.get_service_info(announcing.SERVICE_TYPE, made.info.name,
                                             timeout=5000)
        finally:
            browser.close()
        assert info is not None and info.port == 48765
        assert info.properties == {b"path": b"/", b"version": b"1"}
    finally:
        made.close()


def test_a_failing_announcement_is_said_not_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    import zeroconf

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("no multicast here")

    monkeypatch.setattr(zeroconf, "Zeroconf", broken)
    made, line = announcing.announce(8765, ["10.0.0.2"])
    assert made is None and "no multicast here" in line and "type the address" in line
