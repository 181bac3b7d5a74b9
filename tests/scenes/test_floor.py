"""The floor keeps one world's map in memory: the one she walks on."""
from __future__ import annotations

from datetime import datetime

from game.progress import Tour
from game.scenes.floor import FloorScene


def start_tour(ctx) -> None:  # type: ignore[no-untyped-def]
    model = ctx.scenario.model
    ctx.tour = Tour(model, [w.id for w in model.worlds], datetime(2026, 1, 1))


def test_only_the_world_on_screen_keeps_its_floor(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    start_tour(h.ctx)
    worlds = [w.id for w in h.ctx.scenario.model.worlds]
    assert len(worlds) >= 2
    for wid in worlds:
        FloorScene(h.ctx, wid)
        assert [k for k in h.ctx.cache if k.startswith("floor:")] == [f"floor:{wid}"]
    again = FloorScene(h.ctx, worlds[-1])
    assert again.floor is h.ctx.cache[f"floor:{worlds[-1]}"][1]  # kept while she stays
