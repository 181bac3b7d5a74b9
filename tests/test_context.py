"""The context says whether a scenario is loaded: the content-error path runs without one."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from game import PROJECT_ROOT
from game.cli import parse
from game.run import create

EXAMPLE = PROJECT_ROOT / "scenarios" / "exemple-minimal"


def test_a_broken_scenario_leaves_no_scenario_and_says_so_when_asked(tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(EXAMPLE, broken)
    path = broken / "atelier.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("role_model: nora",
                                                             "role_model: personne"),
                    encoding="utf-8")
    app, ctx, _clock = create(parse(["--headless", "--scenario", str(broken),
                                     "--data-dir", str(tmp_path / "data")]))
    try:
        assert app.top.name == "ContentErrorScene"
        assert ctx.loaded_scenario is None  # what the type says: none on this path
        with pytest.raises(RuntimeError, match=r"python main\.py validate"):
            _ = ctx.scenario  # a screen reached from here by mistake gets a clear error
    finally:
        if ctx.scores is not None:
            ctx.scores.close()


def test_a_loaded_scenario_is_the_one_every_screen_reads(tmp_path: Path) -> None:
    app, ctx, _clock = create(parse(["--headless", "--scenario", str(EXAMPLE),
                                     "--data-dir", str(tmp_path / "data")]))
    try:
        assert ctx.loaded_scenario is not None and ctx.scenario is ctx.loaded_scenario
        assert app.top.name != "ContentErrorScene"
    finally:
        if ctx.scores is not None:
            ctx.scores.close()
