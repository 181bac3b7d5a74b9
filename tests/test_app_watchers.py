"""The app's watcher protocol: what a watcher is told, and what it can refuse."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pygame
import pytest

from game.actions import Action, Press
from game.app import Actor, App, Watcher
from game.cli import parse
from game.loop import STEP_S
from game.run import create
from game.scene import Push, Quit, Scene, Transition


class Recorder(Watcher):
    def __init__(self, keep_running: bool = False) -> None:
        self.seen: list[tuple[str, Actor]] = []
        self.events: list[int] = []
        self.keep_running = keep_running

    def event(self, app: App, event: pygame.event.Event) -> bool:
        self.events.append(event.type)
        return event.type == pygame.KEYDOWN and event.key == pygame.K_F12  # used: goes no further

    def observe(self, app: App, action: Action, by: Actor) -> bool:
        self.seen.append((type(action).__name__, by))
        return False

    def allow_quit(self, app: App) -> bool:
        return not self.keep_running


class Quitter(Scene):
    def update(self, dt: float) -> Transition | None:
        return Quit()

    def draw(self, surface: pygame.Surface) -> None:
        pass


@pytest.mark.slow
def test_each_action_says_whether_a_person_or_the_bot_made_it(
        tmp_path: Path, warm_data_dir: Callable[[Path], Path]) -> None:
    data = warm_data_dir(tmp_path)  # never the machine's own data folder
    app, ctx, clock = create(parse(["--headless", "--autoplay", "--seed", "3",
                                    "--data-dir", str(data)]))
    try:
        rec = Recorder()
        app.watchers.append(rec)
        app.dispatch(Press((5, 5)))
        for _ in range(600):
            clock.advance(STEP_S)
            app.frame()
        assert rec.seen[0] == ("Press", "person")
        assert ("Press", "bot") in rec.seen[1:]  # the autoplay's taps
        assert all(by == "bot" for _, by in rec.seen[1:])
    finally:
        ctx.scores.close()


def test_a_watcher_sees_raw_events_first_and_can_keep_the_game_running(
        tmp_path: Path, warm_data_dir: Callable[[Path], Path]) -> None:
    data = warm_data_dir(tmp_path)
    app, ctx, clock = create(parse(["--headless", "--data-dir", str(data)]))
    try:
        rec = Recorder(keep_running=True)
        app.watchers.append(rec)
        for key in (pygame.K_F12, pygame.K_RETURN):
            pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="",
                                                 scancode=0))
        clock.advance(STEP_S)
        app.frame()
        assert pygame.KEYDOWN in rec.events
        assert rec.seen == [("Confirm", "person")]  # F12 was used by the watcher: no action
        app.transition(Push(Quitter(ctx)))
        clock.advance(STEP_S)
        app.frame()
        assert app.running  # the watcher refused the quit
        rec.keep_running = False
        clock.advance(STEP_S)
        app.frame()
        assert not app.running
    finally:
        ctx.scores.close()
