"""The window, the fixed-step loop and the scene stack, put together."""
from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Literal, Protocol

import pygame

from game.actions import Action
from game.context import Context
from game.display import Display
from game.input import DoubleTapGuard, InputMapper
from game.loop import STEP_S, FixedStep
from game.scene import STILL, Reset, Scene, Transition, apply, visible
from game.ui.slide import Slide

MAX_FPS = 60
#: a still screen wakes this often to run the steps it slept through (cheap, nothing drawn):
#: timers that live in ``update`` (the kiosk's inactivity) fire this late at most
MAX_SLEEP_S = 0.25
DUE_SLACK_S = 0.002  # a frame due this close is drawn now rather than slept for


class Waiter(Protocol):
    """How the loop waits: real time and SDL's event queue, or a fake in tests."""

    def sleep(self, seconds: float) -> None:
        """Wait, input or not (the rest of a frame's time)."""

    def wait(self, seconds: float) -> pygame.event.Event | None:
        """Wait for the next input, at most ``seconds``; the event that ended it, if any."""


class SDLWaiter:
    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    def wait(self, seconds: float) -> pygame.event.Event | None:
        event = pygame.event.wait(max(1, int(seconds * 1000)))
        return None if event.type == pygame.NOEVENT else event


#: who made an action: a person (mouse, touch, keyboard) or the autoplay bot
Actor = Literal["person", "bot"]


class Watcher:
    """Something that watches the whole game (the kiosk's parts, hot reload): the app calls
    these, and only these; each does nothing unless a watcher overrides it."""

    def event(self, app: App, event: pygame.event.Event) -> bool:
        """A raw event, before the input mapper; True means it was used and goes no further."""
        return False

    def observe(self, app: App, action: Action, by: Actor) -> bool:
        """Every action, the person's and the bot's, before the scenes; True means it was used."""
        return False

    def tick(self, app: App, dt: float) -> None:
        """Every fixed step."""

    def draw(self, app: App, surface: pygame.Surface) -> None:
        """Over everything (a countdown, a banner)."""

    def frame_interval(self, app: App) -> float | None:
        """Like :meth:`Scene.frame_interval`, for what the watcher draws: still by default."""
        return STILL

    def allow_quit(self, app: App) -> bool:
        """A screen asked to quit: False keeps the game running."""
        return True


#: called with the app and the exception when a scene fails; None lets it propagate
Guard = Callable[["App", BaseException], None]


