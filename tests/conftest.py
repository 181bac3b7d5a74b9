"""Headless test setup: SDL's dummy drivers must be set before pygame starts."""
from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")  # the brief asks for these lines right here
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import shutil
from pathlib import Path

import pytest

#: Tiled's own example maps, kept in the shared folder beside the clone (CI puts it there)
TILED_EXAMPLES = Path(os.environ.get("CAP_TILED_EXAMPLES")
                      or Path(__file__).resolve().parents[1].parent / "shared" / "tiled-examples")
needs_tiled_examples = pytest.mark.skipif(
    not TILED_EXAMPLES.is_dir(),
    reason=f"Tiled example maps not found at {TILED_EXAMPLES}: put the shared folder beside the "
           "clone (../shared/tiled-examples) or set CAP_TILED_EXAMPLES; .ci/run requires them")


@pytest.fixture(scope="session")
def scenario_path() -> Path:
    """The scenario the content-level tests play: the shipped one, or $CAP_SCENARIO."""
    from game.scenario.loader import DEFAULT_SCENARIO

    return Path(os.environ.get("CAP_SCENARIO") or DEFAULT_SCENARIO)


@pytest.fixture(scope="session")
def scenario_cache(tmp_path_factory: pytest.TempPathFactory, scenario_path: Path) -> Path:
    """A cache folder holding the checked scenario, filled once per test process.

    Checking the scenario (YAML, schema, references, maps) costs about a second; a game
    started on a data folder whose cache already holds it reads it back, as every start of
    a kiosk after its first does.
    """
    from game.scenario.loader import load_scenario

    folder = tmp_path_factory.mktemp("scenario-cache")
    load_scenario(scenario_path, cache_dir=folder)
    return folder


@pytest.fixture
def warm_data_dir(scenario_cache: Path) -> Callable[[Path], Path]:
    """Give a data folder its own copy of the checked scenario's cache (a warm start)."""

    def warm(data_dir: Path) -> Path:
        shutil.copytree(scenario_cache, data_dir / "cache", dirs_exist_ok=True)
        return data_dir

    return warm


@pytest.fixture(autouse=True)
def _fallback_journals_in_tmp(tmp_path_factory: pytest.TempPathFactory,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Journals of refused games go to a test folder, never the machine's temp folder."""
    monkeypatch.setenv("CAP_INDUSTRIE_FALLBACK_DIR", str(tmp_path_factory.mktemp("fallback")))


# -- the default run leaves the slow tests out (pyproject: -m "not slow"); it says so --------

SLOW_LEFT_OUT = pytest.StashKey[int]()
WHOLE_SUITE = '-m "slow or not slow"'


def pytest_deselected(items: list[pytest.Item]) -> None:
    """Count the slow tests the quick default's marker expression left out (xdist: in each
    worker); not those another ``-m`` or a ``-k`` left out, which the line would misname."""
    if items and items[0].config.getoption("markexpr") == "not slow":
        config = items[0].config
        left_out = sum(1 for item in items if item.get_closest_marker("slow"))
        config.stash[SLOW_LEFT_OUT] = config.stash.get(SLOW_LEFT_OUT, 0) + left_out


def pytest_sessionfinish(session: pytest.Session) -> None:
    """An xdist worker hands its count to the controller, which prints the summary."""
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput["slow_left_out"] = session.config.stash.get(SLOW_LEFT_OUT, 0)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    """xdist's controller: every worker collects the whole suite, so they all count alike."""
    config: pytest.Config = node.config
    left_out = getattr(node, "workeroutput", {}).get("slow_left_out", 0)
    config.stash[SLOW_LEFT_OUT] = max(config.stash.get(SLOW_LEFT_OUT, 0), left_out)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter,
                            config: pytest.Config) -> None:
    """One line, so that nobody reads the quick run as the whole suite."""
    left_out = config.stash.get(SLOW_LEFT_OUT, 0)
    if left_out:
        terminalreporter.write_line(
            f"{left_out} slow tests not run (-m \"not slow\", the quick default): the whole "
            f"suite is `python -m pytest {WHOLE_SUITE}` (.ci/run), the slow ones alone `-m slow`",
            yellow=True, bold=True)

