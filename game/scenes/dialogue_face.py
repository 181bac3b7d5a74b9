"""Her portrait's frames on screen: `<portrait>.frames.yaml` beside the picture lists the
frames (`<portrait>.<frame>.png`, the face's box of the portrait drawn with another
expression). A portrait without it (one an author drew) simply stays still."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pygame
import yaml

if TYPE_CHECKING:
    from game.context import Context

log = logging.getLogger(__name__)
FRAMES_BYTES = 4096  # the frames list is a few lines: anything bigger is not ours


@dataclass(frozen=True)
class FaceFrames:
    """Where a portrait's frames go (``box`` in the portrait's pixels) and their files."""

    box: tuple[int, int, int, int]
    files: dict[str, Path]

    @classmethod
    def beside(cls, portrait: Path) -> FaceFrames | None:
        """The frames listed next to ``portrait``, or None (none, or not readable)."""
        listing = portrait.with_suffix(".frames.yaml")
        try:
            if not listing.is_file() or listing.stat().st_size > FRAMES_BYTES:
                return None
            doc = yaml.safe_load(listing.read_text(encoding="utf-8"))
            x, y, w, h = (int(v) for v in doc["box"])
            names = [str(n) for n in doc["frames"]]
        except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
            log.warning("%s: not used (%s)", listing, exc)
            return None
        files = {n: portrait.with_suffix(f".{n}.png") for n in names}
        return cls((x, y, w, h), {n: f for n, f in files.items() if f.is_file()})

    def draw(self, ctx: Context, surface: pygame.Surface, name: str | None,
             at: pygame.Rect, own_w: int) -> None:
        """Frame ``name`` over the portrait drawn at ``at`` (scaled from ``own_w`` px wide)."""
        path = self.files.get(name) if name is not None else None
        if path is None:
            return
        k = at.w / own_w
        x, y, w, h = self.box
        img = ctx.images.fit(path, (max(1, round(w * k)), max(1, round(h * k))))
        surface.blit(img, (at.x + round(x * k), at.y + round(y * k)))
