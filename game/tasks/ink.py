"""Text colours the task screens share, read from the palette at draw time."""
from __future__ import annotations

from game.ui import draw
from game.ui.theme import Color, Palette


def soft_ink(pal: Palette) -> Color:
    """Secondary text (how to play, counts, scale ends) that stays readable from two metres:
    the ink mixed with the muted grey, about 8:1 on white (the grey alone is 2.9:1)."""
    return draw.blend(pal.ink, pal.muted, 0.35)


def error_ink(pal: Palette) -> Color:
    """Text in the error colour, darkened to read as text (about 6:1 on white)."""
    return draw.blend(pal.error, pal.ink, 0.35)
