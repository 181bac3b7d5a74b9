"""What the game needs from a Tiled map, read without any graphics library.

The map is read in two steps. ``load_tree`` parses the ``.tmx`` (remembering where each
element was written), refuses what the game cannot draw (isometric or hexagonal
orientation, infinite maps) naming the feature, and normalises what pytmx reads badly:
external tilesets are inlined, image sizes Tiled left out are read from the files, and
objects made from templates get their template's attributes. ``read_map`` then hands
that tree to pytmx, so every error is a :class:`MapError` with a sentence, never a
traceback.
"""
from __future__ import annotations

import copy
import os
import struct
import xml.etree.ElementTree as ET
import xml.parsers.expat
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from game import limits

if TYPE_CHECKING:  # pytmx loads when a map is read, not for a MapInfo kept in the cache
    import pytmx

STATIONS_LAYER = "stations"
COLLISIONS_LAYER = "collisions"
SPAWN_NAME = "spawn"
SOLID_PROPERTY = "solid"
TRUE_TEXTS = {"true", "1", "yes"}
XML_HINT = "the file is damaged or is not a Tiled file: open it in Tiled and save it again"


class MapError(Exception):
    """The map cannot be used; the message says why and names the feature.

    ``file``/``line``/``column`` say where, when known (a map, a tileset or a template).
    """

    def __init__(self, message: str, file: Path | None = None, line: int = 1,
                 column: int = 1, hint: str = "") -> None:
        super().__init__(message)
        self.file, self.line, self.column, self.hint = file, line, column, hint


Rect = tuple[float, float, float, float]  # x, y, w, h in map pixels
Where = tuple[Path, int, int]  # file, line, column (1-based)


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


# --- XML with positions -------------------------------------------------------------


@dataclass
class Tree:
    """A parsed ``.tmx`` and where each element was written (files it includes too)."""

    root: ET.Element
    where: dict[ET.Element, Where] = field(default_factory=dict)
    files: list[tuple[str, Path, Where]] = field(default_factory=list)  # as written, found, where
    tilesets: dict[Path, int] = field(default_factory=dict)  # external .tsx -> firstgid

    @property
    def name(self) -> str:
        return self.where[self.root][0].name

    def at(self, element: ET.Element, fallback: ET.Element | None = None) -> Where:
        return self.where.get(element) or self.where.get(fallback or self.root) \
            or next(iter(self.where.values()))


def parse_xml(path: Path) -> tuple[ET.Element, dict[ET.Element, Where]]:
    """An XML file as an ElementTree, with each element's line and column."""
    try:
        size = path.stat().st_size
        if size > limits.MAP_BYTES:
            raise MapError(f"{path.name} is {limits.size_text(size)}; a map, tileset or "
                           f"template file may be at most {limits.size_text(limits.MAP_BYTES)} "
                           "(limit: size per map file)", path,
                           hint="make the map smaller, or store its layers as Base64 (zlib "
                                "compressed); see « Limits » in docs/scenario-format.md")
        data = path.read_bytes()
    except FileNotFoundError:
        raise MapError(f"map file not found: {path}", path,
                       hint="check the file name and folder") from None
    except OSError as err:
        raise MapError(f"cannot read {path.name}: {err.strerror}", path) from None
    builder = ET.TreeBuilder()
    where: dict[ET.Element, Where] = {}
    parser = xml.parsers.expat.ParserCreate()

    def start(tag: str, attrs: dict[str, str]) -> None:
        element = builder.start(tag, attrs)
        where[element] = (path, parser.CurrentLineNumber, parser.CurrentColumnNumber + 1)

    parser.StartElementHandler = start
    parser.EndElementHandler = builder.end
    parser.CharacterDataHandler = builder.data
    try:
        parser.Parse(data, True)
        root = builder.close()
    except xml.parsers.expat.ExpatError as err:
        raise MapError(f"{path.name} is not a valid Tiled map (XML error: "
                       f"{xml.parsers.expat.ErrorString(err.code)})",
                       path, err.lineno, err.offset + 1, XML_HINT) from None
    except Exception:  # an unfinished document: the builder has no root
        raise MapError(f"{path.name} is not a valid Tiled map (the file is cut short)", path,
                       hint=XML_HINT) from None
    return root, where


# --- image sizes, read from the file's header ----------------------------------------


