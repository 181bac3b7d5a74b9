"""Rectangles found by position in time that does not grow with how many there are.

The floor asks, every frame, which stations are on screen and which one the avatar
stands in; with a thousand stations, looking at each one was most of the frame. Each
rectangle is filed under the square buckets it overlaps.
"""
from __future__ import annotations

from collections import defaultdict

import pygame

BUCKET_PX = 512


class RectIndex:
    """Named rectangles (map pixels); queries answer in the order they were added."""

    def __init__(self, rects: dict[str, pygame.Rect], margin: int = 0,
                 bucket_px: int = BUCKET_PX) -> None:
        """``margin``: each rectangle is filed as if inflated by it on every side."""
        self.rects = rects
        self.order = {name: i for i, name in enumerate(rects)}
        self.bucket_px = bucket_px
        self.buckets: dict[tuple[int, int], list[str]] = defaultdict(list)
        for name, rect in rects.items():
            for key in self._keys(rect.inflate(2 * margin, 2 * margin)):
                self.buckets[key].append(name)

    def _keys(self, rect: pygame.Rect) -> list[tuple[int, int]]:
        b = self.bucket_px
        return [(bx, by) for by in range(rect.top // b, (rect.bottom - 1) // b + 1)
                for bx in range(rect.left // b, (rect.right - 1) // b + 1)]

    def near(self, x: float, y: float) -> list[str]:
        """The names filed where (x, y) is: candidates to test, in order."""
        return self.buckets.get((int(x // self.bucket_px), int(y // self.bucket_px)), [])

    def within(self, area: pygame.Rect) -> list[str]:
        """The names filed in the buckets ``area`` overlaps (a superset of those inside)."""
        if area.w <= 0 or area.h <= 0:
            return []
        found: set[str] = set()
        for key in self._keys(area):
            found.update(self.buckets.get(key, ()))
        return sorted(found, key=self.order.__getitem__)
