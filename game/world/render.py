"""Drawing a Tiled map: a buffer a little larger than the view, scrolled and patched.

The floor is never drawn whole. A buffer holds the view and a margin around it; a frame
is one blit of it (the same work as pyscroll's renderer, whatever the map's size); when
the view leaves the buffer, its content is scrolled in place and only the strips that
came into view are drawn from the tiles. Memory is that one buffer (about 10 MiB at
1920×1080), however big the map is. Each strip holds exactly what the whole floor held
there (every visible layer in order, image layers on top), so the picture is unchanged.

Standing things are sorted with the sprites: a solid tile of any layer above the first
hides a sprite whose feet are above the tile's bottom edge, so the avatar walks behind a
machine and in front of it (pyscroll sorts its sprites with the tiles the same way).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pygame
import pytmx
from pytmx.util_pygame import pygame_image_loader

from game.world.mapdata import SOLID_PROPERTY, MapInfo, is_true, read_map

# the buffer beyond the view on each side; its rows stay under ~2,000 px (8 KB), above
# which a blit of it was measured three times slower here
MARGIN = (32, 128)
BACKGROUND = (60, 70, 90)  # where no tile is drawn


def load_drawable(path: Path) -> MapInfo:
    """The map with its tileset images loaded for pygame."""
    return read_map(path, image_loader=pygame_image_loader)


def with_images(info: MapInfo) -> MapInfo:
    """A map read without images (when its scenario loaded), given its images: not read again."""
    if info.tmx is None:
        return load_drawable(info.path)
    info.tmx.image_loader = pygame_image_loader
    info.tmx.reload_images()
    return info


Tile = tuple[int, int, pygame.Surface]  # column, row, image


class FloorRenderer:
    """The floor of one map, seen through a buffer of the view's size plus ``margin``."""

    def __init__(self, info: MapInfo, margin: tuple[int, int] = MARGIN) -> None:
        tmx = info.tmx
        assert tmx is not None, "load the map with load_drawable"
        self.info, self.tmx, self.margin = info, tmx, margin
        self.map_rect = pygame.Rect(0, 0, *info.pixel_size)
        self.buffer: pygame.Surface | None = None
        self.held = pygame.Rect(0, 0, 0, 0)  # the map pixels the buffer holds
        self.layers = [layer for layer in tmx.visible_layers
                       if isinstance(layer, (pytmx.TiledTileLayer, pytmx.TiledImageLayer))]
        tile_layers = [la for la in self.layers if isinstance(la, pytmx.TiledTileLayer)]
        self.standing = tile_layers[1:]  # layers above the ground: their solid tiles stand up
        self.tallest = max((img.get_height() for img in tmx.images if img is not None),
                           default=tmx.tileheight)
        self._solid: dict[int, bool] = {}

    # --- a frame --------------------------------------------------------------------

    def draw(self, surface: pygame.Surface, area: pygame.Rect,
             offset: tuple[int, int] = (0, 0)) -> None:
        """The part of the floor in ``area`` (map pixels), its top-left at ``offset``."""
        need = area.clip(self.map_rect)
        if not need.w or not need.h:
            return
        mx, my = self.margin
        size = (area.w + 2 * mx, area.h + 2 * my)
        if self.buffer is None or self.buffer.get_size() != size:
            self.buffer = pygame.Surface(size)
            if pygame.display.get_surface() is not None:
                self.buffer = self.buffer.convert()
            self.held = pygame.Rect(0, 0, 0, 0)
        if not self.held.contains(need):
            self._move(pygame.Rect(area.x - mx, area.y - my, *size))
        surface.blit(self.buffer, (need.x - area.x + offset[0], need.y - area.y + offset[1]),
                     need.move(-self.held.x, -self.held.y))

    def _move(self, new: pygame.Rect) -> None:
        """Hold ``new``: what the buffer already has is scrolled, the rest is drawn."""
        assert self.buffer is not None
        old = self.held
        if old.colliderect(new):
            self.buffer.scroll(old.x - new.x, old.y - new.y)
            exposed = []
            if new.x < old.x:
                exposed.append(pygame.Rect(new.x, new.y, old.x - new.x, new.h))
            elif new.right > old.right:
                exposed.append(pygame.Rect(old.right, new.y, new.right - old.right, new.h))
            if new.y < old.y:
                exposed.append(pygame.Rect(new.x, new.y, new.w, old.y - new.y))
            elif new.bottom > old.bottom:
                exposed.append(pygame.Rect(new.x, old.bottom, new.w, new.bottom - old.bottom))
        else:
            exposed = [new]
        self.held = new
        for region in exposed:
            self._paint(region)

    def _paint(self, region: pygame.Rect) -> None:
        """Draw the map's pixels in ``region`` (map pixels) into the buffer, as the whole
        floor would have them: the background, then every layer in order."""
        assert self.buffer is not None
        part = region.clip(self.map_rect)
        if not part.w or not part.h:
            return  # outside the map: never shown
        ox, oy = self.held.topleft
        buf = self.buffer
        buf.set_clip(part.move(-ox, -oy))
        try:
            buf.fill(BACKGROUND, part.move(-ox, -oy))
            for layer in self.layers:
                if isinstance(layer, pytmx.TiledTileLayer):
                    for x, y, image in self._tiles(layer, part):
                        buf.blit(image, self._tile_pos(x, y, image, ox, oy))
                elif layer.image is not None:
                    buf.blit(layer.image, (getattr(layer, "offsetx", 0) - ox,
                                           getattr(layer, "offsety", 0) - oy))
        finally:
            buf.set_clip(None)

    def _tile_pos(self, x: int, y: int, image: pygame.Surface, ox: int, oy: int
                  ) -> tuple[int, int]:
        """Where a tile goes: tiles taller than the grid stand on their cell's bottom edge."""
        tw, th = self.tmx.tilewidth, self.tmx.tileheight
        return (x * tw - ox, (y + 1) * th - image.get_height() - oy)

    def _tiles(self, layer: pytmx.TiledTileLayer, area: pygame.Rect) -> Iterator[Tile]:
        """The layer's tiles whose image may overlap ``area`` (map pixels)."""
        tw, th = self.tmx.tilewidth, self.tmx.tileheight
        extra = max(0, -(-(self.tallest - th) // th))  # rows a tall tile reaches above its own
        c0, c1 = max(0, area.left // tw), min(self.info.width, -(-area.right // tw))
        r0 = max(0, area.top // th)
        r1 = min(self.info.height, -(-area.bottom // th) + extra)
        data = layer.data
        images = self.tmx.images
        for y in range(r0, r1):
            row = data[y]
            for x in range(c0, c1):
                gid = row[x]
                if gid:
                    image = images[gid]
                    if image is not None:
                        yield x, y, image

    def draw_sprite(self, surface: pygame.Surface, area: pygame.Rect, sprite: pygame.Rect,
                    feet_y: float, draw: Callable[[], None]) -> None:
        """Draw a sprite with ``draw``, behind the solid standing tiles in front of her.

        ``sprite``: where the sprite is drawn, in map pixels. Wherever such a tile (its
        bottom edge below ``feet_y``) is opaque, what was there before the sprite comes
        back: the tile, and any glow or name plate drawn over it.
        """
        front = self._in_front(sprite, feet_y)
        box = sprite.move(-area.x, -area.y).clip(surface.get_rect())
        if not front or not box.w or not box.h:
            draw()
            return
        under = surface.subsurface(box).copy()
        draw()
        mask = pygame.Surface(box.size, pygame.SRCALPHA)
        for x, y, image in front:
            tx, ty = self._tile_pos(x, y, image, area.x, area.y)
            mask.blit(image, (tx - box.x, ty - box.y))
        mask.fill((255, 255, 255, 0), special_flags=pygame.BLEND_RGBA_MAX)  # keep the alpha
        patch = pygame.Surface(box.size, pygame.SRCALPHA)
        patch.blit(under, (0, 0))
        patch.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)
        surface.blit(patch, box)

    def _in_front(self, sprite: pygame.Rect, feet_y: float) -> list[Tile]:
        th = self.tmx.tileheight
        return [(x, y, image) for layer in self.standing for x, y, image in self._tiles(layer,
                                                                                        sprite)
                if (y + 1) * th > feet_y and self._is_solid(layer.data[y][x])]

    def _is_solid(self, gid: int) -> bool:
        known = self._solid.get(gid)
        if known is None:
            props = self.tmx.get_tile_properties_by_gid(gid) or {}
            known = self._solid[gid] = is_true(props.get(SOLID_PROPERTY))
        return known


class Camera:
    """Follows a point, clamped to the map; a small map is centred."""

    def __init__(self, map_size: tuple[int, int], view: pygame.Rect) -> None:
        self.map_w, self.map_h = map_size
        self.view = view
        self.x = self.y = 0.0

    def follow(self, x: float, y: float) -> None:
        vw, vh = self.view.size
        self.x = (self.map_w - vw) / 2 if self.map_w <= vw else min(max(x - vw / 2, 0),
                                                                    self.map_w - vw)
        self.y = (self.map_h - vh) / 2 if self.map_h <= vh else min(max(y - vh / 2, 0),
                                                                    self.map_h - vh)

    def to_screen(self, x: float, y: float) -> tuple[float, float]:
        return (x - self.x + self.view.x, y - self.y + self.view.y)

    def to_view(self, x: float, y: float) -> tuple[float, float]:
        """Map pixels to the view's own pixels (drawing into a subsurface of the view)."""
        return (x - self.x, y - self.y)

    def to_map(self, sx: float, sy: float) -> tuple[float, float]:
        return (sx - self.view.x + self.x, sy - self.view.y + self.y)

    def visible_area(self) -> pygame.Rect:
        return pygame.Rect(round(self.x), round(self.y), self.view.w, self.view.h)