def image_size(path: Path) -> tuple[int, int] | None:
    """Width and height of a PNG, GIF, BMP or JPEG file, or None if it is not one."""
    try:
        with path.open("rb") as f:
            head = f.read(32)
            if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR":
                w, h = struct.unpack(">II", head[16:24])
                return (int(w), int(h))
            if head[:6] in (b"GIF87a", b"GIF89a"):
                w, h = struct.unpack("<HH", head[6:10])
                return (int(w), int(h))
            if head[:2] == b"BM" and len(head) >= 26:
                w, h = struct.unpack("<ii", head[18:26])
                return (abs(int(w)), abs(int(h)))
            if head[:2] == b"\xff\xd8":
                return _jpeg_size(f)
    except OSError:
        return None
    return None


def _jpeg_size(f: Any) -> tuple[int, int] | None:
    f.seek(2)
    while True:
        marker = f.read(2)
        if len(marker) < 2 or marker[0] != 0xFF:
            return None
        if marker[1] in (0xD8, 0x01) or 0xD0 <= marker[1] <= 0xD7:
            continue
        size = f.read(2)
        if len(size) < 2:
            return None
        length = struct.unpack(">H", size)[0]
        if 0xC0 <= marker[1] <= 0xCF and marker[1] not in (0xC4, 0xC8, 0xCC):
            data = f.read(5)
            if len(data) < 5:
                return None
            h, w = struct.unpack(">HH", data[1:5])
            return (int(w), int(h))
        f.seek(length - 2, os.SEEK_CUR)


# --- the normalised tree that pytmx reads -------------------------------------------


def load_tree(path: Path) -> Tree:
    """The map as pytmx should read it; a MapError names any feature the game lacks."""
    root, where = parse_xml(path)
    tree = Tree(root, where)
    if root.tag != "map":
        raise MapError(f"{path.name} is not a Tiled .tmx map (its root element is <{root.tag}>)",
                       *where[root], hint="save the map from Tiled as a .tmx file")
    orientation = root.get("orientation", "orthogonal")
    if orientation != "orthogonal":
        raise MapError(f"{path.name} uses {orientation} orientation; the game draws only "
                       "orthogonal maps", *where[root],
                       hint="draw the map as a new orthogonal map in Tiled "
                            "(File > New > New Map..., Orientation: Orthogonal)")
    if root.get("infinite", "0") == "1" or root.find(".//chunk") is not None:
        raise MapError(f"{path.name} is an infinite map; the game needs a fixed size",
                       *where[root], hint="in Tiled: Map > Map Properties..., uncheck Infinite")
    for key in ("width", "height", "tilewidth", "tileheight"):
        value = root.get(key, "")
        if not value.isdigit() or int(value) <= 0:
            raise MapError(f"{path.name}: the map's {key} should be a whole number above 0, "
                           f"not '{value}'", *where[root], hint="re-save the map from Tiled")
        bound = limits.MAP_TILES if key in ("width", "height") else limits.TILE_PX
        if int(value) > bound:  # before anything is allocated for the map
            unit = "tiles" if key in ("width", "height") else "px"
            raise MapError(f"{path.name}: the map's {key} is {limits.count_text(int(value))} "
                           f"{unit}; it may be at most {bound} {unit} (limit: map "
                           f"{'width and height' if unit == 'tiles' else 'tile size'})",
                           *where[root], hint="split the floor into several worlds' maps, or "
                           "crop it in Tiled (Map > Resize Map...); see « Limits » in "
                           "docs/scenario-format.md")
    for layer in root.iter("layer"):
        for key in ("width", "height"):
            value = layer.get(key, "0")
            if value.isdigit() and int(value) > limits.MAP_TILES:
                raise MapError(f"{path.name}: layer '{layer.get('name', '')}' is "
                               f"{limits.count_text(int(value))} tiles in {key}; a map may be "
                               f"at most {limits.MAP_TILES} tiles (limit: map width and height)",
                               *where[layer], hint="resize the map in Tiled (Map > Resize "
                               "Map...); see « Limits » in docs/scenario-format.md")
    base = path.parent
    for i, node in enumerate(list(root)):
        if node.tag == "tileset":
            root[i] = _tileset(tree, node, base)
    for node in root.findall("tileset"):
        _firstgid(tree, node)
    for node in root.iter("imagelayer"):
        image = node.find("image")
        if image is not None and image.get("source"):
            _image(tree, image, base, f"image layer '{node.get('name', '')}'")
    for group in root.iter("objectgroup"):
        for obj in group.findall("object"):
            if obj.get("template"):
                _apply_template(tree, obj, base)
    return tree


