"""The words a debrief shows beside ids: station and world titles, jobs, statements.

Read from the session's scenario when the hub can load it; without it (moved, damaged) the
debrief still works from the records, which carry the questions in the words shown, and
shows ids where a title would be.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from game.beliefs import items_for
from game.scenario.models import Scenario


@dataclass(frozen=True)
class Names:
    """lang -> text maps, by id; JSON-ready (the dashboard receives them as they are)."""

    worlds: dict[str, dict[str, str]] = field(default_factory=dict)
    stations: dict[str, dict[str, str]] = field(default_factory=dict)  # "world/station"
    jobs: dict[str, dict[str, str]] = field(default_factory=dict)  # station id and world/station
    statements: dict[str, dict[str, str]] = field(default_factory=dict)  # myth id
    wording: dict[str, str] = field(default_factory=dict)  # statement id -> stereotype/counter
    order: list[str] = field(default_factory=list)  # every "world/station", scenario order

    def station(self, ref: str, lang: str) -> str:
        return _pick(self.stations.get(ref), lang) or ref

    def world(self, world_id: str, lang: str) -> str:
        return _pick(self.worlds.get(world_id), lang) or world_id

    def job(self, job: str, lang: str) -> str:
        return _pick(self.jobs.get(job), lang) or job

    def statement(self, myth: str, lang: str) -> str:
        return _pick(self.statements.get(myth), lang) or myth

    def to_json(self) -> dict[str, Any]:
        return {"worlds": self.worlds, "stations": self.stations, "jobs": self.jobs,
                "statements": self.statements, "wording": self.wording, "order": self.order}


def _pick(entry: dict[str, str] | None, lang: str) -> str | None:
    if not entry:
        return None
    return entry.get(lang) or entry.get("fr") or next(iter(entry.values()))


def from_scenario(scenario: Scenario) -> Names:
    names = Names()
    for world in scenario.worlds:
        names.worlds[world.id] = dict(world.title.root)
        for station in world.stations:
            ref = f"{world.id}/{station.id}"
            names.order.append(ref)
            names.stations[ref] = dict(station.title.root)
            job = {lang: station.job.both(lang) for lang in ("fr", "en")}
            names.jobs[ref] = job
            names.jobs.setdefault(station.id, job)
    for myth in scenario.myths:
        names.statements[myth.id] = dict(myth.statement.root)
    # the 5-point probe's own statements, when the scenario has them (``probe:``)
    probe = getattr(scenario, "probe", None)
    for statement in getattr(probe, "statements", None) or []:
        names.statements[statement.id] = dict(statement.text.root)
        names.wording[statement.id] = str(getattr(statement, "wording", "stereotype"))
    # the items about herself, worded as the probe asks them (the generic one where the
    # scenario gives none): game.beliefs decides, for every world
    for item in items_for(scenario, [w.id for w in scenario.worlds]):
        if not item.statement:
            names.statements[item.id] = dict(item.text.root)
    return names


@lru_cache(maxsize=8)
def _load(path: str | None) -> Names:
    from game.scenario.loader import DEFAULT_SCENARIO, load_scenario

    try:
        return from_scenario(load_scenario(Path(path) if path else DEFAULT_SCENARIO).model)
    except Exception:  # moved or damaged since class new: ids instead of titles
        return Names()


def for_scenario(path: str | None) -> Names:
    """The names of the scenario at ``path`` (None: the shipped one), read once per hub."""
    return _load(path)
