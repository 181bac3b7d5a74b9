"""One input layer: pygame events from mouse, touch and keyboard become actions."""
from __future__ import annotations

import math

import pygame

from game.actions import Action, Back, Confirm, Drag, Key, Navigate, Point, Press, Release, Tab
from game.viewport import Viewport

DIRECTION_KEYS: dict[int, tuple[int, int]] = {
    pygame.K_LEFT: (-1, 0), pygame.K_a: (-1, 0), pygame.K_q: (-1, 0),
    pygame.K_RIGHT: (1, 0), pygame.K_d: (1, 0),
    pygame.K_UP: (0, -1), pygame.K_w: (0, -1), pygame.K_z: (0, -1),
    pygame.K_DOWN: (0, 1), pygame.K_s: (0, 1),
}  # WASD and ZQSD (AZERTY keyboards) both walk
ARROW_KEYS = {pygame.K_LEFT, pygame.K_RIGHT, pygame.K_UP, pygame.K_DOWN}
CONFIRM_KEYS = {pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE}
BACK_KEYS = {pygame.K_ESCAPE, pygame.K_BACKSPACE}
#: a person's tap or Enter this soon after new content came up is a double tap's second half:
#: nobody has read the screen yet (a playtest: it answered the next before/after statement)
DOUBLE_TAP_S = 0.35


class Controls:
    """What is held right now: directions (for walking, steering the torch) and the pointer."""

    def __init__(self) -> None:
        self.held_keys: set[int] = set()
        self.pointer_down = False
        self.pointer: tuple[float, float] = (0.0, 0.0)

    @property
    def direction(self) -> tuple[int, int]:
        dx = dy = 0
        for key in self.held_keys:
            kx, ky = DIRECTION_KEYS.get(key, (0, 0))
            dx, dy = dx + kx, dy + ky
        return (max(-1, min(1, dx)), max(-1, min(1, dy)))

    def release_all(self) -> None:
        self.held_keys.clear()
        self.pointer_down = False


class InputMapper:
    """Maps one pygame event to zero or one action, keeping :class:`Controls` current."""

    def __init__(self, controls: Controls) -> None:
        self.controls = controls
        self._finger: int | None = None  # the one finger we follow; others are ignored

    def release_all(self) -> None:
        """Nothing held any more, no finger followed (its FINGERUP may never come)."""
        self.controls.release_all()
        self._finger = None

    def map(
        self, event: pygame.event.Event, viewport: Viewport, text_mode: bool = False
    ) -> Action | None:
        """``text_mode``: a text field has focus, so letters are text, not directions."""
        c = self.controls
        t = event.type
        if t == pygame.TEXTINPUT:
            return Key(0, event.text) if text_mode else None
        if t in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP, pygame.MOUSEMOTION):
            if getattr(event, "touch", False):
                return None  # SDL's mouse copy of a finger: the finger event speaks for it
            pos = viewport.to_logical(*event.pos)
            c.pointer = pos
            if t == pygame.MOUSEBUTTONDOWN and event.button == 1:
                c.pointer_down = True
                return Press(pos)
            if t == pygame.MOUSEBUTTONUP and event.button == 1:
                c.pointer_down = False
                return Release(pos)
            if t == pygame.MOUSEMOTION:
                return Drag(pos) if c.pointer_down else Point(pos)
            return None
        if t in (pygame.FINGERDOWN, pygame.FINGERUP, pygame.FINGERMOTION):
            pos = viewport.finger_to_logical(event.x, event.y)
            if t == pygame.FINGERDOWN and self._finger is None:
                self._finger = event.finger_id
                c.pointer, c.pointer_down = pos, True
                return Press(pos)
            if event.finger_id != self._finger:
                return None
            c.pointer = pos
            if t == pygame.FINGERUP:
                self._finger = None
                c.pointer_down = False
                return Release(pos)
            return Drag(pos)
        if t == pygame.KEYDOWN:
            if text_mode:
                if event.key == pygame.K_BACKSPACE:
                    return Key(event.key)
                if event.key not in ARROW_KEYS | CONFIRM_KEYS - {pygame.K_SPACE} | {pygame.K_ESCAPE,
                                                                               pygame.K_TAB}:
                    return None  # a character: it arrives as TEXTINPUT
            if event.key == pygame.K_a and getattr(event, "mod", 0) & pygame.KMOD_SHIFT:
                return Key(event.key, "A")  # Shift+A: the accessibility settings, not "left"
            if event.key in DIRECTION_KEYS:
                c.held_keys.add(event.key)
                dx, dy = DIRECTION_KEYS[event.key]
                return Navigate(dx, dy)
            if event.key == pygame.K_TAB:
                return Tab(event.key, step=-1 if getattr(event, "mod",
                                                         0) & pygame.KMOD_SHIFT else 1)
            if event.key in CONFIRM_KEYS:
                return Confirm()
            if event.key in BACK_KEYS:
                return Back()
            return Key(event.key, getattr(event, "unicode", ""))
        if t == pygame.KEYUP:
            c.held_keys.discard(event.key)
            return None
        if t in (pygame.WINDOWFOCUSLOST, pygame.WINDOWLEAVE):
            self.release_all()
        return None


class DoubleTapGuard:
    """Drops the second half of a person's double tap: a press or Enter that comes less than
    :data:`DOUBLE_TAP_S` after the screen showed something new (another scene on top, or the
    scene's :attr:`~game.scene.Scene.content_version` moved: the next statement), with the drag and
    the release of that press. Only a person's actions come here: the bot taps as fast as its
    clock lets it, and waits for nothing it has not been told to.
    """

    def __init__(self, window_s: float = DOUBLE_TAP_S) -> None:
        self.window_s = window_s
        self._scene: object = None
        self._version = 0
        self._at = -math.inf  # when the content on screen came up
        self._holding = False  # a dropped press: its drag and release are dropped too

    def seen(self, scene: object, version: int, now: float) -> None:
        """What is on screen now (the top scene and its content version), after any change."""
        if scene is not self._scene or version != self._version:
            self._scene, self._version, self._at = scene, version, now

    def drops(self, action: Action, now: float) -> bool:
        """True when ``action`` is (part of) a tap too soon after new content."""
        if self._holding and isinstance(action, (Drag, Release)):
            self._holding = not isinstance(action, Release)
            return True
        self._holding = False
        if isinstance(action, (Press, Confirm)) and now - self._at < self.window_s:
            self._holding = isinstance(action, Press)
            return True
        return False
