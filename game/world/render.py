"""Drawing a Tiled map: tile layers pre-rendered once, then only the visible part is blitted."""
from __future__ import annotations

import pygame
import pytmx
from pytmx.util_pygame import pygame_image_loader

from game.world.mapdata import MapInfo, read_map


def load_drawable(path) -> MapInfo:  # type: ignore[no-untyped-def]
    """The map with its tileset images loaded for pygame."""
    return read_map(path, image_loader=pygame_image_loader)


def with_images(info: MapInfo) -> MapInfo:
    """A map read without images (when its scenario loaded), given its images: not read again."""
    if info.tmx is None:
        return load_drawable(info.path)
    info.tmx.image_loader = pygame_image_loader
    info.tmx.reload_images()
    return info


def prerender(info: MapInfo) -> pygame.Surface:
    """Every visible tile layer, in order, on one surface (the floor never changes)."""
    tmx = info.tmx
    assert tmx is not None
    surf = pygame.Surface(info.pixel_size)
    surf.fill((60, 70, 90))
    for layer in tmx.visible_layers:
        if isinstance(layer, pytmx.TiledTileLayer):
            for x, y, image in layer.tiles():
                # tiles taller than the grid (props) stand on their cell's bottom edge
                surf.blit(image, (x * tmx.tilewidth,
                                  (y + 1) * tmx.tileheight - image.get_height()))
        elif isinstance(layer, pytmx.TiledImageLayer) and layer.image is not None:
            surf.blit(layer.image, (getattr(layer, "offsetx", 0), getattr(layer, "offsety", 0)))
    if pygame.display.get_surface() is not None:
        surf = surf.convert()
    return surf


class Camera:
    """Follows a point, clamped to the map; a small map is centred."""

    def __init__(self, map_size: tuple[int, int], view: pygame.Rect) -> None:
        self.map_w, self.map_h = map_size
        self.view = view
        self.x = self.y = 0.0

    def follow(self, x: float, y: float) -> None:
        vw, vh = self.view.size
        self.x = (self.map_w - vw) / 2 if self.map_w <= vw else min(max(x - vw / 2, 0), self.map_w - vw)
        self.y = (self.map_h - vh) / 2 if self.map_h <= vh else min(max(y - vh / 2, 0), self.map_h - vh)

    def to_screen(self, x: float, y: float) -> tuple[float, float]:
        return (x - self.x + self.view.x, y - self.y + self.view.y)

    def to_map(self, sx: float, sy: float) -> tuple[float, float]:
        return (sx - self.view.x + self.x, sy - self.view.y + self.y)

    def visible_area(self) -> pygame.Rect:
        return pygame.Rect(round(self.x), round(self.y), self.view.w, self.view.h)
