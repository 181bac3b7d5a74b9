"""Where a found fault's name may go (game/tasks/spot/labels.py): each area's mask holds
every pixel its shape fills on screen, so a name is kept off the whole of another fault; a
name found earlier stays where it was, and a new language places them all again."""
from __future__ import annotations

import random
from typing import Any

import pygame

from game.tasks.spot.figure import mark_area
from game.tasks.spot.labels import AreaMasks
from tests.tasks.conftest import open_task
from tests.tasks.test_spot_found import shipped_spots


def filled(outline: list[tuple[float, float]] | None, centre: tuple[float, float],
           radius: float) -> int:
    """The pixels the shape fills, drawn on a whole screen (nothing clipped)."""
    surf = pygame.Surface((1920, 1080))
    if outline:
        pygame.draw.polygon(surf, (255, 255, 255), outline)
    else:
        pygame.draw.circle(surf, (255, 255, 255), centre, radius)
    surf.set_colorkey((0, 0, 0))
    return pygame.mask.from_surface(surf).count()


def test_a_mask_holds_every_pixel_of_its_shape() -> None:
    rnd = random.Random(7)
    for n in range(300):  # odd: an outline at fractional pixels; even: a circle
        c = (rnd.uniform(100, 1700), rnd.uniform(100, 900))
        outline = [(c[0] + rnd.uniform(-90, 90), c[1] + rnd.uniform(-90, 90))
                   for _ in range(rnd.randint(3, 8))] if n % 2 else None
        radius = rnd.uniform(4, 90)
        masks = AreaMasks({"a": (outline, c, radius)})
        screen = pygame.Rect(0, 0, 1920, 1080)
        assert round(masks.covered(screen, "a") * screen.w * screen.h) \
            == filled(outline, c, radius), n


def test_a_marks_box_is_where_its_tick_and_name_are_placed_from(game: Any) -> None:
    """The box each mark covers on the task's screen is the one the tick and name go by."""
    for world, station in shipped_spots(game)[:2]:
        view = open_task(game, world, station)
        surface = pygame.Surface((1920, 1080))
        for area_id, a in view.rules.by_id.items():
            drawn = mark_area(surface, view.ctx.palette, view.to_screen(a.x, a.y),
                              view.ring_r(a.radius), view.outline(area_id), True, 6)
            assert view.shape_box(area_id) == drawn, (station, area_id)


def test_names_already_shown_stay_and_a_new_language_places_them_again(game: Any) -> None:
    _app, ctx, _clock = game
    world, station = shipped_spots(game)[0]
    view = open_task(game, world, station)
    r = view.rules
    first, second = r.hotspot_ids[:2]
    r.found = [first]
    before = view.label_boxes()[first]
    r.found = [first, second]
    assert view.label_boxes()[first] == before and second in view.label_boxes()
    def sizes() -> dict[str, tuple[int, int]]:
        return {i: view._label(i).get_rect().inflate(28, 14).size for i in (first, second)}

    fitted = sizes()
    assert {i: b.size for i, b in view.label_boxes().items()} == fitted
    ctx.settings.lang = "en" if ctx.settings.lang == "fr" else "fr"
    ctx.apply_settings()
    try:
        assert sizes() != fitted  # (the two languages' names differ in size)
        again = view.label_boxes()  # each pill fits its name in the new language
        assert {i: b.size for i, b in again.items()} == sizes()
        assert all(view.image_rect.contains(box) for box in again.values())
    finally:
        ctx.settings.lang = "fr"
        ctx.apply_settings()
