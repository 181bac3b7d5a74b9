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


def test_readable_text_spaces_letters_and_lines_and_sets_text_flush_left() -> None:
    t = _cache()
    words = "Choisis les bons équipements de protection pour souder en sécurité."
    plain_w = t.size(words, theme.TEXT_BODY)[0]
    plain_h = t.height(words + " " + words, theme.TEXT_BODY, 600)
    centred = t.render("Un mot\nune ligne bien plus longue", theme.TEXT_BODY, (0, 0, 0),
                       width=900, align="center")
    t.readable = True
    assert t.size(words, theme.TEXT_BODY)[0] > plain_w * 1.1  # wider letter spacing
    assert t.height(words + " " + words, theme.TEXT_BODY, 600) > plain_h * 1.3  # and lines
    assert t.render(words, theme.TEXT_BODY, (0, 0, 0), width=600).get_width() <= 600
    left = t.render("Un mot\nune ligne bien plus longue", theme.TEXT_BODY, (0, 0, 0), width=900,
                    align="center")
    first_ink_x = [min((x for x in range(s.get_width()) if s.get_at((x, y)).a), default=9999)
                   for s in (centred, left) for y in (s.get_height() // 4,)]
    assert first_ink_x[1] < first_ink_x[0] - 50  # the short line starts at the left edge
