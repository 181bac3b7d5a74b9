"""Every bound on what an author (or a hostile file) may give the game, in one place.

Each is checked before the expensive work it protects (parsing, validating, allocating a
map, drawing), and a refusal names the limit, the file and the line. The figures are
documented in docs/scenario-format.md ("Limits"); keep the two in step.
"""
from __future__ import annotations

# one scenario or world file (1,000 stations like the shipped ones: 8 MB)
YAML_BYTES = 16 * 1024 * 1024
YAML_NODES = 500_000  # values in one YAML file, every alias counted as often as it is used
YAML_ALIASES = 1_000  # uses of an anchor (*name) in one YAML file
TEXT_CHARS = 2_000  # one text (one language of one field); the shipped longest is ~400
STATIONS = 1_000  # stations in a scenario, all worlds together
MAP_BYTES = 16 * 1024 * 1024  # one .tmx, .tsx or .tx file
MAP_TILES = 256  # a map's width and height, in tiles
TILE_PX = 256  # a tile's width and height, in pixels
SAME_KIND_SHOWN = 10  # problems of one kind listed before « … and N more like this »


def size_text(n: int) -> str:
    """A byte count as an author reads it: 2 MB, 50.3 MB, 812 KB."""
    if n >= 1024 * 1024:
        value = n / (1024 * 1024)
        return f"{value:.0f} MB" if value == int(value) else f"{value:.1f} MB"
    return f"{max(1, round(n / 1024))} KB"


def count_text(n: int) -> str:
    """A count with thousands separated: 4,990."""
    return f"{n:,}"
