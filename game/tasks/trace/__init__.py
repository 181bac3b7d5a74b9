"""The trace task: the weld pass, measured like a welding simulator."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from game.scenario.text import LocalText
from game.tasks.base import Figure, TaskResult, TaskType, register
from game.tasks.trace.bot import TraceBot
from game.tasks.trace.geometry import Polyline
from game.tasks.trace.params import Band, SpeedBand, TraceParams
from game.tasks.trace.rules import (
    DEFECTS,
    HINTS,
    BeadDot,
    Defect,
    LiveStatus,
    Sample,
    TraceRules,
)

if TYPE_CHECKING:
    from game.tasks.base import Paint
    from game.tasks.view import TaskView

__all__ = [
    "DEFECTS", "HINTS", "TASK", "Band", "BeadDot", "Defect", "LiveStatus", "Polyline",
    "Sample", "SpeedBand", "TraceBot", "TraceParams", "TraceRules",
]


def _view() -> type[TaskView[Any]]:
    from game.tasks.trace.view import TraceView

    return TraceView


def _has_graph(result: TaskResult) -> bool:
    """A pass was welded: its speed and aim can be drawn along the seam."""
    return bool(result.details.get("speed"))


def _graph() -> Paint:
    from game.tasks.trace.figure import draw_debrief

    return draw_debrief


TASK = register(TaskType(
    name="trace", params=TraceParams, rules=TraceRules, bot=TraceBot, view=_view,
    summary=LocalText.of("suit un joint au doigt, à la souris ou au clavier : la passe de "
                         "soudure", "follows a seam with the pointer or the keys: the weld pass"),
    scoring=LocalText.of("vitesse d'avance, visée du joint et régularité, chacune dans sa "
                         "tolérance", "travel speed, aim at the joint and steadiness, each "
                         "within its tolerance"),
    continuous=True,
    hint="widen the tolerances (speed_mm_s, aim_mm, steadiness_mm) or lower the last number "
         "of stars",
    figure=Figure(_has_graph, _graph),
    guide=Path(__file__).parent,
))
