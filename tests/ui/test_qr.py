"""The QR code drawn on the card carries exactly the offer's address."""
from __future__ import annotations

import pygame
import segno

from game.ui.qr import QUIET, modules, qr_surface

URL = "https://www.greta-hautsdefrance.fr/"


def test_the_drawn_modules_are_the_code_of_the_url() -> None:
    pygame.display.init()
    grid = modules(URL)
    assert grid == [[bool(v) for v in row] for row in segno.make(URL, error="m").matrix]
    surf = qr_surface(URL, 240)
    n = len(grid) + 2 * QUIET
    px = surf.get_width() // n
    assert surf.get_width() == surf.get_height() == n * px and px >= 2  # sharp, whole pixels
    for y, row in enumerate(grid):
        for x, dark in enumerate(row):
            sample = surf.get_at(((x + QUIET) * px + px // 2, (y + QUIET) * px + px // 2))
            assert (sample[:3] == (0, 0, 0)) == dark
    assert surf.get_at((1, 1))[:3] == (255, 255, 255)  # the quiet zone is white


def test_different_urls_give_different_codes() -> None:
    assert modules(URL) != modules(URL + "formations")

