"""Props of the maintenance workshop and of the battery line, in the factory props' style
(3/4 top-down view, light from the top left, soft floor shadows; sizes in whole 64 px tiles).

MAINT_PROPS and BATT_PROPS list (name, w, h, draw) for the world tilesets in art_tileset.py.
"""
from __future__ import annotations

import math
import random

import pygame
from art_props import box, floor_shadow
from art_tiles import stripes
from artlib import (
    GLASS,
    STEEL,
    STEEL_DARK,
    STEEL_LIGHT,
    WOOD_LIGHT,
    Canvas,
    T,
    dark,
    light,
    mix,
    rgba,
)

TS = 64
TEAL = T.maintenance
TEAL_DARK = dark(T.maintenance, 0.3)
CAB = mix(T.muted, T.floor, 0.45)
VIOLET = T.battery
WHITE_BODY = mix(T.white, T.floor, 0.35)
WHITE_SIDE = mix(T.floor, T.muted, 0.25)


# --- shared pictograms -------------------------------------------------------------------


def bolt(cv: Canvas, cx: float, cy: float, s: float, col: tuple[int, ...]) -> None:
    """A lightning bolt about 2s high."""
    cv.poly(col, [(cx + 0.25 * s, cy - s), (cx - 0.45 * s, cy + 0.1 * s),
                  (cx - 0.02 * s, cy + 0.1 * s), (cx - 0.3 * s, cy + s),
                  (cx + 0.48 * s, cy - 0.22 * s), (cx + 0.05 * s, cy - 0.22 * s),
                  (cx + 0.35 * s, cy - s)])


def hv_sign(cv: Canvas, cx: float, cy: float, r: float) -> None:
    """Yellow warning triangle with a lightning bolt (ISO 7010 W012 style)."""
    def tri(rr: float) -> list[tuple[float, float]]:
        return [(cx, cy - rr), (cx + rr * 1.08, cy + rr * 0.8), (cx - rr * 1.08, cy + rr * 0.8)]
    cv.poly(T.ink, tri(r * 1.14))
    cv.poly(T.safety, tri(r * 0.84))
    bolt(cv, cx, cy + r * 0.14, r * 0.48, T.ink)


def wrench_badge(cv: Canvas, cx: float, cy: float, r: float, col: tuple[int, ...]) -> None:
    """A white spanner on a coloured disc (the maintenance badge)."""
    cv.circle(T.white, cx, cy, r * 1.12)
    cv.circle(col, cx, cy, r)
    a = (cx - r * 0.45, cy + r * 0.45)
    b = (cx + r * 0.3, cy - r * 0.3)
    cv.line(T.white, a, b, r * 0.28)
    cv.circle(T.white, b[0], b[1], r * 0.34)
    cv.poly(col, [(b[0], b[1]), (b[0] + r * 0.5, b[1] - r * 0.12), (b[0] + r * 0.12,
                                                                     b[1] - r * 0.5)])
    cv.circle(T.white, a[0], a[1], r * 0.17)


def padlock(cv: Canvas, cx: float, cy: float, s: float, col: tuple[int, ...]) -> None:
    """A small lockout padlock (body about 2s wide) with its shackle up."""
    cv.ring(STEEL_LIGHT, cx, cy - s * 0.9, s * 0.7, s * 0.3)
    cv.rect(dark(col, 0.25), cx - s, cy - s * 0.6, 2 * s, 2 * s, r=s * 0.35)
    cv.rect(col, cx - s, cy - s * 0.7, 2 * s, 1.8 * s, r=s * 0.35)
    cv.circle(T.ink, cx, cy + s * 0.1, s * 0.22)


