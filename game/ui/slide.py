"""The scene change as a short slide: the last picture of the old screen slides out to the
left, uncovering the new one (a plain blit of what is still covered: no alpha, cheap).
Reduced motion: the new screen simply appears."""
from __future__ import annotations

import pygame

from game.ui.motion import Motion
from game.ui.theme import Color

SLIDE_S = 0.28  # seconds a scene change takes
EDGE_PX = 6  # the band drawn along the old picture's moving edge


class Slide:
    """Holds the old screen's last picture while it slides away."""

    def __init__(self) -> None:
        self.still: pygame.Surface | None = None
        self.start = 0.0
        self.active = False

    def begin(self, shown: pygame.Surface, now: float, motion: Motion) -> None:
        """The screen is about to change: keep what ``shown`` holds (the last drawing)."""
        if motion.reduced:
            self.active = False
            return
        if self.still is None or self.still.get_size() != shown.get_size():
            self.still = pygame.Surface(shown.get_size())
        self.still.blit(shown, (0, 0))
        self.start, self.active = now, True

    def progress(self, now: float, motion: Motion) -> float | None:
        """0..1 of the slide, eased; None when there is none."""
        if not self.active or motion.reduced:
            self.active = False
            return None
        p = (now - self.start) / SLIDE_S
        if p >= 1.0 or p < 0.0:
            self.active = False
            return None
        return 1 - (1 - p) ** 3  # fast, then settling

    def draw(self, surface: pygame.Surface, now: float, motion: Motion, edge: Color) -> None:
        """Over the new screen, what of the old one is still there."""
        p = self.progress(now, motion)
        if p is None or self.still is None:
            return
        w, h = surface.get_size()
        off = round(w * p)
        if off >= w:
            return
        surface.blit(self.still, (0, 0), pygame.Rect(off, 0, w - off, h))
        pygame.draw.rect(surface, edge, pygame.Rect(w - off - EDGE_PX, 0, EDGE_PX, h))
