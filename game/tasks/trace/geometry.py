"""A seam as a polyline in millimetres: arc length, points, tangents, projection.

Offsets are signed: positive to the left of the direction of travel with the y axis
pointing up (mathematical convention); on a y-down screen that is the travel's right.
"""
from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence
from itertools import pairwise

Point = tuple[float, float]


class Polyline:
    """An open polyline measured by arc length ``s`` from its first point."""

    def __init__(self, points: Sequence[Point]) -> None:
        if len(points) < 2:
            raise ValueError("a polyline needs at least two points")
        self.points: list[Point] = [(float(x), float(y)) for x, y in points]
        self._starts: list[float] = [0.0]  # arc length at each point
        self._dirs: list[Point] = []  # unit direction of each segment
        for (x0, y0), (x1, y1) in pairwise(self.points):
            seg = math.hypot(x1 - x0, y1 - y0)
            if seg == 0.0:
                raise ValueError("a polyline cannot have a zero-length segment")
            self._dirs.append(((x1 - x0) / seg, (y1 - y0) / seg))
            self._starts.append(self._starts[-1] + seg)

    @property
    def length_mm(self) -> float:
        return self._starts[-1]

    def _segment(self, s: float) -> int:
        return min(max(bisect_right(self._starts, s) - 1, 0), len(self._dirs) - 1)

    def point_at(self, s: float) -> Point:
        """The point at arc length ``s`` (clamped to the ends)."""
        s = min(max(s, 0.0), self.length_mm)
        i = self._segment(s)
        (x, y), (dx, dy), d = self.points[i], self._dirs[i], s - self._starts[i]
        return (x + dx * d, y + dy * d)

    def tangent_at(self, s: float) -> Point:
        """The unit direction of travel at ``s`` (of the segment that holds it)."""
        return self._dirs[self._segment(min(max(s, 0.0), self.length_mm))]

    def normal_at(self, s: float) -> Point:
        """The unit vector to the left of travel (positive offsets)."""
        dx, dy = self.tangent_at(s)
        return (-dy, dx)

    def offset_point(self, s: float, offset: float) -> Point:
        """The point ``offset`` mm to the left of the seam at ``s``."""
        (x, y), (nx, ny) = self.point_at(s), self.normal_at(s)
        return (x + nx * offset, y + ny * offset)

    def project(self, p: Point, lo: float | None = None, hi: float | None = None) -> Point:
        """``(s, offset)`` of the closest point of the seam, optionally within ``[lo, hi]``.

        ``offset`` is the signed distance to that point (left of travel is positive),
        so beyond either end it is the distance to the end, not to the extended line.
        """
        lo = 0.0 if lo is None else max(lo, 0.0)
        hi = self.length_mm if hi is None else min(hi, self.length_mm)
        best: tuple[float, float, float] | None = None  # (distance², s, offset)
        px, py = p
        for i, (dx, dy) in enumerate(self._dirs):
            a, b = self._starts[i], self._starts[i + 1]
            if b < lo or a > hi:
                continue
            x0, y0 = self.points[i]
            along = (px - x0) * dx + (py - y0) * dy
            t = min(max(along, max(lo, a) - a), min(hi, b) - a)
            cx, cy = x0 + dx * t, y0 + dy * t
            dist2 = (px - cx) ** 2 + (py - cy) ** 2
            if best is None or dist2 < best[0]:
                side = dx * (py - cy) - dy * (px - cx)
                best = (dist2, a + t, math.copysign(math.sqrt(dist2), side))
        if best is None:  # empty window: fall back to the whole seam
            return self.project(p)
        return (best[1], best[2])
