"""The accessibility keys and self-voicing's ear on the game, as one app watcher.

V switches self-voicing on and off from any screen; Shift+A opens the accessibility settings.
While self-voicing is on, the watcher says what each screen declares (``Scene.spoken``) when it
appears or changes (a new dialogue line, a new question), and the focused button or item
(``Scene.focus_label``) when the keyboard focus moves. Scenes say what they show; they never
call the speech engine themselves.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.actions import Action, Key
from game.app import Actor, Watcher

if TYPE_CHECKING:
    from game.app import App
    from game.scene import Scene, Transition

    OpenSettings = Callable[[App], Transition | None]


class AccessibilityWatcher(Watcher):
    """Watches every screen for what to say, and takes the V and Shift+A keys."""

    def __init__(self, open_settings: OpenSettings | None = None) -> None:
        self._open_settings = open_settings
        self._scene: Scene | None = None
        self._lines: tuple[str, ...] = ()
        self._focus: str | None = None
        self._failed = False  # a screen that cannot be said is reported once

    def observe(self, app: App, action: Action, by: Actor) -> bool:
        if by != "person" or not isinstance(action, Key) or app.top.text_mode:
            return False
        if action.key == pygame.K_v:
            self.toggle(app)
            return True
        if action.key == pygame.K_a and action.text == "A" and self._open_settings is not None:
            app.transition(self._open_settings(app))
            return True
        return False

    def toggle(self, app: App) -> None:
        ctx = app.ctx
        if ctx.settings.self_voicing:
            ctx.speech.say(ctx.tr("voice_off"), repeat=True)  # said before it goes quiet
            ctx.settings.self_voicing = False
        else:
            ctx.settings.self_voicing = True
            ctx.apply_settings()
            ctx.speech.say(ctx.tr("voice_on"), repeat=True)
            self._scene = None  # then the screen is said again
        ctx.apply_settings()

    def tick(self, app: App, dt: float) -> None:
        if not app.ctx.settings.self_voicing:
            self._scene = None
            return
        top = app.top
        try:
            lines = tuple(line for line in top.spoken() if line)
            focus = top.focus_label()
        except Exception as err:  # what is said must never stop the game
            if not self._failed:
                self._failed = True
                print(f"self-voicing: {top.name} could not be said ({err!r})", file=sys.stderr)
            return
        new_screen = top is not self._scene
        if new_screen or lines != self._lines:
            self._scene, self._lines, self._focus = top, lines, focus
            app.ctx.speech.forget()
            parts = [*lines, focus] if (new_screen and focus) else list(lines)
            if parts:
                app.ctx.say(*parts)
        elif focus != self._focus:
            self._focus = focus
            if focus:
                app.ctx.speech.say(focus, repeat=True)

