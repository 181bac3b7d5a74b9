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

    def size(self, relative: str) -> tuple[int, int] | None:
        from game.scenario.loader import resolve_asset

        path = resolve_asset(self.folder, relative)
        return image_size(path) if path is not None else None


def check_tasks(loaded: LoadedScenario, view: Positions) -> list[Problem]:
    out: list[Problem] = []
    pictures = _Pictures(loaded.folder)
    for wi, world in enumerate(loaded.model.worlds or []):
        for si, station in enumerate(getattr(world, "stations", None) or []):
            params = getattr(station, "task", None)
            if not isinstance(params, TaskParams):
                continue  # missing or invalid: the schema said so
            tpath = ("worlds", wi, "stations", si, "task")
            at = view.mark(tpath)
            kind = get(params.type)
            if kind.check is not None:
                out += [Problem(view.mark(tpath + f.at), f.message, f.hint)
                        for f in kind.check(params, pictures)]
            try:
                outcome = play(params)
            except Exception as err:  # a broken task type must not stop the run
                out.append(Problem(at, f"the {kind.name} task could not be played by its bot "
                                   f"({type(err).__name__}: {err})",
                                   f"this is probably a bug of the task type '{kind.name}': "
                                   "tell a developer"))
                continue
            out += _judge(kind, params, outcome, at)
    return out


def _judge(task: TaskType[Any], params: TaskParams, outcome: Outcome, at: Any) -> list[Problem]:
    kind = task.name
    if outcome.timed_out or (not outcome.finished and params.time_limit_s):
        return [Problem(at, f"even a professional cannot finish this {kind} task in its "
                        f"{params.time_limit_s:g} s: the bot ran out of time",
                        "give more time (time_limit_s), or make the task shorter")]
    if not outcome.finished:
        return [Problem(at, f"the bot did not finish this {kind} task in "
                        f"{NO_TIMER_LIMIT_S:g} s", "check that the task can be completed")]
    need = task.target(params)
    if outcome.score < need:
        what = "100" if need == 100 else f"{need} (3 stars)"
        return [Problem(at, f"playing perfectly, the bot scores only {outcome.score}/100 on this "
                        f"{kind} task; a professional should reach {what}",
                        task.hint)]
    return []
