"""The player's avatar: a young worker in a blue work jacket, hard hat and safety shoes.

Spritesheet assets/sprites/avatar.png: frames 64x96, rows = facing down, left, right, up;
columns = walk cycle (0 standing, 1 step, 2 passing, 3 other step). Feet rest near y=88,
so the engine can anchor the frame at the bottom centre of the avatar's tile.
"""
from __future__ import annotations

import pygame
from artlib import (
    HAIR_DARK_BROWN,
    SKIN_MEDIUM,
    STEEL_LIGHT,
    Canvas,
    T,
    dark,
    light,
    mix,
    rgba,
    save,
)

FW, FH = 64, 96
HAT = T.safety
SKIN = SKIN_MEDIUM
HAIR = HAIR_DARK_BROWN
JACKET = mix(T.primary, T.wall, 0.2)
JACKET_DARK = dark(JACKET, 0.3)
TROUSERS = dark(T.wall, 0.15)
SHOE = T.ink
BAND = STEEL_LIGHT

STEP = (0, 1, 0, -1)      # which leg leads: +1 left/front, -1 right/back, 0 together
BOB = (0, 1, 0, 1)        # the body dips on the steps


def shadow(cv: Canvas) -> None:
    with cv.layer(alpha=80, blur=2):
        cv.ellipse_c(T.ink, 32, 89, 15, 4.5)


def hard_hat(cv: Canvas, cx: float, cy: float, facing: str) -> None:
    brim_l, brim_r = cx - 18, cx + 18
    if facing == "right":
        brim_l, brim_r = cx - 14, cx + 21
    cv.pie(dark(HAT, 0.15), cx, cy + 1, 15.5, 14, 180, 360)
    cv.pie(HAT, cx, cy, 15, 13.5, 180, 360)
    cv.rect(dark(HAT, 0.2), brim_l, cy - 1, brim_r - brim_l, 5, r=2.5)
    cv.rect(HAT, brim_l, cy - 2, brim_r - brim_l, 4, r=2)
    if facing in ("down", "up"):
        cv.rect(light(HAT, 0.35), cx - 2.5, cy - 13, 5, 12, r=2.5)
    else:
        cv.arc(light(HAT, 0.35), cx, cy, 12, 11, 215, 300, 3)
    cv.ellipse_c(rgba(T.white, 150), cx - 7, cy - 8, 3, 2)


def face_front(cv: Canvas, cx: float, cy: float) -> None:
    cv.rect(dark(SKIN, 0.15), cx - 4, cy + 10, 8, 8, r=2)           # neck
    cv.circle(SKIN, cx - 13, cy + 2, 3)                              # ears
    cv.circle(SKIN, cx + 13, cy + 2, 3)
    cv.circle(SKIN, cx, cy, 13)
    cv.poly(HAIR, [(cx - 14, cy - 5), (cx - 9, cy - 5), (cx - 11, cy + 4), (cx - 14, cy + 2)])
    cv.poly(HAIR, [(cx + 14, cy - 5), (cx + 9, cy - 5), (cx + 11, cy + 4), (cx + 14, cy + 2)])
    for ex in (cx - 5, cx + 5):
        cv.ellipse_c(T.ink, ex, cy + 1, 1.8, 2.4)
        cv.circle(T.white, ex + 0.6, cy + 0.2, 0.6)
    cv.ellipse_c(rgba(T.error, 60), cx - 8, cy + 5, 2.5, 1.5)
    cv.ellipse_c(rgba(T.error, 60), cx + 8, cy + 5, 2.5, 1.5)
    cv.arc(dark(SKIN, 0.55), cx, cy + 4.5, 3.5, 2.5, 20, 160, 1.2)


def face_side(cv: Canvas, cx: float, cy: float) -> None:
    cv.rect(dark(SKIN, 0.15), cx - 3, cy + 10, 8, 8, r=2)
    cv.circle(SKIN, cx + 13, cy + 2, 2.5)                             # nose
    cv.circle(HAIR, cx + 1, cy, 13)
    with cv.clipped(lambda: cv.circle(T.white, cx + 1, cy, 13)):
        cv.ellipse_c(SKIN, cx + 7, cy + 3, 11, 12)
        cv.circle(SKIN, cx + 6, cy + 12, 8)
    cv.ellipse_c(SKIN, cx - 1, cy + 2, 3, 3.6)                       # ear
    cv.circle(dark(SKIN, 0.2), cx - 1, cy + 2, 1.4)
    cv.ellipse_c(T.ink, cx + 8, cy + 1, 1.7, 2.4)
    cv.circle(T.white, cx + 8.6, cy + 0.2, 0.6)
    cv.ellipse_c(rgba(T.error, 60), cx + 8, cy + 5.5, 2.2, 1.4)
    cv.arc(dark(SKIN, 0.55), cx + 9, cy + 6, 2.5, 1.8, 30, 150, 1.1)


def head_back(cv: Canvas, cx: float, cy: float) -> None:
    cv.rect(dark(SKIN, 0.15), cx - 4, cy + 10, 8, 8, r=2)
    cv.circle(SKIN, cx - 13, cy + 2, 3)
    cv.circle(SKIN, cx + 13, cy + 2, 3)
    cv.circle(HAIR, cx, cy, 13)
    cv.rect(HAIR, cx - 9, cy + 4, 18, 8, r=4)


