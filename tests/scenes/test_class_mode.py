"""« Mode classe »: the trainer makes a session from the title screen; the hub serves it."""
from __future__ import annotations

from typing import Any

from game.classroom.client import ClassClient
from game.classroom.code import decode
from game.classroom.discover import find
from game.scenes.class_mode import HUB, ClassModeScene
from game.scenes.title import TitleScene


def _tap(h: Any, button: str) -> None:
    h.act(*h.app.top.buttons.tap(button))
    h.step(2)


def test_the_trainer_button_is_on_a_pc_title_not_on_a_kiosk(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    assert isinstance(h.app.top, TitleScene)
    assert "Mode classe" in {b.label for b in h.app.top.buttons.items}
    h.ctx.settings.kiosk = True
    h.app.top.layout()
    assert "Mode classe" not in {b.label for b in h.app.top.buttons.items}


def test_a_session_made_on_screen_is_served_and_found_by_a_student(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    _tap(h, "class_mode")
    scene = h.app.top
    assert isinstance(scene, ClassModeScene)
    _tap(h, "world:soudure")
    _tap(h, "create")
    hub = h.ctx.cache.get(HUB)
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


def test_projector_mode_plays_the_session_on_this_pc(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    _tap(h, "class_mode")
    scene = h.app.top
    _tap(h, "world:soudure")
    _tap(h, "projector")
    _tap(h, "create")
    hub = h.ctx.cache.get(HUB)
    try:
        assert hub is not None and decode(hub.code).route == "projector"
        _tap(h, "play")
        assert h.ctx.classroom is not None and not h.ctx.classroom.session.offline
        assert h.ctx.tour is not None and h.ctx.tour.route == "projector"
    finally:
        if h.ctx.classroom is not None:
            h.ctx.classroom.session.stop()
        scene.stop()
