"""Build the Tiled maps (levels/*.tmx) from a readable layout, then check them.

The layout names tiles by their `name` property in the map's tileset,
levels/tilesets/<name>.tsx (written by tools/gen_art.py), so the map survives a re-packed
tileset. After writing, every station must
stand on walkable floor and be reachable from the spawn (breadth-first search over the tiles
that are not `solid`), and the map must load with pytmx. Any failure stops with a message.

Usage: python tools/make_maps.py
"""
from __future__ import annotations

import os
import random
import sys
import xml.etree.ElementTree as ET
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
ROOT = Path(__file__).resolve().parent.parent
LEVELS = ROOT / "levels"
TS = 64

Grid = list[list[str | None]]


class MapError(Exception):
    """The layout is not a playable map."""


def read_tileset(path: Path) -> tuple[dict[str, int], set[int]]:
    """Tile name -> local id, and the set of local ids that are solid."""
    root = ET.parse(path).getroot()
    names: dict[str, int] = {}
    solid: set[int] = set()
    for tile in root.iter("tile"):
        tid = int(tile.attrib["id"])
        for prop in tile.iter("property"):
            if prop.attrib["name"] == "name":
                names[prop.attrib["value"]] = tid
            if prop.attrib["name"] == "solid" and prop.attrib.get("value") == "true":
                solid.add(tid)
    return names, solid


@dataclass
class Layout:
    """A map under construction: three named tile layers and object rectangles."""

    width: int
    height: int
    tiles: dict[str, int]
    prop_sizes: dict[str, tuple[int, int]]
    layers: dict[str, Grid] = field(default_factory=dict)
    stations: dict[str, tuple[int, int, int, int]] = field(default_factory=dict)  # tiles
    spawn: tuple[int, int] = (0, 0)  # tile

    def __post_init__(self) -> None:
        for name in ("floor", "walls", "props"):
            self.layers[name] = [[None] * self.width for _ in range(self.height)]

    def set(self, layer: str, x: int, y: int, name: str) -> None:
        if name not in self.tiles:
            raise MapError(f"tile {name!r} is not in the tileset")
        self.layers[layer][y][x] = name

    def prop(self, name: str, x: int, y: int) -> None:
        """Stamp a (possibly multi-tile) prop with its top-left tile at (x, y)."""
        w, h = self.prop_sizes[name]
        for dy in range(h):
            for dx in range(w):
                here = self.layers["props"][y + dy][x + dx]
                if here is not None:
                    raise MapError(f"{name} at ({x},{y}) overlaps {here}")
                self.set("props", x + dx, y + dy,
                         name if w == h == 1 else f"{name}_{dx}_{dy}")


def prop_sizes(tiles: dict[str, int]) -> dict[str, tuple[int, int]]:
    """Recover each prop's size in tiles from the `<prop>_<col>_<row>` names."""
    sizes: dict[str, tuple[int, int]] = {}
    for name in tiles:
        parts = name.rsplit("_", 2)
        if len(parts) == 3 and parts[1].isdigit() and parts[2].isdigit():
            w, h = sizes.get(parts[0], (0, 0))
            sizes[parts[0]] = (max(w, int(parts[1]) + 1), max(h, int(parts[2]) + 1))
        else:
            sizes.setdefault(name, (1, 1))
    return sizes


# --- the welding hall -----------------------------------------------------------------------


