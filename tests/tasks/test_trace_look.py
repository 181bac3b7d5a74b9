"""The weld pass as a player sees and hears it: the arc glows at the torch, the fresh bead
glows then cools, the bead is wide and dark where the torch went slow, thin and pale where
it went fast, its ripples bunch up when slow; the arc's sound follows how far the torch is
from the joint; the debrief shows her own bead beside a good one."""
from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pygame
import pytest

from game.actions import Drag, Press, Release
from game.ambience import screen_loops
from game.cli import parse
from game.loop import STEP_S
from game.run import create
from game.scene import Push
from game.tasks.trace.figure import BEADS_H, LABEL_W, draw_debrief
from game.tasks.trace.look import COOL_S, Sparks, bead_colour, heat
from game.ui.motion import Motion
from game.ui.theme import NORMAL
from tests.tasks.conftest import drawn_words

Harness = tuple[Any, Any, Any]  # app, ctx, clock


@pytest.fixture
def game(tmp_path: Path, warm_data_dir: Callable[[Path], Path]) -> Iterator[Harness]:
    from datetime import datetime

    from game.progress import Tour

    app, ctx, clock = create(parse(["--headless", "--data-dir", str(warm_data_dir(tmp_path))]))
    model = ctx.scenario.model
    ctx.tour = Tour(model, ["soudure"], datetime(2026, 1, 1))
    yield app, ctx, clock


def open_trace(h: Harness) -> Any:
    from game import flow

    app, ctx, _clock = h
    world = ctx.scenario.model.world("soudure")
    station = next(s for s in world.stations if s.task.type == "trace")
    app.transition(Push(flow.after_dialogue(ctx, world.id, station.id)))
    return app.top


def weld(h: Harness, task: Any, speed: Callable[[float], float], seconds: float,
         off: float = 0.0) -> None:
    """Hold the torch down and move it along the joint at ``speed(s)`` mm/s."""
    app, _ctx, clock = h
    view = task.view
    x0, y0 = view.rules.start_point
    if not getattr(view, "_test_down", False):
        view.handle(Press(view.to_screen((x0, y0))))
        view._test_down, view._test_s = True, 0.0
    for _ in range(round(seconds / STEP_S)):
        view._test_s += speed(view._test_s) * STEP_S
        view.handle(Drag(view.to_screen((x0 + view._test_s, y0 + off))))
        clock.advance(STEP_S)
        app.frame()
        if view.rules.finished:
            return


def screen(task: Any) -> pygame.Surface:
    surface = pygame.Surface((1920, 1080))
    task.draw(surface)
    return surface


def light(c: tuple[int, ...]) -> float:
    return 0.3 * c[0] + 0.59 * c[1] + 0.11 * c[2]


def test_the_arc_glows_at_the_torch_and_the_fresh_bead_glows_then_cools(game: Harness) -> None:
    task = open_trace(game)
    view = task.view
    weld(game, task, lambda s: 6.0, 1.5)
    torch = view.to_screen(view.torch)
    shot = screen(task)
    plate = shot.get_at((view.plate.x + 20, view.plate.bottom - 20))
    near = shot.get_at((round(torch[0]) - 40, round(torch[1]) + 30))
    assert light(near) > light(plate) + 30  # the plate is lit around the arc
    # the torch lifted (no arc): the end of the bead still glows, then cools to its colour
    app, _ctx, clock = game
    view.handle(Release(view.to_screen(view.torch)))
    view._test_down = False
    end = view.rules.bead[-10]
    spot = tuple(round(v) for v in view.to_screen((end.x, end.y)))
    clock.advance(0.1)
    app.frame()
    hot = screen(task).get_at(spot)
    for _ in range(round(COOL_S / STEP_S)):
        clock.advance(STEP_S)
        app.frame()
    cooled = screen(task).get_at(spot)
    assert hot[0] >= cooled[0] + 30 and light(hot) > light(cooled) + 25  # bright, then its colour
    pal = game[1].palette
    want = bead_colour(pal, heat(view.rules.samples[-10].speed, 6.0))
    assert max(abs(a - b) for a, b in zip(cooled[:3], want, strict=True)) < 40


