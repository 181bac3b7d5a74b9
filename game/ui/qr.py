"""QR codes drawn offline (segno makes the matrix, we draw the modules)."""
from __future__ import annotations

from functools import lru_cache

import pygame
import segno

from game.ui.theme import QR_DARK, QR_LIGHT

QUIET = 4  # modules of white border the standard asks for
#: Above this version, medium error correction gives way to low: a longer text (the whole
#: take-away card, 900 bytes at most: version 21) stays a code of 4 px modules in 440 px.
MAX_VERSION_AT_M = 20


def make(payload: str) -> segno.QRCode:
    """The QR code for ``payload``: medium error correction (15 % of it may be unreadable),
    or low when medium would need a version above :data:`MAX_VERSION_AT_M`."""
    code = segno.make(payload, error="m", micro=False, boost_error=False)
    if isinstance(code.version, int) and code.version > MAX_VERSION_AT_M:  # "M1".. is micro's
        code = segno.make(payload, error="l", micro=False, boost_error=False)
    return code


def modules(payload: str) -> list[list[bool]]:
    """The QR code's dark modules for ``payload``."""
    return [[bool(v) for v in row] for row in make(payload).matrix]


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
