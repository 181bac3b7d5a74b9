"""The gauge's debrief figure: the stops against the zone, or the needle over the hold.

The scale is zoomed around the zone so that a few units read clearly; the zone is shaded
and bounded by lines, and each stop or stray stretch carries a tick or a cross, so that
colour never carries the meaning alone.
"""
from __future__ import annotations

from typing import Any

import pygame

from game.tasks.base import TaskResult
from game.tasks.gauge.face import zone_fill
from game.tasks.gauge.rules import FULL_MISS, decimals, number, reading
from game.tasks.ink import soft_ink
from game.ui import draw, theme

PAD = 18


def draw_figure(ctx: Any, surface: pygame.Surface, rect: pygame.Rect, result: TaskResult) -> None:
    """The stops on a zoomed scale, or the held needle over time (the type's ``Figure``)."""
    d = result.details
    if d.get("mode") == "stop":
        _stops(ctx, surface, rect, d)
    else:
        _hold(ctx, surface, rect, d)


def _window(d: dict[str, Any], values: list[float]) -> tuple[float, float]:
    """The zoomed range: the zone with room around it, and every value shown."""
    lo, hi = d["range"]
    target, (b0, b1) = d["target"], d["band"]
    tol = (b1 - b0) / 2
    half = max(FULL_MISS * tol * 1.25, *(abs(v - target) * 1.15 for v in values))
    return max(lo, target - half), min(hi, target + half)


def _fmt(ctx: Any, d: dict[str, Any], value: float) -> str:
    lo, hi = d["range"]
    return number(value, decimals(hi - lo), ctx.lang)


def _card(ctx: Any, surface: pygame.Surface, rect: pygame.Rect, title: str) -> pygame.Rect:
    pal = ctx.palette
    draw.panel(surface, pal, rect, pal.white, radius=14, shadow=3)
    img = ctx.text.render(title, theme.TEXT_SMALL - 2, pal.ink, width=rect.w - 2 * PAD)
    surface.blit(img, (rect.x + PAD, rect.y + 10))
    return pygame.Rect(rect.x + PAD, rect.y + 20 + img.get_height(), rect.w - 2 * PAD,
                       rect.h - 30 - img.get_height())


def _stops(ctx: Any, surface: pygame.Surface, rect: pygame.Rect, d: dict[str, Any]) -> None:
    pal = ctx.palette
    area = _card(ctx, surface, rect, ctx.tr("gauge_stops_title") + f" ({d['unit']})")
    t, stops, rounds = ctx.text, list(d["stops"]), int(d["rounds"])
    v0, v1 = _window(d, stops)
    name_w = 130
    plot = pygame.Rect(area.x + name_w, area.y, area.w - name_w - 30, area.h - 44)

    def x_of(v: float) -> float:
        return plot.x + (min(max(v, v0), v1) - v0) / ((v1 - v0) or 1.0) * plot.w

    b0, b1 = d["band"]
    band = pygame.Rect(x_of(b0), plot.y, x_of(b1) - x_of(b0), plot.h)
    pygame.draw.rect(surface, zone_fill(pal), band)
    for edge in (band.x, band.right):
        pygame.draw.line(surface, pal.success, (edge, plot.y), (edge, plot.bottom), 3)
    tx = x_of(d["target"])
    for y in range(plot.y, plot.bottom, 14):  # the target, dashed
        pygame.draw.line(surface, pal.ink, (tx, y), (tx, min(y + 7, plot.bottom)), 2)
    pygame.draw.line(surface, pal.ink, plot.bottomleft, plot.bottomright, 3)
    placed: list[pygame.Rect] = []
    for v in (float(b0), float(b1), v0, v1,
              float(d["target"])):  # by priority: a label that would overlap is left out
        x = x_of(v)
        pygame.draw.line(surface, pal.ink, (x, plot.bottom), (x, plot.bottom + 8), 3)
        img = t.render(_fmt(ctx, d, v), theme.TEXT_SMALL - 6, pal.ink)
        room = img.get_rect(midtop=(x, plot.bottom + 10))
        room.clamp_ip(pygame.Rect(plot.x - 60, room.y, plot.w + 120, room.h))
        if room.inflate(12, 0).collidelist(placed) < 0:
            placed.append(room)
            surface.blit(img, room)
    row_h = plot.h / rounds
    size = min(44.0, row_h * 0.8)
    for i in range(rounds):
        cy = plot.y + row_h * (i + 0.5)
        name = t.render(str(i + 1), theme.TEXT_SMALL - 4, soft_ink(pal))
        surface.blit(name, name.get_rect(midright=(plot.x - 16, cy)))
        pygame.draw.line(surface, pal.floor, (plot.x, cy), (plot.right, cy), 2)
        if i >= len(stops):
            img = t.render(ctx.tr("gauge_not_made"), theme.TEXT_SMALL - 6, soft_ink(pal))
            surface.blit(img, img.get_rect(midleft=(plot.x + 8, cy)))
            continue
        v = stops[i]
        draw.verdict(surface, pal, (x_of(v), cy), b0 <= v <= b1, size)
        lo, hi = d["range"]
        img = t.render(reading(v, b0, b1, decimals(hi - lo), ctx.lang), theme.TEXT_SMALL - 6,
                       pal.ink)
        at = img.get_rect(midleft=(x_of(v) + size * 0.7, cy))
        if at.right > plot.right + 30:
            at.midright = (x_of(v) - size * 0.7, cy)
        surface.blit(img, at)


