"""Render a Tiled map to a PNG with pytmx and pygame (for looking at it; output in out/).

Usage: python tools/render_map.py [levels/soudure.tmx] [--objects]
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402
import pytmx  # noqa: E402
from pytmx.util_pygame import load_pygame  # noqa: E402

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
    path = Path(args[0]) if args else ROOT / "levels" / "soudure.tmx"
    pygame.display.init()
    pygame.display.set_mode((1, 1))
    surf = render(path, "--objects" in sys.argv)
    out = ROOT / "out" / f"{path.stem}_map.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(surf, str(out))
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
