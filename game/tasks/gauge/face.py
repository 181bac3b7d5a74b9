"""The gauge itself: a round dial or a straight bar, its scale, its zone and its needle.

The face (card, scale, numbers, unit, the shaded zone with its brackets) does not change
and is painted once; only the needle and the marks of past stops are drawn each frame.
The zone is shaded *and* bounded by bracket marks with a target pointer, so that colour
is never its only cue.
"""
from __future__ import annotations

import math

import pygame

from game.tasks.gauge.params import GaugeParams
from game.tasks.gauge.rules import decimals, number, reading
from game.tasks.ink import soft_ink
from game.ui import draw, theme
from game.ui.text import TextCache
from game.ui.theme import Color, Palette

ARC_START, ARC_SWEEP = 210.0, 240.0  # degrees, counter-clockwise from 3 o'clock; clockwise sweep




def zone_fill(pal: Palette) -> Color:
    """The shade of the target zone (on the face, the swatch and the debrief's figure)."""
    return draw.blend(pal.success, pal.white, 0.62)


def nice_step(span: float, most: int = 10) -> float:
    """A round major step (1, 2, 2.5 or 5 × 10^k) giving at most ``most`` intervals."""
    k = 10.0 ** math.floor(math.log10(span / most))
    for m in (1.0, 2.0, 2.5, 5.0):
        if span / (m * k) <= most:
            return m * k
    return 10.0 * k


def ticks(lo: float, hi: float, step: float) -> list[float]:
    first = math.ceil(lo / step - 1e-9) * step
    n = math.floor((hi - first) / step + 1e-9)
    return [first + i * step for i in range(n + 1)]


