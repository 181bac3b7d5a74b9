"""A disabled button looks disabled (greyed, flat) and its label stays readable: at least
4.5:1 against its fill, as drawn, in the normal and the high-contrast palettes (a playtest
measured 2.9:1)."""
from __future__ import annotations

import pygame
import pytest

from game.ui.cvd import contrast_ratio
from game.ui.text import TextCache
from game.ui.theme import palette_for
from game.ui.widgets import Button, draw_button

RECT = pygame.Rect(40, 40, 420, 100)


def drawn(button: Button, high_contrast: bool) -> pygame.Surface:
    pal = palette_for(high_contrast)
    surface = pygame.Surface((500, 200))
    surface.fill(pal.paper)
    draw_button(surface, TextCache(), pal, button, hover=False, focused=False)
    return surface


def darkest(surface: pygame.Surface, rect: pygame.Rect) -> tuple[int, int, int]:
    pixels = [surface.get_at((x, y))[:3] for x in range(rect.x, rect.right, 2)
              for y in range(rect.y, rect.bottom, 2)]
    return min(pixels, key=sum)


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high contrast"])
@pytest.mark.parametrize("style", ["primary", "secondary", "choice"])
def test_a_disabled_label_reads_at_4_5_to_1_and_the_button_still_looks_disabled(
        high_contrast: bool, style: str) -> None:
    pygame.font.init()
    off = drawn(Button("x", RECT, "Poste suivant", style=style, enabled=False), high_contrast)
    on = drawn(Button("x", RECT, "Poste suivant", style=style), high_contrast)
    fill = off.get_at((RECT.x + 12, RECT.centery))[:3]
    label = RECT.inflate(-80, -30)
    assert contrast_ratio(darkest(off, label), fill) >= 4.5
    # it looks unlike the same button enabled: another fill, a lighter label, no shadow
    assert fill != on.get_at((RECT.x + 12, RECT.centery))[:3]
    if style != "primary":  # (a primary's label is white on blue)
        assert sum(darkest(off, label)) > sum(darkest(on, label))
    below = (RECT.centerx, RECT.bottom + 2)
    assert off.get_at(below)[:3] == palette_for(high_contrast).paper
    assert on.get_at(below)[:3] != palette_for(high_contrast).paper


def test_a_disabled_buttons_icon_is_see_through_and_each_icon_shows_its_own() -> None:
    """A disabled page arrow's icon is drawn faded (made once per icon, kept: the same
    picture frame after frame), and a new icon is never shown with an older one's fade."""
    pygame.font.init()
    icons = []
    for color in ((200, 30, 30), (30, 30, 200)):
        icon = pygame.Surface((40, 40))
        icon.fill(color)
        icons.append(icon)
    for icon, color in zip(icons, ((200, 30, 30), (30, 30, 200)), strict=True):
        frames = [drawn(Button("x", RECT, "", icon=icon, enabled=False), False)
                  for _ in range(2)]
        on = drawn(Button("x", RECT, "", icon=icon), False)
        seen = frames[0].get_at(RECT.center)[:3]
        assert on.get_at(RECT.center)[:3] == color and seen != color  # see-through
        assert (seen[0] > seen[2]) == (color[0] > color[2])  # its own hue, not the other's
        assert pygame.image.tobytes(frames[0], "RGB") == pygame.image.tobytes(frames[1], "RGB")