@pytest.mark.slow
def test_slow_leaves_a_wide_dark_bead_with_tight_ripples_fast_a_thin_pale_one(
        game: Harness) -> None:
    task = open_trace(game)
    view = task.view
    crests: list[tuple[float, float]] = []
    laid = view.painter._ripple

    def count(bead: Any, dot: Any, c: Any, r: float) -> None:
        crests.append((dot.s, r))
        laid(bead, dot, c, r)

    view.painter._ripple = count
    weld(game, task, lambda s: 3.0 if s < 50 else 10.0, 30)  # too slow, then too fast
    weld(game, task, lambda s: 10.0, 0.0)
    shot = screen(task)
    row = view.to_screen(view.rules.start_point)[1]

    def across(s_mm: float) -> tuple[int, tuple[int, ...]]:
        """The bead's height on screen at ``s_mm`` along, and its colour on the joint."""
        x, _y = view.to_screen((view.rules.start_point[0] + s_mm, 0))
        plate = shot.get_at((round(x), view.plate.bottom - 10))
        tall = sum(1 for dy in range(-80, 81)
                   if max(abs(a - b) for a, b in zip(shot.get_at((round(x), round(row) + dy))[:3],
                                                      plate[:3], strict=True)) > 25)
        return tall, shot.get_at((round(x), round(row) - 2))

    slow, slow_colour = across(30)
    fast, fast_colour = across(90)
    assert slow > fast * 1.3  # wide where slow
    assert light(slow_colour) < light(fast_colour)  # darker (more heat) where slow
    spacing = {name: [b - a for (a, _), (b, _) in itertools.pairwise(part)]
               for name, part in (("slow", [c for c in crests if 10 < c[0] < 45]),
                                  ("fast", [c for c in crests if 60 < c[0] < 100]))}
    assert sum(spacing["slow"]) / len(spacing["slow"]) < \
        0.6 * sum(spacing["fast"]) / len(spacing["fast"])


def test_no_sparks_fly_under_reduced_motion() -> None:
    sparks = Sparks()
    for _ in range(10):
        sparks.update(1 / 60, (200.0, 200.0), random.Random(1))
    blank = pygame.Surface((400, 400))
    moving, still = blank.copy(), blank.copy()
    sparks.draw(moving, NORMAL, Motion())
    sparks.draw(still, NORMAL, Motion(reduced=True))
    assert pygame.image.tobytes(moving, "RGB") != pygame.image.tobytes(blank, "RGB")
    assert pygame.image.tobytes(still, "RGB") == pygame.image.tobytes(blank, "RGB")


def test_the_arc_sounds_steady_on_the_joint_and_hisses_away_from_it(game: Harness) -> None:
    app, ctx, _clock = game
    task = open_trace(game)
    assert task.loops() == {}  # no arc before the torch touches
    weld(game, task, lambda s: 6.0, 1.0)
    on = task.loops()
    assert on["arc_close"] > 0.4 and on["arc_far"] < 0.05
    weld(game, task, lambda s: 6.0, 0.5, off=task.view.rules.reach_mm * 0.8)
    off = task.loops()
    assert off["arc_far"] > off["arc_close"]
    ctx.settings.sound = True
    assert set(screen_loops(app.stack, ctx.settings)) == {"arc_close", "arc_far"}
    ctx.settings.sound = False
    assert screen_loops(app.stack, ctx.settings) == {}  # muted with every sound
    ctx.settings.sound = True
    from game.scenes.pause import PauseScene

    app.transition(Push(PauseScene(ctx, "task")))
    assert screen_loops(app.stack, ctx.settings) == {}  # paused: the arc stops


