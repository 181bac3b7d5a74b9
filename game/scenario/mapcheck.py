"""Checking a Tiled map: what the game needs to draw it, and what a world map must hold.

``check_map`` never raises: every problem is a :class:`Problem` at the line of the
``.tmx`` (or ``.tsx``, or template) an author must change. Used on its own by
``python main.py validate MAP.tmx`` (a world map's gaps are warnings there), and by the
scenario checks, which then require the spawn and the stations (see crosscheck.py).
"""
from __future__ import annotations

import difflib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytmx

from game.scenario.problems import Mark, Problem
from game.world.mapdata import (
    COLLISIONS_LAYER,
    SOLID_PROPERTY,
    SPAWN_NAME,
    STATIONS_LAYER,
    MapError,
    MapInfo,
    Tree,
    Where,
    load_tree,
    map_info,
    parse_tmx,
)
from game.world.paths import nearest_walkable, reachable

STATION_MARGIN_PX = 20  # FloorScene.station_at: the rectangle inflated by 40 px (20 a side)
TILE_SIZE = 64  # the floor is drawn one map pixel per logical pixel, for 64 px tiles
ENCODINGS = {None, "csv", "base64"}
COMPRESSIONS = {None, "zlib", "gzip"}
LOOKS_SOLID = {"collides", "collide", "collision", "collidable", "blocked", "blocking",
               "block", "wall", "obstacle", "solide", "bloquant", "mur"}
# attribute names pytmx refuses as custom property names on a map, layer or object
RESERVED = {"id", "name", "type", "class", "x", "y", "width", "height", "rotation", "gid",
            "visible", "template", "opacity", "offsetx", "offsety", "properties", "parent",
            "points", "closed", "image", "source", "color", "data", "tilewidth",
            "tileheight", "orientation", "version", "layers", "tilesets", "filename"}


def problem(at: Where, message: str, hint: str = "", severity: str = "error") -> Problem:
    return Problem(Mark(*at), message, hint, severity)


def from_error(err: MapError, fallback: Path) -> Problem:
    return Problem(Mark(err.file or fallback, err.line, err.column), str(err), err.hint)


def check_map(path: Path, roots: tuple[Path, ...] | None = None,
              world: bool = True) -> tuple[MapInfo | None, list[Problem]]:
    """The map's walls and objects (None if it cannot be used) and every problem found.

    ``roots``: folders every file the map uses must lie in (a scenario's maps); without
    them, absolute paths are only warned about. ``world``: warn about what a world map
    lacks (a spawn, station objects), as ``validate`` does for a lone map.
    """
    out: list[Problem] = []
    try:
        tree = load_tree(path)
    except MapError as err:
        return None, [from_error(err, path)]
    _files(tree, roots, out)
    _layers(tree, out)
    _tilesets(tree, out)
    try:
        tmx = parse_tmx(path, tree)
    except MapError as err:
        return None, [*out, from_error(err, path)]
    _unknown_tiles(tree, tmx, out)
    info = map_info(path, tmx)
    if world:
        _world(tree, info, out)
    return info, out


def nodes(root: ET.Element, tag: str) -> list[ET.Element]:
    """Every ``tag`` element of the map itself (not those inside its tilesets), in order."""
    found: list[ET.Element] = []

    def visit(node: ET.Element) -> None:
        for child in node:
            if child.tag != "tileset":
                if child.tag == tag:
                    found.append(child)
                visit(child)

    visit(root)
    return found


def _files(tree: Tree, roots: tuple[Path, ...] | None, out: list[Problem]) -> None:
    for written, found, at in tree.files:
        if roots is not None:
            inside = any(found.resolve().is_relative_to(r.resolve()) for r in roots)
            if not inside:
                out.append(problem(at, f"{written} lies outside the scenario folder and the "
                                   "project", "copy the file next to the map (or in the "
                                   "scenario folder) and point the map at the copy"))
                continue
        if Path(written).is_absolute() or "\\" in written:
            out.append(problem(at, f"{written} is written as an absolute path",
                               "it will not be found on another computer: in Tiled, re-link "
                               "the file so that the path is relative (e.g. tiles.png)",
                               "error" if roots is not None else "warning"))


