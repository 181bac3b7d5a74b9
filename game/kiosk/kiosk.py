"""The kiosk: one watcher of the app that runs an unattended event day.

It sees every action before the scenes (the app's ``watchers``), and
- on the attract loop, turns a visitor's first tap or key into a new game at once;
- after ``inactivity_s`` without input (never while something is held) pushes the
  "Encore là ?" countdown, whose end resets to the attract loop;
- opens the admin menu on a 3-second press in the top-left corner or Ctrl+Alt+A;
- is the app's crash guard, and keeps the app running unless the admin menu quits;
- records each visit (start, time played, how it ended) for the impact report.
"""
from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pygame

import game.kiosk.strings  # noqa: F401 - registers the kiosk's texts
from game.actions import Action, Drag, Point, Press, Release
from game.autoplay import Autoplay
from game.kiosk.attract import AttractOverlay
from game.kiosk.config import KioskConfig, Loaded
from game.kiosk.countdown import CountdownScene
from game.kiosk.crash import BareScene, CrashScene, log_exception
from game.kiosk.lockdown import AdminShortcut
from game.scene import Push, Reset, Transition, apply
from game.scores.records import Outcome, VisitRecord

if TYPE_CHECKING:
    from game.app import App

CORNER = pygame.Rect(0, 0, 150, 150)  # the hidden admin gesture's corner (logical px)
LONG_PRESS_S = 3.0
RING_FROM_S = 1.0  # the corner shows a filling ring after this long (for the organiser)
BOARD_REFRESH_S = 60.0
STUCK_S = 240.0  # the attract bot on one screen this long: start a new bot game
BOT_SKILL = 0.85


