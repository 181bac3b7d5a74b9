"""Confetti drawn at run time: a burst of paper bits that flutter down (a world or the visit
is done). Reduced motion: none at all (the words and the sound still say it)."""
from __future__ import annotations

import math
import random

import pygame

from game.ui.motion import Motion
from game.ui.theme import Color, Palette

GRAVITY = 900.0  # logical px per second squared
DRAG = 1.2  # per second: the air slows a bit of paper
PIECES = 140
LIFE_S = 4.0  # the burst is over after this


def _colors(pal: Palette) -> tuple[Color, ...]:
    return (pal.primary, pal.safety, pal.success, pal.welding, pal.maintenance, pal.battery)


class Confetti:
    """One burst from ``origin`` (logical px), the same for the same ``seed``."""

    def __init__(self, origin: tuple[float, float], seed: int = 0, pieces: int = PIECES) -> None:
        rng = random.Random(seed)
        self.t = 0.0
        self.bits: list[list[float]] = []
        for _ in range(pieces):
            a = rng.uniform(-math.pi * 0.95, -math.pi * 0.05)  # upwards, fanned out
            v = rng.uniform(1100, 2200)
            self.bits.append([origin[0], origin[1], math.cos(a) * v, math.sin(a) * v,
                              rng.uniform(0, math.tau), rng.uniform(-9, 9),
                              float(rng.randrange(6)), rng.uniform(10, 20)])

    @property
    def over(self) -> bool:
        return self.t >= LIFE_S

    def update(self, dt: float) -> None:
        self.t += dt
        k = math.exp(-DRAG * dt)
        for b in self.bits:
            b[2] *= k
            b[3] = b[3] * k + GRAVITY * dt
            b[0] += b[2] * dt + math.sin(self.t * 6 + b[4]) * 40 * dt  # a flutter
            b[1] += b[3] * dt
            b[4] += b[5] * dt

    def draw(self, surface: pygame.Surface, pal: Palette, motion: Motion) -> None:
        if motion.reduced or self.over:
            return
        colors = _colors(pal)
        h = surface.get_height()
        for x, y, _vx, _vy, angle, _spin, color, size in self.bits:
            if y > h + 20:
                continue
            c, s = math.cos(angle), math.sin(angle)
            w, d = size, size * 0.45 * abs(math.cos(angle * 1.7))  # a turning bit of paper
            pts = [(x + c * w - s * d, y + s * w + c * d), (x - c * w - s * d, y - s * w + c * d),
                   (x - c * w + s * d, y - s * w - c * d), (x + c * w + s * d, y + s * w - c * d)]
            pygame.draw.polygon(surface, colors[int(color)], pts)
