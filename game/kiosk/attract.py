"""The attract loop: the bot plays the real game, under a "touch to play" banner and the day's best.

:class:`AttractScene` is the kiosk's home: every reset leads to it, and it hands the screen
to a new bot game at once. :class:`Attract` watches while the bot plays: a person's first tap
or key starts a game at once (nothing reaches the bot), a bot stuck on one screen is
restarted, and :class:`~game.kiosk.overlay.AttractOverlay` is drawn over the bot's game.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pygame

import game.kiosk.strings  # noqa: F401 - registers the kiosk's texts
from game.actions import Action, Drag, Key, Point, Press, Release
from game.app import Actor, Watcher
from game.kiosk.lockdown import CORNER
from game.kiosk.overlay import AttractOverlay
from game.scene import EVERY_FRAME, STILL, Replace, Scene, Transition, visible
from game.ui import theme

if TYPE_CHECKING:
    from game.app import App
    from game.kiosk.kiosk import Kiosk

BOARD_REFRESH_S = 60.0
#: keys that start no game on their own: the organiser's Ctrl+Alt+A begins with them (a
#: playtest: opening the pad from the keyboard counted a visit)
MODIFIER_KEYS = frozenset({pygame.K_LCTRL, pygame.K_RCTRL, pygame.K_LALT, pygame.K_RALT,
                           pygame.K_LSHIFT, pygame.K_RSHIFT, pygame.K_LGUI, pygame.K_RGUI,
                           pygame.K_MODE, pygame.K_CAPSLOCK, pygame.K_NUMLOCK})
STUCK_S = 240.0  # the attract bot on one screen this long: start a new bot game


class AttractScene(Scene):
    """Home in kiosk mode: forget the last visitor, then let the bot start a game."""

    def __init__(self, ctx: Any, kiosk: Kiosk) -> None:
        super().__init__(ctx)
        self.kiosk = kiosk

    def enter(self) -> None:
        self.kiosk.enter_attract()

    def update(self, dt: float) -> Transition | None:
        from game.scenes.title import TitleScene

        return Replace(TitleScene(self.ctx, allow_quit=False))

    def draw(self, surface: pygame.Surface) -> None:
        pal = self.ctx.palette
        surface.fill(pal.paper)


class Attract(Watcher):
    """While the bot plays: a person's tap or key is a new game, the overlay is on top."""

    def __init__(self, kiosk: Kiosk) -> None:
        self.kiosk = kiosk
        self.active = False
        self.overlay = AttractOverlay(kiosk)
        self._pending_start = False  # a press in the admin corner: the game starts on release
        self._board_t = 0.0
        self._stuck_scene = 0
        self._stuck_t = 0.0
        self._last_game = pygame.Surface(theme.LOGICAL_SIZE)  # the bot's game, as drawn
        self._slide_from: float | None = None  # the scene change whose old picture is fixed

    def begin(self) -> None:
        self.active = True
        self._pending_start = False
        self._board_t = 0.0
        self.overlay.refresh()

    def end(self) -> None:
        self.active = False
        self._pending_start = False

    def observe(self, app: App, action: Action, by: Actor) -> bool:
        if by != "person" or not self.active:
            return False  # the bot's taps go to the scenes
        if isinstance(action, Press):
            if CORNER.collidepoint(action.pos):
                self._pending_start = True  # maybe the organiser's long press: wait for release
            else:
                self.kiosk.start_game(self.overlay.lang_at(action.pos))
                self.kiosk.swallow_release()
            return True
        if isinstance(action, Release):
            if self._pending_start:
                self.kiosk.start_game(self.overlay.lang_at(action.pos))
            return True
        if isinstance(action, (Point, Drag)):
            return True
        if isinstance(action, Key) and action.key in MODIFIER_KEYS:
            return True  # maybe the start of Ctrl+Alt+A: the key that follows says
        self.kiosk.start_game(None)  # any key
        return True

    def tick(self, app: App, dt: float) -> None:
        if not self.active:
            return
        self.overlay.update(dt)
        self._board_t += dt
        if self._board_t >= BOARD_REFRESH_S:
            self._board_t = 0.0
            self.overlay.refresh()
        top = id(app.top)
        if top != self._stuck_scene:
            self._stuck_scene, self._stuck_t = top, 0.0
            return
        self._stuck_t += dt
        if self._stuck_t >= STUCK_S:  # the bot cannot get past a screen: a new bot game
            self.kiosk.log.warning("attract: the bot stayed %.0f s on %s; restarting it",
                                   self._stuck_t, app.top.name)
            self._stuck_t = 0.0
            app.transition(self.kiosk.home(None))

    def draw(self, app: App, surface: pygame.Surface) -> None:
        if not self.active:
            return
        slide = app.slide
        if slide.active and slide.still is not None and self._slide_from != slide.start:
            # the old screen's picture was taken with the attract's chrome around the shrunk
            # game: slide the old game itself instead, or the demo shows a screen in a screen
            self._slide_from = slide.start
            slide.still.blit(self._last_game, (0, 0))
            for scene in visible(app.stack):
                scene.draw(surface)
            slide.draw(surface, app.ctx.clock.now(), app.ctx.motion, app.ctx.palette.ink)
        self._last_game.blit(surface, (0, 0))
        self.overlay.draw(surface)

    def frame_interval(self, app: App) -> float | None:
        return EVERY_FRAME if self.active else STILL  # the banner's finger taps on
