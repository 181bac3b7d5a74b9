"""Letterboxing: the logical 1920x1080 picture fitted into any window."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Viewport:
    """Where the logical picture lands in a window, and how to map points back."""

    logical: tuple[int, int]
    window: tuple[int, int]

    @property
    def scale(self) -> float:
        lw, lh = self.logical
        ww, wh = self.window
        return min(ww / lw, wh / lh) if lw and lh else 1.0

    @property
    def rect(self) -> tuple[int, int, int, int]:
        """x, y, w, h of the picture inside the window (bars around it)."""
        s = self.scale
        w, h = round(self.logical[0] * s), round(self.logical[1] * s)
        return ((self.window[0] - w) // 2, (self.window[1] - h) // 2, w, h)

    def to_logical(self, x: float, y: float) -> tuple[float, float]:
        """A window pixel to logical coordinates, clamped to the picture."""
        rx, ry, rw, rh = self.rect
        lx = (x - rx) / rw * self.logical[0] if rw else 0.0
        ly = (y - ry) / rh * self.logical[1] if rh else 0.0
        return (min(max(lx, 0.0), self.logical[0] - 1.0), min(max(ly, 0.0), self.logical[1] - 1.0))

    def finger_to_logical(self, fx: float, fy: float) -> tuple[float, float]:
        """SDL finger positions are 0..1 of the window."""
        return self.to_logical(fx * self.window[0], fy * self.window[1])
