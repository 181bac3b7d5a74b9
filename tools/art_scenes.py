"""Illustrations: the welding world's card (640x360) and the title background (1920x1080)."""
from __future__ import annotations

import math
import random

from artlib import GLASS, STEEL, STEEL_DARK, STEEL_LIGHT, Canvas, T, bezier, dark, light, mix, save

JACKET = mix(T.welding, T.ink, 0.5)
LEATHER = mix(mix(T.welding, T.paper, 0.3), T.ink, 0.12)


def sparks(cv: Canvas, x: float, y: float, n: int, reach: float, seed: int,
           up: bool = True) -> None:
    """Short glowing streaks thrown from (x, y), falling under gravity."""
    rnd = random.Random(seed)
    for _ in range(n):
        a = math.radians(rnd.uniform(190, 350) if up else rnd.uniform(0, 360))
        v = rnd.uniform(0.35, 1.0) * reach
        t0, t1 = rnd.uniform(0.15, 0.5), rnd.uniform(0.6, 1.0)
        pts = []
        for k in range(6):
            t = t0 + (t1 - t0) * k / 5
            pts.append((x + math.cos(a) * v * t, y + math.sin(a) * v * t + 0.6 * reach * t * t))
        col = rnd.choice((T.safety, light(T.safety, 0.6), T.welding, T.white))
        cv.polyline(col, pts, rnd.uniform(1.5, 3.2) * reach / 120)
        cv.circle(T.white, pts[-1][0], pts[-1][1], 1.6 * reach / 120)


def glow(cv: Canvas, x: float, y: float, r: float) -> None:
    with cv.layer(alpha=150, blur=r * 0.5):
        cv.circle(T.welding, x, y, r)
    with cv.layer(alpha=220, blur=r * 0.25):
        cv.circle(T.safety, x, y, r * 0.45)
    cv.circle(T.white, x, y, r * 0.14)


def welding_helmet_side(cv: Canvas, x: float, y: float, s: float) -> None:
    """A welder's head in a lowered helmet, facing right; (x, y) is the head centre."""
    shell = dark(T.wall, 0.15)
    pts = (bezier((x - 38 * s, y + 10 * s), (x - 44 * s, y - 50 * s), (x + 20 * s, y - 52 * s),
                  n=16)
           + bezier((x + 20 * s, y - 52 * s), (x + 52 * s, y - 20 * s), (x + 40 * s, y + 48 * s),
                    n=16)
           + [(x + 8 * s, y + 52 * s), (x - 30 * s, y + 38 * s)])
    cv.poly(shell, pts)
    with cv.clipped(lambda: cv.poly(T.white, pts)):
        cv.ellipse_c(light(shell, 0.15), x - 14 * s, y - 24 * s, 24 * s, 20 * s)
        cv.polyline(T.welding, bezier((x - 36 * s, y - 20 * s), (x - 6 * s, y - 46 * s),
                                      (x + 30 * s, y - 40 * s), n=12), 7 * s)
    cv.rect(T.ink, x + 24 * s, y - 22 * s, 18 * s, 34 * s, r=5 * s)
    cv.rect(mix(T.success, T.ink, 0.5), x + 28 * s, y - 18 * s, 12 * s, 26 * s, r=3 * s)
    cv.circle(STEEL_DARK, x - 18 * s, y + 2 * s, 8 * s)


