"""Standing people in front view for scenes (spot pictures, world cards), in flat style.

One function, `person`, draws a whole figure from a `Look`: skin, hair, clothes and the
protective gear they wear (or do not wear, which is what a spot picture is about).
"""
from __future__ import annotations

from dataclasses import dataclass

from artlib import HAIR_DARK_BROWN, SKIN_MEDIUM, STEEL_LIGHT, Canvas, T, dark, light, mix, rgba

RGB = tuple[int, int, int]
HIVIS = mix(T.safety, T.welding, 0.25)
DENIM = mix(T.primary, T.wall, 0.55)


@dataclass(frozen=True)
class Look:
    skin: RGB = SKIN_MEDIUM
    hair: RGB = HAIR_DARK_BROWN
    hair_style: str = "short"          # short | bun | long | ponytail
    top: RGB = mix(T.maintenance, T.wall, 0.35)
    trousers: RGB = dark(T.wall, 0.15)
    shoes: RGB = T.ink
    vest: bool = False                 # hi-vis vest with reflective bands
    helmet: RGB | None = None          # hard hat colour
    glasses: bool = False              # safety glasses
    gloves: RGB | None = None
    safety_shoes: bool = False         # toe caps drawn
    suit: RGB | None = None            # cleanroom coverall colour (hood, overshoes, mask)
    suit_trim: RGB = T.battery
    holding: str = ""                  # tablet | phone | cup | ""
    sneakers: bool = False             # white street shoes with a coloured stripe


def person(cv: Canvas, x: float, feet: float, h: float, look: Look) -> None:
    """A standing person, feet on y=feet, about h pixels tall, facing the viewer."""
    u = h / 100
    L = look
    # floor shadow
    with cv.layer(alpha=70, blur=3 * u):
        cv.ellipse_c(T.ink, x, feet, 16 * u, 3 * u)
    suit = L.suit
    legs = suit if suit else L.trousers
    # legs
    for side in (-1, 1):
        lx = x + side * 6.4 * u
        cv.rect(dark(legs, 0.12), lx - 5.6 * u, feet - 47 * u, 11.2 * u, 44 * u, r=4 * u)
        cv.rect(legs, lx - 5.6 * u + (1 * u if side < 0 else 0), feet - 47 * u, 10.2 * u,
                43 * u, r=4 * u)
    if suit:
        cv.rect(dark(suit, 0.08), x - 0.6 * u, feet - 40 * u, 1.2 * u, 34 * u)
    # feet
    for side in (-1, 1):
        fx = x + side * 7.4 * u
        if suit:                                     # overshoes over the shoes
            cv.ellipse_c(dark(L.suit_trim, 0.05), fx, feet - 2.2 * u, 6.6 * u, 3.6 * u)
            cv.ellipse_c(light(L.suit_trim, 0.55), fx, feet - 3.2 * u, 6 * u, 3 * u)
            cv.rect(L.suit_trim, fx - 5.6 * u, feet - 5.4 * u, 11.2 * u, 1.2 * u, r=0.6 * u)
        elif L.sneakers:
            cv.rect(light(T.muted, 0.3), fx - 6.5 * u, feet - 5 * u, 13 * u, 5 * u, r=2.5 * u)
            cv.rect(T.white, fx - 6.5 * u, feet - 6 * u, 13 * u, 4.4 * u, r=2.2 * u)
            cv.line(T.error, (fx - 3 * u, feet - 2.8 * u), (fx + 3 * u, feet - 5 * u), 1.3 * u)
        else:
            cv.rect(L.shoes, fx - 6.5 * u, feet - 6 * u, 13 * u, 6 * u, r=2.6 * u)
            if L.safety_shoes:
                cv.rect(T.safety, fx - 6.5 * u, feet - 1.6 * u, 13 * u, 1.6 * u, r=0.8 * u)
                cv.rect(light(L.shoes, 0.3), fx - 4 * u, feet - 5 * u, 8 * u, 2 * u, r=1 * u)
    # torso
    body = suit if suit else L.top
    torso = [(x - 16 * u, feet - 76 * u), (x + 16 * u, feet - 76 * u), (x + 14 * u, feet - 44 * u),
             (x - 14 * u, feet - 44 * u)]
    cv.poly(body, torso)
    cv.rect(body, x - 16.5 * u, feet - 79 * u, 33 * u, 9 * u, r=4.5 * u)
    with cv.clipped(lambda: cv.poly(T.white, torso)):
        cv.ellipse_c(light(body, 0.1), x - 6 * u, feet - 66 * u, 6 * u, 14 * u)
        cv.rect(dark(body, 0.15), x - 16 * u, feet - 48 * u, 32 * u, 4 * u)
    if suit:
        cv.rect(L.suit_trim, x - 0.8 * u, feet - 78 * u, 1.6 * u, 30 * u)      # zip
        cv.rect(L.suit_trim, x + 4 * u, feet - 70 * u, 6 * u, 2 * u, r=1 * u)   # badge
    elif L.vest:
        for side in (-1, 1):
            cv.poly(HIVIS, [(x + side * 3.5 * u, feet - 78 * u), (x + side * 15.5 * u,
                                                                   feet - 77 * u),
                            (x + side * 14.2 * u, feet - 46 * u), (x + side * 3.5 * u,
                                                                   feet - 46 * u)])
        for yy in (62, 53):
            cv.rect(STEEL_LIGHT, x - 14.6 * u, feet - yy * u, 29.2 * u, 2.8 * u)
            cv.rect(light(STEEL_LIGHT, 0.5), x - 14.6 * u, feet - yy * u, 29.2 * u, 0.9 * u)
    else:
        cv.poly(light(body, 0.25), [(x - 5 * u, feet - 79 * u), (x + 5 * u, feet - 79 * u),
                                     (x, feet - 73 * u)])
    # arms and hands
    hand = L.gloves if L.gloves else (L.suit_trim if suit else L.skin)
    arm = dark(body, 0.1)
    if L.holding:
        for side in (-1, 1):
            cv.polyline(arm, [(x + side * 15 * u, feet - 75 * u),
                              (x + side * 18 * u, feet - 61 * u),
                              (x + side * 7 * u, feet - 57 * u)], 7.5 * u)
        obj_y = feet - 60 * u
        if L.holding == "tablet":
            cv.rect(T.ink, x - 9 * u, obj_y - 9 * u, 18 * u, 12 * u, r=1.5 * u)
            cv.rect(mix(T.maintenance, T.white, 0.4), x - 7.6 * u, obj_y - 7.6 * u, 15.2 * u,
                    9.2 * u, r=1 * u)
            for k in range(3):
                cv.rect(T.white, x - 6 * u, obj_y - 6 * u + k * 2.6 * u, 8 * u, 1.1 * u)
        elif L.holding == "phone":
            cv.rect(T.ink, x - 3 * u, obj_y - 8 * u, 6 * u, 10 * u, r=1 * u)
            cv.rect(light(T.primary, 0.5), x - 2.2 * u, obj_y - 7 * u, 4.4 * u, 7.6 * u,
                    r=0.6 * u)
        for side in (-1, 1):
            cv.circle(hand, x + side * 7 * u, feet - 57 * u, 3.8 * u)
    else:
        for side in (-1, 1):
            cv.polyline(arm, [(x + side * 15 * u, feet - 75 * u),
                              (x + side * 19 * u, feet - 60 * u),
                              (x + side * 19 * u, feet - 50 * u)], 7.5 * u)
            cv.circle(hand, x + side * 19 * u, feet - 47.5 * u, 4 * u)
    if L.gloves and not suit:
        for side in (-1, 1):
            hx = x + side * (7 if L.holding else 19) * u
            hy = feet - (57 if L.holding else 47.5) * u
            cv.rect(dark(L.gloves, 0.2), hx - 4.2 * u, hy - 5.2 * u, 8.4 * u, 2.2 * u, r=1 * u)
    # neck and head
    hy = feet - 88 * u
    u = 1.2 * u                                           # the head is drawn a bit larger
    cv.rect(dark(L.skin, 0.15), x - 3 * u, hy + 4 * u, 6 * u, 6 * u)
    if suit:
        cv.ellipse_c(suit, x, hy - 0.5 * u, 10 * u, 11 * u)                       # hood
        cv.rect(suit, x - 10 * u, hy, 20 * u, 11 * u, r=5 * u)
        cv.ellipse_c(dark(suit, 0.12), x, hy + 0.5 * u, 7.4 * u, 8 * u)
        cv.ellipse_c(L.skin, x, hy + 0.5 * u, 6.6 * u, 7.2 * u)
        cv.rect(T.white, x - 6 * u, hy + 1.5 * u, 12 * u, 6.4 * u, r=2.5 * u)    # mask
        cv.rect(light(T.muted, 0.4), x - 4 * u, hy + 3.5 * u, 8 * u, 0.6 * u)
        cv.line(light(T.muted, 0.4), (x - 6 * u, hy + 2 * u), (x - 9 * u, hy - 1 * u), 0.6 * u)
        cv.line(light(T.muted, 0.4), (x + 6 * u, hy + 2 * u), (x + 9 * u, hy - 1 * u), 0.6 * u)
        eye_y = hy - 1.5 * u
    else:
        if L.hair_style == "long":                 # strands falling to the shoulders
            for side in (-1, 1):
                cv.rect(L.hair, x + side * 6.2 * u - 3.2 * u, hy - 3 * u, 6.4 * u, 15 * u,
                        r=3 * u)
        cv.circle(L.skin, x - 7.3 * u, hy + 0.5 * u, 1.6 * u)
        cv.circle(L.skin, x + 7.3 * u, hy + 0.5 * u, 1.6 * u)
        cv.ellipse_c(L.skin, x, hy, 7 * u, 7.8 * u)
        if L.helmet is None:
            cv.pie(L.hair, x, hy - 1 * u, 7.4 * u, 7.4 * u, 180, 360)
            cv.rect(L.hair, x - 7.4 * u, hy - 2 * u, 2.4 * u, 5 * u, r=1 * u)
            cv.rect(L.hair, x + 5 * u, hy - 2 * u, 2.4 * u, 5 * u, r=1 * u)
            if L.hair_style == "bun":
                cv.circle(L.hair, x, hy - 9 * u, 3.4 * u)
            if L.hair_style == "ponytail":
                cv.circle(L.hair, x + 7 * u, hy - 4 * u, 3 * u)
        eye_y = hy + 0.2 * u
        cv.arc(dark(L.skin, 0.5), x, hy + 3.2 * u, 2.4 * u, 1.5 * u, 20, 160, 0.7 * u)
    for side in (-1, 1):
        cv.circle(T.ink, x + side * 2.6 * u, eye_y, 0.9 * u)
    if L.glasses:
        for side in (-1, 1):
            cv.rect(rgba(light(T.primary, 0.6), 170), x + side * 2.6 * u - 2.4 * u,
                    eye_y - 1.6 * u, 4.8 * u, 3.2 * u, r=1 * u)
        cv.rect(T.ink, x - 5.4 * u, eye_y - 1.9 * u, 10.8 * u, 0.8 * u)
    if L.helmet is not None:
        hc = L.helmet
        cv.pie(dark(hc, 0.15), x, hy - 2.6 * u, 8.4 * u, 8.2 * u, 180, 360)
        cv.pie(hc, x, hy - 3 * u, 8 * u, 7.8 * u, 180, 360)
        cv.rect(dark(hc, 0.2), x - 10 * u, hy - 3.4 * u, 20 * u, 2.2 * u, r=1 * u)
        cv.rect(light(hc, 0.4), x - 1.2 * u, hy - 10.4 * u, 2.4 * u, 6 * u, r=1 * u)
