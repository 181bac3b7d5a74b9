"""Fonts load once; rendered text is cached by (text, size, colour, width)."""
from __future__ import annotations

from collections import OrderedDict

import pygame

from game.ui.theme import Color

CACHE_SIZE = 600  # rendered surfaces kept (a screen shows a few dozen)
TITLE_FROM = 64  # logical px: from this size up, text is a title and keeps its size


class TextCache:
    """Renders text with pygame's bundled font, wrapping to a width, with an LRU cache."""

    def __init__(self, scale: float = 1.0) -> None:
        self.scale = scale  # the text-size setting multiplies every size
        self._fonts: dict[int, pygame.font.Font] = {}
        self._cache: OrderedDict[tuple[object, ...], pygame.Surface] = OrderedDict()

    def font(self, size: int) -> pygame.font.Font:
        # the text-size setting enlarges reading text; titles are large enough already
        px = max(8, round(size * self.scale)) if size < TITLE_FROM else size
        font = self._fonts.get(px)
        if font is None:
            font = self._fonts[px] = pygame.font.Font(None, px)
        return font

    def render(self, text: str, size: int, color: Color, width: int | None = None,
               align: str = "left", line_gap: float = 0.18) -> pygame.Surface:
        """The text as a surface; with ``width``, wrapped on words to fit it."""
        key = (text, size, color, width, align, self.scale)  # colour: contrast changes it
        surf = self._cache.get(key)
        if surf is not None:
            self._cache.move_to_end(key)
            return surf
        font = self.font(size)
        if width is None:
            surf = font.render(text, True, color)
        else:
            lines = wrap(text, font, width)
            gap = round(font.get_linesize() * line_gap)
            rendered = [font.render(line, True, color) for line in lines]
            h = sum(r.get_height() for r in rendered) + gap * max(0, len(rendered) - 1)
            w = max((r.get_width() for r in rendered), default=0)
            surf = pygame.Surface((max(1, w), max(1, h)), pygame.SRCALPHA)
            y = 0
            for r in rendered:
                x = {"left": 0, "center": (w - r.get_width()) // 2,
                     "right": w - r.get_width()}[align]
                surf.blit(r, (x, y))
                y += r.get_height() + gap
        self._store(key, surf)
        return surf

    def lines(self, text: str, size: int, color: Color, width: int) -> list[tuple[str, pygame.Surface]]:
        """The wrapped lines of a text, each rendered (for revealing text as it is typed)."""
        key = ("lines", text, size, color, width, self.scale)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached  # type: ignore[return-value]
        font = self.font(size)
        lines = [(line, font.render(line, True, color)) for line in wrap(text, font, width)]
        self._store(key, lines)
        return lines

    def _store(self, key: tuple[object, ...], value: object) -> None:
        """Keep a rendering, forgetting the least recently used beyond CACHE_SIZE."""
        self._cache[key] = value  # type: ignore[assignment]
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)

    def size(self, text: str, size: int) -> tuple[int, int]:
        return self.font(size).size(text)


def wrap(text: str, font: pygame.font.Font, width: int) -> list[str]:
    """Word-wrap on spaces, keeping explicit line breaks; a too-long word is cut."""
    out: list[str] = []
    for para in text.split("\n"):
        line = ""
        for word in para.split(" "):
            trial = f"{line} {word}" if line else word
            if font.size(trial)[0] <= width:
                line = trial
                continue
            if line:
                out.append(line)
            while font.size(word)[0] > width and len(word) > 1:
                cut = len(word)
                while cut > 1 and font.size(word[:cut])[0] > width:
                    cut -= 1
                out.append(word[:cut])
                word = word[cut:]
            line = word
        out.append(line)
    return out
