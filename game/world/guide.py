"""Wayfinding on the floor, as plain geometry: the route to a station, where the camera looks
so that the avatar and her next station are both in view, and where an off-screen station's
indicator sits on the edge of the view. No pygame: the floor scene draws what this computes.
"""
from __future__ import annotations

import itertools
import math
from collections.abc import Callable

from game.world.paths import Cell, find_path, nearest_walkable

Point = tuple[float, float]
Box = tuple[float, float, float, float]  # x, y, w, h
FRAME_MARGIN = 190.0  # px kept between the view's edge and the avatar or her target
EDGE_INSET = 70.0  # px from the view's edge to the centre of an off-screen indicator


def route(walkable: Callable[[int, int], bool], tile: tuple[int, int], start: Point,
          goal: Point) -> list[Point] | None:
    """Map points from ``start`` to the walkable cell nearest ``goal`` (cell centres, the
    last one included), or None when it cannot be reached. ``tile``: a tile's size, px."""
    tw, th = tile
    here: Cell = (int(start[0] // tw), int(start[1] // th))
    end = nearest_walkable(walkable, (int(goal[0] // tw), int(goal[1] // th)))
    if end is None:
        return None
    if not walkable(*here):
        near = nearest_walkable(walkable, here, max_radius=1)
        here = near if near is not None else here
    cells = find_path(walkable, here, end)
    if cells is None:
        return None
    if not cells:
        cells = [end]
    return [((c + 0.5) * tw, (r + 0.5) * th) for c, r in cells]


def _axis(a: float, t: float, view: float, size: float, margin: float) -> float:
    """The view's left (or top) edge on one axis: both ``a`` and ``t`` in view if they fit,
    else ``a`` kept in, as near as it can be to ``t``; clamped to the map."""
    if size <= view:
        return (size - view) / 2  # a small map is centred
    half = view / 2
    room = max(0.0, half - margin)
    centre = (a + t) / 2 if abs(t - a) <= 2 * room else a + math.copysign(room, t - a)
    return min(max(centre - half, 0.0), size - view)


def framing(avatar: Point, target: Point | None, view: tuple[float, float],
            size: tuple[float, float], margin: float = FRAME_MARGIN) -> Point:
    """The camera's top-left (map px) showing the avatar and, if it fits, her target."""
    t = target if target is not None else avatar
    return (_axis(avatar[0], t[0], view[0], size[0], margin),
            _axis(avatar[1], t[1], view[1], size[1], margin))


def approach(current: Point, wanted: Point, dt: float, rate: float = 5.0) -> Point:
    """A step of a smooth glide from ``current`` to ``wanted`` (``rate``: per second)."""
    k = 1.0 - math.exp(-rate * dt)
    x = current[0] + (wanted[0] - current[0]) * k
    y = current[1] + (wanted[1] - current[1]) * k
    if abs(x - wanted[0]) < 0.5 and abs(y - wanted[1]) < 0.5:
        return wanted
    return (x, y)


def inside(box: Box, p: Point) -> bool:
    x, y, w, h = box
    return x <= p[0] <= x + w and y <= p[1] <= y + h


def edge_marker(view: Box, target: Point, inset: float = EDGE_INSET) -> tuple[Point, float]:
    """Where an off-screen target's indicator sits (on the view's edge, ``inset`` inside it,
    on the line from the view's centre to the target) and the angle it points at (radians,
    0 to the right, y downwards)."""
    x, y, w, h = view
    cx, cy = x + w / 2, y + h / 2
    dx, dy = target[0] - cx, target[1] - cy
    angle = math.atan2(dy, dx)
    hw, hh = max(1.0, w / 2 - inset), max(1.0, h / 2 - inset)
    k = min(hw / abs(dx) if dx else math.inf, hh / abs(dy) if dy else math.inf)
    if not math.isfinite(k):
        return (cx, cy), angle
    return (cx + dx * k, cy + dy * k), angle


def dots(points: list[Point], spacing: float, phase: float) -> list[Point]:
    """Points every ``spacing`` px along the polyline, shifted by ``phase`` (0..1 of a
    spacing) so that the dots march towards its end as the phase grows."""
    out: list[Point] = []
    if len(points) < 2 or spacing <= 0:
        return out
    carry = spacing * (1.0 - phase % 1.0)  # distance to the first dot
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        seg = math.hypot(x1 - x0, y1 - y0)
        d = carry
        while d <= seg:
            f = d / seg
            out.append((x0 + (x1 - x0) * f, y0 + (y1 - y0) * f))
            d += spacing
        carry = d - seg
    return out
