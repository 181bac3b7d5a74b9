"""PPE quiz icons (256x256, flat, transparent): the right gear for welding and look-alikes
that are not protective (sunglasses, latex gloves, synthetic t-shirt, sneakers)."""
from __future__ import annotations

from artlib import STEEL, STEEL_DARK, STEEL_LIGHT, Canvas, T, bezier, dark, light, mix, rgba, save

N = 256
LEATHER = mix(mix(T.welding, T.paper, 0.3), T.ink, 0.12)
JACKET = mix(T.welding, T.ink, 0.5)


def ground_shadow(cv: Canvas, cx: float = 128, cy: float = 236, rx: float = 80,
                  ry: float = 11) -> None:
    with cv.layer(alpha=70, blur=6):
        cv.ellipse_c(T.ink, cx, cy, rx, ry)


def mask() -> Canvas:
    cv = Canvas(N, N)
    ground_shadow(cv, rx=70)
    shell = dark(T.wall, 0.1)
    outline = ([*bezier((54, 124), (44, 14), (212, 14), (202, 124), n=28), (194, 172), (166, 210),
                (128, 230), (90, 210), (62, 172)])
    cv.poly(dark(shell, 0.3), [(x + 2, y + 4) for x, y in outline])
    cv.poly(shell, outline)
    with cv.clipped(lambda: cv.poly(T.white, outline)):
        cv.ellipse_c(light(shell, 0.16), 84, 80, 40, 70)
        cv.poly(T.welding, [(40, 190), (80, 150), (96, 176), (120, 140), (128, 200), (60, 240)])
        cv.poly(T.safety, [(70, 214), (92, 184), (104, 204), (118, 186), (118, 230)])
    cv.rect(T.ink, 80, 98, 96, 62, r=10)
    cv.vgradient(mix(T.success, T.ink, 0.55), mix(T.primary, T.ink, 0.55), 88, 106, 80, 46,
                 clip=lambda: cv.rect(T.white, 88, 106, 80, 46, r=6))
    cv.line(rgba(T.white, 130), (100, 148), (122, 110), 7)
    cv.line(rgba(T.white, 90), (124, 148), (138, 122), 4)
    cv.rect(T.ink, 104, 80, 48, 12, r=3)                       # solar cell
    for i in range(4):
        cv.rect(mix(T.primary, T.ink, 0.4), 107 + i * 11.5, 82, 9, 8, r=1)
    cv.circle(STEEL_DARK, 58, 124, 12)
    cv.circle(STEEL, 58, 124, 6)
    return cv


def glove_shape(cv: Canvas, ox: float, oy: float, skin: tuple[int, int, int],
                cuff: tuple[int, int, int], long_cuff: bool, slim: float = 1.0) -> None:
    """An upright glove, fingers up, thumb to the left; ox, oy shift it."""
    fw = 19 * slim
    for _i, (fx, top) in enumerate(((84, 40), (106, 28), (128, 30), (150, 44))):
        cv.rect(dark(skin, 0.12), ox + fx, oy + top + 2, fw, 90, r=fw / 2)
        cv.rect(skin, ox + fx, oy + top, fw - 2, 90, r=fw / 2)
    cv.rect(skin, ox + 82, oy + 90, 88, 76, r=20)
    cv.polyline(skin, [(ox + 96, oy + 150), (ox + 70, oy + 110), (ox + 58, oy + 84)], 22 * slim)
    cv.polyline(dark(skin, 0.15), [(ox + 100, oy + 124), (ox + 128, oy + 118)], 2)
    if long_cuff:
        cv.poly(dark(cuff, 0.15), [(ox + 78, oy + 160), (ox + 174, oy + 160), (ox + 196, oy + 238),
                                   (ox + 58, oy + 238)])
        cv.poly(cuff, [(ox + 80, oy + 158), (ox + 172, oy + 158), (ox + 190, oy + 232),
                       (ox + 62, oy + 232)])
        for x0, x1 in ((86, 68), (166, 184)):
            pts = bezier((ox + x0, oy + 166), (ox + (x0 + x1) / 2, oy + 200), (ox + x1, oy + 226),
                         n=12)
            for a, b in zip(pts[::2], pts[1::2], strict=False):
                cv.line(light(cuff, 0.35), a, b, 2)
        cv.rect(dark(cuff, 0.25), ox + 80, oy + 156, 92, 8, r=3)
    else:
        cv.rect(light(skin, 0.2), ox + 80, oy + 160, 92, 16, r=8)


