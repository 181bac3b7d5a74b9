"""What the game needs from a Tiled map, read without any graphics library.

``read_map`` checks the features we can draw (orthogonal, finite) before pytmx
parses the file, so an unsupported map is refused with a sentence, not a traceback.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import pytmx

STATIONS_LAYER = "stations"
COLLISIONS_LAYER = "collisions"
SPAWN_NAME = "spawn"
SOLID_PROPERTY = "solid"


class MapError(Exception):
    """The map cannot be used; the message says why and names the feature."""


Rect = tuple[float, float, float, float]  # x, y, w, h in map pixels


@dataclass
class MapInfo:
    path: Path
    width: int  # tiles
    height: int
    tile_w: int
    tile_h: int
    solid: list[list[bool]]  # [row][col]
    stations: dict[str, Rect] = field(default_factory=dict)
    spawn: tuple[float, float] | None = None
    tmx: pytmx.TiledMap | None = None

    @property
    def pixel_size(self) -> tuple[int, int]:
        return (self.width * self.tile_w, self.height * self.tile_h)

    def walkable(self, col: int, row: int) -> bool:
        return 0 <= row < self.height and 0 <= col < self.width and not self.solid[row][col]

    def tile_of(self, x: float, y: float) -> tuple[int, int]:
        return (int(x // self.tile_w), int(y // self.tile_h))


def precheck(path: Path) -> None:
    """Refuse what the game cannot draw, naming the feature."""
    try:
        root = ET.parse(path).getroot()
    except FileNotFoundError:
        raise MapError(f"map file not found: {path}") from None
    except ET.ParseError as err:
        raise MapError(f"{path.name} is not a valid Tiled map (XML error: {err})") from None
    if root.tag != "map":
        raise MapError(f"{path.name} is not a Tiled .tmx map (its root element is <{root.tag}>)")
    orientation = root.get("orientation", "orthogonal")
    if orientation != "orthogonal":
        raise MapError(f"{path.name} uses {orientation} orientation; the game draws only "
                       "orthogonal maps (Map > Map Properties > Orientation)")
    if root.get("infinite", "0") == "1":
        raise MapError(f"{path.name} is an infinite map; the game needs a fixed size "
                       "(Map > Map Properties > uncheck Infinite)")


def read_map(path: Path, image_loader: object | None = None) -> MapInfo:
    """Load a map with pytmx (images only when ``image_loader`` is given)."""
    precheck(path)
    try:
        if image_loader is None:
            tmx = pytmx.TiledMap(str(path))
        else:
            tmx = pytmx.TiledMap(str(path), image_loader=image_loader)
    except Exception as err:  # pytmx raises many kinds; all mean "cannot use this map"
        raise MapError(f"{path.name} could not be loaded: {err}") from None
    solid = [[False] * tmx.width for _ in range(tmx.height)]
    for layer in tmx.layers:
        if isinstance(layer, pytmx.TiledTileLayer):
            for x, y, gid in layer.iter_data():
                if gid and (tmx.get_tile_properties_by_gid(gid) or {}).get(SOLID_PROPERTY):
                    solid[y][x] = True
    info = MapInfo(path, tmx.width, tmx.height, tmx.tilewidth, tmx.tileheight, solid, tmx=tmx)
    for obj in tmx.objects:
        if obj.name == SPAWN_NAME:
            info.spawn = (obj.x + obj.width / 2, obj.y + obj.height / 2)
    for layer in tmx.objectgroups:
        if layer.name == STATIONS_LAYER:
            for obj in layer:
                if obj.name and obj.name != SPAWN_NAME:
                    info.stations[obj.name] = (obj.x, obj.y, obj.width or tmx.tilewidth,
                                               obj.height or tmx.tileheight)
        elif layer.name == COLLISIONS_LAYER:
            for obj in layer:
                _block_rect(info, (obj.x, obj.y, obj.width, obj.height))
    return info


def _block_rect(info: MapInfo, rect: Rect) -> None:
    x, y, w, h = rect
    c0, r0 = info.tile_of(x, y)
    c1, r1 = info.tile_of(x + max(w, 1) - 1, y + max(h, 1) - 1)
    for r in range(max(r0, 0), min(r1 + 1, info.height)):
        for c in range(max(c0, 0), min(c1 + 1, info.width)):
            info.solid[r][c] = True
