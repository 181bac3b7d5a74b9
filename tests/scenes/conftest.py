"""Scene tests: a headless app on the shipped scenario, with a fake clock."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from game.actions import Confirm, Press
from game.cli import parse
from game.input import DOUBLE_TAP_S
from game.loop import STEP_S
from game.run import create
from tests.classroom.fakehub import fake_hub  # noqa: F401 - a fixture (the join screen's)


class Harness:
    def __init__(self, app: Any, ctx: Any, clock: Any) -> None:
        self.app, self.ctx, self.clock = app, ctx, clock

    def step(self, n: int = 1) -> None:
        for _ in range(n):
            self.clock.advance(STEP_S)
            self.app.frame()

    def until(self, cond: Callable[[], bool], limit_s: float = 600) -> None:
        for _ in range(int(limit_s / STEP_S)):
            if cond():
                return
            self.step()
        raise AssertionError(f"not reached in {limit_s} s; top is {self.app.top.name}")

    def act(self, *actions: Any) -> None:
        """A person's actions; she taps a moment after the screen shows (the app drops a
        press that comes sooner: the second half of a double tap)."""
        for a in actions:
            if isinstance(a, (Press, Confirm)):
                self.clock.advance(DOUBLE_TAP_S + 0.05)
            self.app.dispatch(a)


@pytest.fixture
def make_app(tmp_path: Path,
             warm_data_dir: Callable[[Path], Path]) -> Iterator[Callable[..., Harness]]:
    made: list[Harness] = []
    warm_data_dir(tmp_path / "data")  # the scenario checked once per process, not per test

    def make(*extra: str, autoplay: bool = True) -> Harness:
        argv = ["--headless", "--data-dir", str(tmp_path / "data"), *extra]
        if os.environ.get("CAP_SCENARIO"):  # play these tests on another scenario folder
            argv += ["--scenario", os.environ["CAP_SCENARIO"]]
        if autoplay:
            argv.append("--autoplay")
        app, ctx, clock = create(parse(argv))
        app.draw_every = 7  # draw often enough to exercise drawing, not every frame
        if ctx.autoplay is not None:
            ctx.autoplay.think_s = 0.12  # a quick player: the tests stay fast
        h = Harness(app, ctx, clock)
        made.append(h)
        return h

    yield make
    for h in made:
        if h.ctx.scores is not None:
            h.ctx.scores.close()