def gloves() -> Canvas:
    cv = Canvas(N, N)
    ground_shadow(cv, rx=96)
    glove_shape(cv, 30, -8, dark(LEATHER, 0.18), dark(JACKET, 0.1), True)
    glove_shape(cv, -22, 6, LEATHER, JACKET, True)
    return cv


def latex_gloves() -> Canvas:
    cv = Canvas(N, N)
    ground_shadow(cv, rx=70, cy=226)
    latex = mix(mix(T.paper, T.safety, 0.4), T.muted, 0.12)
    with cv.layer(alpha=215):
        glove_shape(cv, 24, -14, dark(latex, 0.12), latex, False, slim=0.82)
    with cv.layer(alpha=240):
        glove_shape(cv, -16, 4, latex, latex, False, slim=0.82)
    cv.line(rgba(T.white, 200), (82, 60), (82, 110), 4)
    return cv


def jacket() -> Canvas:
    cv = Canvas(N, N)
    ground_shadow(cv, rx=90)
    c = JACKET
    # sleeves
    cv.poly(dark(c, 0.2), [(62, 62), (28, 120), (22, 214), (54, 218), (70, 130)])
    cv.poly(dark(c, 0.2), [(194, 62), (228, 120), (234, 214), (202, 218), (186, 130)])
    cv.rect(LEATHER, 20, 204, 36, 18, r=6)
    cv.rect(LEATHER, 200, 204, 36, 18, r=6)
    body = [(70, 44), (110, 36), (146, 36), (186, 44), (196, 226), (60, 226)]
    cv.poly(c, body)
    with cv.clipped(lambda: cv.poly(T.white, body)):
        cv.ellipse_c(light(c, 0.1), 96, 110, 40, 80)
    cv.poly(light(c, 0.22), [(104, 30), (128, 62), (152, 30), (164, 40), (136, 92), (128, 96),
                             (120, 92), (92, 40)])
    cv.rect(dark(c, 0.35), 126, 62, 4, 164)
    for y in (100, 136, 172, 206):
        cv.circle(STEEL_LIGHT, 140, y, 4.5)
    cv.rect(dark(c, 0.15), 76, 150, 40, 34, r=5)
    cv.rect(light(c, 0.12), 76, 150, 40, 10, r=4)
    cv.rect(dark(c, 0.3), 60, 214, 136, 12, r=3)
    return cv


def boot(cv: Canvas, safety: bool) -> None:
    if safety:
        upper = dark(T.wall, 0.25)
        sole = T.ink
        pts = [(46, 70), (120, 62), (128, 148), (176, 160), (220, 180), (226, 208), (40, 208)]
        cv.poly(upper, pts)
        with cv.clipped(lambda: cv.poly(T.white, pts)):
            cv.ellipse_c(light(upper, 0.14), 86, 120, 30, 60)
            cv.poly(STEEL, [(160, 156), (220, 176), (230, 212), (156, 212)])
            cv.polyline(light(STEEL, 0.45), [(166, 164), (212, 180)], 4)
        cv.rect(light(upper, 0.2), 42, 62, 82, 16, r=8)                 # padded collar
        for i in range(5):
            y = 92 + i * 14
            cv.line(T.safety, (112, y), (130, y + 6), 4)
        cv.rect(sole, 34, 206, 198, 20, r=8)
        cv.rect(T.safety, 34, 204, 198, 6, r=3)
        for x in range(44, 226, 18):
            cv.rect(dark(sole, 0.0), x, 222, 10, 8, r=2)
    else:
        upper = T.white
        pts = [(34, 150), (44, 126), (96, 134), (118, 110), (138, 116), (174, 142), (218, 168),
               (230, 190), (228, 206), (34, 206)]
        cv.poly(light(T.muted, 0.2), [(x, y) for x, y in pts])
        inner = [(x + (3 if x < 128 else -3), y + 3) for x, y in pts]
        cv.poly(upper, inner)
        with cv.clipped(lambda: cv.poly(T.white, inner)):
            cv.poly(T.primary, [(66, 206), (128, 146), (150, 156), (98, 206)])
            for y in range(160, 200, 8):
                for x in range(176, 228, 8):
                    cv.circle(light(T.muted, 0.35), x + (y % 16) / 2, y, 1.5)
        cv.rect(T.error, 34, 128, 22, 44, r=8)
        for i in range(4):
            cv.line(T.ink, (110 + i * 13, 126 + i * 7), (124 + i * 13, 118 + i * 7), 3.5)
        cv.rect(light(T.muted, 0.45), 28, 200, 208, 22, r=10)
        cv.rect(T.white, 28, 198, 208, 9, r=4)


