"""Path-finding on the tile grid (A*, 8 directions, no corner cutting)."""
from __future__ import annotations

import heapq
import math
from collections import deque
from collections.abc import Callable

Cell = tuple[int, int]
_DIRS = [(1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (1, -1), (-1, 1), (-1, -1)]


def find_path(walkable: Callable[[int, int], bool], start: Cell, goal: Cell,
              limit: int = 20000) -> list[Cell] | None:
    """Cells from start (excluded) to goal (included), or None when unreachable."""
    if start == goal:
        return []
    if not walkable(*goal):
        return None
    frontier: list[tuple[float, float, Cell]] = [(0.0, 0.0, start)]
    came: dict[Cell, Cell | None] = {start: None}
    cost: dict[Cell, float] = {start: 0.0}
    while frontier and limit > 0:
        limit -= 1
        _, g, cur = heapq.heappop(frontier)
        if cur == goal:
            break
        if g > cost.get(cur, math.inf):
            continue
        for dx, dy in _DIRS:
            nxt = (cur[0] + dx, cur[1] + dy)
            if not walkable(*nxt):
                continue
            if dx and dy and not (walkable(cur[0] + dx, cur[1]) and walkable(cur[0], cur[1] + dy)):
                continue  # no squeezing between two blocked corners
            ng = g + (1.4142 if dx and dy else 1.0)
            if ng < cost.get(nxt, math.inf):
                cost[nxt], came[nxt] = ng, cur
                h = math.hypot(goal[0] - nxt[0], goal[1] - nxt[1])
                heapq.heappush(frontier, (ng + h, ng, nxt))
    if goal not in came:
        return None
    path: list[Cell] = []
    node: Cell | None = goal
    while node is not None and node != start:
        path.append(node)
        node = came[node]
    return path[::-1]


def nearest_walkable(walkable: Callable[[int, int], bool], cell: Cell,
                     max_radius: int = 6) -> Cell | None:
    """The walkable cell closest to ``cell`` (breadth-first), e.g. in front of a machine."""
    seen = {cell}
    queue = deque([cell])
    while queue:
        c = queue.popleft()
        if walkable(*c):
            return c
        for dx, dy in _DIRS[:4]:
            n = (c[0] + dx, c[1] + dy)
            if n not in seen and abs(n[0] - cell[0]) <= max_radius \
                    and abs(n[1] - cell[1]) <= max_radius:
                seen.add(n)
                queue.append(n)
    return None


def reachable(walkable: Callable[[int, int], bool], start: Cell) -> set[Cell]:
    """Every cell the avatar can reach from ``start``."""
    seen = {start}
    queue = deque([start])
    while queue:
        c = queue.popleft()
        for dx, dy in _DIRS[:4]:
            n = (c[0] + dx, c[1] + dy)
            if n not in seen and walkable(*n):
                seen.add(n)
                queue.append(n)
    return seen
