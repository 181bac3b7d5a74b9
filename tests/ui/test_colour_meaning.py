"""Meaning never rests on colour alone, checked through the eyes of colour-blind players.

Right and wrong, a gauge's zone and the sort bins must stay apart under deuteranopia,
protanopia and tritanopia (game.ui.cvd, the Machado 2009 model): by shape, label or contrast.
"""
from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")

import pygame
import pytest

from game.tasks.gauge.face import zone_fill
from game.ui import draw, theme
from game.ui.cvd import KINDS, contrast_ratio, simulate, worst_delta

PALETTES = {"normal": theme.NORMAL, "high contrast": theme.HIGH_CONTRAST}


def mark_mask(draw_mark, color: tuple[int, int, int]) -> pygame.mask.Mask:  # type: ignore[no-untyped-def]
    surface = pygame.Surface((120, 120))
    surface.fill((255, 255, 255))
    draw_mark(surface, (60, 60), 90, color)
    return pygame.mask.from_threshold(surface, color, (1, 1, 1, 255))


@pytest.mark.parametrize("name", PALETTES)
def test_right_and_wrong_differ_by_shape_whatever_the_colour_vision(name: str) -> None:
    pal = PALETTES[name]
    # the same colour for both: what is left to tell them apart is the shape
    tick, cross = mark_mask(draw.check_mark, pal.ink), mark_mask(draw.cross_mark, pal.ink)
    overlap = tick.overlap_area(cross, (0, 0))
    assert overlap < 0.5 * min(tick.count(), cross.count())
    # and their colours are not the only cue; still, say how close they come
    delta, kind = worst_delta(pal.success, pal.error)
    assert delta > 0, (name, kind)


@pytest.mark.parametrize("name", PALETTES)
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_the_gauge_zone_stands_out_from_the_face_for_every_colour_vision(name: str,
                                                                         kind: str) -> None:
    pal = PALETTES[name]
    zone, face = simulate(zone_fill(pal), kind), simulate(pal.white, kind)
    # a light tint on white: the brackets and the target mark carry the meaning; the tint
    # must still be seen as a tint (not vanish) by every player
    assert contrast_ratio(zone, face) >= 1.15, (name, kind, zone, face)


def test_every_sort_bin_is_told_by_its_label_not_its_colour(scenario_path) -> None:  # type: ignore[no-untyped-def]
    from game.scenario.loader import load_scenario

    loaded = load_scenario(scenario_path)
    for world in loaded.model.worlds:
        for station in world.stations:
            if station.task.type != "sort":
                continue
            labels = [(b.label.get("fr"), b.label.get("en")) for b in station.task.bins]
            assert all(fr.strip() and en.strip() for fr, en in labels), station.id
            assert len(set(labels)) == len(labels), station.id  # no two bins alike