def shoes() -> Canvas:
    cv = Canvas(N, N)
    ground_shadow(cv, cy=230, rx=100)
    boot(cv, True)
    return cv


def sneakers() -> Canvas:
    cv = Canvas(N, N)
    ground_shadow(cv, cy=224, rx=100)
    boot(cv, False)
    return cv


def sunglasses() -> Canvas:
    cv = Canvas(N, N)
    ground_shadow(cv, cy=184, rx=96, ry=9)
    frame = T.ink
    cv.polyline(frame, [(26, 112), (16, 94)], 8)
    cv.polyline(frame, [(230, 112), (240, 94)], 8)
    for side in (-1, 1):
        cx = 128 + side * 54
        lens = [(cx - 44, 98), (cx + 44, 98), (cx + 40, 142), (cx + 18, 166), (cx - 18, 166),
                (cx - 40, 142)]
        cv.poly(frame, [(x + (4 if x > cx else -4), y + (4 if y > 120 else -4)) for x, y in lens])
        cv.vgradient(mix(T.primary, T.ink, 0.6), mix(T.battery, T.ink, 0.35), cx - 44, 98, 88, 68,
                     clip=lambda lens=lens: cv.poly(T.white, lens))
        cv.line(rgba(T.white, 140), (cx - 24, 150), (cx - 2, 108), 6)
    cv.polyline(frame, bezier((110, 108), (128, 96), (146, 108), n=10), 8)
    return cv


def tshirt() -> Canvas:
    cv = Canvas(N, N)
    ground_shadow(cv, rx=86)
    c = T.primary
    shape = [(84, 40), (106, 36), (128, 50), (150, 36), (172, 40), (230, 84), (204, 124),
             (186, 112), (188, 226), (68, 226), (70, 112), (52, 124), (26, 84)]
    cv.poly(dark(c, 0.2), [(x + 2, y + 4) for x, y in shape])
    cv.poly(c, shape)
    with cv.clipped(lambda: cv.poly(T.white, shape)):
        cv.poly(light(c, 0.3), [(60, 170), (200, 110), (200, 134), (60, 194)])
        cv.ellipse_c(rgba(T.white, 60), 100, 100, 24, 50)
        for y in range(130, 220, 9):
            for x in (76, 84, 172, 180):
                cv.circle(dark(c, 0.2), x, y, 1.6)
    cv.polyline(light(c, 0.4), bezier((106, 38), (128, 62), (150, 38), n=12), 6)
    return cv


ICONS = {
    "ppe_mask": mask, "ppe_gloves": gloves, "ppe_jacket": jacket, "ppe_shoes": shoes,
    "ppe_sunglasses": sunglasses, "ppe_latex_gloves": latex_gloves, "ppe_tshirt": tshirt,
    "ppe_sneakers": sneakers,
}


def build() -> None:
    for name, fn in ICONS.items():
        save(fn().image(), f"assets/icons/{name}.png")
    import art_icons_tools  # the maintenance and battery items, and INDEX.md
    art_icons_tools.build()