class App:
    """Draws only when something changed, and sleeps when nothing moves.

    Each frame handles the input, runs the fixed steps the clock owes, then draws if an input
    or a transition came, or if the top scene, a watcher or the bot says a frame is due
    (:meth:`frame_interval`). Between frames :meth:`wait` sleeps until the next frame is due,
    waking at once on input.
    """

    def __init__(self, ctx: Context, first: Scene, display: Display, draw_every: int = 1,
                 on_frame: Callable[[App], None] | None = None,
                 waiter: Waiter | None = None) -> None:
        self.ctx = ctx
        self.display = display
        self.stack: list[Scene] = []
        apply(self.stack, _reset(first))
        self.fixed = FixedStep(ctx.clock)
        self.mapper = InputMapper(ctx.controls)
        self.double_tap = DoubleTapGuard()
        self.double_tap.seen(self.top, self.top.content_version, -math.inf)  # nobody tapped it up
        self.draw_every = max(1, draw_every)
        self.frames = 0
        self.draws = 0  # frames actually drawn and shown
        self.running = True
        self.on_frame = on_frame
        self.watchers: list[Watcher] = []
        self.guard: Guard | None = None
        self.idle_s = 0.0  # seconds since the last action of a person
        self.waiter: Waiter = waiter or SDLWaiter()
        self.dirty = True  # something changed since the last drawing
        self._last_draw = -math.inf  # clock time of the last drawing
        self._last_frame = -math.inf
        self._moving = True  # the last drawing was of something moving
        self._slept_s = 0.0  # waited since the last frame: steps owed beyond the stall cap
        self._pending: list[pygame.event.Event] = []  # the event that ended a wait
        self.slide = Slide()  # the scene change (game.ui.slide)
        self._settings_seen = ctx.settings_version

    @property
    def top(self) -> Scene:
        return self.stack[-1]

    def frame(self) -> bool:
        """Events, fixed steps, one draw. False when the game should end."""
        if self.guard is None:
            self._frame()
        else:
            try:
                self._frame()
            except Exception as exc:  # the guard logs it and recovers
                self.guard(self, exc)
                self.dirty = True
        self.frames += 1
        if self.on_frame is not None:
            self.on_frame(self)
        return self.running

    def _frame(self) -> None:
        self._last_frame = self.ctx.clock.now()
        events, self._pending = [*self._pending, *pygame.event.get()], []
        for event in events:
            if any(w.event(self, event) for w in self.watchers):
                continue
            if event.type == pygame.QUIT:
                if not self.ctx.settings.kiosk:  # a kiosk cannot be closed from the desktop
                    self.running = False
            elif event.type in (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED,
                                pygame.WINDOWEXPOSED):
                self.display.resized()
                self.dirty = True
            else:
                action = self.mapper.map(event, self.display.viewport, self.top.text_mode)
                if action is not None:
                    self.dispatch(action)
        owed = math.ceil(self._slept_s / STEP_S)  # a deliberate sleep is not a stall
        self._slept_s = 0.0
        for _ in range(self.fixed.steps(allow=owed)):
            if not self.running:
                break
            self.update(STEP_S)
        self.settings_check()
        if self.frames % self.draw_every == 0 and self.due():
            self.draw()
            self.display.present()

    def settings_check(self) -> None:
        """The settings were applied since the last frame: every scene of the stack hears
        it (kept backgrounds, layouts, a running task's timer) and the screen is drawn again."""
        if self._settings_seen == self.ctx.settings_version:
            return
        self._settings_seen = self.ctx.settings_version
        for scene in list(self.stack):
            scene.settings_changed()
        self.dirty = True

    # --- when to draw, how long to sleep ------------------------------------------------
    def frame_interval(self) -> float | None:
        """Seconds after the last drawing when the next is due; None: only on a change."""
        wanted = [self.top.frame_interval(), *(w.frame_interval(self) for w in self.watchers)]
        if self.slide.active:
            wanted.append(0.0)  # a scene change is sliding
        if self.ctx.autoplay is not None:
            wanted.append(0.0)  # the bot plays: the game moves
        times = [t for t in wanted if t is not None]
        if not times:
            return None
        return max(min(times), 1 / self.max_fps())

    def max_fps(self) -> float:
        """The frame rate cap: the attract demo's bot may ask for fewer frames."""
        ap = self.ctx.autoplay
        return min(MAX_FPS, ap.fps) if ap is not None else MAX_FPS

    def due(self) -> bool:
        """True when this frame must be drawn: a change, or the interval has passed."""
        interval = self.frame_interval()
        if self.dirty or (interval is None and self._moving):
            return True  # a change, or a scene that just came to rest: its last picture
        return interval is not None and \
            self.ctx.clock.now() - self._last_draw >= interval - DUE_SLACK_S

    def wait(self) -> None:
        """Sleep until the next frame: a frame's time at most while something moves; on a
        still screen until the next input, a timer or :data:`MAX_SLEEP_S`."""
        clock = self.ctx.clock
        start = clock.now()
        rest = self._last_frame + 1 / self.max_fps() - start
        if rest > 0:
            self.waiter.sleep(rest)
        if not self.dirty:
            interval = self.frame_interval()
            now = clock.now()
            until = MAX_SLEEP_S if interval is None else \
                min(MAX_SLEEP_S, self._last_draw + interval - now)
            if until > DUE_SLACK_S:
                event = self.waiter.wait(until)
                if event is not None:
                    self._pending.append(event)
        self._slept_s = max(0.0, clock.now() - start - 1 / self.max_fps())

    # --- actions and transitions ----------------------------------------------------------
    def dispatch(self, action: Action) -> None:
        """A person's action: watchers see it first, then the scene on top."""
        self.idle_s = 0.0
        self.send(action, "person")

    def send(self, action: Action, by: Actor) -> None:
        """An action to the watchers, then to the top scene; ``by`` says whose it is. The
        watchers see a double tap whole (the attract loop's first tap starts a game); the
        scene does not get a person's second half (:class:`DoubleTapGuard`)."""
        self.dirty = True  # a hover, a press: the scene may look different
        for watcher in self.watchers:
            if watcher.observe(self, action, by):
                return
        now = self.ctx.clock.now()
        if by == "person" and self.double_tap.drops(action, now):
            return
        self.transition(self.top.handle(action))
        self.double_tap.seen(self.top, self.top.content_version, now)

    def transition(self, t: Transition | None) -> None:
        if t is None:
            return
        self.dirty = True
        before = self.top if self.stack else None
        if not apply(self.stack, t) and all(w.allow_quit(self) for w in self.watchers):
            self.running = False
        after = self.top if self.stack else None
        if before is not None and after is not None and after is not before and self.draws and \
                not isinstance(t, Reset) and \
                not (before.modal or after.modal or after.transparent):  # a reset starts clean
            self.slide.begin(self.display.logical, self.ctx.clock.now(), self.ctx.motion)
        elif isinstance(t, Reset) or (after is not None and after.modal):
            # a question comes up: the screen below stays still; a reset (a kiosk's, after a
            # visitor left) shows nothing of the screen before, not even sliding out
            self.slide.active = False
        if self.stack:
            self.double_tap.seen(self.top, self.top.content_version, self.ctx.clock.now())
        if self.ctx.autoplay is not None and self.stack:
            self.ctx.autoplay.pause()  # a new screen: the bot looks before it taps
            self.ctx.autoplay.reach(screen_name(self.top))

    def update(self, dt: float) -> None:
        self.idle_s += dt
        for watcher in self.watchers:
            watcher.tick(self, dt)
        ap = self.ctx.autoplay
        if ap is not None:
            ap.tick(dt)
            scene = self.top
            out = scene.bot()
            if isinstance(out, list):
                for action in out:
                    if self.top is not scene:
                        break
                    self.send(action, "bot")  # not a person's: idle time goes on
            else:
                self.transition(out)
        self.transition(self.top.update(dt))
        self.double_tap.seen(self.top, self.top.content_version, self.ctx.clock.now())

    def draw(self) -> None:
        self.settings_check()  # what a scene keeps is drawn with the settings in force
        surface = self.display.logical
        for scene in visible(self.stack):
            scene.draw(surface)
        self.slide.draw(surface, self.ctx.clock.now(), self.ctx.motion, self.ctx.palette.ink)
        for watcher in self.watchers:
            watcher.draw(self, surface)
        self.dirty = False
        self._moving = self.frame_interval() is not None
        self.draws += 1
        self._last_draw = self.ctx.clock.now()

    def run(self, max_frames: int | None = None, advance: Callable[[], None] | None = None) -> int:
        """Play until quit (or ``max_frames``); ``advance`` moves a fake clock one step."""
        while self.running:
            if advance is not None:
                advance()
            else:
                self.wait()
            if not self.frame():
                break
            if self.ctx.autoplay is not None and self.ctx.autoplay.done:
                break
            if max_frames is not None and self.frames >= max_frames:
                break
        return self.frames


def screen_name(scene: Scene) -> str:
    """A scene's name as the JSON line's ``reached`` lists it: ``floor``, ``probe_after``…"""
    name = type(scene).__name__.removesuffix("Scene")
    snake = "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")
    phase = getattr(scene, "phase", None)
    return f"{snake}_{phase}" if isinstance(phase, str) else snake


def _reset(scene: Scene) -> Transition:
    return Reset(scene)
