"""The spot task in an English game shows the English hazard picture (its signs in English);
in French, the French one (tests/scenario/test_language_pictures.py checks the pictures)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from game import flow
from game.scene import Reset
from game.scenes.task import TaskScene


@pytest.mark.parametrize(("lang", "shown"), [("en", "workshop_hazards.en.png"),
                                             ("fr", "workshop_hazards.png")])
def test_the_hazard_task_shows_the_picture_of_the_language_played(make_app: Any, lang: str,
                                                                  shown: str) -> None:
    h = make_app("--lang", lang, autoplay=False)
    loaded: list[str] = []
    fit = h.ctx.images.fit

    def recording(path: Path, box: tuple[int, int]) -> Any:
        loaded.append(path.name)
        return fit(path, box)

    h.ctx.images.fit = recording
    flow.begin(h.ctx, "grand_tour", ["maintenance"])
    h.app.transition(Reset(TaskScene(h.ctx, "maintenance", "risques")))
    h.step(3)
    assert shown in loaded
    assert not [n for n in loaded if n.startswith("workshop_hazards") and n != shown]
