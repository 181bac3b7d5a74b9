"""Item icons for sort and match tasks in the maintenance and battery worlds (256x256, flat,
transparent): lockout gear, measuring tools, cells, signs and protective equipment.

assets/icons/INDEX.md lists every icon with a one-line description (written here too).
"""
from __future__ import annotations

import math

from art_icons import ground_shadow
from artlib import (
    GLASS,
    ROOT,
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

N = 256
VIOLET = T.battery
TEAL = T.maintenance
RUBBER = mix(T.error, T.welding, 0.25)


def padlock() -> Canvas:
    cv = Canvas(N, N)
    ground_shadow(cv, rx=60)
    # long steel shackle, then the red plastic body
    cv.polyline(dark(STEEL_LIGHT, 0.25), bezier((92, 120), (92, 20), (164, 20), (164, 120),
                                                n=24), 20)
    cv.polyline(STEEL_LIGHT, bezier((90, 118), (90, 24), (160, 24), (160, 118), n=24), 14)
    cv.polyline(rgba(T.white, 170), bezier((86, 100), (88, 46), (112, 34), n=10), 4)
    cv.rect(dark(T.error, 0.25), 64, 106, 130, 128, r=22)
    cv.rect(T.error, 64, 100, 126, 126, r=22)
    cv.rect(light(T.error, 0.25), 74, 110, 16, 104, r=8)
    cv.rect(T.white, 96, 122, 76, 34, r=6)                            # name label
    cv.text("N° 12", 28, T.ink, 134, 139, anchor="center")
    cv.circle(T.ink, 127, 186, 11)
    cv.poly(T.ink, [(122, 190), (132, 190), (135, 212), (119, 212)])
    return cv


def lockout_tag() -> Canvas:
    cv = Canvas(N, N)
    ground_shadow(cv, rx=64, cy=240)
    card = [(62, 40), (194, 40), (194, 228), (62, 228)]
    cv.rect(dark(T.white, 0.2), 66, 46, 132, 188, r=12)
    cv.rect(T.white, 62, 40, 132, 188, r=12)
    with cv.clipped(lambda: cv.rect(T.white, *card[0], 132, 188, r=12)):
        cv.rect(T.error, 62, 40, 132, 72)
        cv.rect(T.ink, 62, 200, 132, 28)
    cv.circle(STEEL_LIGHT, 128, 62, 12)                               # grommet
    cv.circle(dark(T.error, 0.3), 128, 62, 6)
    cv.polyline(T.ink, bezier((128, 56), (150, 10), (210, 24), (196, 70), n=20), 4)
    cv.text("DANGER", 34, T.white, 128, 94, anchor="center")
    cv.text("NE PAS", 24, T.ink, 128, 130, anchor="center")
    cv.text("MANŒUVRER", 22, T.ink, 128, 152, anchor="center")
    for y in (172, 186):
        cv.rect(T.muted, 78, y, 100, 2)
    cv.text("Nom :", 16, T.white, 74, 214, anchor="midleft")
    return cv


def vat() -> Canvas:
    """A two-pole voltage tester (VAT): a main body with LEDs and a probe on a lead."""
    cv = Canvas(N, N)
    ground_shadow(cv, rx=92)
    body = T.safety
    cv.polyline(T.ink, bezier((122, 200), (150, 250), (200, 220), (190, 150), n=24), 6)
    # second probe
    cv.rect(dark(body, 0.25), 178, 70, 34, 90, r=14)
    cv.rect(body, 176, 66, 32, 88, r=14)
    cv.rect(T.ink, 176, 130, 32, 16, r=4)
    cv.rect(STEEL_LIGHT, 188, 36, 8, 34, r=3)
    cv.rect(T.ink, 184, 62, 16, 8, r=2)
    # main body with a display and voltage LEDs
    cv.rect(dark(body, 0.25), 58, 64, 76, 148, r=22)
    cv.rect(body, 56, 58, 74, 146, r=22)
    cv.rect(T.ink, 56, 168, 74, 36, r=12)
    cv.rect(T.ink, 68, 76, 50, 74, r=8)
    for k, (lbl, _on) in enumerate((("12", False), ("50", False), ("230", False),
                                   ("400", False))):
        y = 86 + k * 15
        cv.circle(T.success if k == 0 else dark(T.error, 0.35), 80, y + 2, 4.5)
        cv.text(lbl, 14, T.white, 92, y + 2, anchor="midleft")
    cv.rect(STEEL_LIGHT, 88, 24, 10, 38, r=4)
    cv.rect(T.ink, 84, 52, 18, 10, r=3)
    return cv


def multimeter() -> Canvas:
    cv = Canvas(N, N)
    ground_shadow(cv, rx=84)
    body = T.safety
    # leads
    cv.polyline(T.error, bezier((150, 210), (200, 240), (236, 200), (222, 120), n=20), 6)
    cv.polyline(T.ink, bezier((106, 210), (60, 246), (20, 200), (34, 120), n=20), 6)
    for px, col in ((222, T.error), (34, T.ink)):
        cv.rect(col, px - 7, 84, 14, 44, r=6)
        cv.rect(STEEL_LIGHT, px - 2, 56, 4, 30, r=2)
    cv.rect(dark(body, 0.3), 72, 34, 116, 188, r=20)
    cv.rect(body, 70, 30, 114, 186, r=20)
    cv.rect(T.ink, 80, 40, 94, 166, r=12)
    cv.rect(mix(T.success, T.white, 0.55), 90, 52, 74, 42, r=5)
    cv.text("230 V", 30, T.ink, 127, 74, anchor="center")
    # selector dial
    cv.circle(STEEL_DARK, 127, 146, 30)
    cv.circle(light(T.ink, 0.25), 127, 146, 24)
    cv.line(T.white, (127, 146), (114, 126), 6)
    for k in range(7):
        a = math.radians(200 + k * 24)
        cv.circle(T.white, 127 + math.cos(a) * 38, 146 + math.sin(a) * 38, 2.4)
    for k, col in enumerate((T.ink, T.error, T.error)):
        cv.circle(STEEL_DARK, 100 + k * 27, 192, 7)
        cv.circle(col if k else light(T.ink, 0.3), 100 + k * 27, 192, 4)
    return cv


def torque_wrench() -> Canvas:
    cv = Canvas(N, N)
    ground_shadow(cv, rx=100, cy=226)
    a, b = (44, 196), (208, 70)
    ang = math.atan2(b[1] - a[1], b[0] - a[0])
    cv.line(dark(STEEL, 0.2), (a[0] + 2, a[1] + 4), (b[0] + 2, b[1] + 4), 22)
    cv.line(STEEL_LIGHT, a, b, 20)
    # handle grip and the scale window
    g0 = (a[0] + math.cos(ang) * 4, a[1] + math.sin(ang) * 4)
    g1 = (a[0] + math.cos(ang) * 70, a[1] + math.sin(ang) * 70)
    cv.line(T.ink, g0, g1, 28)
    for k in range(6):
        t = 10 + k * 11
        p = (a[0] + math.cos(ang) * t, a[1] + math.sin(ang) * t)
        cv.line(light(T.ink, 0.2), (p[0] - math.sin(ang) * 12, p[1] + math.cos(ang) * 12),
                (p[0] + math.sin(ang) * 12, p[1] - math.cos(ang) * 12), 2)
    s0 = (a[0] + math.cos(ang) * 90, a[1] + math.sin(ang) * 90)
    s1 = (a[0] + math.cos(ang) * 140, a[1] + math.sin(ang) * 140)
    cv.line(T.white, s0, s1, 12)
    for k in range(8):
        t = 94 + k * 6
        p = (a[0] + math.cos(ang) * t, a[1] + math.sin(ang) * t)
        cv.line(T.ink, (p[0] - math.sin(ang) * 5, p[1] + math.cos(ang) * 5), p, 1.6)
    cv.text("Nm", 22, T.error, s1[0] + 10, s1[1] + 22, anchor="center")
    # ratchet head
    cv.circle(dark(STEEL, 0.25), b[0] + 2, b[1] + 4, 30)
    cv.circle(STEEL, b[0], b[1], 28)
    cv.circle(STEEL_DARK, b[0], b[1], 14)
    cv.rect(STEEL_LIGHT, b[0] - 7, b[1] - 7, 14, 14, r=2)
    cv.rect(T.error, b[0] + 12, b[1] - 30, 16, 10, r=4)
    return cv


def grease_gun() -> Canvas:
    cv = Canvas(N, N)
    ground_shadow(cv, rx=96)
    # barrel lying horizontally, lever handle on top, flexible hose to the coupler
    cv.rect(dark(TEAL, 0.3), 40, 118, 140, 64, r=22)
    cv.rect(TEAL, 40, 112, 138, 62, r=22)
    cv.rect(light(TEAL, 0.3), 52, 120, 110, 10, r=5)
    cv.rect(STEEL_DARK, 26, 124, 22, 42, r=6)
    cv.rect(STEEL_LIGHT, 12, 138, 16, 14, r=5)
    cv.rect(STEEL_DARK, 176, 104, 36, 78, r=8)
    cv.polyline(T.ink, [(200, 104), (150, 70), (60, 60)], 14)          # lever
    cv.rect(T.ink, 36, 52, 34, 18, r=8)
    cv.polyline(T.ink, bezier((212, 150), (250, 160), (246, 230), (196, 214), n=20), 10)
    cv.rect(STEEL_DARK, 176, 202, 26, 18, r=4)
    cv.rect(STEEL_LIGHT, 166, 206, 12, 10, r=3)
    cv.rect(T.white, 78, 138, 66, 24, r=4)
    cv.ellipse_c(T.safety, 96, 150, 8, 6)
    cv.rect(T.muted, 110, 146, 26, 3)
    cv.rect(T.muted, 110, 153, 18, 3)
    return cv


def vibration() -> Canvas:
    """A vibration sensor: an accelerometer on a magnetic base, its cable and waves."""
    cv = Canvas(N, N)
    ground_shadow(cv, rx=80)
    # the machine surface it sits on
    cv.rect(mix(TEAL, T.wall, 0.3), 30, 170, 196, 50, r=8)
    cv.rect(light(mix(TEAL, T.wall, 0.3), 0.2), 30, 170, 196, 8, r=4)
    # magnet base and sensor body
    cv.rect(T.error, 86, 148, 84, 26, r=6)
    cv.rect(dark(T.error, 0.3), 86, 166, 84, 8, r=3)
    cv.rect(dark(STEEL, 0.2), 96, 72, 64, 82, r=10)
    cv.rect(STEEL_LIGHT, 96, 70, 60, 80, r=10)
    cv.rect(rgba(T.white, 170), 104, 78, 8, 64, r=4)
    for y in (100, 112, 124):
        cv.rect(dark(STEEL_LIGHT, 0.2), 96, y, 60, 2.5)
    cv.rect(T.ink, 116, 46, 24, 28, r=5)
    cv.polyline(T.ink, bezier((128, 46), (128, 12), (190, 10), (226, 40), n=16), 8)
    # vibration waves either side
    for side in (-1, 1):
        for k in range(3):
            r = 34 + k * 18
            cv.arc(rgba(TEAL, 230 - k * 50), 128, 110, r + 40, r + 28,
                   -40 if side > 0 else 140, 40 if side > 0 else 220, 6)
    return cv


def ir_thermometer() -> Canvas:
    cv = Canvas(N, N)
    ground_shadow(cv, rx=80)
    body = TEAL
    # laser line and spot
    cv.line(rgba(T.error, 200), (196, 82), (250, 72), 3)
    cv.circle(T.error, 250, 72, 5)
    handle = [(92, 120), (140, 120), (150, 220), (100, 226)]
    cv.poly(dark(body, 0.3), [(x + 3, y + 4) for x, y in handle])
    cv.poly(body, handle)
    cv.rect(T.ink, 98, 186, 48, 40, r=10)
    cv.rect(dark(body, 0.3), 42, 52, 168, 80, r=28)
    cv.rect(body, 40, 46, 166, 78, r=28)
    cv.rect(T.ink, 184, 60, 30, 46, r=10)
    cv.circle(STEEL_DARK, 204, 82, 12)
    cv.circle(light(T.primary, 0.3), 204, 82, 7)
    cv.rect(T.ink, 56, 58, 100, 52, r=8)
    cv.rect(mix(T.success, T.white, 0.55), 62, 64, 88, 40, r=5)
    cv.text("68 °C", 32, T.ink, 106, 85, anchor="center")
    cv.rect(T.safety, 140, 130, 14, 30, r=5)                          # trigger
    return cv


def gauge() -> Canvas:
    cv = Canvas(N, N)
    ground_shadow(cv, rx=70)
    cx, cy, r = 128.0, 112.0, 82.0
    cv.rect(dark(STEEL_LIGHT, 0.2), 114, 176, 28, 40, r=4)           # stem and hex
    cv.rect(STEEL_LIGHT, 112, 174, 26, 38, r=4)
    cv.rect(STEEL_DARK, 100, 206, 52, 22, r=4)
    cv.circle(dark(T.ink, 0.1), cx + 3, cy + 5, r + 10)
    cv.circle(STEEL_DARK, cx, cy, r + 10)
    cv.circle(STEEL_LIGHT, cx, cy, r + 5)
    cv.circle(T.white, cx, cy, r)
    cv.arc(T.success, cx, cy, r - 16, r - 16, 150, 290, 10)
    cv.arc(T.safety, cx, cy, r - 16, r - 16, 294, 340, 10)
    cv.arc(T.error, cx, cy, r - 16, r - 16, 344, 390, 10)
    for k in range(11):
        a = math.radians(135 + k * 27)
        cv.line(T.ink, (cx + math.cos(a) * (r - 30), cy + math.sin(a) * (r - 30)),
                (cx + math.cos(a) * (r - 22), cy + math.sin(a) * (r - 22)), 2.6)
    for k, lbl in ((0, "0"), (5, "5"), (10, "10")):
        a = math.radians(135 + k * 27)
        cv.text(lbl, 20, T.ink, cx + math.cos(a) * (r - 44), cy + math.sin(a) * (r - 44),
                anchor="center")
    cv.text("bar", 22, T.muted, cx, cy + 40, anchor="center")
    a = math.radians(240)
    cv.line(T.error, (cx, cy), (cx + math.cos(a) * (r - 18), cy + math.sin(a) * (r - 18)), 5)
    cv.circle(T.ink, cx, cy, 9)
    cv.ellipse_c(rgba(T.white, 110), cx - 30, cy - 40, 26, 12)
    return cv


def cell_cylindrical() -> Canvas:
    cv = Canvas(N, N)
    ground_shadow(cv, rx=58)
    x, y, w, h = 86.0, 40.0, 84.0, 190.0
    cv.rect(dark(VIOLET, 0.3), x + 4, y + 6, w, h, r=18)
    cv.rect(VIOLET, x, y, w, h, r=18)
    cv.rect(light(VIOLET, 0.3), x + 12, y + 18, 14, h - 36, r=7)
    cv.rect(STEEL_LIGHT, x, y, w, 22, r=14)
    cv.rect(STEEL_LIGHT, x + 26, y - 12, w - 52, 16, r=5)
    cv.rect(STEEL_LIGHT, x, y + h - 20, w, 20, r=14)
    cv.rect(T.white, x + 30, y + 60, w - 40, 80, r=6)
    cv.text("+", 40, VIOLET, x + w / 2 + 5, y + 84, anchor="center")
    cv.text("3,6 V", 22, T.ink, x + w / 2 + 5, y + 120, anchor="center")
    return cv


def cell_pouch() -> Canvas:
    cv = Canvas(N, N)
    ground_shadow(cv, rx=92)
    x, y, w, h = 42.0, 72.0, 172.0, 150.0
    for tx, col in ((80, STEEL_LIGHT), (152, mix(T.welding, STEEL_LIGHT, 0.5))):
        cv.rect(dark(col, 0.2), tx, 30, 26, 48, r=3)
        cv.rect(col, tx, 28, 24, 46, r=3)
    cv.rect(dark(STEEL_LIGHT, 0.25), x + 3, y + 5, w, h, r=10)
    cv.rect(light(STEEL_LIGHT, 0.2), x, y, w, h, r=10)
    cv.rect(STEEL_LIGHT, x + 14, y + 14, w - 28, h - 28, r=8)
    cv.rect(light(VIOLET, 0.3), x + 24, y + 34, w - 48, 60, r=6)
    cv.text("Li-ion", 28, T.white, x + w / 2, y + 64, anchor="center")
    cv.text("+", 32, T.ink, 92, 100, anchor="center")
    cv.text("–", 32, T.ink, 164, 100, anchor="center")
    cv.rect(rgba(T.white, 140), x + 20, y + 110, w - 60, 6, r=3)
    return cv


def hv_sign() -> Canvas:
    cv = Canvas(N, N)
    ground_shadow(cv, rx=90, cy=232)
    cx, cy, r = 128.0, 140.0, 96.0

    def tri(rr: float) -> list[tuple[float, float]]:
        return [(cx, cy - rr), (cx + rr * 1.08, cy + rr * 0.8), (cx - rr * 1.08, cy + rr * 0.8)]
    cv.poly(dark(T.ink, 0.2), [(x + 3, y + 5) for x, y in tri(r * 1.1)])
    cv.poly(T.ink, tri(r * 1.1))
    cv.poly(T.safety, tri(r * 0.84))
    s = r * 0.48
    by = cy + r * 0.14
    cv.poly(T.ink, [(cx + 0.25 * s, by - s), (cx - 0.45 * s, by + 0.1 * s),
                    (cx - 0.02 * s, by + 0.1 * s), (cx - 0.3 * s, by + s),
                    (cx + 0.48 * s, by - 0.22 * s), (cx + 0.05 * s, by - 0.22 * s),
                    (cx + 0.35 * s, by - s)])
    return cv


def insulated_gloves() -> Canvas:
    """Class 0 insulating rubber gloves (a pair), each with its class label."""
    from art_icons import glove_shape
    cv = Canvas(N, N)
    ground_shadow(cv, rx=96)
    glove_shape(cv, 30, -8, dark(RUBBER, 0.18), dark(RUBBER, 0.25), True)
    glove_shape(cv, -22, 6, RUBBER, dark(RUBBER, 0.08), True)
    cv.rect(T.white, 84, 196, 44, 30, r=5)                             # class label
    cv.rect(T.error, 84, 196, 44, 9, r=4)
    cv.text("0", 24, T.ink, 106, 215, anchor="center")
    cv.text("1000 V", 16, T.white, 168, 226, anchor="center")
    return cv


def face_shield() -> Canvas:
    cv = Canvas(N, N)
    ground_shadow(cv, rx=80)
    # head band and ratchet
    cv.ellipse_ring(T.ink, 128, 66, 82, 34, 10)
    cv.rect(T.ink, 112, 22, 32, 22, r=8)
    cv.circle(STEEL_DARK, 128, 33, 7)
    # brow guard and the visor (clear, slightly tinted)
    cv.rect(dark(T.safety, 0.15), 44, 72, 168, 30, r=12)
    cv.rect(T.safety, 44, 68, 168, 26, r=12)
    visor = [(48, 96), (208, 96), (214, 190), (178, 228), (78, 228), (42, 190)]
    with cv.layer(alpha=150):
        cv.poly(light(GLASS, 0.1), visor)
    cv.polyline(dark(GLASS, 0.2), [*visor, visor[0]], 4)
    with cv.layer(alpha=170, clip=lambda: cv.poly(T.white, visor)):
        cv.poly(T.white, [(70, 96), (100, 96), (60, 228), (30, 228)])
        cv.poly(T.white, [(118, 96), (128, 96), (88, 228), (78, 228)])
    return cv


def safety_glasses() -> Canvas:
    cv = Canvas(N, N)
    ground_shadow(cv, cy=184, rx=96, ry=9)
    frame = T.ink
    cv.polyline(frame, [(26, 112), (14, 92)], 8)
    cv.polyline(frame, [(230, 112), (242, 92)], 8)
    lens = [(24, 100), (232, 100), (226, 144), (196, 168), (150, 166), (128, 146), (106, 166),
            (60, 168), (30, 144)]
    with cv.layer(alpha=170):
        cv.poly(light(GLASS, 0.15), lens)
    cv.polyline(frame, [(24, 100), (232, 100)], 10)
    cv.polyline(dark(GLASS, 0.25), [*lens[1:], lens[0]], 3)
    for side in (-1, 1):                                               # side shields
        sx = 128 + side * 104
        cv.poly(rgba(light(GLASS, 0.1), 200), [(sx, 100), (sx + side * 14, 104),
                                               (sx + side * 10, 140), (sx - side * 2, 144)])
    cv.line(rgba(T.white, 170), (62, 150), (84, 110), 6)
    cv.line(rgba(T.white, 170), (164, 150), (186, 110), 6)
    cv.rect(T.safety, 118, 96, 20, 12, r=4)
    return cv


def cleanroom_suit() -> Canvas:
    cv = Canvas(N, N)
    ground_shadow(cv, rx=80, cy=240)
    suit = mix(T.white, VIOLET, 0.07)
    edge = mix(suit, T.muted, 0.35)
    # hood
    cv.ellipse_c(edge, 128, 44, 34, 32)
    cv.ellipse_c(suit, 128, 42, 32, 30)
    cv.ellipse_c(light(T.ink, 0.2), 128, 48, 18, 18)
    # sleeves
    for side in (-1, 1):
        cv.polyline(edge, [(128 + side * 46, 80), (128 + side * 78, 150), (128 + side * 84, 186)],
                    30)
        cv.polyline(suit, [(128 + side * 46, 80), (128 + side * 76, 150),
                           (128 + side * 82, 184)], 26)
        cv.rect(VIOLET, 128 + side * 82 - 12, 180, 24, 10, r=4)
    body = [(80, 72), (176, 72), (182, 150), (170, 226), (136, 226), (128, 160), (120, 226),
            (86, 226), (74, 150)]
    cv.poly(edge, [(x + 2, y + 3) for x, y in body])
    cv.poly(suit, body)
    cv.rect(VIOLET, 126, 74, 4, 84)                                    # zip
    cv.rect(VIOLET, 146, 96, 20, 6, r=3)
    cv.ellipse_c(light(VIOLET, 0.45), 104, 234, 22, 9)                 # overshoes
    cv.ellipse_c(light(VIOLET, 0.45), 152, 234, 22, 9)
    cv.rect(VIOLET, 84, 224, 40, 5, r=2)
    cv.rect(VIOLET, 132, 224, 40, 5, r=2)
    return cv


ICONS = {
    "tool_padlock": (padlock, "cadenas de consignation rouge, étiquette nominative / red lockout "
                              "padlock with a name label"),
    "tool_tag": (lockout_tag, "étiquette de consignation « DANGER — NE PAS MANŒUVRER » / lockout "
                              "tag \"danger, do not operate\""),
    "tool_vat": (vat, "vérificateur d'absence de tension (VAT) bipolaire / two-pole voltage "
                      "tester"),
    "tool_multimeter": (multimeter, "multimètre affichant 230 V, cordons rouge et noir / "
                                    "multimeter reading 230 V, red and black leads"),
    "tool_torque_wrench": (torque_wrench, "clé dynamométrique (échelle en Nm) / torque wrench "
                                          "(Nm scale)"),
    "tool_grease_gun": (grease_gun, "pompe à graisse avec flexible / grease gun with hose"),
    "tool_vibration": (vibration, "capteur de vibrations sur embase magnétique / vibration "
                                  "sensor on a magnetic base"),
    "tool_ir_thermometer": (ir_thermometer, "thermomètre infrarouge à visée laser (68 °C) / "
                                            "infrared thermometer with laser pointer"),
    "tool_gauge": (gauge, "manomètre 0–10 bar, zones verte, jaune, rouge / pressure gauge, "
                          "0–10 bar, green, amber and red bands"),
    "cell_cylindrical": (cell_cylindrical, "cellule cylindrique lithium-ion (3,6 V) / "
                                           "cylindrical lithium-ion cell"),
    "cell_pouch": (cell_pouch, "cellule souple (pouch) avec ses deux languettes / pouch cell "
                               "with its two tabs"),
    "sign_hv": (hv_sign, "panneau danger électrique (triangle jaune, éclair) / electrical "
                         "danger sign"),
    "ppe_insulated_gloves": (insulated_gloves, "gants isolants classe 0 (1000 V) / class 0 "
                                               "insulating gloves"),
    "ppe_face_shield": (face_shield, "écran facial (visière) sur serre-tête / face shield on "
                                     "a head band"),
    "ppe_safety_glasses": (safety_glasses, "lunettes de sécurité à protections latérales / "
                                           "safety glasses with side shields"),
    "ppe_cleanroom_suit": (cleanroom_suit, "combinaison de salle propre avec capuche et "
                                           "surchaussures / cleanroom coverall with hood and "
                                           "overshoes"),
}

WELDING_ICONS = {
    "ppe_mask": "masque de soudage automatique / auto-darkening welding mask",
    "ppe_gloves": "gants de soudeur en cuir / leather welding gloves",
    "ppe_jacket": "veste de soudeur ignifugée / flame-retardant welding jacket",
    "ppe_shoes": "chaussures de sécurité / safety shoes",
    "ppe_sunglasses": "lunettes de soleil (pas une protection) / sunglasses (not protective)",
    "ppe_latex_gloves": "gants latex (pas une protection) / latex gloves (not protective)",
    "ppe_tshirt": "t-shirt synthétique (pas une protection) / synthetic t-shirt (not "
                  "protective)",
    "ppe_sneakers": "baskets (pas une protection) / sneakers (not protective)",
}


def write_index() -> None:
    lines = ["# Icons (256×256, transparent)", "",
             "Generated by tools/art_icons.py and tools/art_icons_tools.py "
             "(`python tools/gen_art.py --only icons`).", "",
             "| file | what it shows (FR / EN) |", "| --- | --- |"]
    for name, text in WELDING_ICONS.items():
        lines.append(f"| `{name}.png` | {text} |")
    for name, (_fn, text) in ICONS.items():
        lines.append(f"| `{name}.png` | {text} |")
    (ROOT / "assets" / "icons" / "INDEX.md").write_text("\n".join(lines) + "\n",
                                                        encoding="utf-8")


def build() -> None:
    for name, (fn, _text) in ICONS.items():
        save(fn().image(), f"assets/icons/{name}.png")
    write_index()