def walls_and_floor(m: Layout, entrance: range, rnd: random.Random,
                    windows: list[int] | None = None, pipes: tuple[int, ...] = (8, 9, 14, 15),
                    roller: int = 20) -> None:
    """Outer walls (north wall 2 tiles tall), an entrance gap in the south wall, concrete.

    windows: x of the high windows (default: every 5 tiles, as in the welding hall);
    pipes: x of the wall tiles with a pipe; roller: x of the 2-tile roller door."""
    W, H = m.width, m.height
    wall = [[False] * W for _ in range(H)]
    for x in range(W):
        wall[0][x] = wall[1][x] = wall[2][x] = True
        if x not in entrance:
            wall[H - 1][x] = True
    for y in range(H):
        wall[y][0] = wall[y][W - 1] = True
    front = {(x, y) for x in range(1, W - 1) for y in (1, 2)}

    def is_floor(x: int, y: int) -> bool:
        return 0 <= x < W and 0 <= y < H and not wall[y][x]

    for y in range(H):
        for x in range(W):
            if (x, y) in front:
                m.set("walls", x, y, "wall_lower" if y == 2 else "wall_upper")
                continue
            if not wall[y][x]:
                continue
            sides = "".join(s for s, (dx, dy) in (("n", (0, -1)), ("s", (0, 1)), ("e", (1, 0)),
                                                  ("w", (-1, 0)))
                            if is_floor(x + dx, y + dy) or (s == "s" and (x, y + 1) in front))
            inner = "".join(c for c, (dx, dy) in (("ne", (1, -1)), ("nw", (-1, -1)),
                                                  ("se", (1, 1)), ("sw", (-1, 1)))
                            if not sides and is_floor(x + dx, y + dy))
            name = f"wall_cap_{sides}" if sides else (f"wall_cap_in_{inner}" if inner else
                                                      "wall_cap")
            m.set("walls", x, y, name)
    if windows is None:                    # high windows along the north wall
        windows = [x + 2 for x in range(1, W - 1, 5) if x not in (roller, roller + 1)]
    for x in windows:
        m.set("walls", x, 1, "wall_upper_window")
    for x in pipes:
        m.set("walls", x, 2, "wall_lower_pipe")
    for dx in range(2):                    # a roller door, kept clear on the floor
        for dy in range(2):
            m.set("walls", roller + dx, 1 + dy, f"roller_door_{dx}_{dy}")
    for y in range(H):
        for x in range(W):
            if wall[y][x]:
                continue
            if y == H - 1:
                m.set("floor", x, y, "door_mat")
                continue
            r = rnd.random()
            m.set("floor", x, y, "floor_a" if r < 0.7 else ("floor_b" if r < 0.85 else "floor_c"))
            shade = ("n" if y == 3 else "") + ("w" if x == 1 else "e" if x == W - 2 else "")
            if shade in ("n", "w", "e", "nw", "ne"):
                m.set("floor", x, y, f"floor_shade_{shade}")


def hatch_zone(m: Layout, x0: int, y0: int, x1: int, y1: int) -> None:
    """A rectangle of floor bordered with yellow/black hatching (inclusive tile bounds)."""
    for y in range(y0, y1 + 1):
        for x in range(x0, x1 + 1):
            sides = ("n" if y == y0 else "s" if y == y1 else "") + \
                    ("e" if x == x1 else "w" if x == x0 else "")
            if sides:
                m.set("floor", x, y, f"hatch_{sides}")


def walkway(m: Layout, cells: set[tuple[int, int]]) -> None:
    """Yellow lines along the edges of a set of aisle tiles, with joined inner corners."""
    for x, y in cells:
        sides = "".join(s for s, (dx, dy) in (("n", (0, -1)), ("s", (0, 1)), ("e", (1, 0)),
                                              ("w", (-1, 0))) if (x + dx, y + dy) not in cells)
        inner = "".join(c for c, (dx, dy) in (("ne", (1, -1)), ("nw", (-1, -1)),
                                              ("se", (1, 1)), ("sw", (-1, 1)))
                        if (x + dx, y + dy) not in cells)
        if sides:
            m.set("floor", x, y, f"walk_{sides}")
        elif len(inner) == 2:
            m.set("floor", x, y, f"walk_in_{inner}")
        elif inner:
            raise MapError(f"walkway tile ({x},{y}) needs several inner corners: {inner}")


def rect_cells(x0: int, y0: int, x1: int, y1: int) -> set[tuple[int, int]]:
    return {(x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)}


