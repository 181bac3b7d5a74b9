"""The kiosk: what its parts share, and the few things that move the whole kiosk.

Each part is a watcher of the app that does one thing (:class:`game.app.Watcher`: the app
calls ``event``, ``observe`` with who acted, ``tick``, ``draw``, ``allow_quit``):
- :class:`~game.kiosk.lockdown.Lockdown`: desktop keys, window close and quitting screens do
  nothing; Ctrl+Alt+A or a 3-second press in the top-left corner opens the admin area;
- :class:`~game.kiosk.inactivity.Inactivity`: "Encore là ?" after a visitor's silence;
- :class:`~game.kiosk.visits.Visits`: each visit (start, time played, how it ended) for the report;
- :class:`Swallow`: the rest of a press the kiosk used reaches no scene;
- :class:`~game.kiosk.attract.Attract`: the bot's game under the banner; a tap starts a game;
and :class:`~game.kiosk.crash.CrashGuard` is the app's guard. :class:`Kiosk` holds the
settings, the log and the organiser's code (:class:`~game.kiosk.pin.PinGuard`), and does
what involves several parts: back to the attract loop, a visitor's new game, the admin area.
"""
from __future__ import annotations

import logging
import random
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import game.kiosk.strings  # noqa: F401 - registers the kiosk's texts
from game import flow
from game.actions import Action, Drag, Release
from game.app import Actor, Watcher
from game.autoplay import Autoplay
from game.kiosk.attract import Attract
from game.kiosk.config import KioskConfig, Loaded
from game.kiosk.crash import CrashGuard
from game.kiosk.inactivity import Inactivity
from game.kiosk.lockdown import CORNER, LONG_PRESS_S, Lockdown
from game.kiosk.pin import PinGuard
from game.kiosk.visits import Visit, Visits
from game.scene import Reset, Transition
from game.scores.records import Outcome

if TYPE_CHECKING:
    import pygame

    from game.app import App
    from game.kiosk.overlay import AttractOverlay

__all__ = ["CORNER", "LONG_PRESS_S", "Kiosk", "Swallow"]
BOT_SKILL = 0.85
ATTRACT_FPS = 30  # the demo is drawn at this rate: a kiosk idles ten hours a day


class Swallow(Watcher):
    """A press the kiosk used (a new game, "Je continue", the admin gesture): its drag and its
    release are the kiosk's too, so the scene below does not get half a gesture."""

    def __init__(self) -> None:
        self.armed = False

    def observe(self, app: App, action: Action, by: Actor) -> bool:
        if by != "person":
            return False
        if self.armed and isinstance(action, (Drag, Release)):
            self.armed = not isinstance(action, Release)
            return True
        self.armed = False
        return False


