"""Factory props drawn in 3/4 top-down view (top face lighter, front face, soft floor shadow).

Each function returns one image whose size is a whole number of 64 px tiles; the tileset
packer cuts it into tiles. Light comes from the top left.
"""
from __future__ import annotations

import math
import random
from itertools import pairwise

import pygame
from art_tiles import stripes
from artlib import (
    GLASS,
    LEAF,
    LEAF_DARK,
    STEEL,
    STEEL_DARK,
    STEEL_LIGHT,
    WOOD,
    WOOD_LIGHT,
    Canvas,
    T,
    dark,
    light,
    mix,
    rgba,
)

TS = 64
LOCKER = mix(T.primary, T.wall, 0.45)
FRAME_BLUE = mix(T.primary, T.ink, 0.35)
CURTAIN = T.welding
CURTAIN_DARK = dark(T.welding, 0.25)
CARDBOARD = mix(WOOD_LIGHT, T.welding, 0.15)


def floor_shadow(cv: Canvas, x: float, y: float, w: float, h: float, r: float = 8,
                 alpha: int = 80) -> None:
    """A soft contact shadow on the floor, a little down and right of the footprint."""
    with cv.layer(alpha=alpha, blur=4, offset=(3, 4)):
        cv.rect(T.ink, x, y, w, h, r=r)


def box(cv: Canvas, x: float, y: float, w: float, h: float, depth: float, top: tuple[int, ...],
        front: tuple[int, ...], r: float = 4) -> None:
    """A 3/4 box: top face (depth px) over front face (h px), with a lit edge between."""
    cv.rect(dark(front, 0.25), x, y + depth, w, h, r=r)
    cv.rect(front, x, y + depth, w, h - 3, r=r)
    cv.rect(top, x, y, w, depth + r, r=r)
    cv.rect(light(top, 0.35), x + r, y + depth + r - 2, w - 2 * r, 2)


def cylinder(cv: Canvas, x: float, y: float, w: float, h: float, body: tuple[int, ...],
             shoulder: tuple[int, ...]) -> None:
    """An upright gas cylinder: domed shoulder, body with a highlight, valve and cap."""
    cv.rect(dark(body, 0.2), x, y + w * 0.4, w, h - w * 0.4, r=w * 0.3)
    cv.rect(body, x, y + w * 0.4, w - 3, h - w * 0.4 - 2, r=w * 0.3)
    cv.ellipse(shoulder, x, y, w, w * 0.95)
    cv.rect(shoulder, x, y + w * 0.45, w, w * 0.45)
    cv.rect(rgba(T.white, 110), x + 4, y + w * 0.5, 3, h - w * 0.9, r=1.5)
    cv.ellipse(rgba(T.white, 90), x + 4, y + 3, w * 0.35, w * 0.22)
    cv.rect(STEEL_DARK, x + w / 2 - 4, y - 9, 8, 11, r=2)
    cv.rect(mix(T.safety, T.welding, 0.3), x + w / 2 - 6, y - 12, 12, 4, r=2)


# --- station props --------------------------------------------------------------------------


def ppe_locker() -> pygame.Surface:
    cv = Canvas(128, 128)
    floor_shadow(cv, 8, 100, 112, 22)
    box(cv, 8, 18, 112, 100, 12, light(LOCKER, 0.3), LOCKER)
    for dx in (14, 66):
        cv.rect(light(LOCKER, 0.1), dx, 36, 48, 74, r=3)
        for i in range(4):
            cv.rect(dark(LOCKER, 0.35), dx + 12, 42 + i * 5, 24, 2.4, r=1.2)
    cv.rect(dark(LOCKER, 0.45), 63, 36, 2, 74)
    cv.rect(STEEL_LIGHT, 55, 70, 4, 14, r=2)
    cv.rect(STEEL_LIGHT, 70, 70, 4, 14, r=2)
    # PPE-mandatory plate on the left door, a welding glove badge on the right
    cv.rect(T.white, 26, 66, 24, 24, r=4)
    cv.circle(T.primary, 38, 78, 10)
    helmet_pictogram(cv, 38, 78, 10, T.white)
    cv.rect(T.white, 78, 66, 24, 24, r=4)
    cv.circle(T.primary, 90, 78, 10)
    glove_pictogram(cv, 90, 78, 10, T.white)
    cv.rect(dark(LOCKER, 0.5), 10, 112, 108, 5, r=2)
    # a hard hat resting on top
    cv.ellipse(dark(T.safety, 0.2), 24, 22, 34, 10)
    cv.pie(T.safety, 41, 27, 13, 12, 180, 360)
    cv.rect(light(T.safety, 0.45), 33, 18, 3, 6, r=1.5)
    cv.rect(T.safety, 22, 25, 38, 4, r=2)
    return cv.image()


