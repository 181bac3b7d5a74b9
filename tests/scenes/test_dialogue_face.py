"""In the dialogue her portrait blinks, her lips move while her words appear, and her
expression changes with them (listening while the player chooses a question)."""
from __future__ import annotations

import pygame
import pytest

from game.loop import STEP_S
from game.scene import Push
from game.scenes.dialogue import PORTRAIT, DialogueScene


def open_dialogue(h):  # type: ignore[no-untyped-def]
    world = h.ctx.scenario.model.worlds[0]
    h.app.transition(Push(DialogueScene(h.ctx, world.id, world.stations[0].id)))
    return h.app.top


def face(scene) -> bytes:  # type: ignore[no-untyped-def]
    surface = pygame.Surface((1920, 1080))
    scene.draw(surface)
    return pygame.image.tobytes(surface.subsurface(PORTRAIT), "RGB")


def watch(h, scene, seconds: float) -> set[bytes]:  # type: ignore[no-untyped-def]
    seen = set()
    for _ in range(round(seconds / STEP_S)):
        h.clock.advance(STEP_S)
        scene.update(STEP_S)
        seen.add(face(scene))
    return seen


@pytest.mark.slow
def test_she_talks_blinks_and_listens(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    scene = open_dialogue(h)
    assert scene.frames is not None and {"blink", "talk", "smile", "listen"} <= set(
        scene.frames.files)
    calm = face(scene)
    assert len(watch(h, scene, 0.5)) >= 2  # her words appear: her lips move
    scene.shown = len(scene.line_text)  # her line is all there: she stops talking
    assert scene.frame_interval() is not None  # not a still screen: she will blink
    looks = watch(h, scene, 6.0)
    assert len(looks) == 2 and calm in looks  # her calm face, and a blink
    while not scene.walker.in_menu:
        scene.walker.advance()
    scene.shown = len(scene.line_text)
    scene.layout()
    assert scene.face_frame() in ("listen", "blink")
    assert face(scene) != calm  # brows up while the player chooses


@pytest.mark.slow
def test_under_reduced_motion_her_face_is_still_but_listens(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    h.ctx.settings.reduced_motion = True
    scene = open_dialogue(h)
    scene.shown = len(scene.line_text)
    assert scene.frame_interval() is None  # a still screen: the loop sleeps
    assert len(watch(h, scene, 8.0)) == 1  # no blink, no lips
    while not scene.walker.in_menu:
        scene.walker.advance()
    scene.layout()
    assert scene.face_frame() == "listen"
