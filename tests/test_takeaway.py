"""Which training offers the take-away card shows."""
from __future__ import annotations

from datetime import datetime

import pytest

from game.progress import StationResult, Tour
from game.scenario.loader import load_scenario
from game.takeaway import jobs_met, matching_offers, toggle_liked


@pytest.fixture(scope="module")
def scenario(scenario_path):  # type: ignore[no-untyped-def]
    return load_scenario(scenario_path).model


def tour_with(scenario, scores: dict[str, int]) -> Tour:  # type: ignore[no-untyped-def]
    world = scenario.worlds[0]
    tour = Tour(scenario, [world.id], datetime(2026, 5, 4, 10))
    for station in world.stations:
        if station.id in scores:
            score = scores[station.id]
            tour.record(StationResult(world.id, station.id, station.task.type,
                                      score, 3 if score > 80 else 1, 30.0))
    return tour


def test_offers_follow_the_job_the_player_did_best(scenario) -> None:  # type: ignore[no-untyped-def]
    world = scenario.worlds[0]
    by_job: dict[str, list[str]] = {}
    for s in world.stations:
        by_job.setdefault(s.job.both("fr"), []).append(s.id)
    assert len(by_job) >= 2, "the test needs two different jobs in the first world"
    (job_a, stations_a), (job_b, stations_b) = list(by_job.items())[:2]
    tour = tour_with(scenario, {stations_a[0]: 30, stations_b[0]: 95})
    best = world.station(stations_b[0])
    offers = matching_offers(tour)
    assert offers and offers[0].id == best.trainings[0]
    assert {j.station.job.both("fr") for j in jobs_met(tour)} == {job_a, job_b}


def test_a_liked_job_comes_first_whatever_its_score(scenario) -> None:  # type: ignore[no-untyped-def]
    world = scenario.worlds[0]
    jobs: dict[str, str] = {}
    for s in world.stations:
        jobs.setdefault(s.job.both("fr"), s.id)
    low, high = list(jobs.values())[:2]
    tour = tour_with(scenario, {low: 20, high: 100})
    toggle_liked(tour, world.id, low)
    assert matching_offers(tour)[0].id == world.station(low).trainings[0]
    toggle_liked(tour, world.id, low)  # un-liked: back to the best score
    assert matching_offers(tour)[0].id == world.station(high).trainings[0]


def test_at_most_three_offers_and_never_twice_the_same(scenario) -> None:  # type: ignore[no-untyped-def]
    tour = tour_with(scenario, {s.id: 90 for s in scenario.worlds[0].stations})
    offers = matching_offers(tour)
    assert 1 <= len(offers) <= 3
    assert len({o.id for o in offers}) == len(offers)


def test_no_station_done_means_no_offer(scenario) -> None:  # type: ignore[no-untyped-def]
    assert matching_offers(tour_with(scenario, {})) == []


def test_the_card_ends_on_the_soonest_dated_action_of_the_jobs_met(scenario) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from game.takeaway import card_slots, matching_actions

    world = scenario.worlds[0]
    tour = tour_with(scenario, {s.id: 90 for s in world.stations})
    actions = [a for a in scenario.actions if world.id in a.worlds]
    assert actions, "the default scenario has an action for its first world"
    before = min(a.date for a in actions)
    found = matching_actions(tour, before)
    assert found and all(world.id in a.worlds or not a.worlds for a in found)
    slots = card_slots(matching_offers(tour), found, "fr")
    assert len(slots) <= 3
    _badge, title, text, url = slots[-1]
    assert title == found[0].title.get("fr") and found[0].place in text and url == found[0].url
    too_late = max(a.valid_until for a in scenario.actions)
    assert matching_actions(tour, date.fromordinal(too_late.toordinal() + 1)) == []
