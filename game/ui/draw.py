"""Drawing helpers of the flat style: panels, pills, stars, icons of meaning."""
from __future__ import annotations

import math
from functools import lru_cache

import pygame

from game.ui.theme import Color, Palette

RADIUS = 18


def panel(surface: pygame.Surface, pal: Palette, rect: pygame.Rect, color: Color | None = None,
          radius: int = RADIUS, shadow: int = 6, border: Color | None = None) -> None:
    """A rounded card (white unless ``color``) with a soft drop shadow.

    A card with no border of its own gets the palette's edge, if it has one: in high
    contrast a white card on white paper would otherwise vanish.
    """
    if shadow:
        # only the strip below the card shows: blit just that (alpha blits are costly); the
        # cached shadow is only as tall as the card's bottom rows that strip copies (below
        # its top corners): a full-screen card's shadow is not a full-screen picture
        strip = min(rect.h, radius + shadow)
        tall = min(rect.h, radius + strip)
        surface.blit(_shadow(rect.w, tall, radius, pal.ink),
                     (rect.x, rect.bottom + shadow - strip),
                     pygame.Rect(0, tall - strip, rect.w, strip))
    pygame.draw.rect(surface, pal.white if color is None else color, rect, border_radius=radius)
    border = border if border is not None else pal.edge
    if border is not None:
        pygame.draw.rect(surface, border, rect, width=3, border_radius=radius)


SHADOW_ALPHA = 46  # the drop shadow: the ink, this opaque


@lru_cache(maxsize=64)
def _shadow(w: int, h: int, radius: int, ink: Color) -> pygame.Surface:
    surf = pygame.Surface((w, h), pygame.SRCALPHA)
    pygame.draw.rect(surf, (*ink, SHADOW_ALPHA), surf.get_rect(), border_radius=radius)
    return surf


@lru_cache(maxsize=32)
def _star_points(r: float) -> tuple[tuple[float, float], ...]:
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.45
        pts.append((math.cos(a) * rr, math.sin(a) * rr))
    return tuple(pts)


def star(surface: pygame.Surface, pal: Palette, center: tuple[float, float], r: float, filled: bool,
         scale: float = 1.0) -> None:
    """A star: filled gold when earned, an outline when not (shape, not only colour)."""
    cx, cy = center
    pts = [(cx + x * scale, cy + y * scale) for x, y in _star_points(r)]
    if filled:
        pygame.draw.polygon(surface, pal.safety, pts)
        pygame.draw.polygon(surface, pal.ink, pts, width=max(2, int(r / 10)))
    else:
        pygame.draw.polygon(surface, pal.floor, pts)
        pygame.draw.polygon(surface, pal.muted, pts, width=max(2, int(r / 10)))


def stars(surface: pygame.Surface, pal: Palette, center: tuple[float, float], count: int, r: float,
          total: int = 3, pops: list[float] | None = None) -> None:
    """A row of ``total`` stars, ``count`` of them earned; ``pops`` scales each (animation)."""
    gap = r * 2.3
    x0 = center[0] - gap * (total - 1) / 2
    for i in range(total):
        s = pops[i] if pops else 1.0
        star(surface, pal, (x0 + i * gap, center[1]), r, i < count, s)


def star_tally(surface: pygame.Surface, pal: Palette, center: tuple[float, float], r: float,
               number: pygame.Surface) -> None:
    """One earned star centred on ``center`` and ``number`` (the stars a whole game earned,
    rendered by the caller) just right of it: a board's game may hold more than three. The
    star stays put whatever the number's width, so a board's stars line up in a column."""
    star(surface, pal, center, r, True)
    surface.blit(number, number.get_rect(midleft=(round(center[0] + r * 1.6), round(center[1]))))


def check_mark(surface: pygame.Surface, center: tuple[float, float], size: float,
               color: Color) -> None:
    x, y = center
    pts = [(x - size * 0.5, y), (x - size * 0.15, y + size * 0.35), (x + size * 0.5,
                                                                     y - size * 0.4)]
    pygame.draw.lines(surface, color, False, pts, max(4, int(size / 6)))


def cross_mark(surface: pygame.Surface, center: tuple[float, float], size: float,
               color: Color) -> None:
    x, y = center
    d, w = size * 0.4, max(4, int(size / 6))
    pygame.draw.line(surface, color, (x - d, y - d), (x + d, y + d), w)
    pygame.draw.line(surface, color, (x - d, y + d), (x + d, y - d), w)


def verdict(surface: pygame.Surface, pal: Palette, center: tuple[float, float], ok: bool,
            size: float) -> None:
    """A right/wrong badge: a disc with a tick or a cross."""
    color = pal.success if ok else pal.error
    pygame.draw.circle(surface, pal.white, center, size * 0.6)
    pygame.draw.circle(surface, color, center, size * 0.6, 4)
    (check_mark if ok else cross_mark)(surface, center, size * 0.8, color)


def blend(a: Color, b: Color, t: float) -> Color:
    t = max(0.0, min(1.0, t))
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t),
            round(a[2] + (b[2] - a[2]) * t))


@lru_cache(maxsize=16)
def arrow_icon(direction: str, size: int, color: Color) -> pygame.Surface:
    """A solid triangle pointing up, down, left or right (the font has no arrow glyphs)."""
    surf = pygame.Surface((size, size), pygame.SRCALPHA)
    s = size
    pts = {"up": [(s / 2, s * 0.18), (s * 0.88, s * 0.78), (s * 0.12, s * 0.78)],
           "down": [(s * 0.12, s * 0.22), (s * 0.88, s * 0.22), (s / 2, s * 0.82)],
           "left": [(s * 0.18, s / 2), (s * 0.78, s * 0.12), (s * 0.78, s * 0.88)],
           "right": [(s * 0.22, s * 0.12), (s * 0.82, s / 2), (s * 0.22, s * 0.88)]}[direction]
    pygame.draw.polygon(surf, color, pts)
    return surf


def backspace_icon(size: int, color: Color) -> pygame.Surface:
    """The backspace key's sign (⌫, which the font lacks): a tag pointing left, a × in it."""
    surf = pygame.Surface((size, size), pygame.SRCALPHA)
    s, w = size, max(3, size // 12)
    top, bottom, mid = s * 0.22, s * 0.78, s / 2
    pts = [(s * 0.04, mid), (s * 0.34, top), (s * 0.96, top), (s * 0.96, bottom),
           (s * 0.34, bottom)]
    pygame.draw.polygon(surf, color, pts, w)
    cx, d = s * 0.62, s * 0.14
    pygame.draw.line(surf, color, (cx - d, mid - d), (cx + d, mid + d), w)
    pygame.draw.line(surf, color, (cx - d, mid + d), (cx + d, mid - d), w)
    return surf


class Backdrop:
    """A veiled still of the screen below a modal, taken once on the modal's first frame.

    The scenes below are paused while a modal is up, so they need not be drawn again: a
    modal is ``transparent`` until ``taken``, then draws the still (one opaque blit).
    """

    def __init__(self, alpha: int = 150) -> None:
        self.alpha = alpha
        self.still: pygame.Surface | None = None

    @property
    def taken(self) -> bool:
        return self.still is not None

    def draw(self, surface: pygame.Surface, pal: Palette) -> None:
        if self.still is None:
            veil = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
            veil.fill((*pal.ink, self.alpha))
            surface.blit(veil, (0, 0))
            self.still = surface.copy()
        else:
            surface.blit(self.still, (0, 0))
