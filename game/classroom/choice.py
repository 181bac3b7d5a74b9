"""What a trainer asks ``class new`` for, checked against the scenario: world, route, stations.

Every refusal says what would be accepted (the scenario's world and station ids), so a
trainer who mistyped fixes it from the message alone.
"""
from __future__ import annotations

from dataclasses import dataclass

from game.classroom.code import MAX_WORLDS, PROJECTOR_ROUTE, ROUTES
from game.scenario.models import Scenario

ONE_WORLD_ROUTES = ("world", PROJECTOR_ROUTE)  # these play one world: --world is needed


class ChoiceProblem(ValueError):
    """The choice does not fit the scenario; the message says what to type instead."""


@dataclass(frozen=True)
class Choice:
    world: int  # 0: every world; k: the scenario's k-th world
    world_id: str | None
    route: str
    stations: list[str] | None  # station ids (world/station when the session spans worlds)


def choose(scenario: Scenario, world: str | None, route: str | None,
           stations: list[str] | None) -> Choice:
    route = route or "world"
    if route not in ROUTES:
        raise ChoiceProblem(f"--route {route}: choose one of {', '.join(ROUTES)}")
    ids = [w.id for w in scenario.worlds]
    if world is None and route in ONE_WORLD_ROUTES:
        raise ChoiceProblem(f"--route {route} plays one world: give --world (one of "
                            f"{', '.join(ids)})")
    if world is not None and route == "grand_tour":
        raise ChoiceProblem("the grand tour visits every world: leave out --world "
                            "(or use --route world)")
    if world is not None and route == "decouverte":
        raise ChoiceProblem("the découverte picks its stations across the worlds: leave out "
                            "--world (or choose them with --stations)")
    number, chosen = 0, None
    if world is not None:
        if world not in ids:
            raise ChoiceProblem(f"--world {world}: the scenario '{scenario.id}' has no such "
                                f"world; choose one of {', '.join(ids)}")
        number = ids.index(world) + 1
        if number > MAX_WORLDS:
            raise ChoiceProblem(f"--world {world} is the scenario's world number {number}: a "
                                f"session code can name the first {MAX_WORLDS} only")
        chosen = world
    return Choice(number, chosen, route, _stations(scenario, chosen, stations))


def _stations(scenario: Scenario, world: str | None, wanted: list[str] | None
              ) -> list[str] | None:
    if wanted is None:
        return None
    wanted = [w.strip() for w in wanted if w.strip()]
    if not wanted:
        raise ChoiceProblem("--stations is empty: give station ids separated by commas, "
                            "or leave it out for every station")
    if world is not None:
        known = [s.id for s in scenario.world(world).stations]
        picked = set()
        for name in wanted:
            bare = name.split("/", 1)[1] if name.startswith(f"{world}/") else name
            if bare not in known:
                raise ChoiceProblem(f"--stations: the world '{world}' has no station "
                                    f"'{name}'; its stations are {', '.join(known)}")
            picked.add(bare)
        return [s for s in known if s in picked]
    every = [f"{w.id}/{s.id}" for w in scenario.worlds for s in w.stations]
    by_bare: dict[str, list[str]] = {}
    for ref in every:
        by_bare.setdefault(ref.split("/", 1)[1], []).append(ref)
    chosen = set()
    for name in wanted:
        if name in every:
            chosen.add(name)
        elif len(by_bare.get(name, [])) == 1:
            chosen.add(by_bare[name][0])
        elif name in by_bare:
            raise ChoiceProblem(f"--stations: '{name}' is a station of several worlds; write "
                                f"it as {' or '.join(by_bare[name])}")
        else:
            raise ChoiceProblem(f"--stations: no station '{name}' in the scenario "
                                f"'{scenario.id}'; write world/station, e.g. {every[0]}")
    return [ref for ref in every if ref in chosen]
