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


def test_on_the_decouverte_the_hud_counts_the_visit_not_the_world(make_app) -> None:  # type: ignore[no-untyped-def]
    """A playtest: after the welding station, « 1/1 poste fait » and « tous les postes sont
    faits ici » read as if the visit were over; the count is the visit's three stations."""
    import pygame

    from game import flow
    from game.progress import StationResult

    h = make_app(autoplay=False)
    flow.begin(h.ctx, "decouverte", [])
    tour = h.ctx.tour
    world_id, station_id = tour.stations[0]
    tour.record(StationResult(world_id, station_id, "quiz", 80, 2, 10.0))
    floor = FloorScene(h.ctx, world_id)
    floor.enter()
    texts: list[str] = []
    h.ctx.text.seen = texts.append
    floor.draw(pygame.Surface((1920, 1080)))
    h.ctx.text.seen = None
    assert "Ta visite : 1/3 postes" in texts
    assert "Bravo ! Ton prochain poste est dans un autre univers." in texts
    assert not any("tous les postes sont faits" in t for t in texts)


def test_the_decouverte_last_station_says_continue_not_see_results(make_app) -> None:  # type: ignore[no-untyped-def]
    """A playtest: « Voir mes résultats » led to « Encore un poste ? »."""
    from game import flow
    from game.progress import StationResult

    h = make_app(autoplay=False)
    flow.begin(h.ctx, "decouverte", [])
    tour = h.ctx.tour
    for world_id, station_id in tour.stations:
        tour.record(StationResult(world_id, station_id, "quiz", 80, 2, 10.0))
    floor = FloorScene(h.ctx, tour.stations[-1][0])
    floor.enter()
    button = floor.buttons.get("results")
    assert button is not None and button.label == h.ctx.tr("continue")
