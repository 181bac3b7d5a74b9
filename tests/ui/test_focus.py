"""One keyboard focus for every screen: arrows to the nearest, Tab in reading order."""
from __future__ import annotations

import pygame

from game.ui.focus import Focus, draw_ring, next_in_order
from game.ui.theme import HIGH_CONTRAST, NORMAL

ROW = {"a": pygame.Rect(0, 0, 100, 80), "b": pygame.Rect(200, 0, 100, 80),
       "c": pygame.Rect(0, 200, 100, 80)}


def test_arrows_go_to_the_nearest_target_in_their_direction() -> None:
    f: Focus[str] = Focus()
    f.arrow(ROW, 1, 0)
    assert f.key is None  # no focus yet: the screen chooses where it starts
    f.key = "a"
    f.arrow(ROW, 1, 0)
    assert f.key == "b"
    f.arrow(ROW, 1, 0)
    assert f.key == "b"  # nothing further right: it stays
    f.key = "a"
    f.arrow(ROW, 0, 1)
    assert f.key == "c"


def test_tab_cycles_in_reading_order_and_shift_tab_goes_back() -> None:
    f: Focus[str] = Focus()
    seen = []
    for _ in range(4):
        f.tab(ROW)
        seen.append(f.key)
    assert seen == ["a", "b", "c", "a"]
    f.tab(ROW, -1)
    assert f.key == "c"
    assert next_in_order({}, None, 1) is None


def test_the_ring_is_drawn_in_the_palette_of_the_setting() -> None:
    pygame.display.init()
    for pal in (NORMAL, HIGH_CONTRAST):
        surf = pygame.Surface((300, 200))
        surf.fill(pal.paper)
        draw_ring(surf, pal, pygame.Rect(100, 60, 100, 80))
        assert surf.get_at((150, 55))[:3] == pal.safety
        assert surf.get_at((150, 50))[:3] == pal.ink
