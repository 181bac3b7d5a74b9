"""Lockdown: nothing a visitor does leaves the game; the organiser gets in by gesture or key.

:class:`Lockdown` watches the app's raw events and actions: the window's close request
(Alt+F4 and the close button arrive as one) and desktop keys do nothing, Ctrl+Alt+A opens
the admin area (even in a text field), a 3-second press in the top-left corner opens the PIN
pad (a ring fills after one second), a screen that asks to quit sends the
kiosk back to its attract loop instead, and the keyboard grab is taken again whenever the
window gets the focus back or is shown again. Before the window exists, SDL hints (no
minimising on focus loss, no Alt+F4 close on Windows, Alt+Tab kept while grabbed); the
system's stop request (SIGTERM) and Ctrl+C in the terminal (SIGINT) stop the kiosk cleanly.
Ctrl+Alt+Del (Windows) and the virtual-terminal keys (Linux) cannot be caught by any
program: lock those in the operating system (see docs/KIOSK.md).
"""
from __future__ import annotations

import os
import signal
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from game.actions import Action, Drag, Press, Release
from game.app import Actor, Watcher
from game.scene import EVERY_FRAME, STILL

if TYPE_CHECKING:
    from game.app import App
    from game.kiosk.kiosk import Kiosk

SDL_HINTS = {
    "SDL_VIDEO_MINIMIZE_ON_FOCUS_LOSS": "0",
    "SDL_WINDOWS_NO_CLOSE_ON_ALT_F4": "1",
    "SDL_ALLOW_ALT_TAB_WHILE_GRABBED": "0",
    "SDL_GRAB_KEYBOARD": "1",
    # SDL would turn the system's SIGTERM (shutdown, systemctl stop) into a window close,
    # which a kiosk ignores: leave the signal to Python, which stops the game cleanly
    "SDL_NO_SIGNAL_HANDLERS": "1",
}
ADMIN_KEY = pygame.K_a  # with Ctrl and Alt
DESKTOP_KEYS = {pygame.K_LGUI, pygame.K_RGUI, pygame.K_MENU,
                pygame.K_F4, pygame.K_TAB, pygame.K_F11, pygame.K_PRINTSCREEN}
CORNER = pygame.Rect(0, 0, 150, 150)  # the hidden admin gesture's corner (logical px)
LONG_PRESS_S = 3.0
RING_FROM_S = 1.0  # the corner shows a filling ring after this long (for the organiser)
STOP_SIGNALS = ("SIGTERM", "SIGINT")  # the system's stop request; Ctrl+C in the terminal
REGRAB_EVENTS = (pygame.WINDOWFOCUSGAINED, pygame.WINDOWEXPOSED, pygame.WINDOWSHOWN,
                 pygame.WINDOWRESTORED)


@dataclass(frozen=True)
class AdminShortcut:
    """Ctrl+Alt+A was pressed: the kiosk opens its admin menu (scenes never see this)."""


def set_hints() -> None:
    """Before the window is created."""
    for name, value in SDL_HINTS.items():
        os.environ.setdefault(name, value)


def on_terminate(stop: Callable[[str], None]) -> None:
    """The system's stop request (SIGTERM) and Ctrl+C (SIGINT) end the kiosk cleanly: ``stop``
    gets the signal's name, the loop ends after its frame, no KeyboardInterrupt traceback."""
    def handler(signum: int, frame: object) -> None:
        stop(signal.Signals(signum).name)

    for name in STOP_SIGNALS:
        # not the main thread (a test), or no such signal here
        with suppress(KeyError, ValueError, OSError):
            signal.signal(signal.Signals[name], handler)


def grab_keyboard() -> None:
    """In full screen: system shortcuts come to the game instead of the desktop."""
    # no window (headless) or an older pygame: the OS lockdown has to do it
    with suppress(pygame.error, AttributeError):
        pygame.Window.from_display_module().grab_keyboard = True


def is_admin_shortcut(event: pygame.event.Event) -> bool:
    mods = getattr(event, "mod", 0)
    return (event.type == pygame.KEYDOWN and event.key == ADMIN_KEY
            and bool(mods & pygame.KMOD_CTRL) and bool(mods & pygame.KMOD_ALT))


def is_desktop_key(event: pygame.event.Event) -> bool:
    if event.type not in (pygame.KEYDOWN, pygame.KEYUP):
        return False
    mods = getattr(event, "mod", 0)
    if mods & pygame.KMOD_GUI:
        return True  # Windows/Super key combinations
    if event.key in (pygame.K_LGUI, pygame.K_RGUI, pygame.K_MENU):
        return True
    return event.key in DESKTOP_KEYS and bool(mods & (pygame.KMOD_ALT | pygame.KMOD_CTRL))


class Lockdown(Watcher):
    def __init__(self, kiosk: Kiosk) -> None:
        self.kiosk = kiosk
        self.corner_t: float | None = None  # seconds the corner has been held

    def reset(self) -> None:
        self.corner_t = None

    def event(self, app: App, event: pygame.event.Event) -> bool:
        if event.type in REGRAB_EVENTS:
            if app.display.window is not None and app.ctx.settings.fullscreen:
                grab_keyboard()  # lost when the window was unmapped (seen without a WM)
            return False  # the input layer sees them too
        if event.type in (pygame.QUIT, pygame.WINDOWCLOSE):
            return True  # a kiosk is not closed from the desktop
        if is_admin_shortcut(event):
            self.kiosk.open_admin(keyboard=True)
            return True
        return is_desktop_key(event)

    def observe(self, app: App, action: Action, by: Actor) -> bool:
        if by != "person":
            return False
        if isinstance(action, AdminShortcut):  # the shortcut from a script (tests, the soak)
            self.kiosk.open_admin(keyboard=True)
            return True
        if isinstance(action, Press):
            self.corner_t = 0.0 if CORNER.collidepoint(action.pos) else None
        elif isinstance(action, Release) or (
                isinstance(action, Drag) and not CORNER.inflate(60, 60).collidepoint(action.pos)):
            self.corner_t = None
        return False

    def tick(self, app: App, dt: float) -> None:
        if self.corner_t is None:
            return
        self.corner_t += dt
        if self.corner_t >= LONG_PRESS_S:
            self.corner_t = None
            self.kiosk.open_admin(keyboard=False)

    def draw(self, app: App, surface: pygame.Surface) -> None:
        pal = app.ctx.palette
        if self.corner_t is not None and self.corner_t >= RING_FROM_S:
            frac = (self.corner_t - RING_FROM_S) / (LONG_PRESS_S - RING_FROM_S)
            rect = pygame.Rect(20, 20, 90, 90)
            pygame.draw.arc(surface, pal.ink, rect, 0, 6.283 * min(1.0, frac), 10)

    def frame_interval(self, app: App) -> float | None:
        return EVERY_FRAME if self.corner_t is not None else STILL  # the ring fills

    def allow_quit(self, app: App) -> bool:
        """A screen asked to quit (an error screen, a title's Quit): back to the loop instead."""
        if self.kiosk.quitting:
            return True
        self.kiosk.log.warning("a screen asked to quit (%s): ignored in kiosk mode",
                               " > ".join(s.name for s in app.stack))
        app.transition(self.kiosk.home("left"))
        return False