def helmet_pictogram(cv: Canvas, cx: float, cy: float, r: float, col: tuple[int, ...]) -> None:
    """Head and shoulders wearing a hard hat (ISO 7010 style, simplified)."""
    cv.circle(col, cx, cy - r * 0.05, r * 0.28)
    cv.pie(col, cx, cy - r * 0.22, r * 0.42, r * 0.38, 180, 360)
    cv.rect(col, cx - r * 0.55, cy - r * 0.25, r * 1.1, r * 0.12)
    cv.rect(col, cx - r * 0.55, cy + r * 0.32, r * 1.1, r * 0.45, r=r * 0.25)


def glove_pictogram(cv: Canvas, cx: float, cy: float, r: float, col: tuple[int, ...]) -> None:
    s = r / 10
    for i, h in enumerate((7, 8.5, 8, 6.5)):
        cv.rect(col, cx - 4.6 * s + i * 2.5 * s, cy - h * s + 1 * s, 2.1 * s, h * s, r=1 * s)
    cv.rect(col, cx - 4.8 * s, cy - 1 * s, 10 * s, 7 * s, r=2 * s)
    cv.line(col, (cx - 4 * s, cy + 1 * s), (cx - 7 * s, cy - 3 * s), 2.2 * s)


def grinder_bench() -> pygame.Surface:
    cv = Canvas(128, 128)
    floor_shadow(cv, 6, 104, 116, 18)
    cab = mix(T.wall, T.muted, 0.35)
    box(cv, 6, 50, 116, 64, 18, STEEL_LIGHT, cab)
    for dy in (76, 94):
        cv.rect(light(cab, 0.12), 14, dy, 44, 14, r=3)
        cv.rect(STEEL_LIGHT, 28, dy + 5, 16, 3.5, r=1.7)
    cv.rect(dark(cab, 0.3), 70, 74, 44, 36, r=3)
    cv.rect(light(cab, 0.12), 72, 76, 40, 32, r=3)
    cv.rect(STEEL_LIGHT, 76, 90, 3.5, 10, r=1.7)
    # bench grinder: motor with two wheels under guards
    cv.ellipse(rgba(T.ink, 60), 22, 58, 78, 10)
    cv.rect(dark(T.primary, 0.25), 46, 34, 34, 28, r=9)
    cv.rect(light(T.primary, 0.25), 50, 37, 22, 5, r=2.5)
    for wx in (30, 80):
        cv.rect(STEEL_DARK, wx, 30, 18, 32, r=7)
        cv.rect(mix(T.muted, T.paper, 0.3), wx + 3, 40, 12, 22, r=5)
        cv.rect(rgba(GLASS, 150), wx - 1, 22, 20, 9, r=3)
    cv.rect(dark(T.ink, 0), 56, 59, 14, 6, r=2)
    # sparks from the right wheel
    for ang, ln in ((70, 15), (85, 20), (100, 13), (60, 10)):
        a = math.radians(ang)
        x0, y0 = 89 + math.cos(a) * 3, 63
        end = (x0 + math.cos(a) * ln, y0 + math.sin(a) * ln * 0.4)
        cv.line(light(T.welding, 0.2), (x0, y0), end, 1.6)
    # vice on the right end, bevelled plates on the left
    cv.rect(STEEL_DARK, 100, 46, 18, 14, r=3)
    cv.rect(dark(STEEL_DARK, 0.3), 106, 42, 6, 6, r=1)
    cv.line(STEEL_LIGHT, (96, 62), (120, 62), 3)
    cv.poly(STEEL_LIGHT, [(10, 58), (26, 52), (32, 55), (16, 61)])
    cv.poly(STEEL, [(10, 62), (26, 56), (26, 59), (10, 65)])
    return cv.image()