@pytest.mark.slow
def test_the_debrief_shows_her_bead_beside_a_good_one(game: Harness) -> None:
    task = open_trace(game)
    weld(game, task, lambda s: 3.0 + 5.0 * ((s // 15) % 2), 60)  # slow, fast, slow…
    result = task.view.rules.result()
    rect = pygame.Rect(0, 0, 1060, 360)
    surface = pygame.Surface(rect.size)
    surface.fill((255, 255, 255))
    assert draw_debrief(game[1], surface, rect, result)
    lane_h = (BEADS_H - 24) // 2
    steel = game[1].palette.steel

    def heights(lane: int) -> list[int]:
        top = 12 + lane * lane_h + 4
        xs = range(12 + LABEL_W + 20, rect.w - 40, 10)
        return [sum(1 for y in range(top, top + lane_h - 8)
                    if surface.get_at((x, y))[:3] != steel) for x in xs]

    yours, good = heights(0), heights(1)
    assert max(good) - min(good) <= 3  # a good bead: even all along
    assert max(yours) - min(yours) > 8  # hers swells where she went slow


@pytest.mark.slow
def test_the_speed_graph_says_too_slow_and_too_fast_as_the_verdict_does(game: Harness) -> None:
    from game.i18n import tr

    task = open_trace(game)
    weld(game, task, lambda s: 3.0 + 5.0 * ((s // 15) % 2), 60)
    result = task.view.rules.result()
    seen: list[str] = []
    game[1].text.seen = seen.append
    try:
        draw_debrief(game[1], pygame.Surface((1060, 360)), pygame.Rect(0, 0, 1060, 360), result)
    finally:
        game[1].text.seen = None
    slow, fast = tr("trace.zone_slow", "fr"), tr("trace.zone_fast", "fr")
    assert slow in seen and fast in seen and tr("trace.zone_off", "fr") in seen
    verdict = result.feedback[0].explain.get("fr")  # type: ignore[union-attr]
    assert f"{slow} sur" in verdict and f"{fast} sur" in verdict


def test_a_hint_under_the_plate_stays_until_it_is_read(game: Harness) -> None:
    """The hint followed the live measure: with a hand that wavers as a person's does, each of
    « Ralentis », « Avance plus vite », « Reviens sur le joint » flashed for 0.1–0.4 s. Each
    now stays at least as long as reading it takes (200 words a minute)."""
    import math

    from game.autoplay import READ_WPM, words
    from game.tasks.trace.rules import HINTS

    app, _ctx, clock = game
    task = open_trace(game)
    view = task.view
    rules = view.rules
    view.handle(Press(view.to_screen(rules.start_point)))
    s = t = 0.0
    shown: list[tuple[str, float]] = []  # each hint shown and for how long
    last = None
    while not rules.finished:
        t += STEP_S
        s += (6 + 3.2 * math.sin(2 * math.pi * 0.7 * t)) * STEP_S  # 3-9 mm/s, off 1.6 mm
        off = 1.6 * math.sin(2 * math.pi * 0.4 * t)
        view.handle(Drag(view.to_screen(rules.seam.offset_point(
            min(s, rules.seam.length_mm), off))))
        clock.advance(STEP_S)
        app.frame()
        if view.hint is not None:
            if view.hint != last:  # a hint comes up
                shown.append((view.hint[0], 0.0))
            shown[-1] = (shown[-1][0], shown[-1][1] + STEP_S)
        last = view.hint
    assert len({k for k, _ in shown}) >= 3, shown  # she was told all three things
    for key, secs in shown[:-1]:  # (the last one ends with the pass)
        need = words(HINTS[key].get("fr")) * 60 / READ_WPM
        assert secs >= need, (key, secs, need)


def test_the_torch_goes_under_the_hud_card_never_over_it(game: Harness) -> None:
    """At the plate's right edge the torch's nozzle reaches under the HUD: the card hides
    it, whatever the torch does, and nothing of the card is drawn over by it."""
    task = open_trace(game)
    view = task.view
    inside = view.hud.inflate(-50, -50)  # (clear of its rounded corners)
    gap = pygame.Rect(view.plate.right + 2, view.hud.y, view.hud.x - view.plate.right - 4,
                      view.hud.h)
    view.torch = None
    away = screen(task)
    view.torch = view.to_mm((view.plate.right - 10, view.plate.y + 260))
    near = screen(task)

    def pixels(surface: pygame.Surface, rect: pygame.Rect) -> bytes:
        return pygame.image.tobytes(surface.subsurface(rect), "RGB")

    assert pixels(away, gap) != pixels(near, gap)  # the nozzle reaches towards the HUD
    assert pixels(away, inside) == pixels(near, inside)  # and goes under its card


def test_every_frame_says_the_hud_cards_texts_and_where_they_lie(game: Harness) -> None:
    """The HUD's card is painted once, yet each frame drawn tells its texts (TextCache.seen:
    what the visitor bot reads), and its keys' text and aim gauge lie where it draws them."""
    from game.i18n import tr

    app, _ctx, clock = game
    task = open_trace(game)
    view = task.view
    for _ in range(2):
        seen = drawn_words(game)
        assert tr("travel_speed", "fr") in seen and tr("trace.keys", "fr") in seen
        clock.advance(STEP_S)
        app.update(STEP_S)
    assert view.hud.contains(view.keys_box) and view.keys_box.bottom == view.hud.bottom - 24
    assert view.aim_gauge.bottom <= view.keys_box.y and view.aim_gauge.h > 0
    assert view.aim_mark == (view.aim_gauge.centerx, view.aim_gauge.centery)  # on the joint