class Kiosk:
    def __init__(self, app: App, loaded: Loaded, log: logging.Logger, log_path: Path | None,
                 rng: random.Random) -> None:
        self.app = app
        self.ctx = app.ctx
        self.config: KioskConfig = loaded.config
        self.config_path = loaded.path
        self.config_problems = list(loaded.problems)
        self.log = log
        self.log_path = log_path
        self.rng = rng
        self.pin = PinGuard(self.config.admin_pin, self.ctx.clock.now)
        self.quitting = False
        self.lockdown = Lockdown(self)
        self.inactivity = Inactivity(self)
        self.visits = Visits(self)
        self.swallow = Swallow()
        self.attract_loop = Attract(self)
        self.crash = CrashGuard(self)
        self._outcome: Outcome | None = None
        self._timers_off = not app.ctx.settings.timers  # --no-timers on the command line

    @property
    def watchers(self) -> list[Watcher]:
        """In the order they see an action."""
        return [self.lockdown, self.inactivity, self.visits, self.swallow, self.attract_loop]

    # --- what the parts know, asked in one place ---------------------------------------------
    @property
    def attract(self) -> bool:
        return self.attract_loop.active

    @property
    def overlay(self) -> AttractOverlay:
        return self.attract_loop.overlay

    @property
    def visit(self) -> Visit | None:
        return self.visits.current

    @property
    def incidents(self) -> int:
        return self.crash.incidents

    def targets(self) -> list[pygame.Rect]:
        """Touch targets the kiosk itself puts on screen (the attract overlay's)."""
        return self.overlay.targets() if self.attract else []

    def now(self) -> datetime:
        return self.ctx.wallclock()

    def swallow_release(self) -> None:
        """The press that just happened was the kiosk's: its release must not reach a scene."""
        self.swallow.armed = True

    # --- moving the whole kiosk ---------------------------------------------------------------
    def forget_visitor(self) -> None:
        """Nothing of the last player stays: no tour, no bot, nothing held, no gesture half-done."""
        flow.visitor_gone(self.ctx)  # what her card said stays with her saved game
        self.ctx.tour = None
        self.ctx.autoplay = None
        self.app.mapper.release_all()
        self.lockdown.reset()
        self.attract_loop.end()

    def home(self, outcome: Outcome | None) -> Transition:
        """The transition back to the attract loop; ``outcome`` says how the visit ended."""
        self._outcome = outcome
        return Reset(self.ctx.home())

    def enter_attract(self) -> None:
        """Called by the home scene: end the visit, forget everything of it, start the bot."""
        self.visits.end(self._outcome)
        self._outcome = None
        self.forget_visitor()
        self.restore_settings()
        self.ctx.autoplay = Autoplay(random.Random(self.rng.random()), skill=BOT_SKILL, games=0,
                                     fps=ATTRACT_FPS, route=self.demo_route())
        self.swallow.armed = False
        self.attract_loop.begin()

    def demo_route(self) -> str:
        """What the attract demo plays: the visit a tap starts (``route`` in kiosk.toml, or
        ``--route``), so a passer-by sees the game she will get; the découverte where the
        visitor chooses (a demo of a whole world or the grand tour would run half an hour)."""
        return self.ctx.settings.route or flow.DECOUVERTE.id

    def restore_settings(self) -> None:
        """The settings file's values again: a visitor's text size, contrast, sound or timers
        (the title's settings screen) do not carry over to the next visitor."""
        c, s = self.config, self.ctx.settings
        s.lang = c.language
        s.text_scale, s.high_contrast, s.sound = c.text_scale, c.high_contrast, c.sound
        s.timers, s.ask_gender = c.timers and not self._timers_off, c.ask_gender
        s.ambience, s.music = type(s).ambience, type(s).music  # the pause menu's switches too
        self.ctx.apply_settings()

    def start_game(self, lang: str | None) -> None:
        """A visitor's new game, now: nothing of the bot's game stays."""
        from game.scenes.title import TitleScene

        self.forget_visitor()
        self.ctx.settings.lang = lang or self.config.language
        self.visits.begin(self.ctx.settings.lang)
        title = TitleScene(self.ctx, allow_quit=False)
        self.app.transition(Reset(title))
        play = title.buttons.get("play")  # what the title's own Play leads to (the world choice)
        if play is not None:
            self.app.transition(title.on_button(play))

    def open_admin(self, keyboard: bool) -> None:
        """The PIN pad; with no code set, from a keyboard, the menu (which asks for one first)."""
        from game.kiosk.admin.base import AdminScene
        from game.kiosk.admin.keypad import PinScene
        from game.kiosk.admin.menu import AdminMenuScene

        if any(isinstance(s, AdminScene) for s in self.app.stack):
            return
        self.visits.end("admin")
        self.forget_visitor()
        self.swallow_release()
        self.inactivity.restart(self.app)
        self.log.info("admin: opened (%s)", "keyboard" if keyboard else "long press")
        no_pin = not self.pin.has_pin
        scene = AdminMenuScene(self.ctx, self) if keyboard and no_pin else PinScene(self.ctx, self)
        self.app.transition(Reset(scene))

    def set_pin(self, pin: str) -> None:
        """The organiser's new code (typed twice on screen): hashed, kept in the settings file."""
        stored = self.pin.set(pin)
        self.config = self.config.with_values(admin_pin=stored)
        self.save_config(admin_pin=stored)
        self.log.info("admin: a new code was set on screen")

    def save_config(self, **values: Any) -> None:
        """Keep an admin change (language, scenario, code) in the settings file for next time."""
        from game.kiosk.config import set_keys

        try:
            set_keys(self.config_path, values)
        except OSError as err:
            self.log.warning("settings not saved in %s: %s", self.config_path, err)

    def quit(self, why: str = "admin: quit") -> None:
        """The admin menu's Quit (or the system's stop request): the only ways a kiosk ends."""
        self.log.info("kiosk: stop (%s)", why)
        self.quitting = True
        self.app.running = False