def screen(cv: Canvas, x: float, y: float, w: float, h: float, col: tuple[int, ...]) -> None:
    """A small display with a few lines of readout."""
    cv.rect(T.ink, x, y, w, h, r=2)
    cv.rect(mix(col, T.ink, 0.35), x + 2, y + 2, w - 4, h - 4, r=1.5)
    for k in range(int((h - 6) // 5)):
        cv.rect(light(col, 0.4), x + 4, y + 4 + k * 5, (w - 8) * (0.9 - 0.25 * (k % 2)), 2)


# =========================================================================================
# Maintenance workshop
# =========================================================================================


def isolator_cabinet() -> pygame.Surface:
    """Switchboard with a lockout station: isolator handles, padlocks and tags (consignation)."""
    cv = Canvas(128, 128)
    floor_shadow(cv, 6, 100, 116, 22)
    box(cv, 6, 12, 116, 104, 12, light(CAB, 0.3), CAB)
    cv.rect(dark(CAB, 0.35), 63, 30, 2, 82)
    for dx in (12, 68):
        cv.rect(light(CAB, 0.18), dx, 30, 48, 80, r=3)
    # two rotary isolators, handles down on 0, each locked out
    for ix, col in ((36, T.error), (92, T.primary)):
        cv.rect(T.safety, ix - 13, 38, 26, 26, r=3)
        cv.circle(T.error, ix, 51, 9)
        cv.rect(T.error, ix - 12, 48, 24, 6, r=3)
        padlock(cv, ix + 6, 72, 5, col)
        cv.line(T.ink, (ix + 6, 78), (ix + 2, 84), 1.2)
        cv.rect(T.white, ix - 8, 84, 18, 22, r=2)              # tag
        cv.rect(T.error, ix - 8, 84, 18, 6, r=2)
        cv.rect(T.muted, ix - 5, 94, 12, 1.5)
        cv.rect(T.muted, ix - 5, 99, 9, 1.5)
    hv_sign(cv, 64, 22, 7)
    cv.rect(dark(CAB, 0.5), 8, 112, 112, 5, r=2)
    return cv.image()


def switchboard() -> pygame.Surface:
    """A plain closed electrical cabinet with a danger label and a vent."""
    cv = Canvas(128, 128)
    floor_shadow(cv, 6, 100, 116, 22)
    box(cv, 6, 12, 116, 104, 12, light(CAB, 0.3), CAB)
    cv.rect(dark(CAB, 0.35), 63, 30, 2, 82)
    for dx in (12, 68):
        cv.rect(light(CAB, 0.14), dx, 30, 48, 80, r=3)
        cv.rect(T.ink, dx + 38, 60, 5, 18, r=2.5)
    for k in range(5):
        cv.rect(dark(CAB, 0.3), 20, 86 + k * 4, 30, 2, r=1)
    cv.rect(T.ink, 76, 38, 32, 16, r=2)                         # meter window
    cv.rect(light(T.success, 0.4), 79, 41, 26, 10, r=1)
    hv_sign(cv, 36, 46, 9)
    cv.rect(dark(CAB, 0.5), 8, 112, 112, 5, r=2)
    return cv.image()


def conveyor() -> pygame.Surface:
    """One section of belt conveyor (tiles left-right), with a carton on it."""
    cv = Canvas(64, 64)
    floor_shadow(cv, 0, 40, 64, 16, r=2)
    for lx in (10, 50):
        cv.rect(STEEL_DARK, lx, 36, 5, 24, r=2)
    cv.rect(dark(STEEL, 0.2), 0, 22, 64, 16)
    cv.rect(T.ink, 0, 14, 64, 16)
    for k in range(8):
        cv.rect(light(T.ink, 0.12), k * 8 + 2, 15, 2, 14)
    cv.rect(TEAL, 0, 10, 64, 5)
    cv.rect(TEAL, 0, 30, 64, 6)
    cv.rect(light(TEAL, 0.3), 0, 30, 64, 2)
    return cv.image()


def conveyor_box() -> pygame.Surface:
    img = conveyor()
    cv = Canvas(64, 64)
    cv.blit(img, 0, 0)
    carton = mix(WOOD_LIGHT, T.welding, 0.15)
    box(cv, 16, 2, 30, 22, 8, light(carton, 0.3), carton, r=2)
    cv.rect(light(carton, 0.5), 28, 2, 6, 10)
    return cv.image()


def machine_open() -> pygame.Surface:
    """A packaging machine with a side panel open on its wiring and a diagnostic laptop."""
    W, H = 192, 128
    cv = Canvas(W, H)
    floor_shadow(cv, 6, 100, 180, 22)
    body = mix(T.white, T.floor, 0.2)
    box(cv, 8, 14, 142, 100, 16, light(body, 0.1), mix(body, T.muted, 0.2))
    # guard windows on the front, the conveyor passing through
    cv.rect(T.ink, 0, 56, 10, 16)
    cv.rect(T.ink, 148, 56, 14, 16)
    cv.rect(dark(T.muted, 0.3), 18, 34, 76, 52, r=3)
    cv.rect(rgba(GLASS, 200), 21, 37, 70, 46, r=2)
    cv.rect(STEEL_DARK, 30, 56, 52, 14, r=3)                        # mechanism inside
    cv.circle(TEAL, 44, 52, 7)
    cv.circle(TEAL, 68, 52, 7)
    cv.poly(rgba(T.white, 120), [(30, 37), (40, 37), (26, 83), (21, 83), (21, 60)])
    # the open panel: door swung out to the right, wiring visible
    cv.rect(dark(T.ink, 0.1), 100, 34, 40, 62, r=2)
    cv.rect(light(CAB, 0.4), 103, 37, 34, 56, r=1)
    for row in range(3):
        for k in range(4):
            cv.rect(T.white, 106 + k * 8, 40 + row * 17, 6, 12, r=1)
            cv.rect(T.ink, 108 + k * 8, 44 + row * 17, 2, 4)
        for k, c in enumerate((T.error, T.primary, T.safety, T.ink)):
            cv.line(c, (109 + k * 8, 52 + row * 17), (109 + k * 8, 56 + row * 17), 1.5)
    cv.poly(dark(CAB, 0.15), [(140, 34), (156, 28), (156, 100), (140, 96)])
    cv.poly(light(CAB, 0.25), [(142, 38), (154, 33), (154, 96), (142, 93)])
    hv_sign(cv, 120, 24, 6)
    # signal tower: red on (a fault)
    cv.rect(STEEL_DARK, 24, 2, 4, 16)
    with cv.layer(alpha=130, blur=5):
        cv.circle(T.error, 26, 5, 8)
    cv.rect(T.error, 21, -2, 10, 8, r=2)
    cv.rect(T.safety, 21, 6, 10, 6, r=1)
    cv.rect(T.success, 21, 11, 10, 6, r=1)
    # a trolley with the diagnostic laptop, cable to the open panel
    cv.rect(STEEL_DARK, 166, 70, 4, 46, r=2)
    cv.rect(dark(T.wall, 0.1), 156, 62, 34, 10, r=3)
    cv.rect(T.ink, 162, 112, 24, 5, r=2)
    cv.poly(T.ink, [(160, 62), (186, 62), (188, 46), (162, 46)])    # laptop screen (back)
    cv.poly(light(T.primary, 0.45), [(163, 60), (184, 60), (186, 48), (165, 48)])
    for k in range(3):
        cv.line(T.white, (168, 51 + k * 3), (179 - k * 3, 51 + k * 3), 1.2)
    cv.rect(mix(T.muted, T.ink, 0.4), 158, 60, 30, 5, r=2)
    cv.polyline(T.ink, [(158, 64), (150, 78), (138, 86)], 1.6)
    return cv.image()


def hydraulic_unit() -> pygame.Surface:
    """Hydraulic power unit: tank, motor-pump, filter and a big pressure gauge."""
    cv = Canvas(128, 128)
    floor_shadow(cv, 6, 100, 116, 22)
    tank = mix(TEAL, T.wall, 0.2)
    box(cv, 8, 54, 112, 62, 18, light(tank, 0.25), tank)
    cv.rect(T.white, 14, 84, 28, 18, r=2)                           # level glass and label
    cv.rect(light(T.safety, 0.2), 18, 90, 6, 10, r=1)
    cv.rect(T.muted, 28, 88, 10, 2)
    # motor lying on the tank top, and the pump
    cv.rect(dark(T.wall, 0.1), 20, 42, 54, 24, r=8)
    for k in range(7):
        cv.rect(light(T.wall, 0.18), 24 + k * 6.5, 44, 3, 20, r=1.5)
    cv.rect(STEEL_DARK, 74, 48, 12, 14, r=3)
    cv.rect(STEEL, 84, 44, 16, 22, r=4)
    # pipes up to the gauge
    cv.polyline(STEEL_LIGHT, [(92, 44), (92, 30), (104, 30)], 4)
    cv.polyline(T.ink, [(100, 60), (116, 60), (116, 100)], 5)
    cv.polyline(T.error, [(108, 66), (108, 100)], 4)
    # the big gauge on a bracket
    gx, gy, r = 96.0, 24.0, 20.0
    cv.circle(T.ink, gx, gy, r + 3)
    cv.circle(T.white, gx, gy, r)
    cv.arc(T.success, gx, gy, r - 4, r - 4, 150, 300, 4)
    cv.arc(T.error, gx, gy, r - 4, r - 4, 310, 390, 4)
    for k in range(9):
        a = math.radians(135 + k * 33.75)
        cv.line(T.ink, (gx + math.cos(a) * (r - 9), gy + math.sin(a) * (r - 9)),
                (gx + math.cos(a) * (r - 6), gy + math.sin(a) * (r - 6)), 1.2)
    a = math.radians(255)
    cv.line(T.error, (gx, gy), (gx + math.cos(a) * (r - 5), gy + math.sin(a) * (r - 5)), 2.4)
    cv.circle(T.ink, gx, gy, 2.5)
    # a filter canister
    cv.rect(T.safety, 46, 20, 14, 26, r=5)
    cv.rect(dark(T.safety, 0.25), 46, 20, 14, 6, r=3)
    return cv.image()


def oil_drums() -> pygame.Surface:
    """Two oil drums on a yellow spill-retention pallet."""
    cv = Canvas(64, 64)
    floor_shadow(cv, 4, 44, 56, 16)
    cv.rect(dark(T.safety, 0.25), 2, 40, 60, 20, r=3)
    cv.rect(T.safety, 2, 36, 60, 10, r=3)
    for k in range(5):
        cv.rect(dark(T.safety, 0.3), 6 + k * 12, 38, 8, 2)
    for dx, col in ((6, TEAL_DARK), (34, mix(T.primary, T.ink, 0.3))):
        cv.rect(dark(col, 0.2), dx, 12, 24, 32, r=4)
        cv.rect(col, dx, 12, 22, 30, r=4)
        cv.ellipse(light(col, 0.3), dx, 6, 24, 12)
        cv.ellipse_ring(dark(col, 0.3), dx, 6, 24, 12, 1.4)
        cv.circle(STEEL_DARK, dx + 16, 11, 2.5)
        for yy in (22, 32):
            cv.rect(dark(col, 0.3), dx, yy, 24, 1.6)
        cv.rect(T.white, dx + 5, 24, 12, 7, r=1)
    return cv.image()


def planning_board() -> pygame.Surface:
    """A maintenance planning board (weeks x machines, coloured magnets) over a desk."""
    cv = Canvas(128, 128)
    floor_shadow(cv, 8, 104, 112, 18)
    # board on two posts
    for px in (12, 112):
        cv.rect(STEEL_DARK, px, 10, 5, 108, r=2)
        cv.rect(dark(STEEL_DARK, 0.2), px - 6, 112, 17, 6, r=3)
    cv.rect(dark(T.white, 0.25), 6, 6, 116, 70, r=4)
    cv.rect(T.white, 8, 8, 112, 64, r=3)
    cv.rect(TEAL, 8, 8, 112, 9, r=3)
    cv.rect(T.white, 12, 10, 30, 4, r=1)
    rows, cols = 5, 8
    for rrow in range(rows):
        y = 21 + rrow * 10
        cv.rect(light(T.muted, 0.5), 10, y + 8.5, 108, 0.8)
        cv.rect(light(T.muted, 0.3), 12, y + 2, 14, 4, r=1)
    for c in range(cols + 1):
        cv.rect(light(T.muted, 0.5), 30 + c * 11, 19, 0.8, 50)
    rnd = random.Random(42)
    for rrow in range(rows):
        for c in range(cols):
            if rnd.random() < 0.42:
                col = rnd.choice((T.success, T.safety, T.primary, TEAL, T.error))
                cv.rect(col, 31.5 + c * 11, 22 + rrow * 10, 8, 6, r=1.5)
    cv.rect(T.error, 30 + 3 * 11 + 5, 17, 1.6, 54)                  # "today" line
    # desk in front with a screen and a binder
    box(cv, 18, 80, 92, 26, 12, light(WOOD_LIGHT, 0.3), dark(WOOD_LIGHT, 0.15), r=3)
    cv.rect(T.ink, 28, 70, 30, 18, r=2)
    cv.rect(light(TEAL, 0.35), 30, 72, 26, 13, r=1)
    cv.rect(STEEL_DARK, 41, 86, 5, 6)
    cv.rect(TEAL, 70, 80, 22, 9, r=1.5)
    cv.rect(T.white, 74, 82, 14, 2)
    return cv.image()


def workbench_tools() -> pygame.Surface:
    """A workbench with a vice under a pegboard of outlined tools."""
    cv = Canvas(128, 128)
    floor_shadow(cv, 6, 104, 116, 18)
    # pegboard on its frame at the back
    cv.rect(STEEL_DARK, 8, 4, 112, 62, r=3)
    board = mix(WOOD_LIGHT, T.paper, 0.25)
    cv.rect(board, 11, 7, 106, 56, r=2)
    for gy in range(12, 60, 7):
        for gx in range(15, 116, 7):
            cv.circle(dark(board, 0.25), gx, gy, 0.9)
    for k in range(4):                                               # spanners
        x = 18 + k * 8
        cv.line(STEEL_DARK, (x, 14), (x, 30 + k * 4), 3)
        cv.ring(STEEL_DARK, x, 13, 3, 1.8)
    cv.rect(mix(T.welding, T.ink, 0.4), 56, 14, 4, 30, r=2)           # hammer
    cv.rect(STEEL_DARK, 51, 11, 14, 7, r=2)
    for k, c in enumerate((T.error, TEAL, T.safety, T.primary)):    # screwdrivers
        x = 74 + k * 8
        cv.rect(c, x - 2.5, 12, 5, 14, r=2)
        cv.line(STEEL_LIGHT, (x, 26), (x, 42), 1.6)
    cv.polyline(T.error, [(104, 12), (106, 36)], 3.5)                # pliers
    cv.polyline(T.error, [(112, 12), (108, 36)], 3.5)
    cv.ring(STEEL_DARK, 30, 50, 6, 2)                                # tape, cable
    cv.rect(TEAL, 44, 46, 24, 10, r=2)
    # the bench
    box(cv, 6, 58, 116, 48, 16, light(WOOD_LIGHT, 0.25), TEAL_DARK, r=3)
    cv.rect(light(TEAL_DARK, 0.15), 14, 80, 40, 20, r=2)
    cv.rect(light(TEAL_DARK, 0.15), 58, 80, 40, 20, r=2)
    cv.rect(STEEL_LIGHT, 28, 88, 12, 3, r=1.5)
    cv.rect(STEEL_LIGHT, 72, 88, 12, 3, r=1.5)
    cv.rect(STEEL_DARK, 96, 52, 20, 12, r=3)                          # vice
    cv.rect(dark(STEEL_DARK, 0.2), 104, 48, 4, 6)
    cv.line(STEEL_LIGHT, (92, 64), (120, 64), 2)
    cv.rect(T.safety, 20, 62, 26, 8, r=3)                             # a drill on the bench
    cv.rect(T.ink, 42, 64, 10, 4, r=1)
    return cv.image()


def parts_shelf() -> pygame.Surface:
    """Spare-parts shelving: teal uprights, labelled bins in four colours."""
    cv = Canvas(128, 128)
    floor_shadow(cv, 6, 104, 116, 18)
    for lvl, y in enumerate((14, 46, 78)):
        for k in range(4):
            bx = 14 + k * 26
            col = (T.primary, TEAL, T.welding, T.safety)[(k + lvl) % 4]
            cv.rect(dark(col, 0.25), bx, y + 10, 22, 20, r=2)
            cv.rect(col, bx, y + 8, 22, 18, r=2)
            cv.rect(T.white, bx + 4, y + 14, 14, 6, r=1)
        cv.rect(TEAL_DARK, 8, y + 28, 112, 5, r=1.5)
    cv.rect(TEAL_DARK, 8, 110, 112, 6, r=2)
    for ux in (6, 116):
        cv.rect(dark(TEAL_DARK, 0.2), ux, 8, 7, 110, r=2)
        for k in range(9):
            cv.circle(light(TEAL, 0.3), ux + 3.5, 14 + k * 12, 1.2)
    return cv.image()


def maint_cart() -> pygame.Surface:
    """A maintenance trolley with a red toolbox and a multimeter on top."""
    cv = Canvas(64, 64)
    floor_shadow(cv, 6, 46, 52, 14)
    for wx in (12, 50):
        cv.circle(T.ink, wx, 56, 4)
    box(cv, 6, 14, 52, 40, 10, light(TEAL, 0.2), TEAL_DARK, r=3)
    cv.rect(light(TEAL_DARK, 0.2), 10, 36, 44, 3, r=1.5)
    cv.rect(dark(T.error, 0.2), 12, 6, 28, 16, r=3)                  # toolbox
    cv.rect(T.error, 12, 4, 28, 12, r=3)
    cv.rect(T.ink, 20, 1, 12, 4, r=2)
    cv.rect(T.safety, 43, 8, 10, 14, r=2)                             # multimeter
    cv.rect(T.ink, 45, 10, 6, 4, r=1)
    cv.polyline(T.ink, [(58, 10), (60, 2)], 3)                        # push handle
    cv.rect(T.ink, 56, 0, 8, 3, r=1.5)
    return cv.image()


def forklift() -> pygame.Surface:
    """A parked forklift (facing down): counterweight, cab with roof guard, forks lowered."""
    cv = Canvas(128, 128)
    floor_shadow(cv, 20, 20, 88, 100, r=12)
    body = T.safety
    for wx in (26, 96):
        cv.rect(T.ink, wx - 6, 30, 12, 24, r=5)
        cv.rect(T.ink, wx - 6, 78, 12, 26, r=5)
    cv.rect(dark(body, 0.2), 26, 16, 76, 30, r=12)                   # counterweight
    cv.rect(body, 26, 14, 76, 26, r=12)
    cv.rect(dark(body, 0.25), 28, 40, 72, 56, r=6)
    cv.rect(body, 28, 38, 72, 54, r=6)
    cv.rect(T.ink, 44, 48, 40, 30, r=5)                               # seat
    cv.rect(light(T.ink, 0.15), 48, 52, 32, 14, r=4)
    cv.rect(STEEL_DARK, 30, 30, 6, 64, r=2)                           # roof guard posts
    cv.rect(STEEL_DARK, 92, 30, 6, 64, r=2)
    cv.rect(STEEL_DARK, 30, 30, 68, 6, r=2)
    cv.rect(STEEL_DARK, 30, 88, 68, 6, r=2)
    for k in range(4):
        cv.rect(rgba(STEEL_DARK, 200), 36 + k * 16, 30, 4, 64)
    cv.rect(T.ink, 36, 94, 56, 10, r=2)                               # mast
    cv.rect(STEEL_DARK, 40, 102, 10, 24, r=1)                         # forks
    cv.rect(STEEL_DARK, 78, 102, 10, 24, r=1)
    cv.circle(T.welding, 64, 22, 4)                                   # beacon
    return cv.image()


def charger() -> pygame.Surface:
    """A wall-side charger for the forklift, with its cable."""
    cv = Canvas(64, 64)
    floor_shadow(cv, 14, 44, 36, 14)
    box(cv, 14, 8, 36, 46, 8, light(T.wall, 0.3), T.wall, r=3)
    cv.rect(T.ink, 20, 22, 24, 12, r=2)
    cv.rect(light(T.success, 0.2), 22, 24, 14, 8, r=1)
    bolt(cv, 32, 44, 5, T.safety)
    cv.polyline(T.ink, [(46, 40), (56, 48), (52, 60)], 3)
    return cv.image()


def sign_wall_maint() -> pygame.Surface:
    cv = Canvas(64, 64)
    with cv.layer(alpha=70, blur=2, offset=(1.5, 2)):
        cv.rect(T.ink, 12, 12, 40, 40, r=6)
    cv.rect(T.white, 12, 12, 40, 40, r=6)
    wrench_badge(cv, 32, 32, 15, TEAL)
    return cv.image()


def sign_wall_hv() -> pygame.Surface:
    cv = Canvas(64, 64)
    with cv.layer(alpha=70, blur=2, offset=(1.5, 2)):
        cv.rect(T.ink, 12, 12, 40, 40, r=6)
    cv.rect(T.white, 12, 12, 40, 40, r=6)
    hv_sign(cv, 32, 34, 14)
    return cv.image()


def tool_wall() -> pygame.Surface:
    """A 2x2 pegboard of tools fixed on the north wall (upper and lower rows)."""
    cv = Canvas(128, 128)
    with cv.layer(alpha=80, blur=3, offset=(2, 3)):
        cv.rect(T.ink, 8, 14, 112, 86, r=4)
    board = mix(WOOD_LIGHT, T.paper, 0.25)
    cv.rect(TEAL_DARK, 8, 14, 112, 86, r=4)
    cv.rect(board, 12, 18, 104, 78, r=3)
    for gy in range(24, 92, 8):
        for gx in range(18, 114, 8):
            cv.circle(dark(board, 0.25), gx, gy, 1)
    for k in range(6):
        x = 22 + k * 9
        cv.line(STEEL_DARK, (x, 28), (x, 48 + k * 4), 3.4)
        cv.ring(STEEL_DARK, x, 26, 3.6, 2)
    cv.rect(mix(T.welding, T.ink, 0.4), 84, 28, 5, 40, r=2)
    cv.rect(STEEL_DARK, 78, 24, 17, 8, r=2)
    for k, c in enumerate((T.error, TEAL, T.safety, T.primary, T.success)):
        x = 22 + k * 10
        cv.rect(c, x - 3, 66, 6, 12, r=2)
        cv.line(STEEL_LIGHT, (x, 78), (x, 90), 1.8)
    cv.polyline(T.error, [(100, 30), (103, 58)], 4)
    cv.polyline(T.error, [(110, 30), (106, 58)], 4)
    cv.ring(T.safety, 92, 80, 8, 4)
    return cv.image()


def spill_kit() -> pygame.Surface:
    """A spill kit bin (absorbents) by the hydraulic area."""
    cv = Canvas(64, 64)
    floor_shadow(cv, 12, 46, 40, 12)
    box(cv, 12, 16, 40, 40, 10, light(T.safety, 0.25), T.safety, r=4)
    cv.rect(T.ink, 18, 34, 28, 10, r=2)
    cv.rect(T.white, 21, 37, 22, 4, r=1)
    cv.ellipse_c(T.ink, 32, 26, 6, 3)
    return cv.image()


MAINT_PROPS = [
    ("isolator_cabinet", 2, 2, isolator_cabinet),
    ("switchboard", 2, 2, switchboard),
    ("machine_open", 3, 2, machine_open),
    ("conveyor", 1, 1, conveyor),
    ("conveyor_box", 1, 1, conveyor_box),
    ("hydraulic_unit", 2, 2, hydraulic_unit),
    ("oil_drums", 1, 1, oil_drums),
    ("spill_kit", 1, 1, spill_kit),
    ("planning_board", 2, 2, planning_board),
    ("workbench_tools", 2, 2, workbench_tools),
    ("parts_shelf", 2, 2, parts_shelf),
    ("maint_cart", 1, 1, maint_cart),
    ("forklift", 2, 2, forklift),
    ("charger", 1, 1, charger),
    ("tool_wall", 2, 2, tool_wall),
    ("sign_maint", 1, 1, sign_wall_maint),
    ("sign_hv", 1, 1, sign_wall_hv),
]


# =========================================================================================
# Battery gigafactory line
# =========================================================================================


def glass_wall() -> pygame.Surface:
    """A clean-room glass partition running left-right (joins with its neighbours)."""
    cv = Canvas(64, 64)
    floor_shadow(cv, 0, 46, 64, 8, r=2)
    cv.rect(WHITE_SIDE, 0, 44, 64, 12)
    cv.rect(VIOLET, 0, 44, 64, 4)
    with cv.layer(alpha=150):
        cv.rect(light(GLASS, 0.35), 0, 6, 64, 40)
    with cv.layer(alpha=110):
        cv.poly(T.white, [(10, 6), (22, 6), (8, 44), (-4, 44)])
        cv.poly(T.white, [(30, 6), (34, 6), (20, 44), (16, 44)])
    cv.rect(WHITE_BODY, 0, 2, 64, 6, r=1)
    cv.rect(mix(T.muted, T.white, 0.3), 0, 7, 64, 1.5)
    cv.rect(WHITE_SIDE, 60, 2, 4, 52)
    return cv.image()


def glass_wall_v() -> pygame.Surface:
    """The same partition running up-down (seen edge-on: a white base and a glass slab)."""
    cv = Canvas(64, 64)
    floor_shadow(cv, 22, 0, 22, 64, r=2)
    cv.rect(WHITE_SIDE, 22, 0, 20, 64)
    cv.rect(VIOLET, 22, 0, 4, 64)
    with cv.layer(alpha=170):
        cv.rect(light(GLASS, 0.2), 27, 0, 12, 64)
    cv.rect(rgba(T.white, 200), 29, 0, 3, 64)
    cv.rect(WHITE_BODY, 24, 56, 18, 8, r=2)                            # post at the joint
    cv.rect(mix(T.muted, T.white, 0.3), 24, 62, 18, 2)
    return cv.image()


def dry_floor() -> pygame.Surface:
    """The dry room's floor: seamless pale-violet vinyl with faint welded seams."""
    cv = Canvas(64, 64)
    base = mix(T.white, T.battery, 0.07)
    cv.rect(base, 0, 0, 64, 64)
    cv.rect(mix(base, T.battery, 0.12), 0, 0, 64, 1.2)
    cv.rect(mix(base, T.battery, 0.12), 0, 0, 1.2, 64)
    cv.rect(rgba(T.white, 150), 6, 10, 20, 2, r=1)
    return cv.image()


def airlock_post(side: str) -> pygame.Surface:
    """A post of the dry-room airlock; the left one carries the humidity display."""
    cv = Canvas(64, 64)
    floor_shadow(cv, 10, 44, 44, 12, r=4)
    box(cv, 8, 2, 48, 54, 8, light(WHITE_BODY, 0.3), WHITE_SIDE, r=3)
    cv.rect(VIOLET, 8, 46, 48, 4)
    if side == "l":
        cv.rect(T.ink, 14, 14, 36, 26, r=3)
        cv.rect(mix(T.success, T.ink, 0.35), 16, 16, 32, 22, r=2)
        cv.rect(light(T.success, 0.4), 19, 20, 20, 5, r=1)
        cv.rect(light(T.success, 0.4), 19, 29, 12, 4, r=1)
        cv.circle(light(T.success, 0.3), 43, 31, 2.5)
    else:
        cv.rect(VIOLET, 18, 14, 28, 14, r=3)
        cv.rect(T.white, 22, 19, 20, 4, r=1)
        cv.circle(T.success, 32, 36, 4)
    return cv.image()


def airlock_floor() -> pygame.Surface:
    """Floor inside the open airlock: a tacky mat between the door tracks (walkable)."""
    cv = Canvas(64, 64)
    cv.rect(mix(T.white, T.floor, 0.45), 0, 0, 64, 64)
    cv.rect(light(T.primary, 0.5), 4, 4, 56, 56, r=3)
    cv.rect(light(T.primary, 0.62), 8, 8, 48, 48, r=2)
    for k in range(3):
        cv.ellipse_c(light(T.primary, 0.42), 22 + k * 10, 22 + k * 12, 5, 3)
    cv.rect(STEEL, 0, 0, 64, 3)
    cv.rect(STEEL, 0, 61, 64, 3)
    return cv.image()


def coating_machine() -> pygame.Surface:
    """Electrode coating line: unwinder roll, slot-die head on rollers, drying oven."""
    W, H = 256, 128
    cv = Canvas(W, H)
    floor_shadow(cv, 6, 96, 244, 26)
    # drying oven tunnel at the right
    box(cv, 118, 30, 132, 82, 18, light(WHITE_BODY, 0.3), WHITE_SIDE, r=4)
    cv.rect(VIOLET, 118, 70, 132, 6)
    for k in range(5):
        cv.rect(mix(WHITE_SIDE, T.muted, 0.3), 126 + k * 24, 80, 18, 24, r=2)
        for j in range(4):
            cv.rect(dark(WHITE_SIDE, 0.3), 129 + k * 24, 84 + j * 5, 12, 1.6)
    screen(cv, 214, 36, 28, 24, VIOLET)
    # frame with the rollers and the coated foil
    cv.rect(mix(T.muted, T.white, 0.25), 8, 46, 116, 60, r=4)
    cv.rect(WHITE_SIDE, 8, 96, 116, 14, r=3)
    foil = light(STEEL_LIGHT, 0.2)
    coated = mix(T.ink, VIOLET, 0.35)
    for rx, ry, rr in ((34, 58, 22), (78, 70, 12), (104, 60, 10)):
        cv.circle(STEEL_DARK, rx, ry, rr + 2)
        cv.circle(STEEL, rx, ry, rr)
        cv.circle(STEEL_LIGHT, rx - rr * 0.3, ry - rr * 0.3, rr * 0.35)
    cv.circle(foil, 34, 58, 18)                                        # the foil roll
    cv.ring(dark(foil, 0.15), 34, 58, 12, 1)
    cv.circle(STEEL_DARK, 34, 58, 5)
    cv.polyline(foil, [(34, 40), (78, 58), (104, 50)], 4, cap=False)
    cv.polyline(coated, [(104, 50), (118, 48), (132, 46)], 5, cap=False)
    # slot-die head dispensing slurry onto the foil
    cv.rect(VIOLET, 66, 30, 24, 22, r=3)
    cv.rect(dark(VIOLET, 0.3), 74, 50, 8, 6)
    cv.rect(light(VIOLET, 0.4), 68, 32, 20, 4, r=2)
    cv.polyline(T.ink, [(78, 30), (78, 14), (100, 8)], 3)              # slurry feed
    cv.rect(WHITE_BODY, 98, 2, 18, 22, r=4)
    cv.rect(VIOLET, 98, 10, 18, 4)
    # operator panel
    cv.rect(STEEL_DARK, 14, 80, 4, 24)
    screen(cv, 6, 64, 26, 20, light(T.primary, 0.2))
    return cv.image()


def calender() -> pygame.Surface:
    """A calender (roller press) with two big steel rolls in a white frame."""
    cv = Canvas(128, 128)
    floor_shadow(cv, 8, 100, 112, 22)
    for fx in (10, 104):
        box(cv, fx, 20, 16, 94, 8, light(WHITE_BODY, 0.3), WHITE_SIDE, r=3)
    for ry in (44, 76):
        cv.rect(STEEL_DARK, 24, ry - 14, 82, 28, r=13)
        cv.rect(STEEL, 24, ry - 14, 82, 24, r=12)
        cv.rect(rgba(T.white, 150), 28, ry - 10, 74, 4, r=2)
    cv.rect(mix(T.ink, VIOLET, 0.35), 24, 58, 82, 4)
    cv.rect(VIOLET, 10, 18, 110, 8, r=3)
    screen(cv, 92, 4, 26, 18, VIOLET)
    return cv.image()


def dehumidifier() -> pygame.Surface:
    """The dry-air unit: a tall white cabinet with ducts and a dew-point readout."""
    cv = Canvas(64, 128)
    floor_shadow(cv, 6, 104, 52, 18)
    box(cv, 6, 18, 52, 98, 10, light(WHITE_BODY, 0.3), WHITE_SIDE, r=4)
    cv.rect(STEEL_LIGHT, 16, 0, 14, 24, r=3)
    cv.rect(STEEL_LIGHT, 36, 0, 14, 24, r=3)
    for k in range(8):
        cv.rect(dark(WHITE_SIDE, 0.25), 14, 70 + k * 5, 36, 2, r=1)
    cv.rect(T.ink, 12, 36, 40, 24, r=3)
    cv.rect(mix(T.success, T.ink, 0.4), 14, 38, 36, 20, r=2)
    cv.rect(light(T.success, 0.4), 17, 42, 24, 4, r=1)
    cv.rect(light(T.success, 0.4), 17, 50, 14, 3, r=1)
    cv.rect(VIOLET, 6, 108, 52, 4)
    return cv.image()


def cell(cv: Canvas, cx: float, cy: float, r: float, col: tuple[int, ...]) -> None:
    """A cylindrical cell seen from above (a disc with its cap)."""
    cv.circle(dark(col, 0.3), cx, cy + r * 0.3, r)
    cv.circle(col, cx, cy, r)
    cv.circle(STEEL_LIGHT, cx, cy, r * 0.5)
    cv.circle(rgba(T.white, 160), cx - r * 0.25, cy - r * 0.25, r * 0.2)


def cell_tester() -> pygame.Surface:
    """Cell grading bench: a tester with channels, trays of cells sorted by grade."""
    cv = Canvas(128, 128)
    floor_shadow(cv, 6, 100, 116, 22)
    for lx in (14, 106):
        cv.rect(WHITE_SIDE, lx, 76, 8, 42, r=3)
    box(cv, 6, 42, 116, 40, 30, light(WHITE_BODY, 0.3), WHITE_SIDE, r=4)
    cv.rect(VIOLET, 6, 76, 116, 4)
    # the tester cabinet with channel lights and a screen
    box(cv, 10, 4, 50, 46, 10, light(WHITE_BODY, 0.2), mix(WHITE_SIDE, T.muted, 0.2), r=3)
    screen(cv, 16, 18, 38, 14, VIOLET)
    for k in range(6):
        cv.circle(T.success if k != 4 else T.error, 19 + k * 6.5, 40, 2)
    # three trays: A (green), B (amber), rejects (red) — each with a label tab
    for t, (tray_x, col) in enumerate(((64, T.success), (94, T.safety), (64, T.error))):
        tx = 94 if t == 2 else tray_x
        ty = 10 if t < 2 else 44
        cv.rect(dark(VIOLET, 0.2), tx - 2, ty + 2, 28, 28, r=3)
        cv.rect(VIOLET, tx - 2, ty, 28, 28, r=3)
        for i in range(3):
            for j in range(3):
                if t == 2 and (i + j) % 2:
                    continue
                cell(cv, tx + 4 + i * 8, ty + 6 + j * 8, 3.2, light(T.primary, 0.3))
        cv.rect(col, tx + 2, ty + 22, 20, 4, r=1.5)
    cv.rect(T.white, 64, 48, 24, 18, r=2)                               # clipboard
    for k in range(3):
        cv.rect(T.muted, 67, 52 + k * 4, 16, 1.5)
    return cv.image()


def cell_rack() -> pygame.Surface:
    """White racking with trays of cells (grading stock)."""
    cv = Canvas(128, 128)
    floor_shadow(cv, 6, 104, 116, 18)
    for lvl, y in enumerate((10, 44, 78)):
        for k in range(3):
            bx = 14 + k * 34
            cv.rect(dark(VIOLET, 0.15), bx, y + 12, 30, 20, r=2)
            cv.rect(light(VIOLET, 0.1 * ((k + lvl) % 3)), bx, y + 10, 30, 18, r=2)
            for i in range(4):
                cell(cv, bx + 5 + i * 6.8, y + 16, 2.6, light(T.primary, 0.35))
        cv.rect(WHITE_SIDE, 8, y + 30, 112, 5, r=1.5)
    for ux in (6, 116):
        cv.rect(mix(T.muted, T.white, 0.2), ux, 6, 7, 112, r=2)
    return cv.image()


def module_rack() -> pygame.Surface:
    """Finished battery modules on white racking."""
    cv = Canvas(128, 128)
    floor_shadow(cv, 6, 104, 116, 18)
    for y in (14, 62):
        for k in range(2):
            bx = 14 + k * 52
            box(cv, bx, y, 46, 34, 10, light(STEEL_LIGHT, 0.3), mix(T.ink, VIOLET, 0.25),
                r=3)
            cv.rect(T.safety, bx + 4, y + 24, 10, 6, r=1)
            cv.rect(T.white, bx + 18, y + 24, 22, 6, r=1)
            cv.rect(T.error, bx + 6, y + 3, 6, 4, r=1)
            cv.rect(T.ink, bx + 34, y + 3, 6, 4, r=1)
        cv.rect(WHITE_SIDE, 8, y + 42, 112, 6, r=2)
    for ux in (6, 116):
        cv.rect(mix(T.muted, T.white, 0.2), ux, 6, 7, 112, r=2)
    return cv.image()


def robot_cell() -> pygame.Surface:
    """Module assembly: a white six-axis robot arm on a pedestal over a module fixture."""
    W, H = 192, 128
    cv = Canvas(W, H)
    floor_shadow(cv, 8, 96, 176, 26)
    # fixture table with a module being assembled (rows of cells, busbars)
    box(cv, 70, 58, 114, 52, 22, light(STEEL_LIGHT, 0.25), mix(T.muted, T.wall, 0.3), r=4)
    cv.rect(mix(T.ink, VIOLET, 0.25), 86, 60, 82, 30, r=3)
    for i in range(8):
        for j in range(3):
            cell(cv, 92 + i * 10, 66 + j * 9, 3.6, light(T.primary, 0.3))
    for j in range(3):
        cv.rect(light(T.welding, 0.35), 90, 64 + j * 9, 76, 2.2)
    # robot: base, turret, upper arm, forearm, gripper holding a cell block
    rob = WHITE_BODY
    cv.ellipse_c(dark(T.wall, 0.1), 42, 98, 28, 12)
    cv.rect(mix(T.wall, T.muted, 0.3), 18, 78, 48, 22, r=6)
    cv.rect(rob, 26, 66, 32, 20, r=8)
    cv.rect(VIOLET, 26, 78, 32, 4)
    cv.polyline(dark(rob, 0.25), [(42, 70), (50, 30)], 20)
    cv.polyline(rob, [(42, 70), (50, 30)], 17)
    cv.circle(dark(rob, 0.2), 50, 30, 11)
    cv.circle(VIOLET, 50, 30, 6)
    cv.polyline(dark(rob, 0.25), [(50, 30), (104, 24)], 14)
    cv.polyline(rob, [(50, 30), (104, 24)], 11)
    cv.circle(VIOLET, 42, 70, 6)
    cv.rect(STEEL_DARK, 100, 20, 14, 22, r=3)
    cv.rect(STEEL_DARK, 98, 40, 4, 10)
    cv.rect(STEEL_DARK, 112, 40, 4, 10)
    cv.rect(mix(T.ink, VIOLET, 0.25), 96, 46, 24, 12, r=2)
    # status lamp
    cv.rect(STEEL_DARK, 176, 20, 4, 40)
    cv.rect(T.success, 172, 12, 12, 10, r=2)
    return cv.image()


def fence() -> pygame.Surface:
    """Safety mesh fencing (left-right), yellow posts."""
    cv = Canvas(64, 64)
    floor_shadow(cv, 0, 46, 64, 8, r=2)
    with cv.layer(alpha=200):
        cv.rect(mix(T.ink, T.muted, 0.3), 0, 12, 64, 40)
    with cv.clipped(lambda: cv.rect(T.white, 0, 12, 64, 40)):
        for k in range(-4, 16):
            cv.line(mix(T.muted, T.white, 0.3), (k * 6, 12), (k * 6 + 40, 52), 1)
            cv.line(mix(T.muted, T.white, 0.3), (k * 6 + 40, 12), (k * 6, 52), 1)
    cv.rect(T.safety, 0, 10, 64, 4)
    cv.rect(T.safety, 0, 50, 64, 4)
    cv.rect(T.safety, 58, 8, 6, 48, r=2)
    return cv.image()


def fence_v() -> pygame.Surface:
    cv = Canvas(64, 64)
    floor_shadow(cv, 22, 0, 20, 64, r=2)
    cv.rect(mix(T.ink, T.muted, 0.3), 25, 0, 14, 64)
    for k in range(-2, 64, 6):
        cv.line(mix(T.muted, T.white, 0.3), (25, k), (39, k + 8), 1)
    cv.rect(T.safety, 23, 0, 4, 64)
    cv.rect(T.safety, 37, 0, 4, 64)
    cv.rect(T.safety, 21, 54, 22, 8, r=2)
    return cv.image()


def hv_tester() -> pygame.Surface:
    """High-voltage test bay: a module on an insulated stand wired to a test cabinet."""
    cv = Canvas(128, 128)
    floor_shadow(cv, 6, 100, 116, 22)
    # test cabinet at the back with a big HV sign and indicator lamps
    box(cv, 10, 4, 60, 70, 12, light(T.wall, 0.35), T.wall, r=4)
    hv_sign(cv, 40, 36, 13)
    cv.circle(T.error, 22, 62, 4)
    cv.circle(T.success, 34, 62, 4)
    screen(cv, 46, 54, 20, 14, VIOLET)
    # insulating mat and the stand with the module under test
    cv.rect(mix(T.ink, T.wall, 0.2), 40, 76, 84, 44, r=4)
    for k in range(6):
        cv.rect(light(T.ink, 0.15), 44, 80 + k * 6.5, 76, 2, r=1)
    box(cv, 66, 52, 54, 36, 12, light(STEEL_LIGHT, 0.3), mix(T.ink, VIOLET, 0.25), r=3)
    cv.rect(T.error, 72, 56, 8, 6, r=1)
    cv.rect(T.ink, 106, 56, 8, 6, r=1)
    cv.polyline(T.welding, [(76, 56), (74, 40), (66, 34)], 4)          # orange HV leads
    cv.polyline(T.welding, [(110, 56), (110, 30), (70, 24)], 4)
    return cv.image()


def gowning_bench() -> pygame.Surface:
    """Gowning area: a cross-over bench and a rail of cleanroom suits."""
    cv = Canvas(128, 128)
    floor_shadow(cv, 6, 100, 116, 22)
    cv.rect(STEEL_DARK, 10, 6, 4, 62)
    cv.rect(STEEL_DARK, 114, 6, 4, 62)
    cv.rect(STEEL_LIGHT, 8, 8, 112, 5, r=2)
    for k in range(5):
        x = 22 + k * 20
        cv.line(STEEL_DARK, (x, 12), (x, 18), 1.4)
        suit = [(x - 9, 20), (x + 9, 20), (x + 10, 58), (x + 2, 62), (x - 2, 62), (x - 10, 58)]
        cv.poly(dark(WHITE_BODY, 0.1), [(px + 1, py + 1) for px, py in suit])
        cv.poly(light(WHITE_BODY, 0.5), suit)
        cv.rect(VIOLET, x - 0.8, 22, 1.6, 26)
        cv.rect(light(VIOLET, 0.3), x - 9, 20, 18, 4, r=2)
    box(cv, 6, 74, 116, 30, 16, light(VIOLET, 0.55), mix(VIOLET, T.wall, 0.3), r=4)
    for k in range(3):                                                  # overshoes
        cv.ellipse_c(light(VIOLET, 0.3), 28 + k * 34, 84, 10, 5)
    return cv.image()


def clean_locker() -> pygame.Surface:
    """White lockers with violet doors' edges (personal items stay outside the dry room)."""
    cv = Canvas(128, 128)
    floor_shadow(cv, 8, 100, 112, 22)
    box(cv, 8, 18, 112, 100, 12, light(WHITE_BODY, 0.3), WHITE_SIDE)
    for k in range(4):
        dx = 12 + k * 27
        cv.rect(light(WHITE_SIDE, 0.35), dx, 36, 23, 74, r=2)
        cv.rect(VIOLET, dx, 36, 3, 74, r=1)
        cv.rect(STEEL_DARK, dx + 16, 66, 3, 12, r=1.5)
        for j in range(3):
            cv.rect(dark(WHITE_SIDE, 0.2), dx + 7, 42 + j * 4, 12, 1.6)
    cv.rect(dark(WHITE_SIDE, 0.35), 10, 112, 108, 5, r=2)
    return cv.image()


def agv() -> pygame.Surface:
    """An automated guided vehicle carrying a module (parked)."""
    cv = Canvas(64, 64)
    floor_shadow(cv, 6, 30, 52, 28, r=6)
    cv.rect(mix(T.wall, T.muted, 0.2), 6, 28, 52, 26, r=6)
    cv.rect(WHITE_BODY, 6, 24, 52, 24, r=6)
    cv.rect(VIOLET, 6, 40, 52, 4)
    stripes(cv, 8, 46, 48, 5, period=10)
    box(cv, 14, 8, 36, 24, 8, light(STEEL_LIGHT, 0.3), mix(T.ink, VIOLET, 0.25), r=2)
    cv.circle(light(T.primary, 0.3), 52, 30, 2.5)
    return cv.image()


def sign_stand_hv() -> pygame.Surface:
    cv = Canvas(64, 64)
    floor_shadow(cv, 18, 54, 28, 7, r=3)
    cv.rect(STEEL_DARK, 30, 20, 4, 38, r=2)
    cv.ellipse(dark(STEEL_DARK, 0.2), 20, 54, 24, 8)
    hv_sign(cv, 32, 22, 15)
    return cv.image()


def sign_wall_dry() -> pygame.Surface:
    """A violet wall sign: a water drop crossed out (dry room)."""
    cv = Canvas(64, 64)
    with cv.layer(alpha=70, blur=2, offset=(1.5, 2)):
        cv.rect(T.ink, 12, 12, 40, 40, r=6)
    cv.rect(T.white, 12, 12, 40, 40, r=6)
    cv.circle(VIOLET, 32, 32, 16)
    cv.circle(T.white, 32, 36, 7)
    cv.poly(T.white, [(32, 22), (38.5, 33), (25.5, 33)])
    cv.line(VIOLET, (22, 24), (42, 44), 4)
    cv.line(T.white, (24, 22), (44, 42), 2)
    return cv.image()


def plant_white() -> pygame.Surface:
    """A plant in a white pot (same leaves as the factory plant)."""
    from art_props import plant
    img = plant()
    cv = Canvas(64, 64)
    cv.blit(img, 0, 0)
    cv.poly(dark(WHITE_BODY, 0.12), [(19, 38), (45, 38), (41, 58), (23, 58)])
    cv.poly(WHITE_BODY, [(19, 38), (42, 38), (38, 58), (23, 58)])
    cv.rect(light(WHITE_BODY, 0.4), 17, 35, 30, 6, r=3)
    cv.rect(VIOLET, 21, 48, 20, 3)
    return cv.image()


BATT_PROPS = [
    ("glass_wall", 1, 1, glass_wall),
    ("glass_wall_v", 1, 1, glass_wall_v),
    ("airlock_post_l", 1, 1, lambda: airlock_post("l")),
    ("airlock_post_r", 1, 1, lambda: airlock_post("r")),
    ("coating_machine", 4, 2, coating_machine),
    ("calender", 2, 2, calender),
    ("dehumidifier", 1, 2, dehumidifier),
    ("cell_tester", 2, 2, cell_tester),
    ("cell_rack", 2, 2, cell_rack),
    ("module_rack", 2, 2, module_rack),
    ("robot_cell", 3, 2, robot_cell),
    ("fence", 1, 1, fence),
    ("fence_v", 1, 1, fence_v),
    ("hv_tester", 2, 2, hv_tester),
    ("gowning_bench", 2, 2, gowning_bench),
    ("clean_locker", 2, 2, clean_locker),
    ("agv", 1, 1, agv),
    ("sign_hv", 1, 1, sign_wall_hv),
    ("sign_hv_stand", 1, 1, sign_stand_hv),
    ("sign_dry", 1, 1, sign_wall_dry),
    ("plant_white", 1, 1, plant_white),
]
# walkable tiles that belong with the props (drawn on the floor layer)
BATT_FLOORS = [("airlock_floor", airlock_floor), ("dry_floor", dry_floor)]
