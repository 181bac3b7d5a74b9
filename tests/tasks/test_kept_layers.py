"""A task view that keeps its bottom layer (TaskView.layer_key) draws, frame after frame,
exactly the pixels it draws when drawn whole: under taps, drags and keys, while the bot
plays, in both palettes, at the largest text size and with the hold-free setting. A layer
kept for a state that has changed would show the old cards, marks or chips."""
from __future__ import annotations

import random
from typing import Any

import pygame
import pytest

from game.actions import Action, Confirm, Drag, Navigate, Point, Press, Release, Tab
from game.autoplay import Autoplay
from game.loop import STEP_S
from game.scenes.task import TaskScene
from tests.tasks.conftest import open_task

# one shipped station of each task type that keeps a layer, and a second one of some
STATIONS = [("soudure", "controle"), ("maintenance", "manometre"), ("batteries", "enduction"),
            ("batteries", "tri-cellules"), ("batteries", "haute-tension"),
            ("soudure", "preparation"), ("soudure", "soudure"), ("soudure", "epi")]


def frames(scene: TaskScene) -> tuple[bytes, bytes]:
    """The scene drawn as the game draws it (with the kept layer, if any), then whole."""
    kept, whole = pygame.Surface((1920, 1080)), pygame.Surface((1920, 1080))
    scene.draw(kept)
    scene.view.layer_key = lambda: None  # type: ignore[method-assign]
    try:
        scene.draw(whole)
    finally:
        del scene.view.layer_key
    return pygame.image.tobytes(kept, "RGB"), pygame.image.tobytes(whole, "RGB")


def gestures(scene: TaskScene) -> list[list[Action]]:
    """Taps on each target, a drag from each to the next (hovering the others on the way),
    and the keys: what a person does, in an order that visits most states."""
    out: list[list[Action]] = [[Tab(step=1)], [Navigate(1, 0)], [Navigate(0, 1)], [Confirm()],
                               [Navigate(1, 0)], [Confirm()], [Tab(step=-1)], [Confirm()]]
    rects = [r for r in scene.view.targets() if r.y >= 200][:8] or [scene.view.rect]
    for a, b in zip(rects, [*rects[1:], rects[0]], strict=False):
        out.append([Point(a.center)])
        out.append([Press(a.center), Release(a.center)])
        mid = ((a.centerx + b.centerx) / 2, (a.centery + b.centery) / 2)
        out.append([Press(a.center), Drag((a.centerx + 30, a.centery)), Drag(mid)])
        out.append([Drag(b.center)])
        out.append([Release(b.center)])
    return out


# the quick run checks each station in the normal look; the whole suite in every look (each
# case replays a task to its end: 1-5 s)
LOOKS = ["normal", *(pytest.param(look, marks=pytest.mark.slow)
                     for look in ("high-contrast", "large-text", "hold-free"))]


@pytest.mark.parametrize("look", LOOKS)
@pytest.mark.parametrize(("world", "station"), STATIONS, ids=[s for _, s in STATIONS])
def test_a_kept_layer_draws_the_same_pixels_as_the_whole_view(game: Any, world: str,
                                                               station: str, look: str) -> None:
    app, ctx, clock = game
    ctx.settings.high_contrast = look == "high-contrast"
    ctx.settings.text_scale = 1.3 if look == "large-text" else 1.0
    ctx.settings.hold_free = look == "hold-free"  # the assisted weld pass, the gauge's taps
    ctx.apply_settings()
    try:
        open_task(game, world, station)
        scene = app.top
        assert isinstance(scene, TaskScene)
        checked = 0
        for actions in gestures(scene):
            if app.top is not scene or scene.rules.finished:
                break
            for action in actions:
                app.dispatch(action)
            for _ in range(3):  # a shake under way, a needle moving
                clock.advance(STEP_S)
                app.update(STEP_S)
            kept, whole = frames(scene)
            same = kept == whole  # (not in the assert: pytest would print 6 MB of pixels)
            assert same, f"{station}: after {actions}"
            checked += 1
        ctx.autoplay = Autoplay(random.Random(5), skill=0.5)  # then the bot plays it out
        scene.bot_policy = scene.kind.bot(scene.rules.params, ctx.autoplay.rng, 0.5)
        for step in range(900):
            if app.top is not scene:
                break
            clock.advance(STEP_S)
            app.update(STEP_S)
            if step % 5 == 0:
                kept, whole = frames(scene)
                same = kept == whole
                assert same, f"{station}: bot step {step}"
                checked += 1
        assert checked > 10
    finally:
        ctx.autoplay = None
        ctx.settings.high_contrast = False
        ctx.settings.text_scale = 1.0
        ctx.settings.hold_free = False
        ctx.apply_settings()


def test_a_kept_layer_follows_the_palette_when_the_contrast_changes(game: Any) -> None:
    """Switching to high contrast in the middle of a task: the kept layer is painted again."""
    app, ctx, _ = game
    open_task(game, "batteries", "tri-cellules")
    scene = app.top
    assert isinstance(scene, TaskScene) and scene.view.layer_key() is not None
    before, _ = frames(scene)
    ctx.settings.high_contrast = True
    ctx.apply_settings()
    try:
        app.settings_check()
        kept, whole = frames(scene)
        same, changed = kept == whole, kept != before
        assert same and changed
    finally:
        ctx.settings.high_contrast = False
        ctx.apply_settings()
