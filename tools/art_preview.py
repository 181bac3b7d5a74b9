"""A contact sheet of every generated image (out/art_preview.png, not committed)."""
from __future__ import annotations

from pathlib import Path

import pygame
from artlib import ROOT, T, mix


def build() -> Path:
    files = sorted((ROOT / "levels" / "tilesets").glob("*.png"))
    files += sorted((ROOT / "assets").rglob("*.png"))
    files = [f for f in files if f.exists()]
    cell_h = 220
    width = 2400
    placed = []
    x = y = 16
    row_h = 0
    for f in files:
        img = pygame.image.load(str(f))
        scale = min(cell_h / img.get_height(), 560 / img.get_width(), 1.0)
        if f.parent.name == "tilesets":
            scale = min(1.0, 900 / img.get_height())
        size = (max(1, round(img.get_width() * scale)), max(1, round(img.get_height() * scale)))
        if x + size[0] > width - 16:
            x, y = 16, y + row_h + 16
            row_h = 0
        placed.append((img, size, x, y))
        x += size[0] + 16
        row_h = max(row_h, size[1])
    sheet = pygame.Surface((width, y + row_h + 16))
    sheet.fill(mix(T.paper, T.floor, 0.5))
    for img, size, px, py in placed:
        checker = pygame.Surface(size)
        checker.fill(T.paper)
        for cy in range(0, size[1], 16):
            for cx in range(0, size[0], 16):
                if (cx // 16 + cy // 16) % 2:
                    checker.fill(mix(T.paper, T.floor, 0.6), (cx, cy, 16, 16))
        sheet.blit(checker, (px, py))
        sheet.blit(pygame.transform.smoothscale(img, size), (px, py))
    out = ROOT / "out" / "art_preview.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(sheet, str(out))
    return out
