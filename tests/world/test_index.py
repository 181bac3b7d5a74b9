"""Stations found by position: the same answers as looking at every one, in the same order."""
from __future__ import annotations

import random

import pygame

from game.world.index import RectIndex


def rects(n: int, seed: int = 1) -> dict[str, pygame.Rect]:
    rng = random.Random(seed)
    return {f"s{i}": pygame.Rect(rng.randrange(0, 8000), rng.randrange(0, 8000),
                                 rng.randrange(20, 700), rng.randrange(20, 300))
            for i in range(n)}


def test_the_station_under_a_point_is_the_first_as_before() -> None:
    stations = rects(600)
    index = RectIndex(stations, margin=20)
    rng = random.Random(2)
    for _ in range(3000):
        p = (rng.uniform(-100, 8800), rng.uniform(-100, 8400))
        brute = next((s for s, r in stations.items() if r.inflate(40, 40).collidepoint(p)), None)
        found = next((s for s in index.near(*p) if stations[s].inflate(40, 40).collidepoint(p)),
                     None)
        assert found == brute


def test_every_station_touching_the_view_is_listed_and_few_others() -> None:
    stations = rects(5000)
    index = RectIndex(stations, margin=100)
    view = pygame.Rect(3000, 2000, 1920, 1080)
    listed = index.within(view)
    assert listed == sorted(listed, key=list(stations).index)
    touching = [s for s, r in stations.items() if r.inflate(200, 200).colliderect(view)]
    assert set(touching) <= set(listed)
    assert len(listed) < len(stations) / 5  # the others are not even looked at
