"""Headless test setup: SDL's dummy drivers must be set before pygame starts."""
from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")  # the brief asks for these lines right here
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def scenario_path() -> Path:
    """The scenario the content-level tests play: the shipped one, or $CAP_SCENARIO."""
    from game.scenario.loader import DEFAULT_SCENARIO

    return Path(os.environ.get("CAP_SCENARIO") or DEFAULT_SCENARIO)
