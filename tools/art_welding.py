"""Quiz pictures for the welding world: ISO 2553 weld symbols and weld defects (480x320).

Symbols follow ISO 2553 system A: an arrow line to the joint, a continuous reference line with
a dashed identification line under it; an arrow-side weld symbol stands on the continuous line.
Defects show two steel plates seen from above, butt-welded along a horizontal seam.
"""
from __future__ import annotations

import math
import random

from artlib import STEEL, STEEL_DARK, STEEL_LIGHT, Canvas, T, dark, light, mix, rgba, save

W, H = 480, 320
LINE = T.ink
GRID = light(T.primary, 0.86)


def paper(cv: Canvas) -> None:
    """Drawing paper: white card with a faint blue grid."""
    with cv.layer(alpha=50, blur=6, offset=(0, 4)):
        cv.rect(T.ink, 8, 8, W - 16, H - 16, r=22)
    cv.rect(T.white, 4, 4, W - 8, H - 12, r=22)
    with cv.clipped(lambda: cv.rect(T.white, 4, 4, W - 8, H - 12, r=22)):
        for x in range(20, W, 20):
            cv.rect(GRID, x, 0, 1, H)
        for y in range(20, H, 20):
            cv.rect(GRID, 0, y, W, 1)


# --- symbols ------------------------------------------------------------------------------

JX, JY = 170.0, 150.0      # junction of arrow line and reference line
RX1 = 420.0                # end of the reference line
TIP = (92.0, 238.0)        # arrow tip, on the joint


def reference(cv: Canvas) -> None:
    cv.line(LINE, (JX, JY), (RX1, JY), 4)
    x = JX
    while x < RX1 - 4:
        cv.line(LINE, (x, JY + 12), (min(x + 14, RX1), JY + 12), 2.5, cap=False)
        x += 22
    cv.line(LINE, (JX, JY), TIP, 4)
    ang = math.atan2(TIP[1] - JY, TIP[0] - JX)
    L, Wd = 24, 9
    bx, by = TIP[0] - math.cos(ang) * L, TIP[1] - math.sin(ang) * L
    nx, ny = -math.sin(ang) * Wd, math.cos(ang) * Wd
    cv.poly(LINE, [TIP, (bx + nx, by + ny), (bx - nx, by - ny)])


def t_joint(cv: Canvas) -> None:
    """A T-joint section at the arrow tip, with the fillet weld the arrow points to."""
    g = light(T.muted, 0.55)
    cv.rect(g, 30, 244, 150, 22)
    cv.rect(g, 36, 172, 22, 72)
    cv.poly(light(T.welding, 0.45), [(58, 244), (58, 224), (78, 244)])
    cv.frame(dark(g, 0.3), 30, 244, 150, 22, 1.5)
    cv.frame(dark(g, 0.3), 36, 172, 22, 72, 1.5)


def butt_joint(cv: Canvas, v: bool) -> None:
    g = light(T.muted, 0.55)
    if v:
        cv.poly(g, [(20, 246), (80, 246), (92, 266), (20, 266)])
        cv.poly(g, [(104, 246), (164, 246), (164, 266), (92 + 4, 266)])
        cv.poly(light(T.welding, 0.45), [(80, 246), (104, 246), (96, 266), (92, 266)])
    else:
        cv.rect(g, 20, 246, 70, 20)
        cv.rect(g, 96, 246, 70, 20)
        cv.rect(light(T.welding, 0.45), 90, 246, 6, 20)


def fillet_symbol(cv: Canvas, x: float) -> None:
    h = 44
    cv.polyline(LINE, [(x, JY), (x, JY - h), (x + h, JY), (x, JY)], 4.5)


def symbol(kind: str) -> None:
    cv = Canvas(W, H)
    paper(cv)
    sx = 250.0
    if kind in ("fillet", "all_around", "field"):
        t_joint(cv)
    else:
        butt_joint(cv, kind == "v_butt")
    reference(cv)
    if kind in ("fillet", "all_around", "field"):
        fillet_symbol(cv, sx)
    elif kind == "square_butt":
        cv.line(LINE, (sx, JY), (sx, JY - 44), 4.5)
        cv.line(LINE, (sx + 22, JY), (sx + 22, JY - 44), 4.5)
    elif kind == "v_butt":
        cv.polyline(LINE, [(sx - 26, JY - 46), (sx, JY), (sx + 26, JY - 46)], 4.5)
    if kind == "all_around":
        cv.ring(LINE, JX, JY, 13, 4)
    if kind == "field":
        cv.line(LINE, (JX, JY), (JX, JY - 62), 4)
        cv.poly(LINE, [(JX, JY - 62), (JX + 34, JY - 51), (JX, JY - 40)])
    save(cv.image(), f"assets/welding/symbol_{kind}.png")


# --- defects ------------------------------------------------------------------------------

SEAM = 160.0
X0, X1 = 36.0, 444.0
BEAD = mix(STEEL_LIGHT, mix(T.safety, T.welding, 0.5), 0.12)


def plates(cv: Canvas, gap: float = 0) -> None:
    with cv.layer(alpha=70, blur=5, offset=(3, 5)):
        cv.rect(T.ink, 24, 44, W - 48, 232, r=6)
    for y0, y1 in ((44, SEAM - gap / 2), (SEAM + gap / 2, 276)):
        cv.rect(STEEL, 24, y0, W - 48, y1 - y0, r=4)
        cv.vgradient(light(STEEL, 0.2), mix(STEEL, STEEL_DARK, 0.25), 24, y0, W - 48, y1 - y0,
                     clip=lambda y0=y0, y1=y1: cv.rect(T.white, 24, y0, W - 48, y1 - y0, r=4))
        rnd = random.Random(int(y0))
        for _ in range(26):                                  # brushed-steel streaks
            x = rnd.uniform(30, W - 80)
            y = rnd.uniform(y0 + 4, y1 - 4)
            cv.line(rgba(T.white, 60), (x, y), (x + rnd.uniform(20, 60), y), 1)
    if gap:
        cv.rect(dark(T.ink, 0.2), 24, SEAM - gap / 2, W - 48, gap)