def soudure(tiles: dict[str, int]) -> Layout:
    """The welding and boilermaking hall: PPE at the entrance, then preparation, drawings,
    welding and inspection around a central storage block."""
    m = Layout(40, 24, tiles, prop_sizes(tiles))
    rnd = random.Random(2553)
    walls_and_floor(m, range(5, 8), rnd)
    # aisle loop around the storage block, marked with yellow lines
    ring = (rect_cells(9, 7, 24, 8) | rect_cells(9, 19, 24, 20) | rect_cells(9, 7, 10, 20)
            | rect_cells(23, 7, 24, 20))
    walkway(m, ring)
    hatch_zone(m, 26, 3, 37, 10)          # the welding area
    hatch_zone(m, 19, 3, 22, 5)           # keep the roller door clear
    # 1. PPE lockers by the entrance
    m.prop("ppe_locker", 2, 15)
    m.prop("ppe_locker", 4, 15)
    m.prop("sign_ppe_stand", 7, 18)
    m.prop("extinguisher", 1, 21)
    m.prop("plant", 1, 14)
    # a rack row separating the entrance from the preparation corner
    for x in (1, 3, 5, 7):
        m.prop("shelf", x, 9)
    # 2. preparation: plate rack and grinder bench
    m.prop("plate_rack", 2, 3)
    m.prop("crate", 4, 4)
    m.prop("grinder_bench", 6, 3)
    m.prop("pallet", 10, 3)
    m.prop("crate", 12, 4)
    # 3. drawings: the plan table in a quiet corner
    m.prop("plant", 15, 3)
    m.prop("plan_table", 16, 3)
    m.prop("plant", 18, 3)
    # 4. welding: booth, cylinders, fixture table with its fume arm, screens
    m.prop("welding_booth", 27, 3)
    m.prop("gas_cylinders", 30, 3)
    m.prop("fume_arm", 32, 3)
    m.prop("welding_table", 33, 3)
    m.prop("gas_cylinders", 35, 3)
    m.prop("extinguisher", 37, 3)
    for x in range(31, 37):
        m.prop("welding_screen", x, 8)
    m.prop("sign_danger_stand", 25, 8)
    # 5. inspection
    m.prop("plant", 29, 15)
    m.prop("inspection_table", 30, 15)
    m.prop("shelf", 33, 15)
    m.prop("crate", 35, 16)
    m.prop("pallet", 36, 19)
    # central storage block inside the loop
    for x in (12, 14, 16):
        m.prop("shelf", x, 10)
        m.prop("shelf", x, 15)
    m.prop("pallet", 19, 10)
    m.prop("pallet", 19, 15)
    m.prop("crate", 21, 11)
    m.prop("crate", 21, 16)
    m.prop("crate", 20, 13)
    for x in range(27, 30):
        m.prop("barrier_h", x, 13)
    # gas store on the east wall, goods waiting by the south wall
    hatch_zone(m, 35, 12, 38, 14)
    for x in (36, 37):
        m.prop("gas_cylinders", x, 12)
    m.prop("pallet", 13, 21)
    m.prop("pallet", 16, 21)
    m.prop("crate", 18, 22)
    m.prop("shelf", 26, 21)
    m.prop("plant", 8, 15)
    # wall signs
    m.prop("sign_ppe", 4, 2)
    m.prop("sign_ppe", 24, 2)
    m.prop("sign_danger", 31, 2)
    m.prop("sign_danger", 26, 2)

    m.stations = {
        "epi": (2, 17, 2, 2),
        "preparation": (6, 5, 2, 2),
        "symboles": (16, 5, 2, 2),
        "soudure": (28, 6, 2, 2),
        "controle": (30, 17, 2, 2),
    }
    m.spawn = (6, 21)
    return m


# --- the maintenance workshop ----------------------------------------------------------------


