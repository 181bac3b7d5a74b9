"""Screenshots as a player with a colour-vision deficiency sees them.

    python tools/colorblind.py [SCREENSHOT_DIR] [--out DIR] [--scale 0.5]

Reads every PNG in the folder (default: screenshots/, written by tools/screenshots.py) and writes
NAME.deuteranopia.png, NAME.protanopia.png and NAME.tritanopia.png beside it (or in --out), with
the Machado 2009 model of game.ui.cvd. Look at them: right and wrong, a gauge's zones and the
sort bins must still be told apart (by shape or label when colours merge).
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pygame

from game.ui.cvd import KINDS, Color, simulate


def convert(image: pygame.Surface, kind: str) -> pygame.Surface:
    out = image.copy()
    memo: dict[Color, Color] = {}
    with pygame.PixelArray(out) as pixels:
        w, h = out.get_size()
        for x in range(w):
            column = pixels[x]
            for y in range(h):
                c = out.unmap_rgb(column[y])
                key = (c.r, c.g, c.b)
                sim = memo.get(key)
                if sim is None:
                    sim = memo[key] = simulate(key, kind)
                column[y] = sim
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=Path("screenshots"))
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--scale", type=float, default=0.5, help="shrink first (faster)")
    args = parser.parse_args(argv)
    pygame.display.init()
    pygame.display.set_mode((1, 1))
    out_dir = args.out or args.folder
    out_dir.mkdir(parents=True, exist_ok=True)
    made = 0
    for path in sorted(args.folder.glob("*.png")):
        if any(path.stem.endswith("." + k) for k in KINDS):
            continue
        image = pygame.image.load(str(path)).convert()
        if args.scale != 1.0:
            w, h = image.get_size()
            image = pygame.transform.smoothscale(image, (int(w * args.scale), int(h * args.scale)))
        for kind in KINDS:
            pygame.image.save(convert(image, kind), str(out_dir / f"{path.stem}.{kind}.png"))
            made += 1
    print(f"{made} images in {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
