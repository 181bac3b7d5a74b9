"""The loop draws only when something changed and sleeps when nothing moves; nobody sees it."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pygame
import pytest

from game.app import MAX_SLEEP_S, App
from game.cli import parse
from game.clock import FakeClock
from game.run import create
from game.scene import Push
from game.scenes.dialogue import DialogueScene
from game.scenes.settings import SettingsScene
from game.scenes.title import PULSE_FPS


class FakeWaiter:
    """Waits on a fake clock; inputs arrive at given clock times, as SDL would hand them over."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.inputs: list[tuple[float, pygame.event.Event]] = []
        self.waits: list[float] = []  # each wait's timeout: how long the loop meant to sleep

    def sleep(self, seconds: float) -> None:
        self.clock.advance(seconds)

    def wait(self, seconds: float) -> pygame.event.Event | None:
        self.waits.append(seconds)
        if self.inputs and self.inputs[0][0] <= self.clock.t + seconds:
            at, event = self.inputs.pop(0)
            self.clock.t = max(self.clock.t, at)  # woken at once, not at the timeout
            return event
        self.clock.advance(seconds)
        return None


@pytest.fixture
def sleepy(tmp_path: Path, warm_data_dir: Callable[[Path], Path],
           ) -> Iterator[tuple[App, FakeClock, FakeWaiter]]:
    """A windowless app on a fake clock whose loop really waits (on the fake waiter)."""
    app, ctx, clock = create(parse(["--headless", "--data-dir", str(warm_data_dir(tmp_path))]))
    app.draw_every = 1
    waiter = FakeWaiter(clock)
    app.waiter = waiter
    yield app, clock, waiter
    if ctx.scores is not None:
        ctx.scores.close()


def live(app: App, clock: FakeClock, seconds: float) -> None:
    """Run the real loop (wait, frame) for ``seconds`` of the fake clock."""
    end = clock.now() + seconds
    while clock.now() < end:
        app.wait()
        app.frame()


def open_dialogue(app: App) -> DialogueScene:
    world = app.ctx.scenario.model.worlds[0]
    scene = DialogueScene(app.ctx, world.id, world.stations[0].id)
    app.transition(Push(scene))
    return scene


def picture(app: App) -> bytes:
    return pygame.image.tobytes(app.display.logical, "RGB")


def test_a_dialogue_fully_shown_is_drawn_once_and_the_loop_sleeps(sleepy: Any) -> None:
    app, clock, waiter = sleepy
    app.ctx.settings.reduced_motion = True  # her face stays still (she blinks otherwise: below)
    scene = open_dialogue(app)
    live(app, clock, 8.0)  # her first line types itself out, then nothing moves
    assert not scene.typing
    draws, frames, shown = app.draws, app.frames, picture(app)
    waiter.waits.clear()
    live(app, clock, 30.0)
    assert app.draws == draws  # nothing drawn in half a minute...
    assert app.frames - frames <= 30 / MAX_SLEEP_S + 2  # ...and a few cheap wake-ups, not 1800
    assert min(waiter.waits) >= MAX_SLEEP_S - 0.02
    assert picture(app) == shown
    app.draw()  # and what stayed on screen is exactly what a drawing now gives
    assert picture(app) == shown


@pytest.mark.slow
def test_her_blinks_are_drawn_and_between_them_the_loop_sleeps(sleepy: Any) -> None:
    from game.face import BLINK_GAP_S

    app, clock, waiter = sleepy
    scene = open_dialogue(app)
    live(app, clock, 8.0)
    assert not scene.typing
    draws, frames = app.draws, app.frames
    waiter.waits.clear()
    live(app, clock, 30.0)
    blinks = 30 / BLINK_GAP_S[0] + 1
    assert 2 <= app.draws - draws <= 2 * blinks  # each blink drawn as it starts and ends...
    assert app.frames - frames <= 30 / MAX_SLEEP_S + 2 * blinks + 2  # ...not 1800 frames
    assert sum(waiter.waits) >= 27  # the loop sleeps nine tenths of the time or more
    shown = picture(app)
    app.draw()
    assert picture(app) == shown  # what stayed on screen is what a drawing now gives


@pytest.mark.slow
def test_the_typing_is_drawn_to_its_last_letter(sleepy: Any) -> None:
    app, clock, _ = sleepy
    scene = open_dialogue(app)
    live(app, clock, 0.5)
    assert scene.typing and app.draws >= 25  # typing moves: every frame is drawn
    live(app, clock, 8.0)
    shown = picture(app)
    app.draw()
    assert picture(app) == shown  # the scene came to rest after its final drawing


def test_an_input_wakes_the_loop_at_once_and_is_drawn(sleepy: Any) -> None:
    app, clock, waiter = sleepy
    app.transition(Push(SettingsScene(app.ctx)))
    live(app, clock, 3.0)
    draws = app.draws
    b = app.top.buttons.get("contrast:on")
    assert b is not None
    at = clock.now() + 0.1
    for kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
        waiter.inputs.append((at, pygame.event.Event(kind, pos=b.rect.center, button=1)))
    before = picture(app)
    app.wait()
    assert clock.now() == pytest.approx(at)  # not at the end of the timeout
    app.frame()
    app.wait()
    app.frame()
    assert app.ctx.settings.high_contrast
    assert app.draws > draws and picture(app) != before


@pytest.mark.slow
def test_the_title_left_alone_pulses_at_its_own_rate(sleepy: Any) -> None:
    app, clock, _ = sleepy
    assert app.top.name == "TitleScene"
    live(app, clock, 1.0)
    draws = app.draws
    live(app, clock, 10.0)
    assert abs((app.draws - draws) - 10 * PULSE_FPS) <= 3
    first = picture(app)
    live(app, clock, 0.3)
    assert picture(app) != first  # the pulse still moves


def test_the_simulation_loses_no_time_while_the_loop_sleeps(sleepy: Any) -> None:
    app, clock, _ = sleepy
    app.transition(Push(SettingsScene(app.ctx)))
    idle = app.idle_s
    live(app, clock, 20.0)
    assert app.idle_s - idle == pytest.approx(20.0, abs=0.1)  # timers see all of it


def test_something_that_moves_is_drawn_every_frame_at_sixty_fps(sleepy: Any) -> None:
    app, clock, waiter = sleepy
    scene = open_dialogue(app)
    draws, frames = app.draws, app.frames
    live(app, clock, 0.5)
    assert scene.typing
    assert abs((app.frames - frames) - 30) <= 2 and app.draws - draws == app.frames - frames
    assert waiter.waits == []  # no waiting for input while something moves


def test_a_reset_stops_a_scene_change_sliding(sleepy: Any) -> None:
    """A kiosk's reset during a slide showed the screen before (a visitor's, the demo's)
    sliding out over the new one for a quarter of a second."""
    from game.scene import Replace, Reset
    from game.scenes.title import TitleScene

    app, clock, _ = sleepy
    app.ctx.settings.reduced_motion = False
    live(app, clock, 0.5)
    open_dialogue(app)
    app.transition(Replace(TitleScene(app.ctx)))
    assert app.slide.active  # an ordinary scene change slides
    app.transition(Reset(TitleScene(app.ctx)))
    assert not app.slide.active
