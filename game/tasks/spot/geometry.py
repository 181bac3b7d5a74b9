"""Where a tap lands: on an area's drawn outline, inside its circle, or on nothing.

An area answers a tap inside its circle (at least ``reach`` px in radius: a finger is wide)
or inside its outline, the polygon of what the picture draws there. A tap on a drawn
outline beats a tap that is only inside a circle, so a neighbour's generous circle never
takes a tap on an object the picture shows; between two circles the relatively nearest
centre wins, between two outlines the one the tap is deeper inside.
"""
from __future__ import annotations

import math
from collections.abc import Sequence

Point = tuple[float, float]
Rank = tuple[int, float]  # smaller wins: (0, depth) on an outline, (1, d / r) in a circle


def inside(polygon: Sequence[Point], x: float, y: float) -> bool:
    """Even-odd rule (a point on an edge may go either way)."""
    hit = False
    n = len(polygon)
    for i in range(n):
        (x0, y0), (x1, y1) = polygon[i - 1], polygon[i]
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            hit = not hit
    return hit


def edge_distance(polygon: Sequence[Point], x: float, y: float) -> float:
    """The distance from a point to the nearest edge of a polygon."""
    best = math.inf
    for i in range(len(polygon)):
        (x0, y0), (x1, y1) = polygon[i - 1], polygon[i]
        dx, dy = x1 - x0, y1 - y0
        t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, ((x - x0) * dx + (y - y0) * dy)
                                                   / (dx * dx + dy * dy)))
        best = min(best, math.hypot(x - x0 - t * dx, y - y0 - t * dy))
    return best


def rank(x: float, y: float, centre: Point, radius: float, outline: Sequence[Point] | None,
         reach: float = 0.0) -> Rank | None:
    """How well a tap at (x, y) matches one area, or None when it misses it."""
    if outline and inside(outline, x, y):
        return (0, -edge_distance(outline, x, y))
    r = max(radius, reach)
    d = math.hypot(x - centre[0], y - centre[1])
    return (1, d / r) if d <= r else None
