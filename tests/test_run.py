"""The game's start: the title's first frame first, the rest warmed up in small steps."""
from __future__ import annotations

from pathlib import Path

from game.cli import parse
from game.loop import STEP_S
from game.run import WarmUp, create
from game.scenario.cache import KeptScenario


def test_the_title_shows_first_and_the_first_tap_finds_everything_ready(tmp_path: Path) -> None:
    args = ["--headless", "--data-dir", str(tmp_path)]
    _, ctx, _ = create(parse(args))  # checks the scenario and keeps it in the cache
    if ctx.scores is not None:
        ctx.scores.close()
    app, ctx, clock = create(parse(args))  # a second start reads the cache
    app.draw_every = 1
    scenario = ctx.scenario
    assert isinstance(scenario, KeptScenario)
    warm = next(w for w in app.watchers if isinstance(w, WarmUp))
    clock.advance(STEP_S)
    app.frame()
    assert app.draws == 1 and not scenario.unpacked  # the title did not wait for the models
    frames = 0
    while not warm.done and frames < 30:
        clock.advance(STEP_S)
        app.frame()
        frames += 1
    assert warm.done and scenario.unpacked
    assert frames > 2  # a step a frame: no frame of the title waited for it all
    kept = ctx.images.kept_bytes
    for world in scenario.model.worlds:
        if world.image:
            ctx.images.get(scenario.asset(world.image))
    assert ctx.images.kept_bytes == kept  # every world card was loaded already
    if ctx.scores is not None:
        ctx.scores.close()
