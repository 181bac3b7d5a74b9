"""The typeface and sizes (game.ui.fonts, game.ui.text): the packaged face, kerned, never
under 22 px at 1080p, and 46 px dialogue at the largest text size."""
from __future__ import annotations

import pygame
import pytest

from game.settings import TEXT_SCALES
from game.ui import fonts, theme
from game.ui.text import TextCache


def _cache() -> TextCache:
    pygame.font.init()
    return TextCache()


def test_text_is_drawn_in_the_packaged_typeface_with_kerning() -> None:
    t = _cache()
    assert fonts.font_path("text") is not None and fonts.font_path("title") is not None
    # kerned pairs sit closer than their letters set side by side
    for pair in ("AV", "To"):
        apart = t.size(pair[0], theme.TEXT_LARGE)[0] + t.size(pair[1], theme.TEXT_LARGE)[0]
        assert t.size(pair, theme.TEXT_LARGE)[0] < apart, pair


@pytest.mark.parametrize("scale", TEXT_SCALES)
def test_no_size_of_the_type_scale_is_under_22_px_at_1080p(scale: float) -> None:
    t = _cache()
    t.scale = scale
    for size in (fonts.DENSE_BELOW, theme.TEXT_SMALL - 6, theme.TEXT_SMALL, theme.TEXT_BODY,
                 theme.TEXT_LARGE, theme.TEXT_TITLE, theme.TEXT_HUGE):
        em = t.font(size).get_point_size()
        assert em >= fonts.MIN_PX, (size, em)
        assert em * 768 / 1080 >= 15.5, (size, em)  # about 16 px on a 1366x768 school screen


def test_the_largest_text_size_reaches_46_px_for_dialogue() -> None:
    t = _cache()
    t.scale = TEXT_SCALES[-1]
    assert t.font(theme.TEXT_LARGE).get_point_size() >= 46  # IGDA's suggestion at 1080p