def maintenance(tiles: dict[str, int]) -> Layout:
    """The maintenance workshop, visited clockwise from the entrance: the electrical room
    (lockout), the production line (diagnosis), the hydraulic unit (gauge), the maintenance
    office (planning) and the workshop corner (hazards), around a block of spare parts."""
    m = Layout(40, 24, tiles, prop_sizes(tiles))
    rnd = random.Random(1789)
    walls_and_floor(m, range(4, 7), rnd, windows=[9, 13, 18, 28, 33, 37], pipes=(19, 20, 21),
                    roller=23)
    ring = (rect_cells(10, 8, 27, 9) | rect_cells(10, 20, 27, 21) | rect_cells(10, 8, 11, 21)
            | rect_cells(26, 8, 27, 21))
    walkway(m, ring)
    # 1. electrical room by the entrance: switchboards and the lockout cabinet
    hatch_zone(m, 1, 13, 8, 18)
    m.prop("switchboard", 1, 13)
    m.prop("isolator_cabinet", 3, 13)
    m.prop("switchboard", 5, 13)
    m.prop("sign_danger_stand", 7, 13)
    m.prop("extinguisher", 8, 13)
    m.prop("extinguisher", 1, 21)
    m.prop("plant", 8, 21)
    for x in (1, 3, 5, 7):                 # racks between the electrical room and the workshop
        m.prop("parts_shelf", x, 10)
    # stores and forklift parking in the north-west corner
    hatch_zone(m, 1, 3, 6, 7)
    m.prop("charger", 1, 3)
    m.prop("forklift", 2, 4)
    m.prop("forklift", 4, 4)
    m.prop("parts_shelf", 7, 3)
    m.prop("sign_maint", 8, 2)
    m.prop("sign_danger", 3, 2)
    # 2. production line: conveyors through the machine with its panel open
    for x in (10, 11, 12, 13):
        m.prop("conveyor_box" if x == 11 else "conveyor", x, 4)
    m.prop("machine_open", 14, 3)
    for x in (17, 18, 19, 20):
        m.prop("conveyor_box" if x == 19 else "conveyor", x, 4)
    m.prop("pallet", 17, 5)
    m.prop("sign_danger", 15, 2)
    hatch_zone(m, 22, 3, 25, 5)           # keep the roller door clear
    # 3. hydraulic area: power unit, drums on retention, spill kit
    hatch_zone(m, 28, 3, 38, 7)
    m.prop("hydraulic_unit", 29, 3)
    m.prop("oil_drums", 31, 3)
    m.prop("oil_drums", 32, 3)
    m.prop("spill_kit", 33, 3)
    m.prop("switchboard", 35, 3)
    m.prop("extinguisher", 37, 3)
    m.prop("maint_cart", 33, 5)
    m.prop("crate", 37, 6)
    m.prop("sign_danger", 30, 2)
    m.prop("sign_hv", 35, 2)
    # 4. maintenance office: planning board, plants, binders
    m.prop("plant", 32, 11)
    m.prop("planning_board", 33, 11)
    m.prop("parts_shelf", 35, 11)
    m.prop("plant", 37, 11)
    m.prop("maint_cart", 37, 13)
    # 5. workshop corner in the south-east: workbench under its tools, parts, trolley
    m.prop("tool_wall", 26, 1)
    m.prop("workbench_tools", 31, 18)
    m.prop("parts_shelf", 33, 18)
    m.prop("maint_cart", 35, 19)
    m.prop("crate", 37, 18)
    m.prop("pallet", 36, 21)
    m.prop("plant", 30, 18)
    # central block of spare parts inside the aisle loop
    for x in (13, 15, 17):
        m.prop("parts_shelf", x, 11)
        m.prop("parts_shelf", x, 16)
    m.prop("pallet", 20, 11)
    m.prop("pallet", 20, 16)
    m.prop("oil_drums", 23, 11)
    m.prop("crate", 23, 12)
    m.prop("maint_cart", 22, 14)
    m.prop("crate", 24, 17)
    # goods by the south wall
    m.prop("pallet", 14, 22 - 1)
    m.prop("crate", 17, 22)
    m.prop("shelf", 22, 21)
    m.prop("sign_maint", 29, 2)
    m.prop("sign_ppe", 11, 2)

    m.stations = {
        "consignation": (3, 15, 2, 2),
        "diagnostic": (15, 5, 2, 2),
        "manometre": (29, 5, 2, 2),
        "preventif": (33, 13, 2, 2),
        "risques": (31, 20, 2, 2),
    }
    m.spawn = (5, 21)
    return m


# --- the battery line -------------------------------------------------------------------------


