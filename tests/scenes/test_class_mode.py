"""« Mode classe »: the trainer makes a session from the title screen; the hub serves it."""
from __future__ import annotations

import os
import time
from typing import Any

import pytest

from game.classroom.client import ClassClient
from game.classroom.code import decode
from game.classroom.discover import find
from game.scenes.class_mode import HUB, STARTING, ClassModeScene
from game.scenes.title import TitleScene


def _tap(h: Any, button: str) -> None:
    h.act(*h.app.top.buttons.tap(button))
    h.step(2)


def _create(h: Any) -> Any:
    """« Créer la séance », then frames until the hub answers (it starts on a thread)."""
    _tap(h, "create")
    deadline = time.monotonic() + 20
    while h.ctx.cache.get(HUB) is None and h.app.top.starting is not None:
        assert time.monotonic() < deadline, "the hub did not start"
        time.sleep(0.01)
        h.step(1)
    return h.ctx.cache.get(HUB)


def test_the_trainer_button_is_on_a_pc_title_not_on_a_kiosk(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    assert isinstance(h.app.top, TitleScene)
    assert "Mode classe" in {b.label for b in h.app.top.buttons.items}
    h.ctx.settings.kiosk = True
    h.app.top.layout()
    assert "Mode classe" not in {b.label for b in h.app.top.buttons.items}


@pytest.mark.slow
def test_a_session_made_on_screen_is_served_and_found_by_a_student(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    _tap(h, "class_mode")
    scene = h.app.top
    assert isinstance(scene, ClassModeScene)
    _tap(h, "world:soudure")
    hub = _create(h)
    try:
        assert hub is not None and hub.running, scene.problem
        content = decode(hub.code)
        assert content.world == 1 and content.route == "world" and not content.timers
        assert " ".join(hub.code) in scene.spoken()  # the code, big on the screen
        local = f"http://127.0.0.1:{hub.port}"
        spec = ClassClient(local, hub.code).spec("Léa")
        assert spec.world_id == "soudure" and spec.open
        assert find(hub.code, "Léa", [local]) is not None  # a student's PC finds it
    finally:
        scene.stop()
    assert not hub.running


@pytest.mark.slow
def test_projector_mode_plays_the_session_on_this_pc(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    _tap(h, "class_mode")
    scene = h.app.top
    _tap(h, "world:soudure")
    _tap(h, "projector")
    hub = _create(h)
    try:
        assert hub is not None and decode(hub.code).route == "projector"
        _tap(h, "play")
        assert h.ctx.classroom is not None and not h.ctx.classroom.session.offline
        assert h.ctx.tour is not None and h.ctx.tour.route == "projector"
    finally:
        if h.ctx.classroom is not None:
            h.ctx.classroom.session.stop()
        scene.stop()


def _type(h: Any, text: str) -> None:
    import pygame

    from game.actions import Key

    for ch in text:
        h.act(Key(pygame.K_UNKNOWN, ch))
    h.step(1)


@pytest.mark.slow
def test_a_title_and_a_pin_typed_on_screen_go_with_the_session(make_app) -> None:  # type: ignore[no-untyped-def]
    """A trainer's test: « Mode classe » had no title and no PIN, and started on « Tous les
    mondes » when a 45-minute lesson plays one world."""
    import pygame

    from game.actions import Key
    from game.classroom.sessions import SessionStore
    from game.classroom.trainer import HUB_DIR
    from game.hub.db import open_database
    from game.kiosk.pin import verify_pin

    h = make_app(autoplay=False)
    _tap(h, "class_mode")
    scene = h.app.top
    assert isinstance(scene, ClassModeScene)
    first = h.ctx.scenario.model.worlds[0].id
    chosen = [b.id for b in scene.buttons.items if b.selected]
    assert f"world:{first}" in chosen and "world:*" not in chosen  # one world by default
    _type(h, "2nde  MSPCx")
    h.act(Key(pygame.K_BACKSPACE))
    _tap(h, "field:pin")
    _type(h, "24a6")  # digits only
    assert scene.pin == "246"
    _tap(h, "create")  # three digits: refused in words, nothing made
    assert h.ctx.cache.get(HUB) is None and scene.problem and "4 à 8 chiffres" in scene.problem
    _type(h, "8")
    assert "2468" not in " ".join(b.label for b in scene.buttons.items)  # never shown
    hub = _create(h)
    try:
        assert hub is not None and hub.running, scene.problem
        assert hub.pin == "2468"
        db = open_database(None, h.ctx.settings.data_path / HUB_DIR)
        try:
            made = SessionStore(db).get(hub.code)
        finally:
            db.close()
        assert made is not None and made.title == "2nde MSPC" and made.world_id == first
        assert verify_pin("2468", made.pin_hash)
    finally:
        scene.stop()


@pytest.mark.slow
def test_projector_mode_plays_one_world_and_an_empty_pin_is_picked(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    _tap(h, "class_mode")
    scene = h.app.top
    _tap(h, "world:*")
    _tap(h, "projector")  # every world cannot be played on the projector: the first
    assert scene.world == h.ctx.scenario.model.worlds[0].id and scene.projector
    _tap(h, "world:*")
    assert not scene.projector
    _tap(h, "projector")
    hub = _create(h)
    try:
        assert hub is not None and decode(hub.code).route == "projector"
        assert len(hub.pin) == 4 and hub.pin.isdigit()  # picked by the game
    finally:
        scene.stop()


def test_the_screen_keeps_drawing_while_the_hub_starts(make_app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """« Créer la séance » froze the screen for two seconds (the hub started and announced
    itself on the game's thread); now the tap returns at once, the screen says the session
    starts, and the code appears when the hub answers (which it does before it is
    announced)."""
    import threading

    from game.classroom import trainer

    slow = threading.Event()
    real = trainer._listen

    def held(start: int, host: str) -> Any:
        slow.wait(10)  # the hub takes its time to start: the screen must not wait for it
        return real(start, host)

    monkeypatch.setattr(trainer, "_listen", held)
    h = make_app(autoplay=False)
    _tap(h, "class_mode")
    scene = h.app.top
    t0 = time.monotonic()
    _tap(h, "create")
    assert time.monotonic() - t0 < 1.0
    assert scene.starting is not None and h.ctx.cache.get(HUB) is None
    assert h.ctx.cache.get(STARTING) is scene.starting  # quitting now stops it (run.py)
    assert "create" not in {b.id for b in scene.buttons.items}  # not made twice
    h.step(3)  # frames go on
    slow.set()
    hub = _create(h) if h.ctx.cache.get(HUB) is None else h.ctx.cache.get(HUB)
    try:
        assert hub is not None and hub.running and STARTING not in h.ctx.cache
        assert ClassClient(f"http://127.0.0.1:{hub.port}", hub.code).spec("Léa").open
    finally:
        scene.stop()


def test_a_hub_that_cannot_start_is_said_on_the_screen(make_app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from game.classroom import trainer

    def taken(start: int, host: str) -> Any:
        raise OSError(f"no free port from {start} to {start + 9}")

    monkeypatch.setattr(trainer, "_listen", taken)
    h = make_app(autoplay=False)
    _tap(h, "class_mode")
    scene = h.app.top
    assert _create(h) is None
    assert scene.problem and "Le hub n'a pas démarré" in scene.problem
    assert "create" in {b.id for b in scene.buttons.items}  # try again


def test_a_pc_on_two_networks_shows_both_addresses(make_app) -> None:  # type: ignore[no-untyped-def]
    """A trainer's laptop on the school's Wi-Fi and on the room's switch: the students' PCs may
    be on either, so the screen gives the other address too (never a self-assigned one)."""
    import pygame

    h = make_app(autoplay=False)
    _tap(h, "class_mode")
    scene = h.app.top
    _tap(h, "world:soudure")
    hub = _create(h)
    try:
        assert hub is not None and hub.other_urls == []  # one network: one address
        hub.addresses = ["192.168.1.20", "169.254.3.4", "10.77.0.1"]
        assert hub.short_url == f"192.168.1.20:{hub.port}"
        assert hub.other_urls == [f"10.77.0.1:{hub.port}"]
        spoken = " ".join(scene.spoken())
        assert f"10.77.0.1:{hub.port}" in spoken and "169.254" not in spoken
        surface = pygame.Surface((1920, 1080))
        scene.paint_background(surface)  # the line fits under the address, nothing moves off
        if os.environ.get("CAP_SHOTS"):
            pygame.image.save(surface, os.path.join(os.environ["CAP_SHOTS"], "two_nets.png"))
    finally:
        scene.stop()


def test_back_while_the_hub_starts_returns_at_once(make_app: Any,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """« Retour » while the session starts: the screen waited for the start to end (up to
    20 s, the window frozen); now it goes back at once, and the hub, once its start gets
    that far, is shut in the background: nothing serves, its port is free again."""
    import socket
    import threading

    from game.classroom import trainer

    slow, inside = threading.Event(), threading.Event()
    real = trainer._listen
    made: list[socket.socket] = []

    def held(start: int, host: str) -> Any:
        inside.set()
        slow.wait(10)  # a start that takes its time (a slow disk, a busy PC)
        sock = real(start, host)
        made.append(sock)
        return sock

    monkeypatch.setattr(trainer, "_listen", held)
    h = make_app(autoplay=False)
    _tap(h, "class_mode")
    scene = h.app.top
    _tap(h, "create")
    hub = scene.starting
    assert hub is not None and inside.wait(10)  # the start is under way
    t0 = time.monotonic()
    h.act(*h.app.top.buttons.tap("back"))
    h.step(1)
    took = time.monotonic() - t0
    assert took < 0.5, f"Back took {took:.1f} s"
    assert h.app.top is not scene and STARTING not in h.ctx.cache and HUB not in h.ctx.cache
    slow.set()  # the start gets as far as listening: it sees it was stopped, and serves nothing
    deadline = time.monotonic() + 10
    while not (made and made[0].fileno() == -1):
        assert time.monotonic() < deadline, "the stopped hub's socket was never closed"
        time.sleep(0.02)
    assert not hub.running and hub.problem is not None  # it never served


def test_stopping_the_session_leaves_the_screen_at_once(make_app: Any) -> None:
    """« Arrêter la séance » waited on the screen for the hub to withdraw its mDNS
    announcement and shut (about half a second of frozen window); the screen now goes back
    at once and the hub stops behind it."""
    import threading

    h = make_app(autoplay=False)
    _tap(h, "class_mode")
    scene = h.app.top
    hub = _create(h)
    assert hub is not None and hub.running, scene.problem
    held = threading.Event()
    real_close = hub._announcer.close

    def slow_close() -> None:
        held.wait(10)  # a network slow to take the goodbye
        real_close()

    hub._announcer.close = slow_close
    t0 = time.monotonic()
    h.act(*scene.buttons.tap("stop"))
    took = time.monotonic() - t0
    assert took < 0.5, f"« Arrêter la séance » took {took:.1f} s"
    assert h.app.top is not scene and HUB not in h.ctx.cache
    held.set()
    deadline = time.monotonic() + 10
    while hub.running:
        assert time.monotonic() < deadline, "the stopped hub still serves"
        time.sleep(0.02)
