"""Each station's role model stands there, and turns towards the player who comes near."""
from __future__ import annotations

import pygame

from game.scenes import floor_people
from tests.scenes.test_wayfinding import floor_of, put


def test_she_stands_at_her_station_and_turns_to_the_player(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    floor = floor_of(h, 1)
    station = floor.planned[0]
    feet = floor_people.stand_point(floor.stations[station.id])
    assert floor.stations[station.id].inflate(2, 2).collidepoint(feet)
    assert floor_people.facing(feet, (feet[0] - 200, feet[1] + 80)) == "left"
    assert floor_people.facing(feet, (feet[0] + 200, feet[1] + 80)) == "right"
    assert floor_people.facing(feet, (feet[0] + 2000, feet[1])) == "front"

    def head_pixels() -> bytes:
        surface = pygame.Surface((1920, 1080))
        floor.draw(surface)
        x, y = floor.camera.to_screen(*feet)
        return pygame.image.tobytes(surface.subsurface(pygame.Rect(x - 40, y - 140, 80, 80)),
                                    "RGB")

    put(floor, feet[0] - 250, feet[1] + 60)
    looking_left = head_pixels()
    put(floor, feet[0] + 250, feet[1] + 60)
    h.step(1)
    looking_right = head_pixels()
    assert looking_left != looking_right  # her head turned
    # her portrait is drawn: the head's pixels are not just the floor's
    flat = pygame.image.tobytes(pygame.Surface((80, 80)), "RGB")
    assert looking_right != flat
