"""Role-model portraits: one parameterised generator, one line per person.

A portrait is a 512x512 rounded card in a soft tint of the person's world colour, with a
head-and-shoulders figure in flat style. To add a role model, add one `Person(...)` line to
PEOPLE: choose a skin tone, a hair style and colour, an outfit and its colour, an accessory.

Each portrait also gets a few frames of her face (`<file>.<frame>.png`, the face's box only,
listed with that box in `<file>.frames.yaml`): `blink` (eyes shut), `talk` (mouth open),
`smile` (a broad smile, brows up) and `listen` (brows raised, lips closed): the dialogue
blinks, moves her mouth while her words appear, and changes her expression with them.

Hair styles: curly_tied, ponytail, short, hijab, bob, braids.
Outfits: welding_jacket, overalls, polo, work_jacket, lab_coat, cleanroom.
Accessories: welding_mask_up, safety_glasses_up, glasses, tablet, cleanroom_cap_mask, none.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import yaml
from artlib import (
    AGRO,
    AUTO,
    HAIR_AUBURN,
    HAIR_BLACK,
    HAIR_BLONDE,
    HAIR_DARK_BROWN,
    HAIR_GREY,
    ROOT,
    SKIN_BROWN,
    SKIN_DARK,
    SKIN_LIGHT,
    SKIN_MEDIUM,
    STEEL,
    STEEL_DARK,
    STEEL_LIGHT,
    Canvas,
    T,
    bezier,
    dark,
    light,
    mix,
    rgba,
    save,
)

RGB = tuple[int, int, int]
S = 512
CX, CY = 256.0, 232.0        # centre of the head
RX, RY = 84.0, 108.0         # half width and half height of the face


@dataclass(frozen=True)
class Person:
    """Everything that makes one portrait."""

    file: str
    skin: RGB
    hair: str
    hair_color: RGB
    outfit: str
    outfit_color: RGB
    accessory: str = "none"
    world: RGB = T.welding        # background tint
    smile: str = "open"           # open | closed
    age: int = 30                 # adds smile lines from about 40
    eyes: RGB = (60, 40, 30)


@dataclass(frozen=True)
class Frame:
    """One expression of the face: eyes open or shut, the mouth, how high the brows are."""

    eyes: str = "open"           # open | shut
    mouth: str = "own"           # own (the person's) | talk | smile | closed
    brows: float = 0.0           # px raised


FRAMES: dict[str, Frame] = {
    "blink": Frame(eyes="shut"),
    "talk": Frame(mouth="talk"),
    "smile": Frame(mouth="smile", brows=4.0),
    "listen": Frame(mouth="closed", brows=7.0),
}
FACE_BOX = (176, 180, 160, 170)  # x, y, w, h in the portrait: every pixel a frame changes


# --- building blocks ----------------------------------------------------------------------


def face_pts(cx: float = CX, cy: float = CY, rx: float = RX, ry: float = RY) -> list[tuple[float,
                                                                                            float]]:
    """A face outline: round forehead, cheeks narrowing to a soft chin."""
    pts = []
    for i in range(72):
        a = math.radians(i * 5)
        x, y = math.cos(a), math.sin(a)
        if y > 0:
            x *= 1 - 0.28 * y ** 3
        pts.append((cx + x * rx, cy + y * ry))
    return pts


def card(cv: Canvas, p: Person) -> None:
    cv.rect(light(p.world, 0.78), 0, 0, S, S, r=64)
    with cv.clipped(lambda: cv.rect(T.white, 0, 0, S, S, r=64)):
        cv.circle(light(p.world, 0.66), 430, 96, 150)
        cv.circle(light(p.world, 0.88), 70, 430, 170)
        cv.circle(rgba(T.white, 120), 120, 120, 40)


def torso(cv: Canvas, p: Person) -> None:
    col = p.outfit_color
    shoulders = [(60, S + 10), (70, 420), (110, 382), (190, 360), (322, 360), (402, 382),
                 (442, 420), (452, S + 10)]
    cv.poly(col, shoulders)
    with cv.clipped(lambda: cv.poly(T.white, shoulders)):
        cv.ellipse_c(light(col, 0.12), 150, 420, 70, 60)
        cv.rect(dark(col, 0.2), 60, 496, 392, 20)
    o = p.outfit
    if o == "welding_jacket":
        cv.poly(light(T.paper, 0), [(220, 352), (292, 352), (256, 410)])
        cv.poly(dark(col, 0.25), [(206, 352), (256, 420), (246, 512), (198, 512)])
        cv.poly(light(col, 0.18), [(196, 350), (250, 410), (226, 440), (180, 372)])
        cv.poly(light(col, 0.18), [(316, 350), (262, 410), (286, 440), (332, 372)])
        cv.rect(dark(col, 0.3), 254, 410, 4, 102)
        for y in (440, 476):
            cv.circle(STEEL_LIGHT, 240, y, 5)
        cv.rect(dark(col, 0.15), 300, 448, 70, 40, r=6)
        cv.rect(light(col, 0.1), 300, 448, 70, 12, r=6)
    elif o == "overalls":
        tee = T.welding
        cv.poly(tee, shoulders)
        cv.ellipse_c(dark(SKIN_LIGHT, 0.0), 256, 356, 44, 18)
        cv.rect(col, 176, 420, 160, 100, r=18)
        cv.poly(col, [(150, 374), (184, 366), (206, 440), (180, 440)])
        cv.poly(col, [(362, 374), (328, 366), (306, 440), (332, 440)])
        cv.circle(T.safety, 194, 432, 7)
        cv.circle(T.safety, 318, 432, 7)
        cv.rect(dark(col, 0.25), 222, 448, 68, 46, r=6)
        cv.rect(light(col, 0.2), 222, 448, 68, 8, r=4)
        cv.rect(STEEL_LIGHT, 236, 442, 6, 20, r=3)
    elif o == "polo":
        cv.poly(light(col, 0.3), [(206, 356), (256, 372), (236, 410), (196, 376)])
        cv.poly(light(col, 0.3), [(306, 356), (256, 372), (276, 410), (316, 376)])
        cv.rect(dark(col, 0.2), 248, 372, 16, 70, r=4)
        for y in (392, 420):
            cv.circle(T.white, 256, y, 4)
        cv.rect(T.white, 330, 430, 44, 28, r=5)
        cv.rect(col, 336, 438, 20, 4, r=2)
        cv.rect(T.muted, 336, 446, 30, 3, r=1.5)
    elif o == "work_jacket":
        cv.rect(dark(col, 0.3), 254, 380, 4, 132)
        cv.rect(STEEL_LIGHT, 60, 470, 392, 12)
        cv.rect(mix(T.safety, col, 0.2), 80, 455, 80, 8, r=2)
    elif o == "lab_coat":
        cv.poly(T.paper, [(214, 354), (298, 354), (256, 470)])
        cv.poly(dark(col, 0.15), [(206, 350), (256, 470), (250, 512), (214, 512), (170, 380)])
        cv.poly(light(col, 0.22), [(200, 350), (252, 462), (222, 480), (170, 378)])
        cv.poly(light(col, 0.22), [(312, 350), (260, 462), (290, 480), (342, 378)])
        cv.rect(dark(col, 0.2), 320, 440, 60, 48, r=6)
        cv.line(T.primary, (334, 430), (334, 458), 5)
        cv.line(T.safety, (348, 428), (348, 456), 5)
        cv.rect(T.white, 150, 440, 46, 30, r=5)
        cv.rect(T.battery, 156, 448, 22, 5, r=2)
    elif o == "cleanroom":
        cv.poly(light(col, 0.25), [(200, 354), (256, 380), (312, 354), (300, 392), (212, 392)])
        cv.rect(light(col, 0.35), 252, 392, 8, 120, r=3)
        cv.rect(T.white, 150, 430, 48, 30, r=5)
        cv.rect(T.battery, 156, 438, 24, 5, r=2)


def neck(cv: Canvas, p: Person) -> None:
    cv.rect(p.skin, CX - 36, CY + 60, 72, 120, r=30)
    with cv.clipped(lambda: cv.rect(T.white, CX - 36, CY + 60, 72, 120, r=30)):
        cv.ellipse_c(dark(p.skin, 0.22), CX, CY + 90, 60, 34)


def ears(cv: Canvas, p: Person) -> None:
    for side in (-1, 1):
        x = CX + side * (RX - 4)
        cv.ellipse_c(dark(p.skin, 0.06), x, CY + 14, 15, 24)
        cv.ellipse_c(dark(p.skin, 0.18), x + side * 2, CY + 16, 7, 13)


def face(cv: Canvas, p: Person) -> None:
    pts = face_pts()
    cv.poly(p.skin, pts)
    with cv.clipped(lambda: cv.poly(T.white, pts)):
        with cv.layer(alpha=70, blur=14):
            cv.ellipse_c(dark(p.skin, 0.3), CX + RX * 0.95, CY + 20, 40, 120)
        with cv.layer(alpha=60, blur=12):
            cv.ellipse_c(light(p.skin, 0.4), CX - 34, CY - 54, 44, 30)


def eye(cv: Canvas, p: Person, ex: float, ey: float, side: int, shut: bool = False) -> None:
    w = 17
    if shut:  # the lid down: a lash line curving down, skin where the eye was
        lid = bezier((ex - w, ey + 1), (ex + side, ey + 8), (ex + w, ey), n=14)
        cv.polyline(T.ink, lid, 3.8)
        outer = lid[-1] if side > 0 else lid[0]
        cv.line(T.ink, outer, (outer[0] + 5 * side, outer[1] + 3), 3)
        return
    upper = bezier((ex - w, ey + 2), (ex - 4 * side, ey - 13), (ex + w, ey - 1))
    lower = bezier((ex + w, ey - 1), (ex + 2 * side, ey + 10), (ex - w, ey + 2))
    shape = upper + lower
    cv.poly(light(T.paper, 0.3), shape)
    with cv.clipped(lambda: cv.poly(T.white, shape)):
        cv.circle(p.eyes, ex + 1, ey, 9.5)
        cv.circle(T.ink, ex + 1, ey, 4.8)
        cv.circle(T.white, ex + 4, ey - 3.5, 2.6)
    cv.polyline(T.ink, upper, 3.8)
    outer = upper[-1] if side > 0 else upper[0]
    cv.line(T.ink, outer, (outer[0] + 5 * side, outer[1] - 4), 3)


def brows(cv: Canvas, p: Person, up: float = 0.0) -> None:
    col = dark(p.hair_color, 0.25) if p.hair_color != HAIR_GREY else dark(HAIR_GREY, 0.45)
    if p.hair == "hijab":
        col = HAIR_BLACK
    for side in (-1, 1):
        x0, x1 = CX + side * 20, CX + side * 58
        pts = bezier((x0, CY - 20 - up * 0.7), ((x0 + x1) / 2, CY - 31 - up),
                     (x1, CY - 22 - up * 0.8), n=12)
        cv.polyline(col, pts, 7)


def features(cv: Canvas, p: Person, f: Frame = Frame()) -> None:
    ey = CY + 8
    eye(cv, p, CX - 38, ey, -1, shut=f.eyes == "shut")
    eye(cv, p, CX + 38, ey, 1, shut=f.eyes == "shut")
    brows(cv, p, f.brows)
    nose_col = dark(p.skin, 0.3)
    cv.polyline(nose_col, bezier((CX - 10, CY + 48), (CX, CY + 56), (CX + 10, CY + 48), n=10), 3.2)
    cv.line(rgba(dark(p.skin, 0.2), 140), (CX + 6, CY + 14), (CX + 10, CY + 40), 2.5)
    blush = rgba(mix(p.skin, T.error, 0.5), 70)
    cv.ellipse_c(blush, CX - 52, CY + 48, 16, 9)
    cv.ellipse_c(blush, CX + 52, CY + 48, 16, 9)
    lip = dark(mix(p.skin, T.error, 0.35), 0.25)
    my = CY + 76
    shape = {"own": p.smile, "smile": "broad", "closed": "closed"}.get(f.mouth, f.mouth)
    if shape == "talk":  # mid-word: the mouth open, round, the upper teeth showing
        mouth = [(CX + 18 * math.cos(a), my + 7 + 10 * math.sin(a))
                 for a in (math.radians(k * 10) for k in range(36))]
        cv.poly(mix(T.ink, T.error, 0.35), mouth)
        with cv.clipped(lambda: cv.poly(T.white, mouth)):
            cv.rect(T.white, CX - 20, my - 6, 40, 8, r=3)
            cv.ellipse_c(mix(T.error, p.skin, 0.3), CX, my + 16, 10, 5)
        cv.polyline(lip, mouth + mouth[:1], 3)
    elif shape in ("broad", "open"):  # a broad smile is wider, its corners higher
        w, lift, drop = (34, 4, 34) if shape == "broad" else (28, 0, 30)
        top = bezier((CX - w, my - 2 - lift), (CX, my + 6 - 2 * lift // 2), (CX + w, my - 2 - lift),
                     n=14)
        bottom = bezier((CX + w, my - 2 - lift), (CX, my + drop), (CX - w, my - 2 - lift), n=14)
        mouth = top + bottom
        cv.poly(mix(T.ink, T.error, 0.35), mouth)
        with cv.clipped(lambda: cv.poly(T.white, mouth)):
            cv.rect(T.white, CX - w - 2, my - 6 - lift, 2 * w + 4, 13 + lift // 2, r=4)
            cv.ellipse_c(mix(T.error, p.skin, 0.3), CX, my + drop - 8, w * 0.55, 7)
        cv.polyline(lip, top, 3)
    else:
        pts = bezier((CX - 26, my), (CX, my + 14), (CX + 26, my), n=14)
        cv.polyline(lip, pts, 5)
        cv.circle(lip, CX - 26, my - 1, 2.5)
        cv.circle(lip, CX + 26, my - 1, 2.5)
    if p.age >= 40:
        line = rgba(dark(p.skin, 0.35), 110 if p.age >= 50 else 70)
        for side in (-1, 1):
            cv.polyline(line, bezier((CX + side * 36, CY + 52), (CX + side * 44, CY + 70),
                                     (CX + side * 36, CY + 88), n=10), 2.4)
            if p.age >= 50:
                ox = CX + side * 62
                cv.line(line, (ox, CY + 6), (ox + side * 8, CY + 2), 2)
                cv.line(line, (ox, CY + 12), (ox + side * 8, CY + 14), 2)


# --- hair -----------------------------------------------------------------------------------


def skull(cv: Canvas, col: RGB, grow: float = 0) -> None:
    cv.ellipse_c(col, CX, CY - 14, RX + 10 + grow, RY - 2 + grow)


def hair_back(cv: Canvas, p: Person) -> None:
    c = p.hair_color
    h = p.hair
    if h == "curly_tied":
        for i in range(15):
            a = math.radians(160 + i * 15)
            cv.circle(c, CX + math.cos(a) * (RX + 6), CY - 10 + math.sin(a) * (RY - 4), 30)
        for y in (CY - 10, CY + 22):
            cv.circle(c, CX - RX - 8, y, 22)
            cv.circle(c, CX + RX + 8, y, 22)
    elif h == "ponytail":
        tail = (bezier((CX + 50, CY - 60), (CX + 170, CY - 20), (CX + 128, CY + 160), n=16)
                + bezier((CX + 128, CY + 160), (CX + 100, CY + 60), (CX + 60, CY + 10), n=16))
        cv.poly(dark(c, 0.12), tail)
        cv.polyline(light(c, 0.2), bezier((CX + 90, CY - 20), (CX + 140, CY + 40),
                                          (CX + 124, CY + 130), n=14), 4)
        skull(cv, c, 2)
    elif h == "short":
        skull(cv, c, 4)
        cv.rect(c, CX - RX - 12, CY - 40, 30, 70, r=14)
        cv.rect(c, CX + RX - 18, CY - 40, 30, 70, r=14)
    elif h == "hijab":
        cv.ellipse_c(c, CX, CY - 6, RX + 34, RY + 30)
    elif h == "bob":
        cv.rect_r(c, CX - RX - 26, CY - RY - 16, 2 * RX + 52, RY + 112, tl=RX + 20,
                  tr=RX + 20, bl=34, br=34)
        cv.rect(dark(c, 0.18), CX - RX + 14, CY + 56, 2 * RX - 28, 40, r=18)
    elif h == "braids":
        skull(cv, c, 4)


def braid(cv: Canvas, c: RGB, x: float, y0: float, y1: float, sway: float) -> None:
    pts = bezier((x, y0), (x + sway, (y0 + y1) / 2), (x - sway * 0.3, y1), n=18)
    cv.polyline(c, pts, 15)
    for (x0, yy0), (x1, yy1) in zip(pts[::2], pts[1::2], strict=False):
        cv.line(light(c, 0.22), (x0 - 5, yy0), (x1 + 4, yy1 + 2), 2.4)
    cv.circle(T.battery, pts[-1][0], pts[-1][1] + 6, 6)


def hair_mid(cv: Canvas, p: Person) -> None:
    """Hair that falls in front of the shoulders (drawn over the outfit)."""
    c = p.hair_color
    if p.hair == "hijab":
        drape = [(CX - RX - 34, CY - 10), (CX - RX - 50, CY + 120), (CX - 150, S - 40),
                 (CX - 60, S - 10), (CX + 60, S - 10), (CX + 150, S - 40),
                 (CX + RX + 50, CY + 120), (CX + RX + 34, CY - 10)]
        cv.poly(c, drape)
        fold = light(c, 0.15)
        cv.polyline(fold, bezier((CX - 96, CY + 120), (CX - 60, CY + 200), (CX - 90, S - 30)), 4)
        cv.polyline(fold, bezier((CX + 100, CY + 110), (CX + 70, CY + 190), (CX + 110, S - 40)),
                    4)
        cv.polyline(fold, bezier((CX - 40, CY + 150), (CX, CY + 175), (CX + 40, CY + 150)), 4)
    elif p.hair == "braids":
        for i, x in enumerate((CX - RX - 8, CX - RX + 8, CX - RX + 24)):
            braid(cv, c, x, CY - 10, CY + 200 + i * 14, -10 - i * 4)
        for i, x in enumerate((CX + RX + 8, CX + RX - 8)):
            braid(cv, c, x, CY - 10, CY + 150 + i * 14, 12)


def hair_front(cv: Canvas, p: Person) -> None:
    c = p.hair_color
    h = p.hair
    hi = light(c, 0.25)
    if h == "curly_tied":
        for i in range(11):
            a = math.radians(200 + i * 14)
            cv.circle(c, CX + math.cos(a) * (RX - 4), CY - 30 + math.sin(a) * (RY - 30), 22)
        cv.circle(c, CX - RX + 6, CY - 34, 16)
        cv.circle(c, CX + RX - 6, CY - 34, 16)
        for i in range(7):
            a = math.radians(215 + i * 18)
            cv.arc(hi, CX + math.cos(a) * (RX - 10), CY - 34 + math.sin(a) * (RY - 36), 8, 8,
                   200, 320, 3)
        cv.arc(c, CX - RX + 2, CY + 8, 9, 14, 90, 270, 7)           # a loose curl
    elif h == "ponytail":
        top = (bezier((CX - RX - 10, CY + 10), (CX - RX + 6, CY - 64), (CX - 10, CY - 70), n=16)
               + bezier((CX - 10, CY - 70), (CX + RX - 10, CY - 62), (CX + RX + 10, CY + 4), n=16)
               + [(CX + RX + 10, CY - 140), (CX - RX - 10, CY - 140)])
        with cv.clipped(lambda: skull(cv, T.white, 2)):
            cv.poly(c, top)
            for dx in (-44, 40):
                cv.polyline(hi, bezier((CX + dx * 0.2, CY - 118), (CX + dx, CY - 104),
                                       (CX + dx * 1.6, CY - 62), n=10), 5)
            cv.polyline(dark(c, 0.2), bezier((CX - 10, CY - 120), (CX - 12, CY - 96),
                                             (CX - 10, CY - 70), n=8), 3)
    elif h == "short":
        top = [(CX - RX - 14, CY - 10), (CX - RX + 2, CY - 56), (CX - 40, CY - 60),
               (CX + 10, CY - 50), (CX + 44, CY - 60), (CX + RX - 4, CY - 40),
               (CX + RX + 14, CY - 10), (CX + RX + 14, CY - 140), (CX - RX - 14, CY - 140)]
        with cv.clipped(lambda: skull(cv, T.white, 4)):
            cv.poly(c, top)
            cv.polyline(light(c, 0.35), bezier((CX - 60, CY - 90), (CX - 10, CY - 110),
                                               (CX + 50, CY - 80)), 5)
            cv.polyline(dark(c, 0.15), bezier((CX - 30, CY - 60), (CX + 10, CY - 84),
                                              (CX + 60, CY - 64)), 4)
    elif h == "hijab":
        band = (bezier((CX - RX - 4, CY + 40), (CX - RX, CY - 80), (CX, CY - 78), n=16)
                + bezier((CX, CY - 78), (CX + RX, CY - 80), (CX + RX + 4, CY + 40), n=16)
                + [(CX + RX + 40, CY + 40), (CX + RX + 40, CY - 160), (CX - RX - 40, CY - 160),
                   (CX - RX - 40, CY + 40)])
        with cv.clipped(lambda: cv.ellipse_c(T.white, CX, CY - 6, RX + 34, RY + 30)):
            cv.poly(c, band)
            cv.polyline(light(c, 0.18), bezier((CX - RX + 4, CY - 40), (CX - 20, CY - 104),
                                               (CX + RX, CY - 60)), 4)
    elif h == "bob":
        top = [(CX - RX - 6, CY + 60), (CX - RX + 4, CY - 40), (CX - 60, CY - 78),
               (CX - 30, CY - 88), (CX + 30, CY - 50), (CX + RX - 6, CY - 20),
               (CX + RX + 8, CY + 60), (CX + RX + 30, CY + 60), (CX + RX + 30, CY - 150),
               (CX - RX - 30, CY - 150), (CX - RX - 30, CY + 60)]
        with cv.clipped(lambda: cv.rect_r(T.white, CX - RX - 26, CY - RY - 16, 2 * RX + 52,
                                          RY + 112, tl=RX + 20, tr=RX + 20, bl=34, br=34)):
            cv.poly(c, top)
            cv.polyline(dark(c, 0.15), bezier((CX - 30, CY - 88), (CX + 30, CY - 70),
                                              (CX + RX - 4, CY - 20)), 4)
            cv.polyline(light(c, 0.35), bezier((CX - 70, CY - 100), (CX - 30, CY - 120),
                                               (CX + 30, CY - 104)), 6)
    elif h == "braids":
        top = [(CX - RX - 14, CY), (CX - RX + 2, CY - 60), (CX, CY - 70), (CX + RX - 2, CY - 60),
               (CX + RX + 14, CY), (CX + RX + 14, CY - 140), (CX - RX - 14, CY - 140)]
        with cv.clipped(lambda: skull(cv, T.white, 4)):
            cv.poly(c, top)
            for dx in range(-60, 61, 20):
                cv.line(light(c, 0.15), (CX + dx * 0.8, CY - 70), (CX + dx, CY - 120), 3)


# --- accessories ----------------------------------------------------------------------------


def accessory(cv: Canvas, p: Person) -> None:
    a = p.accessory
    if a == "welding_mask_up":
        shell = dark(T.wall, 0.2)
        cv.polyline(STEEL_DARK, bezier((CX - RX - 6, CY - 20), (CX, CY - 106),
                                       (CX + RX + 6, CY - 20)), 12)      # headgear band
        for side in (-1, 1):
            cv.circle(STEEL_DARK, CX + side * (RX + 6), CY - 20, 13)
            cv.circle(STEEL, CX + side * (RX + 6), CY - 20, 6)
        bottom = bezier((CX + RX + 26, CY - 64), (CX, CY - 104), (CX - RX - 26, CY - 64), n=20)
        top = bezier((CX - RX - 4, CY - 170), (CX, CY - 214), (CX + RX + 4, CY - 170), n=20)
        cv.poly(shell, top + bottom)
        cv.poly(dark(shell, 0.3), bottom + [(CX - RX - 18, CY - 52), (CX, CY - 86),
                                            (CX + RX + 18, CY - 52)][::-1])
        cv.polyline(light(shell, 0.18), bezier((CX - RX - 20, CY - 74), (CX, CY - 112),
                                               (CX + RX + 20, CY - 74), n=20), 4)
        for side in (-1, 1):
            cv.poly(T.welding, [(CX + side * (RX - 6), CY - 166), (CX + side * (RX + 16), CY - 100),
                                (CX + side * (RX + 2), CY - 96), (CX + side * (RX - 20), CY - 160)])
        cv.rect(dark(T.ink, 0.2), CX - 50, CY - 180, 100, 62, r=10)
        cv.rect(mix(T.success, T.ink, 0.6), CX - 42, CY - 172, 84, 46, r=6)
        cv.line(rgba(T.white, 120), (CX - 30, CY - 132), (CX - 8, CY - 166), 6)
        cv.line(rgba(T.white, 80), (CX - 12, CY - 132), (CX + 6, CY - 156), 4)
    elif a == "safety_glasses_up":
        y = CY - 92
        cv.polyline(T.ink, bezier((CX - RX - 4, y + 30), (CX, y - 18), (CX + RX + 4, y + 30)),
                    5)
        for side in (-1, 1):
            lens = [(CX + side * 6, y - 4), (CX + side * 62, y - 2), (CX + side * 60, y + 18),
                    (CX + side * 10, y + 20)]
            cv.poly(rgba(light(T.primary, 0.6), 190), lens)
            cv.polyline(T.ink, [*lens, lens[0]], 4)
            cv.line(rgba(T.white, 200), (CX + side * 20, y + 14), (CX + side * 32, y), 4)
    elif a == "glasses":
        y = CY + 8
        for side in (-1, 1):
            cv.ellipse_c(rgba(T.white, 40), CX + side * 38, y, 27, 20)
            cv.ellipse_ring(T.ink, CX + side * 38, y, 28, 21, 4.5)
            cv.line(rgba(T.white, 170), (CX + side * 38 - 14, y + 8), (CX + side * 38 - 4, y - 10),
                    3)
        cv.polyline(T.ink, bezier((CX - 12, y - 4), (CX, y - 10), (CX + 12, y - 4), n=8), 4)
        cv.line(T.ink, (CX - 66, y - 4), (CX - RX + 2, y - 8), 4)
        cv.line(T.ink, (CX + 66, y - 4), (CX + RX - 2, y - 8), 4)
    elif a == "tablet":
        for side in (-1, 1):
            cv.ellipse_c(p.outfit_color, CX + side * 110, S - 40, 60, 70)
        cv.rect(T.ink, CX - 96, 400, 192, 130, r=14)
        cv.rect(light(T.maintenance, 0.85), CX - 84, 412, 168, 108, r=6)
        for i, hgt in enumerate((40, 62, 30, 74, 52)):
            cv.rect(T.maintenance if i != 3 else T.safety, CX - 70 + i * 30, 500 - hgt, 20, hgt,
                    r=3)
        for side in (-1, 1):
            x = CX + side * 100
            cv.rect(p.skin, x - 18, 430, 36, 50, r=16)
            cv.rect(dark(p.skin, 0.15), x - 18 + (10 if side < 0 else 0), 430, 8, 40, r=4)
    elif a == "cleanroom_cap_mask":
        cap = light(T.battery, 0.2)
        cv.ellipse_c(cap, CX, CY - 84, RX + 34, RY - 34)
        for i in range(9):
            ang = math.radians(200 + i * 17.5)
            cv.circle(cap, CX + math.cos(ang) * (RX + 20), CY - 80 + math.sin(ang) * (RY - 46),
                      26)
        cv.polyline(dark(cap, 0.2), bezier((CX - RX - 22, CY - 30), (CX, CY - 84),
                                           (CX + RX + 22, CY - 30), n=20), 9)
        for dx in (-50, 0, 50):
            cv.polyline(light(cap, 0.25), bezier((CX + dx - 20, CY - 130), (CX + dx, CY - 160),
                                                 (CX + dx + 24, CY - 134), n=8), 4)
        mask = light(T.battery, 0.82)
        my = CY + RY + 26
        shape = [(CX - 62, my - 16), (CX + 62, my - 16), (CX + 52, my + 28), (CX - 52, my + 28)]
        cv.poly(dark(mask, 0.1), shape)
        cv.poly(mask, [(x, y - 3) for x, y in shape])
        for k in range(3):
            cv.line(dark(mask, 0.12), (CX - 56, my - 8 + k * 11), (CX + 56, my - 8 + k * 11), 2.5)
    elif a == "hearing_aid":           # behind the right ear, with its thin tube
        x = CX + RX + 4
        cv.ellipse_c(dark(T.primary, 0.25), x + 8, CY + 4, 9, 22)
        cv.ellipse_c(light(T.primary, 0.2), x + 6, CY + 2, 6, 17)
        cv.polyline(dark(T.primary, 0.3), bezier((x + 6, CY - 18), (x - 2, CY - 26),
                                                 (x - 10, CY + 2), n=10), 3)
    elif a == "hairnet":               # the food-industry hair cover, over the hair
        net = rgba(T.white, 215)
        cv.ellipse_c(net, CX, CY - 78, RX + 30, RY - 38)
        for i in range(9):
            ang = math.radians(200 + i * 17.5)
            cv.circle(net, CX + math.cos(ang) * (RX + 16), CY - 74 + math.sin(ang) * (RY - 50),
                      24)
        cv.polyline(mix(T.white, T.muted, 0.35), bezier((CX - RX - 18, CY - 28), (CX, CY - 80),
                                                        (CX + RX + 18, CY - 28), n=20), 6)
        for k in range(-3, 4):
            cv.circle(mix(T.white, T.muted, 0.3), CX + k * 24, CY - 128 + abs(k) * 6, 2.5)


# --- the portrait -----------------------------------------------------------------------------


def portrait(p: Person, f: Frame | None = None, name: str = "") -> None:
    """The portrait (``f`` None), or one frame of her face: the box FACE_BOX of the
    portrait drawn with that expression, saved as `<file>.<name>.png`."""
    cv = Canvas(S, S, ss=3)
    card(cv, p)

    def body() -> None:
        hair_back(cv, p)
        torso(cv, p)
        neck(cv, p)
        hair_mid(cv, p)
        if p.accessory == "cleanroom_cap_mask":   # mask loops, behind the face
            for side in (-1, 1):
                cv.polyline(light(T.battery, 0.82), [(CX + side * (RX - 2), CY + 20),
                                                     (CX + side * 60, CY + RY + 14)], 4)
        if p.hair not in ("hijab",):
            ears(cv, p)
        face(cv, p)
        features(cv, p, f or Frame())
        hair_front(cv, p)
        accessory(cv, p)

    with cv.clipped(lambda: cv.rect(T.white, 0, 0, S, S, r=64)):
        body()
    if f is None:
        save(cv.image(), f"assets/portraits/{p.file}.png")
        return
    x, y, w, h = FACE_BOX
    save(cv.image().subsurface((x, y, w, h)).copy(), f"assets/portraits/{p.file}.{name}.png")


def frames(p: Person) -> None:
    """Her face's frames, and `<file>.frames.yaml` that lists them with their box."""
    for name, f in FRAMES.items():
        portrait(p, f, name)
    doc = {"box": list(FACE_BOX), "frames": list(FRAMES)}
    head = ("# Generated by tools/art_portraits.py: the frames of this portrait's face, each\n"
            "# the box [x, y, w, h] of the portrait drawn with another expression.\n")
    (ROOT / f"assets/portraits/{p.file}.frames.yaml").write_text(
        head + yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")


PEOPLE = [
    Person("samia", SKIN_BROWN, "curly_tied", HAIR_BLACK, "welding_jacket",
           mix(T.welding, T.ink, 0.5), "welding_mask_up", T.welding, "open", 41),
    Person("lea", SKIN_LIGHT, "ponytail", HAIR_AUBURN, "overalls", mix(T.primary, T.ink, 0.35),
           "safety_glasses_up", T.welding, "open", 23, eyes=(70, 110, 90)),
    Person("nadia", SKIN_MEDIUM, "short", HAIR_GREY, "polo", T.maintenance, "glasses",
           T.maintenance, "closed", 52),
    Person("ines", SKIN_MEDIUM, "hijab", HAIR_BLACK, "work_jacket", dark(T.maintenance, 0.2),
           "tablet", T.maintenance, "closed", 28),
    Person("claire", SKIN_LIGHT, "bob", HAIR_BLONDE, "lab_coat", light(T.battery, 0.35), "none",
           T.battery, "closed", 35, eyes=(60, 100, 150)),
    Person("awa", SKIN_DARK, "braids", HAIR_BLACK, "cleanroom", T.battery, "cleanroom_cap_mask",
           T.battery, "open", 31),
    # the car-assembly and food worlds (issue 12)
    Person("melissa", SKIN_LIGHT, "ponytail", HAIR_DARK_BROWN, "polo", AUTO, "hearing_aid",
           AUTO, "open", 39, eyes=(80, 70, 50)),
    Person("yasmine", SKIN_BROWN, "bob", HAIR_BLACK, "work_jacket", dark(AUTO, 0.25),
           "safety_glasses_up", AUTO, "closed", 26),
    Person("lina", SKIN_MEDIUM, "short", HAIR_DARK_BROWN, "lab_coat", light(AGRO, 0.7), "hairnet",
           AGRO, "open", 17),
    Person("fatou", SKIN_DARK, "short", HAIR_BLACK, "lab_coat", light(AGRO, 0.55), "glasses",
           AGRO, "closed", 45),
]


def build() -> None:
    for p in PEOPLE:
        portrait(p)
        frames(p)
