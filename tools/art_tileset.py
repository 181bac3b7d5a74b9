"""Packs the factory tiles and props into one image and writes the external Tiled tileset.

Multi-tile props keep their shape in the image (a 2x2 locker is a 2x2 block) so authors can
select and stamp them whole in Tiled. Tile names are `<prop>_<col>_<row>` for prop pieces.
"""
from __future__ import annotations

from collections.abc import Callable
from xml.sax.saxutils import quoteattr

import art_props as P
import art_tiles as A
import pygame
from artlib import AGRO, AUTO, ROOT, T, dark, light, mix

TS = 64
COLUMNS = 8

Item = tuple[str, int, int, Callable[[], pygame.Surface], bool]  # name, w, h, draw, solid


def base_items() -> list[Item]:
    """Floors, safety markings and walls, drawn in the current palette (art_tiles.palette)."""
    out: list[Item] = []

    def one(name: str, fn: Callable[[], pygame.Surface], solid: bool) -> None:
        out.append((name, 1, 1, fn, solid))

    for v in "abc":
        one(f"floor_{v}", lambda v=v: A.floor_tile(v), False)
    for s in ("n", "w", "e", "nw", "ne"):
        one(f"floor_shade_{s}", lambda s=s: A.floor_shade_tile(s), False)
    one("door_mat", A.door_mat_tile, False)
    for s in ("n", "e", "s", "w", "ne", "nw", "se", "sw"):
        one(f"hatch_{s}", lambda s=s: A.hatch_tile(s), False)
    for s in ("n", "e", "s", "w", "ne", "nw", "se", "sw", "ns", "ew"):
        one(f"walk_{s}", lambda s=s: A.walk_tile(s), False)
    for c in ("ne", "nw", "se", "sw"):
        one(f"walk_in_{c}", lambda c=c: A.walk_tile("", c), False)
    one("wall_cap", lambda: A.cap_tile(""), True)
    for s in ("n", "e", "s", "w", "ne", "nw", "se", "sw"):
        one(f"wall_cap_{s}", lambda s=s: A.cap_tile(s), True)
    for c in ("ne", "nw", "se", "sw"):
        one(f"wall_cap_in_{c}", lambda c=c: A.cap_tile("", c), True)
    one("wall_upper", lambda: A.front_upper_tile(False), True)
    one("wall_upper_window", lambda: A.front_upper_tile(True), True)
    one("wall_lower", lambda: A.front_lower_tile(False), True)
    one("wall_lower_pipe", lambda: A.front_lower_tile(True), True)
    out.append(("roller_door", 2, 2, A.roller_door, True))
    return out


def items() -> list[Item]:
    """The factory tileset (welding hall): base tiles and every factory prop."""
    out = base_items()
    for name, (w, h, _fn) in P.PROPS.items():
        out.append((name, w, h, lambda name=name: P.draw_prop(name), True))
    return out


# Factory props that the other worlds reuse as they are.
SHARED = ("extinguisher", "plant", "crate", "pallet", "barrier_h", "barrier_v", "sign_danger",
          "sign_danger_stand", "sign_ppe", "sign_ppe_stand", "shelf")

MAINT_PAL = A.Pal(
    floor=mix(T.floor, T.maintenance, 0.10), seam=mix(T.floor_dark, T.maintenance, 0.14),
    speckles=26, wall=mix(T.wall, T.maintenance, 0.12),
    front=mix(T.wall, T.maintenance, 0.12), front_rib=light(mix(T.wall, T.maintenance, 0.12), 0.1),
    front_groove=dark(mix(T.wall, T.maintenance, 0.12), 0.35), band=T.maintenance,
    mat=dark(T.wall, 0.2))

_BATT_WALL = mix(T.white, T.floor, 0.3)
BATT_PAL = A.Pal(
    floor=mix(T.white, T.floor, 0.5), seam=mix(T.floor, T.battery, 0.12), speckles=5,
    wall=mix(T.floor, T.muted, 0.35), cap=mix(T.wall, T.battery, 0.22),
    cap_rim=light(mix(T.wall, T.battery, 0.22), 0.35), front=_BATT_WALL,
    front_rib=T.white, front_groove=mix(T.floor_dark, T.battery, 0.1),
    skirt=mix(T.battery, T.wall, 0.35), wall_style="panels", band=T.battery,
    mat=mix(T.battery, T.wall, 0.45), mat_stripe=mix(T.battery, T.wall, 0.2))


_AUTO_WALL = mix(T.wall, AUTO, 0.18)
AUTO_PAL = A.Pal(
    floor=mix(T.floor, AUTO, 0.08), seam=mix(T.floor_dark, AUTO, 0.12), speckles=14,
    wall=_AUTO_WALL, front=_AUTO_WALL, front_rib=light(_AUTO_WALL, 0.1),
    front_groove=dark(_AUTO_WALL, 0.35), band=AUTO, mat=dark(T.wall, 0.2))