def plate_rack() -> pygame.Surface:
    cv = Canvas(128, 128)
    floor_shadow(cv, 6, 100, 116, 22)
    # base frame and uprights
    cv.rect(FRAME_BLUE, 8, 104, 112, 12, r=3)
    cv.rect(light(FRAME_BLUE, 0.2), 8, 100, 112, 6, r=3)
    plates = [(20, 16, 18), (36, 22, 14), (52, 12, 10), (70, 26, 6), (86, 18, 2)]
    for i, (x, top, lean) in enumerate(plates):
        w = 26
        col = mix(STEEL_LIGHT, STEEL, i * 0.2)
        cv.poly(dark(col, 0.3), [(x + lean, top), (x + lean + w, top),
                                 (x + w, 104), (x, 104)])
        cv.poly(col, [(x + lean + 2, top + 2), (x + lean + w - 1, top + 2),
                      (x + w - 3, 102), (x, 102)])
        cv.line(rgba(T.white, 140), (x + lean + 6, top + 6), (x + 5, 98), 2)
    for ux in (10, 112):
        cv.rect(FRAME_BLUE, ux, 26, 8, 84, r=3)
        cv.rect(light(FRAME_BLUE, 0.25), ux + 1, 27, 3, 80, r=1.5)
        cv.rect(T.safety, ux - 1, 20, 10, 8, r=3)
    cv.rect(FRAME_BLUE, 10, 60, 110, 5, r=2)
    return cv.image()


def plan_table() -> pygame.Surface:
    cv = Canvas(128, 128)
    floor_shadow(cv, 10, 102, 108, 20)
    # legs and foot rail
    cv.rect(T.wall, 22, 76, 8, 42, r=3)
    cv.rect(T.wall, 98, 76, 8, 42, r=3)
    cv.rect(dark(T.wall, 0.2), 22, 104, 84, 5, r=2)
    # slanted board: seen from above it shows nearly its whole face
    cv.poly(dark(WOOD_LIGHT, 0.25), [(10, 30), (118, 30), (122, 86), (6, 86)])
    cv.poly(WOOD_LIGHT, [(12, 28), (116, 28), (120, 82), (8, 82)])
    paper = mix(T.primary, T.ink, 0.25)
    cv.poly(paper, [(20, 33), (108, 33), (111, 76), (17, 76)])
    ln = light(T.primary, 0.8)
    # drawing: a bracket outline, its dimension lines and a weld symbol
    cv.polyline(ln, [(28, 66), (28, 42), (40, 42), (40, 58), (62, 58), (62, 66), (28, 66)], 1.6)
    cv.line(ln, (28, 71), (62, 71), 1)
    cv.line(ln, (68, 42), (68, 66), 1)
    cv.line(ln, (74, 50), (96, 50), 1.6)
    cv.poly(ln, [(80, 50), (86, 50), (80, 44)])
    cv.line(ln, (74, 50), (64, 59), 1.6)
    cv.poly(ln, [(62, 61), (66, 55), (68, 59)])
    cv.rect(light(T.primary, 0.5), 84, 62, 20, 10, r=1)
    cv.rect(paper, 86, 64, 16, 6)
    cv.rect(T.safety, 89, 66, 10, 2)
    # ruler and pencil on the ledge
    cv.rect(T.white, 18, 80, 44, 5, r=1.5)
    cv.line(T.welding, (74, 82), (96, 80), 3)
    # desk lamp clamped at the top right
    cv.line(STEEL_DARK, (112, 30), (104, 12), 3)
    cv.line(STEEL_DARK, (104, 12), (86, 16), 3)
    cv.pie(T.safety, 86, 20, 11, 9, 180, 360)
    cv.rect(dark(T.safety, 0.2), 75, 19, 22, 3, r=1.5)
    return cv.image()


