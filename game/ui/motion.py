"""Motion as a value: every animation asks it, so « reduced motion » stills them all at once.

Reduced motion (a setting, on at start when the system asks for it): no typewriter, no
pulsing glows, no shakes or slides, no pops or confetti. What the animation meant stays: a
glow is drawn steady, a star simply appears, the whole line is shown at once.
"""
from __future__ import annotations

import contextlib
import math
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass

STEADY = 0.6  # where a stilled pulse rests (0..1): clearly visible, not at its peak


@dataclass(frozen=True)
class Motion:
    reduced: bool = False

    def pulse(self, t: float, speed: float = 3.0, phase: float = 0.0) -> float:
        """0..1, breathing with ``t`` (seconds); steady when motion is reduced."""
        if self.reduced:
            return STEADY
        return (1 + math.sin(t * speed + phase)) / 2

    def cycle(self, t: float, speed: float = 1.0) -> float:
        """0..1 sawtooth (rings spreading out); steady when motion is reduced."""
        return STEADY if self.reduced else (t * speed) % 1.0

    def flicker(self, t: float, speed: float = 40.0) -> float:
        """-1..1 fast flicker (an arc's glow); none when motion is reduced."""
        return 0.0 if self.reduced else math.sin(t * speed)

    def reveal(self, shown: float, total: int, chars_per_s: float, dt: float) -> float:
        """Characters of a typed line shown after ``dt``: all of them at once when reduced."""
        if self.reduced:
            return float(total)
        return min(float(total), shown + chars_per_s * dt)

    def pop(self, progress: float) -> float:
        """Scale of something popping in (0..1 progress, a little overshoot); 1 when reduced."""
        if self.reduced:
            return 1.0
        p = min(1.0, max(0.0, progress))
        return p * (1.25 - 0.25 * p)

    def shake(self, t: float, amplitude: float, duration: float = 0.4) -> float:
        """Sideways offset of a wrong answer's shake, ``t`` s after it; 0 when reduced."""
        if self.reduced or t >= duration or t < 0:
            return 0.0
        return amplitude * (1 - t / duration) * math.sin(t * 60)


def system_prefers_reduced_motion() -> bool:
    """Whether the desktop asks programs for less animation (SDL 2 cannot tell; we ask it)."""
    if os.environ.get("CAP_REDUCED_MOTION") in ("1", "0"):
        return os.environ["CAP_REDUCED_MOTION"] == "1"
    with contextlib.suppress(Exception):
        if sys.platform == "win32":
            import ctypes

            enabled = ctypes.c_bool(True)
            spi_getclientareaanimation = 0x1042
            ctypes.windll.user32.SystemParametersInfoW(
                spi_getclientareaanimation, 0, ctypes.byref(enabled), 0)
            return not enabled.value
        if sys.platform == "darwin":
            out = subprocess.run(["defaults", "read", "com.apple.universalaccess", "reduceMotion"],
                                 capture_output=True, text=True, timeout=1.0, check=False)
            return out.stdout.strip() == "1"
        gsettings = shutil.which("gsettings")
        if gsettings and (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            out = subprocess.run([gsettings, "get", "org.gnome.desktop.interface",
                                  "enable-animations"],
                                 capture_output=True, text=True, timeout=1.0, check=False)
            return out.stdout.strip() == "false"
    return False
