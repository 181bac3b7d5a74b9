"""The window, the fixed-step loop and the scene stack, put together."""
from __future__ import annotations

from collections.abc import Callable
from typing import Literal

import pygame

from game.actions import Action
from game.context import Context
from game.input import InputMapper
from game.loop import STEP_S, FixedStep
from game.scene import Scene, Transition, apply, visible
from game.ui import theme
from game.viewport import Viewport

MAX_FPS = 60


def choose_window(requested: tuple[int, int] | None) -> tuple[int, int]:
    """The window size asked for, else the largest 16:9 one that fits this desktop."""
    if requested:
        return requested
    try:
        desktop = pygame.display.get_desktop_sizes()[0]
    except (pygame.error, IndexError):
        return (1280, 720)
    return fit_window(desktop)


#: room kept for the taskbar or dock and the window's title bar (a 1366x768 school PC)
DESKTOP_MARGIN = (24, 88)


def fit_window(desktop: tuple[int, int]) -> tuple[int, int]:
    """The largest 16:9 window, at most 1920 wide, that fits ``desktop`` with its taskbar."""
    dw, dh = desktop
    w = min(1920, dw - DESKTOP_MARGIN[0], (dh - DESKTOP_MARGIN[1]) * 16 // 9)
    w = max(w, 640)
    return (w, w * 9 // 16)


class Display:
    """The window (none when headless) and the logical 1920x1080 surface shown in it."""

    def __init__(self, headless: bool, fullscreen: bool = False,
                 window: tuple[int, int] | None = None) -> None:
        self.window: pygame.Surface | None = None
        if not headless:
            if fullscreen:
                self.window = pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
            else:
                self.window = pygame.display.set_mode(choose_window(window), pygame.RESIZABLE)
            pygame.display.set_caption("Cap Industrie")
            self.logical = pygame.Surface(theme.LOGICAL_SIZE).convert()
        else:
            # no window, but a video mode so images can be converted (SDL's dummy driver)
            pygame.display.set_mode((1, 1), pygame.HIDDEN)
            self.logical = pygame.Surface(theme.LOGICAL_SIZE).convert()
        self._scaled: pygame.Surface | None = None

    @property
    def viewport(self) -> Viewport:
        size = self.window.get_size() if self.window is not None else theme.LOGICAL_SIZE
        return Viewport(theme.LOGICAL_SIZE, size)

    def present(self) -> None:
        if self.window is None:
            return
        vp = self.viewport
        x, y, w, h = vp.rect
        if (w, h) == theme.LOGICAL_SIZE:
            self.window.blit(self.logical, (x, y))
        else:
            if self._scaled is None or self._scaled.get_size() != (w, h):
                self._scaled = pygame.Surface((w, h)).convert()
                self.window.fill((0, 0, 0))
            scale = pygame.transform.smoothscale if w < theme.LOGICAL_SIZE[0] \
                else pygame.transform.scale
            scale(self.logical, (w, h), self._scaled)
            self.window.blit(self._scaled, (x, y))
        pygame.display.flip()

    def resized(self) -> None:
        self._scaled = None
        if self.window is not None:
            self.window = pygame.display.get_surface()


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

    def allow_quit(self, app: App) -> bool:
        """A screen asked to quit: False keeps the game running."""
        return True


#: called with the app and the exception when a scene fails; None lets it propagate
Guard = Callable[["App", BaseException], None]


class App:
    def __init__(self, ctx: Context, first: Scene, display: Display, draw_every: int = 1,
                 on_frame: Callable[[App], None] | None = None) -> None:
        self.ctx = ctx
        self.display = display
        self.stack: list[Scene] = []
        apply(self.stack, _reset(first))
        self.fixed = FixedStep(ctx.clock)
        self.mapper = InputMapper(ctx.controls)
        self.draw_every = max(1, draw_every)
        self.frames = 0
        self.running = True
        self.on_frame = on_frame
        self.watchers: list[Watcher] = []
        self.guard: Guard | None = None
        self.idle_s = 0.0  # seconds since the last action of a person

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
            except Exception as exc:  # noqa: BLE001 - the guard logs it and recovers
                self.guard(self, exc)
        self.frames += 1
        if self.on_frame is not None:
            self.on_frame(self)
        return self.running

    def _frame(self) -> None:
        for event in pygame.event.get():
            if any(w.event(self, event) for w in self.watchers):
                continue
            if event.type == pygame.QUIT:
                if not self.ctx.settings.kiosk:  # a kiosk cannot be closed from the desktop
                    self.running = False
            elif event.type in (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED):
                self.display.resized()
            else:
                action = self.mapper.map(event, self.display.viewport, self.top.text_mode)
                if action is not None:
                    self.dispatch(action)
        for _ in range(self.fixed.steps()):
            if not self.running:
                break
            self.update(STEP_S)
        if self.frames % self.draw_every == 0:
            self.draw()
            self.display.present()

    def dispatch(self, action: Action) -> None:
        """A person's action: watchers see it first, then the scene on top."""
        self.idle_s = 0.0
        self.send(action, "person")

    def send(self, action: Action, by: Actor) -> None:
        for watcher in self.watchers:
            if watcher.observe(self, action, by):
                return
        self.transition(self.top.handle(action))

    def transition(self, t: Transition | None) -> None:
        if t is None:
            return
        if not apply(self.stack, t) and all(w.allow_quit(self) for w in self.watchers):
            self.running = False
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

    def draw(self) -> None:
        surface = self.display.logical
        for scene in visible(self.stack):
            scene.draw(surface)
        for watcher in self.watchers:
            watcher.draw(self, surface)

    def run(self, max_frames: int | None = None, advance: Callable[[], None] | None = None) -> int:
        """Play until quit (or ``max_frames``); ``advance`` moves a fake clock one step."""
        tick = pygame.time.Clock()
        while self.running:
            if advance is not None:
                advance()
            else:
                tick.tick(MAX_FPS)
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
    from game.scene import Reset

    return Reset(scene)
