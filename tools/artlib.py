"""Drawing helpers for the generated art: a supersampled canvas, palette shades, soft shadows.

Everything is drawn at `ss` times the final size with plain pygame primitives, then reduced
with premultiplied alpha so edges are smooth and free of dark fringes.
"""
from __future__ import annotations

import math
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from itertools import pairwise
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from game.ui.theme import NORMAL as T  # (the one palette)

Color = tuple[int, ...]
Pt = tuple[float, float]
Draw = Callable[[pygame.Surface, Color], None]  # paints one shape on a surface, in a colour

# --- palette shades -----------------------------------------------------------------------


def mix(a: Sequence[int], b: Sequence[int], t: float) -> tuple[int, int, int]:
    """Linear blend from colour a (t=0) to colour b (t=1)."""
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def light(c: Sequence[int], t: float) -> tuple[int, int, int]:
    """A lighter shade (towards white)."""
    return mix(c, T.white, t)


def dark(c: Sequence[int], t: float) -> tuple[int, int, int]:
    """A darker shade (towards the palette ink, which keeps shadows cool and consistent)."""
    return mix(c, T.ink, t)


def rgba(c: Sequence[int], a: int) -> Color:
    return (c[0], c[1], c[2], a)


# Derived shades used across many images (all from theme.py).
STEEL = mix(T.muted, T.floor, 0.35)
STEEL_LIGHT = light(STEEL, 0.45)
STEEL_DARK = dark(T.muted, 0.35)
WOOD = mix(T.welding, T.ink, 0.38)
WOOD_LIGHT = mix(T.welding, T.safety, 0.35)
WOOD_LIGHT = mix(WOOD_LIGHT, T.paper, 0.35)
GLASS = light(T.primary, 0.55)
LEAF = T.success
# Accents of the car-assembly and food worlds (their YAML `accent:` uses the same values).
AUTO = (14, 132, 199)    # #0E84C7
AGRO = (77, 140, 30)     # #4D8C1E
LEAF_DARK = dark(T.success, 0.35)

# Skin tones and hair colours for people (warm shades derived from the accent colours).
SKIN_LIGHT = mix(T.paper, T.welding, 0.24)
SKIN_MEDIUM = mix(mix(T.welding, T.paper, 0.45), T.ink, 0.12)
SKIN_BROWN = mix(mix(T.welding, T.ink, 0.42), T.paper, 0.12)
SKIN_DARK = mix(mix(T.welding, T.ink, 0.68), T.paper, 0.04)
HAIR_BLACK = dark(T.ink, 0.3)
HAIR_DARK_BROWN = mix(T.ink, T.welding, 0.22)
HAIR_AUBURN = mix(T.welding, T.error, 0.45)
HAIR_AUBURN = dark(HAIR_AUBURN, 0.22)
HAIR_BLONDE = mix(T.safety, T.paper, 0.3)
HAIR_GREY = mix(T.muted, T.white, 0.3)


# --- supersampled canvas ------------------------------------------------------------------


def unpremultiply(surf: pygame.Surface) -> pygame.Surface:
    """Turn a premultiplied RGBA surface back into straight alpha (what PNG stores)."""
    data = bytearray(pygame.image.tobytes(surf, "RGBA"))
    alpha = data[3::4]
    for n, a in enumerate(alpha):
        if 0 < a < 255:
            i = n * 4
            f = 255.0 / a
            data[i] = min(255, int(data[i] * f + 0.5))
            data[i + 1] = min(255, int(data[i + 1] * f + 0.5))
            data[i + 2] = min(255, int(data[i + 2] * f + 0.5))
    return pygame.image.frombytes(bytes(data), surf.get_size(), "RGBA")


def downsample(big: pygame.Surface, size: tuple[int, int]) -> pygame.Surface:
    """Area-average a supersampled RGBA surface to `size` with correct (premultiplied) alpha."""
    small = pygame.transform.smoothscale(big.premul_alpha(), size)
    return unpremultiply(small)