def world_card() -> None:
    W, H = 640, 360
    cv = Canvas(W, H, ss=3)
    cv.vgradient(light(T.welding, 0.82), light(T.welding, 0.6), 0, 0, W, H)
    # booth: back wall panels, curtains left and right
    cv.rect(mix(T.muted, T.wall, 0.35), 70, 30, 500, 250, r=6)
    for x in range(86, 570, 40):
        cv.rect(dark(mix(T.muted, T.wall, 0.35), 0.18), x, 30, 3, 250)
    for x0, x1 in ((0, 110), (530, 640)):
        cv.rect(T.welding, x0, 0, x1 - x0, H)
        for i in range(x0 + 6, x1, 16):
            cv.rect(dark(T.welding, 0.22), i + 10, 0, 4, H)
            cv.rect(light(T.welding, 0.25), i, 0, 3, H)
    cv.rect(STEEL_DARK, 0, 0, W, 16)
    # fume arm coming down to the work
    cv.polyline(dark(T.safety, 0.15), [(480, 0), (470, 70), (430, 120)], 22)
    cv.polyline(T.safety, [(480, 0), (470, 70), (430, 120)], 18)
    cv.poly(STEEL_DARK, [(404, 112), (450, 112), (462, 146), (394, 146)])
    # floor
    cv.rect(T.floor_dark, 0, 300, W, 60)
    cv.rect(mix(T.floor_dark, T.wall, 0.2), 0, 300, W, 5)
    # glow on the wall behind the arc
    glow(cv, 430, 236, 170)
    # the welder, side view facing right, behind the table
    cv.rect(dark(T.wall, 0.3), 190, 250, 46, 70, r=10)                 # legs
    cv.rect(dark(T.wall, 0.3), 244, 250, 40, 70, r=10)
    body = [(186, 262), (196, 168), (236, 140), (286, 146), (312, 190), (300, 262)]
    cv.poly(JACKET, body)
    with cv.clipped(lambda: cv.poly(T.white, body)), cv.layer(alpha=140, blur=14):
        cv.ellipse_c(T.welding, 320, 220, 50, 70)
    cv.polyline(dark(JACKET, 0.15), [(232, 170), (262, 226), (318, 232)], 26)     # far arm
    cv.polyline(JACKET, [(270, 170), (320, 212), (366, 220)], 28)                  # near arm
    cv.rect(LEATHER, 356, 204, 40, 30, r=12)
    cv.rect(dark(LEATHER, 0.2), 338, 204, 22, 32, r=8)
    cv.polyline(T.ink, [(372, 214), (396, 214), (418, 236)], 10)                   # torch
    cv.polyline(STEEL, [(408, 226), (424, 242)], 7)
    cv.polyline(T.ink, [(372, 214), (330, 250), (300, 330)], 6)                    # cable
    welding_helmet_side(cv, 276, 112, 1.05)
    # table and the workpiece
    cv.rect(dark(STEEL, 0.15), 300, 248, 250, 20, r=4)
    cv.rect(STEEL_LIGHT, 300, 244, 250, 10, r=4)
    cv.rect(STEEL_DARK, 320, 266, 14, 80, r=4)
    cv.rect(STEEL_DARK, 516, 266, 14, 80, r=4)
    cv.rect(STEEL, 380, 232, 140, 14, r=2)
    cv.rect(mix(T.welding, STEEL_LIGHT, 0.4), 440, 232, 36, 14, r=2)
    with cv.layer(alpha=200, blur=3):
        cv.rect(T.welding, 420, 232, 30, 12, r=4)
    glow(cv, 428, 240, 60)
    sparks(cv, 428, 240, 70, 150, seed=7)
    img = cv.image()
    # round the corners of the card
    mask = Canvas(W, H, ss=3)
    mask.rect(T.white, 0, 0, W, H, r=24)
    m = mask.image()
    import pygame
    img.blit(m, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)
    save(img, "assets/worlds/soudure.png")


# --- title background ------------------------------------------------------------------------


def gear(cv: Canvas, cx: float, cy: float, r: float, teeth: int, col: tuple[int, int, int],
         hole: tuple[int, int, int], phase: float = 0) -> None:
    pts = []
    for i in range(teeth):
        base = 2 * math.pi * i / teeth + phase
        step = 2 * math.pi / teeth
        for f, rad in ((0.0, r), (0.18, r * 1.18), (0.5, r * 1.18), (0.68, r)):
            a = base + step * f
            pts.append((cx + math.cos(a) * rad, cy + math.sin(a) * rad))
    cv.poly(col, pts)
    cv.circle(light(col, 0.2), cx, cy, r * 0.72)
    cv.circle(col, cx, cy, r * 0.6)
    cv.circle(hole, cx, cy, r * 0.3)


