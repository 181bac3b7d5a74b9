"""The machines of a world's floor come alive: an arc's glow and sparks in the welding booth
and over the screens, conveyors that run, rollers that turn, a gauge needle that trembles, a
beacon that turns, status lights that blink. Found once per map from the tiles' ``name``
(the tilesets made by tools/), drawn each frame over the visible ones, all through
ctx.motion: under reduced motion they stand still (a steady glow, no sparks)."""
from __future__ import annotations

import math
import random
from dataclasses import dataclass

import pygame
import pytmx

from game.ui.motion import Motion
from game.ui.theme import Palette

#: tile name -> (effect, x, y inside the tile's cell, px)
EFFECTS: dict[str, tuple[str, int, int]] = {
    "welding_booth_1_1": ("sparks", 48, 38),  # the torch on the booth's table
    "welding_table_0_1": ("sparks", 48, 6),  # the bench under the fume arm
    "welding_screen_0_0": ("glow", 32, 4),  # an arc's light over the screens
    "conveyor": ("belt", 0, 11),
    "conveyor_box": ("belt", 0, 11),
    "coating_machine_0_0": ("roller", 33, 57),
    "calender_0_0": ("belt", 0, 40),
    "hydraulic_unit_1_0": ("needle", 31, 22),
    "machine_open_0_0": ("leds", 16, 10),
    "cell_tester_0_0": ("leds", 20, 34),
    "hv_tester_0_0": ("leds", 20, 30),
    "robot_cell_1_0": ("beacon", 40, 20),
    "robot_cell_2_0": ("sparks", 10, 60),
    "torque_station_0_0": ("leds", 20, 24),
    "andon": ("leds", 18, 20),
    "bagging_machine_0_0": ("leds", 24, 16),
    "dehumidifier_0_0": ("leds", 22, 30),
}


@dataclass(frozen=True)
class Machine:
    effect: str
    x: int  # map px
    y: int
    seed: int


def find(tmx: pytmx.TiledMap) -> list[Machine]:
    """Every animated spot of a map, from its tiles' names."""
    out: list[Machine] = []
    names: dict[int, str] = {}
    for layer in tmx.visible_layers:
        if not isinstance(layer, pytmx.TiledTileLayer):
            continue
        for col, row, gid in layer.iter_data():
            if not gid:
                continue
            if gid not in names:
                props = tmx.get_tile_properties_by_gid(gid) or {}
                names[gid] = str(props.get("name", ""))
            spec = EFFECTS.get(names[gid])
            if spec is not None:
                effect, dx, dy = spec
                out.append(Machine(effect, col * tmx.tilewidth + dx, row * tmx.tileheight + dy,
                                   col * 131 + row * 17))
    return out


def draw(surface: pygame.Surface, machines: list[Machine], area: pygame.Rect, t: float,
         motion: Motion, pal: Palette) -> None:
    """The machines within ``area`` (map px), drawn into ``surface`` (the view)."""
    for m in machines:
        if not area.inflate(160, 160).collidepoint(m.x, m.y):
            continue
        x, y = m.x - area.x, m.y - area.y
        DRAW[m.effect](surface, x, y, t, m.seed, motion, pal)


def _sparks(s: pygame.Surface, x: int, y: int, t: float, seed: int, motion: Motion,
            pal: Palette) -> None:
    glow = 10 + 4 * motion.flicker(t + seed, 37.0)
    pygame.draw.circle(s, pal.spark, (x, y), round(glow) + 5, 3)  # the arc's halo
    pygame.draw.circle(s, pal.arc, (x, y), round(glow))
    pygame.draw.circle(s, pal.white, (x, y), 4)
    if motion.reduced:
        return
    rng = random.Random(int(t * 24) * 7919 + seed)  # a new shower 24 times a second
    for _ in range(9):
        a = rng.uniform(-math.pi, 0.2)
        r0, r1 = rng.uniform(6, 12), rng.uniform(18, 44)
        pygame.draw.line(s, pal.spark, (x + math.cos(a) * r0, y + math.sin(a) * r0),
                         (x + math.cos(a) * r1, y + math.sin(a) * r1 + 4), 2)


def _glow(s: pygame.Surface, x: int, y: int, t: float, seed: int, motion: Motion,
          pal: Palette) -> None:
    k = 0.5 + 0.5 * motion.flicker(t + seed, 23.0)
    pygame.draw.circle(s, pal.arc, (x, y), round(4 + 5 * k))
    if not motion.reduced and k > 0.7:
        for i in (-1, 1):
            pygame.draw.line(s, pal.spark, (x, y), (x + 9 * i, y - 12), 2)


def _belt(s: pygame.Surface, x: int, y: int, t: float, seed: int, motion: Motion,
          pal: Palette) -> None:
    shift = round(motion.cycle(t, 0.8) * 16)  # the belt runs 13 px a second to the right
    for k in range(4):
        sx = x + (k * 16 + shift) % 64
        pygame.draw.line(s, pal.white, (sx, y), (sx, y + 12), 3)


def _roller(s: pygame.Surface, x: int, y: int, t: float, seed: int, motion: Motion,
            pal: Palette) -> None:
    a0 = motion.cycle(t, 0.5) * math.tau
    for k in range(3):
        a = a0 + k * math.tau / 3
        pygame.draw.line(s, pal.ink, (x, y), (x + math.cos(a) * 17, y + math.sin(a) * 17), 3)
    pygame.draw.circle(s, pal.steel, (x, y), 5)


def _needle(s: pygame.Surface, x: int, y: int, t: float, seed: int, motion: Motion,
            pal: Palette) -> None:
    a = -math.pi / 4 + 0.35 * (motion.pulse(t, 1.3) - 0.5) + 0.05 * motion.flicker(t, 17.0)
    pygame.draw.line(s, pal.error, (x, y), (x + math.cos(a) * 15, y + math.sin(a) * 15), 3)
    pygame.draw.circle(s, pal.ink, (x, y), 3)


def _beacon(s: pygame.Surface, x: int, y: int, t: float, seed: int, motion: Motion,
            pal: Palette) -> None:
    a = motion.cycle(t, 0.9) * math.tau
    pygame.draw.circle(s, pal.safety, (x, y), 8)
    pygame.draw.circle(s, pal.ink, (x, y), 8, 2)
    hx = x + math.cos(a) * 5
    pygame.draw.circle(s, pal.white, (round(hx), y - 2), 3)


def _leds(s: pygame.Surface, x: int, y: int, t: float, seed: int, motion: Motion,
          pal: Palette) -> None:
    on = int(motion.cycle(t, 1.5) * 3) if not motion.reduced else 0
    for k, color in enumerate((pal.success, pal.safety, pal.success)):
        lit = k == on or motion.reduced
        pygame.draw.circle(s, color if lit else pal.steel_dark, (x + k * 10, y), 4)


DRAW = {"sparks": _sparks, "glow": _glow, "belt": _belt, "roller": _roller, "needle": _needle,
        "beacon": _beacon, "leds": _leds}