def inspection_table() -> pygame.Surface:
    cv = Canvas(128, 128)
    floor_shadow(cv, 6, 102, 116, 20)
    leg = T.wall
    for lx in (12, 108):
        cv.rect(leg, lx, 74, 8, 44, r=3)
    box(cv, 6, 46, 116, 28, 26, T.paper, mix(T.muted, T.wall, 0.3))
    cv.rect(light(T.success, 0.0), 10, 92, 108, 3, r=1.5)
    # welded test piece (a T-joint) under the lamp
    cv.rect(STEEL, 36, 56, 40, 12, r=2)
    cv.rect(STEEL_LIGHT, 36, 54, 40, 4, r=2)
    cv.rect(STEEL_LIGHT, 52, 44, 8, 14, r=1)
    cv.rect(mix(STEEL, T.welding, 0.15), 48, 54, 16, 4, r=2)
    # clipboard with a checklist
    cv.rect(dark(WOOD_LIGHT, 0.2), 84, 44, 26, 30, r=3)
    cv.rect(T.white, 87, 48, 20, 24, r=2)
    cv.rect(STEEL_DARK, 92, 42, 10, 5, r=2)
    for i in range(3):
        cv.polyline(T.success, [(89, 54 + i * 6), (91, 56 + i * 6), (94, 52 + i * 6)], 1.4)
        cv.rect(T.muted, 96, 53.5 + i * 6, 9, 1.5)
    # magnifier lamp: clamp at the back left, two arms, ring head with a lens
    cv.rect(STEEL_DARK, 14, 36, 10, 14, r=2)
    cv.line(T.white, (19, 38), (30, 8), 3.5)
    cv.line(T.white, (30, 8), (52, 22), 3.5)
    cv.circle(STEEL_DARK, 30, 8, 3)
    with cv.layer(alpha=70, blur=5):
        cv.ellipse_c(light(T.safety, 0.5), 56, 58, 22, 10)
    cv.ellipse_c(T.white, 56, 30, 17, 12)
    cv.ellipse_c(STEEL, 56, 31, 15, 10)
    cv.ellipse_c(GLASS, 56, 31, 11, 7)
    cv.ellipse_c(rgba(T.white, 180), 52, 29, 4, 2)
    return cv.image()


def welding_table() -> pygame.Surface:
    cv = Canvas(128, 128)
    floor_shadow(cv, 8, 100, 112, 22)
    legc = STEEL_DARK
    for lx in (14, 106):
        cv.rect(legc, lx, 80, 9, 38, r=2)
    cv.rect(legc, 14, 106, 100, 5, r=2)
    top = mix(STEEL, T.wall, 0.15)
    box(cv, 8, 28, 112, 22, 54, light(top, 0.15), top)
    for row in range(4):
        for col in range(8):
            cv.circle(dark(top, 0.35), 18 + col * 13, 36 + row * 12, 2.2)
    for col in range(8):
        cv.circle(dark(top, 0.45), 18 + col * 13, 92, 2.2)
    # two plates butted together with a finished bead
    cv.rect(dark(STEEL_LIGHT, 0.15), 26, 46, 38, 28, r=1.5)
    cv.rect(STEEL_LIGHT, 26, 44, 38, 28, r=1.5)
    cv.rect(dark(STEEL_LIGHT, 0.15), 66, 46, 38, 28, r=1.5)
    cv.rect(STEEL_LIGHT, 66, 44, 38, 28, r=1.5)
    cv.rect(mix(STEEL, T.ink, 0.1), 62, 44, 6, 28, r=3)
    for i in range(7):
        cv.arc(light(STEEL, 0.3), 65, 47 + i * 4, 3, 2, 200, 340, 0.8)
    # C-clamps
    for cx in (34, 96):
        cv.rect(T.welding, cx - 5, 38, 10, 22, r=3)
        cv.rect(dark(T.welding, 0.3), cx - 2, 36, 4, 6, r=1)
        cv.line(T.ink, (cx - 8, 62), (cx + 8, 62), 2.5)
    # earth clamp and cable
    cv.polyline(T.ink, [(110, 60), (116, 76), (122, 110)], 3)
    cv.rect(T.error, 104, 54, 10, 8, r=2)
    return cv.image()