@dataclass
class Visit:
    """The visitor playing now: when they started and last touched the screen."""

    started: datetime
    last_input: datetime
    lang: str
    game_id: int | None = None


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
        self.attract = False
        self.visit: Visit | None = None
        self.incidents = 0
        self.quitting = False
        self.overlay = AttractOverlay(self)
        self.pin_failures = 0
        self.pin_locked_until = 0.0  # clock seconds
        self._person = 0  # > 0 while a person's action is being dispatched
        self._corner_t: float | None = None
        self._pending_start = False
        self._swallow = False
        self._busy_mark = 0.0
        self._board_t = 0.0
        self._stuck_scene = 0
        self._stuck_t = 0.0
        self._outcome: Outcome | None = None
        self._timers_off = not app.ctx.settings.timers  # --no-timers on the command line

    # --- wiring --------------------------------------------------------------------------
    def person(self, dispatch: Any) -> Any:
        """Wrap ``app.dispatch``: actions that come through it are a person's, not the bot's."""
        def dispatch_person(action: Action) -> None:
            self._person += 1
            try:
                dispatch(action)
            finally:
                self._person -= 1
        return dispatch_person

    def now(self) -> datetime:
        return self.ctx.wallclock()

    # --- the watcher -----------------------------------------------------------------------
    def observe(self, app: App, action: Action) -> bool:
        if not self._person:
            return False  # the bot's taps on the attract loop go to the scenes
        self._busy_mark = 0.0
        if isinstance(action, AdminShortcut):
            self.open_admin(keyboard=True)
            return True
        self._follow_corner(action)
        if self.visit is not None:
            self.visit.last_input = self.now()
        if self.attract:
            return self._attract_input(action)
        if self._swallow and isinstance(action, (Drag, Release)):
            self._swallow = not isinstance(action, Release)
            return True
        self._swallow = False
        return False

    def tick(self, app: App, dt: float) -> None:
        if self._corner_t is not None:
            self._corner_t += dt
            if self._corner_t >= LONG_PRESS_S:
                self._corner_t = None
                self.open_admin(keyboard=False)
                return
        if self.attract:
            self._attract_tick(dt)
            return
        tour = self.ctx.tour
        if self.visit is not None and tour is not None and tour.game_id is not None:
            self.visit.game_id = tour.game_id
        top = app.top
        if top.busy:  # a drag or a torch is held: a person is there
            self._busy_mark = app.idle_s
            return
        if isinstance(top, (CountdownScene, CrashScene, BareScene)) or self._in_attract_scene():
            return
        idle = app.idle_s - self._busy_mark if app.idle_s >= self._busy_mark else app.idle_s
        if idle >= self.config.inactivity_s:
            self._busy_mark = app.idle_s  # after "Je continue", a full delay again
            app.transition(Push(CountdownScene(self.ctx, self, self.config.countdown_s)))

    def draw(self, app: App, surface: pygame.Surface) -> None:
        if self.attract:
            self.overlay.draw(surface)
        if self._corner_t is not None and self._corner_t >= RING_FROM_S:
            frac = (self._corner_t - RING_FROM_S) / (LONG_PRESS_S - RING_FROM_S)
            rect = pygame.Rect(20, 20, 90, 90)
            pygame.draw.arc(surface, (27, 42, 65), rect, 0, 6.283 * min(1.0, frac), 10)

    def targets(self) -> list[pygame.Rect]:
        """Touch targets the kiosk itself puts on screen (the attract overlay's)."""
        return self.overlay.targets() if self.attract else []

    # --- the attract loop ----------------------------------------------------------------
    def enter_attract(self) -> None:
        """Called by the home scene: end the visit, forget everything of it, start the bot."""
        self._end_visit(self._outcome)
        self._outcome = None
        ctx = self.ctx
        ctx.tour = None
        self.restore_settings()
        ctx.controls.release_all()
        forget = getattr(self.app.mapper, "forget_finger", None)
        if forget is not None:
            forget()
        ctx.autoplay = Autoplay(random.Random(self.rng.random()), skill=BOT_SKILL, games=0)
        self.attract = True
        self._corner_t = None
        self._pending_start = False
        self._swallow = False
        self._board_t = 0.0
        self.overlay.refresh()

    def restore_settings(self) -> None:
        """The settings file's values again: a visitor's text size, contrast, sound or timers
        (the title's settings screen) do not carry over to the next visitor."""
        c, s = self.config, self.ctx.settings
        s.lang = c.language
        s.text_scale, s.high_contrast, s.sound = c.text_scale, c.high_contrast, c.sound
        s.timers, s.ask_gender = c.timers and not self._timers_off, c.ask_gender
        apply_settings = getattr(self.ctx, "apply_settings", None)
        if apply_settings is not None:
            apply_settings()

    def _attract_tick(self, dt: float) -> None:
        self.overlay.update(dt)
        self._board_t += dt
        if self._board_t >= BOARD_REFRESH_S:
            self._board_t = 0.0
            self.overlay.refresh()
        top = id(self.app.top)
        if top != self._stuck_scene:
            self._stuck_scene, self._stuck_t = top, 0.0
            return
        self._stuck_t += dt
        if self._stuck_t >= STUCK_S:  # the bot cannot get past a screen: a new bot game
            self.log.warning("attract: the bot stayed %.0f s on %s; restarting it", self._stuck_t,
                             self.app.top.name)
            self._stuck_t = 0.0
            self.app.transition(self.home(None))

    def _attract_input(self, action: Action) -> bool:
        """A person on the attract loop: every tap or key starts a game; nothing reaches the bot."""
        if isinstance(action, Press):
            if CORNER.collidepoint(action.pos):
                self._pending_start = True  # maybe the organiser's long press: wait for release
            else:
                self.start_game(self.overlay.lang_at(action.pos))
                self._swallow = True
            return True
        if isinstance(action, Release):
            if self._pending_start:
                self._pending_start = False
                self.start_game(self.overlay.lang_at(action.pos))
            return True
        if isinstance(action, (Point, Drag)):
            return True
        self.start_game(None)  # any key
        return True

    def start_game(self, lang: str | None) -> None:
        """A visitor's new game, now: nothing of the bot's game stays."""
        from game.scenes.title import TitleScene

        ctx = self.ctx
        self.attract = False
        ctx.autoplay = None
        ctx.tour = None
        ctx.controls.release_all()
        ctx.settings.lang = lang or self.config.language
        now = self.now()
        self.visit = Visit(now, now, ctx.settings.lang)
        title = TitleScene(ctx, allow_quit=False)
        self.app.transition(Reset(title))
        play = title.buttons.get("play")  # what the title's own Play leads to (the world choice)
        if play is not None:
            self.app.transition(title.on_button(play))

    def swallow_release(self) -> None:
        """The press that just happened was the kiosk's: its release must not reach a scene."""
        self._swallow = True

    # --- resets, visits ------------------------------------------------------------------------
    def home(self, outcome: Outcome | None) -> Transition:
        """The transition back to the attract loop; ``outcome`` says how the visit ended."""
        self._outcome = outcome
        return Reset(self.ctx.home())

    def _end_visit(self, outcome: Outcome | None) -> None:
        visit, self.visit = self.visit, None
        if visit is None:
            return
        tour = self.ctx.tour
        game_id = visit.game_id if visit.game_id is not None else (
            tour.game_id if tour is not None else None)
        record = VisitRecord(self.ctx.scenario.model.id, visit.started, visit.last_input,
                             max(0.0, (visit.last_input - visit.started).total_seconds()),
                             outcome or ("finished" if game_id is not None else "left"),
                             visit.lang, game_id)
        try:
            if self.ctx.scores is not None:
                self.ctx.scores.record_visit(record)
        except Exception as err:  # noqa: BLE001 - the next visitor matters more than a figure
            self.log.warning("visit not recorded: %s", err)

    # --- admin ---------------------------------------------------------------------------------
    def _follow_corner(self, action: Action) -> None:
        if isinstance(action, Press):
            self._corner_t = 0.0 if CORNER.collidepoint(action.pos) else None
        elif isinstance(action, Drag) and not CORNER.inflate(60, 60).collidepoint(action.pos) or isinstance(action, Release):
            self._corner_t = None

    def in_admin(self) -> bool:
        from game.kiosk.admin.base import AdminScene

        return any(isinstance(s, AdminScene) for s in self.app.stack)

    def open_admin(self, keyboard: bool) -> None:
        """The PIN pad (or, with no code set, the menu itself from a keyboard)."""
        from game.kiosk.admin.keypad import PinScene
        from game.kiosk.admin.menu import AdminMenuScene

        if self.in_admin():
            return
        self._corner_t = None
        self._pending_start = False
        self._swallow = True
        self._end_visit("admin")
        self.attract = False
        self.ctx.autoplay = None
        self.ctx.tour = None
        self.ctx.controls.release_all()
        self.log.info("admin: opened (%s)", "keyboard" if keyboard else "long press")
        no_pin = not self.config.admin_pin
        scene = AdminMenuScene(self.ctx, self) if keyboard and no_pin else PinScene(self.ctx, self)
        self.app.transition(Reset(scene))

    def save_config(self, **values: Any) -> None:
        """Keep an admin change (language, scenario) in the settings file for the next start."""
        from game.kiosk.config import set_keys

        try:
            set_keys(self.config_path, values)
        except OSError as err:
            self.log.warning("settings not saved in %s: %s", self.config_path, err)

    def quit(self, why: str = "admin: quit") -> None:
        """The admin menu's Quit (or the system's shutdown): the only ways a kiosk ends."""
        self.log.info(why)
        self.quitting = True
        self.app.running = False

    def _in_attract_scene(self) -> bool:
        from game.kiosk.attract import AttractScene

        return isinstance(self.app.top, AttractScene)

    # --- crash guard and staying alive ----------------------------------------------------------
    def guard(self, app: App, exc: BaseException) -> None:
        """The app's crash guard: log it with where it happened, apologise, back to the loop."""
        self.incidents += 1
        try:
            log_exception(self.log, app, exc, self.incidents)
        except Exception:  # noqa: BLE001, S110 - a full disk must not stop the recovery
            pass
        try:
            self._end_visit("crash")
        except Exception:  # noqa: BLE001
            self.visit = None
        ctx = self.ctx
        failing_again = isinstance(app.top, (CrashScene, BareScene)) if app.stack else False
        try:
            self.attract = False
            ctx.autoplay = None
            ctx.tour = None
            ctx.controls.release_all()
            self._corner_t = None
            scene = BareScene(ctx, self) if failing_again else CrashScene(ctx, self)
            apply(app.stack, Reset(scene))
        except Exception:  # noqa: BLE001 - the last resort must not fail
            app.stack[:] = [BareScene(ctx, self)]

    def keep_running(self, app: App) -> None:
        """After each frame: a screen that asked to quit does not end a kiosk."""
        if app.running or self.quitting:
            return
        app.running = True
        self.log.warning("a screen asked to quit (%s): ignored in kiosk mode",
                         " > ".join(s.name for s in app.stack))
        try:
            app.transition(self.home("left"))
        except Exception as exc:  # noqa: BLE001
            self.guard(app, exc)