def heat_tint(cv: Canvas, y: float, half: float) -> None:
    with cv.layer(alpha=120, blur=8):
        cv.rect(light(T.battery, 0.45), X0, y - half - 22, X1 - X0, 2 * half + 44, r=20)
    with cv.layer(alpha=150, blur=6):
        cv.rect(mix(T.safety, T.welding, 0.35), X0, y - half - 10, X1 - X0, 2 * half + 20, r=14)


def bead(cv: Canvas, y: float = SEAM, half: float = 18, x0: float = X0, x1: float = X1,
         pitch: float = 10, wobble: float = 0, seed: int = 1) -> None:
    """A weld bead with ripples (arcs pointing in the direction of travel, left to right)."""
    rnd = random.Random(seed)
    top, bottom = [], []
    n = int((x1 - x0) / 6)
    for i in range(n + 1):
        x = x0 + (x1 - x0) * i / n
        w = half + (rnd.uniform(-wobble, wobble) if wobble else 0)
        top.append((x, y - w))
        bottom.append((x, y + w))
    shape = top + bottom[::-1]
    cv.poly(dark(BEAD, 0.25), [(x, yy + 2) for x, yy in shape])
    cv.poly(BEAD, shape)
    with cv.clipped(lambda: cv.poly(T.white, shape)):
        x = x0 + 4
        while x < x1:
            cv.arc(dark(BEAD, 0.16), x - half * 0.9, y, half * 0.9, half * 1.05, -70, 70, 1.6)
            cv.arc(light(BEAD, 0.5), x - half * 0.9 - 2.5, y, half * 0.9, half * 1.0, -60, 60, 1.5)
            x += pitch
        cv.rect(rgba(T.white, 70), x0, y - half * 0.45, x1 - x0, half * 0.25)
    cv.circle(dark(BEAD, 0.3), x1 - 2, y, half * 0.5)                # crater at the end


def defect(kind: str) -> None:
    cv = Canvas(W, H)
    cv.rect(mix(T.paper, T.floor, 0.5), 0, 0, W, H, r=22)
    rnd = random.Random(kind)
    if kind == "lack_of_fusion":
        plates(cv, gap=5)
        heat_tint(cv, SEAM - 14, 7)
        bead(cv, y=SEAM - 15, half=9, pitch=6, wobble=1.5, seed=3)
        save(cv.image(), f"assets/welding/defect_{kind}.png")
        return
    plates(cv)
    half = 26 if kind == "burn_through" else 18
    heat_tint(cv, SEAM, half)
    if kind == "undercut":
        bead(cv)
        for xa, xb in ((60, 200), (228, 330), (350, 424)):
            pts = [(x, SEAM - 21 - math.sin(x / 13) * 1.2) for x in range(xa, xb, 4)]
            cv.polyline(rgba(light(STEEL, 0.6), 255), [(x, y - 3.5) for x, y in pts], 2)
            cv.polyline(dark(T.ink, 0.1), pts, 5)
    elif kind == "burn_through":
        bead(cv, half=half, pitch=10, wobble=3, seed=5)
        hole = []
        for i in range(24):
            a = math.radians(i * 15)
            r = 1 + rnd.uniform(-0.12, 0.12)
            hole.append((250 + math.cos(a) * 38 * r, SEAM + 4 + math.sin(a) * 24 * r))
        cv.poly(dark(BEAD, 0.45), [(x * 1.0, y) for x, y in
                                   [(250 + (px - 250) * 1.3, SEAM + 4 + (py - SEAM - 4) * 1.35)
                                    for px, py in hole]])
        cv.poly(dark(T.ink, 0.35), hole)
        with cv.layer(alpha=170, blur=3):
            cv.ellipse_c(T.welding, 250, SEAM + 16, 30, 7)
    else:
        bead(cv)
    if kind == "porosity":
        for _ in range(9):
            x = rnd.uniform(70, 410)
            y = SEAM + rnd.uniform(-9, 9)
            r = rnd.uniform(2.5, 5)
            cv.circle(light(BEAD, 0.5), x + 0.8, y + 0.8, r + 1.5)
            cv.circle(dark(T.ink, 0.2), x, y, r)
    if kind == "spatter":
        for _ in range(70):
            x = rnd.uniform(40, 440)
            side = rnd.choice((-1, 1))
            y = SEAM + side * rnd.uniform(24, 100) ** 1.0
            r = rnd.uniform(1.5, 4.2)
            cv.circle(rgba(T.ink, 90), x + 1.2, y + 1.6, r)
            cv.circle(mix(BEAD, STEEL_DARK, 0.3), x, y, r)
            cv.circle(rgba(T.white, 200), x - r * 0.35, y - r * 0.35, r * 0.35)
    save(cv.image(), f"assets/welding/defect_{kind}.png")


def build() -> None:
    for kind in ("fillet", "square_butt", "v_butt", "all_around", "field"):
        symbol(kind)
    for kind in ("good", "porosity", "undercut", "lack_of_fusion", "spatter", "burn_through"):
        defect(kind)


