"""The weld pass in the debrief: the player's own bead beside a good one, then the pass's
travel speed and aim along the seam over their tolerance bands."""
from __future__ import annotations

import math
from typing import Any

import pygame

from game.i18n import define, number
from game.tasks.base import TaskResult
from game.tasks.ink import soft_ink
from game.tasks.trace.look import RIPPLE_HZ, RIPPLE_MAX_MM, RIPPLE_MIN_MM, bead_colour, heat
from game.tasks.trace.rules import MAX_WIDTH_MM, NOMINAL_WIDTH_MM
from game.ui import draw, theme

define({
    "trace.your_bead": {"fr": "Ton cordon", "en": "Your bead"},
    "trace.good_bead": {"fr": "Un bon cordon", "en": "A good bead"},
})

BEADS_H = 150  # the two beads' strip, at the top of the figure
LABEL_W = 210
GOOD_STEP_MM = 0.5
ZONE_SIZE = theme.TEXT_SMALL - 6  # the zones' names beside a chart
ZONE_W = 140  # ... at most this wide (the plot keeps the rest)

#: one measure of the bead: mm along the seam, mm off the joint, width (mm), speed (mm/s)
Dot = tuple[float, float, float, float]


def draw_debrief(ctx: Any, surface: pygame.Surface, rect: pygame.Rect,
                 result: TaskResult) -> bool:
    """The type's ``Figure``: beads, then the speed and aim charts side by side."""
    d = result.details
    if not d.get("speed"):
        return False
    length = float(d["length_mm"])
    target = float(d.get("speed_target") or sum(d["speed_band"]) / 2)
    beads = pygame.Rect(rect.x, rect.y, rect.w, BEADS_H)
    draw_beads(ctx, surface, beads, [tuple(b) for b in d.get("bead", [])], length, target)
    charts = pygame.Rect(rect.x, beads.bottom + 16, rect.w, rect.bottom - beads.bottom - 16)
    half = (charts.w - 16) // 2
    lo, hi = d["speed_band"]
    lang = ctx.lang
    band = f"{number(lo, lang, 1)}–{number(hi, lang, 1)}"
    _chart(ctx, surface, pygame.Rect(charts.x, charts.y, half, charts.h), d["speed"],
           d["speed_band"],
           (0.0, max(hi * 1.8, max(v for _, v in d["speed"]) * 1.05)), length,
           ctx.tr("travel_speed") + " (mm/s)",
           (ctx.tr("trace.zone_fast"), band, ctx.tr("trace.zone_slow")))
    span = max(abs(d["aim_band"][0]) * 3, max(abs(v) for _, v in d["aim"]) * 1.1)
    off = ctx.tr("trace.zone_off")
    _chart(ctx, surface, pygame.Rect(charts.x + half + 16, charts.y, half, charts.h), d["aim"],
           d["aim_band"], (-span, span), length, ctx.tr("aim") + " (mm)",
           (off, "±" + number(d["aim_band"][1], lang, 1), off))
    return True


def good_bead(length: float, target: float) -> list[Dot]:
    """What a steady pass at the target speed, on the joint, leaves."""
    n = max(2, math.ceil(length / GOOD_STEP_MM))
    return [(length * i / n, 0.0, NOMINAL_WIDTH_MM, target) for i in range(n + 1)]


def draw_beads(ctx: Any, surface: pygame.Surface, rect: pygame.Rect, yours: list[Dot],
               length: float, target: float) -> None:
    """Two straightened beads, same scale: the player's (width, colour, ripples and place
    from her pass) above a good one."""
    pal, t = ctx.palette, ctx.text
    draw.panel(surface, pal, rect, pal.white, radius=14, shadow=3)
    lane_h = (rect.h - 24) // 2
    for k, (key, dots) in enumerate((("trace.your_bead", yours),
                                     ("trace.good_bead", good_bead(length, target)))):
        lane = pygame.Rect(rect.x + 12, rect.y + 12 + k * lane_h, rect.w - 24, lane_h)
        label = t.render(ctx.tr(key), theme.TEXT_SMALL - 4, pal.ink, width=LABEL_W - 16)
        surface.blit(label, label.get_rect(midleft=(lane.x + 4, lane.centery)))
        plate = pygame.Rect(lane.x + LABEL_W, lane.y + 4, lane.w - LABEL_W, lane.h - 8)
        pygame.draw.rect(surface, pal.steel, plate, border_radius=8)
        pygame.draw.line(surface, pal.seam, plate.midleft, plate.midright, 2)
        paint_bead(surface, pal, plate, dots, length, target)


