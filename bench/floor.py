"""Benchmark: the floor's frame on 32×32, 128×128 and 256×256 maps, against pyscroll.

    python bench/floor.py [--frames 600] [--before]

Generates each map (the factory tileset: a floor layer, walls around, props scattered),
then, in a fresh interpreter per map and renderer so that each peak RSS is its own,
scrolls a 1920×1080 view across the map (a diagonal walk at the avatar's speed, back and
forth) and times each frame's floor drawing: the game's chunked renderer
(game/world/render.py) and pyscroll's BufferedRenderer on the same map and path.
``--before`` also times the former renderer (the whole floor pre-rendered into one
surface) on the 32 and 128 maps (on 256 it needs a 1 GiB surface).
The last stdout line is one JSON object: ``{"maps": {"32": {"frame_ms", "pyscroll_frame_ms",
"ratio", "peak_rss_mib", ...}, ...}}``.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from game import use_headless_drivers

use_headless_drivers()

SIZES = (32, 128, 256)
VIEW = (1920, 1080)
STEP_PX = 340 / 60  # the avatar's speed (game/world/walker.py), one frame at 60 fps
TILESET = ROOT / "levels" / "tilesets"


def tile_ids() -> tuple[list[int], int, list[int]]:
    """Floor tiles, a wall tile and prop tiles of the factory tileset (as gids)."""
    import xml.etree.ElementTree as ET

    names: dict[str, int] = {}
    for tile in ET.parse(TILESET / "factory.tsx").getroot().iter("tile"):
        for prop in tile.iter("property"):
            if prop.get("name") == "name":
                names[prop.get("value", "")] = int(tile.get("id", "0")) + 1
    floors = [names[n] for n in ("floor_a", "floor_b", "floor_c")]
    props = [g for n, g in names.items() if n.endswith("_0_0")]
    return floors, names["wall_upper"], props


def make_map(folder: Path, side: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    floors, wall, props = tile_ids()
    floor = [[rng.choice(floors) for _ in range(side)] for _ in range(side)]
    walls = [[wall if y == 0 or x in (0, side - 1) else 0 for x in range(side)]
             for y in range(side)]
    stuff = [[rng.choice(props) if rng.random() < 0.08 and 0 < y < side - 1 else 0
              for x in range(side)] for y in range(side)]

    def csv(grid: list[list[int]]) -> str:
        return ",\n".join(",".join(str(g) for g in row) for row in grid)

    layers = "".join(f""" <layer id="{i + 1}" name="{name}" width="{side}" height="{side}">
  <data encoding="csv">
{csv(grid)}
</data>
 </layer>
""" for i, (name, grid) in enumerate((("floor", floor), ("walls", walls), ("props", stuff))))
    path = folder / f"floor{side}.tmx"
    path.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<map version="1.10" orientation="orthogonal" renderorder="right-down" width="{side}" \
height="{side}" tilewidth="64" tileheight="64" infinite="0">
 <tileset firstgid="1" source="factory.tsx"/>
{layers}</map>
""", encoding="utf-8")
    return path


def path_points(map_px: tuple[int, int], frames: int) -> list[tuple[float, float]]:
    """The view's centre each frame: a diagonal walk, turning back at the map's edges."""
    w, h = map_px
    x, y, dx, dy = VIEW[0] / 2, VIEW[1] / 2, STEP_PX, STEP_PX * 0.6
    out = []
    for _ in range(frames):
        out.append((x, y))
        if not VIEW[0] / 2 <= x + dx <= max(VIEW[0] / 2, w - VIEW[0] / 2):
            dx = -dx
        if not VIEW[1] / 2 <= y + dy <= max(VIEW[1] / 2, h - VIEW[1] / 2):
            dy = -dy
        x, y = x + dx, y + dy
    return out


