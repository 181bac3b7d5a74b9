"""The window: SDL's renderer fits the 1920x1080 picture to it; nothing is scaled per frame."""
from __future__ import annotations

import pygame
import pytest

from game.display import Display


@pytest.mark.parametrize("window", [(1366, 768), (1280, 720), (3840, 2160)])
def test_the_game_draws_straight_into_what_the_renderer_shows(window: tuple[int, int]) -> None:
    pygame.display.init()
    display = Display(False, False, window)
    try:
        assert display.gpu
        assert display.logical is pygame.display.get_surface()  # no copy, no CPU scaling
        assert display.logical.get_size() == (1920, 1080)
        # SDL hands the mouse over in logical pixels; points in the bars clamp to the edge
        vp = display.viewport
        assert vp.to_logical(960, 540) == (960, 540)
        assert vp.to_logical(-40, 1200) == (0, 1079)
        display.logical.fill((10, 20, 30))
        display.present()
    finally:
        pygame.display.set_mode((1, 1), pygame.HIDDEN)
