"""The gauge task: stop a sweeping needle in the zone, or hold it there against a drift."""
from __future__ import annotations

from game.tasks.base import TaskType, register
from game.tasks.gauge.bot import GaugeBot
from game.tasks.gauge.params import GaugeParams
from game.tasks.gauge.rules import (
    CLOSE_WEIGHT,
    FULL_MISS,
    IN_BAND_WEIGHT,
    GaugeRules,
    Stop,
    closeness,
    stop_points,
)

__all__ = [
    "CLOSE_WEIGHT", "FULL_MISS", "IN_BAND_WEIGHT", "TASK", "GaugeBot", "GaugeParams",
    "GaugeRules", "Stop", "closeness", "stop_points",
]


def _view() -> type:
    from game.tasks.gauge.view import GaugeView

    view: type = GaugeView
    return view


TASK = register(
    TaskType(name="gauge", params=GaugeParams, rules=GaugeRules, bot=GaugeBot, view=_view)
)
