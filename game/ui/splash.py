"""The first picture in the window, drawn the moment it opens: the game's name on its paper,
and « Chargement… ». What comes before the title's first frame (checking or reading the
scenario, opening the score file, the kiosk's parts) takes seconds on a loaded PC; the
window was black all that time (a playtest: about ten seconds)."""
from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.ui import theme
from game.ui.text import TextCache

if TYPE_CHECKING:
    from game.display import Display

WORDS = {"fr": "Chargement…", "en": "Loading…"}
TITLE = "Cap Industrie"


def show(display: Display, lang: str, high_contrast: bool = False) -> None:
    """Paint the splash on the display's picture and show it (never fails the start)."""
    pal = theme.palette_for(high_contrast)
    surface = display.logical
    w, h = surface.get_size()
    try:
        surface.fill(pal.paper)
        pygame.draw.rect(surface, pal.primary, pygame.Rect(0, 0, w, 14))
        text = TextCache()  # the game's own fonts and sizes (the context's comes later)
        for size, words, y in ((theme.TEXT_HUGE, TITLE, h // 2 - 40),
                               (theme.TEXT_LARGE, WORDS.get(lang, WORDS["en"]), h // 2 + 90)):
            img = text.render(words, size, pal.ink)
            surface.blit(img, img.get_rect(center=(w // 2, y)))
        display.present()
    except (pygame.error, OSError):  # a start without a splash is still a start
        pass