def batteries(tiles: dict[str, int]) -> Layout:
    """The battery gigafactory: gowning by the entrance, the dry room behind its airlock
    (coating inside), then cell grading, module assembly and the high-voltage test bay."""
    m = Layout(40, 24, tiles, prop_sizes(tiles))
    rnd = random.Random(2170)
    walls_and_floor(m, range(3, 6), rnd, windows=[19, 22, 29, 35], pipes=(),
                    roller=25)
    ring = (rect_cells(17, 8, 28, 9) | rect_cells(17, 19, 28, 20) | rect_cells(17, 8, 18, 20)
            | rect_cells(27, 8, 28, 20))
    walkway(m, ring)
    # the dry room (north-west) behind a glass partition, entered through the airlock
    for x in range(1, 16):
        if x == 5:
            m.prop("airlock_post_l", x, 11)
        elif x == 8:
            m.prop("airlock_post_r", x, 11)
        elif x in (6, 7):
            m.set("floor", x, 11, "airlock_floor")
        elif x == 15:
            m.prop("glass_wall_v", x, 11)
        else:
            m.prop("glass_wall", x, 11)
    for y in range(3, 11):
        m.prop("glass_wall_v", 15, y)
        for x in range(1, 15):
            m.set("floor", x, y, "dry_floor")
    m.prop("coating_machine", 2, 3)
    m.prop("calender", 8, 3)
    m.prop("dehumidifier", 11, 3)
    m.prop("dehumidifier", 13, 3)
    m.prop("sign_dry", 6, 2)
    m.prop("sign_dry", 10, 2)
    # gowning by the entrance: lockers, suits and overshoes
    m.prop("clean_locker", 1, 13)
    m.prop("gowning_bench", 1, 16)
    m.prop("sign_ppe_stand", 4, 14)
    m.prop("extinguisher", 1, 21)
    m.prop("plant_white", 7, 21)
    m.prop("plant_white", 12, 13)
    # cell grading
    m.prop("cell_tester", 18, 3)
    m.prop("cell_rack", 20, 3)
    m.prop("cell_rack", 22, 3)
    hatch_zone(m, 24, 3, 27, 5)           # keep the roller door clear
    # module assembly: robot cell between fences
    for y in (3, 4, 5):
        m.prop("fence_v", 29, y)
        m.prop("fence_v", 33, y)
    m.prop("robot_cell", 30, 3)
    m.prop("module_rack", 35, 3)
    m.prop("module_rack", 37, 3)
    m.prop("agv", 35, 6)
    m.prop("sign_danger", 31, 2)
    # high-voltage test bay (south-east) behind barriers, entered at one gap
    hatch_zone(m, 30, 15, 38, 22)
    for x in range(30, 39):
        if x not in (32, 33):
            m.prop("barrier_h", x, 14)
    for y in range(15, 23):
        m.prop("barrier_v", 29, y)
    m.prop("sign_hv_stand", 31, 15)
    m.prop("hv_tester", 34, 16)
    m.prop("module_rack", 37, 16)
    m.prop("extinguisher", 38, 21)
    m.prop("sign_hv", 36, 2)
    # central block inside the aisle loop: stock of cells and modules, AGVs waiting
    m.prop("module_rack", 20, 11)
    m.prop("module_rack", 22, 11)
    m.prop("cell_rack", 20, 15)
    m.prop("cell_rack", 22, 15)
    m.prop("agv", 25, 12)
    m.prop("agv", 25, 15)
    m.prop("plant_white", 19, 17)
    # formation racks along the south wall, incoming goods by the loop
    for x in (9, 11, 13):
        m.prop("cell_rack", x, 21)
    m.prop("plant_white", 16, 22)
    m.prop("crate", 24, 22)
    m.prop("pallet", 25, 21)
    m.prop("agv", 20, 22)
    m.prop("sign_ppe", 17, 2)

    m.stations = {
        "salle-seche": (6, 12, 2, 2),
        "enduction": (3, 5, 2, 2),
        "tri-cellules": (18, 5, 2, 2),
        "assemblage": (30, 5, 2, 2),
        "haute-tension": (34, 18, 2, 2),
    }
    m.spawn = (4, 21)
    return m


