"""The floor draws each world's map from the copy read when the scenario loaded."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from game import PROJECT_ROOT
from game.cli import parse
from game.loop import STEP_S
from game.run import create
from game.scenes.floor import FloorScene
from game.world import mapdata

EXAMPLE = PROJECT_ROOT / "scenarios" / "exemple-minimal"


def test_each_map_is_read_once_from_loading_to_the_floor(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    read: Counter[str] = Counter()
    parse_xml = mapdata.parse_xml

    def counting(path: Path):  # type: ignore[no-untyped-def]
        read[Path(path).name] += 1
        return parse_xml(path)

    monkeypatch.setattr(mapdata, "parse_xml", counting)
    app, ctx, clock = create(parse(["--headless", "--autoplay", "--data-dir",
                                    str(tmp_path / "data"), "--scenario", str(EXAMPLE)]))
    try:
        for _ in range(60 * 120):
            clock.advance(STEP_S)
            app.frame()
            if isinstance(app.top, FloorScene):
                break
        assert isinstance(app.top, FloorScene), f"the bot never reached the floor ({app.top.name})"
        app.draw()
        assert read["atelier.tmx"] == 1
        assert app.top.info is ctx.scenario.maps["atelier"]  # the map read at load, now drawn
        assert app.top.info.tmx is not None and any(app.top.info.tmx.images)
    finally:
        if ctx.scores is not None:
            ctx.scores.close()