class Face:
    """Maps values to the screen and draws the gauge in ``rect`` (a white card)."""

    def __init__(self, params: GaugeParams, rect: pygame.Rect, text: TextCache,
                 accent: Color, lang: str, pal: Palette) -> None:
        self.p, self.rect, self.text, self.accent, self.lang = params, rect, text, accent, lang
        self.pal = pal
        self.zone_fill = zone_fill(pal)
        self.face_fill = draw.blend(pal.paper, pal.white, 0.5)
        self.dial = params.style == "dial"
        self.major = nice_step(params.span)
        mantissa = round(self.major / 10 ** math.floor(math.log10(self.major)), 3)
        self.minor = self.major / (4 if mantissa == 2 else 5)
        self.places = decimals(params.span)
        if self.dial:
            self.radius = 300.0
            self.center = (rect.centerx, rect.y + 410)
        else:
            self.bar = pygame.Rect(rect.x + 90, rect.y + 290, rect.w - 180, 110)
        self._face: pygame.Surface | None = None

    # -- geometry -----------------------------------------------------------------------
    def frac(self, value: float) -> float:
        return max(0.0, min(1.0, (value - self.p.min) / self.p.span))

    def angle(self, value: float) -> float:
        """Dial: the value's angle, radians, counter-clockwise from 3 o'clock (y up)."""
        return math.radians(ARC_START - ARC_SWEEP * self.frac(value))

    def at(self, value: float, r: float) -> tuple[float, float]:
        """Dial: the point at radius ``r`` on the value's ray."""
        a = self.angle(value)
        return (self.center[0] + r * math.cos(a), self.center[1] - r * math.sin(a))

    def x(self, value: float) -> float:
        """Bar: the value's x."""
        return self.bar.x + self.bar.w * self.frac(value)

    def tip(self, value: float) -> tuple[float, float]:
        """Where the needle points (for bubbles and markers)."""
        if self.dial:
            return self.at(value, self.radius - 40)
        return (self.x(value), self.bar.y - 8)

    @property
    def readout(self) -> pygame.Rect:
        """The window under the needle's hub where a stopped value is read."""
        if self.dial:
            return pygame.Rect(0, 0, 340, 90).move(self.center[0] - 170, self.center[1] + 112)
        return pygame.Rect(0, 0, 340, 90).move(self.rect.centerx - 170, self.bar.bottom + 130)

    # -- drawing ------------------------------------------------------------------------
    def label(self, value: float, fixed: bool = False) -> str:
        return number(value, self.places, self.lang, fixed)  # kept as written (game.i18n)

    def reading(self, value: float, fixed: bool = False) -> str:
        """A stopped value, with the decimals that put it on its side of the zone's bounds."""
        return reading(value, self.p.low, self.p.high, self.places, self.lang, fixed)

    def draw(self, surface: pygame.Surface) -> None:
        pal = self.pal
        if self._face is None:
            self._face = self._paint()
        draw.panel(surface, pal, self.rect, pal.white, radius=26, shadow=8)
        surface.blit(self._face, self.rect)

    def _paint(self) -> pygame.Surface:
        face = pygame.Surface(self.rect.size, pygame.SRCALPHA)
        off = (-self.rect.x, -self.rect.y)
        layer = pygame.Surface(surface_size(self.rect), pygame.SRCALPHA)
        if self.dial:
            self._paint_dial(layer)
        else:
            self._paint_bar(layer)
        face.blit(layer, off)
        return face

    def _paint_dial(self, s: pygame.Surface) -> None:
        pal = self.pal
        cx, cy = self.center
        r = self.radius
        pygame.draw.circle(s, self.face_fill, (cx, cy), r + 62)
        pygame.draw.circle(s, pal.floor_dark, (cx, cy), r + 62, 4)
        # the zone: a shaded ring sector outside the scale line ...
        lo, hi = self.p.low, self.p.high
        steps = max(4, int(abs(self.angle(hi) - self.angle(lo)) * 40))
        outer = [self.at(lo + (hi - lo) * i / steps, r + 44) for i in range(steps + 1)]
        inner = [self.at(hi - (hi - lo) * i / steps, r - 34) for i in range(steps + 1)]
        pygame.draw.polygon(s, self.zone_fill, outer + inner)
        # ... the scale: a line, minor and major ticks, numbers inside
        arc = [self.at(self.p.min + self.p.span * i / 120, r) for i in range(121)]
        pygame.draw.lines(s, pal.ink, False, arc, 4)
        for v in ticks(self.p.min, self.p.max, self.minor):
            pygame.draw.line(s, pal.muted, self.at(v, r - 14), self.at(v, r), 3)
        for v in ticks(self.p.min, self.p.max, self.major):
            pygame.draw.line(s, pal.ink, self.at(v, r - 30), self.at(v, r), 5)
            img = self.text.render(self.label(v), theme.TEXT_SMALL - 2, pal.ink)
            s.blit(img, img.get_rect(center=self.at(v, r - 62)))
        # ... bounded by brackets (a hook into the zone at each end) and a target pointer
        for v, inward in ((lo, -1), (hi, 1)):
            pygame.draw.line(s, pal.success, self.at(v, r - 40), self.at(v, r + 52), 7)
            da = -inward * 0.05  # radians towards the zone's inside
            for rad in (r - 40, r + 52):
                end = (cx + rad * math.cos(self.angle(v) + da),
                       cy - rad * math.sin(self.angle(v) + da))
                pygame.draw.line(s, pal.success, self.at(v, rad), end, 7)
        for k in range(-34, 44, 12):  # the target: a dashed line across the zone ...
            pygame.draw.line(s, pal.ink, self.at(self.p.target, r + k),
                             self.at(self.p.target, r + min(k + 7, 44)), 3)
        a = self.angle(self.p.target)  # ... and a pointer outside it
        t0, t1 = self.at(self.p.target, r + 54), self.at(self.p.target, r + 88)
        side = (math.sin(a) * 11, math.cos(a) * 11)
        pygame.draw.polygon(s, pal.ink, [t0, (t1[0] + side[0], t1[1] + side[1]),
                                           (t1[0] - side[0], t1[1] - side[1])])
        # printed on the face, below the hub: the unit, the reading window, the label
        unit = self.text.render(self.p.unit, theme.TEXT_LARGE, soft_ink(pal))
        s.blit(unit, unit.get_rect(center=(cx, cy + 76)))
        box = self.readout
        pygame.draw.rect(s, pal.white, box, border_radius=16)
        pygame.draw.rect(s, pal.floor_dark, box, width=3, border_radius=16)
        label = self.text.render(self.p.label.get(self.lang), theme.TEXT_SMALL, pal.ink,
                                 width=round(r * 1.4), align="center")
        s.blit(label, label.get_rect(midtop=(cx, box.bottom + 16)))

    def _paint_bar(self, s: pygame.Surface) -> None:
        pal = self.pal
        bar = self.bar
        title = self.text.render(f"{self.p.label.get(self.lang)} ({self.p.unit})",
                                 theme.TEXT_BODY, pal.ink, width=self.rect.w - 60)
        s.blit(title, (self.rect.x + 30, self.rect.y + 28))
        pygame.draw.rect(s, self.face_fill, bar.inflate(40, 40), border_radius=24)
        lo, hi = self.x(self.p.low), self.x(self.p.high)
        zone = pygame.Rect(lo, bar.y - 26, hi - lo, bar.h + 52)
        pygame.draw.rect(s, self.zone_fill, zone)
        pygame.draw.rect(s, pal.ink, bar, width=4, border_radius=8)
        for v in ticks(self.p.min, self.p.max, self.minor):
            pygame.draw.line(s, pal.muted, (self.x(v), bar.bottom), (self.x(v), bar.bottom + 14), 3)
        for v in ticks(self.p.min, self.p.max, self.major):
            x = self.x(v)
            pygame.draw.line(s, pal.ink, (x, bar.bottom - 20), (x, bar.bottom + 28), 5)
            img = self.text.render(self.label(v), theme.TEXT_SMALL - 2, pal.ink)
            s.blit(img, img.get_rect(midtop=(x, bar.bottom + 34)))
        for x, inward in ((lo, 1), (hi, -1)):  # brackets [ ]
            pygame.draw.line(s, pal.success, (x, zone.y), (x, zone.bottom), 7)
            for y in (zone.y, zone.bottom):
                pygame.draw.line(s, pal.success, (x, y), (x + inward * 16, y), 7)
        tx = self.x(self.p.target)  # the target: a dashed line across the zone
        for y in range(zone.y + 4, zone.bottom - 4, 14):
            pygame.draw.line(s, pal.ink, (tx, y), (tx, min(y + 7, zone.bottom - 4)), 3)
        box = self.readout
        pygame.draw.rect(s, pal.white, box, border_radius=16)
        pygame.draw.rect(s, pal.floor_dark, box, width=3, border_radius=16)

    def needle(self, surface: pygame.Surface, value: float, color: Color | None = None) -> None:
        pal = self.pal
        color = pal.ink if color is None else color
        if self.dial:
            cx, cy = self.center
            a = self.angle(value)
            ux, uy = math.cos(a), -math.sin(a)
            px, py = -uy, ux
            tip = (cx + ux * (self.radius + 20), cy + uy * (self.radius + 20))
            back = (cx - ux * 46, cy - uy * 46)
            pts = [tip, (back[0] + px * 12, back[1] + py * 12), (back[0] - px * 12,
                                                                 back[1] - py * 12)]
            shadow = [(x + 4, y + 6) for x, y in pts]
            pygame.draw.polygon(surface, draw.blend(pal.floor_dark, pal.ink, 0.2), shadow)
            pygame.draw.polygon(surface, color, pts)
            pygame.draw.circle(surface, color, (cx, cy), 30)
            pygame.draw.circle(surface, self.accent, (cx, cy), 14)
        else:
            x, bar = self.x(value), self.bar
            pygame.draw.line(surface, color, (x, bar.y - 40), (x, bar.bottom + 6), 7)
            pygame.draw.polygon(surface, color, [(x, bar.y - 30), (x - 22, bar.y - 70),
                                                 (x + 22, bar.y - 70)])
            pygame.draw.circle(surface, self.accent, (x, bar.y - 56), 8)

    def mark(self, surface: pygame.Surface, value: float, n: int) -> None:
        """A past stop: a thin numbered needle (the verdict is in the panel)."""
        pal = self.pal
        if self.dial:
            pos = self.at(value, self.radius * 0.6)
            pygame.draw.line(surface, pal.muted, self.center, self.at(value, self.radius - 8), 4)
        else:
            pos = (self.x(value), self.bar.y - 100)
            pygame.draw.line(surface, pal.muted, (pos[0], self.bar.y - 26), pos, 3)
        pygame.draw.circle(surface, pal.white, pos, 20)
        pygame.draw.circle(surface, pal.muted, pos, 20, 3)
        img = self.text.render(str(n), theme.TEXT_SMALL - 4, pal.ink)
        surface.blit(img, img.get_rect(center=pos))


def surface_size(rect: pygame.Rect) -> tuple[int, int]:
    """A layer as big as the screen area the card sits in (drawn in screen coordinates)."""
    return (rect.right, rect.bottom)
