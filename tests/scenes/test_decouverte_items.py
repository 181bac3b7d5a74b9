"""The découverte asks each visitor a rotating subset of the before/after items; the other
routes ask every item (game.flow, game.beliefs.per_visit)."""
from __future__ import annotations

from datetime import datetime

from game import flow
from game.scores.records import GameRecord


def _ids(h) -> list[str]:  # type: ignore[no-untyped-def]
    return [i.id for i in h.ctx.tour.probe_items]


def test_the_decouverte_asks_three_items_the_grand_tour_every_one(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    worlds = [w.id for w in h.ctx.scenario.model.worlds]
    flow.begin(h.ctx, "grand_tour", worlds)
    every = _ids(h)
    assert len(every) == 6 + 2 * len(worlds)  # six statements; capable and interest per world
    h.ctx.tour = None
    first = flow.begin(h.ctx, "decouverte", [])
    assert first.name == "ProbeScene" and len(first.items) == 3  # type: ignore[attr-defined]
    kinds = sorted(i.kind for i in h.ctx.tour.probe_items)
    assert kinds == ["counter", "self", "stereotype"]
    h.ctx.tour = None
    flow.begin_class(h.ctx, worlds[:3], None, decouverte=True)  # a class answers every item
    assert len(_ids(h)) == 6 + 2 * 3


def test_the_next_visitor_gets_the_next_items(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    seen = []
    for n in range(3):
        h.ctx.tour = None
        flow.begin(h.ctx, "decouverte", [])
        seen.append(_ids(h))
        h.ctx.scores.save_game(GameRecord(  # the visit is saved: the rotation moves on
            "cap-industrie", None, datetime(2026, 3, 14, 10 + n).astimezone(),
            datetime(2026, 3, 14, 10 + n, 4).astimezone(), 100, 3, ["soudure"], "fr", "kiosk"))
    assert len({tuple(s) for s in seen}) == 3
    assert len({i for s in seen for i in s}) == 9  # three visitors: every item asked once


def test_autoplay_without_a_route_still_plays_the_grand_tour(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app()  # --autoplay, no --route: scripts and the benchmarks rely on it
    h.until(lambda: h.ctx.tour is not None, limit_s=60)
    tour = h.ctx.tour
    assert tour.route == "grand_tour"
    assert tour.world_ids == [w.id for w in h.ctx.scenario.model.worlds]