# --- the electric-car assembly hall ------------------------------------------------------------


def automobile(tiles: dict[str, int]) -> Layout:
    """The electric-car assembly hall: the line at takt along the north wall (bodies on their
    skids, the andon board above), the torque bench, the robot cell behind its fences, and the
    high-voltage bay where the traction packs wait, around a block of parts racks."""
    m = Layout(40, 24, tiles, prop_sizes(tiles))
    rnd = random.Random(1982)
    walls_and_floor(m, range(3, 6), rnd, windows=[3, 8, 13, 27, 33, 37], pipes=(16, 17),
                    roller=20)
    ring = (rect_cells(10, 8, 27, 9) | rect_cells(10, 20, 27, 21) | rect_cells(10, 8, 11, 21)
            | rect_cells(26, 8, 27, 21))
    walkway(m, ring)
    # 1. the line: car bodies on their skids, moving west to east at takt
    for x in (1, 5, 9, 13):
        m.prop("car_body", x, 3)
    for x in (4, 8, 12, 16):
        m.prop("andon" if x in (8, 12) else "sign_ppe", x, 2)
    m.prop("tyres", 16, 4)
    m.prop("tyres", 17, 4)
    hatch_zone(m, 19, 3, 22, 5)           # keep the roller door clear
    # 2. the torque bench east of the roller door
    m.prop("torque_station", 23, 3)
    m.prop("parts_shelf", 25, 3)
    # 3. the robot cell between fences, in the north-east
    for y in (3, 4, 5):
        m.prop("fence_v", 29, y)
        m.prop("fence_v", 33, y)
    m.prop("robot_cell", 30, 3)
    m.prop("sign_danger", 31, 2)
    m.prop("agv", 35, 4)
    m.prop("module_rack", 36, 3)
    # 4. the high-voltage bay (south-east) behind barriers, entered at one gap
    hatch_zone(m, 30, 15, 38, 22)
    for x in range(30, 39):
        if x not in (32, 33):
            m.prop("barrier_h", x, 14)
    for y in range(15, 23):
        m.prop("barrier_v", 29, y)
    m.prop("hv_pack", 33, 16)
    m.prop("hv_pack", 36, 16)
    m.prop("switchboard", 36, 19)
    m.prop("extinguisher", 38, 22)
    m.prop("sign_hv", 36, 2)
    # entrance: PPE and a plant
    m.prop("sign_ppe_stand", 6, 14)
    m.prop("extinguisher", 1, 21)
    m.prop("plant", 8, 21)
    m.prop("forklift", 1, 12)
    m.prop("pallet", 4, 11)
    # central block of parts racks inside the aisle loop
    for x in (13, 15, 17):
        m.prop("parts_shelf", x, 11)
        m.prop("parts_shelf", x, 16)
    m.prop("pallet", 20, 11)
    m.prop("crate", 20, 16)
    m.prop("agv", 23, 13)
    m.prop("tyres", 23, 17)
    m.prop("tyres", 24, 17)
    # goods by the south wall
    for x in (13, 15, 17):
        m.prop("conveyor_box" if x == 15 else "conveyor", x, 22)
    m.prop("shelf", 22, 21)

    m.stations = {
        "takt": (5, 5, 2, 2),
        "couple": (23, 5, 2, 2),
        "robot": (30, 6, 2, 2),
        "securite-ve": (33, 18, 2, 2),
    }
    m.spawn = (4, 21)
    return m


# --- the food plant -----------------------------------------------------------------------------


