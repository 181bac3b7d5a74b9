"""How the weld pass looks: the bead as it is laid, the fresh seam glowing then cooling, the
arc's glow and its sparks at the torch.

The bead's width comes from the rules (the heat per millimetre: wide when slow, thin when
fast); its colour from the same heat: a slow pass leaves a dark, overheated bead with blue
temper colours beside it, a fast one a pale, cold one; ripples freeze a few times a second,
so they sit far apart when the torch goes fast and bunch up when it goes slow. A fresh bead
glows white, then orange, then cools to its colour in ``COOL_S`` seconds.
"""
from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import pairwise

import pygame

from game.tasks.trace.rules import BeadDot, Sample
from game.ui import draw
from game.ui.motion import Motion
from game.ui.theme import Color, Palette

COOL_S = 1.8  # s: a fresh bead glows, then cools to its colour
RIPPLE_HZ = 7.0  # the pool freezes a ripple about this often: spacing = speed / RIPPLE_HZ
RIPPLE_MIN_MM, RIPPLE_MAX_MM = 0.7, 4.0
HEAT_MIN, HEAT_MAX = 0.4, 2.5  # heat per mm, 1 at the target speed
SPARKS_MAX = 80
SPARK_GRAVITY = 900.0  # px/s²
ARC_GLOW_PX = 70  # the arc's glow radius at rest
GLOW_DOTS = 24  # the hot end of the bead is drawn with about this many dots

ToScreen = Callable[[tuple[float, float]], tuple[float, float]]


def heat(speed: float, target: float) -> float:
    """Heat put in per millimetre, relative to the target speed's (it goes as 1 / speed)."""
    if speed <= 0:
        return HEAT_MAX
    return min(HEAT_MAX, max(HEAT_MIN, target / speed))


def bead_colour(pal: Palette, h: float) -> Color:
    """The cooled bead: its own colour at the target speed, darker and burnt when too hot,
    paler and greyer (steel showing through) when too cold."""
    if h >= 1.0:
        return draw.blend(pal.bead, pal.burn, min(0.6, 0.4 * (h - 1.0)))
    return draw.blend(pal.bead, pal.steel, min(0.6, (1.0 - h) * 0.9))


def temper_colour(pal: Palette, h: float) -> Color:
    """The heat tint on the plate beside the bead: straw when right, blue-violet when hot."""
    straw = draw.blend(pal.steel, pal.bead_hot, 0.28)
    if h <= 1.0:
        return draw.blend(pal.steel, straw, max(0.0, h - 0.4) / 0.6)
    return draw.blend(straw, draw.blend(pal.steel, pal.battery, 0.22), min(1.0, h - 1.0))


def glow_colour(pal: Palette, age: float, cooled: Color) -> Color:
    """A fresh bead's colour ``age`` seconds after the arc: white, yellow, orange, dull red,
    then its cooled colour."""
    stops = ((0.0, pal.arc), (0.15, pal.spark), (0.5, pal.bead_hot),
             (1.1, draw.blend(pal.burn, pal.bead_hot, 0.45)), (COOL_S, cooled))
    for (t0, c0), (t1, c1) in pairwise(stops):
        if age <= t1:
            return draw.blend(c0, c1, (age - t0) / (t1 - t0))
    return cooled


