"""Factory tileset: floors, safety markings and walls (props live in art_props.py).

Every tile is a function of its name only (fixed seeds), so the tileset is reproducible.
"""
from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pygame
from artlib import Canvas, T, dark, light, mix, rgba

RGB = tuple[int, int, int]

TS = 64
CAP = mix(T.wall, T.ink, 0.55)        # top of a wall, seen from above
CAP_RIM = light(T.wall, 0.3)          # the lit rim where a wall top meets the hall
FRONT = T.wall                        # the face of the north wall
FRONT_RIB = light(T.wall, 0.1)
FRONT_GROOVE = dark(T.wall, 0.35)
SKIRT = dark(T.wall, 0.4)
CONCRETE = T.floor
SEAM = T.floor_dark


@dataclass(frozen=True)
class Pal:
    """The colours and finishes of one world's floor and walls (the factory's by default)."""

    floor: RGB = CONCRETE
    seam: RGB = SEAM
    speckles: int = 34                 # dots per floor tile
    wall: RGB = T.wall                 # base colour of the wall face
    cap: RGB = CAP
    cap_rim: RGB = CAP_RIM
    front: RGB = FRONT
    front_rib: RGB = FRONT_RIB
    front_groove: RGB = FRONT_GROOVE
    skirt: RGB = SKIRT
    wall_style: str = "ribbed"         # ribbed (metal cladding) | panels (smooth clean panels)
    band: RGB | None = None            # an accent stripe along the foot of the wall
    mat: RGB = dark(T.wall, 0.2)       # door mat
    mat_stripe: RGB = light(T.wall, 0.08)


FACTORY = Pal()
_current = [FACTORY]


@contextmanager
def palette(pal: Pal) -> Iterator[None]:
    """Draw the tiles inside with another world's colours."""
    _current.append(pal)
    try:
        yield
    finally:
        _current.pop()


def P() -> Pal:
    return _current[-1]

SIDES = ("n", "e", "s", "w")


# --- floors -------------------------------------------------------------------------------


def concrete(cv: Canvas, seed: int, x0: float = 0, y0: float = 0) -> None:
    """Light grey-blue concrete with faint speckles and seams on the top and left edges."""
    rnd = random.Random(seed)
    CONCRETE, SEAM = P().floor, P().seam
    cv.rect(CONCRETE, x0, y0, TS, TS)
    for _ in range(P().speckles):
        x, y = x0 + rnd.uniform(3, TS - 3), y0 + rnd.uniform(3, TS - 3)
        r = rnd.uniform(0.5, 1.2)
        if rnd.random() < 0.6:
            cv.circle(rgba(SEAM, 150), x, y, r)
        else:
            cv.circle(rgba(light(CONCRETE, 0.6), 200), x, y, r)
    cv.rect(rgba(SEAM, 200), x0, y0, TS, 1.5)
    cv.rect(rgba(SEAM, 200), x0, y0, 1.5, TS)
    cv.rect(rgba(light(CONCRETE, 0.5), 180), x0 + 1.5, y0 + 1.5, TS - 1.5, 1)
    cv.rect(rgba(light(CONCRETE, 0.5), 180), x0 + 1.5, y0 + 1.5, 1, TS - 1.5)