def _tileset(tree: Tree, node: ET.Element, base: Path) -> ET.Element:
    """An embedded copy of the tileset with image paths made absolute and sizes filled."""
    source = node.get("source")
    if source:
        file = (base / source)
        if not source.lower().endswith(".tsx"):
            raise MapError(f"{tree.name} uses the tileset {source}: only .tsx tilesets "
                           "are supported",
                           *tree.at(node), hint="in Tiled, open the tileset and "
                           "File > Export As... a .tsx file, then use that one in the map")
        if not file.is_file():
            raise MapError(f"{tree.name} uses the tileset {source}, which is not found",
                           *tree.at(node),
                           hint="put the .tsx file where the map expects it (paths are "
                                "relative to the map), or re-link it in Tiled")
        tree.files.append((source, file, tree.at(node)))
        tree.tilesets[file.resolve()] = _firstgid(tree, node)
        ts_root, ts_where = parse_xml(file)
        tree.where.update(ts_where)
        if ts_root.tag != "tileset":
            raise MapError(f"{source} is not a Tiled tileset (its root is <{ts_root.tag}>)",
                           *ts_where[ts_root], hint="save the tileset from Tiled as .tsx")
        new = copy.copy(ts_root)  # a shallow copy keeps the children (and their positions)
        new.attrib = dict(ts_root.attrib, firstgid=node.get("firstgid", "1"))
        tree.where[new] = ts_where[ts_root]
        node, base = new, file.parent
    name = node.get("name") or (Path(source).stem if source else "tileset")
    image = node.find("image")
    if image is not None:
        _image(tree, image, base, f"tileset '{name}'")
        _tile_count(tree, node, image, name)
    for tile in node.findall("tile"):
        tile_image = tile.find("image")
        if tile_image is not None:
            _image(tree, tile_image, base, f"tile {tile.get('id')} of tileset '{name}'")
    return node


