"""The results list the stations of the route that was played (a découverte's three, and
those « Encore un poste ? » added), not every station of its worlds."""
from __future__ import annotations

import pygame

from game import flow
from game.progress import StationResult
from game.scenes.more import MoreScene
from game.scenes.results import ResultsScene


def _drawn(h, scene) -> list[str]:  # type: ignore[no-untyped-def]
    texts: list[str] = []
    h.ctx.text.seen = texts.append
    scene.enter()
    scene.draw(pygame.Surface((1920, 1080)))
    h.ctx.text.seen = None
    return texts


def _titles(h, pairs) -> set[str]:  # type: ignore[no-untyped-def]
    model = h.ctx.scenario.model
    return {model.world(w).station(s).title.get("fr") for w, s in pairs}


def test_after_a_decouverte_only_its_stations_and_the_one_added(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    flow.begin(h.ctx, "decouverte", [])
    tour = h.ctx.tour
    route = list(tour.stations)
    added = flow.add_station(h.ctx, ("soudure", next(
        s.id for s in h.ctx.scenario.model.world("soudure").stations
        if ("soudure", s.id) not in route)))
    assert added.name == "FloorScene"
    played = list(tour.stations)
    assert len(played) == 4
    for w, s in played:
        tour.record(StationResult(w, s, "quiz", 80, 2, 10.0))
    texts = _drawn(h, ResultsScene(h.ctx))
    model = h.ctx.scenario.model
    every = {(w.id, s.id) for w in tour.worlds for s in w.stations}
    shown = {t for t in texts if t in _titles(h, every)}
    assert shown == _titles(h, played)  # the route's four, none of the other stations
    spoken = " ".join(ResultsScene(h.ctx).spoken())
    assert all(model.world(w).station(s).title.get("fr") in spoken for w, s in played)


def test_after_a_grand_tour_every_station(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    worlds = [w.id for w in h.ctx.scenario.model.worlds]
    flow.begin(h.ctx, "grand_tour", worlds)
    tour = h.ctx.tour
    every = [(w.id, s.id) for w in tour.worlds for s in w.stations]
    for w, s in every[:5]:
        tour.record(StationResult(w, s, "quiz", 80, 2, 10.0))
    texts = _drawn(h, ResultsScene(h.ctx))
    assert _titles(h, every) <= set(texts)  # the ones not done are listed too, without points


def test_the_myths_busted_show_short_and_open_in_full(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    flow.begin(h.ctx, "decouverte", [])
    tour = h.ctx.tour
    for w, s in tour.stations:
        tour.record(StationResult(w, s, "quiz", 80, 2, 10.0))
    scene = ResultsScene(h.ctx)
    texts = _drawn(h, scene)
    model = h.ctx.scenario.model
    busted = tour.myths_busted()[:3]
    assert busted and all(model.myth(m).truth.get("fr") in texts for m in busted)
    assert not any(model.myth(m).truth.long("fr") in texts for m in busted)
    learn = scene.buttons.get("learn")
    assert learn is not None and learn.label == "En savoir plus"
    more = scene.on_button(learn).scene  # type: ignore[union-attr]
    assert isinstance(more, MoreScene)
    assert [body for _, body in more.entries] == [model.myth(m).truth.long("fr") for m in busted]
