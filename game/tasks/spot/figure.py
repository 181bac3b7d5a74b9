"""The spot task's debrief figure: the picture with every fault marked found or missed.

Each fault is marked by the outline of what the picture draws there (the hit area), or by a
ring when it has none. Found: a solid outline with a tick. Missed: a dashed outline with a
"?". Wrong taps: a cross. Shapes and signs carry the meaning, colour only repeats it; a white
halo under every line keeps it visible on any picture and in high contrast.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import pygame

from game.tasks.base import TaskResult
from game.ui import draw, theme

DASHES = 16
DASH_PX, GAP_PX = 14.0, 9.0  # a dashed outline's dashes and gaps, screen px
TINY_PX = 40  # an outline smaller than this on screen also gets a ring around it
Pt = tuple[float, float]


def dashed_circle(surface: pygame.Surface, color: theme.Color, center: tuple[float, float],
                  radius: float, width: int, dashes: int = DASHES) -> None:
    box = pygame.Rect(0, 0, 2 * radius, 2 * radius)
    box.center = (round(center[0]), round(center[1]))
    step = 2 * math.pi / dashes
    for i in range(dashes):
        pygame.draw.arc(surface, color, box, i * step, i * step + step * 0.55, width)


def solid_outline(surface: pygame.Surface, color: theme.Color, pts: Sequence[Pt],
                  width: int) -> None:
    """A closed outline with round joints (pygame's thick lines leave notches at corners)."""
    pygame.draw.lines(surface, color, True, pts, width)
    for p in pts:
        pygame.draw.circle(surface, color, p, width / 2)


def dashed_outline(surface: pygame.Surface, color: theme.Color, pts: Sequence[Pt],
                   width: int) -> None:
    """A closed outline in dashes, laid along its length (corners do not break the rhythm)."""
    phase = 0.0  # where along the dash pattern the current edge starts
    period = DASH_PX + GAP_PX
    for (x0, y0), (x1, y1) in zip(pts, [*pts[1:], pts[0]], strict=True):
        length = math.hypot(x1 - x0, y1 - y0)
        if length == 0:
            continue
        at = 0.0
        while at < length:
            in_dash = phase < DASH_PX
            run = min(length - at, (DASH_PX - phase) if in_dash else (period - phase))
            if in_dash:
                a, b = at / length, (at + run) / length
                p, q = (x0 + (x1 - x0) * a, y0 + (y1 - y0) * a), \
                    (x0 + (x1 - x0) * b, y0 + (y1 - y0) * b)
                pygame.draw.line(surface, color, p, q, width)
                pygame.draw.circle(surface, color, p, width / 2)
                pygame.draw.circle(surface, color, q, width / 2)
            at += run
            phase = (phase + run) % period


def bounds(pts: Sequence[Pt]) -> pygame.Rect:
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return pygame.Rect(math.floor(min(xs)), math.floor(min(ys)),
                       math.ceil(max(xs) - min(xs)) + 1, math.ceil(max(ys) - min(ys)) + 1)


def outline_box(outline: Sequence[Pt] | None) -> pygame.Rect | None:
    """The box of an outline that marks its fault alone (None: no outline, or one so tiny
    that its mark gets a ring as well)."""
    if not outline:
        return None
    shape = bounds(outline)
    return shape if max(shape.w, shape.h) >= TINY_PX else None


def ring_box(centre: Pt, ring: float) -> pygame.Rect:
    return pygame.Rect(round(centre[0] - ring), round(centre[1] - ring), round(2 * ring),
                       round(2 * ring))


def mark_box(centre: Pt, ring: float, outline: Sequence[Pt] | None) -> pygame.Rect:
    """The box :func:`mark_area` covers (where a fault's badge goes): its outline's, unless
    that is tiny or missing, then its ring's."""
    shape = outline_box(outline)
    return ring_box(centre, ring) if shape is None else shape


def mark_area(surface: pygame.Surface, pal: theme.Palette, centre: Pt, ring: float,
              outline: Sequence[Pt] | None, found: bool, width: int) -> pygame.Rect:
    """One fault, found (solid, the good colour) or missed (dashed, the miss colour): its
    outline on screen, with a ring as well when the outline is tiny; the ring alone when it
    has no outline. Returns the box the mark covers (:func:`mark_box`)."""
    color = pal.success if found else pal.error
    line = solid_outline if found else dashed_outline
    if outline:
        line(surface, pal.white, outline, width + 6)  # the halo: any picture, high contrast
        line(surface, color, outline, width)
    shape = outline_box(outline)
    if shape is not None:
        return shape
    if found:
        pygame.draw.circle(surface, pal.white, centre, ring + 3, width + 3)
        pygame.draw.circle(surface, color, centre, ring, width)
    else:
        dashed_circle(surface, pal.white, centre, ring + 2, width + 3)
        dashed_circle(surface, color, centre, ring, width)
    return ring_box(centre, ring)


def question_mark(surface: pygame.Surface, ctx: Any, center: tuple[float, float],
                  size: float) -> None:
    pal = ctx.palette
    pygame.draw.circle(surface, pal.white, center, size * 0.6)
    pygame.draw.circle(surface, pal.error, center, size * 0.6, 3)
    img = ctx.text.render("?", round(size * 0.9), pal.error)
    surface.blit(img, img.get_rect(center=(center[0], center[1] + 2)))


def draw_figure(ctx: Any, surface: pygame.Surface, rect: pygame.Rect, result: TaskResult) -> None:
    """The picture with what was found, missed and tapped wrongly (the type's ``Figure``)."""
    pal = ctx.palette
    d = result.details
    draw.panel(surface, pal, rect, pal.white, radius=14, shadow=3)
    legend_w = 300
    box = pygame.Rect(rect.x + 14, rect.y + 14, rect.w - legend_w - 28, rect.h - 28)
    pic = ctx.images.fit(ctx.scenario.asset(d["image"]), box.size)
    k = pic.get_width() / ctx.images.size(ctx.scenario.asset(d["image"]))[0]
    at = pic.get_rect(midleft=box.midleft)
    surface.blit(pic, at)

    def screen(x: float, y: float) -> tuple[float, float]:
        return (at.x + x * k, at.y + y * k)

    found, missed = set(d["found"]), set(d["missed"])
    outlines = d.get("outlines", {})  # results saved before outlines were kept: rings
    for area_id, x, y, r in d["hotspots"]:
        if area_id not in found and area_id not in missed:
            continue  # not needed: she found as many faults as asked, elsewhere
        shape = outlines.get(area_id)
        pts = [screen(px, py) for px, py in shape] if shape else None
        box = mark_area(surface, pal, screen(x, y), max(r * k, 16), pts, area_id in found, 4)
        badge = (min(box.right, at.right - 16), max(box.top, at.top + 16))
        if area_id in found:
            draw.verdict(surface, pal, badge, True, 30)
        else:
            question_mark(surface, ctx, badge, 30)
    for x, y, kind, _area in d["taps"]:
        if kind in ("miss", "decoy"):
            c = screen(x, y)
            pygame.draw.circle(surface, pal.white, c, 14)
            draw.cross_mark(surface, c, 26, pal.error)
    _legend(ctx, surface, pygame.Rect(at.right + 40, rect.y + 30, rect.right - at.right - 60,
                                      rect.h - 60), d)


def _legend(ctx: Any, surface: pygame.Surface, box: pygame.Rect, d: dict[str, Any]) -> None:
    pal = ctx.palette
    t, tr = ctx.text, ctx.tr
    rows = [
        ("found", tr("spot_legend_found"), len(d["found"])),
        ("missed", tr("spot_legend_missed"), len(d["missed"])),
        ("wrong", tr("spot_legend_wrong"), int(d["wrong_taps"])),
    ]
    y = box.y
    for kind, label, n in rows:
        c = (box.x + 30, y + 30)
        shape = [(c[0] - 22, c[1] - 16), (c[0] - 8, c[1] - 22), (c[0] + 20, c[1] - 18),
                 (c[0] + 22, c[1] + 14), (c[0] + 4, c[1] + 22), (c[0] - 20, c[1] + 16)]
        if kind == "found":  # as on the picture: the solid outline, the tick
            solid_outline(surface, pal.success, shape, 4)
            draw.check_mark(surface, c, 26, pal.success)
        elif kind == "missed":  # the dashed outline, the "?"
            dashed_outline(surface, pal.error, shape, 4)
            img = t.render("?", theme.TEXT_SMALL, pal.error)
            surface.blit(img, img.get_rect(center=(c[0], c[1] + 2)))
        else:
            draw.cross_mark(surface, c, 34, pal.error)
        img = t.render(tr("labelled", label=label, value=n), theme.TEXT_SMALL - 2, pal.ink,
                       width=box.w - 70)
        surface.blit(img, img.get_rect(midleft=(box.x + 70, c[1])))
        y += max(74, img.get_height() + 20)