def paint_bead(surface: pygame.Surface, pal: Any, plate: pygame.Rect, dots: list[Dot],
               length: float, target: float) -> None:
    """A bead along ``plate``: x from the place along the seam, y from the aim."""
    k = plate.h / (MAX_WIDTH_MM * 1.6)  # px per mm across: the widest bead fits with its aim
    next_ripple = 0.0
    clip = surface.get_clip()
    surface.set_clip(plate)
    for s, off, width, speed in dots:
        x = plate.x + s / max(length, 1e-9) * plate.w
        y = plate.centery + max(-0.3 * MAX_WIDTH_MM, min(0.3 * MAX_WIDTH_MM, off)) * k
        r = max(1.5, width * k / 2)
        c = bead_colour(pal, heat(speed, target))
        pygame.draw.circle(surface, draw.blend(c, pal.ink, 0.3), (x, y + 1), r)
        pygame.draw.circle(surface, c, (x, y), r)
        if s >= next_ripple:  # the ripples' spacing follows the speed, as on the plate
            next_ripple = s + min(RIPPLE_MAX_MM, max(RIPPLE_MIN_MM, speed / RIPPLE_HZ)) * 2
            box = pygame.Rect(0, 0, 2 * r, 2 * r)
            box.center = (round(x - r * 0.5), round(y))
            pygame.draw.arc(surface, draw.blend(c, pal.ink, 0.35), box, -1.1, 1.1, 2)
    surface.set_clip(clip)


def _chart(ctx: Any, surface: pygame.Surface, rect: pygame.Rect, points: list[Any],
           band: tuple[float, float], y_range: tuple[float, float], length: float,
           title: str, zones: tuple[str, str, str]) -> None:
    """A line along the bead (x: mm along the seam, as the verdict counts it) over its
    tolerance band; ``zones`` name, at the right, what is above, in and below the band, in
    the verdict's own words (« trop lent » there is « trop lent sur 20 % » here)."""
    pal, t = ctx.palette, ctx.text
    draw.panel(surface, pal, rect, pal.white, radius=14, shadow=3)
    label = t.render(title, theme.TEXT_SMALL - 4, pal.ink, width=rect.w - 32)
    surface.blit(label, (rect.x + 16, rect.y + 8))
    top = rect.y + 16 + label.get_height()
    words = [t.render(z, ZONE_SIZE, pal.ink if i == 1 else soft_ink(pal))
             for i, z in enumerate(zones)]
    key_w = min(ZONE_W, max(w.get_width() for w in words) + 12)
    plot = pygame.Rect(rect.x + 16, top, rect.w - 32 - key_w, rect.bottom - 12 - top)
    lo, hi = y_range
    span = (hi - lo) or 1.0

    def y_of(v: float) -> float:
        return plot.bottom - (min(max(v, lo), hi) - lo) / span * plot.h

    band_rect = pygame.Rect(plot.x, y_of(band[1]), plot.w, y_of(band[0]) - y_of(band[1]))
    pygame.draw.rect(surface, draw.blend(pal.success, pal.white, 0.7), band_rect)
    pygame.draw.line(surface, pal.success, band_rect.topleft, band_rect.topright, 2)
    pygame.draw.line(surface, pal.success, band_rect.bottomleft, band_rect.bottomright, 2)
    step = max(1, len(points) // 400)
    line = [(plot.x + s / length * plot.w, y_of(v)) for s, v in points[::step]]
    if len(line) >= 2:
        pygame.draw.lines(surface, pal.ink, False, line, 3)
    for s, v in points[::step * 6]:  # out-of-band stretches get a mark: not colour alone
        if not band[0] <= v <= band[1]:
            draw.cross_mark(surface, (plot.x + s / length * plot.w, y_of(v)), 14, pal.error)
    # the zones' names beside the plot: above the band, on it, below it
    x = plot.right + 10
    above = (plot.top + band_rect.top) / 2
    below = (band_rect.bottom + plot.bottom) / 2
    for img, y in zip(words, (above, band_rect.centery, below), strict=True):
        surface.blit(img, img.get_rect(midleft=(x, round(y))))