def floor_tile(variant: str) -> pygame.Surface:
    seed = {"a": 11, "b": 23, "c": 37}[variant]
    cv = Canvas(TS, TS)
    concrete(cv, seed)
    rnd = random.Random(seed + 1)
    if variant == "b":  # a few more, finer speckles
        for _ in range(20 * P().speckles // 34):
            cv.circle(rgba(P().seam, 110), rnd.uniform(4, TS - 4), rnd.uniform(4, TS - 4), 0.6)
    if variant == "c":  # a hairline crack
        x, y = 14.0, 50.0
        pts = [(x, y)]
        for _ in range(5):
            x += rnd.uniform(5, 8)
            y -= rnd.uniform(2, 6)
            pts.append((x, y))
        cv.polyline(rgba(P().seam, 190), pts, 1.1)
    return cv.image()


def floor_shade_tile(sides: str) -> pygame.Surface:
    """Concrete darkened softly along the sides that touch a wall (contact shadow)."""
    cv = Canvas(TS, TS)
    concrete(cv, 11)
    with cv.layer(alpha=70, blur=6, clip=lambda: cv.rect(T.white, 0, 0, TS, TS)):
        for s in sides:
            if s == "n":
                cv.rect(T.ink, -10, -10, TS + 20, 18)
            if s == "w":
                cv.rect(T.ink, -10, -10, 16, TS + 20)
            if s == "e":
                cv.rect(T.ink, TS - 6, -10, 16, TS + 20)
    return cv.image()


def door_mat_tile() -> pygame.Surface:
    cv = Canvas(TS, TS)
    concrete(cv, 23)
    cv.rect(P().mat, 4, 6, 56, 52, r=6)
    for i in range(7):
        cv.rect(P().mat_stripe, 10, 11 + i * 6.6, 44, 2.6, r=1.3)
    return cv.image()


def stripes(cv: Canvas, x: float, y: float, w: float, h: float, period: float = 16) -> None:
    """Yellow and ink safety hatching whose phase follows x+y, so neighbouring tiles join."""
    def band() -> None:
        cv.rect(T.white, x, y, w, h)

    with cv.layer(clip=band):
        cv.rect(T.safety, x, y, w, h)
        c = -2 * TS
        while c < 3 * TS:
            y0, y1 = y - 2, y + h + 2
            cv.poly(T.ink, [(c - y0, y0), (c + period / 2 - y0, y0),
                            (c + period / 2 - y1, y1), (c - y1, y1)])
            c += period


def hatch_tile(sides: str) -> pygame.Surface:
    """Floor with a hatched safety band along the given sides (a zone's border)."""
    cv = Canvas(TS, TS)
    concrete(cv, 37)
    b = 14
    for s in sides:
        if s == "n":
            stripes(cv, 0, 0, TS, b)
        if s == "s":
            stripes(cv, 0, TS - b, TS, b)
        if s == "w":
            stripes(cv, 0, 0, b, TS)
        if s == "e":
            stripes(cv, TS - b, 0, b, TS)
    return cv.image()


WALK_W = 5.0
WALK_IN = 4.0


def walk_tile(sides: str, inner: str = "") -> pygame.Surface:
    """Floor with yellow walkway lines along `sides`; `inner` adds inner-corner joins
    (ne, nw, se, sw) where the aisle turns around a corner."""
    cv = Canvas(TS, TS)
    concrete(cv, 11)
    a, b = WALK_IN, WALK_IN + WALK_W
    y_from = a if "n" in sides else 0
    y_to = TS - a if "s" in sides else TS
    x_from = a if "w" in sides else 0
    x_to = TS - a if "e" in sides else TS
    col = T.safety
    if "n" in sides:
        cv.rect(col, x_from, a, x_to - x_from, WALK_W)
    if "s" in sides:
        cv.rect(col, x_from, TS - b, x_to - x_from, WALK_W)
    if "w" in sides:
        cv.rect(col, a, y_from, WALK_W, y_to - y_from)
    if "e" in sides:
        cv.rect(col, TS - b, y_from, WALK_W, y_to - y_from)
    for corner in (inner[i:i + 2] for i in range(0, len(inner), 2)):
        top = "n" in corner
        left = "w" in corner
        xv = a if left else TS - b               # the vertical line coming from the N/S tile
        yh = a if top else TS - b                # the horizontal line coming from the E/W tile
        cv.rect(col, xv, 0 if top else yh, WALK_W, b if top else TS - yh)
        cv.rect(col, 0 if left else xv, yh, b if left else TS - xv, WALK_W)
    return cv.image()


# --- walls --------------------------------------------------------------------------------


def cap_tile(sides: str, inner: str = "") -> pygame.Surface:
    """The top of a wall seen from above, with a lit rim on the sides facing the hall."""
    cv = Canvas(TS, TS)
    cv.rect(P().cap, 0, 0, TS, TS)
    rim = 5
    for s in sides:
        if s == "n":
            cv.rect(P().cap_rim, 0, 0, TS, rim)
        if s == "s":
            cv.rect(P().cap_rim, 0, TS - rim, TS, rim)
        if s == "w":
            cv.rect(P().cap_rim, 0, 0, rim, TS)
        if s == "e":
            cv.rect(P().cap_rim, TS - rim, 0, rim, TS)
    for corner in (inner[i:i + 2] for i in range(0, len(inner), 2)):
        x = 0 if "w" in corner else TS - rim
        y = 0 if "n" in corner else TS - rim
        cv.rect(P().cap_rim, x, y, rim, rim)
    # a faint line of coping, inset from the lit sides
    for s in sides:
        if s in "ns":
            y = rim + 6 if s == "n" else TS - rim - 7
            cv.rect(rgba(light(P().cap, 0.08), 255), 0, y, TS, 1)
        else:
            x = rim + 6 if s == "w" else TS - rim - 7
            cv.rect(rgba(light(P().cap, 0.08), 255), x, 0, 1, TS)
    return cv.image()


def cladding(cv: Canvas, x0: float, y0: float, w: float, h: float) -> None:
    """The wall face: ribbed metal cladding (ribs every 16 px) or smooth clean panels."""
    pal = P()
    cv.rect(pal.front, x0, y0, w, h)
    if pal.wall_style == "panels":
        x = x0
        while x < x0 + w:
            cv.rect(pal.front_groove, x + 31, y0, 2, h)
            cv.rect(pal.front_rib, x + 33, y0, 1.5, h)
            x += 64
        return
    x = x0
    while x < x0 + w:
        cv.rect(pal.front_rib, x + 4, y0, 5, h)
        cv.rect(pal.front_groove, x + 13, y0, 1.5, h)
        x += 16


def front_upper_tile(window: bool) -> pygame.Surface:
    wall = P().wall
    cv = Canvas(TS, TS)
    cladding(cv, 0, 0, TS, TS)
    cv.rect(dark(wall, 0.5), 0, 0, TS, 6)           # shadow under the wall top
    if window:
        cv.rect(dark(wall, 0.45), 6, 12, 52, 44, r=5)
        cv.vgradient(light(T.primary, 0.72), light(T.primary, 0.4), 10, 16, 44, 36,
                     clip=lambda: cv.rect(T.white, 10, 16, 44, 36, r=3))
        with cv.layer(alpha=120, clip=lambda: cv.rect(T.white, 10, 16, 44, 36, r=3)):
            cv.poly(T.white, [(20, 16), (32, 16), (14, 52), (2, 52)])
            cv.poly(T.white, [(38, 16), (42, 16), (24, 52), (20, 52)])
        cv.rect(dark(wall, 0.45), 30.5, 16, 3, 36)
        cv.rect(light(wall, 0.2), 4, 56, 56, 3, r=1.5)   # sill
    return cv.image()


def front_lower_tile(pipe: bool = False) -> pygame.Surface:
    pal = P()
    wall = pal.wall
    cv = Canvas(TS, TS)
    cladding(cv, 0, 0, TS, TS)
    if pipe:
        cv.rect(dark(wall, 0.25), 0, 14, TS, 9, r=0)
        cv.rect(light(wall, 0.25), 0, 15, TS, 2.5)
        cv.rect(mix(wall, T.ink, 0.6), 30, 11, 5, 15, r=1.5)
    if pal.band is not None:
        cv.rect(pal.band, 0, TS - 24, TS, 8)
    cv.rect(pal.skirt, 0, TS - 12, TS, 12)
    cv.rect(light(pal.skirt, 0.12), 0, TS - 12, TS, 2)
    return cv.image()


def roller_door() -> pygame.Surface:
    """A 2x2 roller shutter in the north wall (upper and lower rows)."""
    pal = P()
    wall = pal.wall
    W = H = 2 * TS
    cv = Canvas(W, H)
    cladding(cv, 0, 0, W, H)
    cv.rect(dark(wall, 0.5), 0, 0, W, 6)
    cv.rect(pal.skirt, 0, H - 12, W, 12)
    cv.rect(dark(wall, 0.45), 8, 12, W - 16, H - 12, r=4)           # opening frame
    slat_top = light(T.muted, 0.35)
    cv.rect(slat_top, 14, 18, W - 28, H - 30)
    y = 18.0
    while y < H - 14:
        cv.rect(dark(slat_top, 0.22), 14, y + 5, W - 28, 1.6)
        cv.rect(light(slat_top, 0.4), 14, y + 6.6, W - 28, 1.2)
        y += 7.5
    cv.rect(dark(wall, 0.45), 10, 12, W - 20, 9, r=2)             # roll box
    stripes(cv, 14, H - 22, W - 28, 10, period=12)                  # bottom bar
    cv.rect(T.ink, W - 30, H - 56, 6, 16, r=3)                      # handle
    return cv.image()


TileFn = Callable[[], pygame.Surface]
