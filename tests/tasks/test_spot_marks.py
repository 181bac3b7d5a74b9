"""The spot task marks found and missed faults with the outlines their hit areas are made of
(a playtest: circles were drawn round shapes the picture draws, so a door or a person looked
half-marked), on the task's screen and in its debrief figure, in both palettes."""
from __future__ import annotations

import math
from typing import Any

import pygame
import pytest

from game.actions import Press, Release
from game.loop import STEP_S
from game.tasks.base import get
from game.ui.theme import HIGH_CONTRAST, NORMAL, Palette
from tests.tasks.conftest import drawn_words, open_task


def tap(game: Any, pos: tuple[float, float]) -> None:
    app, _, clock = game
    app.dispatch(Press(pos))
    app.dispatch(Release(pos))
    clock.advance(STEP_S)
    app.frame()


def along(pts: list[tuple[float, float]], n: int = 120) -> list[tuple[float, float]]:
    """``n`` points spread along a closed outline."""
    edges = list(zip(pts, [*pts[1:], pts[0]], strict=True))
    total = sum(math.dist(a, b) for a, b in edges)
    out, walked = [], 0.0
    for a, b in edges:
        length = math.dist(a, b)
        while len(out) * total / n < walked + length and length:
            k = (len(out) * total / n - walked) / length
            out.append((a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k))
        walked += length
    return out


def share_near(surface: pygame.Surface, points: list[tuple[float, float]],
               colour: tuple[int, int, int], within: int = 2) -> float:
    """The share of ``points`` with ``colour`` at most ``within`` px away."""
    w, h = surface.get_size()
    hits = 0
    for x, y in points:
        near = ((round(x) + dx, round(y) + dy) for dx in range(-within, within + 1)
                for dy in range(-within, within + 1))
        if any(0 <= px < w and 0 <= py < h and tuple(surface.get_at((px, py)))[:3] == colour
               for px, py in near):
            hits += 1
    return hits / len(points)


def ring(c: tuple[float, float], r: float, n: int = 72) -> list[tuple[float, float]]:
    return [(c[0] + r * math.cos(2 * math.pi * i / n), c[1] + r * math.sin(2 * math.pi * i / n))
            for i in range(n)]


@pytest.mark.parametrize("contrast", [False, True])
def test_a_found_fault_is_outlined_as_drawn_not_circled(game: Any, contrast: bool) -> None:
    app, ctx, _ = game
    ctx.settings.high_contrast = contrast
    try:
        view = open_task(game, "batteries", "salle-seche")
        pal: Palette = ctx.palette
        door = view.rules.by_id["airlock_open"]
        assert door.outline, "the shipped door has its drawn outline"
        tap(game, view.to_screen(door.x, door.y))
        assert "airlock_open" in view.rules.found
        app.draw()
        surface = app.display.logical
        shape = view.outline("airlock_open")
        assert share_near(surface, along(shape), pal.success) > 0.9
        assert share_near(surface, along(shape), pal.white, 5) > 0.9  # the halo
        # no circle of the good colour round its centre any more (where the old ring was)
        circle = [p for p in ring(view.to_screen(door.x, door.y), view.ring_r(door.radius))
                  if min(math.dist(p, q) for q in along(shape, 400)) > 12]
        assert circle and share_near(surface, circle, pal.success, 1) < 0.1
    finally:
        ctx.settings.high_contrast = False


@pytest.mark.parametrize("palette", [NORMAL, HIGH_CONTRAST], ids=["normal", "high-contrast"])
def test_the_debrief_outlines_found_and_missed_faults(game: Any, palette: Palette) -> None:
    _, ctx, _ = game
    ctx.settings.high_contrast = palette is HIGH_CONTRAST
    try:
        view = open_task(game, "batteries", "salle-seche")
        door = view.rules.by_id["airlock_open"]
        tap(game, view.to_screen(door.x, door.y))
        view.rules.done()
        result = view.rules.result()
        d = result.details
        assert d["outlines"]["airlock_open"] == [list(p) for p in door.outline]
        assert set(d["outlines"]) == {a.id for a in view.rules.params.hotspots}
        surface = pygame.Surface((1060, 360))
        surface.fill((0, 0, 0))
        rect = pygame.Rect(0, 0, 1060, 360)
        figure = get("spot").figure
        assert figure is not None and figure.shows(result)
        figure.paint(ctx, surface, rect, result)
        # where the figure puts the picture: as the figure computes it
        box = pygame.Rect(rect.x + 14, rect.y + 14, rect.w - 300 - 28, rect.h - 28)
        asset = ctx.scenario.asset(d["image"])
        pic = ctx.images.fit(asset, box.size)
        k = pic.get_width() / ctx.images.size(asset)[0]
        at = pic.get_rect(midleft=box.midleft)
        pal = ctx.palette

        def shape(area_id: str) -> list[tuple[float, float]]:
            return [(at.x + x * k, at.y + y * k) for x, y in d["outlines"][area_id]]

        assert share_near(surface, along(shape("airlock_open")), pal.success) > 0.85
        for missed in d["missed"]:  # dashed: most of the way round, in the miss colour
            dashes = share_near(surface, along(shape(missed)), pal.error)
            assert dashes > 0.4, (missed, dashes)
            assert share_near(surface, along(shape(missed)), pal.white, 4) > 0.9  # the halo
    finally:
        ctx.settings.high_contrast = False


def test_an_area_without_an_outline_keeps_its_ring(game: Any) -> None:
    app, ctx, _ = game
    view = open_task(game, "soudure", "controle")
    saved = {a.id: a.outline for a in view.rules.params.hotspots}
    porosity = view.rules.by_id["porosity"]
    object.__setattr__(porosity, "outline", None)  # an author's area with only its circle
    try:
        tap(game, view.to_screen(porosity.x, porosity.y))
        app.draw()
        c = view.to_screen(porosity.x, porosity.y)
        assert share_near(app.display.logical, ring(c, view.ring_r(porosity.radius)),
                          ctx.palette.success) > 0.9
    finally:
        object.__setattr__(porosity, "outline", saved["porosity"])


def test_a_tap_on_an_extra_is_marked_found_and_counted(game: Any) -> None:
    """On the découverte the ladder is an extra: shown found, and counted as found (« 0 / 3
    trouvés » beside a tick read as a tap not taken)."""
    app, ctx, _clock = game
    view = open_task(game, "maintenance", "risques", express=True)
    assert "ladder" in view.rules.extra_ids
    ladder = view.rules.by_id["ladder"]
    tap(game, view.to_screen(ladder.x, ladder.y))
    said = drawn_words(game)
    assert "1 / 3 trouvés" in said and ladder.label.get("fr") in said
    assert view.rules.wrong_taps == 0 and view.rules.finds == 1
    assert share_near(app.display.logical, along(view.outline("ladder")),
                      ctx.palette.success) > 0.9
