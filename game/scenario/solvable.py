"""Can each task be solved? Its registered bot plays it at skill 1, headless, without pygame.

The rules are built with their timer on and stepped at the game's fixed rate; every step
the bot makes its moves (``Bot.act``), then the rules advance. A new task type is checked
with nothing else to write.

What counts as solved: the bot finishes before the time limit and reaches the type's
target (``TaskType.target``: 100, or the score for 3 stars on a continuous type). A type's
own extra check (``TaskType.check``) runs here too, with the sizes of the pictures it names.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from game.scenario.problems import Problem
from game.tasks import get, load_builtin
from game.tasks.base import TaskParams, TaskType
from game.world.mapdata import image_size

if TYPE_CHECKING:
    from pathlib import Path

    from game.scenario.crosscheck import Positions
    from game.scenario.loader import LoadedScenario

STEP_S = 1 / 60  # the game's fixed step
NO_TIMER_LIMIT_S = 600.0  # without a timer, a bot still playing after this is stuck
SEED = 1


@dataclass
class Outcome:
    score: int = 0
    finished: bool = False
    timed_out: bool = False


def play(params: TaskParams, seed: int = SEED) -> Outcome:
    """The bot's game at skill 1 (exceptions from the task type propagate)."""
    load_builtin()
    kind = get(params.type)
    rules = kind.rules(params, random.Random(seed), timers=True)
    bot = kind.bot(params, random.Random(seed + 1), 1.0)
    limit = (params.time_limit_s or NO_TIMER_LIMIT_S) + 1.0
    while not rules.finished and rules.elapsed < limit:
        bot.act(rules, STEP_S)
        rules.update(STEP_S)
    if not rules.finished:
        return Outcome()
    result = rules.result()
    return Outcome(result.score, True, result.timed_out)


class _Pictures:
    """Picture sizes for a type's own check, read from the scenario's files."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._sizes: dict[str, tuple[int, int] | None] = {}  # each picture read once

    def size(self, relative: str) -> tuple[int, int] | None:
        from game.scenario.loader import resolve_asset

        if relative not in self._sizes:
            path = resolve_asset(self.folder, relative)
            self._sizes[relative] = image_size(path) if path is not None else None
        return self._sizes[relative]


def check_tasks(loaded: LoadedScenario, view: Positions) -> list[Problem]:
    """Every station's task played by its bot; a task written the same way twice (a copied
    station) is played once, its verdict given at each place it is written. The bot's game
    depends on the parameters alone (seeded), so the verdicts are those of playing each."""
    out: list[Problem] = []
    pictures = _Pictures(loaded.folder)
    played: dict[str, Outcome | Exception] = {}
    for wi, world in enumerate(loaded.model.worlds or []):
        for si, station in enumerate(getattr(world, "stations", None) or []):
            params = getattr(station, "task", None)
            if not isinstance(params, TaskParams):
                continue  # missing or invalid: the schema said so
            tpath = ("worlds", wi, "stations", si, "task")
            kind = get(params.type)
            if kind.check is not None:
                out += [Problem(view.mark(tpath + f.at), f.message, f.hint)
                        for f in kind.check(params, pictures)]
            same = params.model_dump_json()
            if same not in played:
                try:
                    played[same] = play(params)
                except Exception as err:  # a broken task type must not stop the run
                    played[same] = err
            outcome = played[same]
            if isinstance(outcome, Exception):
                out.append(Problem(view.mark(tpath), f"the {kind.name} task could not be played "
                                   f"by its bot ({type(outcome).__name__}: {outcome})",
                                   f"this is probably a bug of the task type '{kind.name}': "
                                   "tell a developer"))
                continue
            out += [Problem(view.mark(tpath), message, hint)  # a position only for a problem
                    for message, hint in _judge(kind, params, outcome)]
    return out


def _judge(task: TaskType[Any], params: TaskParams, outcome: Outcome) -> list[tuple[str, str]]:
    """What is wrong with a bot's game, as (message, hint)."""
    kind = task.name
    if outcome.timed_out or (not outcome.finished and params.time_limit_s):
        return [(f"even a professional cannot finish this {kind} task in its "
                 f"{params.time_limit_s:g} s: the bot ran out of time",
                 "give more time (time_limit_s), or make the task shorter")]
    if not outcome.finished:
        return [(f"the bot did not finish this {kind} task in {NO_TIMER_LIMIT_S:g} s",
                 "check that the task can be completed")]
    need = task.target(params)
    if outcome.score < need:
        what = "100" if need == 100 else f"{need} (3 stars)"
        return [(f"playing perfectly, the bot scores only {outcome.score}/100 on this "
                 f"{kind} task; a professional should reach {what}", task.hint)]
    return []
