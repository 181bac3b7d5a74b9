"""QR codes drawn offline (segno makes the matrix, we draw the modules)."""
from __future__ import annotations

from functools import lru_cache

import pygame
import segno

from game.ui.theme import QR_DARK, QR_LIGHT

QUIET = 4  # modules of white border the standard asks for


def modules(payload: str) -> list[list[bool]]:
    """The QR code's dark modules for ``payload`` (medium error correction)."""
    code = segno.make(payload, error="m", micro=False)
    return [[bool(v) for v in row] for row in code.matrix]


@lru_cache(maxsize=16)
def qr_surface(payload: str, size: int) -> pygame.Surface:
    """A square picture of the code, ``size`` px wide at most, sharp (whole pixels per module)."""
    grid = modules(payload)
    n = len(grid) + 2 * QUIET
    px = max(1, size // n)
    surf = pygame.Surface((n * px, n * px))
    surf.fill(QR_LIGHT)
    for y, row in enumerate(grid):
        for x, dark in enumerate(row):
            if dark:
                surf.fill(QR_DARK, pygame.Rect((x + QUIET) * px, (y + QUIET) * px, px, px))
    return surf
