"""Lockdown: desktop keys do nothing, Ctrl+Alt+A asks for the admin menu, the window stays.

The app already ignores the window's close request in kiosk mode (Alt+F4 and the close
button arrive as one). This module adds: SDL hints set before the window exists (no
minimising on focus loss, no Alt+F4 close on Windows, Alt+Tab kept while grabbed), the
keyboard grab in full screen (system shortcuts such as Alt+Tab and the Windows key reach
the game, which ignores them), and an input mapper wrapper that swallows desktop keys and
turns the admin shortcut into an :class:`AdminShortcut` action, even in a text field.
Ctrl+Alt+Del (Windows) and the virtual-terminal keys (Linux) cannot be caught by any
program: lock those in the operating system (see docs/KIOSK.md).
"""
from __future__ import annotations

import os
import signal
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pygame

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


@dataclass(frozen=True)
class AdminShortcut:
    """Ctrl+Alt+A was pressed: the kiosk opens its admin menu (scenes never see this)."""


def set_hints() -> None:
    """Before the window is created."""
    for name, value in SDL_HINTS.items():
        os.environ.setdefault(name, value)


def on_terminate(stop: Callable[[], None]) -> None:
    """The operating system's stop request (SIGTERM) ends the kiosk cleanly."""
    def handler(signum: int, frame: object) -> None:
        stop()

    try:
        signal.signal(signal.SIGTERM, handler)
    except (ValueError, OSError, AttributeError):
        pass  # not the main thread (a test), or no such signal here


def grab_keyboard() -> None:
    """In full screen: system shortcuts come to the game instead of the desktop."""
    try:
        pygame.Window.from_display_module().grab_keyboard = True
    except (pygame.error, AttributeError):
        pass  # no window (headless) or an older pygame: the OS lockdown has to do it


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


class LockedMapper:
    """Wraps the app's input mapper: the same actions, minus desktop keys, plus the shortcut."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def map(self, event: pygame.event.Event, viewport: Any, text_mode: bool = False) -> Any:
        if is_admin_shortcut(event):
            return AdminShortcut()
        if is_desktop_key(event):
            return None
        return self.inner.map(event, viewport, text_mode)

    def forget_finger(self) -> None:
        """After a reset: a finger that was down belongs to the last visitor."""
        if hasattr(self.inner, "_finger"):
            self.inner._finger = None  # its FINGERUP may never come

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)