def _tile_count(tree: Tree, node: ET.Element, image: ET.Element, name: str) -> None:
    """A tileset cut into more tiles than a map can hold is refused before it is cut."""
    sizes = [node.get(k, "0") for k in ("tilewidth", "tileheight")] + \
        [image.get(k, "0") for k in ("width", "height")]
    if not all(v.isdigit() for v in sizes):
        return  # pytmx says what is wrong
    tw, th, iw, ih = (int(v) for v in sizes)
    if tw > limits.TILE_PX or th > limits.TILE_PX:
        raise MapError(f"tileset '{name}' has tiles of {tw}×{th} px; a tile may be at most "
                       f"{limits.TILE_PX}×{limits.TILE_PX} px (limit: map tile size)",
                       *tree.at(node), hint="see « Limits » in docs/scenario-format.md")
    count = (iw // max(tw, 1)) * (ih // max(th, 1))
    if count > limits.MAP_TILES * limits.MAP_TILES:
        raise MapError(f"tileset '{name}' cuts its image into {limits.count_text(count)} tiles; "
                       f"a tileset may hold at most {limits.count_text(limits.MAP_TILES ** 2)} "
                       "(limit: map tile size)", *tree.at(image),
                       hint="use bigger tiles or a smaller image; see « Limits » in "
                            "docs/scenario-format.md")


def _firstgid(tree: Tree, node: ET.Element) -> int:
    value = node.get("firstgid", "1")
    if not value.isdigit() or int(value) < 1:
        raise MapError(f"a tileset's firstgid should be a whole number from 1, not '{value}'",
                       *tree.at(node), hint="re-save the map from Tiled")
    return int(value)


def _image(tree: Tree, image: ET.Element, base: Path, owner: str) -> None:
    source = image.get("source", "")
    file = base / source
    if not source or not file.is_file():
        raise MapError(f"{owner} of {tree.name} needs the image {source or '(none given)'}, "
                       "which is not found",
                       *tree.at(image), hint="put the image where the tileset expects it "
                       "(paths are relative to the .tsx or .tmx file), or re-link it in Tiled")
    tree.files.append((source, file, tree.at(image)))
    image.set("source", str(file.resolve()))
    if not image.get("width") or not image.get("height"):
        size = image_size(file)
        if size is None:
            raise MapError(f"{source} ({owner}) is not a PNG, JPEG, GIF or BMP image the game "
                           "can read", *tree.at(image), hint="save the image as PNG")
        image.set("width", str(size[0]))
        image.set("height", str(size[1]))


def _apply_template(tree: Tree, obj: ET.Element, base: Path) -> None:
    """Give an object its template's attributes, properties and shape (the object wins)."""
    source = obj.get("template", "")
    file = base / source
    if not file.is_file():
        raise MapError(f"{tree.name} uses the object template {source}, which is not found",
                       *tree.at(obj),
                       hint="put the .tx file where the map expects it, or detach the "
                            "object from its template in Tiled")
    tree.files.append((source, file, tree.at(obj)))
    t_root, t_where = parse_xml(file)
    template = t_root.find("object")
    if t_root.tag != "template" or template is None:
        raise MapError(f"{source} is not a Tiled object template", *t_where[t_root],
                       hint="save the template from Tiled as a .tx file")
    for key, value in template.attrib.items():
        if key not in obj.attrib:
            obj.set(key, value)
    gid = template.get("gid")
    if gid is not None and "gid" not in obj.attrib:
        obj.set("gid", _template_gid(tree, t_root, int(gid), file.parent))
    del obj.attrib["template"]
    mine = obj.find("properties")
    theirs = template.find("properties")
    if theirs is not None:
        if mine is None:
            obj.insert(0, copy.deepcopy(theirs))
        else:
            names = {p.get("name") for p in mine.findall("property")}
            for prop in theirs.findall("property"):
                if prop.get("name") not in names:
                    mine.append(copy.deepcopy(prop))
    shapes = ("point", "ellipse", "polygon", "polyline", "text")
    if not any(obj.find(s) is not None for s in shapes):
        for shape in shapes:
            found = template.find(shape)
            if found is not None:
                obj.append(copy.deepcopy(found))


def _template_gid(tree: Tree, t_root: ET.Element, gid: int, base: Path) -> str:
    """A template's tile, renumbered into the map's tilesets (the same .tsx file)."""
    ts = t_root.find("tileset")
    if ts is None or not ts.get("source"):
        return "0"
    firstgid = tree.tilesets.get((base / ts.get("source", "")).resolve())
    if firstgid is None:
        return "0"  # the map does not use that tileset: the object stays a plain rectangle
    return str(firstgid + gid - int(ts.get("firstgid", "1")))


# --- reading the map --------------------------------------------------------------


def is_true(value: object) -> bool:
    """A property set to true in Tiled: a bool, or a text such as "true" (never "false")."""
    if isinstance(value, str):
        return value.strip().lower() in TRUE_TEXTS
    return value is True or (isinstance(value, (int, float)) and value == 1)


def parse_tmx(path: Path, tree: Tree, image_loader: Any = None) -> pytmx.TiledMap:
    """pytmx's map from a normalised tree (images only when ``image_loader`` is given)."""
    import pytmx

    tmx = pytmx.TiledMap() if image_loader is None else pytmx.TiledMap(image_loader=image_loader)
    tmx.filename = str(path)
    try:
        tmx.parse_xml(tree.root)
    except Exception as err:  # pytmx raises many kinds: "cannot use this map"
        raise MapError(f"{path.name} could not be loaded: {err}", *tree.at(tree.root),
                       hint="open it in Tiled and save it again; if this stays, tell a "
                            "developer which Tiled feature it uses") from None
    return tmx


def read_map(path: Path, image_loader: object | None = None) -> MapInfo:
    """Load a map with pytmx (images only when ``image_loader`` is given)."""
    tree = load_tree(path)
    return map_info(path, parse_tmx(path, tree, image_loader))


def map_info(path: Path, tmx: pytmx.TiledMap) -> MapInfo:
    """Walls, stations and spawn of a map pytmx has read."""
    import pytmx

    solid = [[False] * tmx.width for _ in range(tmx.height)]
    for layer in tmx.layers:
        if isinstance(layer, pytmx.TiledTileLayer):
            for x, y, gid in layer.iter_data():
                props = tmx.get_tile_properties_by_gid(gid) if gid else None
                if props and is_true(props.get(SOLID_PROPERTY)) and \
                        0 <= y < tmx.height and 0 <= x < tmx.width:
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
