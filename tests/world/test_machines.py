"""Each world's machines come alive on its floor, and stand still under reduced motion."""
from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.ui.motion import Motion
from game.ui.theme import palette_for
from game.world import machines
from game.world.render import load_drawable

LEVELS = Path(__file__).resolve().parents[2] / "levels"
WANTED = {"soudure": {"sparks", "glow"}, "maintenance": {"belt", "needle"},
          "batteries": {"roller", "beacon", "leds"}, "automobile": {"beacon", "leds"},
          "agro": {"belt", "leds"}}


@pytest.mark.parametrize("world", sorted(WANTED))
def test_each_world_has_its_own_machines_moving(world: str) -> None:
    pygame.display.init()
    pygame.display.set_mode((1, 1))
    info = load_drawable(LEVELS / f"{world}.tmx")
    assert info.tmx is not None
    found = machines.find(info.tmx)
    assert WANTED[world] <= {m.effect for m in found}
    area = pygame.Rect(0, 0, *info.pixel_size)
    pal = palette_for(False)

    def picture(t: float, motion: Motion) -> bytes:
        surface = pygame.Surface(area.size)
        machines.draw(surface, found, area, t, motion, pal)
        return pygame.image.tobytes(surface, "RGB")

    assert picture(1.0, Motion()) != picture(1.37, Motion())
    assert picture(1.0, Motion(reduced=True)) == picture(1.37, Motion(reduced=True))
