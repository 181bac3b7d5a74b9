"""Path-finding on the floor grid: around machines, never through a corner."""
from __future__ import annotations

from collections.abc import Callable

from game.world.paths import find_path, nearest_walkable, reachable


def grid(*rows: str) -> Callable[[int, int], bool]:
    """'#' blocks, anything else is floor; outside the rows is blocked."""
    def walkable(col: int, row: int) -> bool:
        return 0 <= row < len(rows) and 0 <= col < len(rows[row]) and rows[row][col] != "#"
    return walkable


def assert_walkable_steps(walk, start, path):
    """Every step is to a neighbour, onto floor, and a diagonal never cuts a corner."""
    prev = start
    for cell in path:
        dx, dy = cell[0] - prev[0], cell[1] - prev[1]
        assert max(abs(dx), abs(dy)) == 1, f"jump from {prev} to {cell}"
        assert walk(*cell), f"{cell} is blocked"
        if dx and dy:
            assert walk(prev[0] + dx, prev[1]) and walk(prev[0], prev[1] + dy), \
                f"{prev}->{cell} cuts a corner"
        prev = cell


def test_open_floor_goes_straight():
    walk = grid("......", "......", "......")
    assert find_path(walk, (0, 1), (5, 1)) == [(1, 1), (2, 1), (3, 1), (4, 1), (5, 1)]


def test_open_floor_takes_the_diagonal():
    walk = grid("....", "....", "....", "....")
    assert find_path(walk, (0, 0), (3, 3)) == [(1, 1), (2, 2), (3, 3)]


def test_start_equal_goal_is_an_empty_path():
    assert find_path(grid("..."), (1, 0), (1, 0)) == []


def test_path_goes_around_a_wall():
    walk = grid(
        ".....",
        "..#..",
        "..#..",
        "..#..",
        ".....",
    )
    path = find_path(walk, (0, 2), (4, 2))
    assert path is not None and path[-1] == (4, 2)
    assert_walkable_steps(walk, (0, 2), path)
    assert len(path) == 6  # the shortest way round: up or down, two diagonals each side


def test_no_diagonal_squeeze_between_two_blocked_corners():
    walk = grid(
        ".#",
        "#.",
    )
    assert find_path(walk, (0, 0), (1, 1)) is None


def test_no_diagonal_past_a_single_blocked_corner():
    walk = grid(
        "...",
        ".#.",
        "...",
    )
    # the diagonal (0,1)->(1,0) would brush the machine at (1,1): go round by (0,0)
    assert find_path(walk, (0, 1), (1, 0)) == [(0, 0), (1, 0)]


def test_unreachable_goal_is_none():
    walk = grid(
        "..#..",
        "..#..",
        "..#..",
    )
    assert find_path(walk, (0, 0), (4, 0)) is None


def test_goal_on_a_machine_is_none():
    assert find_path(grid("..#"), (0, 0), (2, 0)) is None


def test_long_maze_path_is_valid():
    walk = grid(
        "..........",
        "########..",
        "..........",
        "..########",
        "..........",
    )
    path = find_path(walk, (0, 0), (0, 4))
    assert path is not None and path[-1] == (0, 4)
    assert_walkable_steps(walk, (0, 0), path)


def test_nearest_walkable_in_front_of_a_machine():
    walk = grid(
        ".....",
        ".###.",
        ".###.",
        ".###.",
        ".....",
    )
    cell = nearest_walkable(walk, (2, 2))
    assert cell is not None and walk(*cell)
    assert abs(cell[0] - 2) + abs(cell[1] - 2) == 2  # the edge of the machine, not a corner


def test_nearest_walkable_of_a_floor_cell_is_itself():
    assert nearest_walkable(grid("...", "..."), (1, 1)) == (1, 1)


def test_nearest_walkable_gives_up_beyond_its_radius():
    walk = grid(*["#" * 20] * 19 + ["." * 20])
    assert nearest_walkable(walk, (10, 0), max_radius=6) is None
    assert nearest_walkable(walk, (10, 0), max_radius=19) == (10, 19)


def test_reachable_stops_at_walls():
    walk = grid(
        "..#..",
        "..#..",
        "..#..",
    )
    zone = reachable(walk, (0, 0))
    assert zone == {(c, r) for c in range(2) for r in range(3)}


def test_reachable_does_not_leak_through_a_diagonal_gap():
    walk = grid(
        ".#",
        "#.",
    )
    assert reachable(walk, (0, 0)) == {(0, 0)}