def welding_booth() -> pygame.Surface:
    W = H = 3 * TS
    cv = Canvas(W, H)
    floor_shadow(cv, 4, 160, 184, 28, alpha=70)
    # booth floor (a darker mat) and back wall
    cv.rect(mix(T.floor_dark, T.wall, 0.25), 10, 70, 172, 112, r=4)
    back = mix(T.muted, T.wall, 0.45)
    box(cv, 6, 6, 180, 64, 10, light(back, 0.2), back)
    for x in range(14, 186, 16):
        cv.rect(dark(back, 0.2), x, 18, 1.5, 52)
    # fume hood and duct
    cv.rect(STEEL_DARK, 86, 0, 20, 20, r=3)
    cv.poly(STEEL, [(74, 24), (118, 24), (128, 46), (64, 46)])
    cv.rect(dark(STEEL, 0.3), 64, 44, 64, 4, r=2)
    # welding table inside
    cv.rect(STEEL_DARK, 62, 110, 6, 48, r=2)
    cv.rect(STEEL_DARK, 124, 110, 6, 48, r=2)
    box(cv, 56, 88, 80, 14, 20, light(STEEL, 0.1), mix(STEEL, T.wall, 0.2))
    cv.rect(STEEL_LIGHT, 70, 92, 22, 14, r=1)
    cv.rect(STEEL_LIGHT, 96, 92, 22, 14, r=1)
    cv.rect(STEEL, 92, 92, 4, 14, r=2)
    cv.line(T.ink, (112, 100), (126, 118), 3)           # torch lying on the table
    cv.line(T.ink, (126, 118), (150, 150), 2.5)
    # side screens (seen from the top-front) and the front curtain, drawn aside
    for sx in (6, 172):
        cv.rect(CURTAIN_DARK, sx, 14, 14, 170, r=3)
        cv.rect(CURTAIN, sx + 2, 14, 10, 166, r=3)
        cv.rect(light(CURTAIN, 0.3), sx + 3, 16, 3, 160, r=1.5)
    cv.rect(STEEL_DARK, 4, 62, 184, 7, r=3)              # front rail
    for part in ((20, 70), (124, 172)):
        x0, x1 = part
        with cv.layer(alpha=235):
            cv.rect(CURTAIN, x0, 66, x1 - x0, 112, r=2)
            n = (x1 - x0) // 10
            for i in range(n):
                cv.rect(CURTAIN_DARK, x0 + 6 + i * 10, 68, 2.5, 108)
                cv.rect(light(CURTAIN, 0.25), x0 + 2 + i * 10, 68, 2, 108)
        cv.rect(dark(CURTAIN, 0.35), x0, 174, x1 - x0, 4, r=2)
    for px in (2, 182):
        cv.rect(STEEL_DARK, px, 8, 8, 178, r=3)
        cv.rect(STEEL, px + 1, 10, 3, 172, r=1.5)
    # warning sign on the back wall
    danger_sign(cv, 40, 36, 11)
    return cv.image()


def danger_sign(cv: Canvas, cx: float, cy: float, r: float) -> None:
    """A yellow warning triangle with an ink border and exclamation mark (ISO 7010 W001)."""
    def tri(rr: float) -> list[tuple[float, float]]:
        return [(cx, cy - rr), (cx + rr * 1.05, cy + rr * 0.8), (cx - rr * 1.05, cy + rr * 0.8)]
    cv.poly(T.ink, tri(r * 1.12))
    cv.poly(T.safety, tri(r * 0.82))
    cv.rect(T.ink, cx - r * 0.1, cy - r * 0.35, r * 0.2, r * 0.65, r=r * 0.08)
    cv.circle(T.ink, cx, cy + r * 0.48, r * 0.12)


def ppe_sign(cv: Canvas, cx: float, cy: float, r: float) -> None:
    """A blue mandatory sign (ISO 7010 M014 style: wear head protection)."""
    cv.circle(T.white, cx, cy, r * 1.12)
    cv.circle(T.primary, cx, cy, r)
    helmet_pictogram(cv, cx, cy, r, T.white)


# --- other props ----------------------------------------------------------------------------


