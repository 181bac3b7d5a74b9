"""A scene change slides (the old screen leaves to the left), except under reduced motion
and for the questions over a screen (pause, leave)."""
from __future__ import annotations

import pygame

from game.scene import Push, Replace, Reset, Scene
from game.ui.slide import SLIDE_S


class Flat(Scene):
    def __init__(self, ctx, color) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self.color = color

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(self.color)


RED, BLUE = (200, 30, 30), (30, 30, 200)


def shown_after(h, scene, t: float):  # type: ignore[no-untyped-def]
    h.app.transition(Replace(scene))
    h.clock.advance(t)
    h.app.draw()
    s = h.app.display.logical
    return s.get_at((1900, 540))[:3], s.get_at((20, 540))[:3]


def test_a_scene_change_slides_the_old_screen_away(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    h.ctx.settings.reduced_motion = False
    h.app.transition(Replace(Flat(h.ctx, RED)))
    h.clock.advance(1.0)
    h.app.draw()
    right, left = shown_after(h, Flat(h.ctx, BLUE), SLIDE_S * 0.3)
    assert left == RED and right == BLUE  # on its way out to the left, the new one uncovered
    assert h.app.frame_interval() is not None  # drawn every frame while it slides
    h.clock.advance(SLIDE_S)
    h.app.draw()
    assert h.app.display.logical.get_at((1900, 540))[:3] == BLUE
    assert not h.app.slide.active


def test_reduced_motion_and_questions_do_not_slide(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    h.ctx.settings.reduced_motion = True
    h.app.transition(Replace(Flat(h.ctx, RED)))
    h.app.draw()
    assert shown_after(h, Flat(h.ctx, BLUE), SLIDE_S * 0.3) == (BLUE, BLUE)
    h.ctx.settings.reduced_motion = False
    from game.scenes.confirm import LeaveScene

    h.app.transition(Push(LeaveScene(h.ctx)))
    assert not h.app.slide.active
    h.app.transition(Reset(Flat(h.ctx, RED)))  # a kiosk's reset: nothing of the last visitor
    assert not h.app.slide.active
