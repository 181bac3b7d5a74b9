"""The gauge task: stop a sweeping needle in the zone, or hold it there against a drift."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from game.scenario.text import LocalText
from game.tasks.base import Figure, TaskResult, TaskType, register
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

if TYPE_CHECKING:
    from game.tasks.base import Paint
    from game.tasks.view import TaskView

__all__ = [
    "CLOSE_WEIGHT", "FULL_MISS", "IN_BAND_WEIGHT", "TASK", "GaugeBot", "GaugeParams",
    "GaugeRules", "Stop", "closeness", "stop_points",
]


def _view() -> type[TaskView[Any]]:
    from game.tasks.gauge.view import GaugeView

    return GaugeView


def _has_figure(result: TaskResult) -> bool:
    """Stops were made (stop mode), or the needle was held (hold mode)."""
    d = result.details
    return bool(d.get("rounds")) if d.get("mode") == "stop" else \
        d.get("mode") == "hold" and bool(d.get("trace"))


def _figure() -> Paint:
    from game.tasks.gauge.figure import draw_figure

    return draw_figure


TASK = register(TaskType(
    name="gauge", params=GaugeParams, rules=GaugeRules, bot=GaugeBot, view=_view,
    summary=LocalText.of("arrête ou tient une aiguille dans une zone (épaisseur d'enduction, "
                         "pression)", "stops or holds a needle in a zone (coating thickness, "
                         "pressure)"),
    scoring=LocalText.of("l'écart à la cible, le temps dans la zone",
                         "distance to the target, time in the zone"),
    continuous=True,
    hint="widen the tolerance, slow the needle (sweep_s) or lower the drift",
    figure=Figure(_has_figure, _figure),
    guide=Path(__file__).parent,
))
