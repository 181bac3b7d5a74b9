"""The letterbox: the 1920x1080 picture fitted into real windows, and taps mapped back."""
from __future__ import annotations

import pytest

from game.viewport import Viewport

LOGICAL = (1920, 1080)


@pytest.mark.parametrize(
    ("window", "rect"),
    [
        ((1920, 1080), (0, 0, 1920, 1080)),
        ((1280, 720), (0, 0, 1280, 720)),
        ((3840, 2160), (0, 0, 3840, 2160)),
        # 1366/1920 is a hair wider than 768/1080: a one-pixel column is left over
        ((1366, 768), (0, 0, 1365, 768)),
        ((1024, 768), (0, 96, 1024, 576)),  # 4:3: bars top and bottom
        ((2560, 1080), (320, 0, 1920, 1080)),  # ultra-wide: bars left and right
    ],
)
def test_picture_is_centred_with_bars_on_the_long_side(window, rect):
    assert Viewport(LOGICAL, window).rect == rect


@pytest.mark.parametrize("window", [(1280, 720), (1366, 768), (3840, 2160), (1024, 768),
                                    (2560, 1080), (800, 1280)])
def test_picture_keeps_16_9_and_fills_one_side(window):
    x, y, w, h = Viewport(LOGICAL, window).rect
    assert abs(w / h - 16 / 9) < 0.01
    assert w == window[0] or h == window[1]
    assert x >= 0 and y >= 0 and x + w <= window[0] and y + h <= window[1]


@pytest.mark.parametrize("window", [(1280, 720), (1366, 768), (3840, 2160), (1024, 768),
                                    (2560, 1080)])
def test_centre_of_window_is_centre_of_picture(window):
    vp = Viewport(LOGICAL, window)
    lx, ly = vp.to_logical(window[0] / 2, window[1] / 2)
    assert lx == pytest.approx(960, abs=1.5)
    assert ly == pytest.approx(540, abs=1.5)


def test_corners_of_the_picture_map_to_logical_corners_at_4k():
    vp = Viewport(LOGICAL, (3840, 2160))
    assert vp.to_logical(0, 0) == (0.0, 0.0)
    assert vp.to_logical(3840 - 2, 2160 - 2) == (1919.0, 1079.0)
    assert vp.to_logical(1000, 500) == pytest.approx((500, 250))


def test_tap_at_720p_lands_where_it_was_drawn():
    # a button drawn at logical (300, 600) appears at window (200, 400) in 1280x720
    assert Viewport(LOGICAL, (1280, 720)).to_logical(200, 400) == pytest.approx((300, 600))


def test_4_3_window_offsets_by_the_top_bar():
    vp = Viewport(LOGICAL, (1024, 768))
    # the picture starts at y=96 and is drawn at 1024/1920 scale
    assert vp.to_logical(512, 96) == pytest.approx((960, 0))
    assert vp.to_logical(512, 96 + 288) == pytest.approx((960, 540))


def test_ultrawide_window_offsets_by_the_left_bar():
    vp = Viewport(LOGICAL, (2560, 1080))
    assert vp.to_logical(320, 0) == (0.0, 0.0)
    assert vp.to_logical(320 + 960, 540) == pytest.approx((960, 540))


@pytest.mark.parametrize(
    ("window", "point", "expected"),
    [
        ((1024, 768), (512, 10), (960, 0)),  # in the top bar
        ((1024, 768), (512, 760), (960, 1079)),  # in the bottom bar
        ((2560, 1080), (100, 540), (0, 540)),  # in the left bar
        ((2560, 1080), (2500, 540), (1919, 540)),  # in the right bar
        ((1280, 720), (-50, -50), (0, 0)),  # outside the window altogether
        ((1280, 720), (5000, 5000), (1919, 1079)),
    ],
)
def test_points_in_the_bars_clamp_to_the_picture_edge(window, point, expected):
    lx, ly = Viewport(LOGICAL, window).to_logical(*point)
    assert (lx, ly) == pytest.approx(expected)


@pytest.mark.parametrize("window", [(1280, 720), (1366, 768), (1024, 768), (2560, 1080)])
def test_finger_positions_are_fractions_of_the_window(window):
    vp = Viewport(LOGICAL, window)
    assert vp.finger_to_logical(0.5, 0.5) == pytest.approx(
        vp.to_logical(window[0] / 2, window[1] / 2))
    assert vp.finger_to_logical(0.25, 0.75) == pytest.approx(
        vp.to_logical(window[0] * 0.25, window[1] * 0.75))


def test_finger_in_a_bar_clamps():
    vp = Viewport(LOGICAL, (1024, 768))
    assert vp.finger_to_logical(0.5, 0.0) == pytest.approx((960, 0))
    assert vp.finger_to_logical(0.5, 1.0) == pytest.approx((960, 1079))


def test_the_default_window_fits_a_school_pc_screen_with_its_taskbar() -> None:
    from game.display import DESKTOP_MARGIN, fit_window

    for desktop in ((1366, 768), (1280, 720), (1920, 1080), (1280, 1024), (3840, 2160)):
        w, h = fit_window(desktop)
        assert w * 9 == h * 16 or abs(w * 9 / 16 - h) < 1  # 16:9
        assert w <= desktop[0] - DESKTOP_MARGIN[0] and h <= desktop[1] - DESKTOP_MARGIN[1]
        assert w <= 1920
    assert fit_window((3840, 2160)) == (1920, 1080)
