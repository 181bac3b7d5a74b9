"""Packs the factory tiles and props into one image and writes the external Tiled tileset.

Multi-tile props keep their shape in the image (a 2x2 locker is a 2x2 block) so authors can
select and stamp them whole in Tiled. Tile names are `<prop>_<col>_<row>` for prop pieces.
"""
from __future__ import annotations

from collections.abc import Callable
from xml.sax.saxutils import quoteattr

import pygame

import art_props as P
import art_tiles as A
from artlib import ROOT

TS = 64
COLUMNS = 8

Item = tuple[str, int, int, Callable[[], pygame.Surface], bool]  # name, w, h, draw, solid


def items() -> list[Item]:
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
    for name, (w, h, _fn) in P.PROPS.items():
        out.append((name, w, h, lambda name=name: P.draw_prop(name), True))
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


def build() -> dict[str, int]:
    """Draw and save factory.png and factory.tsx; return tile name -> local id."""
    placed = pack(items())
    rows = max(r + it[2] for it, _c, r in placed)
    sheet = pygame.Surface((COLUMNS * TS, rows * TS), pygame.SRCALPHA)
    names: dict[str, tuple[int, bool]] = {}
    for (name, w, h, fn, solid), col, row in placed:
        img = fn()
        assert img.get_size() == (w * TS, h * TS), name
        sheet.blit(img, (col * TS, row * TS))
        for dx in range(w):
            for dy in range(h):
                tile_name = name if w == h == 1 else f"{name}_{dx}_{dy}"
                names[tile_name] = ((row + dy) * COLUMNS + col + dx, solid)
    out_dir = ROOT / "levels" / "tilesets"
    out_dir.mkdir(parents=True, exist_ok=True)
    pygame.image.save(sheet, str(out_dir / "factory.png"))
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<tileset version="1.10" tiledversion="1.10.2" name="factory" tilewidth="{TS}" '
        f'tileheight="{TS}" tilecount="{COLUMNS * rows}" columns="{COLUMNS}">',
        f' <image source="factory.png" width="{COLUMNS * TS}" height="{rows * TS}"/>',
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
    (out_dir / "factory.tsx").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {n: tid for n, (tid, _s) in names.items()}
