"""Images load once, from paths the scenario validated, and are kept at the size they are drawn.

``get`` keeps a picture drawn at its own size (the title's background, the avatar's sheet);
``fit`` keeps the picture scaled to a box and not its original, which is read again only if
another box asks for it (its size is remembered). Both live in one least-recently-used
store bounded in bytes, so a day through every world never piles its pictures up: what a
screen shows stays, what the last world showed goes first.
"""
from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

import pygame

BUDGET_BYTES = 32 * 1024 * 1024  # pixels kept; the title's background alone is 8 MiB

Key = tuple[Path, tuple[int, int] | None]  # the file, and the box it is fitted to (None: as is)


def surface_bytes(surface: pygame.Surface) -> int:
    return surface.get_pitch() * surface.get_height()


class Images:
    def __init__(self, budget: int = BUDGET_BYTES) -> None:
        self.budget = budget
        self._kept: OrderedDict[Key, pygame.Surface] = OrderedDict()
        self._bytes = 0
        self._sizes: dict[Path, tuple[int, int]] = {}

    def get(self, path: Path) -> pygame.Surface:
        """The picture at its own size."""
        surf = self._find((path, None))
        if surf is None:
            surf = self._load(path)
            self._keep((path, None), surf)
        return surf

    def fit(self, path: Path, box: tuple[int, int]) -> pygame.Surface:
        """The image scaled to fit inside ``box``, keeping its proportions."""
        key = (path, box)
        surf = self._find(key)
        if surf is None:
            drawn_as_is = (path, None) in self._kept
            raw = self.get(path)
            k = min(box[0] / raw.get_width(), box[1] / raw.get_height())
            size = (max(1, round(raw.get_width() * k)), max(1, round(raw.get_height() * k)))
            surf = pygame.transform.smoothscale(raw, size)
            if not drawn_as_is:  # only its scaled copy is drawn: the original is not kept
                self._forget((path, None))
            self._keep(key, surf)
        return surf

    def size(self, path: Path) -> tuple[int, int]:
        """The picture's own width and height (a fitted one's scale is computed from it)."""
        size = self._sizes.get(path)
        return size if size is not None else self.get(path).get_size()

    @property
    def kept_bytes(self) -> int:
        return self._bytes

    def _load(self, path: Path) -> pygame.Surface:
        surf = pygame.image.load(str(path))
        if pygame.display.get_surface() is not None:
            surf = surf.convert_alpha()
        self._sizes[path] = surf.get_size()
        return surf

    def _find(self, key: Key) -> pygame.Surface | None:
        surf = self._kept.get(key)
        if surf is not None:
            self._kept.move_to_end(key)
        return surf

    def _forget(self, key: Key) -> None:
        surf = self._kept.pop(key, None)
        if surf is not None:
            self._bytes -= surface_bytes(surf)

    def _keep(self, key: Key, surf: pygame.Surface) -> None:
        """Keep ``surf``, forgetting the least recently used beyond the budget (never it)."""
        self._kept[key] = surf
        self._bytes += surface_bytes(surf)
        while self._bytes > self.budget and len(self._kept) > 1:
            _, old = self._kept.popitem(last=False)
            self._bytes -= surface_bytes(old)
