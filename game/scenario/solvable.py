"""Can each task be solved? Its registered bot plays it at skill 1, headless, without pygame.

The rules are built with their timer on and stepped at the game's fixed rate; the bot
makes its moves through a *driver*. A bot that defines ``act(rules, dt)`` (one step of
play: moves only, the validator calls ``rules.update``) is driven by that method, so a new
task type is checked with nothing else to write. The bots written before that protocol
are driven by the adapters in :data:`LEGACY`.

What counts as solved: the bot finishes before the time limit and scores 100 — or, for a
task measured on a continuous scale (``CONTINUOUS``), at least the score for 3 stars.
"""
from __future__ import annotations

import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from game.scenario.problems import Problem
from game.tasks import REGISTRY, load_builtin
from game.tasks.base import TaskParams, TaskRules, TaskType
from game.world.mapdata import image_size

if TYPE_CHECKING:
    from game.scenario.crosscheck import Positions
    from game.scenario.loader import LoadedScenario

STEP_S = 1 / 60  # the game's fixed step
NO_TIMER_LIMIT_S = 600.0  # without a timer, a bot still playing after this is stuck
SEED = 1
CONTINUOUS = {"trace", "gauge"}  # scored on a scale: a professional gets 3 stars, not 100

Driver = Callable[[Any, TaskRules[Any], float], None]


def _quiz(bot: Any, rules: Any, dt: float) -> None:
    bot.play(rules)


def _moves(apply: str) -> Driver:
    """Bots that give the next move, or None when they would submit."""
    def drive(bot: Any, rules: Any, dt: float) -> None:
        move = bot.next_move(rules)
        if move is None:
            rules.submit()
        else:
            getattr(rules, apply)(*move)
    return drive


def _trace(bot: Any, rules: Any, dt: float) -> None:
    rules.feed(bot.position(rules, rules.elapsed), dt)


def _gauge(bot: Any, rules: Any, dt: float) -> None:
    if rules.params.mode == "stop":
        if bot.wants_stop(rules, dt):
            rules.stop()
    else:
        rules.push(bot.command(rules, dt))


def _spot(bot: Any, rules: Any, dt: float) -> None:
    tap = bot.next_tap(rules)
    if tap is None:
        rules.done()
    else:
        rules.tap(*tap)


LEGACY: dict[str, Driver] = {
    "quiz": _quiz,
    "order": _moves("move"),
    "sort": _moves("place"),
    "match": _moves("link"),
    "trace": _trace,
    "gauge": _gauge,
    "spot": _spot,
}

HINTS = {
    "quiz": "check which choices are marked correct: true (and the answer of true/false cards)",
    "order": "check that no two steps are the same",
    "sort": "check each item's bin",
    "match": "check that no two pairs look the same",
    "trace": "widen the tolerances (speed_mm_s, aim_mm, steadiness_mm) or lower the last "
             "number of stars",
    "gauge": "widen the tolerance, slow the needle (sweep_s) or lower the drift",
    "spot": "check that hotspots do not overlap decoys",
}


def driver_for(kind: TaskType) -> Driver | None:
    if callable(getattr(kind.bot, "act", None)):
        return lambda bot, rules, dt: bot.act(rules, dt)
    return LEGACY.get(kind.name)


@dataclass
class Outcome:
    score: int = 0
    finished: bool = False
    timed_out: bool = False
    seconds: float = 0.0
    checked: bool = True


def play(params: TaskParams, seed: int = SEED) -> Outcome:
    """The bot's game at skill 1 (exceptions from the task type propagate)."""
    load_builtin()
    kind = REGISTRY[params.type]  # type: ignore[attr-defined]
    drive = driver_for(kind)
    if drive is None:
        return Outcome(checked=False)
    rules = kind.rules(params, random.Random(seed), timers=True)
    bot = kind.bot(params, random.Random(seed + 1), 1.0)
    limit = (params.time_limit_s or NO_TIMER_LIMIT_S) + 1.0
    while not rules.finished and rules.elapsed < limit:
        drive(bot, rules, STEP_S)
        rules.update(STEP_S)
    if not rules.finished:
        return Outcome(seconds=rules.elapsed)
    result = rules.result()
    return Outcome(result.score, True, result.timed_out, rules.elapsed)


def target(params: TaskParams) -> int:
    return params.stars[2] if params.type in CONTINUOUS else 100  # type: ignore[attr-defined]


def check_tasks(loaded: LoadedScenario, view: Positions) -> list[Problem]:
    out: list[Problem] = []
    unchecked: set[str] = set()
    for wi, world in enumerate(loaded.model.worlds or []):
        for si, station in enumerate(getattr(world, "stations", None) or []):
            params = getattr(station, "task", None)
            if not isinstance(params, TaskParams):
                continue  # missing or invalid: the schema said so
            tpath = ("worlds", wi, "stations", si, "task")
            at = view.mark(tpath)
            kind = params.type  # type: ignore[attr-defined]
            out += _image_bounds(loaded, view, params, tpath)
            try:
                outcome = play(params)
            except Exception as err:  # noqa: BLE001 - a broken task type must not stop the run
                out.append(Problem(at, f"the {kind} task could not be played by its bot "
                                   f"({type(err).__name__}: {err})",
                                   f"this is probably a bug of the task type '{kind}': tell a "
                                   "developer"))
                continue
            if not outcome.checked:
                if kind not in unchecked:
                    unchecked.add(kind)
                    out.append(Problem(at, f"'{kind}' tasks cannot be played by the validator, "
                                       "so nobody checked they can be solved",
                                       f"a developer gives the {kind} bot an act(rules, dt) "
                                       "method (docs/AUTHORING.en.md)", "warning"))
                continue
            out += _judge(params, outcome, at)
    return out


def _image_bounds(loaded: LoadedScenario, view: Positions, params: TaskParams,
                  tpath: tuple[str | int, ...]) -> list[Problem]:
    """A task type's own check of its picture, given the picture's size.

    A params module may define ``check_image_bounds(params, (width, height)) -> list[str]``
    (spot does: circles inside the picture); it is called with the size of the task's
    ``image`` when that file exists.
    """
    from game.scenario.loader import resolve_asset

    hook = getattr(sys.modules.get(type(params).__module__), "check_image_bounds", None)
    image = getattr(params, "image", None)
    if not callable(hook) or not isinstance(image, str):
        return []
    path = resolve_asset(loaded.folder, image)
    size = image_size(path) if path is not None else None
    if size is None:
        return []  # the file checks said why
    return [Problem(view.mark(tpath + ("image",)), message, "positions are the picture's own "
                    "pixels from its top-left corner: read them in an image editor")
            for message in hook(params, size)]


def _judge(params: TaskParams, outcome: Outcome, at: Any) -> list[Problem]:
    kind = params.type  # type: ignore[attr-defined]
    if outcome.timed_out or (not outcome.finished and params.time_limit_s):
        return [Problem(at, f"even a professional cannot finish this {kind} task in its "
                        f"{params.time_limit_s:g} s: the bot ran out of time",
                        "give more time (time_limit_s), or make the task shorter")]
    if not outcome.finished:
        return [Problem(at, f"the bot did not finish this {kind} task in "
                        f"{NO_TIMER_LIMIT_S:g} s", "check that the task can be completed")]
    need = target(params)
    if outcome.score < need:
        what = "100" if need == 100 else f"{need} (3 stars)"
        return [Problem(at, f"playing perfectly, the bot scores only {outcome.score}/100 on this "
                        f"{kind} task; a professional should reach {what}",
                        HINTS.get(kind, "check the task's answers"))]
    return []
