"""scenarios/exemple-minimal: the smallest valid scenario, as the authoring guide builds it."""
from __future__ import annotations

from pathlib import Path

import pytest

from game import PROJECT_ROOT
from game.cli import parse
from game.loop import STEP_S
from game.run import create
from game.scenario.analysis import analyse
from game.scenario.loader import load_scenario

EXAMPLE = PROJECT_ROOT / "scenarios" / "exemple-minimal"


def play(folder: Path, data: Path) -> dict:  # type: ignore[type-arg]
    """The bot plays the whole scenario headless, as `main.py --autoplay --headless` does."""
    app, ctx, clock = create(parse(["--headless", "--autoplay", "--data-dir", str(data),
                                    "--scenario", str(folder)]))
    try:
        assert ctx.scenario is not None, "the scenario did not load"
        for _ in range(60 * 60 * 10):
            clock.advance(STEP_S)
            app.frame()
            if ctx.autoplay.done or not app.running:
                break
        assert ctx.autoplay.done, f"the bot is stuck on {app.top.name}"
        return dict(ctx.autoplay.summary)
    finally:
        if ctx.scores is not None:
            ctx.scores.close()


def test_the_example_loads_with_one_world_and_one_station():
    loaded = load_scenario(EXAMPLE)
    assert [w.id for w in loaded.model.worlds] == ["atelier"]
    assert [s.id for s in loaded.model.worlds[0].stations] == ["accueil"]
    assert set(loaded.maps["atelier"].stations) == {"accueil"}


def test_the_example_has_no_problem_not_even_a_warning():
    result = analyse(EXAMPLE)
    assert result.problems == []


@pytest.mark.slow
def test_the_example_is_played_to_the_end_by_the_bot(tmp_path):
    summary = play(EXAMPLE, tmp_path / "data")
    assert summary["worlds_completed"] == ["atelier"]
    assert summary["stations_completed"] == 1