def gas_cylinders() -> pygame.Surface:
    cv = Canvas(64, 128)
    floor_shadow(cv, 4, 104, 56, 18, r=9)
    cv.rect(T.wall, 4, 40, 56, 8, r=3)                       # wall bracket behind
    cv.rect(dark(T.wall, 0.2), 6, 100, 52, 14, r=3)           # stand
    cylinder(cv, 6, 30, 24, 82, STEEL_LIGHT, T.success)
    cylinder(cv, 34, 26, 24, 86, STEEL_LIGHT, dark(T.success, 0.35))
    # safety chain across both
    for i in range(12):
        x = 5 + i * 4.6
        cv.ellipse_ring(mix(T.safety, T.ink, 0.35), x, 62 + math.sin(i / 11 * math.pi) * 4, 3.2,
                        2.1, 1.1)
    return cv.image()


def fume_arm() -> pygame.Surface:
    cv = Canvas(64, 128)
    floor_shadow(cv, 18, 110, 28, 12, r=6)
    cv.rect(T.wall, 26, 40, 12, 78, r=4)                     # column
    cv.rect(light(T.wall, 0.2), 28, 42, 3, 72, r=1.5)
    cv.rect(dark(T.wall, 0.2), 18, 112, 28, 8, r=3)
    pts = [(32, 40), (50, 14), (14, 26), (16, 58)]
    cv.polyline(dark(T.safety, 0.2), pts, 10)
    cv.polyline(T.safety, pts, 8)
    for (x0, y0), (x1, y1) in pairwise(pts):
        for k in range(1, 6):
            t = k / 6
            x, y = x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
            d = math.hypot(x1 - x0, y1 - y0)
            nx, ny = -(y1 - y0) / d * 4, (x1 - x0) / d * 4
            cv.line(dark(T.safety, 0.3), (x - nx, y - ny), (x + nx, y + ny), 1.2)
    for jx, jy in pts[1:3]:
        cv.circle(STEEL_DARK, jx, jy, 5)
    cv.poly(STEEL_DARK, [(10, 56), (22, 56), (28, 72), (4, 72)])          # hood
    cv.ellipse_c(dark(T.ink, 0), 16, 72, 12, 3)
    return cv.image()


def pallet() -> pygame.Surface:
    cv = Canvas(128, 128)
    floor_shadow(cv, 8, 96, 112, 26)
    # pallet: top deck and front blocks
    cv.rect(WOOD, 8, 90, 112, 20, r=2)
    for bx in (10, 56, 102):
        cv.rect(WOOD_LIGHT, bx, 100, 16, 12, r=2)
    cv.rect(WOOD_LIGHT, 8, 90, 112, 8, r=2)
    for i in range(7):
        cv.rect(dark(WOOD_LIGHT, 0.12), 8 + i * 16, 90, 1.5, 8)
    # a cardboard box, a stack of flat bars, brackets
    box(cv, 14, 40, 46, 42, 14, light(CARDBOARD, 0.3), CARDBOARD)
    cv.rect(light(CARDBOARD, 0.5), 33, 40, 8, 14)
    cv.rect(T.white, 20, 64, 18, 10, r=2)
    for i in range(5):
        y = 80 - i * 8
        box(cv, 66, y, 50, 6, 3, STEEL_LIGHT, mix(STEEL, T.wall, 0.1 * i), r=1.5)
    cv.polyline(STEEL_DARK, [(70, 38), (70, 28), (88, 28)], 5, cap=False)
    cv.polyline(STEEL, [(94, 36), (94, 24), (110, 24)], 5, cap=False)
    return cv.image()


def shelf() -> pygame.Surface:
    """Pallet racking: blue uprights, orange beams, two loaded levels."""
    cv = Canvas(128, 128)
    floor_shadow(cv, 6, 104, 116, 18)
    for lvl, y in ((0, 20), (1, 76)):
        for i, bx in enumerate((14, 44, 78)):
            if lvl == 0 and i == 1:
                for k in range(4):
                    cv.rect(mix(STEEL, T.wall, k * 0.12), 40, y + 28 - k * 7, 44, 8, r=4)
                    cv.circle(STEEL_DARK, 44, y + 32 - k * 7, 2.5)
                continue
            w = 30 if i < 2 else 36
            box(cv, bx, y + 6, w, 26, 10, light(CARDBOARD, 0.3), CARDBOARD)
            cv.rect(light(CARDBOARD, 0.5), bx + w / 2 - 3, y + 6, 6, 10)
    for y in (52, 108):
        cv.rect(T.welding, 8, y, 112, 8, r=2)
        cv.rect(light(T.welding, 0.3), 8, y, 112, 2.5, r=1)
    for ux in (6, 116):
        cv.rect(FRAME_BLUE, ux, 8, 8, 112, r=2)
        for k in range(8):
            cv.circle(light(FRAME_BLUE, 0.35), ux + 4, 14 + k * 13, 1.3)
    return cv.image()


