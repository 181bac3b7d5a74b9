"""The wayfinding geometry: the route, the camera's framing, the edge marker, the dots."""
from __future__ import annotations

import math

from game.world import guide


def test_framing_shows_both_when_they_fit_and_keeps_her_in_view_when_not() -> None:
    view, size = (1000.0, 600.0), (3000.0, 2000.0)
    x, y = guide.framing((500, 500), (1100, 700), view, size)
    for px, py in ((500, 500), (1100, 700)):
        assert x + guide.FRAME_MARGIN <= px <= x + view[0] - guide.FRAME_MARGIN
        assert y + guide.FRAME_MARGIN <= py <= y + view[1] - guide.FRAME_MARGIN
    x, y = guide.framing((500, 500), (2900, 500), view, size)  # too far: she stays in view,
    assert x + guide.FRAME_MARGIN - 1 <= 500 <= x + view[0]  # on the side nearest the target
    assert 500 - x < view[0] / 2
    assert guide.framing((10, 10), None, (2000, 1000), (800, 500)) == (-600, -250)  # centred


def test_the_edge_marker_sits_inside_the_view_towards_the_target() -> None:
    box = (0.0, 0.0, 1000.0, 500.0)
    (x, y), angle = guide.edge_marker(box, (3000.0, 250.0))
    assert (x, y) == (1000 - guide.EDGE_INSET, 250) and angle == 0
    (x, y), angle = guide.edge_marker(box, (500.0, -2000.0))
    assert y == guide.EDGE_INSET and math.isclose(angle, -math.pi / 2)


def test_dots_are_evenly_spaced_and_march_with_the_phase() -> None:
    line = [(0.0, 0.0), (100.0, 0.0), (100.0, 100.0)]
    a = guide.dots(line, 20, 0.0)
    b = guide.dots(line, 20, 0.5)
    assert len(a) == 10 and a[0] == (20.0, 0.0) and a[5] == (100.0, 20.0)
    assert b[0] == (10.0, 0.0)  # half a spacing further along


def test_route_goes_round_a_wall() -> None:
    wall = {(2, 0), (2, 1), (2, 2)}

    def walkable(c: int, r: int) -> bool:
        return 0 <= c < 5 and 0 <= r < 5 and (c, r) not in wall

    pts = guide.route(walkable, (10, 10), (5.0, 5.0), (45.0, 5.0))
    assert pts is not None and pts[-1] == (45.0, 5.0)
    assert all(walkable(int(x // 10), int(y // 10)) for x, y in pts)
    assert guide.route(lambda c, r: False, (10, 10), (5.0, 5.0), (45.0, 5.0)) is None
