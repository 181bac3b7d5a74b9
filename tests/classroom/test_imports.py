"""Each classroom module imports on its own, first, in a fresh interpreter (no import cycle:
``main.py --class …`` starts with the classroom client, before anything imported the flow)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from game import PROJECT_ROOT


@pytest.mark.slow
@pytest.mark.parametrize("module", ["game.classroom.play", "game.scenes.class_code",
                                    "game.scenes.class_join", "game.scenes.projector"])
def test_a_classroom_module_imports_first(module: str) -> None:
    run = subprocess.run([sys.executable, "-c", f"import {module}"], cwd=PROJECT_ROOT,
                         capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr
