"""A player's tour: best results per station, worlds completed, myths met."""
from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from game.progress import StationResult, Tour
from game.scenario.models import Scenario


def t(s: str) -> dict[str, str]:
    return {"fr": s, "en": s}


def station(sid: str, role_model: str, myths: list[str] | None = None) -> dict[str, Any]:
    return {
        "id": sid, "title": t(sid), "role_model": role_model,
        "job": {"feminine": t("Soudeuse"), "masculine": t("Soudeur")},
        "intro": {"lines": [t("bonjour")]},
        "task": {"type": "order", "steps": [{"id": "a", "text": t("a")},
                                            {"id": "b", "text": t("b")}]},
        "debrief": t("bravo"),
        "myths": myths or [],
    }


def role_model(rid: str, myths: list[str]) -> dict[str, Any]:
    return {"id": rid, "name": rid.title(), "age": 30, "portrait": "p.png",
            "job": {"feminine": t("Soudeuse"), "masculine": t("Soudeur")},
            "path": t("parcours"), "myths": myths}


@pytest.fixture
def scenario() -> Scenario:
    return Scenario.model_validate({
        "format": 1, "id": "s", "title": t("S"), "languages": ["fr", "en"],
        "worlds": [
            {"id": "soudure", "title": t("Soudure"), "summary": t("..."), "map": "m.tmx",
             "role_models": [role_model("samia", ["costaud", "metier-homme"]),
                             role_model("lea", ["sale"])],
             "stations": [station("epi", "samia", ["sale"]), station("soudure", "samia"),
                          station("controle", "lea", ["pas-avenir"])]},
            {"id": "maintenance", "title": t("Maintenance"), "summary": t("..."),
             "map": "m.tmx", "role_models": [role_model("nadia", ["trop-tard"])],
             "stations": [station("moteur", "nadia")]},
        ],
    })


def result(world: str, sid: str, score: int, stars: int = 1) -> StationResult:
    return StationResult(world, sid, "order", score, stars, 30.0)


@pytest.fixture
def tour(scenario: Scenario) -> Tour:
    return Tour(scenario, ["soudure", "maintenance"], datetime(2025, 3, 8, 10, 0))


def test_a_replay_keeps_the_best_result(tour):
    tour.record(result("soudure", "epi", 60, 1))
    tour.record(result("soudure", "epi", 90, 3))
    tour.record(result("soudure", "epi", 20, 0))
    best = tour.result("soudure", "epi")
    assert best is not None and (best.score, best.stars) == (90, 3)
    assert tour.score == 90 and tour.stars == 3


def test_results_are_kept_per_world_and_station(tour):
    tour.record(result("soudure", "epi", 50))
    tour.record(result("soudure", "soudure", 70))
    assert tour.result("soudure", "controle") is None
    assert tour.score == 120


def test_done_in_counts_stations_played_in_that_world(tour, scenario):
    soudure, maintenance = scenario.worlds
    assert tour.done_in(soudure) == 0
    tour.record(result("soudure", "epi", 10))
    tour.record(result("soudure", "epi", 80))
    tour.record(result("soudure", "controle", 0))  # a zero still counts as played
    assert tour.done_in(soudure) == 2
    assert tour.done_in(maintenance) == 0


def test_a_world_is_complete_when_every_station_is_played(tour, scenario):
    soudure, _maintenance = scenario.worlds
    for sid in ("epi", "soudure"):
        tour.record(result("soudure", sid, 50))
    assert not tour.world_complete(soudure)
    assert tour.worlds_completed == []
    tour.record(result("soudure", "controle", 50))
    assert tour.world_complete(soudure)
    assert tour.worlds_completed == ["soudure"]
    assert not tour.complete
    tour.record(result("maintenance", "moteur", 50))
    assert tour.worlds_completed == ["soudure", "maintenance"]
    assert tour.complete


def test_worlds_not_chosen_do_not_count(scenario):
    tour = Tour(scenario, ["maintenance"], datetime(2025, 3, 8))
    tour.record(result("maintenance", "moteur", 40))
    assert tour.complete
    assert tour.worlds_completed == ["maintenance"]


def test_myths_busted_come_from_played_stations_and_their_role_model(tour):
    assert tour.myths_busted() == []
    tour.record(result("soudure", "epi", 50))
    # the station's own myth, then Samia's
    assert tour.myths_busted() == ["sale", "costaud", "metier-homme"]
    tour.record(result("soudure", "controle", 50))
    assert tour.myths_busted() == ["sale", "costaud", "metier-homme", "pas-avenir"]


def test_myths_heard_in_dialogue_count_once(tour):
    tour.myths_heard.update({"trop-tard", "costaud"})
    assert tour.myths_busted() == ["costaud", "trop-tard"]
    tour.record(result("soudure", "epi", 50))
    busted = tour.myths_busted()
    assert sorted(busted) == ["costaud", "metier-homme", "sale", "trop-tard"]
    assert len(busted) == len(set(busted))


def test_the_myths_in_play_are_listed_once_each(scenario_path) -> None:  # type: ignore[no-untyped-def]
    """The probe draws its statements from this list: a myth twice would be asked twice."""
    from datetime import datetime

    from game.progress import Tour
    from game.scenario.loader import load_scenario

    model = load_scenario(scenario_path).model
    tour = Tour(model, [w.id for w in model.worlds], datetime(2026, 5, 4))
    myths = tour.myths_in_play()
    assert myths and len(myths) == len(set(myths))
