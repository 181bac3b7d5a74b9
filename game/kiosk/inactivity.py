"""Inactivity: after ``inactivity_s`` without a person's input, the "Encore là ?" countdown.

Never on the attract loop, never over the countdown or the apology, and never while the
player holds something (a drag, the welding torch): the delay counts from when it is let go,
and starts again in full after "Je continue".
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from game.actions import Action
from game.app import Actor, Watcher
from game.kiosk.attract import AttractScene
from game.kiosk.countdown import CountdownScene
from game.kiosk.crash import BareScene, CrashScene
from game.scene import Push

if TYPE_CHECKING:
    from game.app import App
    from game.kiosk.kiosk import Kiosk


class Inactivity(Watcher):
    def __init__(self, kiosk: Kiosk) -> None:
        self.kiosk = kiosk
        self._mark = 0.0  # app.idle_s when the player last held something or continued

    def restart(self, app: App) -> None:
        """A full delay from now (the admin area opened from a key, not a dispatched action)."""
        self._mark = app.idle_s

    def observe(self, app: App, action: Action, by: Actor) -> bool:
        if by == "person":
            self._mark = 0.0  # app.idle_s starts again from 0 too
        return False

    def tick(self, app: App, dt: float) -> None:
        if self.kiosk.attract:
            return
        top = app.top
        if top.busy:  # a drag or a torch is held: a person is there
            self._mark = app.idle_s
            return
        if isinstance(top, (CountdownScene, CrashScene, BareScene, AttractScene)):
            return
        idle = app.idle_s - self._mark if app.idle_s >= self._mark else app.idle_s
        if idle >= self.kiosk.config.inactivity_s:
            self._mark = app.idle_s  # after "Je continue", a full delay again
            app.transition(Push(CountdownScene(app.ctx, self.kiosk, self.kiosk.config.countdown_s)))
