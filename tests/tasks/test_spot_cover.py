"""Every spot station of the shipped worlds: a tap on what the picture draws for a hotspot
or a decoy counts as a tap on it, wherever on the object it lands.

`tools/art_spots.py` draws each picture and, from the very shapes it draws, writes
`<picture>.objects.png` (the pixels of the k-th spot of its sidecar have red = k + 1) and the
outlines the scenarios carry. This test holds the scenarios' hit areas against those pixels.
"""
from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pygame
import pytest
import yaml

from game.scenario.loader import load_scenario
from game.tasks.spot import SpotParams, SpotRules

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "scenarios" / "cap-industrie"
STEP = 2  # px between the object pixels checked
FINGER = 30.0  # image px: about the reach the view gives at 1080p
EDGE = 4  # px: a tap this near another drawn object may go to it


def spot_tasks() -> list[tuple[str, SpotParams]]:
    loaded = load_scenario(SHIPPED)
    return [(f"{world.id}/{station.id}", station.task)
            for world in loaded.model.worlds for station in world.stations
            if isinstance(station.task, SpotParams)]


TASKS = spot_tasks()


def objects(image: str) -> tuple[dict[str, list[tuple[int, int]]], pygame.Surface, list[str]]:
    """The drawn pixels of each spot of a generated picture (every STEP px), the label
    picture and its spots' order."""
    sidecar = yaml.safe_load((ROOT / image.replace(".png", ".hotspots.yaml")).read_text(
        encoding="utf-8"))
    order = [s["id"] for s in sidecar["spots"]]
    labels = pygame.image.load(str(ROOT / image.replace(".png", ".objects.png")))
    w, h = labels.get_size()
    out: dict[str, list[tuple[int, int]]] = {}
    for y in range(0, h, STEP):
        for x in range(0, w, STEP):
            k = labels.get_at((x, y))[0]
            if k:
                out.setdefault(order[k - 1], []).append((x, y))
    return out, labels, order


def drawn_near(labels: pygame.Surface, order: list[str], spot: str, x: int, y: int) -> bool:
    """Whether the picture draws ``spot`` within EDGE px of (x, y): where two objects touch,
    a tap on their shared edge may go to either."""
    k = order.index(spot) + 1 if spot in order else -1
    w, h = labels.get_size()
    return any(labels.get_at((i, j))[0] == k
               for j in range(max(0, y - EDGE), min(h, y + EDGE + 1))
               for i in range(max(0, x - EDGE), min(w, x + EDGE + 1)))


def test_every_world_with_a_spot_station_is_checked() -> None:
    assert {name.split("/")[0] for name, _ in TASKS} >= {"soudure", "maintenance", "batteries"}


@pytest.mark.slow
@pytest.mark.parametrize(("name", "params"), TASKS, ids=[n for n, _ in TASKS])
def test_a_tap_anywhere_on_a_drawn_object_is_a_tap_on_it(name: str, params: SpotParams) -> None:
    drawn, labels, order = objects(params.image)
    rules = SpotRules(params, random.Random(0))
    for hotspot in params.hotspots:
        assert hotspot.id in drawn, f"{name}: the picture draws nothing for '{hotspot.id}'"
    for area in params.areas():
        pixels = drawn.get(area.id, [])
        for reach in (0.0, FINGER):
            wrong: Counter[str] = Counter()
            for x, y in pixels:
                hit = getattr(rules.area_at(x, y, reach), "id", "nothing")
                if hit != area.id and not drawn_near(labels, order, hit, x, y):
                    wrong[hit] += 1
            assert not wrong, (f"{name}: of the {len(pixels)} pixels checked on "
                               f"'{area.id}', taps land on {dict(wrong)} (reach {reach:g})")


@pytest.mark.parametrize(("name", "params"), TASKS, ids=[n for n, _ in TASKS])
def test_the_keyboard_marks_each_area_itself(name: str, params: SpotParams) -> None:
    rules = SpotRules(params, random.Random(0))
    for area in params.areas():
        assert getattr(rules.area_at(area.x, area.y), "id", None) == area.id, (name, area.id)


def test_the_dry_room_door_leaf_finds_the_open_airlock() -> None:
    """The bug a visitor hit: the door leaf, drawn right of the circle, was a wrong tap."""
    params = next(p for n, p in TASKS if p.image.endswith("dryroom_check.png"))
    rules = SpotRules(params, random.Random(0))
    leaf = (318, 300)  # on the open leaf, 132 px right of the circle's centre
    tap = rules.tap(*leaf)
    assert tap is not None and (tap.kind, tap.area) == ("found", "airlock_open")
