"""What each spot of a generated picture covers, taken from the shapes it is drawn with.

A picture builder in `art_spots.py` wraps the drawing of each spot's object in
``shapes.of(spot_id)``. Then:

- ``shapes.outlines()`` gives each recorded object a convex outline (standing ``MARGIN`` px
  off the drawn pixels), which goes into the sidecar `<picture>.hotspots.yaml` and, through
  :func:`sync_scenarios`, into the scenarios' spot tasks as ``outline:``: a tap anywhere on
  the object counts, not only inside the circle;
- ``shapes.save_labels(rel_png, order)`` writes `<picture>.objects.png`, where the pixels of
  the k-th spot of ``order`` have red = k + 1: tests/tasks/test_spot_cover.py checks every
  scenario's hit areas against it.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pygame
from artlib import ROOT, Canvas, Draw

Pt = tuple[float, float]

MARGIN = 5.0  # px: the outline stands this far off the drawn object (rounding, antialiasing)
BRIDGE = 14.0  # px: gaps up to twice this between parts of one object are filled
COVERED = 48  # alpha out of 255: a pixel at least this much covered belongs to the object
SIMPLIFY = 2.0  # px: outline corners closer than this to a straight line are dropped


class Shapes:
    """The shapes drawn for each spot of one canvas."""

    def __init__(self, cv: Canvas) -> None:
        self.cv = cv
        self._draws: dict[str, list[Draw]] = {}
        self._masks: dict[str, pygame.mask.Mask] | None = None

    @contextmanager
    def of(self, spot_id: str) -> Iterator[None]:
        """Whatever is drawn inside belongs to the spot ``spot_id`` (blocks add up)."""
        with self.cv.recording() as record:
            yield
        self._draws.setdefault(spot_id, []).extend(record)
        self._masks = None

    def masks(self) -> dict[str, pygame.mask.Mask]:
        """Each spot's visible pixels at the picture's own size (spots drawn later hide
        what they cover of earlier ones)."""
        if self._masks is None:
            cv = self.cv
            big = pygame.Surface((cv.w * cv.ss, cv.h * cv.ss), pygame.SRCALPHA)
            self._masks = {}
            for spot_id, draws in self._draws.items():
                big.fill((0, 0, 0, 0))
                for draw in draws:
                    draw(big, (255, 255, 255, 255))
                small = pygame.transform.smoothscale(big, (cv.w, cv.h))
                self._masks[spot_id] = pygame.mask.from_surface(small, COVERED)
            later = list(self._masks.values())
            for n, mask in enumerate(later):  # what a later object hides is not seen
                for above in later[n + 1:]:
                    mask.erase(above, (0, 0))
        return self._masks

    def outlines(self) -> dict[str, list[tuple[int, int]]]:
        """Each spot's outline (see :func:`outline_of`)."""
        return {spot_id: outline_of(mask) for spot_id, mask in self.masks().items()}

    def save_labels(self, rel_png: str, order: Sequence[str]) -> Path:
        """`<picture>.objects.png`: spot ``order[k]``'s pixels have red k + 1, the rest 0
        (later spots drawn over earlier ones, as in the picture)."""
        masks = self.masks()
        out = pygame.Surface((self.cv.w, self.cv.h))
        out.fill((0, 0, 0))
        for k, spot_id in enumerate(order):
            if spot_id in masks:
                masks[spot_id].to_surface(out, setcolor=(k + 1, 0, 0), unsetcolor=None)
        path = ROOT / rel_png.replace(".png", ".objects.png")
        pygame.image.save(out, str(path))
        return path


def outline_of(mask: pygame.mask.Mask) -> list[tuple[int, int]]:
    """The outline of a mask's pixels: gaps narrower than ``2 × BRIDGE`` closed, standing
    ``MARGIN`` px off the object, with few corners, in whole pixels. Parts that stay apart
    once the gaps are closed get one convex outline around them all."""
    if not mask.count():
        return []
    w, h = mask.get_size()

    def inside(x: float, y: float) -> tuple[int, int]:  # the picture's own pixels, 0…w × 0…h
        return min(max(round(x), 0), w), min(max(round(y), 0), h)

    grown = _dilated(mask, BRIDGE + MARGIN)
    closed = _dilated(_inverted(grown), BRIDGE)  # the outside, grown back by BRIDGE
    shape = _inverted(closed)
    parts = shape.connected_components()
    if len(parts) == 1:
        outline = [(x + 0.5, y + 0.5) for x, y in parts[0].outline()]
        outline = _simplified(outline, SIMPLIFY)
        # grow each corner outwards a little: simplifying cut the curve by up to SIMPLIFY
        cx, cy = parts[0].centroid()
        out = []
        for x, y in outline:
            d = math.hypot(x - cx, y - cy) or 1.0
            out.append(inside(x + (x - cx) / d * SIMPLIFY, y + (y - cy) / d * SIMPLIFY))
        return out
    points = [(x + 0.5, y + 0.5) for part in parts for x, y in part.outline()]
    return [inside(x, y) for x, y in convex_hull(points)]


