""""Encore là ?": after a visitor's silence, a countdown over the paused game, then a reset.

A scene pushed on top, so the game below is paused (its timers wait) and stays visible.
Any tap or key continues; at zero the kiosk resets to the attract loop.
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import pygame

import game.kiosk.strings  # noqa: F401 - registers the kiosk's texts
from game.actions import Action, Back, Confirm, Key, Navigate, Press
from game.scene import Pop, Scene, Transition
from game.ui import draw, theme
from game.ui.widgets import Button, Buttons

if TYPE_CHECKING:
    from game.kiosk.kiosk import Kiosk

PANEL = pygame.Rect(510, 150, 900, 780)
CONTINUE = pygame.Rect(660, 760, 600, 130)
RING_CENTER = (960, 560)
RING_R = 110
BEEPS_FROM_S = 5  # a short tick each second from here


class CountdownScene(Scene):
    modal = True

    @property
    def transparent(self) -> bool:
        return not self.backdrop.taken  # the paused game is drawn once, for the still

    def __init__(self, ctx: Any, kiosk: Kiosk, seconds: float) -> None:
        super().__init__(ctx)
        self.backdrop = draw.Backdrop(alpha=170)
        self.kiosk = kiosk
        self.total = seconds
        self.left = seconds
        self.buttons = Buttons([Button("continue", CONTINUE, ctx.tr("kiosk_continue"),
                                       size=theme.TEXT_LARGE)], focus=0)
        self._beeped = math.ceil(seconds) + 1

    def handle(self, action: Action) -> Transition | None:
        if isinstance(action, (Press, Confirm, Key, Navigate, Back)):
            if isinstance(action, Press):
                self.kiosk.swallow_release()
            return Pop()  # the visitor is there: back to the game as it was
        return None

    def update(self, dt: float) -> Transition | None:
        self.left -= dt
        whole = math.ceil(self.left)
        if whole < self._beeped and whole <= BEEPS_FROM_S:
            self._beeped = whole
            try:
                self.ctx.play("countdown")
            except Exception as err:  # a sound is never worth a crash
                self.kiosk.log.warning("countdown sound: %s", err)
        if self.left <= 0:
            return self.kiosk.home("walked_away")
        return None

    def targets(self) -> list[pygame.Rect]:
        # the button, and the whole screen: a tap anywhere continues
        return [b.rect for b in self.buttons.items] + [pygame.Rect(0, 0, *theme.LOGICAL_SIZE)]

    def draw(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        self.backdrop.draw(surface, pal)
        draw.panel(surface, pal, PANEL, pal.paper, radius=36, shadow=12)
        t = self.ctx.text
        title = t.render(self.ctx.tr("kiosk_still_there"), theme.TEXT_HUGE, pal.ink)
        surface.blit(title, title.get_rect(midtop=(PANEL.centerx, PANEL.y + 50)))
        sub = t.render(self.ctx.tr("kiosk_stops_in"), theme.TEXT_BODY, pal.ink)
        surface.blit(sub, sub.get_rect(midtop=(PANEL.centerx, PANEL.y + 200)))
        self._ring(surface)
        self.buttons.draw(surface, t, pal)  # focused: Enter continues too

    def _ring(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        frac = max(0.0, self.left / self.total) if self.total > 0 else 0.0
        rect = pygame.Rect(0, 0, 2 * RING_R, 2 * RING_R)
        rect.center = RING_CENTER
        pygame.draw.circle(surface, pal.floor, RING_CENTER, RING_R, 18)
        if frac > 0:
            start = math.pi / 2
            pygame.draw.arc(surface, pal.welding if self.left <= BEEPS_FROM_S else pal.primary,
                            rect, start, start + 2 * math.pi * frac, 18)
        t = self.ctx.text
        number = t.render(str(max(0, math.ceil(self.left))), theme.TEXT_HUGE, pal.ink)
        surface.blit(number, number.get_rect(center=(RING_CENTER[0], RING_CENTER[1] - 14)))
        unit = t.render(self.ctx.tr("kiosk_seconds"), theme.TEXT_SMALL, pal.muted)
        surface.blit(unit, unit.get_rect(midtop=(RING_CENTER[0], RING_CENTER[1] + 40)))
