"""The découverte route: which stations it visits, and its shorter tasks.

Pure: no pygame. A world marks the station the route visits with ``express: true`` (else its
first station is taken); a scenario may instead give the route as a list, ``decouverte:
[world/station, ...]``. A task on this route keeps its first ``express_items`` items (or
:data:`EXPRESS_ITEMS`), and its timer shrinks in proportion; a role model says her first
line and offers two of her questions.
"""
from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from game.scenario.models import Dialogue, Scenario, World
from game.tasks import get as task_type
from game.tasks.base import TaskParams

DECOUVERTE_STATIONS = 3  # a visit of about four minutes
EXPRESS_ITEMS = 4  # items of a task on the découverte route, unless express_items says
MIN_TIME_S = 20.0  # a shortened timer never drops below this
# a role model on the découverte: her first line (beside her name, job and path), then two of
# her questions on offer (measured with bench/visit.py: each line read costs a visitor ~6 s)
EXPRESS_LINES = 1
EXPRESS_QUESTIONS = 2


def express_station(world: World) -> str:
    """The station of ``world`` the découverte route visits."""
    marked = [s.id for s in world.stations if s.express]
    return marked[0] if marked else world.stations[0].id


def decouverte(scenario: Scenario, n: int = DECOUVERTE_STATIONS) -> list[tuple[str, str]]:
    """The route's (world, station) pairs: the scenario's list, or one per world, at most ``n``.

    With fewer than ``n`` worlds, the first worlds' next stations fill the route.
    """
    if scenario.decouverte:
        return [_split(ref) for ref in scenario.decouverte][:n]
    chosen = [(w.id, express_station(w)) for w in scenario.worlds][:n]
    for world in scenario.worlds:
        for station in world.stations:
            if len(chosen) >= n:
                return chosen
            if (world.id, station.id) not in chosen:
                chosen.append((world.id, station.id))
    return chosen


def one_more(scenario: Scenario, planned: list[tuple[str, str]],
             done: set[tuple[str, str]]) -> tuple[str, str] | None:
    """« Encore un poste ? »: the next station not yet on the route, in the worlds already met
    first (the floor the visitor stands on), then the others; None when none is left."""
    met = list(dict.fromkeys(w for w, _ in planned))
    order = [scenario.world(w) for w in met] + [w for w in scenario.worlds if w.id not in met]
    for world in order:
        for station in world.stations:
            key = (world.id, station.id)
            if key not in planned and key not in done:
                return key
    return None


def _split(ref: str) -> tuple[str, str]:
    world, _, station = ref.partition("/")
    return (world, station)


def shorten(params: TaskParams, n: int = EXPRESS_ITEMS) -> TaskParams:
    """The task with its first ``express_items`` (or ``n``) items, its timer in proportion.

    A type without items (a weld pass, a gauge) is played whole; a cut its own rules refuse
    (a sort whose first items all go in one bin) leaves the task whole too.
    """
    kind = task_type(params.type)
    field = kind.items
    if field is None:
        return params
    items: list[Any] = getattr(params, field)
    keep = params.express_items or n
    if len(items) <= keep:
        return params
    data = params.model_dump(mode="python", exclude_unset=False)
    if kind.spare is not None:  # kept in play, not asked for (a spot picture's other faults)
        data[kind.spare] = [*data.get(kind.spare, []), *data[field][keep:]]
    data[field] = data[field][:keep]
    if params.time_limit_s is not None:
        data["time_limit_s"] = max(MIN_TIME_S, params.time_limit_s * keep / len(items))
    try:
        return type(params).model_validate(data)
    except ValidationError:
        return params


def intro(dialogue: Dialogue, n: int = EXPRESS_LINES,
          questions: int = EXPRESS_QUESTIONS) -> Dialogue:
    """A role model's intro on the découverte: her first ``n`` lines, and her first
    ``questions`` questions on demand (the whole world's route keeps them all)."""
    return dialogue.model_copy(update={"lines": dialogue.lines[:n],
                                       "questions": dialogue.questions[:questions]})