def _disc(r: float) -> pygame.mask.Mask:
    n = 2 * math.ceil(r) + 1
    disc = pygame.mask.Mask((n, n))
    c = n // 2
    for y in range(n):
        for x in range(n):
            if math.hypot(x - c, y - c) <= r:
                disc.set_at((x, y))
    return disc


def _dilated(mask: pygame.mask.Mask, r: float) -> pygame.mask.Mask:
    disc = _disc(r)
    c = disc.get_size()[0] // 2
    return mask.convolve(disc, pygame.mask.Mask(mask.get_size()), (-c, -c))


def _inverted(mask: pygame.mask.Mask) -> pygame.mask.Mask:
    out = mask.copy()
    out.invert()
    return out


def convex_hull(points: Sequence[Pt]) -> list[Pt]:
    """Andrew's monotone chain."""
    pts = sorted(set(points))
    if len(pts) < 3:
        return list(pts)

    def cross(o: Pt, a: Pt, b: Pt) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[Pt] = []
    upper: list[Pt] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def _simplified(ring: list[Pt], tol: float) -> list[Pt]:
    """Douglas–Peucker on a closed outline: the corners that matter to ``tol`` px."""
    if len(ring) < 4:
        return ring
    far = max(range(len(ring)), key=lambda i: math.dist(ring[0], ring[i]))
    return (_dp(ring[: far + 1], tol)[:-1] + _dp([*ring[far:], ring[0]], tol)[:-1])


def _dp(line: list[Pt], tol: float) -> list[Pt]:
    a, b = line[0], line[-1]
    chord = math.dist(a, b)
    best, at = 0.0, 0
    for i in range(1, len(line) - 1):
        p = line[i]
        off = (abs((b[0] - a[0]) * (a[1] - p[1]) - (a[0] - p[0]) * (b[1] - a[1])) / chord
               if chord else math.dist(a, p))
        if off > best:
            best, at = off, i
    if best <= tol:
        return [a, b]
    return _dp(line[: at + 1], tol)[:-1] + _dp(line[at:], tol)


# --- the scenarios' copies -----------------------------------------------------------------

_IMAGE = re.compile(r"^\s*image:\s*['\"]?([^'\"\s#]+)")
_ID = re.compile(r"^\s*-\s*id:\s*['\"]?([\w-]+)")
_RADIUS = re.compile(r"^(\s*)radius:")
_KEY = re.compile(r"^(\s*)outline:")


def outline_yaml(indent: str, outline: Sequence[tuple[int, int]], width: int = 96) -> list[str]:
    """``outline: [[x, y], …]`` as flow YAML lines no wider than ``width``."""
    lines, line = [], f"{indent}outline: ["
    for i, (x, y) in enumerate(outline):
        item = f"[{x}, {y}]" + ("]" if i == len(outline) - 1 else ",")
        if len(line) + len(item) + 1 > width:
            lines.append(line.rstrip())
            line = indent + "  "
        line += item + " "
    lines.append(line.rstrip())
    return lines


def sync_scenarios(outlines: dict[str, dict[str, list[tuple[int, int]]]],
                   files: Sequence[Path] | None = None) -> list[Path]:
    """Write each spot area's outline (``outlines[image][area id]``) under its ``radius:``
    line in the scenario files (every YAML under scenarios/ by default), replacing the one
    there; the rest of each file is kept as it is. Returns the files that changed."""
    changed = []
    for path in files if files is not None else sorted((ROOT / "scenarios").rglob("*.yaml")):
        old = path.read_text(encoding="utf-8").splitlines()
        new: list[str] = []
        image: str | None = None
        area: str | None = None
        skip_below: int | None = None  # skipping an old outline's continuation lines
        for line in old:
            indent = len(line) - len(line.lstrip())
            if skip_below is not None:
                if line.strip() and indent > skip_below:
                    continue
                skip_below = None
            if (key := _KEY.match(line)) and image in outlines and area in outlines[image]:
                skip_below = len(key.group(1))
                continue
            new.append(line)
            if m := _IMAGE.match(line):
                image, area = m.group(1), None
            elif m := _ID.match(line):
                area = m.group(1)
            elif (m := _RADIUS.match(line)) and image in outlines and area in outlines[image]:
                new += outline_yaml(m.group(1), outlines[image][area])
        if new != old:
            path.write_text("\n".join(new) + "\n", encoding="utf-8")
            changed.append(path)
    return changed
