"""Keyboard focus, the same on every screen: arrows, Tab and Shift+Tab, and one focus ring.

A screen says what can take the focus (a mapping from its own keys to rectangles, in
reading order); :class:`Focus` keeps which one has it. The arrows go to the nearest target
in their direction (straight ahead preferred), Tab to the next in reading order and round
again, and :func:`draw_ring` draws the ring every screen shows.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Generic, TypeVar

import pygame

from game.ui.theme import Palette

K = TypeVar("K")


def draw_ring(surface: pygame.Surface, pal: Palette, rect: pygame.Rect) -> None:
    """The focus ring: a thick safety-yellow band and a thin ink line outside it (a shape
    and a contrast, not only a colour)."""
    pygame.draw.rect(surface, pal.safety, rect.inflate(14, 14), width=6, border_radius=22)
    pygame.draw.rect(surface, pal.ink, rect.inflate(22, 22), width=2, border_radius=26)


def nearest_in_direction(targets: Mapping[K, pygame.Rect], focus: K, dx: int, dy: int) -> K:
    """The nearest target in the arrow's direction (straight ahead preferred); ``focus`` if none."""
    here = pygame.Vector2(targets[focus].center)
    best, best_cost = focus, float("inf")
    for key, rect in targets.items():
        d = pygame.Vector2(rect.center) - here
        along = d.x * dx + d.y * dy
        if key == focus or along <= 0:
            continue
        cost = along + (abs(d.x * dy) + abs(d.y * dx)) * 2
        if cost < best_cost:
            best, best_cost = key, cost
    return best


def next_in_order(targets: Mapping[K, pygame.Rect], focus: K | None, step: int) -> K | None:
    """Tab (``step`` 1) or Shift+Tab (-1): the next target in reading order, round again."""
    keys = list(targets)
    if not keys:
        return None
    if focus is None or focus not in targets:
        return keys[0] if step > 0 else keys[-1]
    return keys[(keys.index(focus) + step) % len(keys)]


class Focus(Generic[K]):
    """Which of a screen's targets has the keyboard focus (None: no key pressed yet)."""

    def __init__(self) -> None:
        self.key: K | None = None

    def on(self, targets: Mapping[K, pygame.Rect]) -> bool:
        """True when the focus is on one of ``targets``."""
        return self.key is not None and self.key in targets

    def arrow(self, targets: Mapping[K, pygame.Rect], dx: int, dy: int) -> None:
        if self.key is not None and self.key in targets:
            self.key = nearest_in_direction(targets, self.key, dx, dy)

    def tab(self, targets: Mapping[K, pygame.Rect], step: int = 1) -> None:
        self.key = next_in_order(targets, self.key, step)

    def clear(self) -> None:
        self.key = None

    def draw(self, surface: pygame.Surface, pal: Palette,
             targets: Mapping[K, pygame.Rect]) -> None:
        if self.key is not None and (rect := targets.get(self.key)) is not None:
            draw_ring(surface, pal, rect)
