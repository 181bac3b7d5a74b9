"""World cards (640x360) of the electric-car assembly hall and of the food plant.

Usage: part of ``python tools/gen_art.py --only illustrations``.
"""
from __future__ import annotations

from art_people import Look, person
from art_scenes import round_card
from artlib import (
    AGRO,
    AUTO,
    SKIN_LIGHT,
    SKIN_MEDIUM,
    STEEL,
    STEEL_DARK,
    STEEL_LIGHT,
    Canvas,
    T,
    dark,
    light,
    mix,
    rgba,
)

W, H = 640, 360
ORANGE = mix(T.welding, T.safety, 0.2)


def world_card_automobile() -> None:
    cv = Canvas(W, H, ss=3)
    cv.vgradient(light(AUTO, 0.84), light(AUTO, 0.62), 0, 0, W, H)
    # the andon board and the overhead conveyor rail
    cv.rect(T.ink, 330, 30, 200, 44, r=8)
    for k in range(6):
        col = T.safety if k == 3 else T.success
        cv.circle(col, 354 + k * 30, 52, 9)
    cv.rect(STEEL_DARK, 0, 96, W, 12, r=3)
    # the car body on its skid, doors off, an orange high-voltage cable under the floor
    body = light(AUTO, 0.3)
    cv.rect(T.safety, 250, 286, 330, 14, r=4)
    cv.rect(dark(body, 0.3), 260, 200, 310, 80, r=30)
    cv.rect(body, 260, 194, 310, 76, r=30)
    cv.poly(body, [(320, 198), (366, 132), (488, 128), (540, 198)])
    cv.poly(mix(T.ink, AUTO, 0.25), [(338, 194), (374, 142), (424, 140), (424, 194)])
    cv.poly(mix(T.ink, AUTO, 0.25), [(434, 194), (434, 140), (480, 140), (520, 194)])
    cv.poly(rgba(T.white, 120), [(350, 190), (378, 150), (392, 150), (364, 190)])
    for cx in (330, 506):
        cv.circle(T.ink, cx, 276, 32)
        cv.circle(STEEL_LIGHT, cx, 276, 15)
    cv.rect(ORANGE, 360, 268, 120, 9, r=4)
    # floor
    cv.rect(mix(T.floor, AUTO, 0.1), 0, 300, W, 60)
    cv.rect(T.safety, 0, 338, W, 6)
    # the nutrunner on its balance arm
    cv.rect(STEEL_DARK, 206, 108, 8, 90, r=3)
    cv.rect(T.ink, 198, 190, 24, 52, r=8)
    cv.rect(AUTO, 200, 204, 20, 12, r=3)
    cv.rect(STEEL, 204, 240, 12, 14, r=2)
    # the operator
    person(cv, 130, 334, 290, Look(skin=SKIN_LIGHT, hair_style="ponytail",
                                   top=mix(AUTO, T.wall, 0.2), glasses=True,
                                   gloves=mix(T.wall, T.muted, 0.4), safety_shoes=True))
    round_card(cv, W, H, "assets/worlds/automobile.png")


def world_card_agro() -> None:
    cv = Canvas(W, H, ss=3)
    cv.vgradient(light(AGRO, 0.86), light(AGRO, 0.64), 0, 0, W, H)
    inox = mix(STEEL_LIGHT, T.white, 0.35)
    # two stainless tanks with their cleaning-in-place pipes
    for tx in (380, 510):
        cv.rect(STEEL_DARK, tx + 44, 20, 12, 50, r=3)
        cv.rect(dark(inox, 0.15), tx, 64, 100, 190, r=34)
        cv.rect(inox, tx, 58, 100, 188, r=34)
        cv.rect(rgba(T.white, 160), tx + 12, 80, 12, 140, r=6)
        cv.rect(T.ink, tx + 56, 120, 30, 20, r=4)
        cv.rect(light(AGRO, 0.4), tx + 60, 124, 22, 12, r=3)
    cv.rect(STEEL_DARK, 430, 30, 130, 10, r=3)
    # the conveyor with bags of vegetables
    cv.rect(T.ink, 0, 262, 360, 18, r=4)
    for lx in (30, 170, 310):
        cv.rect(STEEL_DARK, lx, 278, 10, 26, r=3)
    for bx in (24, 118, 212):
        cv.rect(dark(AGRO, 0.15), bx, 214, 70, 50, r=10)
        cv.rect(light(AGRO, 0.35), bx, 210, 70, 48, r=10)
        cv.rect(AGRO, bx + 12, 226, 46, 14, r=4)
        cv.circle(T.safety, bx + 24, 233, 4)
        cv.circle(T.success, bx + 36, 233, 4)
    # floor
    cv.rect(mix(T.white, T.floor, 0.45), 0, 300, W, 60)
    cv.rect(AGRO, 0, 338, W, 6)
    # the operator in white, hair covered
    person(cv, 300, 334, 292, Look(skin=SKIN_MEDIUM, suit=mix(T.white, AGRO, 0.06),
                                   suit_trim=AGRO, gloves=light(T.primary, 0.5),
                                   holding="tablet"))
    round_card(cv, W, H, "assets/worlds/agro.png")


def build() -> None:
    world_card_automobile()
    world_card_agro()


if __name__ == "__main__":
    import pygame
    pygame.init()
    build()
