"""What every task type shares: parameters, rules, result, bot, registry.

Nothing here imports pygame: rules and bots are plain Python, tested without a
display. Each task type lives in its own package ``game/tasks/<type>/`` with
``params``/``rules``/``bot`` (pure) and ``view`` (pygame), and registers a
:class:`TaskType` that declares all of it (its view and figure load lazily). Adding a
type is adding a package: nothing else names the types.
"""
from __future__ import annotations

import inspect
import random
import typing
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Generic, Protocol, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

from game.scenario.text import LocalText

if TYPE_CHECKING:
    import pygame

    from game.context import Context
    from game.tasks.view import TaskView
    from game.tasks.votes import Votable

    #: draws a result's figure in ``rect`` (its return value, if any, is not used)
    Paint = Callable[[Context, pygame.Surface, pygame.Rect, "TaskResult"], object]

DEFAULT_STARS = (40, 70, 90)  # score needed for 1, 2 and 3 stars


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("an id cannot be empty; give a short name such as 'masque'")
    return value


#: the id of an item inside a task (a question, a step, a bin, a hotspot…)
ItemId = Annotated[str, AfterValidator(_not_blank)]


class TaskParams(BaseModel):
    """Parameters every task accepts; each type subclasses this with ``type: Literal[...]``."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    type: str  # the type's name; each type narrows it to its Literal
    prompt: LocalText | None = None
    time_limit_s: float | None = Field(default=None, gt=0, description="seconds; absent = no timer")
    express_items: int | None = Field(
        default=None, ge=1, le=12,
        description="items kept on the découverte route (absent: the first 4)")
    stars: tuple[int, int, int] = Field(
        default=DEFAULT_STARS, description="score needed for 1, 2 and 3 stars"
    )

    def fewer_choices(self) -> TaskParams:
        """These parameters with one wrong option fewer per question (the fewer-choices
        accommodation); a type with no options to drop (a gauge, an order) keeps them."""
        return self

    @field_validator("stars")
    @classmethod
    def _increasing(cls, value: tuple[int, int, int]) -> tuple[int, int, int]:
        if not (0 <= value[0] <= value[1] <= value[2] <= 100):
            raise ValueError("star thresholds must rise from 0 to 100, e.g. [40, 70, 90]")
        return value


class TargetBand:
    """For models with ``target`` and ``tolerance``: the band target ± tolerance."""

    target: float
    tolerance: float

    @property
    def low(self) -> float:
        return self.target - self.tolerance

    @property
    def high(self) -> float:
        return self.target + self.tolerance


def stars_for(score: int, thresholds: tuple[int, int, int] = DEFAULT_STARS) -> int:
    return sum(1 for t in thresholds if score >= t)


@dataclass(frozen=True)
class Feedback:
    """One line of the debrief: an item, whether the player got it, and why; ``answer`` says
    in words what she chose and, when it was not that, what was right (the mark beside it is
    not enough: colour and a cross alone never carry the meaning)."""

    label: LocalText
    ok: bool
    explain: LocalText | None = None
    answer: LocalText | None = None


@dataclass(frozen=True)
class TaskResult:
    score: int  # 0..100
    stars: int  # 0..3
    feedback: tuple[Feedback, ...] = ()
    timed_out: bool = False
    details: dict[str, Any] = field(default_factory=dict)  # type-specific (e.g. trace graph)


P = TypeVar("P", bound=TaskParams)


class TaskRules(ABC, Generic[P]):
    """The state and scoring of one task being played.

    The scene calls :meth:`update` every fixed step; the type's own methods take
    the player's moves. ``timers=False`` (a setting) switches the timer off.
    """

    def __init__(self, params: P, rng: random.Random, timers: bool = True) -> None:
        self.params = params
        self.rng = rng
        self.time_limit = params.time_limit_s if timers else None
        self.elapsed = 0.0
        self.timer_s = 0.0  # seconds the timer has run (it waits while the player reads)
        self.timer_held = False  # a scene holds the timer until the first move (hold_timer)
        self.timed_out = False
        self._result: TaskResult | None = None

    def hold_timer(self) -> None:
        """The timer waits for the player's first move (:meth:`first_move`): reading is not
        timed."""
        self.timer_held = True

    def first_move(self) -> None:
        """The player moved: the timer runs from now (if it was held)."""
        self.timer_held = False

    @property
    def reading(self) -> bool:
        """True while the task shows feedback or an explanation: the timer stops."""
        return False

    def allow_more_time(self, factor: float | None) -> None:
        """A player's (or a student's) extra time: the limit x1.5 or x2; None takes it away."""
        if self.time_limit is not None:
            self.time_limit = None if factor is None else self.time_limit * factor

    def retime(self, timers: bool, factor: float) -> None:
        """The limit as the settings now say, while the task runs (a student given more time
        or no timer mid-task): the seconds already used stay used."""
        limit = self.params.time_limit_s
        self.time_limit = None if not timers or limit is None else limit * factor

    @property
    def time_left(self) -> float | None:
        if self.time_limit is None:
            return None
        return max(0.0, self.time_limit - self.timer_s)

    @property
    def finished(self) -> bool:
        return self._result is not None

    def update(self, dt: float) -> None:
        if self.finished:
            return
        self.elapsed += dt
        if not self.timer_held and not self.reading:
            self.timer_s += dt
        if self.time_limit is not None and self.timer_s >= self.time_limit:
            self.timed_out = True
            self.finish()

    def finish(self) -> TaskResult:
        """End the task now (also on time-out) and score what was done."""
        if self._result is None:
            score = max(0, min(100, round(self.score())))
            self._result = TaskResult(
                score=score,
                stars=stars_for(score, self.params.stars),
                feedback=tuple(self.feedback()),
                timed_out=self.timed_out,
                details=self.details(),
            )
        return self._result

    def result(self) -> TaskResult:
        if self._result is None:
            raise RuntimeError("the task is not finished")
        return self._result

    @abstractmethod
    def score(self) -> float:
        """0..100 for what has been done so far."""

    @abstractmethod
    def feedback(self) -> list[Feedback]:
        """Every item, whether it was right, and its explanation."""

    def details(self) -> dict[str, Any]:
        return {}


R = TypeVar("R", bound="TaskRules[Any]")


class Bot(ABC, Generic[P, R]):
    """A policy that plays a task; ``skill`` 0..1 (1 = a professional).

    :meth:`act` is the one thing every bot must do; its other methods are the moves a
    view turns into a visitor's gestures (a tap, a drag) when the game plays itself.
    """

    def __init__(self, params: P, rng: random.Random, skill: float = 0.8) -> None:
        self.params = params
        self.rng = rng
        self.skill = max(0.0, min(1.0, skill))

    @abstractmethod
    def act(self, rules: R, dt: float) -> None:
        """One fixed step of play (``dt`` seconds): the bot's moves on ``rules``, if any.

        The caller steps the clock (``rules.update(dt)``) afterwards. The validator plays
        every task this way, and so does the autoplay on a view with no gestures of its own.
        """


class Pictures(Protocol):
    """What a type's own check may ask about the files a scenario names."""

    def size(self, relative: str) -> tuple[int, int] | None:
        """Width and height in pixels of a picture as written in YAML (None: unreadable)."""