def _layers(tree: Tree, out: list[Problem]) -> None:
    root = tree.root
    tile_layers = nodes(root, "layer")
    tw, th = int(root.get("tilewidth", "0")), int(root.get("tileheight", "0"))
    if (tw, th) != (TILE_SIZE, TILE_SIZE):
        out.append(problem(tree.at(root), f"the tiles are {tw}×{th} px; the game draws the "
                           f"floor for {TILE_SIZE}×{TILE_SIZE} px tiles, so it will look "
                           "small and the avatar may not fit in corridors",
                           f"draw the map with {TILE_SIZE}×{TILE_SIZE} tiles "
                           "(levels/tilesets/factory.tsx has them)", "warning"))
    if not tile_layers:
        out.append(problem(tree.at(root), "the map has no tile layer: the floor will be "
                           "blank", "add a tile layer and paint the floor with tiles",
                           "warning"))
    for layer in tile_layers:
        data = layer.find("data")
        name = layer.get("name", "")
        if data is None:
            continue
        encoding, compression = data.get("encoding"), data.get("compression")
        if encoding not in ENCODINGS or compression not in COMPRESSIONS:
            out.append(problem(tree.at(data, layer), f"layer '{name}' is stored as "
                               f"{encoding or 'XML'}"
                               f"{' with ' + compression + ' compression' if compression else ''}"
                               ", which the game cannot read",
                               "in Tiled: Map > Map Properties..., Tile Layer Format: CSV "
                               "(or Base64 (zlib compressed))"))
    order = [n.tag for n in root.iter() if n.tag in ("layer", "imagelayer")]
    if "imagelayer" in order and "layer" in order and order.index("imagelayer") < \
            len(order) - 1 - order[::-1].index("layer"):
        first = nodes(root, "imagelayer")[0]
        out.append(problem(tree.at(first), f"image layer '{first.get('name', '')}' is below a "
                           "tile layer, but the game draws image layers over every tile "
                           "layer", "move the image layer to the top in Tiled, or paint the "
                           "picture with tiles", "warning"))
    for group in nodes(root, "objectgroup"):
        _layer_name(tree, group, out)
    for node in [root, *tile_layers, *nodes(root, "objectgroup"), *nodes(root, "object"),
                 *nodes(root, "imagelayer"), *nodes(root, "group")]:
        props = node.find("properties")
        for prop in props.findall("property") if props is not None else []:
            pname = prop.get("name", "")
            if pname in RESERVED or pname in node.attrib:
                out.append(problem(tree.at(prop, node), f"a custom property may not be named "
                                   f"'{pname}' on a {node.tag} (the map reader keeps that name "
                                   "for itself)", "rename the property in Tiled"))
    tiled = [o for o in nodes(root, "object") if o.get("gid")]
    drawn = len(tiled)
    if drawn:
        first = tiled[0]
        out.append(problem(tree.at(first), f"{drawn} tile object(s) are not drawn: the game "
                           "draws tile layers and image layers only",
                           "paint those tiles in a tile layer instead", "warning"))


def _layer_name(tree: Tree, group: ET.Element, out: list[Problem]) -> None:
    name = group.get("name", "")
    if name in (STATIONS_LAYER, COLLISIONS_LAYER):
        return
    close = difflib.get_close_matches(name.lower(), [STATIONS_LAYER, COLLISIONS_LAYER], 1, 0.75)
    if close:
        out.append(problem(tree.at(group), f"object layer '{name}' is not read by the game",
                           f"did you mean '{close[0]}'? (names are exact, lower case)",
                           "warning"))


def _tilesets(tree: Tree, out: list[Problem]) -> None:
    for ts in tree.root.findall("tileset"):
        name = ts.get("name", "")
        warned: set[str] = set()
        parts = [t for t in ts.findall("tile") if t.get("width") and t.find("image") is not None]
        if parts:
            out.append(problem(tree.at(parts[0], ts), f"{len(parts)} tile(s) of tileset "
                               f"'{name}' are parts of a larger image: the game draws the "
                               "whole image", "give each tile its own image, or use a "
                               "tileset made from one image cut in a grid", "warning"))
        for tile in ts.findall("tile"):
            props = tile.find("properties")
            for prop in props.findall("property") if props is not None else []:
                pname = prop.get("name", "")
                if pname == SOLID_PROPERTY:
                    value = prop.get("value", prop.text or "")
                    if value.strip().lower() not in ("true", "false", "1", "0", "yes", "no"):
                        out.append(problem(tree.at(prop, tile), f"'solid' of tile "
                                           f"{tile.get('id')} is '{value}'; it should be true "
                                           "or false", "make it a bool property (tick the box "
                                           "in Tiled)"))
                elif pname.lower() in LOOKS_SOLID | {SOLID_PROPERTY} and pname not in warned:
                    warned.add(pname)
                    out.append(problem(tree.at(prop, tile), f"tileset '{name}' has a property "
                                       f"'{pname}', which the game does not read",
                                       "did you mean 'solid'? A tile with solid = true (a "
                                       "bool) blocks walking", "warning"))


