"""Colour-vision deficiency: how a colour looks to a player with deuteranopia, protanopia or
tritanopia, and whether two colours stay apart for her.

The simulation is Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for
Simulation of Color Vision Deficiency", severity 1.0, applied in linear sRGB. Distances are
CIE76 ΔE in CIELAB (D65). Plain Python on purpose: the game's checks need a few colours, and
tools/colorblind.py runs the same maths over whole screenshots.
"""
from __future__ import annotations

Color = tuple[int, int, int]
Matrix = tuple[tuple[float, float, float], tuple[float, float, float], tuple[float, float, float]]

KINDS: dict[str, Matrix] = {
    "deuteranopia": ((0.367322, 0.860646, -0.227968),
                     (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "protanopia": ((0.152286, 1.052583, -0.204868),
                   (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "tritanopia": ((1.255528, -0.076749, -0.178779),
                   (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}


def _to_linear(c: int) -> float:
    v = c / 255
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


def _to_srgb(v: float) -> int:
    v = min(1.0, max(0.0, v))
    s = v * 12.92 if v <= 0.0031308 else 1.055 * v ** (1 / 2.4) - 0.055
    return round(s * 255)


def simulate(color: Color, kind: str) -> Color:
    """``color`` as seen with the deficiency ``kind`` (a key of :data:`KINDS`)."""
    m = KINDS[kind]
    lin = [_to_linear(c) for c in color[:3]]
    out = [sum(m[row][i] * lin[i] for i in range(3)) for row in range(3)]
    return (_to_srgb(out[0]), _to_srgb(out[1]), _to_srgb(out[2]))


def lab(color: Color) -> tuple[float, float, float]:
    r, g, b = (_to_linear(c) for c in color[:3])
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    fx, fy, fz = f(x), f(y), f(z)
    return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))


def delta_e(a: Color, b: Color) -> float:
    la, lb = lab(a), lab(b)
    return float(sum((p - q) ** 2 for p, q in zip(la, lb, strict=True)) ** 0.5)


def luminance(color: Color) -> float:
    r, g, b = (_to_linear(c) for c in color[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: Color, b: Color) -> float:
    """WCAG contrast ratio, 1..21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def worst_delta(a: Color, b: Color) -> tuple[float, str]:
    """The smallest ΔE between ``a`` and ``b`` over normal vision and the three deficiencies."""
    worst = (delta_e(a, b), "normal")
    for kind in KINDS:
        d = delta_e(simulate(a, kind), simulate(b, kind))
        worst = min(worst, (d, kind))
    return worst
