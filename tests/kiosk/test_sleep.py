"""The kiosk with a loop that sleeps: the attract demo still plays, the countdown still ticks."""
from __future__ import annotations

from typing import Any

import pytest

from game.kiosk.kiosk import ATTRACT_FPS
from game.scene import Push
from game.scenes.dialogue import DialogueScene
from tests.test_app import FakeWaiter, live


def sleeping(h: Any) -> FakeWaiter:
    waiter = FakeWaiter(h.clock)
    h.app.waiter = waiter
    h.app.draw_every = 1
    return waiter


@pytest.mark.slow
def test_the_attract_loop_plays_at_its_own_frame_rate(make_kiosk: Any) -> None:
    h = make_kiosk()
    sleeping(h)
    live(h.app, h.clock, 2.0)
    assert h.kiosk.attract
    draws, seen = h.app.draws, set()
    for _ in range(40):  # 20 s of the demo
        live(h.app, h.clock, 0.5)
        seen.add(h.app.top.name)
    assert abs((h.app.draws - draws) - 20 * ATTRACT_FPS) <= 0.05 * 20 * ATTRACT_FPS
    assert {"FloorScene", "DialogueScene", "TaskScene"} <= seen  # the bot plays on


@pytest.mark.slow
def test_the_countdown_comes_on_time_over_a_still_screen_and_ticks(make_kiosk: Any) -> None:
    h = make_kiosk({"inactivity_s": 30, "countdown_s": 10})
    waiter = sleeping(h)
    h.tap((960, 500))  # a visitor starts a game, then reads her words and walks away
    assert not h.kiosk.attract
    world = h.ctx.scenario.model.worlds[0]
    h.app.transition(Push(DialogueScene(h.ctx, world.id, world.stations[0].id)))
    live(h.app, h.clock, 29.0)
    assert h.app.top.name == "DialogueScene" and max(waiter.waits) > 0.1  # it slept
    live(h.app, h.clock, 1.0 + 0.3)
    assert h.app.top.name == "CountdownScene"
    countdown = h.app.top
    draws = h.app.draws
    live(h.app, h.clock, 4.0)
    assert countdown.left < 10 - 3.5
    assert h.app.draws - draws >= 4 * 55  # the ring turns smoothly: every frame drawn
    live(h.app, h.clock, 7.0)
    assert h.kiosk.attract  # at zero, the reset to the attract loop
