"""The battery world leads to real, named battery courses of Hauts-de-France.

Issue 12: « the region's battery courses as examples » was one generic entry; a line operator's
stations now lead to real courses, each dated by its source (the programme re-checks them before
an event).
"""
from __future__ import annotations

from datetime import datetime

from game.progress import StationResult, Tour
from game.scenario.loader import DEFAULT_SCENARIO, load_scenario
from game.takeaway import matching_offers

REAL_COURSES = ("pilote-batteries", "battery-training-center")


def test_a_battery_visit_offers_the_regions_real_battery_courses() -> None:
    scenario = load_scenario(DEFAULT_SCENARIO).model
    world = scenario.world("batteries")
    tour = Tour(scenario, [world.id], datetime(2026, 12, 2, 10))
    for station_id in ("salle-seche", "haute-tension"):
        station = world.station(station_id)
        tour.record(StationResult(world.id, station.id, station.task.type, 90, 3, 30.0))
    assert set(REAL_COURSES) <= {t.id for t in matching_offers(tour)}
    for training_id in REAL_COURSES:
        training = scenario.training(training_id)
        assert training.sources and all(any(y in s for y in ("2023", "2026", "2027"))
                                        for s in training.sources), training_id
        assert training.url and training.title.get("en") and training.level_in("en")
