"""The spot task's debrief figure: the picture with every fault marked found or missed.

Found: a solid ring with a tick. Missed: a dashed ring with a "?". Wrong taps: a cross.
Shapes and signs carry the meaning, colour only repeats it.
"""
from __future__ import annotations

import math
from typing import Any

import pygame

from game.tasks.base import TaskResult
from game.ui import draw, theme

DASHES = 16


def dashed_circle(surface: pygame.Surface, color: theme.Color, center: tuple[float, float],
                  radius: float, width: int, dashes: int = DASHES) -> None:
    box = pygame.Rect(0, 0, 2 * radius, 2 * radius)
    box.center = (round(center[0]), round(center[1]))
    step = 2 * math.pi / dashes
    for i in range(dashes):
        pygame.draw.arc(surface, color, box, i * step, i * step + step * 0.55, width)


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

    found = set(d["found"])
    for area_id, x, y, r in d["hotspots"]:
        c, rr = screen(x, y), max(r * k, 16)
        if area_id in found:
            pygame.draw.circle(surface, pal.white, c, rr + 3, 7)
            pygame.draw.circle(surface, pal.success, c, rr, 4)
            draw.verdict(surface, pal, (c[0] + rr * 0.7, c[1] - rr * 0.7), True, 30)
        else:
            dashed_circle(surface, pal.white, c, rr + 2, 7)
            dashed_circle(surface, pal.error, c, rr, 4)
            question_mark(surface, ctx, (c[0] + rr * 0.7, c[1] - rr * 0.7), 30)
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
        if kind == "found":
            pygame.draw.circle(surface, pal.success, c, 22, 4)
            draw.check_mark(surface, c, 26, pal.success)
        elif kind == "missed":
            dashed_circle(surface, pal.error, c, 22, 4, dashes=10)
            img = t.render("?", theme.TEXT_SMALL, pal.error)
            surface.blit(img, img.get_rect(center=(c[0], c[1] + 2)))
        else:
            draw.cross_mark(surface, c, 34, pal.error)
        img = t.render(f"{label} : {n}" if ctx.lang == "fr" else f"{label}: {n}",
                       theme.TEXT_SMALL - 2, pal.ink, width=box.w - 70)
        surface.blit(img, img.get_rect(midleft=(box.x + 70, c[1])))
        y += max(74, img.get_height() + 20)
