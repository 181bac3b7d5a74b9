"""The avatar on the floor: walking by keys or along a found path, blocked by solid tiles."""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from game.world.mapdata import MapInfo
from game.world.paths import Cell, find_path, nearest_walkable

AVATAR_SPEED = 340.0  # logical px per second
FEET_HALF = 18.0  # half width of the avatar's feet box, px


@dataclass
class Walker:
    info: MapInfo
    x: float
    y: float
    facing: str = "down"  # down | left | right | up
    path: list[tuple[float, float]] = field(default_factory=list)
    moving: bool = False
    distance: float = 0.0  # walked so far (drives the walk animation)

    @property
    def cell(self) -> Cell:
        return self.info.tile_of(self.x, self.y)

    def _free(self, x: float, y: float) -> bool:
        """The feet box at (x, y) touches no solid tile."""
        for cx, cy in ((x - FEET_HALF, y - 8), (x + FEET_HALF, y - 8),
                       (x - FEET_HALF, y + 6), (x + FEET_HALF, y + 6)):
            if not self.info.walkable(*self.info.tile_of(cx, cy)):
                return False
        return True

    def walk_to(self, x: float, y: float) -> bool:
        """Plan a path to the walkable cell nearest to (x, y). False if unreachable."""
        goal = nearest_walkable(self.info.walkable, self.info.tile_of(x, y))
        if goal is None:
            return False
        cells = find_path(self.info.walkable, self.cell, goal)
        if cells is None:
            return False
        tw, th = self.info.tile_w, self.info.tile_h
        self.path = [((c + 0.5) * tw, (r + 0.5) * th) for c, r in cells]
        if not self.path:
            self.path = [((goal[0] + 0.5) * tw, (goal[1] + 0.5) * th)]
        return True

    def stop(self) -> None:
        self.path.clear()
        self.moving = False

    def update(self, dt: float, direction: tuple[int, int]) -> None:
        """Keys win over a planned path: a held arrow cancels it."""
        step = AVATAR_SPEED * dt
        if direction != (0, 0):
            self.path.clear()
            dx, dy = direction
            n = math.hypot(dx, dy)
            self._move(dx / n * step, dy / n * step)
            return
        if not self.path:
            self.moving = False
            return
        tx, ty = self.path[0]
        d = math.hypot(tx - self.x, ty - self.y)
        if d <= step:
            self._face(tx - self.x, ty - self.y)
            self.x, self.y = tx, ty
            self.distance += d
            self.path.pop(0)
            self.moving = bool(self.path)
        else:
            self._face(tx - self.x, ty - self.y)
            self.x += (tx - self.x) / d * step
            self.y += (ty - self.y) / d * step
            self.distance += step
            self.moving = True

    def _move(self, dx: float, dy: float) -> None:
        self._face(dx, dy)
        moved = False
        if dx and self._free(self.x + dx, self.y):
            self.x += dx
            moved = True
        if dy and self._free(self.x, self.y + dy):
            self.y += dy
            moved = True
        self.moving = moved
        if moved:
            self.distance += math.hypot(dx, dy)

    def _face(self, dx: float, dy: float) -> None:
        if abs(dx) > abs(dy):
            self.facing = "right" if dx > 0 else "left"
        elif dy:
            self.facing = "down" if dy > 0 else "up"