class Canvas:
    """A drawing surface addressed in final (logical) pixels, stored `ss` times larger."""

    def __init__(self, w: int, h: int, ss: int = 4, bg: Sequence[int] | None = None) -> None:
        self.w, self.h, self.ss = w, h, ss
        base = pygame.Surface((w * ss, h * ss), pygame.SRCALPHA)
        if bg is not None:
            base.fill(tuple(bg))
        self._stack = [base]
        self._records: list[list[Draw]] = []  # open `recording()` blocks (spot outlines)

    # -- plumbing
    @property
    def surf(self) -> pygame.Surface:
        return self._stack[-1]

    def p(self, x: float, y: float) -> tuple[int, int]:
        return (round(x * self.ss), round(y * self.ss))

    def _pts(self, pts: Sequence[Pt]) -> list[tuple[int, int]]:
        return [self.p(x, y) for x, y in pts]

    def _draw(self, color: Sequence[int], draw: Draw) -> None:
        """Draw opaque, or through a temporary layer when the colour is translucent."""
        for record in self._records:
            record.append(draw)
        if len(color) == 4 and color[3] < 255:
            tmp = pygame.Surface(self.surf.get_size(), pygame.SRCALPHA)
            draw(tmp, (color[0], color[1], color[2], 255))
            tmp.set_alpha(color[3])
            self.surf.blit(tmp, (0, 0))
        else:
            draw(self.surf, (color[0], color[1], color[2], 255))

    @contextmanager
    def layer(
        self,
        alpha: int = 255,
        blur: float = 0,
        offset: Pt = (0, 0),
        clip: Callable[[], None] | None = None,
    ) -> Iterator[None]:
        """Draw what follows on a separate layer, then composite it (blurred, clipped, faded)."""
        lay = pygame.Surface(self.surf.get_size(), pygame.SRCALPHA)
        self._stack.append(lay)
        kept = [len(record) for record in self._records]
        try:
            yield
        finally:
            self._stack.pop()
        if clip is not None:  # what is drawn inside stays inside the clip's shapes, recorded below
            for record, n in zip(self._records, kept, strict=False):
                del record[n:]
        if blur > 0:
            size = lay.get_size()
            small = pygame.transform.smoothscale(lay, (max(1, size[0] // self.ss),
                                                       max(1, size[1] // self.ss)))
            small = pygame.transform.gaussian_blur(small, max(1, round(blur)))
            lay = pygame.transform.smoothscale(small, size)
        if clip is not None:
            mask = pygame.Surface(lay.get_size(), pygame.SRCALPHA)
            self._stack.append(mask)
            try:
                clip()
            finally:
                self._stack.pop()
            mask.fill((255, 255, 255, 0), special_flags=pygame.BLEND_RGBA_MAX)
            lay.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)
        if alpha < 255:
            lay.set_alpha(alpha)
        self.surf.blit(lay, self.p(*offset))

    @contextmanager
    def recording(self) -> Iterator[list[Draw]]:
        """Every shape drawn inside is also kept (as a callable that paints it on a surface
        of the canvas's stored size), so a caller can tell which pixels one object covers."""
        record: list[Draw] = []
        self._records.append(record)
        try:
            yield record
        finally:
            self._records.remove(record)

    @contextmanager
    def clipped(self, clip: Callable[[], None]) -> Iterator[None]:
        """Shapes drawn inside stay inside the shapes `clip` draws (e.g. shading on a face)."""
        with self.layer(clip=clip):
            yield

    def shadow(self, draw: Callable[[], None], blur: float = 4, alpha: int = 70,
               offset: Pt = (0, 0)) -> None:
        """A soft ink shadow of whatever `draw` paints (draw with INK)."""
        with self.layer(alpha=alpha, blur=blur, offset=offset):
            draw()

    # -- primitives (coordinates and sizes in logical pixels)
    def rect(self, c: Sequence[int], x: float, y: float, w: float, h: float,
             r: float = 0) -> None:
        ss = self.ss
        rr = pygame.Rect(round(x * ss), round(y * ss), round(w * ss), round(h * ss))
        self._draw(c, lambda s, col: pygame.draw.rect(s, col, rr, border_radius=round(r * ss)))

    def rect_r(self, c: Sequence[int], x: float, y: float, w: float, h: float,
               tl: float = 0, tr: float = 0, bl: float = 0, br: float = 0) -> None:
        ss = self.ss
        rr = pygame.Rect(round(x * ss), round(y * ss), round(w * ss), round(h * ss))
        self._draw(c, lambda s, col: pygame.draw.rect(
            s, col, rr, border_top_left_radius=round(tl * ss),
            border_top_right_radius=round(tr * ss), border_bottom_left_radius=round(bl * ss),
            border_bottom_right_radius=round(br * ss)))

    def frame(self, c: Sequence[int], x: float, y: float, w: float, h: float,
              width: float, r: float = 0) -> None:
        ss = self.ss
        rr = pygame.Rect(round(x * ss), round(y * ss), round(w * ss), round(h * ss))
        self._draw(c, lambda s, col: pygame.draw.rect(
            s, col, rr, max(1, round(width * ss)), border_radius=round(r * ss)))

    def circle(self, c: Sequence[int], x: float, y: float, r: float) -> None:
        cen = self.p(x, y)
        self._draw(c, lambda s, col: pygame.draw.circle(s, col, cen, max(1, round(r * self.ss))))

    def ring(self, c: Sequence[int], x: float, y: float, r: float, width: float) -> None:
        cen = self.p(x, y)
        self._draw(c, lambda s, col: pygame.draw.circle(
            s, col, cen, max(1, round(r * self.ss)), max(1, round(width * self.ss))))

    def ellipse(self, c: Sequence[int], x: float, y: float, w: float, h: float) -> None:
        ss = self.ss
        rr = pygame.Rect(round(x * ss), round(y * ss), round(w * ss), round(h * ss))
        self._draw(c, lambda s, col: pygame.draw.ellipse(s, col, rr))

    def ellipse_c(self, c: Sequence[int], cx: float, cy: float, rx: float, ry: float) -> None:
        self.ellipse(c, cx - rx, cy - ry, rx * 2, ry * 2)

    def ellipse_ring(self, c: Sequence[int], cx: float, cy: float, rx: float, ry: float,
                     width: float) -> None:
        ss = self.ss
        rr = pygame.Rect(round((cx - rx) * ss), round((cy - ry) * ss), round(2 * rx * ss),
                         round(2 * ry * ss))
        self._draw(c, lambda s, col: pygame.draw.ellipse(s, col, rr, max(1, round(width * ss))))

    def poly(self, c: Sequence[int], pts: Sequence[Pt]) -> None:
        big = self._pts(pts)
        self._draw(c, lambda s, col: pygame.draw.polygon(s, col, big))

    def line(self, c: Sequence[int], a: Pt, b: Pt, width: float, cap: bool = True) -> None:
        self.polyline(c, [a, b], width, cap)

    def polyline(self, c: Sequence[int], pts: Sequence[Pt], width: float,
                 cap: bool = True) -> None:
        """A thick line with round joins (and round caps unless cap=False)."""
        ss = self.ss
        hw = width * ss / 2

        def draw(s: pygame.Surface, col: Color) -> None:
            big = [(x * ss, y * ss) for x, y in pts]
            for (x0, y0), (x1, y1) in pairwise(big):
                dx, dy = x1 - x0, y1 - y0
                n = math.hypot(dx, dy) or 1.0
                nx, ny = -dy / n * hw, dx / n * hw
                pygame.draw.polygon(s, col, [(x0 + nx, y0 + ny), (x1 + nx, y1 + ny),
                                             (x1 - nx, y1 - ny), (x0 - nx, y0 - ny)])
            joints = big if cap else big[1:-1]
            for x, y in joints:
                pygame.draw.circle(s, col, (round(x), round(y)), max(1, round(hw)))

        self._draw(c, draw)

    def arc_pts(self, cx: float, cy: float, rx: float, ry: float, a0: float, a1: float,
                n: int = 32) -> list[Pt]:
        """Points on an elliptical arc; angles in degrees, 0 = right, 90 = down (screen)."""
        return [(cx + rx * math.cos(math.radians(a0 + (a1 - a0) * i / n)),
                 cy + ry * math.sin(math.radians(a0 + (a1 - a0) * i / n))) for i in range(n + 1)]

    def arc(self, c: Sequence[int], cx: float, cy: float, rx: float, ry: float, a0: float,
            a1: float, width: float) -> None:
        self.polyline(c, self.arc_pts(cx, cy, rx, ry, a0, a1), width)

    def pie(self, c: Sequence[int], cx: float, cy: float, rx: float, ry: float, a0: float,
            a1: float) -> None:
        self.poly(c, [(cx, cy), *self.arc_pts(cx, cy, rx, ry, a0, a1)])

    def vgradient(self, c0: Sequence[int], c1: Sequence[int], x: float, y: float, w: float,
                  h: float, clip: Callable[[], None] | None = None) -> None:
        """A vertical gradient over a rectangle, optionally clipped to shapes."""
        ss = self.ss
        x0, y0, ww, hh = round(x * ss), round(y * ss), round(w * ss), round(h * ss)
        with self.layer(clip=clip):
            for i in range(hh):
                col = mix(c0, c1, i / max(1, hh - 1))
                pygame.draw.line(self.surf, col, (x0, y0 + i), (x0 + ww - 1, y0 + i))

    def text(self, s: str, size: float, c: Sequence[int], x: float, y: float,
             anchor: str = "topleft", angle: float = 0, alpha: int = 255) -> pygame.Rect:
        """Text in pygame's bundled font (size in logical px); returns its logical rect."""
        pygame.font.init()
        font = pygame.font.Font(None, max(1, round(size * self.ss)))
        img = font.render(s, True, tuple(c[:3]))
        if angle:
            img = pygame.transform.rotozoom(img, angle, 1)
        if alpha < 255:
            img.set_alpha(alpha)
        rect = img.get_rect(**{anchor: self.p(x, y)})
        self.surf.blit(img, rect)
        for record in self._records:
            record.append(lambda s, col, rect=rect: pygame.draw.rect(s, col, rect))
        ss = self.ss
        return pygame.Rect(rect.x // ss, rect.y // ss, rect.w // ss, rect.h // ss)

    def blit(self, img: pygame.Surface, x: float, y: float) -> None:
        """Blit a finished (logical-size) image, scaled up to the canvas resolution."""
        big = pygame.transform.smoothscale(img, (img.get_width() * self.ss,
                                                 img.get_height() * self.ss))
        self.surf.blit(big, self.p(x, y))

    # -- output
    def image(self) -> pygame.Surface:
        return downsample(self._stack[0], (self.w, self.h))

    def image_rgb(self) -> pygame.Surface:
        small = pygame.transform.smoothscale(self._stack[0], (self.w, self.h))
        out = pygame.Surface((self.w, self.h))
        out.blit(small, (0, 0))
        return out


def bezier(p0: Pt, p1: Pt, p2: Pt, p3: Pt | None = None, n: int = 24) -> list[Pt]:
    """Points of a quadratic (3 points) or cubic (4 points) Bezier curve."""
    out: list[Pt] = []
    for i in range(n + 1):
        t = i / n
        u = 1 - t
        if p3 is None:
            out.append((u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0],
                        u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1]))
        else:
            out.append((u ** 3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0]
                        + t ** 3 * p3[0],
                        u ** 3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1]
                        + t ** 3 * p3[1]))
    return out


def save(img: pygame.Surface, rel: str) -> Path:
    """Save an image under the repository root (creating folders)."""
    path = ROOT / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(img, str(path))
    return path