class BeadPainter:
    """Lays the bead dot by dot onto kept layers (only new dots are drawn each frame)."""

    def __init__(self, pal: Palette, to_local: ToScreen, scale: float, target: float,
                 along: Callable[[float], tuple[float, float]]) -> None:
        """``to_local``: mm to the layers' pixels; ``along``: a place on the seam (mm along
        it) in the same pixels, so ripples face the way the torch travels."""
        self.pal, self.to_local, self.scale, self.target = pal, to_local, scale, target
        self.along = along
        self.drawn = 0  # dots already laid
        self.cooled: list[Color] = []  # each laid dot's colour once cold
        self.extent: pygame.Rect | None = None  # where the bead layer has anything
        self.rippled = 1  # dots whose ripple (if any) is drawn: once no new dot covers it
        self._next_ripple = 0.0  # mm along the seam

    def radius(self, dot: BeadDot) -> float:
        return max(2.0, dot.width_mm * self.scale / 2)

    def colour(self, dot: BeadDot, speed: float) -> Color:
        """The cooled colour of a dot (its defects shade it too, so the debrief's picture and
        the hint agree)."""
        c = bead_colour(self.pal, heat(speed, self.target))
        if "lack_of_fusion" in dot.flags:
            c = draw.blend(c, self.pal.steel, 0.25)
        return c

    def lay(self, tint: pygame.Surface, bead: pygame.Surface, dots: Sequence[BeadDot],
            samples: Sequence[Sample]) -> None:
        """Draw the dots not yet laid: their heat tint on ``tint``, the bead on ``bead``."""
        pal = self.pal
        for i in range(self.drawn, len(dots)):
            dot, speed = dots[i], samples[i].speed if i < len(samples) else self.target
            h = heat(speed, self.target)
            x, y = self.to_local((dot.x, dot.y))
            r = self.radius(dot)
            pygame.draw.circle(tint, temper_colour(pal, h), (x, y), r * (1.2 + 0.15 * h))
            c = self.colour(dot, speed)
            self.cooled.append(c)
            pygame.draw.circle(bead, draw.blend(c, pal.ink, 0.3), (x, y + max(1.0, r * 0.15)), r)
            pygame.draw.circle(bead, c, (x, y), r)
            box = pygame.Rect(round(x - r - 2), round(y - r - 2), round(2 * r + 4),
                              round(2 * r + 6))
            self.extent = box if self.extent is None else self.extent.union(box)
        self.drawn = len(dots)
        front = dots[-1].s if dots else 0.0
        while self.rippled < len(dots):
            i = self.rippled
            dot = dots[i]
            if dot.s + dot.width_mm * 0.6 > front:
                break  # the bead still grows over this place
            self.rippled += 1
            if dot.s >= self._next_ripple:
                speed = samples[i].speed if i < len(samples) else self.target
                pitch = min(RIPPLE_MAX_MM, max(RIPPLE_MIN_MM, speed / RIPPLE_HZ))
                self._next_ripple = dot.s + pitch
                self._ripple(bead, dot, self.colour(dot, speed), self.radius(dot))

    def _ripple(self, bead: pygame.Surface, dot: BeadDot, c: Color, r: float) -> None:
        """A frozen ripple across the bead, its crest towards the travel (as the pool's
        trailing edge leaves it), a shadow line and a lit one."""
        x, y = self.to_local((dot.x, dot.y))
        (x0, y0), (x1, y1) = self.along(dot.s - 0.5), self.along(dot.s + 0.5)
        d = math.hypot(x1 - x0, y1 - y0) or 1.0
        ux, uy = (x1 - x0) / d, (y1 - y0) / d
        nx, ny = -uy, ux
        rx, ry = r * 0.75, r * 0.92
        arc = [(x + ux * (rx * math.cos(a) - rx) + nx * ry * math.sin(a),
                y + uy * (rx * math.cos(a) - rx) + ny * ry * math.sin(a))
               for a in (math.radians(t) for t in range(-70, 71, 20))]
        w = max(2, round(r / 9))
        lit = [(px + ux * w, py + uy * w) for px, py in arc]
        pygame.draw.lines(bead, draw.blend(c, self.pal.white, 0.3), False, lit, w)
        pygame.draw.lines(bead, draw.blend(c, self.pal.ink, 0.35), False, arc, w)

    def glow(self, surface: pygame.Surface, dots: Sequence[BeadDot], samples: Sequence[Sample],
             now: float, to_screen: ToScreen) -> None:
        """The fresh end of the bead, still hot: drawn over the laid bead each frame."""
        i = len(samples)
        while i > 0 and now - samples[i - 1].t < COOL_S:
            i -= 1
        n = min(len(samples), len(dots))
        step = max(1, (n - i) // GLOW_DOTS)  # dots overlap heavily: a few dozen show it all
        for k in range(i + (n - 1 - i) % step, n, step):  # the oldest first, the newest on top
            dot, age = dots[k], now - samples[k].t
            cold = self.cooled[k] if k < len(self.cooled) else self.colour(dot, samples[k].speed)
            c = glow_colour(self.pal, age, cold)
            pygame.draw.circle(surface, c, to_screen((dot.x, dot.y)), self.radius(dot))


class Sparks:
    """Sparks thrown from the arc: streaks that fly up and back, then fall and fade."""

    def __init__(self) -> None:
        self.bits: list[list[float]] = []  # x, y, vx, vy, life (s)

    def update(self, dt: float, at: tuple[float, float] | None, rng: random.Random,
               travel: tuple[float, float] = (1.0, 0.0), rate: int = 4) -> None:
        for b in self.bits:
            b[0] += b[2] * dt
            b[1] += b[3] * dt
            b[3] += SPARK_GRAVITY * dt
            b[4] -= dt
        self.bits = [b for b in self.bits if b[4] > 0]
        if at is None:
            return
        for _ in range(min(rate, SPARKS_MAX - len(self.bits))):
            # mostly upwards and away from where the torch goes (spatter flies off the pool)
            a = rng.uniform(-math.pi * 0.95, -math.pi * 0.05)
            v = rng.uniform(180, 520)
            vx, vy = math.cos(a) * v - travel[0] * 120, math.sin(a) * v - travel[1] * 120
            self.bits.append([at[0], at[1], vx, vy, rng.uniform(0.18, 0.55)])

    def draw(self, surface: pygame.Surface, pal: Palette, motion: Motion) -> None:
        if motion.reduced:
            return  # no flying sparks under reduced motion (the glow says the arc is on)
        for x, y, vx, vy, life in self.bits:
            c = pal.arc if life > 0.4 else pal.spark if life > 0.22 else pal.bead_hot
            tail = (x - vx * 0.018, y - vy * 0.018)
            pygame.draw.line(surface, c, tail, (x, y), 3 if life > 0.3 else 2)


@lru_cache(maxsize=16)
def _halo(radius: int, colour: Color) -> pygame.Surface:
    """A soft round glow to add onto the picture (black is nothing added), kept per size."""
    surf = pygame.Surface((2 * radius, 2 * radius))
    surf.fill((0, 0, 0))
    for k in range(radius, 0, -2):
        light = 0.85 * (1 - k / radius) ** 1.8
        pygame.draw.circle(surf, tuple(round(c * light) for c in colour), (radius, radius), k)
    return surf


def arc_glow(surface: pygame.Surface, pal: Palette, at: tuple[float, float],
             flicker: float) -> None:
    """The arc at the torch: a wide warm glow on the plate, a white-hot core (its size
    flickers; steady under reduced motion, as ``flicker`` is then 0)."""
    r = ARC_GLOW_PX + 4 * round(2 * flicker)  # five sizes: their glows are made once
    warm = _halo(r * 2, pal.bead_hot)
    surface.blit(warm, warm.get_rect(center=(round(at[0]), round(at[1]))),
                 special_flags=pygame.BLEND_RGB_ADD)
    core = _halo(r, pal.arc)
    surface.blit(core, core.get_rect(center=(round(at[0]), round(at[1]))),
                 special_flags=pygame.BLEND_RGB_ADD)
    pygame.draw.circle(surface, pal.arc, at, max(6.0, r * 0.2))