_AGRO_WALL = mix(T.white, T.floor, 0.25)
AGRO_PAL = A.Pal(
    floor=mix(T.white, mix(T.floor, AGRO, 0.1), 0.45), seam=mix(T.floor, AGRO, 0.15), speckles=4,
    wall=mix(T.floor, T.muted, 0.3), cap=mix(T.wall, AGRO, 0.25),
    cap_rim=light(mix(T.wall, AGRO, 0.25), 0.35), front=_AGRO_WALL, front_rib=T.white,
    front_groove=mix(T.floor_dark, AGRO, 0.1), skirt=mix(AGRO, T.wall, 0.35),
    wall_style="panels", band=AGRO, mat=mix(AGRO, T.wall, 0.45), mat_stripe=mix(AGRO, T.wall, 0.2))

WORLDS = ("maintenance", "batteries", "automobile", "agro")


def world_items(world: str) -> list[Item]:
    """A world's own tileset: its floors and walls, the shared props, its props."""
    import art_props_lines as PL
    import art_props_worlds as PW
    pal = {"maintenance": MAINT_PAL, "batteries": BATT_PAL, "automobile": AUTO_PAL,
           "agro": AGRO_PAL}[world]
    props = {"maintenance": PW.MAINT_PROPS, "batteries": PW.BATT_PROPS,
             "automobile": PL.AUTO_PROPS, "agro": PL.AGRO_PROPS}[world]
    floors = {"maintenance": [], "batteries": PW.BATT_FLOORS, "automobile": [],
              "agro": []}[world]
    others = {name: (w, h, fn) for name, w, h, fn in PW.MAINT_PROPS + PW.BATT_PROPS}
    props = props + [(n, *others[n]) for n in PL.BORROWED.get(world, ())]

    def in_pal(fn: Callable[[], pygame.Surface]) -> Callable[[], pygame.Surface]:
        def draw() -> pygame.Surface:
            with A.palette(pal):
                return fn()
        return draw

    out = [(n, w, h, in_pal(fn), solid) for n, w, h, fn, solid in base_items()]
    out += [(n, 1, 1, fn, False) for n, fn in floors]
    own = {name for name, _w, _h, _fn in props}
    for name in SHARED:
        if name not in own:
            w, h, _fn = P.PROPS[name]
            out.append((name, w, h, lambda name=name: P.draw_prop(name), True))
    out += [(name, w, h, fn, True) for name, w, h, fn in props]
    return out


def pack(entries: list[Item]) -> list[tuple[Item, int, int]]:
    """First-fit placement on a grid COLUMNS wide, in the given order."""
    used: set[tuple[int, int]] = set()
    placed = []
    for it in entries:
        _name, w, h, _fn, _solid = it
        row = 0
        while True:
            spot = next((c for c in range(COLUMNS - w + 1)
                         if all((c + dx, row + dy) not in used
                                for dx in range(w) for dy in range(h))), None)
            if spot is not None:
                break
            row += 1
        for dx in range(w):
            for dy in range(h):
                used.add((spot + dx, row + dy))
        placed.append((it, spot, row))
    return placed


def write(name: str, entries: list[Item]) -> dict[str, int]:
    """Draw and save levels/tilesets/<name>.png and .tsx; return tile name -> local id."""
    placed = pack(entries)
    rows = max(r + it[2] for it, _c, r in placed)
    sheet = pygame.Surface((COLUMNS * TS, rows * TS), pygame.SRCALPHA)
    names: dict[str, tuple[int, bool]] = {}
    for (tname, w, h, fn, solid), col, row in placed:
        img = fn()
        assert img.get_size() == (w * TS, h * TS), tname
        sheet.blit(img, (col * TS, row * TS))
        for dx in range(w):
            for dy in range(h):
                tile_name = tname if w == h == 1 else f"{tname}_{dx}_{dy}"
                assert tile_name not in names, tile_name
                names[tile_name] = ((row + dy) * COLUMNS + col + dx, solid)
    out_dir = ROOT / "levels" / "tilesets"
    out_dir.mkdir(parents=True, exist_ok=True)
    pygame.image.save(sheet, str(out_dir / f"{name}.png"))
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<tileset version="1.10" tiledversion="1.10.2" name="{name}" tilewidth="{TS}" '
        f'tileheight="{TS}" tilecount="{COLUMNS * rows}" columns="{COLUMNS}">',
        f' <image source="{name}.png" width="{COLUMNS * TS}" height="{rows * TS}"/>',
    ]
    for tile_name, (tid, solid) in sorted(names.items(), key=lambda kv: kv[1][0]):
        lines.append(f' <tile id="{tid}">')
        lines.append("  <properties>")
        lines.append(f"   <property name=\"name\" value={quoteattr(tile_name)}/>")
        if solid:
            lines.append('   <property name="solid" type="bool" value="true"/>')
        lines.append("  </properties>")
        lines.append(" </tile>")
    lines.append("</tileset>")
    (out_dir / f"{name}.tsx").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {n: tid for n, (tid, _s) in names.items()}


def build() -> dict[str, int]:
    """The factory tileset (factory.png and factory.tsx) used by the welding hall."""
    return write("factory", items())


def build_worlds() -> dict[str, dict[str, int]]:
    """The maintenance, batteries, car-assembly and food tilesets."""
    return {w: write(w, world_items(w)) for w in WORLDS}
