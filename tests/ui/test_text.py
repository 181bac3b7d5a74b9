"""Rendered text is cached, and the cache stays bounded."""
from __future__ import annotations

import pygame


def test_the_text_cache_stays_bounded() -> None:
    """A kiosk shows thousands of texts in a day: the cache forgets the oldest."""
    from game.ui.text import CACHE_SIZE, TextCache

    pygame.font.init()
    cache = TextCache()
    for i in range(CACHE_SIZE + 200):
        cache.render(f"texte {i}", 30, (0, 0, 0))
        cache.lines(f"ligne {i} assez longue pour être coupée", 30, (0, 0, 0), 200)
    assert len(cache._cache) <= CACHE_SIZE
