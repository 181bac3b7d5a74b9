"""The découverte route: its stations, « Encore un poste ? », its shorter tasks."""
from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from pydantic import ValidationError

from game import express
from game.progress import StationResult, Tour
from game.scenario.models import Scenario
from game.tasks.order import OrderParams
from game.tasks.quiz import QuizParams
from tests.test_progress import role_model, station, t


def scenario(**extra: Any) -> Scenario:
    marked = station("soudure", "samia")
    marked["express"] = True
    return Scenario.model_validate({
        "format": 1, "id": "s", "title": t("S"), "languages": ["fr", "en"], **extra,
        "worlds": [
            {"id": "soudure", "title": t("Soudure"), "summary": t("..."), "map": "m.tmx",
             "role_models": [role_model("samia", ["costaud"]), role_model("lea", ["sale"])],
             "stations": [station("epi", "samia"), marked, station("controle", "lea")]},
            {"id": "maintenance", "title": t("Maintenance"), "summary": t("..."),
             "map": "m.tmx", "role_models": [role_model("nadia", ["trop-tard"])],
             "stations": [station("moteur", "nadia"), station("gauge", "nadia")]},
        ],
    })


def test_one_station_per_world_the_marked_one_then_the_first_worlds_fill_the_route() -> None:
    assert express.decouverte(scenario()) == [
        ("soudure", "soudure"), ("maintenance", "moteur"), ("soudure", "epi")]


def test_a_route_list_in_the_scenario_wins() -> None:
    sc = scenario(decouverte=["maintenance/gauge", "soudure/controle"])
    assert express.decouverte(sc) == [("maintenance", "gauge"), ("soudure", "controle")]


def test_a_route_list_naming_no_station_is_refused_with_the_ids_to_give() -> None:
    with pytest.raises(ValidationError, match="no station 'soudure/robot'"):
        scenario(decouverte=["soudure/robot"])


def test_the_tour_counts_only_the_routes_stations() -> None:
    sc = scenario()
    tour = Tour(sc, ["soudure", "maintenance"], datetime(2025, 3, 8), stations=[
        ("soudure", "soudure"), ("maintenance", "moteur")])
    welding = sc.world("soudure")
    assert [s.id for s in tour.planned(welding)] == ["soudure"]
    tour.record(StationResult("soudure", "soudure", "order", 80, 2, 20.0))
    assert tour.world_complete(welding) and not tour.complete
    assert tour.next_world() is not None and tour.next_world().id == "maintenance"  # type: ignore[union-attr]
    assert "sale" not in tour.myths_in_play()  # Léa's station is not on the route


def test_one_more_station_comes_from_the_worlds_met_first() -> None:
    sc = scenario()
    planned = [("soudure", "soudure"), ("maintenance", "moteur")]
    assert express.one_more(sc, planned, set(planned)) == ("soudure", "epi")
    everything = {(w.id, s.id) for w in sc.worlds for s in w.stations}
    assert express.one_more(sc, planned, everything) is None


def quiz(n: int, **extra: Any) -> QuizParams:
    return QuizParams.model_validate({"type": "quiz", "time_limit_s": 120, **extra, "questions": [
        {"id": f"q{i}", "kind": "truefalse", "prompt": t(f"q{i}"), "answer": True,
         "explain": t("car")} for i in range(n)]})


def test_a_shortened_task_keeps_its_first_items_and_a_timer_in_proportion() -> None:
    short = express.shorten(quiz(8))
    assert [q.id for q in short.questions] == ["q0", "q1", "q2", "q3"]  # type: ignore[attr-defined]
    assert short.time_limit_s == pytest.approx(60.0)


def test_express_items_says_how_many_and_a_short_task_stays_whole() -> None:
    assert len(express.shorten(quiz(8, express_items=3)).questions) == 3  # type: ignore[attr-defined]
    assert express.shorten(quiz(3)) == quiz(3)


def test_a_cut_the_rules_refuse_leaves_the_task_whole() -> None:
    steps = [{"id": f"s{i}", "text": t(f"step {i}")} for i in range(6)]
    order = OrderParams.model_validate({"type": "order", "steps": steps, "express_items": 1})
    assert len(express.shorten(order).steps) == 6  # one step is no order task


def test_every_shipped_world_marks_the_station_the_decouverte_visits() -> None:
    from game.scenario.loader import DEFAULT_SCENARIO, load_scenario

    model = load_scenario(DEFAULT_SCENARIO).model
    for world in model.worlds:
        assert len([s for s in world.stations if s.express]) == 1, world.id
    route = express.decouverte(model)
    assert len(route) == 3 and len({w for w, _ in route}) == 3  # one station per world


def test_a_spot_pictures_other_faults_stay_in_play_on_the_decouverte() -> None:
    """The picture shows every hazard: the cut ones move to ``extras``, where a tap is seen
    and costs nothing (a playtest: the ladder and the cable a visitor rightly tapped counted
    as wrong taps, « Rien à signaler ici », −10 points)."""
    import random

    from game.scenario.loader import DEFAULT_SCENARIO, load_scenario
    from game.tasks.spot import SpotParams, SpotRules

    model = load_scenario(DEFAULT_SCENARIO).model
    station = model.world("maintenance").station("risques")
    params = station.task
    assert isinstance(params, SpotParams) and params.express_items == 3
    short = express.shorten(params)
    assert isinstance(short, SpotParams)
    assert [a.id for a in short.hotspots] == [a.id for a in params.hotspots[:3]]
    assert [a.id for a in short.extras] == [a.id for a in params.hotspots[3:]]
    rules = SpotRules(short, random.Random(1))
    for extra in short.extras:
        tap = rules.mark(extra.id)
        assert tap is not None and tap.kind == "extra"
    assert rules.wrong_taps == 0 and not rules.finished
    for hotspot in short.hotspots:
        rules.mark(hotspot.id)
    assert rules.finished and rules.score() == 100