def crate() -> pygame.Surface:
    cv = Canvas(64, 64)
    floor_shadow(cv, 8, 44, 48, 14)
    box(cv, 8, 10, 48, 46, 12, light(WOOD_LIGHT, 0.25), WOOD_LIGHT)
    for y in (30, 42):
        cv.rect(dark(WOOD_LIGHT, 0.2), 8, y, 48, 1.5)
    cv.line(dark(WOOD_LIGHT, 0.15), (12, 50), (52, 26), 3)
    cv.rect(dark(WOOD_LIGHT, 0.25), 8, 22, 4, 34)
    cv.rect(dark(WOOD_LIGHT, 0.25), 52, 22, 4, 34)
    return cv.image()


def barrier(vertical: bool) -> pygame.Surface:
    """Yellow and black safety barrier; horizontal pieces join left-right, vertical up-down."""
    cv = Canvas(64, 64)
    if not vertical:
        floor_shadow(cv, 0, 46, 64, 8, r=4)
        for px in (16, 48):
            cv.rect(STEEL_DARK, px - 3, 24, 6, 30, r=2)
            cv.ellipse(dark(STEEL_DARK, 0.2), px - 7, 50, 14, 6)
        cv.rect(T.ink, 0, 22, 64, 12)
        stripes(cv, 0, 23, 64, 10, period=16)
        cv.rect(rgba(T.white, 90), 0, 23, 64, 2)
    else:
        floor_shadow(cv, 24, 0, 16, 64, r=4)
        cv.rect(T.ink, 26, 0, 12, 64)
        stripes(cv, 27, 0, 10, 64, period=16)
        cv.rect(rgba(T.white, 90), 27, 0, 2, 64)
        for py in (14, 46):
            cv.rect(STEEL_DARK, 27, py, 10, 12, r=3)
    return cv.image()


def welding_screen() -> pygame.Surface:
    """A mobile orange welding screen; side by side they make a continuous wall."""
    cv = Canvas(64, 128)
    floor_shadow(cv, 0, 112, 64, 10, r=4)
    with cv.layer(alpha=235):
        cv.rect(CURTAIN, 2, 20, 60, 90)
        for i in range(6):
            cv.rect(CURTAIN_DARK, 8 + i * 10, 22, 2.5, 86)
            cv.rect(light(CURTAIN, 0.25), 4 + i * 10, 22, 2, 86)
    cv.rect(STEEL_DARK, 0, 14, 64, 7, r=3)
    for px in (2, 58):
        cv.rect(STEEL_DARK, px, 14, 5, 104, r=2)
    for fx in (4, 60):
        cv.rect(T.ink, fx - 8, 114, 16, 5, r=2.5)
        cv.circle(T.ink, fx - 6, 120, 3)
        cv.circle(T.ink, fx + 6, 120, 3)
    return cv.image()


def extinguisher() -> pygame.Surface:
    cv = Canvas(64, 64)
    floor_shadow(cv, 18, 50, 28, 10, r=5)
    cv.rect(T.error, 22, 16, 20, 44, r=9)
    cv.rect(dark(T.error, 0.25), 36, 20, 6, 38, r=3)
    cv.rect(rgba(T.white, 120), 25, 22, 3, 28, r=1.5)
    cv.rect(T.white, 22, 32, 20, 11)
    cv.rect(T.error, 28, 35, 8, 5, r=1)
    cv.rect(T.ink, 27, 8, 10, 9, r=2)
    cv.line(T.ink, (30, 8), (42, 5), 3)
    cv.polyline(T.ink, [(36, 12), (46, 16), (46, 38)], 2.5)
    cv.rect(T.ink, 43, 37, 6, 8, r=2)
    return cv.image()