def legs_front(cv: Canvas, step: int, dy: float, back: bool) -> None:
    for side, x in ((1, 27.5), (-1, 36.5)):
        lead = step * side                  # +1 this foot is forward (lower on screen)
        foot_y = 85 + lead * 1.5
        cv.rect(TROUSERS, x - 4.5, 62 + dy, 9, foot_y - 62 - dy, r=3)
        cv.rect(dark(TROUSERS, 0.2), x - 4.5, foot_y - 6, 9, 2)
        if not back:
            cv.rect(SHOE, x - 6, foot_y - 2, 12, 7, r=3.5)
            cv.rect(light(SHOE, 0.35), x - 4, foot_y - 1, 8, 2.5, r=1.2)   # toe cap
        else:
            cv.rect(SHOE, x - 5.5, foot_y - 3, 11, 7, r=3.5)


def torso_front(cv: Canvas, step: int, dy: float, back: bool) -> None:
    for side, x in ((1, 16), (-1, 48)):
        swing = -step * side * 2.5         # arms swing opposite to the legs
        cv.rect(JACKET_DARK, x - 4, 46 + dy, 8, 19 + swing, r=4)
        cv.rect(BAND, x - 4, 57 + dy + swing * 0.5, 8, 2.5)
        cv.circle(SKIN, x, 66 + dy + swing, 3.6)
    cv.rect(JACKET, 18, 44 + dy, 28, 24, r=8)
    cv.rect(JACKET_DARK, 18, 64 + dy, 28, 4, r=2)
    cv.rect(BAND, 18, 58 + dy, 28, 3)
    if not back:
        cv.poly(T.paper, [(27, 44 + dy), (37, 44 + dy), (32, 50 + dy)])
        cv.rect(JACKET_DARK, 31.3, 49 + dy, 1.4, 15)
        cv.rect(light(JACKET, 0.25), 21, 50 + dy, 7, 5, r=1.5)   # chest pocket
        cv.rect(HAT, 37, 50 + dy, 5, 2, r=1)                      # pen in the pocket
    else:
        cv.rect(light(JACKET, 0.1), 22, 46 + dy, 20, 8, r=3)


def frame_front(cv: Canvas, col: int, back: bool) -> None:
    step, dy = STEP[col], BOB[col]
    shadow(cv)
    legs_front(cv, step, dy, back)
    torso_front(cv, step, dy, back)
    if back:
        head_back(cv, 32, 30 + dy)
        hard_hat(cv, 32, 23 + dy, "up")
    else:
        face_front(cv, 32, 30 + dy)
        hard_hat(cv, 32, 23 + dy, "down")


def frame_right(cv: Canvas, col: int) -> None:
    step, dy = STEP[col], BOB[col]
    shadow(cv)
    hip = (32.0, 63.0 + dy)
    stride = 7 * step
    # far leg and arm first, a touch darker
    far_foot = (32 - stride, 86.0)
    near_foot = (32 + stride, 86.0)
    cv.polyline(dark(TROUSERS, 0.25), [hip, far_foot], 9)
    cv.rect(dark(SHOE, 0.1), far_foot[0] - 5, far_foot[1] - 3, 13, 7, r=3.5)
    cv.polyline(dark(JACKET_DARK, 0.2), [(32, 49 + dy), (32 + stride * 0.9, 65 + dy)], 7)
    cv.circle(dark(SKIN, 0.15), 32 + stride * 0.9, 66 + dy, 3.4)
    cv.polyline(TROUSERS, [hip, near_foot], 9)
    cv.rect(SHOE, near_foot[0] - 5, near_foot[1] - 3, 13, 7, r=3.5)
    cv.rect(light(SHOE, 0.35), near_foot[0] + 2, near_foot[1] - 2, 5, 2.5, r=1.2)
    cv.rect(JACKET, 22, 44 + dy, 21, 24, r=8)
    cv.rect(JACKET_DARK, 22, 64 + dy, 21, 4, r=2)
    cv.rect(BAND, 22, 58 + dy, 21, 3)
    cv.rect(T.paper, 36, 44 + dy, 6, 4, r=2)
    near_hand = (32 - stride * 0.9, 65 + dy)
    cv.polyline(JACKET_DARK, [(31, 49 + dy), near_hand], 7)
    cv.circle(SKIN, near_hand[0], near_hand[1] + 1, 3.6)
    face_side(cv, 32, 30 + dy)
    hard_hat(cv, 32, 23 + dy, "right")


def build() -> None:
    sheet = pygame.Surface((FW * 4, FH * 4), pygame.SRCALPHA)
    for row, facing in enumerate(("down", "left", "right", "up")):
        for col in range(4):
            cv = Canvas(FW, FH)
            if facing in ("down", "up"):
                frame_front(cv, col, facing == "up")
            else:
                frame_right(cv, col)
            img = cv.image()
            if facing == "left":
                img = pygame.transform.flip(img, True, False)
            sheet.blit(img, (col * FW, row * FH))
    save(sheet, "assets/sprites/avatar.png")