def _unknown_tiles(tree: Tree, tmx: pytmx.TiledMap, out: list[Problem]) -> None:
    """A tile no tileset provides would crash the drawing: name its layer and place."""
    layers = [layer for layer in tmx.layers if isinstance(layer, pytmx.TiledTileLayer)]
    for layer, node in zip(layers, nodes(tree.root, "layer"), strict=False):
        for x, y, gid in layer.iter_data():
            if gid and (gid >= len(tmx.images) or tmx.images[gid] is None):
                out.append(problem(tree.at(node), f"layer '{layer.name}' uses a tile that no "
                                   f"tileset has (column {x + 1}, row {y + 1})",
                                   "in Tiled, erase that tile or add back the tileset it came "
                                   "from"))
                break


def _world(tree: Tree, info: MapInfo, out: list[Problem]) -> None:
    """What a world map lacks (warnings: the map may be meant for something else)."""
    at = tree.at(tree.root)
    groups = {g.get("name", ""): g for g in nodes(tree.root, "objectgroup")}
    stations = groups.get(STATIONS_LAYER)
    if stations is None:
        out.append(problem(at, f"no object layer named '{STATIONS_LAYER}': a world map needs "
                           "one rectangle per station there",
                           f"add an object layer '{STATIONS_LAYER}' and draw a rectangle named "
                           "after each station's id", "warning"))
    else:
        seen: set[str] = set()
        for obj in stations.findall("object"):
            name = obj.get("name", "")
            if not name:
                out.append(problem(tree.at(obj), "a station object has no name, so no station "
                                   "can use it", "name it after the station's id", "warning"))
            elif name in seen:
                out.append(problem(tree.at(obj), f"two station objects are named '{name}'",
                                   "each station has one rectangle; rename or remove one",
                                   "warning"))
            seen.add(name)
        if not seen:
            out.append(problem(tree.at(stations), f"the '{STATIONS_LAYER}' layer is empty",
                               "draw one rectangle per station, named after its id",
                               "warning"))
    spawns = [o for o in nodes(tree.root, "object") if o.get("name") == SPAWN_NAME]
    if not spawns:
        out.append(problem(at, f"no object named '{SPAWN_NAME}': the avatar will start in a "
                           "corner", f"add a point named '{SPAWN_NAME}' where the avatar "
                           "starts", "warning"))
        return
    if len(spawns) > 1:
        out.append(problem(tree.at(spawns[1]), f"{len(spawns)} objects are named "
                           f"'{SPAWN_NAME}'; the game uses the last one", "keep only one",
                           "warning"))
    for message, hint in reach_problems(info):
        out.append(problem(tree.at(spawns[-1]), message, hint, "warning"))


def reach_problems(info: MapInfo) -> list[tuple[str, str]]:
    """(message, hint) when the spawn is blocked or a station cannot be walked to and opened.

    As on the floor (scenes/floor.py): tapping a station walks the avatar to the floor
    tile nearest the middle of its rectangle, and the station opens when she stands
    there within ``STATION_MARGIN_PX`` of the rectangle.
    """
    if info.spawn is None:
        return []
    start = info.tile_of(*info.spawn)
    name = info.path.name
    if not info.walkable(*start):
        return [(f"the spawn of {name} stands on a solid tile or outside the map",
                 "move it onto the floor")]
    zone = reachable(info.walkable, start)
    out = []
    for sid, (x, y, w, h) in info.stations.items():
        goal = nearest_walkable(info.walkable, info.tile_of(x + w / 2, y + h / 2))
        if goal is None or goal not in zone:
            out.append((f"station '{sid}' cannot be reached from the spawn in {name}",
                        "open a walkway to it (tiles without solid = true), or move it"))
            continue
        gx, gy = (goal[0] + 0.5) * info.tile_w, (goal[1] + 0.5) * info.tile_h
        m = STATION_MARGIN_PX
        if not (x - m <= gx <= x + w + m and y - m <= gy <= y + h + m):
            message = (f"station '{sid}' cannot be opened in {name}: the avatar walks to the "
                       f"floor at column {goal[0] + 1}, row {goal[1] + 1}, outside its rectangle")
            hint = ("make the rectangle cover the machine and the floor in front of it, so that "
                    "its middle is on the floor")
            out.append((message, hint))
    return out
