"""The avatar walks by keys or along a tapped path, and never into a machine."""
from __future__ import annotations

from pathlib import Path

import pytest

from game.world.mapdata import MapInfo
from game.world.walker import AVATAR_SPEED, Walker

TILE = 64
DT = 1 / 60

# a hall with a wall down the middle and one gap at the bottom
HALL = [
    "....#.....",
    "....#.....",
    "....#.....",
    "....#.....",
    "....#.....",
    "..........",
]


def make_map(rows: list[str]) -> MapInfo:
    solid = [[ch == "#" for ch in row] for row in rows]
    return MapInfo(Path("test.tmx"), len(rows[0]), len(rows), TILE, TILE, solid)


def centre(col: int, row: int) -> tuple[float, float]:
    return ((col + 0.5) * TILE, (row + 0.5) * TILE)


def feet_free(w: Walker) -> bool:
    return w._free(w.x, w.y)


def walk_for(w: Walker, seconds: float, direction: tuple[int, int] = (0, 0)) -> None:
    for _ in range(round(seconds / DT)):
        w.update(DT, direction)
        assert w.info.walkable(*w.cell), f"walked onto a solid tile at {w.cell}"


@pytest.fixture
def hall() -> MapInfo:
    return make_map(HALL)


def test_a_held_key_moves_at_avatar_speed(hall):
    w = Walker(hall, *centre(1, 2))
    walk_for(w, 0.1, (0, 1))
    assert w.y == pytest.approx(centre(1, 2)[1] + AVATAR_SPEED * 0.1, abs=1)
    assert w.x == centre(1, 2)[0]
    assert w.moving and w.facing == "down"


def test_diagonal_keys_are_not_faster(hall):
    w = Walker(hall, *centre(6, 2))
    x0, y0 = w.x, w.y
    walk_for(w, 0.1, (1, 1))
    assert ((w.x - x0) ** 2 + (w.y - y0) ** 2) ** 0.5 == pytest.approx(AVATAR_SPEED * 0.1, abs=1)


def test_a_wall_stops_the_avatar(hall):
    w = Walker(hall, *centre(2, 2))
    walk_for(w, 2.0, (1, 0))  # long enough to cross the hall twice
    assert w.cell[0] == 3  # stopped in front of the wall at column 4
    assert feet_free(w)
    assert not w.moving


def test_the_map_edge_stops_the_avatar(hall):
    w = Walker(hall, *centre(1, 1))
    walk_for(w, 2.0, (-1, 0))
    assert w.x > 0 and feet_free(w)
    walk_for(w, 2.0, (0, -1))
    assert w.y > 0 and feet_free(w)


def test_sliding_along_a_wall_keeps_the_free_axis(hall):
    w = Walker(hall, *centre(3, 1))
    walk_for(w, 0.2, (1, 1))  # pushing into the wall while walking down
    assert w.cell[0] == 3
    assert w.y > centre(3, 1)[1] + 40


def test_walk_to_goes_round_the_wall_and_arrives(hall):
    w = Walker(hall, *centre(2, 1))
    assert w.walk_to(*centre(7, 1)) is True
    seen = set()
    for _ in range(600):
        w.update(DT, (0, 0))
        seen.add(w.cell)
        assert feet_free(w), f"the avatar overlaps the wall at {(w.x, w.y)}"
        if not w.path:
            break
    assert (w.x, w.y) == centre(7, 1)
    assert not w.moving
    assert any(r == 5 for _, r in seen)  # it went through the gap at the bottom


def test_walk_to_a_machine_stops_next_to_it(hall):
    w = Walker(hall, *centre(1, 3))
    assert w.walk_to(*centre(4, 3)) is True
    walk_for(w, 3.0)
    assert hall.walkable(*w.cell)
    assert abs(w.cell[0] - 4) + abs(w.cell[1] - 3) == 1


def test_walk_to_an_enclosed_room_is_refused():
    info = make_map([
        "..#...",
        "..#.#.",
        "..#...",
        "..###.",
    ])
    w = Walker(info, *centre(0, 0))
    assert w.walk_to(*centre(3, 1)) is False
    assert w.path == []


def test_a_held_key_cancels_the_path(hall):
    w = Walker(hall, *centre(2, 1))
    w.walk_to(*centre(7, 1))
    w.update(DT, (0, 1))
    assert w.path == []
    y = w.y
    walk_for(w, 1.0)  # keys released: the avatar does not resume the old path
    assert w.y == y and not w.moving


def test_walk_to_own_cell_recentres():
    info = make_map(["...", "...", "..."])
    w = Walker(info, 70.0, 70.0)
    assert w.walk_to(100.0, 100.0) is True
    walk_for(w, 0.5)
    assert (w.x, w.y) == centre(1, 1)


def test_facing_follows_the_walk(hall):
    w = Walker(hall, *centre(6, 3))
    for direction, facing in (((-1, 0), "left"), ((0, -1), "up"), ((1, 0), "right"),
                              ((0, 1), "down")):
        w.update(DT, direction)
        assert w.facing == facing
