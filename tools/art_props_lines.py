"""Props of the electric-car assembly hall and of the food plant, in the factory props' style
(3/4 top-down view, light from the top left, soft floor shadows; sizes in whole 64 px tiles).

AUTO_PROPS and AGRO_PROPS list (name, w, h, draw) for the world tilesets in art_tileset.py;
BORROWED lists the props each world reuses from the maintenance and battery tilesets.
"""
from __future__ import annotations

import pygame
from art_props import box, floor_shadow
from artlib import (
    AGRO,
    AUTO,
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

ORANGE = mix(T.welding, T.safety, 0.2)        # high-voltage cables are orange
BODY = light(AUTO, 0.35)
INOX = mix(STEEL_LIGHT, T.white, 0.35)
INOX_SIDE = mix(STEEL, T.white, 0.2)
POTATO = mix(T.safety, WOOD, 0.45)


# --- the car-assembly hall --------------------------------------------------------------------


def car_body() -> pygame.Surface:
    """A car body on its skid on the line, doors off, seen from the side and above."""
    cv = Canvas(192, 128)
    floor_shadow(cv, 8, 96, 176, 22)
    cv.rect(T.safety, 10, 98, 172, 10, r=3)                                   # the skid
    for x in (24, 92, 160):
        cv.rect(dark(T.safety, 0.35), x, 104, 10, 14, r=2)
    cv.rect(dark(BODY, 0.3), 14, 54, 164, 40, r=16)                           # lower body
    cv.rect(BODY, 14, 50, 164, 38, r=16)
    cv.poly(BODY, [(46, 52), (70, 18), (132, 16), (158, 52)])                 # cabin
    cv.poly(mix(T.ink, AUTO, 0.25), [(56, 50), (74, 24), (100, 23), (100, 50)])   # windows
    cv.poly(mix(T.ink, AUTO, 0.25), [(106, 50), (106, 22), (128, 22), (148, 50)])
    cv.poly(rgba(T.white, 120), [(62, 48), (76, 28), (84, 28), (70, 48)])
    cv.rect(light(BODY, 0.4), 20, 56, 150, 4, r=2)                            # shoulder line
    for cx in (50, 146):                                                      # wheel arches
        cv.circle(T.ink, cx, 90, 18)
        cv.circle(STEEL_DARK, cx, 90, 9)
    cv.rect(light(T.safety, 0.3), 168, 62, 8, 8, r=2)                         # lamps
    cv.rect(mix(T.error, T.white, 0.2), 16, 62, 6, 8, r=2)
    cv.rect(ORANGE, 70, 86, 60, 5, r=2)                                       # HV cable
    return cv.image()


def torque_station() -> pygame.Surface:
    """A bench with a torque controller (screen with an OK light) and a nutrunner on its arm."""
    cv = Canvas(128, 128)
    floor_shadow(cv, 8, 100, 112, 20)
    for lx in (16, 104):
        cv.rect(STEEL_DARK, lx, 76, 8, 44, r=3)
    box(cv, 8, 50, 112, 34, 26, light(STEEL, 0.25), STEEL, r=4)
    cv.rect(AUTO, 8, 80, 112, 4)
    box(cv, 16, 14, 46, 40, 8, light(T.wall, 0.3), T.wall, r=4)               # controller
    cv.rect(T.ink, 20, 26, 38, 20, r=3)
    cv.text("25.1", 12, light(T.success, 0.35), 39, 36, anchor="center")
    cv.circle(T.success, 54, 18, 3)
    cv.rect(STEEL_DARK, 84, 4, 6, 60, r=2)                                    # the arm
    cv.rect(STEEL_DARK, 70, 4, 36, 6, r=2)
    cv.rect(T.ink, 76, 28, 14, 34, r=5)                                       # nutrunner
    cv.rect(AUTO, 77, 36, 12, 8, r=2)
    cv.rect(STEEL_LIGHT, 80, 60, 6, 8, r=1)
    cv.polyline(T.ink, [(83, 10), (96, 18), (90, 30)], 2)
    return cv.image()


def hv_pack() -> pygame.Surface:
    """A traction battery pack on a lift table, orange high-voltage connectors on its side."""
    cv = Canvas(128, 64)
    floor_shadow(cv, 6, 40, 116, 18)
    cv.rect(STEEL_DARK, 20, 40, 8, 18, r=2)
    cv.rect(STEEL_DARK, 100, 40, 8, 18, r=2)
    cv.rect(dark(T.safety, 0.2), 10, 36, 108, 8, r=2)                         # lift table
    box(cv, 12, 6, 104, 24, 14, light(T.wall, 0.35), T.wall, r=4)
    for k in range(4):
        cv.rect(light(T.wall, 0.5), 20 + k * 24, 10, 18, 8, r=2)
    cv.rect(ORANGE, 100, 24, 12, 8, r=2)
    cv.rect(ORANGE, 100, 14, 12, 6, r=2)
    cv.rect(T.safety, 20, 26, 14, 8, r=1)                                     # warning label
    cv.poly(T.ink, [(27, 27), (31, 33), (23, 33)])
    return cv.image()


def andon() -> pygame.Surface:
    """The andon board on the wall: one lamp per workstation, one of them amber."""
    cv = Canvas(64, 64)
    cv.rect(T.ink, 4, 12, 56, 34, r=5)
    for k in range(4):
        col = T.safety if k == 2 else T.success
        cv.circle(dark(col, 0.3), 14 + k * 12, 24, 5)
        cv.circle(col, 14 + k * 12, 23, 4)
    cv.rect(light(AUTO, 0.2), 10, 34, 44, 6, r=2)
    return cv.image()


def tyres() -> pygame.Surface:
    """A stack of wheels waiting by the line."""
    cv = Canvas(64, 64)
    floor_shadow(cv, 8, 40, 48, 18, r=10)
    for k in range(3):
        y = 40 - k * 12
        cv.ellipse_c(T.ink, 32, y + 6, 24, 11)
        cv.ellipse_c(light(T.ink, 0.15), 32, y, 24, 11)
        cv.ellipse_c(STEEL_LIGHT, 32, y, 12, 5)
        cv.ellipse_c(STEEL_DARK, 32, y, 5, 2.5)
    return cv.image()


AUTO_PROPS = [
    ("car_body", 3, 2, car_body),
    ("torque_station", 2, 2, torque_station),
    ("hv_pack", 2, 1, hv_pack),
    ("andon", 1, 1, andon),
    ("tyres", 1, 1, tyres),
]


# --- the food plant ----------------------------------------------------------------------------


def steel_tank() -> pygame.Surface:
    """A stainless process tank on legs, with its manhole, a valve and a spray ball pipe."""
    cv = Canvas(128, 128)
    floor_shadow(cv, 18, 104, 92, 18, r=12)
    for lx in (28, 92):
        cv.rect(INOX_SIDE, lx, 88, 8, 32, r=3)
    cv.rect(dark(INOX_SIDE, 0.15), 18, 26, 92, 72, r=20)
    cv.rect(INOX, 18, 22, 92, 72, r=20)
    cv.ellipse_c(light(INOX, 0.3), 64, 24, 46, 14)
    cv.ellipse_c(INOX_SIDE, 64, 22, 18, 6)                                    # manhole
    cv.rect(rgba(T.white, 150), 28, 36, 8, 48, r=4)                           # shine
    cv.rect(STEEL_DARK, 60, 0, 8, 18, r=2)                                    # CIP pipe
    cv.rect(STEEL_DARK, 60, 92, 8, 14, r=2)                                   # outlet
    cv.circle(AGRO, 64, 108, 6)                                               # valve
    cv.rect(T.ink, 80, 46, 22, 14, r=3)                                       # readout
    cv.rect(light(AGRO, 0.4), 83, 49, 16, 8, r=2)
    return cv.image()


def bagging_machine() -> pygame.Surface:
    """A vertical bagger: hopper on top, film reel, bags dropping onto the outfeed belt."""
    cv = Canvas(128, 128)
    floor_shadow(cv, 8, 100, 112, 20)
    box(cv, 16, 30, 76, 74, 14, light(INOX, 0.2), INOX_SIDE, r=5)
    cv.poly(INOX, [(26, 4), (82, 4), (70, 30), (38, 30)])                     # hopper
    cv.poly(POTATO, [(32, 8), (76, 8), (70, 18), (38, 18)])
    cv.circle(dark(AGRO, 0.2), 102, 52, 18)                                   # film reel
    cv.circle(light(AGRO, 0.45), 102, 52, 14)
    cv.circle(STEEL_DARK, 102, 52, 4)
    cv.rect(T.ink, 26, 50, 30, 18, r=3)                                       # screen
    cv.rect(light(AGRO, 0.35), 29, 53, 24, 12, r=2)
    cv.rect(T.error, 66, 52, 12, 12, r=6)                                     # stop button
    cv.rect(T.ink, 8, 104, 112, 10, r=3)                                      # outfeed belt
    for bx in (14, 50, 86):
        cv.rect(light(AGRO, 0.3), bx, 90, 24, 16, r=4)
        cv.rect(AGRO, bx + 4, 95, 16, 5, r=2)
    return cv.image()


def hand_wash() -> pygame.Surface:
    """A stainless hand-wash basin with a knee or pedal tap and a soap dispenser."""
    cv = Canvas(64, 64)
    floor_shadow(cv, 10, 44, 44, 14)
    cv.rect(INOX_SIDE, 28, 36, 8, 22, r=2)
    box(cv, 8, 20, 48, 18, 12, light(INOX, 0.3), INOX_SIDE, r=5)
    cv.ellipse_c(dark(INOX, 0.15), 32, 26, 16, 5)
    cv.rect(STEEL_DARK, 30, 6, 4, 16, r=2)
    cv.rect(STEEL_DARK, 26, 6, 12, 4, r=2)
    cv.rect(T.white, 46, 4, 10, 16, r=3)
    cv.rect(AGRO, 46, 8, 10, 4)
    cv.rect(STEEL_DARK, 24, 54, 16, 5, r=2)                                   # pedal
    return cv.image()


def potato_crate() -> pygame.Surface:
    """A wooden crate of potatoes arriving from the field."""
    cv = Canvas(64, 64)
    floor_shadow(cv, 6, 40, 52, 18)
    box(cv, 6, 14, 52, 36, 12, light(WOOD_LIGHT, 0.2), WOOD_LIGHT, r=3)
    for k in range(3):
        cv.rect(dark(WOOD_LIGHT, 0.2), 8, 32 + k * 8, 48, 2)
    for px, py in ((16, 20), (28, 17), (40, 21), (22, 26), (36, 27), (48, 18)):
        cv.ellipse_c(dark(POTATO, 0.2), px + 1, py + 1, 7, 5)
        cv.ellipse_c(POTATO, px, py, 7, 5)
    return cv.image()


def sign_hygiene() -> pygame.Surface:
    """A wall sign: hands, hairnet, coat (the hygiene rules at the door)."""
    cv = Canvas(64, 64)
    cv.rect(T.white, 8, 10, 48, 40, r=5)
    cv.rect(AGRO, 8, 10, 48, 10, r=5)
    cv.circle(light(AGRO, 0.3), 22, 34, 7)
    cv.rect(light(AGRO, 0.3), 34, 28, 14, 14, r=3)
    return cv.image()


AGRO_PROPS = [
    ("steel_tank", 2, 2, steel_tank),
    ("bagging_machine", 2, 2, bagging_machine),
    ("hand_wash", 1, 1, hand_wash),
    ("potato_crate", 1, 1, potato_crate),
    ("sign_hygiene", 1, 1, sign_hygiene),
]

# Props each new world takes from the maintenance and battery tilesets, drawn as they are.
BORROWED = {
    "automobile": ("conveyor", "conveyor_box", "robot_cell", "fence", "fence_v", "agv",
                   "parts_shelf", "sign_hv", "switchboard", "forklift", "module_rack"),
    "agro": ("conveyor", "conveyor_box", "clean_locker", "gowning_bench", "plant_white",
             "switchboard", "parts_shelf", "maint_cart", "forklift", "workbench_tools"),
}