def battery_cell(cv: Canvas, x: float, y: float, w: float, h: float,
                 col: tuple[int, int, int]) -> None:
    cv.rect(dark(col, 0.25), x + 4, y + 6, w, h, r=w * 0.2)
    cv.rect(col, x, y, w, h, r=w * 0.2)
    cv.rect(light(col, 0.3), x + w * 0.14, y + h * 0.1, w * 0.14, h * 0.8, r=w * 0.07)
    cv.rect(STEEL_LIGHT, x + w * 0.32, y - h * 0.06, w * 0.36, h * 0.08, r=4)
    bx, by = x + w * 0.5, y + h * 0.5
    s = w * 0.22
    cv.poly(T.white, [(bx + 0.2 * s, by - 1.6 * s), (bx - 0.9 * s, by + 0.2 * s),
                      (bx - 0.05 * s, by + 0.2 * s), (bx - 0.3 * s, by + 1.6 * s),
                      (bx + 0.9 * s, by - 0.3 * s), (bx + 0.05 * s, by - 0.3 * s)])


def tower_crane(cv: Canvas, x: float, ground: float, height: float, jib: float,
                col: tuple[int, int, int]) -> None:
    top = ground - height
    w = 26
    cv.rect(col, x - w / 2, top, w, height)
    cv.rect(light(T.safety, 0.7), x - w / 2 + 5, top, w - 10, height)
    y = top
    while y < ground - 20:
        cv.line(col, (x - w / 2, y), (x + w / 2, y + 20), 3)
        cv.line(col, (x + w / 2, y + 20), (x - w / 2, y + 40), 3)
        y += 40
    cv.rect(col, x - 120, top - 22, jib + 120, 18, r=3)
    cv.poly(col, [(x - 10, top - 22), (x, top - 80), (x + 10, top - 22)])
    cv.line(col, (x, top - 78), (x + jib * 0.8, top - 22), 3)
    cv.line(col, (x, top - 78), (x - 110, top - 22), 3)
    cv.rect(T.wall, x - 118, top - 8, 46, 30, r=3)                  # counterweight
    cv.rect(T.wall, x + 16, top - 4, 34, 30, r=4)                   # cab
    cv.rect(GLASS, x + 22, top + 2, 22, 14, r=3)
    hx = x + jib * 0.7
    cv.line(T.ink, (hx, top - 4), (hx, top + 180), 2)
    cv.rect(T.ink, hx - 10, top + 180, 20, 8, r=3)
    cv.arc(T.ink, hx, top + 194, 8, 8, 0, 200, 4)


