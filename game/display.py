"""The window: the logical 1920x1080 picture, fitted to any window by SDL's renderer.

The game draws on one 1920x1080 surface. In a window, that surface is pygame's ``SCALED``
display surface: SDL's renderer stretches it to the window (letterboxed, filtered) on the
graphics card, and maps the mouse and fingers back to logical pixels itself, so no frame is
scaled on the CPU. Only if SDL cannot give a renderer does the picture get scaled by pygame.
"""
from __future__ import annotations

import os
import sys
import warnings
from pathlib import Path

import pygame

from game.ui import theme
from game.viewport import Viewport

#: SDL hint: smooth (linear) filtering when the renderer shrinks or grows the picture
SCALE_QUALITY_HINT = "SDL_RENDER_SCALE_QUALITY"
#: pygame reads this name (the C macro's, not SDL's) to scale by any factor, not by whole ones
#: only: without it a 1366x768 window shows the picture 1:1, cropped, and taps land elsewhere
FRACTIONAL_SCALE_HINT = "SDL_HINT_RENDER_SCALE_QUALITY"
MIN_WINDOW = (640, 360)  # the user may shrink a window this far (letterboxed all the way)
#: SDL hints for a machine whose OpenGL would be drawn by the CPU (see :func:`cpu_drawn_gl`)
SOFTWARE_HINTS = {"SDL_RENDER_DRIVER": "software", "SDL_FRAMEBUFFER_ACCELERATION": "0"}


def cpu_drawn_gl(platform: str = sys.platform, dri: Path = Path("/dev/dri")) -> bool:
    """True on a Linux machine without a graphics device (no ``/dev/dri``: a virtual machine,
    an X server such as Xvfb, a PC without its driver).

    There SDL's OpenGL renderer runs on Mesa's llvmpipe, which spends 14 ms of CPU on each
    1920x1080 frame where SDL's own software renderer, handing the picture to the X server
    as it is, spends 2 ms (bench/idle.py). Elsewhere the graphics card does the work.
    """
    if not platform.startswith("linux"):
        return False
    try:
        return not any(dri.glob("card*")) and not any(dri.glob("renderD*"))
    except OSError:
        return True


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
    w = min(theme.LOGICAL_W, dw - DESKTOP_MARGIN[0], (dh - DESKTOP_MARGIN[1]) * 16 // 9)
    w = max(w, 640)
    return (w, w * 9 // 16)


def whole_multiple(size: tuple[int, int] | None) -> bool:
    """True when ``size`` is the logical picture's size times a whole number above 1."""
    if size is None:
        return False
    lw, lh = theme.LOGICAL_SIZE
    k = size[0] // lw
    return k >= 2 and size == (k * lw, k * lh)


def _desktop() -> tuple[int, int] | None:
    try:
        w, h = pygame.display.get_desktop_sizes()[0]
    except (pygame.error, IndexError):
        return None
    return (w, h)


def fill_desktop(win: pygame.Window) -> None:
    """Full screen that fills the screen with or without a window manager.

    SDL's full screen asks the window manager to resize the window. A kiosk may start on a
    bare X server with none: the window then kept the size it was made at (the picture's
    1920x1080), centred, so a 1366x768 screen showed its middle from (-277, -156). The
    window therefore first takes the desktop's size at its corner, then goes full screen.
    """
    desktop = _desktop()
    if desktop is not None:
        win.size = desktop
        win.position = (0, 0)
    win.set_fullscreen(desktop=True)


class Display:
    """The window (none when headless) and the logical 1920x1080 surface shown in it."""

    def __init__(self, headless: bool, fullscreen: bool = False,
                 window: tuple[int, int] | None = None) -> None:
        self.window: pygame.Surface | None = None
        self.gpu = False  # SDL's renderer fits the picture to the window
        self._scaled: pygame.Surface | None = None
        if headless:
            # no window, but a video mode so images can be converted (SDL's dummy driver)
            pygame.display.set_mode((1, 1), pygame.HIDDEN)
            self.logical = pygame.Surface(theme.LOGICAL_SIZE).convert()
            return
        if cpu_drawn_gl():
            for name, value in SOFTWARE_HINTS.items():
                os.environ.setdefault(name, value)  # what the person running it set wins
            if whole_multiple(_desktop() if fullscreen else choose_window(window)):
                # each pixel becomes a whole block (a 4K screen): nothing to smooth, and the
                # processor's linear stretch costs 22 ms a frame there against 8
                os.environ.setdefault(SCALE_QUALITY_HINT, "nearest")
        os.environ.setdefault(SCALE_QUALITY_HINT, "linear")  # before the renderer exists
        os.environ.setdefault(FRACTIONAL_SCALE_HINT, "1")
        try:
            self.window = self._open_scaled(fullscreen, window)
            self.logical = self.window  # drawn straight into what the renderer shows
            self.gpu = True
        except pygame.error:  # no renderer at all: scale on the CPU, as a last resort
            flags = pygame.FULLSCREEN if fullscreen else pygame.RESIZABLE
            size = (0, 0) if fullscreen else choose_window(window)
            self.window = pygame.display.set_mode(size, flags)
            self.logical = pygame.Surface(theme.LOGICAL_SIZE).convert()
        pygame.display.set_caption("Cap Industrie")

    @staticmethod
    def _open_scaled(fullscreen: bool, window: tuple[int, int] | None) -> pygame.Surface:
        flags = pygame.SCALED | (0 if fullscreen else pygame.RESIZABLE)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "no fast renderer": the software one still scales
            surface = pygame.display.set_mode(theme.LOGICAL_SIZE, flags)
            # SCALED makes the window at least the logical size: a 1366x768 screen needs less
            win = pygame.Window.from_display_module()
            win.minimum_size = MIN_WINDOW
            if fullscreen:
                fill_desktop(win)
            else:
                win.size = choose_window(window)
        return surface

    @property
    def viewport(self) -> Viewport:
        """Where the picture lands in the window, to map pointer positions back."""
        if self.window is None or self.gpu:  # SDL already gives logical positions
            return Viewport(theme.LOGICAL_SIZE, theme.LOGICAL_SIZE)
        return Viewport(theme.LOGICAL_SIZE, self.window.get_size())

    def present(self) -> None:
        if self.window is None:
            return
        if not self.gpu:
            self._cpu_fit()
        pygame.display.flip()

    def _cpu_fit(self) -> None:
        assert self.window is not None
        x, y, w, h = self.viewport.rect
        if (w, h) == theme.LOGICAL_SIZE:
            self.window.blit(self.logical, (x, y))
            return
        if self._scaled is None or self._scaled.get_size() != (w, h):
            self._scaled = pygame.Surface((w, h)).convert()
            self.window.fill((0, 0, 0))
        scale = pygame.transform.smoothscale if w < theme.LOGICAL_SIZE[0] \
            else pygame.transform.scale
        scale(self.logical, (w, h), self._scaled)
        self.window.blit(self._scaled, (x, y))

    def resized(self) -> None:
        self._scaled = None
        if self.window is not None and not self.gpu:
            self.window = pygame.display.get_surface()