def drawers(kind: str, tmx_path: Path, screen: Any) -> tuple[Any, tuple[int, int]]:
    """A function drawing the floor for a view centred on (x, y), and the map's size."""
    import pygame

    if kind == "pyscroll":
        import pyscroll
        from pytmx.util_pygame import load_pygame

        data = pyscroll.data.TiledMapData(load_pygame(str(tmx_path)))
        renderer = pyscroll.BufferedRenderer(data, VIEW)

        def scroll(cx: float, cy: float) -> None:
            renderer.center((cx, cy))
            renderer.draw(screen, screen.get_rect())

        return scroll, (data.map_size[0] * data.tile_size[0], data.map_size[1] * data.tile_size[1])
    from game.world.render import Camera, FloorRenderer, load_drawable

    info = load_drawable(tmx_path)
    camera = Camera(info.pixel_size, pygame.Rect(0, 0, *VIEW))
    if kind == "game":
        floor = FloorRenderer(info)

        def ours(cx: float, cy: float) -> None:
            camera.follow(cx, cy)
            floor.draw(screen, camera.visible_area())

        return ours, info.pixel_size
    whole = pygame.Surface(info.pixel_size)  # "whole": the former renderer, one big surface
    whole.fill((60, 70, 90))
    for layer in info.tmx.visible_layers:  # type: ignore[union-attr]
        for x, y, image in layer.tiles():
            whole.blit(image, (x * 64, (y + 1) * 64 - image.get_height()))
    whole = whole.convert()

    def former(cx: float, cy: float) -> None:
        camera.follow(cx, cy)
        area = camera.visible_area()
        screen.blit(whole, (max(0, -area.x), max(0, -area.y)), area.clip(whole.get_rect()))

    return former, info.pixel_size


def worker(kinds: list[str], tmx_path: Path, frames: int) -> dict[str, Any]:
    """Each renderer's median frame, frames interleaved so the machine's noise is shared;
    with one renderer, its peak RSS (that process holds only it)."""
    import pygame

    pygame.display.init()
    screen = pygame.display.set_mode(VIEW)
    made = [drawers(kind, tmx_path, screen) for kind in kinds]
    times: list[list[float]] = [[] for _ in kinds]
    for cx, cy in path_points(made[0][1], frames):
        for (draw, _size), bucket in zip(made, times, strict=False):
            t0 = time.perf_counter()
            draw(cx, cy)
            bucket.append(time.perf_counter() - t0)
    out: dict[str, Any] = {}
    for kind, bucket in zip(kinds, times, strict=False):
        warm = bucket[30:] or bucket
        out[kind] = {"frame_ms": round(statistics.median(warm) * 1000, 3),
                     "p99_ms": round(sorted(warm)[int(0.99 * (len(warm) - 1))] * 1000, 3)}
    out["peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return out


def run_worker(kind: str, path: Path, frames: int) -> dict[str, Any]:
    done = subprocess.run([sys.executable, __file__, "--worker", kind, str(path),
                           "--frames", str(frames)], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main(argv: list[str]) -> dict[str, Any]:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--frames", type=int, default=600)
    p.add_argument("--before", action="store_true", help="also the former whole-floor renderer")
    p.add_argument("--worker", nargs=2, metavar=("KINDS", "MAP"), help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.worker:
        return worker(args.worker[0].split(","), Path(args.worker[1]), args.frames)
    maps: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name in ("factory.tsx", "factory.png"):
            shutil.copy(TILESET / name, folder / name)
        for side in SIZES:
            path = make_map(folder, side)
            kinds = ["game", "pyscroll"] + (["whole"] if args.before and side <= 128 else [])
            timed = run_worker(",".join(kinds), path, args.frames)
            ours, theirs = timed["game"], timed["pyscroll"]
            entry = {"frame_ms": ours["frame_ms"], "pyscroll_frame_ms": theirs["frame_ms"],
                     "ratio": round(ours["frame_ms"] / theirs["frame_ms"], 2),
                     "p99_ms": ours["p99_ms"], "pyscroll_p99_ms": theirs["p99_ms"],
                     "peak_rss_mib": run_worker("game", path, args.frames)["peak_rss_mib"],
                     "pyscroll_peak_rss_mib":
                         run_worker("pyscroll", path, args.frames)["peak_rss_mib"]}
            if "whole" in kinds:
                entry.update(before_frame_ms=timed["whole"]["frame_ms"],
                             before_peak_rss_mib=run_worker("whole", path, args.frames)
                             ["peak_rss_mib"])
            maps[str(side)] = entry
            print(side, entry, file=sys.stderr)
    return {"maps": maps}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1:])))
