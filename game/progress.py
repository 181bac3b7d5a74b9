"""One player's game: the worlds chosen, each station's result, what was met."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from game.beliefs import ProbeItem
    from game.scenario.models import Scenario, Station, World
    from game.scores.records import AgeBand, Gender, Situation


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
    route: str = "world"  # the way through the game (game.flow.ROUTES)
    # the before/after question (game.beliefs): its items, and the answers (1-5) by item id;
    # a phase asked and skipped holds {"_skipped": 0}, so it is not asked again
    probe_items: list[ProbeItem] = field(default_factory=list)
    probe_before: dict[str, int] = field(default_factory=dict)
    probe_after: dict[str, int] = field(default_factory=dict)
    # the optional anonymous context (game.beliefs: GENDERS, AGE_BANDS, SITUATIONS); None:
    # not asked or skipped
    gender: Gender | None = None
    age_band: AgeBand | None = None
    situation: Situation | None = None
    preferred: list[tuple[str, str]] = field(default_factory=list)  # (world, station) liked
    #: the route's stations, (world, station), when it visits only some (the découverte's
    #: three); None: every station of the chosen worlds
    stations: list[tuple[str, str]] | None = None
    express: bool = False  # shorter tasks (the découverte route: express_items or the first N)
    finished_early: bool = False  # the visitor chose « Terminer ma visite »

    def planned(self, world: World) -> list[Station]:
        """The stations of ``world`` this game visits."""
        if self.stations is None:
            return list(world.stations)
        wanted = {s for w, s in self.stations if w == world.id}
        return [s for s in world.stations if s.id in wanted]

    def next_world(self) -> World | None:
        """The next world of the tour still to finish, after the current one."""
        for world in self.worlds:
            if not self.world_complete(world):
                return world
        return None

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
        return sum(1 for s in self.planned(world) if (world.id, s.id) in self.results)

    def world_complete(self, world: World) -> bool:
        return self.done_in(world) == len(self.planned(world))

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

    def myths_in_play(self) -> list[str]:
        """The myths the chosen worlds bust (candidates for the probe)."""
        found: list[str] = []
        for world in self.worlds:
            stations = self.planned(world)
            met = {s.role_model for s in stations}
            ids = [m for r in world.role_models if self.stations is None or r.id in met
                   for m in r.myths]
            ids += [m for s in stations for m in s.myths]
            ids += [q.myth for s in stations for q in s.intro.questions if q.myth]
            for myth in ids:
                if myth not in found:
                    found.append(myth)
        return found

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
