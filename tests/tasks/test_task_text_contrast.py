"""Every task screen's own text reads from two metres: each colour it draws text in (white on
a coloured fill aside) has at least 4.5:1 contrast on white, in both palettes. The how-to-play
hints were drawn in the muted grey, 2.9:1 (looking through the seven tasks at 1366x768)."""
from __future__ import annotations

import random
from typing import Any

import pygame
import pytest

from game.autoplay import Autoplay
from game.loop import STEP_S
from game.scene import Push
from game.scenes.task import TaskScene

# one shipped station of each task type
STATIONS = [("soudure", "epi"), ("soudure", "preparation"), ("soudure", "soudure"),
            ("soudure", "controle"), ("maintenance", "manometre"), ("batteries", "enduction"),
            ("batteries", "tri-cellules"), ("batteries", "haute-tension")]


def luminance(c: tuple[int, int, int]) -> float:
    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in c[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_on_white(c: tuple[int, int, int]) -> float:
    return 1.05 / (luminance(c) + 0.05)


@pytest.mark.parametrize("contrast", [False, True], ids=["normal", "high-contrast"])
@pytest.mark.parametrize(("world", "station"), STATIONS, ids=[s for _, s in STATIONS])
def test_a_task_screen_draws_its_text_in_readable_colours(game: Any, world: str, station: str,
                                                          contrast: bool) -> None:
    app, ctx, clock = game
    ctx.settings.high_contrast = contrast
    try:
        del app.stack[1:]
        ctx.autoplay = None
        app.transition(Push(TaskScene(ctx, world, station)))
        drawn: list[tuple[str, tuple[int, int, int]]] = []
        disabled: set[str] = set()  # a disabled button's label: the widgets' look, greyed
        render = ctx.text.render

        def noting(text: str, size: int, color: Any, *args: Any, **kwargs: Any) -> Any:
            drawn.append((text, tuple(color)[:3]))
            return render(text, size, color, *args, **kwargs)

        ctx.text.render = noting
        try:
            for phase in range(3):  # at rest, then while the bot plays (hints, counts, marks)
                if phase == 1:
                    ctx.autoplay = Autoplay(random.Random(5), skill=0.5)
                    top = app.top
                    top.bot_policy = top.kind.bot(top.rules.params, ctx.autoplay.rng, 0.5)
                for _ in range(round(1.5 / STEP_S)):
                    clock.advance(STEP_S)
                    app.frame()
                    if app.top.name != "TaskScene":
                        break
                if app.top.name != "TaskScene":
                    break
                view = app.top.view
                view.draw(pygame.Surface((1920, 1080)))
                disabled |= {b.label for b in view.buttons.items if not b.enabled}
        finally:
            del ctx.text.render
            ctx.autoplay = None
        white = ctx.palette.white
        faint = {(text, c) for text, c in drawn
                 if c != white and text not in disabled and contrast_on_white(c) < 4.5}
        assert drawn and not faint, faint
    finally:
        ctx.settings.high_contrast = False
