"""One player's game: the worlds chosen, each station's result, what was met."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from game.scenario.models import Scenario, World


@dataclass(frozen=True)
class StationResult:
    world_id: str
    station_id: str
    task_type: str
    score: int
    stars: int
    duration_s: float
    details: dict[str, Any] = field(default_factory=dict)


@dataclass
class Tour:
    scenario: Scenario
    world_ids: list[str]
    started_at: datetime
    results: dict[tuple[str, str], StationResult] = field(default_factory=dict)
    myths_heard: set[str] = field(default_factory=set)
    current_world: str | None = None
    game_id: int | None = None  # once saved

    @property
    def worlds(self) -> list[World]:
        return [self.scenario.world(w) for w in self.world_ids]

    def record(self, result: StationResult) -> None:
        """Keep the best result of a station (a replay never lowers it)."""
        key = (result.world_id, result.station_id)
        old = self.results.get(key)
        if old is None or result.score > old.score:
            self.results[key] = result

    def result(self, world_id: str, station_id: str) -> StationResult | None:
        return self.results.get((world_id, station_id))

    def done_in(self, world: World) -> int:
        return sum(1 for s in world.stations if (world.id, s.id) in self.results)

    def world_complete(self, world: World) -> bool:
        return self.done_in(world) == len(world.stations)

    @property
    def complete(self) -> bool:
        return all(self.world_complete(w) for w in self.worlds)

    @property
    def worlds_completed(self) -> list[str]:
        return [w.id for w in self.worlds if self.world_complete(w)]

    @property
    def score(self) -> int:
        return sum(r.score for r in self.results.values())

    @property
    def stars(self) -> int:
        return sum(r.stars for r in self.results.values())

    def myths_busted(self) -> list[str]:
        """Myths met: those the stations and the role models met bust, and those asked about."""
        found: list[str] = []
        for world in self.worlds:
            for station in world.stations:
                if (world.id, station.id) not in self.results:
                    continue
                ids = list(station.myths) + list(world.role_model(station.role_model).myths)
                for myth in ids:
                    if myth not in found:
                        found.append(myth)
        found += [m for m in sorted(self.myths_heard) if m not in found]
        return found
