"""Every check of a scenario in one run, for ``validate``, hot reload and the game.

The order: safe YAML and world files; the schema (pydantic), whose errors do not stop
the run: the valid parts are salvaged and the references, files, translations and maps
are checked on them; then, with ``deep``, what only an author needs: figures without a
source, dialogue, unused definitions and whether the bot can solve each task.
``analyse`` never raises: a check that fails unexpectedly becomes a problem naming it.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from game import limits
from game.scenario import collector
from game.scenario.loader import LoadedScenario, read_documents, scenario_file
from game.scenario.models import Scenario
from game.scenario.problems import ContentError, Mark, Problem
from game.scenario.salvage import salvage
from game.scenario.schemaerrors import problems_from
from game.scenario.yamlpos import Located, PathKey


@dataclass
class Analysis:
    problems: list[Problem] = field(default_factory=list)
    loaded: LoadedScenario | None = None  # set when the schema holds (even with other errors)
    playable: bool = False  # loaded, and none of the errors stops the game (deep ones do not)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity != "error"]


def analyse(path: Path, deep: bool = True) -> Analysis:
    with collector.paused():  # (see collector.py)
        return _analyse(path, deep)


def _analyse(path: Path, deep: bool) -> Analysis:
    file = scenario_file(path)
    problems: list[Problem] = []
    try:
        doc, failed = read_documents(file, problems)
    except ContentError as err:
        return Analysis(sorted_problems(err.problems))
    crowded = too_many_stations(doc)
    if crowded is not None:  # before the schema, the references and the bots
        return Analysis(sorted_problems([*problems, crowded]))
    loaded: LoadedScenario | None = None
    try:
        model = Scenario.model_validate(doc.data)
        view: Any = doc
    except ValidationError as err:
        # a world file that could not be read has its own errors already
        skip = {("worlds", i) for i in failed}
        problems += problems_from(doc, [e for e in err.errors()
                                        if tuple(e["loc"][:2]) not in skip], Scenario)
        partial, view = salvage(doc)
        if partial is None:
            return Analysis(sorted_problems(problems))
        target = LoadedScenario(partial, file.parent)
    else:
        loaded = target = LoadedScenario(model, file.parent)
    from game.scenario.crosscheck import cross_check

    problems += guarded("reference", file, cross_check, target, view)
    playable = loaded is not None and not any(p.severity == "error" for p in problems)
    if deep:
        from game.scenario.content import check_content
        from game.scenario.solvable import check_tasks

        problems += guarded("content", file, check_content, target, view, loaded is not None)
        problems += guarded("task", file, check_tasks, target, view)
        from game.scenario.actions import check_actions

        problems += guarded("action", file, check_actions, target, view)
        from game.scenario.probecheck import check_probe

        problems += guarded("probe", file, check_probe, target, view)
    return Analysis(sorted_problems(problems), loaded, playable)


def too_many_stations(doc: Located) -> Problem | None:
    """The first station beyond ``limits.STATIONS``, all worlds counted, or None."""
    worlds = doc.data.get("worlds") if isinstance(doc.data, dict) else None
    total = 0
    first: PathKey | None = None
    for wi, world in enumerate(worlds if isinstance(worlds, list) else []):
        stations = world.get("stations") if isinstance(world, dict) else None
        if not isinstance(stations, list):
            continue
        if first is None and total + len(stations) > limits.STATIONS:
            first = ("worlds", wi, "stations", limits.STATIONS - total)
        total += len(stations)
    if first is None:
        return None
    return Problem(doc.mark(first), f"the scenario has {limits.count_text(total)} stations; a "
                   f"scenario may hold at most {limits.count_text(limits.STATIONS)} (limit: "
                   f"stations per scenario); this is station {limits.STATIONS + 1}",
                   "split the content into several scenarios; see « Limits » in "
                   "docs/scenario-format.md")


def guarded(what: str, file: Path, check: Callable[..., list[Problem]],
            *args: Any) -> list[Problem]:
    """A check's problems; if it breaks, one problem saying so (the others still run)."""
    try:
        return check(*args)
    except Exception as err:  # a validator never shows a traceback
        return [Problem(Mark(file, 1, 1), f"the {what} checks stopped on an unexpected error "
                        f"({type(err).__name__}: {err})", "this is a bug of the validator: "
                        "please tell a developer, with the scenario")]


def sorted_problems(problems: list[Problem]) -> list[Problem]:
    """Without repeats, grouped by file (in the order files first appear), then by line."""
    order: dict[Path, int] = {}
    unique: dict[tuple[Any, ...], Problem] = {}
    for p in problems:
        order.setdefault(p.mark.file, len(order))
        unique.setdefault((p.mark, p.message, p.severity), p)
    return sorted(unique.values(),
                  key=lambda p: (order[p.mark.file], p.mark.line, p.mark.column))
