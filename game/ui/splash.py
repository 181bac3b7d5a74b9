"""The first picture in the window, drawn the moment it opens: the game's name on its paper,
and « Chargement… ». What comes before the title's first frame (checking or reading the
scenario, opening the score file, the kiosk's parts) takes seconds on a loaded PC; the
window was black all that time (a playtest: about ten seconds)."""
from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.ui import fonts, theme

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
        for role, size, text, y in (("title", theme.TEXT_HUGE, TITLE, h // 2 - 40),
                                    ("text", theme.TEXT_LARGE, WORDS.get(lang, WORDS["en"]),
                                     h // 2 + 90)):
            path = fonts.font_path(role)
            font = pygame.font.Font(str(path) if path else None, fonts.pixels(size))
            img = font.render(text, True, pal.ink)
            surface.blit(img, img.get_rect(center=(w // 2, y)))
        display.present()
    except (pygame.error, OSError):  # a start without a splash is still a start
        pass
