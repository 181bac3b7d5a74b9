"""The hub's mDNS announcement: found with its TXT, or a failure said and the hub serves on;
a host name of each hub's own; announced once it answers, not before."""
from __future__ import annotations

import threading
import time

import pytest

from game.hub import announce as announcing


@pytest.mark.slow
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


@pytest.mark.slow
def test_each_hub_has_a_host_name_of_its_own() -> None:
    """Two trainers' PCs cloned from one image share a computer name: their hubs must not
    claim the same mDNS host (one would answer for the other's address)."""
    assert announcing.host_label("PC-Formateur.lan", "a1b2c3") == "pc-formateur-cap-a1b2c3"
    assert announcing.host_label("Salle 204_B", "00ff00") == "salle-204-b-cap-00ff00"
    assert announcing.host_label("___", "abcdef") == "hub-cap-abcdef"
    first, _ = announcing.announce(48766, ["127.0.0.1"])
    if first is None:
        pytest.skip("no multicast on this machine")
    second, _ = announcing.announce(48767, ["127.0.0.1"])
    try:
        assert second is not None
        assert first.info.server != second.info.server
        assert first.info.name != second.info.name
        assert first.info.server.endswith(".local.") and "-cap-" in first.info.server
    finally:
        first.close()
        if second is not None:
            second.close()


def test_the_announcer_waits_until_the_hub_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    from game.hub.ready import Readiness

    announced: list[float] = []
    serving = Readiness()

    def fake(port: int, addresses: list[str], name: str | None = None) -> tuple[None, str]:
        assert serving.answers, "announced before the hub could answer"
        announced.append(time.monotonic())
        return None, "hub: not announced on the LAN (test)"

    monkeypatch.setattr(announcing, "announce", fake)
    lines: list[str] = []
    announcer = announcing.Announcer(8765, ["10.0.0.2"], ready=serving,
                                     said=lines.append).start()
    time.sleep(0.2)
    assert not announced and not announcer.done.is_set()
    serving.settle(True)
    assert announcer.done.wait(5)
    assert announced and lines == ["hub: not announced on the LAN (test)"]
    announcer.close()


def test_the_hub_is_announced_when_its_server_says_it_answers(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """One wait, shared: the server itself says when it answers (game.hub.serving), and the
    announcer waits for that word instead of polling; at the moment it announces, a student's
    PC is served. A server stopped before it answered is never announced, and the announcer
    is done at once (it used to poll for 30 s)."""
    import socket
    import urllib.request

    import uvicorn
    from starlette.applications import Starlette
    from starlette.responses import PlainTextResponse
    from starlette.routing import Route

    from game.hub.serving import Serving

    served: list[str] = []

    def fake(port: int, addresses: list[str], name: str | None = None) -> tuple[None, str]:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as reply:
            served.append(reply.read().decode())
        return None, "hub: not announced on the LAN (test)"

    monkeypatch.setattr(announcing, "announce", fake)
    app = Starlette(routes=[Route("/", lambda request: PlainTextResponse("here"))])
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    server = Serving(uvicorn.Config(app, log_level="warning"))
    announcer = announcing.Announcer(sock.getsockname()[1], ["127.0.0.1"],
                                     ready=server.ready).start()
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        assert announcer.done.wait(10) and served == ["here"]
    finally:
        server.should_exit = True
        thread.join(5)
        announcer.close()

    never = Serving(uvicorn.Config(app, log_level="warning"))
    late = announcing.Announcer(9, ["127.0.0.1"], ready=never.ready).start()
    never.should_exit = True  # stopped before it ever served
    t0 = time.monotonic()
    never.run(sockets=[socket.socket()])
    assert late.done.wait(2) and time.monotonic() - t0 < 2
    assert late.announcement is None and not never.ready.answers
