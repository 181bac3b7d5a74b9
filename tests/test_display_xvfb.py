"""A full-screen kiosk in a real X server (Xvfb) with no window manager: the picture fills
the screen, corner to corner (it once sat at (-277, -156) on a 1366x768 screen)."""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FRAME, FILL = (0, 0, 255), (200, 30, 30)  # a frame drawn round the picture's edge, and inside
# the child: a full-screen Display, the frame drawn, shown a few times
CHILD = f"""
import time, pygame
from game.display import Display
pygame.display.init()
d = Display(False, True)
d.logical.fill({FRAME})
d.logical.fill({FILL}, d.logical.get_rect().inflate(-120, -120))
for _ in range(20):
    pygame.event.pump()
    d.present()
    time.sleep(0.02)
win = pygame.Window.from_display_module()
print(*win.position, *win.size, flush=True)
time.sleep(30)  # kept on screen until the test has looked
"""


class XImage(ctypes.Structure):
    _fields_ = [("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
                ("format", ctypes.c_int), ("data", ctypes.c_void_p), ("byte_order", ctypes.c_int),
                ("bitmap_unit", ctypes.c_int), ("bitmap_bit_order", ctypes.c_int),
                ("bitmap_pad", ctypes.c_int), ("depth", ctypes.c_int),
                ("bytes_per_line", ctypes.c_int), ("bits_per_pixel", ctypes.c_int)]


def screen_pixels(display: str, points: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """The colours at ``points`` of what the X server shows (its root window)."""
    x11 = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XDefaultRootWindow.restype = ctypes.c_ulong
    x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x11.XGetImage.restype = ctypes.POINTER(XImage)
    x11.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
                              ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    d = x11.XOpenDisplay(display.encode())
    assert d, f"cannot open X display {display}"
    try:
        out = []
        for x, y in points:
            img = x11.XGetImage(d, x11.XDefaultRootWindow(d), x, y, 1, 1, 0xFFFFFFFF, 2).contents
            b, g, r = ctypes.string_at(img.data, 3)  # 24-bit TrueColor: B, G, R, pad
            out.append((r, g, b))
        return out
    finally:
        x11.XCloseDisplay(d)


@pytest.fixture
def xvfb(request: pytest.FixtureRequest) -> Iterator[tuple[str, tuple[int, int]]]:
    """An X server with no window manager, the screen the size the test asks for."""
    if shutil.which("Xvfb") is None or not sys.platform.startswith("linux"):
        pytest.skip("no Xvfb")
    w, h = request.param
    read, write = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{w}x{h}x24",
                             "-nolisten", "tcp"], pass_fds=(write,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as f:
            number = f.readline().strip()
        assert number, "Xvfb did not start"
        yield f":{number}", (w, h)
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.mark.slow
@pytest.mark.parametrize("xvfb", [(1366, 768), (1920, 1080)], indirect=True,
                         ids=["1366x768", "1920x1080"])
def test_full_screen_without_a_window_manager_fills_the_screen(
        xvfb: tuple[str, tuple[int, int]]) -> None:
    display, (sw, sh) = xvfb
    env = {**os.environ, "DISPLAY": display, "SDL_VIDEODRIVER": "x11", "SDL_AUDIODRIVER": "dummy"}
    child = subprocess.Popen([sys.executable, "-c", CHILD], cwd=ROOT, env=env, text=True,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        assert child.stdout is not None
        line = child.stdout.readline().split()
        assert len(line) == 4, "the game's window did not open"
        x, y, w, h = map(int, line)
        assert (x, y, w, h) == (0, 0, sw, sh)
        # what the screen shows: the picture's frame at its four corners, its inside in the middle
        m = 12  # px inside the screen's edge: in the frame (60 logical px = 42 px at 1366)
        corners = [(m, m), (sw - m, m), (m, sh - m), (sw - m, sh - m)]
        pixels = screen_pixels(display, [*corners, (sw // 2, sh // 2)])
        assert pixels[:4] == [FRAME] * 4 and pixels[4] == FILL
    finally:
        child.kill()
        child.wait(10)

