"""The window: SDL's renderer fits the 1920x1080 picture to it; nothing is scaled per frame."""
from __future__ import annotations

import os

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


def test_a_linux_machine_without_a_graphics_device_draws_with_sdls_software_renderer(
        tmp_path) -> None:
    from game.display import cpu_drawn_gl

    dri = tmp_path / "dri"
    assert cpu_drawn_gl("linux", dri)  # no /dev/dri at all: Xvfb, a virtual machine
    dri.mkdir()
    assert cpu_drawn_gl("linux", dri)
    (dri / "renderD128").touch()
    assert not cpu_drawn_gl("linux", dri)  # a graphics card: its OpenGL renderer
    assert not cpu_drawn_gl("win32", tmp_path / "none")  # Direct3D there


def test_the_software_renderer_is_not_forced_over_a_choice_made_outside(monkeypatch) -> None:
    import game.display as display_module

    monkeypatch.setattr(display_module, "cpu_drawn_gl", lambda: True)
    monkeypatch.setenv("SDL_RENDER_DRIVER", "opengl")
    monkeypatch.delenv("SDL_FRAMEBUFFER_ACCELERATION", raising=False)
    pygame.display.init()
    try:
        Display(False, False, (1366, 768))
        assert os.environ["SDL_RENDER_DRIVER"] == "opengl"
        assert os.environ["SDL_FRAMEBUFFER_ACCELERATION"] == "0"
    finally:
        pygame.display.set_mode((1, 1), pygame.HIDDEN)


def test_a_picture_doubled_exactly_needs_no_smoothing() -> None:
    from game.display import whole_multiple

    assert whole_multiple((3840, 2160))  # a 4K screen: each pixel a 2x2 block
    assert not whole_multiple((1920, 1080)) and not whole_multiple((1366, 768))
    assert not whole_multiple((2560, 1440)) and not whole_multiple((3840, 2000))
    assert not whole_multiple(None)
