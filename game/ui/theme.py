"""The palettes and the type scale of the game (logical 1920x1080 pixels).

A palette is a value: the context holds the one in use (``ctx.palette``) and every drawing
reads it at draw time, so switching to high contrast is swapping one value. Nothing here
changes at run time.
"""
from __future__ import annotations

from dataclasses import dataclass, fields

Color = tuple[int, int, int]


def hex_color(value: str) -> Color:
    value = value.lstrip("#")
    return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))


@dataclass(frozen=True)
class Palette:
    """Every colour the game draws with (images from ``assets/`` aside)."""

    ink: Color            # text, outlines
    paper: Color          # backgrounds
    white: Color          # cards, text on colour
    primary: Color        # buttons, focus
    welding: Color        # the welding world's accent
    maintenance: Color
    battery: Color
    safety: Color         # stars, safety lines, the focus ring
    success: Color
    error: Color
    muted: Color
    disabled: Color       # a disabled button's fill (flat: no shadow, no border)...
    disabled_ink: Color   # ...and its label: greyed, yet 4.5:1 on that fill (WCAG AA)
    floor: Color
    floor_dark: Color
    wall: Color
    edge: Color | None    # the outline every card gets (None: its shadow is enough)
    # the weld pass
    steel: Color
    steel_dark: Color
    bead: Color
    bead_hot: Color
    burn: Color
    seam: Color           # the joint line drawn on the plate
    spark: Color
    arc: Color            # the arc's white-hot glow
    torch: Color
    # the floor
    map_void: Color       # around and under the map; the avatar's shadow
    # one colour per match link (the number badge carries the meaning too)
    links: tuple[Color, ...]

    def colors(self) -> set[Color]:
        """Every colour of the palette (the test of both palettes compares these)."""
        out: set[Color] = set()
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, tuple) and value and isinstance(value[0], tuple):
                out.update(value)
            elif value is not None:
                out.add(value)
        return out


_LINKS = tuple(hex_color(c) for c in ("#2F6FEB", "#E8590C", "#0F9D8A", "#7C3AED",
                                      "#D6336C", "#5C7A1F", "#B8860B", "#3C4A63"))

NORMAL = Palette(
    ink=hex_color("#1B2A41"), paper=hex_color("#F7F4EE"), white=(255, 255, 255),
    primary=hex_color("#2F6FEB"), welding=hex_color("#FF7A1A"),
    maintenance=hex_color("#14B8A6"), battery=hex_color("#7C3AED"),
    safety=hex_color("#FFC83D"), success=hex_color("#22A06B"), error=hex_color("#E5484D"),
    muted=hex_color("#8A94A6"), disabled=hex_color("#E9ECF1"), disabled_ink=hex_color("#566072"),
    floor=hex_color("#D9DEE7"), floor_dark=hex_color("#C5CCD8"), wall=hex_color("#3C4A63"),
    edge=None,
    steel=(150, 160, 176), steel_dark=(112, 122, 140), bead=(214, 190, 140),
    bead_hot=(255, 170, 60), burn=(70, 50, 40), seam=(60, 66, 80), spark=(255, 220, 120),
    arc=(255, 240, 200), torch=(90, 100, 120), map_void=(60, 70, 90), links=_LINKS,
)

#: darker text and borders on pure white; every card outlined so it cannot vanish
HIGH_CONTRAST = Palette(
    ink=(0, 0, 0), paper=(255, 255, 255), white=(255, 255, 255),
    primary=hex_color("#1546B8"), welding=NORMAL.welding, maintenance=NORMAL.maintenance,
    battery=NORMAL.battery, safety=NORMAL.safety, success=hex_color("#0B6B41"),
    error=hex_color("#B4161B"), muted=hex_color("#3D4757"), disabled=hex_color("#E4E8EE"),
    disabled_ink=hex_color("#3D4757"), floor=hex_color("#C9D0DB"),
    floor_dark=hex_color("#3D4757"), wall=NORMAL.wall, edge=(0, 0, 0),
    steel=NORMAL.steel, steel_dark=NORMAL.steel_dark, bead=NORMAL.bead,
    bead_hot=NORMAL.bead_hot, burn=NORMAL.burn, seam=NORMAL.seam, spark=NORMAL.spark,
    arc=NORMAL.arc, torch=NORMAL.torch, map_void=NORMAL.map_void,
    links=(hex_color("#1546B8"), *_LINKS[1:]),
)


#: a QR code is pure black on white in every palette: a phone must read it
QR_DARK: Color = (0, 0, 0)
QR_LIGHT: Color = (255, 255, 255)


def palette_for(high_contrast: bool) -> Palette:
    return HIGH_CONTRAST if high_contrast else NORMAL


LOGICAL_SIZE = (1920, 1080)
LOGICAL_W, LOGICAL_H = LOGICAL_SIZE

# Type scale in logical pixels (text must read from two metres on a kiosk).
TEXT_SMALL = 30
TEXT_BODY = 38
TEXT_LARGE = 52
TEXT_TITLE = 84
TEXT_HUGE = 120

MIN_TARGET = 64  # every touch target is at least this high and wide
