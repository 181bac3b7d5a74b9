"""What the task tests share: the shipped game, headless, once per module, and a task opened
on it as a person meets it."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from game.cli import parse
from game.loop import STEP_S
from game.progress import Tour
from game.run import create
from game.scene import Push
from game.scenes.task import TaskScene


@pytest.fixture(scope="module")
def game(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """(app, ctx, clock) of the shipped game, headless, its data in a folder of its own
    (a module's own ``game`` fixture, as test_gauge_spot_views has, wins over this one)."""
    data: Path = tmp_path_factory.mktemp("data")
    app, ctx, clock = create(parse(["--headless", "--data-dir", str(data), "--seed", "3"]))
    app.draw_every = 1000
    yield app, ctx, clock
    if ctx.scores is not None:
        ctx.scores.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A module's tests that share its ``game`` go to one xdist worker (--dist loadgroup), so
    the shipped game (about 2 s to start) is started once per module, not once per worker."""
    here = Path(__file__).parent
    for item in items:
        if item.path.parent == here and "game" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group(f"tasks-{item.path.stem}"))


def open_task(game: Any, world: str, station: str, express: bool = False) -> Any:
    """The station's task on top of the title, a person playing, past its slide in (and the
    double-tap guard's moment); returns its view. ``express``: as the découverte opens it
    (its shorter task, game.express), on a découverte's tour for the time it opens."""
    app, ctx, clock = game
    del app.stack[1:]
    ctx.autoplay = None
    tour = ctx.tour
    if express:
        ctx.tour = Tour(ctx.scenario.model, [world], datetime(2026, 12, 2, 10),
                        route="decouverte", express=True)
    try:
        app.transition(Push(TaskScene(ctx, world, station)))
    finally:
        ctx.tour = tour
    for _ in range(round(1.0 / STEP_S)):
        clock.advance(STEP_S)
        app.frame()
    return app.top.view


def drawn_words(game: Any) -> str:
    """Every text the next drawn frame shows, joined: what a person reads on the screen."""
    app, ctx, _ = game
    seen: list[str] = []
    ctx.text.seen = seen.append
    try:
        app.draw()
    finally:
        ctx.text.seen = None
    return " ".join(seen)
