"""Generate all of Cap Industrie's art (tileset, sprites, portraits, quiz pictures, icons,
illustrations) from code. Deterministic: run it again and the files come out the same.

Usage: python tools/gen_art.py [--only tiles,avatar,portraits,welding,icons,illustrations,spots]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pygame

GROUPS = ("tiles", "avatar", "portraits", "welding", "icons", "illustrations", "spots")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", default=",".join(GROUPS),
                        help="comma-separated groups: " + ", ".join(GROUPS))
    parser.add_argument("--no-preview", action="store_true", help="skip out/art_preview.png")
    args = parser.parse_args(argv)
    wanted = [g.strip() for g in args.only.split(",") if g.strip()]
    unknown = set(wanted) - set(GROUPS)
    if unknown:
        parser.error(f"unknown group(s): {', '.join(sorted(unknown))}")
    pygame.init()
    for group in wanted:
        print(f"[gen_art] {group}")
        if group == "tiles":
            import art_tileset
            names = art_tileset.build()
            print(f"  factory tileset: {len(names)} named tiles")
            for world, wnames in art_tileset.build_worlds().items():
                print(f"  {world} tileset: {len(wnames)} named tiles")
        elif group == "avatar":
            import art_avatar
            art_avatar.build()
        elif group == "portraits":
            import art_portraits
            art_portraits.build()
        elif group == "welding":
            import art_welding
            art_welding.build()
        elif group == "icons":
            import art_icons
            art_icons.build()
        elif group == "illustrations":
            import art_cards_lines
            import art_scenes
            art_scenes.build()
            art_cards_lines.build()
        elif group == "spots":
            import art_spots
            art_spots.build()
    if not args.no_preview:
        import art_preview
        path = art_preview.build()
        print(f"[gen_art] preview: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
