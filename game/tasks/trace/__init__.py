"""The trace task: the weld pass, measured like a welding simulator."""
from __future__ import annotations

from game.tasks.base import TaskType, register
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

__all__ = [
    "DEFECTS", "HINTS", "TASK", "Band", "BeadDot", "Defect", "LiveStatus", "Polyline",
    "Sample", "SpeedBand", "TraceBot", "TraceParams", "TraceRules",
]


def _view() -> type:
    from game.tasks.trace.view import TraceView

    view: type = TraceView
    return view


TASK = register(
    TaskType(name="trace", params=TraceParams, rules=TraceRules, bot=TraceBot, view=_view)
)