def _hold(ctx: Any, surface: pygame.Surface, rect: pygame.Rect, d: dict[str, Any]) -> None:
    pal = ctx.palette
    area = _card(ctx, surface, rect, ctx.tr("gauge_hold_title") + f" ({d['unit']})")
    t, trace = ctx.text, d["trace"]
    v0, v1 = _window(d, [v for _, v in trace])
    plot = pygame.Rect(area.x + 90, area.y, area.w - 100, area.h - 40)
    total = float(d["hold_s"])

    def y_of(v: float) -> float:
        return plot.bottom - (min(max(v, v0), v1) - v0) / ((v1 - v0) or 1.0) * plot.h

    b0, b1 = d["band"]
    band = pygame.Rect(plot.x, y_of(b1), plot.w, y_of(b0) - y_of(b1))
    pygame.draw.rect(surface, zone_fill(pal), band)
    for y in (band.y, band.bottom):
        pygame.draw.line(surface, pal.success, (plot.x, y), (plot.right, y), 3)
    ty = y_of(d["target"])
    for x in range(plot.x, plot.right, 16):
        pygame.draw.line(surface, pal.ink, (x, ty), (min(x + 8, plot.right), ty), 2)
    pygame.draw.line(surface, pal.ink, plot.topleft, plot.bottomleft, 3)
    pygame.draw.line(surface, pal.ink, plot.bottomleft, plot.bottomright, 3)
    for v in (v0, b0, b1, v1):
        img = t.render(_fmt(ctx, d, v), theme.TEXT_SMALL - 6, pal.ink)
        box = img.get_rect(midright=(plot.x - 10, y_of(v)))
        box.clamp_ip(pygame.Rect(rect.x, plot.y - 12, plot.x - rect.x, plot.h + 24))
        surface.blit(img, box)
    for s, anchor in ((0.0, "topleft"), (total, "topright")):
        img = t.render(f"{s:g} s", theme.TEXT_SMALL - 6, pal.ink)
        box = img.get_rect(**{anchor: (plot.x + s / total * plot.w, plot.bottom + 8)})
        surface.blit(img, box)
    line = [(plot.x + ts / total * plot.w, y_of(v)) for ts, v in trace]
    if len(line) >= 2:
        pygame.draw.lines(surface, pal.ink, False, line, 4)
    step = max(1, len(trace) // 24)
    for ts, v in trace[::step]:  # stray stretches get a mark: not colour alone
        if not b0 <= v <= b1:
            draw.cross_mark(surface, (plot.x + ts / total * plot.w, y_of(v)), 18, pal.error)