def agro(tiles: dict[str, int]) -> Layout:
    """The food plant (potatoes and vegetables): the hygiene airlock by the entrance, the line
    from field crates to the blancher, the cleaning-in-place tanks, the quality corner and
    the bagging machine, around a block of packaging stock."""
    m = Layout(40, 24, tiles, prop_sizes(tiles))
    rnd = random.Random(852)
    walls_and_floor(m, range(3, 6), rnd, windows=[9, 14, 28, 33, 37], pipes=(18, 19),
                    roller=22)
    ring = (rect_cells(10, 8, 27, 9) | rect_cells(10, 19, 27, 20) | rect_cells(10, 8, 11, 20)
            | rect_cells(26, 8, 27, 20))
    walkway(m, ring)
    # 1. the hygiene airlock by the entrance: lockers, coats, hand-wash basins
    hatch_zone(m, 1, 12, 8, 18)
    m.prop("clean_locker", 1, 12)
    m.prop("gowning_bench", 1, 16)
    m.prop("hand_wash", 5, 12)
    m.prop("hand_wash", 6, 12)
    m.prop("sign_ppe_stand", 7, 12)
    m.prop("extinguisher", 1, 21)
    m.prop("plant_white", 8, 21)
    # 2. the line: field crates, washer conveyor, the blancher tank, conveyor on
    for x in (1, 2, 3):
        m.prop("potato_crate", x, 4)
    for x in (4, 5, 6, 7):
        m.prop("conveyor", x, 4)
    m.prop("steel_tank", 8, 3)
    for x in (10, 11, 12, 13):
        m.prop("conveyor_box" if x == 12 else "conveyor", x, 4)
    m.prop("sign_hygiene", 5, 2)
    m.prop("sign_hygiene", 12, 2)
    # 3. cleaning in place: tanks and their control cabinet
    m.prop("steel_tank", 15, 3)
    m.prop("steel_tank", 17, 3)
    m.prop("switchboard", 19, 3)
    hatch_zone(m, 21, 3, 24, 5)           # keep the roller door clear
    # 4. the bagging machine and its outfeed
    m.prop("bagging_machine", 29, 3)
    for x in (31, 32, 33, 34):
        m.prop("conveyor_box" if x in (32, 34) else "conveyor", x, 4)
    m.prop("pallet", 36, 3)
    m.prop("maint_cart", 37, 6)
    # 5. the quality corner: bench, parts and a plant
    m.prop("workbench_tools", 33, 11)
    m.prop("parts_shelf", 36, 11)
    m.prop("plant_white", 32, 11)
    m.prop("sign_ppe", 30, 2)
    # central block of packaging stock inside the aisle loop
    for x in (13, 15, 17):
        m.prop("shelf", x, 11)
        m.prop("shelf", x, 15)
    m.prop("pallet", 20, 11)
    m.prop("pallet", 20, 15)
    m.prop("crate", 23, 12)
    m.prop("forklift", 22, 15)
    # goods out by the south-east
    m.prop("pallet", 31, 19)
    m.prop("pallet", 34, 19)
    m.prop("crate", 37, 20)

    m.stations = {
        "hygiene": (3, 14, 2, 2),
        "ligne": (8, 5, 2, 2),
        "nep": (16, 5, 2, 2),
        "emballage": (29, 5, 2, 2),
        "haccp": (33, 13, 2, 2),
    }
    m.spawn = (4, 21)
    return m


# --- checks and output ----------------------------------------------------------------------


def check(m: Layout, solid_names: set[str]) -> dict[str, int]:
    """Every station on walkable floor and reachable from the spawn; returns path lengths."""
    def blocked(x: int, y: int) -> bool:
        if not (0 <= x < m.width and 0 <= y < m.height):
            return True
        if m.layers["floor"][y][x] is None:
            return True
        return any(m.layers[layer][y][x] in solid_names for layer in ("walls", "props"))

    sx, sy = m.spawn
    if blocked(sx, sy):
        raise MapError(f"spawn tile {m.spawn} is not walkable")
    dist = {(sx, sy): 0}
    queue = deque([(sx, sy)])
    while queue:
        x, y = queue.popleft()
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            n = (x + dx, y + dy)
            if n not in dist and not blocked(*n):
                dist[n] = dist[(x, y)] + 1
                queue.append(n)
    lengths = {}
    for sid, (x, y, w, h) in m.stations.items():
        cells = [(x + dx, y + dy) for dx in range(w) for dy in range(h)]
        bad = [c for c in cells if blocked(*c)]
        if bad:
            raise MapError(f"station {sid!r} stands on blocked tiles {bad}")
        unreached = [c for c in cells if c not in dist]
        if unreached:
            raise MapError(f"station {sid!r} cannot be reached from the spawn: {unreached}")
        lengths[sid] = min(dist[c] for c in cells)
    return lengths


