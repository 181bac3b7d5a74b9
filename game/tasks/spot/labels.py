"""Where a found fault's name may go: how much of a place it would hide of the picture's
other areas (each drawn once into a mask, in screen pixels: what answers a tap there, its
outline or else its circle), so that a name never sits on another fault or a decoy."""
from __future__ import annotations

from collections.abc import Sequence

import pygame

from game.tasks.spot.figure import bounds

LABEL_W = 360  # a name wraps at this width
LABEL_GAP = 12  # px between a shape and its name

Point = tuple[float, float]


class AreaMasks:
    """Every area of the picture as a mask, in screen pixels."""

    def __init__(self, shapes: dict[str, tuple[Sequence[Point] | None, Point, float]]) -> None:
        self.masks: dict[str, tuple[pygame.Rect, pygame.mask.Mask]] = {}
        self._probes: dict[tuple[int, int], pygame.mask.Mask] = {}
        for area_id, (outline, centre, radius) in shapes.items():
            pts = list(outline) if outline else None
            x, y = centre  # every pixel the shape fills lies in its bounds
            extent = bounds(pts or [(x - radius, y - radius), (x + radius, y + radius)])
            surf = pygame.Surface(extent.size)  # only as large as the shape: drawn fast
            surf.set_colorkey((0, 0, 0))
            if pts:
                pygame.draw.polygon(surf, (255, 255, 255),
                                    [(x - extent.x, y - extent.y) for x, y in pts])
            else:
                pygame.draw.circle(surf, (255, 255, 255),
                                   (centre[0] - extent.x, centre[1] - extent.y), radius)
            self.masks[area_id] = (extent, pygame.mask.from_surface(surf))

    def covered(self, box: pygame.Rect, area_id: str) -> float:
        """The share of ``box`` (screen px) lying on the area."""
        extent, mask = self.masks[area_id]
        if not extent.colliderect(box) or box.w <= 0 or box.h <= 0:
            return 0.0
        probe = self._probes.get(box.size)
        if probe is None:
            probe = self._probes[box.size] = pygame.mask.Mask(box.size, fill=True)
        hits = mask.overlap_area(probe, (box.x - extent.x, box.y - extent.y))
        return hits / (box.w * box.h)