def plant() -> pygame.Surface:
    cv = Canvas(64, 64)
    floor_shadow(cv, 16, 50, 32, 10, r=5)
    rnd = random.Random(5)
    leaves = []
    for i in range(9):
        a = math.radians(-160 + i * 17 + rnd.uniform(-6, 6))
        ln = rnd.uniform(18, 25)
        leaves.append((a, ln))
    for k, (a, ln) in enumerate(leaves):
        col = LEAF if k % 2 else LEAF_DARK
        bx, by = 32, 36
        tx, ty = bx + math.cos(a) * ln, by + math.sin(a) * ln
        nx, ny = -math.sin(a) * 5, math.cos(a) * 5
        mx, my = (bx + tx) / 2, (by + ty) / 2
        cv.poly(col, [(bx, by), (mx + nx, my + ny), (tx, ty), (mx - nx, my - ny)])
        cv.line(light(col, 0.3), (bx, by), (mx * 0.5 + tx * 0.5, my * 0.5 + ty * 0.5), 1)
    pot = mix(T.welding, T.paper, 0.35)
    cv.poly(dark(pot, 0.15), [(19, 38), (45, 38), (41, 58), (23, 58)])
    cv.poly(pot, [(19, 38), (42, 38), (38, 58), (23, 58)])
    cv.rect(light(pot, 0.25), 17, 35, 30, 6, r=3)
    return cv.image()


def sign_wall(kind: str) -> pygame.Surface:
    """A sign plate fixed on the wall (place it over a wall front tile)."""
    cv = Canvas(64, 64)
    with cv.layer(alpha=70, blur=2, offset=(1.5, 2)):
        cv.rect(T.ink, 12, 12, 40, 40, r=6)
    cv.rect(T.white, 12, 12, 40, 40, r=6)
    if kind == "ppe":
        cv.circle(T.primary, 32, 32, 16)
        helmet_pictogram(cv, 32, 32, 16, T.white)
    else:
        danger_sign(cv, 32, 34, 14)
    return cv.image()


def sign_stand(kind: str) -> pygame.Surface:
    """A free-standing sign on a post."""
    cv = Canvas(64, 64)
    floor_shadow(cv, 18, 54, 28, 7, r=3)
    cv.rect(STEEL_DARK, 30, 20, 4, 38, r=2)
    cv.ellipse(dark(STEEL_DARK, 0.2), 20, 54, 24, 8)
    if kind == "ppe":
        ppe_sign(cv, 32, 20, 15)
    else:
        danger_sign(cv, 32, 22, 15)
    return cv.image()


PROPS: dict[str, tuple[int, int, object]] = {}


def _register() -> None:
    table = [
        ("ppe_locker", 2, 2, ppe_locker),
        ("grinder_bench", 2, 2, grinder_bench),
        ("plate_rack", 2, 2, plate_rack),
        ("plan_table", 2, 2, plan_table),
        ("inspection_table", 2, 2, inspection_table),
        ("welding_table", 2, 2, welding_table),
        ("welding_booth", 3, 3, welding_booth),
        ("pallet", 2, 2, pallet),
        ("shelf", 2, 2, shelf),
        ("gas_cylinders", 1, 2, gas_cylinders),
        ("fume_arm", 1, 2, fume_arm),
        ("welding_screen", 1, 2, welding_screen),
        ("extinguisher", 1, 1, extinguisher),
        ("plant", 1, 1, plant),
        ("crate", 1, 1, crate),
        ("barrier_h", 1, 1, lambda: barrier(False)),
        ("barrier_v", 1, 1, lambda: barrier(True)),
        ("sign_ppe", 1, 1, lambda: sign_wall("ppe")),
        ("sign_danger", 1, 1, lambda: sign_wall("danger")),
        ("sign_ppe_stand", 1, 1, lambda: sign_stand("ppe")),
        ("sign_danger_stand", 1, 1, lambda: sign_stand("danger")),
    ]
    for name, w, h, fn in table:
        PROPS[name] = (w, h, fn)


_register()


def draw_prop(name: str) -> pygame.Surface:
    w, h, fn = PROPS[name]
    img = fn()  # type: ignore[operator]
    assert isinstance(img, pygame.Surface) and img.get_size() == (w * TS, h * TS), name
    return img
