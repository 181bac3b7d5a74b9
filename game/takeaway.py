"""What the take-away card shows: the jobs met, and the training offers that fit the player."""
from __future__ import annotations

from dataclasses import dataclass

from game.progress import Tour
from game.scenario.models import Station, Training, World

MAX_OFFERS = 3


@dataclass(frozen=True)
class JobMet:
    world: World
    station: Station
    stars: int
    score: int
    liked: bool


def jobs_met(tour: Tour) -> list[JobMet]:
    """One line per job title met (a job met at several stations keeps its best result)."""
    best: dict[str, JobMet] = {}
    for world in tour.worlds:
        for station in world.stations:
            r = tour.result(world.id, station.id)
            if r is None:
                continue
            key = station.job.both("fr")
            liked = (world.id, station.id) in tour.preferred
            old = best.get(key)
            if old is None or (liked, r.score) > (old.liked, old.score):
                best[key] = JobMet(world, station, r.stars, r.score,
                                   liked or bool(old and old.liked))
    return list(best.values())


def matching_offers(tour: Tour, limit: int = MAX_OFFERS) -> list[Training]:
    """Offers for the jobs the player liked first, then for those she did best."""
    jobs = sorted(jobs_met(tour), key=lambda j: (not j.liked, -j.score, -j.stars))
    out: list[Training] = []
    for job in jobs:
        for training_id in job.station.trainings:
            training = tour.scenario.training(training_id)
            if training not in out:
                out.append(training)
                break  # one offer per job first, so the card shows several jobs' paths
    if len(out) < limit:
        for job in jobs:
            for training_id in job.station.trainings:
                training = tour.scenario.training(training_id)
                if training not in out:
                    out.append(training)
    return out[:limit]


def toggle_liked(tour: Tour, world_id: str, station_id: str) -> None:
    key = (world_id, station_id)
    if key in tour.preferred:
        tour.preferred.remove(key)
    else:
        tour.preferred.append(key)