def hall(cv: Canvas, x: float, ground: float, w: float, h: float, col: tuple[int, int, int],
         teeth: int = 4) -> None:
    """An industrial hall with a saw-tooth roof, high windows and a big door."""
    cv.rect(col, x, ground - h, w, h)
    tw = w / teeth
    for i in range(teeth):
        tx = x + i * tw
        cv.poly(col, [(tx, ground - h), (tx + tw * 0.75, ground - h - tw * 0.45),
                      (tx + tw * 0.75, ground - h)])
        cv.poly(light(GLASS, 0.2), [(tx + tw * 0.75 - 4, ground - h - tw * 0.45 + 8),
                                    (tx + tw * 0.75 - 4, ground - h),
                                    (tx + tw * 0.62, ground - h)])
        cv.poly(col, [(tx + tw * 0.75, ground - h - tw * 0.45),
                      (tx + tw, ground - h), (tx + tw * 0.75, ground - h)])
    for k in range(int(w // 70)):
        cv.rect(light(col, 0.35), x + 24 + k * 70, ground - h + 30, 44, 26, r=4)
    cv.rect(dark(col, 0.12), x, ground - 14, w, 14)


def title_bg() -> None:
    W, H = 1920, 1080
    cv = Canvas(W, H, ss=2)
    sky0, sky1 = light(T.primary, 0.82), mix(T.paper, light(T.welding, 0.85), 0.5)
    cv.vgradient(sky0, sky1, 0, 0, W, 800)
    ground = 860.0
    # soft clouds
    for cx, cy, s in ((380, 170, 1.0), (1180, 120, 0.8), (1650, 260, 0.7), (720, 330, 0.6)):
        for dx, dy, r in ((-60, 10, 46), (0, -10, 62), (64, 8, 44), (20, 24, 40)):
            cv.circle(T.white, cx + dx * s, cy + dy * s, r * s)
    # far skyline (pale) across the whole width, low on the left
    far = mix(sky0, T.wall, 0.18)
    for x, w, h in ((0, 260, 120), (240, 200, 90), (420, 300, 140), (700, 240, 110),
                    (920, 320, 260), (1230, 260, 330), (1480, 440, 280)):
        cv.rect(far, x, ground - h, w, h)
    for x, h in ((1010, 420), (1080, 380), (1560, 470)):
        cv.rect(far, x, ground - h, 34, h)
        cv.rect(light(far, 0.3), x, ground - h, 34, 14)
    # cranes
    tower_crane(cv, 1360, ground, 520, 420, T.safety)
    # mid halls on the right: welding, maintenance, batteries
    mid = mix(sky0, T.wall, 0.42)
    hall(cv, 1000, ground, 300, 250, mid, 3)
    hall(cv, 1320, ground, 300, 220, dark(mid, 0.05), 3)
    hall(cv, 1600, ground, 320, 290, mid, 3)
    # welding: a hall with a glowing open door and a fountain of sparks
    door_x = 1070
    cv.rect(dark(T.wall, 0.2), door_x, ground - 150, 150, 150, r=4)
    with cv.layer(alpha=200, blur=30):
        cv.rect(T.welding, door_x + 10, ground - 140, 130, 140)
    glow(cv, door_x + 75, ground - 60, 110)
    sparks(cv, door_x + 75, ground - 60, 80, 260, seed=11)
    # maintenance: teal gears on the middle hall
    hole = dark(mid, 0.05)
    gear(cv, 1420, ground - 310, 70, 12, T.maintenance, hole)
    gear(cv, 1530, ground - 250, 44, 9, dark(T.maintenance, 0.15), hole, 0.2)
    gear(cv, 1364, ground - 190, 34, 8, light(T.maintenance, 0.2), hole, 0.1)
    # batteries: violet cells standing like silos by the last hall
    for i, (x, h) in enumerate(((1640, 230), (1730, 280), (1820, 200))):
        battery_cell(cv, x, ground - h - 10, 76, h, mix(T.battery, T.white, 0.12 * (i % 2)))
    # ground: forecourt, road with yellow lines
    cv.rect(T.floor, 0, ground, W, H - ground)
    cv.rect(T.floor_dark, 0, ground, W, 14)
    cv.rect(mix(T.floor_dark, T.wall, 0.25), 0, 950, W, 80)
    for x in range(0, W, 120):
        cv.rect(T.safety, x + 20, 986, 70, 8, r=4)
    # a few small trees at the left, where the title sits, kept low and soft
    for x, s in ((90, 1.0), (180, 0.8), (820, 0.9), (900, 0.7)):
        cv.rect(dark(T.success, 0.3), x - 5 * s, ground - 60 * s, 10 * s, 60 * s)
        cv.circle(T.success, x, ground - 80 * s, 40 * s)
        cv.circle(light(T.success, 0.2), x - 12 * s, ground - 92 * s, 22 * s)
    save(cv.image_rgb(), "assets/ui/title_bg.png")


# --- world cards of the maintenance and battery worlds ----------------------------------------


def round_card(cv: Canvas, W: int, H: int, rel: str) -> None:
    """Save a card image with rounded corners (like the welding card)."""
    import pygame
    img = cv.image()
    mask = Canvas(W, H, ss=3)
    mask.rect(T.white, 0, 0, W, H, r=24)
    img.blit(mask.image(), (0, 0), special_flags=pygame.BLEND_RGBA_MULT)
    save(img, rel)


def gauge(cv: Canvas, cx: float, cy: float, r: float, needle_deg: float) -> None:
    cv.circle(dark(T.wall, 0.2), cx + 3, cy + 4, r + 6)
    cv.circle(T.ink, cx, cy, r + 6)
    cv.circle(T.white, cx, cy, r)
    cv.arc(T.success, cx, cy, r - 10, r - 10, 140, 300, 8)
    cv.arc(T.error, cx, cy, r - 10, r - 10, 312, 400, 8)
    for k in range(11):
        a = math.radians(135 + k * 27)
        cv.line(T.ink, (cx + math.cos(a) * (r - 22), cy + math.sin(a) * (r - 22)),
                (cx + math.cos(a) * (r - 15), cy + math.sin(a) * (r - 15)), 2)
    a = math.radians(needle_deg)
    cv.line(T.error, (cx, cy), (cx + math.cos(a) * (r - 12), cy + math.sin(a) * (r - 12)), 4)
    cv.circle(T.ink, cx, cy, 6)


def world_card_maintenance() -> None:
    from art_people import Look, person
    from artlib import HAIR_BLACK, SKIN_DARK
    W, H = 640, 360
    cv = Canvas(W, H, ss=3)
    teal = T.maintenance
    cv.vgradient(light(teal, 0.82), light(teal, 0.6), 0, 0, W, H)
    # gears turning on the back wall
    back = light(teal, 0.45)
    hole = light(teal, 0.7)
    gear(cv, 520, 90, 70, 12, back, hole)
    gear(cv, 420, 40, 40, 9, light(teal, 0.55), hole, 0.2)
    gear(cv, 90, 70, 48, 10, light(teal, 0.55), hole, 0.1)
    # pipes along the wall with a big gauge
    cv.rect(STEEL, 0, 150, 340, 16, r=4)
    cv.rect(light(STEEL, 0.4), 0, 152, 340, 4)
    cv.rect(STEEL, 322, 110, 16, 56, r=4)
    cv.rect(STEEL_DARK, 314, 134, 32, 10, r=3)
    gauge(cv, 330, 82, 44, 250)
    # floor
    cv.rect(mix(T.floor, teal, 0.12), 0, 300, W, 60)
    cv.rect(mix(T.floor_dark, teal, 0.15), 0, 300, W, 5)
    cv.rect(T.safety, 0, 338, W, 6)
    # the machine at the right: teal body, open panel with wires, a laptop
    cv.rect(dark(teal, 0.35), 392, 160, 220, 150, r=10)
    cv.rect(dark(teal, 0.1), 392, 156, 220, 144, r=10)
    cv.rect(light(teal, 0.25), 402, 162, 200, 6, r=3)
    cv.rect(T.ink, 420, 182, 90, 104, r=4)
    cv.rect(light(T.muted, 0.55), 426, 188, 78, 92, r=3)
    for row in range(3):
        for k in range(5):
            cv.rect(T.white, 432 + k * 14, 194 + row * 30, 11, 22, r=2)
            cv.rect(T.ink, 436 + k * 14, 200 + row * 30, 3, 8)
            wire = (T.error, T.primary, T.safety, T.ink, T.success)[k]
            cv.line(wire, (437 + k * 14, 216 + row * 30), (437 + k * 14, 222 + row * 30), 2)
    cv.poly(light(T.muted, 0.3), [(510, 182), (548, 168), (548, 300), (510, 286)])
    # lockout: isolator with a padlock and a tag on the machine's side
    cv.rect(T.safety, 560, 190, 40, 40, r=4)
    cv.circle(T.error, 580, 210, 13)
    cv.rect(T.error, 563, 206, 34, 9, r=4)
    cv.ring(STEEL_LIGHT, 590, 238, 7, 3)
    cv.rect(T.error, 582, 238, 17, 17, r=3)
    cv.rect(T.white, 560, 262, 34, 28, r=3)
    cv.rect(T.error, 560, 262, 34, 9, r=3)
    cv.line(T.ink, (590, 254), (582, 262), 1.5)
    # laptop on a trolley
    cv.rect(STEEL_DARK, 352, 250, 6, 60, r=2)
    cv.rect(dark(T.wall, 0.1), 320, 244, 70, 10, r=3)
    cv.poly(T.ink, [(326, 244), (384, 244), (388, 206), (330, 206)])
    cv.poly(light(T.primary, 0.45), [(331, 240), (380, 240), (383, 211), (334, 211)])
    for k in range(3):
        cv.line(T.white, (340, 218 + k * 7), (370 - k * 8, 218 + k * 7), 2)
    cv.polyline(T.ink, [(388, 248), (404, 262), (420, 262)], 2.5)
    # the technician with her tablet
    person(cv, 210, 334, 300, Look(skin=SKIN_DARK, hair=HAIR_BLACK, hair_style="bun",
                                   top=mix(T.primary, T.wall, 0.3), vest=True, helmet=T.white,
                                   glasses=True, gloves=mix(T.safety, T.welding, 0.15),
                                   safety_shoes=True, holding="tablet"))
    # a spanner and a toolbox on the floor
    cv.rect(dark(T.error, 0.2), 40, 282, 90, 40, r=6)
    cv.rect(T.error, 40, 276, 90, 34, r=6)
    cv.rect(T.ink, 66, 266, 38, 12, r=5)
    cv.rect(dark(T.error, 0.3), 40, 292, 90, 3)
    round_card(cv, W, H, "assets/worlds/maintenance.png")


def world_card_batteries() -> None:
    from art_people import Look, person
    from artlib import SKIN_BROWN
    W, H = 640, 360
    cv = Canvas(W, H, ss=3)
    vio = T.battery
    cv.vgradient(light(vio, 0.86), light(vio, 0.66), 0, 0, W, H)
    # the coating line behind: big rollers and a violet electrode web
    cv.rect(T.white, 0, 40, W, 150)
    cv.rect(light(vio, 0.75), 0, 180, W, 10)
    for rx, rr in ((90, 54), (250, 34), (390, 54), (540, 34)):
        cv.circle(STEEL_DARK, rx, 112, rr + 5)
        cv.circle(STEEL, rx, 112, rr)
        cv.circle(STEEL_LIGHT, rx - rr * 0.3, 112 - rr * 0.3, rr * 0.35)
        cv.circle(STEEL_DARK, rx, 112, 7)
    web = [(0, 60), (90, 58), (250, 146), (390, 58), (540, 146), (W, 140)]
    cv.polyline(mix(T.ink, vio, 0.4), web, 8)
    cv.polyline(light(vio, 0.2), [(x, y - 3) for x, y in web], 2)
    cv.rect(vio, 0, 26, W, 16)
    # floor
    cv.rect(mix(T.white, T.floor, 0.5), 0, 290, W, 70)
    cv.rect(mix(T.floor, vio, 0.15), 0, 290, W, 4)
    cv.rect(vio, 0, 342, W, 5)
    # a bench with trays of cells at the left
    cv.rect(mix(T.muted, T.white, 0.3), 40, 248, 12, 64, r=3)
    cv.rect(mix(T.muted, T.white, 0.3), 226, 248, 12, 64, r=3)
    cv.rect(T.white, 24, 236, 230, 16, r=4)
    cv.rect(vio, 24, 250, 230, 4)
    for t, tx in enumerate((36, 140)):
        cv.rect(dark(vio, 0.2), tx, 214, 96, 24, r=4)
        cv.rect(vio, tx, 212, 96, 20, r=4)
        for k in range(6):
            cx = tx + 10 + k * 15.5
            cv.rect(STEEL_DARK, cx - 6, 180, 12, 34, r=4)
            cv.rect(light(T.primary, 0.3) if t else light(vio, 0.35), cx - 6, 186, 12, 26, r=3)
            cv.rect(STEEL_LIGHT, cx - 3, 176, 6, 6, r=2)
    # the robot arm at the right holding a module
    rob = mix(T.white, T.floor, 0.35)
    cv.ellipse_c(dark(T.wall, 0.1), 540, 318, 56, 14)
    cv.rect(mix(T.wall, T.muted, 0.3), 500, 280, 80, 36, r=8)
    cv.rect(rob, 512, 250, 56, 38, r=12)
    cv.rect(vio, 512, 272, 56, 6)
    cv.polyline(dark(rob, 0.25), [(540, 262), (560, 176)], 34)
    cv.polyline(rob, [(540, 262), (560, 176)], 30)
    cv.circle(vio, 560, 176, 14)
    cv.polyline(dark(rob, 0.25), [(560, 176), (452, 196)], 26)
    cv.polyline(rob, [(560, 176), (452, 196)], 22)
    cv.circle(vio, 540, 262, 11)
    cv.rect(STEEL_DARK, 432, 190, 26, 40, r=4)
    cv.rect(mix(T.ink, vio, 0.25), 404, 226, 84, 42, r=5)
    cv.rect(light(STEEL_LIGHT, 0.2), 404, 222, 84, 8, r=4)
    cv.rect(T.safety, 412, 252, 22, 10, r=2)
    cv.rect(T.white, 440, 252, 38, 10, r=2)
    # the operator in cleanroom gear
    person(cv, 318, 334, 296, Look(skin=SKIN_BROWN, suit=mix(T.white, vio, 0.07),
                                   suit_trim=vio, gloves=vio, glasses=True, holding="tablet"))
    # HV sign and a big cell at the far left
    battery_cell(cv, 560 - 530, 262, 44, 70, vio)
    round_card(cv, W, H, "assets/worlds/batteries.png")


def build() -> None:
    world_card()
    title_bg()
    world_card_maintenance()
    world_card_batteries()


