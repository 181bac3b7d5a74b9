"""What the take-away card shows: the jobs met, and the training offers that fit the player."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from game.progress import Tour
from game.scenario import actions
from game.scenario.models import Action, Station, Training, World

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


def matching_actions(tour: Tour, today: date) -> list[Action]:
    """The scenario's dated actions (info sessions, immersions, open days) that fit the jobs
    met and are not past their ``valid_until``, soonest first."""
    met = jobs_met(tour)
    worlds = {job.world.id for job in met}
    trainings = {t for job in met for t in job.station.trainings}
    return actions.matching(tour.scenario, worlds, trainings, today)


def card_slots(offers: list[Training], found: list[Action], lang: str, limit: int = MAX_OFFERS
               ) -> list[tuple[str, str, str, str | None]]:
    """What each slot of the card's right column shows: (badge, title, text, url).

    The soonest matching action takes the last slot, so the card always ends on a real,
    dated next step when there is one."""
    slots = [(o.level, o.title.get(lang), o.summary.get(lang), o.url) for o in offers]
    if found:
        a = found[0]
        text = f"{a.date:%d/%m/%Y} · {a.place}"
        if a.summary is not None:
            text += f" — {a.summary.get(lang)}"
        slots = [*slots[:limit - 1], (f"{a.date:%d/%m}", a.title.get(lang), text, a.url)]
    return slots[:limit]


def toggle_liked(tour: Tour, world_id: str, station_id: str) -> None:
    key = (world_id, station_id)
    if key in tour.preferred:
        tour.preferred.remove(key)
    else:
        tour.preferred.append(key)
