"""Render a Tiled map to a PNG with pytmx and pygame (for looking at it; output in out/).

Usage: python tools/render_map.py [MAP ...] [--objects] [--all]

MAP is a path to a .tmx or a map name under levels/ (soudure, maintenance, batteries);
--all renders every levels/*.tmx. Output: out/<name>_map.png.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame
import pytmx
from pytmx.util_pygame import load_pygame

ROOT = Path(__file__).resolve().parent.parent


def render(path: Path, objects: bool) -> pygame.Surface:
    tmx = load_pygame(str(path))
    surf = pygame.Surface((tmx.width * tmx.tilewidth, tmx.height * tmx.tileheight))
    for layer in tmx.visible_layers:
        if isinstance(layer, pytmx.TiledTileLayer):
            for x, y, img in layer.tiles():
                surf.blit(img, (x * tmx.tilewidth, y * tmx.tileheight))
    if objects:
        for group in tmx.objectgroups:
            for obj in group:
                if obj.width and obj.height:
                    pygame.draw.rect(surf, (47, 111, 235), (obj.x, obj.y, obj.width, obj.height), 3)
                else:
                    pygame.draw.circle(surf, (229, 72, 77), (obj.x, obj.y), 10, 3)
    return surf


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if "--all" in sys.argv:
        paths = sorted((ROOT / "levels").glob("*.tmx"))
    else:
        paths = [resolve(a) for a in args] or [ROOT / "levels" / "soudure.tmx"]
    pygame.display.init()
    pygame.display.set_mode((1, 1))
    for path in paths:
        surf = render(path, "--objects" in sys.argv)
        out = ROOT / "out" / f"{path.stem}_map.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        pygame.image.save(surf, str(out))
        print(out)
    return 0


def resolve(arg: str) -> Path:
    """A map given as a path, or as a bare name under levels/ (with or without .tmx)."""
    path = Path(arg)
    if path.exists():
        return path
    name = arg if arg.endswith(".tmx") else f"{arg}.tmx"
    return ROOT / "levels" / name


if __name__ == "__main__":
    raise SystemExit(main())
