"""Images load once, from paths the scenario validated; scaled copies are cached."""
from __future__ import annotations

from pathlib import Path

import pygame


class Images:
    def __init__(self) -> None:
        self._raw: dict[Path, pygame.Surface] = {}
        self._scaled: dict[tuple[Path, tuple[int, int]], pygame.Surface] = {}

    def get(self, path: Path) -> pygame.Surface:
        surf = self._raw.get(path)
        if surf is None:
            surf = pygame.image.load(str(path))
            if pygame.display.get_surface() is not None:
                surf = surf.convert_alpha()
            self._raw[path] = surf
        return surf

    def fit(self, path: Path, box: tuple[int, int]) -> pygame.Surface:
        """The image scaled to fit inside ``box``, keeping its proportions."""
        key = (path, box)
        surf = self._scaled.get(key)
        if surf is None:
            raw = self.get(path)
            k = min(box[0] / raw.get_width(), box[1] / raw.get_height())
            size = (max(1, round(raw.get_width() * k)), max(1, round(raw.get_height() * k)))
            surf = pygame.transform.smoothscale(raw, size)
            self._scaled[key] = surf
        return surf