def write_tmx(m: Layout, path: Path, tileset_rel: str, title: str) -> None:
    firstgid = 1
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<map version="1.10" tiledversion="1.10.2" orientation="orthogonal" '
        f'renderorder="right-down" width="{m.width}" height="{m.height}" tilewidth="{TS}" '
        f'tileheight="{TS}" infinite="0" nextlayerid="6" '
        f'nextobjectid="{len(m.stations) + 2}">',
        " <properties>",
        f'  <property name="title" value="{title}"/>',
        " </properties>",
        f' <tileset firstgid="{firstgid}" source="{tileset_rel}"/>',
    ]
    for lid, name in enumerate(("floor", "walls", "props"), start=1):
        grid = m.layers[name]
        rows = []
        for y, row in enumerate(grid):
            gids = [str(m.tiles[t] + firstgid) if t else "0" for t in row]
            rows.append(",".join(gids) + ("," if y < m.height - 1 else ""))
        out.append(f' <layer id="{lid}" name="{name}" width="{m.width}" height="{m.height}">')
        out.append('  <data encoding="csv">')
        out.extend(rows)
        out.append("</data>")
        out.append(" </layer>")
    out.append(' <objectgroup id="4" name="stations">')
    oid = 1
    for sid, (x, y, w, h) in m.stations.items():
        out.append(f'  <object id="{oid}" name="{sid}" type="station" x="{x * TS}" '
                   f'y="{y * TS}" width="{w * TS}" height="{h * TS}"/>')
        oid += 1
    out.append(" </objectgroup>")
    out.append(' <objectgroup id="5" name="markers">')
    sx, sy = m.spawn
    out.append(f'  <object id="{oid}" name="spawn" type="spawn" x="{sx * TS + TS // 2}" '
               f'y="{sy * TS + TS // 2}">')
    out.append("   <point/>")
    out.append("  </object>")
    out.append(" </objectgroup>")
    out.append("</map>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def verify_with_pytmx(path: Path) -> None:
    import pytmx

    tmx = pytmx.TiledMap(str(path))
    names = [layer.name for layer in tmx.layers]
    print(f"  pytmx: {tmx.width}x{tmx.height} tiles of {tmx.tilewidth}px, layers {names}")
    for obj in tmx.get_layer_by_name("stations"):
        print(f"    station {obj.name:<12} x={obj.x:.0f} y={obj.y:.0f} "
              f"w={obj.width:.0f} h={obj.height:.0f}")
    spawn = tmx.get_object_by_name("spawn")
    print(f"    spawn at ({spawn.x:.0f}, {spawn.y:.0f})")


MAPS = [
    # map file, layout, tileset, title (already escaped for XML)
    ("soudure", soudure, "factory", "Soudure &amp; chaudronnerie"),
    ("maintenance", maintenance, "maintenance", "Maintenance industrielle"),
    ("batteries", batteries, "batteries", "Ligne de batteries (gigafactory)"),
    ("automobile", automobile, "automobile", "Assemblage automobile électrique"),
    ("agro", agro, "agro", "Agroalimentaire"),
]


def main() -> int:
    for stem, layout, tileset, title in MAPS:
        tsx = LEVELS / "tilesets" / f"{tileset}.tsx"
        if not tsx.exists():
            print(f"missing {tsx}: run python tools/gen_art.py --only tiles first",
                  file=sys.stderr)
            return 1
        tiles, solid_ids = read_tileset(tsx)
        solid_names = {n for n, i in tiles.items() if i in solid_ids}
        try:
            m = layout(tiles)
            lengths = check(m, solid_names)
        except MapError as err:
            print(f"make_maps: {stem}.tmx: {err}", file=sys.stderr)
            return 1
        path = LEVELS / f"{stem}.tmx"
        write_tmx(m, path, f"tilesets/{tileset}.tsx", title)
        print(f"[make_maps] wrote {path.relative_to(ROOT)}; steps from spawn: {lengths}")
        verify_with_pytmx(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