@dataclass(frozen=True)
class Finding:
    """A problem a type's own check found, at a path inside the task's parameters."""

    at: tuple[str | int, ...]
    message: str
    hint: str = ""


@dataclass(frozen=True)
class Figure:
    """A still drawing of a finished task for the debrief (the weld pass graph…).

    ``shows`` is pure: whether a result has anything to draw (a pass never started has
    no graph). ``painter`` imports the pygame drawing only when a debrief needs it.
    """

    shows: Callable[[TaskResult], bool]
    painter: Callable[[], Paint]

    def paint(self, ctx: Context, surface: pygame.Surface, rect: pygame.Rect,
              result: TaskResult) -> None:
        self.painter()(ctx, surface, rect, result)


@dataclass(frozen=True)
class TaskType(Generic[P]):
    """Everything a task type declares; validation, the schema, the bots, the debrief and
    the authoring guides read it from :data:`REGISTRY`, never from a list of names."""

    name: str  # the YAML ``type:``
    params: type[P]  # its pydantic model, with ``type: Literal[name]``
    rules: type[TaskRules[P]]
    bot: type[Bot[P, Any]]
    view: Callable[[], type[TaskView[Any]]]  # imports the pygame view when a game shows the task
    summary: LocalText  # the player…, for the guides' list of types
    scoring: LocalText  # scored on…, for the same list
    #: measured on a scale (trace, gauge): a professional reaches 3 stars, not 100; its bot
    #: also acts on every step of the game, not once per think time
    continuous: bool = False
    #: validate's advice when even a perfect bot falls short
    hint: str = "check the task's answers"
    figure: Figure | None = None  # a drawing of the result in the debrief
    #: the type's own content check beyond its model (spot: circles inside the picture)
    check: Callable[[P, Pictures], list[Finding]] | None = None
    #: the parameters' list of items (questions, steps…) the découverte route cuts to its
    #: first few; None: the task is played whole (a weld pass, a gauge)
    items: str | None = None
    #: where the items the découverte cuts go instead of being dropped (spot: ``extras``,
    #: since the picture still shows every fault); None: dropped
    spare: str | None = None
    #: the folder holding the type's section of the authoring guides, ``guide.fr.md`` and
    #: ``guide.en.md`` (its example after ``<!-- task: NAME -->``); tools/task_types.py
    #: copies them into the guides
    guide: Path | None = None
    #: projector mode: the task as questions a class answers by a show of hands
    #: (game.tasks.votes); None: a gesture, played at the screen by a volunteer
    votes: Callable[[P, random.Random], Sequence[Votable]] | None = None

    def target(self, params: P) -> int:
        """The score a professional reaches on these parameters: what validate demands."""
        return params.stars[2] if self.continuous else 100


REGISTRY: dict[str, TaskType[Any]] = {}
#: called after the registry changes (the scenario models rebuild their task union)
WATCHERS: list[Callable[[], None]] = []


def register(task_type: TaskType[P]) -> TaskType[P]:
    """Add a type (its package calls this on import); a declaration that cannot work is refused."""
    name = task_type.name
    field = task_type.params.model_fields.get("type")
    if field is None or typing.get_args(field.annotation) != (name,):
        raise TypeError(f"the parameters of task type '{name}' must declare "
                        f"type: Literal[\"{name}\"]")
    if inspect.isabstract(task_type.bot):
        raise TypeError(f"the bot of task type '{name}' must implement act(rules, dt)")
    REGISTRY[name] = task_type
    for watcher in WATCHERS:
        watcher()
    return task_type


def unregister(name: str) -> None:
    """Forget a type (a test's throw-away one)."""
    if REGISTRY.pop(name, None) is not None:
        for watcher in WATCHERS:
            watcher()


def get(name: str) -> TaskType[Any]:
    try:
        return REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(REGISTRY)) or "none"
        raise KeyError(f"unknown task type '{name}' (known: {known})") from None
