"""The one palette and the type scale of the game (logical 1920x1080 pixels)."""
from __future__ import annotations

Color = tuple[int, int, int]


def hex_color(value: str) -> Color:
    value = value.lstrip("#")
    return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))


INK = hex_color("#1B2A41")        # text, outlines
PAPER = hex_color("#F7F4EE")      # backgrounds
WHITE = (255, 255, 255)
PRIMARY = hex_color("#2F6FEB")    # buttons, focus
WELDING = hex_color("#FF7A1A")    # the welding world's accent
MAINTENANCE = hex_color("#14B8A6")
BATTERY = hex_color("#7C3AED")
SAFETY = hex_color("#FFC83D")     # stars, safety lines
SUCCESS = hex_color("#22A06B")
ERROR = hex_color("#E5484D")
MUTED = hex_color("#8A94A6")
FLOOR = hex_color("#D9DEE7")
FLOOR_DARK = hex_color("#C5CCD8")
WALL = hex_color("#3C4A63")
SHADOW = (0, 0, 0)

LOGICAL_SIZE = (1920, 1080)

# Type scale in logical pixels (text must read from two metres on a kiosk).
TEXT_SMALL = 30
TEXT_BODY = 38
TEXT_LARGE = 52
TEXT_TITLE = 84
TEXT_HUGE = 120

MIN_TARGET = 64  # every touch target is at least this high and wide

_NORMAL = {"INK": INK, "PAPER": PAPER, "MUTED": MUTED, "FLOOR": FLOOR, "FLOOR_DARK": FLOOR_DARK,
           "PRIMARY": PRIMARY, "SUCCESS": SUCCESS, "ERROR": ERROR}
_HIGH_CONTRAST = {"INK": (0, 0, 0), "PAPER": (255, 255, 255), "MUTED": hex_color("#3D4757"),
                  "FLOOR": hex_color("#C9D0DB"), "FLOOR_DARK": hex_color("#3D4757"),
                  "PRIMARY": hex_color("#1546B8"), "SUCCESS": hex_color("#0B6B41"),
                  "ERROR": hex_color("#B4161B")}


def set_high_contrast(on: bool) -> None:
    """Switch the palette: darker text and borders on pure white (a setting)."""
    globals().update(_HIGH_CONTRAST if on else _NORMAL)
