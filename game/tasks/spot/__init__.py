"""The spot task: find what is wrong in a picture (hazards, weld defects)."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from game.scenario.text import LocalText
from game.tasks.base import Figure, Finding, Pictures, TaskResult, TaskType, register
from game.tasks.spot.bot import SpotBot
from game.tasks.spot.params import Area, SpotParams, check_image_bounds
from game.tasks.spot.rules import WRONG_TAP_POINTS, SpotRules, Tap, reading_order

if TYPE_CHECKING:
    from game.tasks.base import Paint
    from game.tasks.view import TaskView

__all__ = [
    "TASK", "WRONG_TAP_POINTS", "Area", "SpotBot", "SpotParams", "SpotRules", "Tap",
    "check_image_bounds", "reading_order",
]


def _view() -> type[TaskView[Any]]:
    from game.tasks.spot.view import SpotView

    return SpotView


def _has_figure(result: TaskResult) -> bool:
    return bool(result.details.get("image")) and bool(result.details.get("hotspots"))


def _figure() -> Paint:
    from game.tasks.spot.figure import draw_figure

    return draw_figure


def _inside_the_picture(params: SpotParams, pictures: Pictures) -> list[Finding]:
    """Every circle inside the picture, once its size is known (the file checks say if not)."""
    size = pictures.size(params.image)
    if size is None:
        return []
    return [Finding(("image",), message, "positions are the picture's own pixels from its "
                    "top-left corner: read them in an image editor")
            for message in check_image_bounds(params, size)]


TASK = register(TaskType(
    name="spot", items="hotspots", spare="extras", params=SpotParams, rules=SpotRules,
    bot=SpotBot, view=_view,
    summary=LocalText.of("trouve ce qui ne va pas dans une image (dangers, défauts de soudure)",
                         "finds what is wrong in a picture (hazards, weld defects)"),
    scoring=LocalText.of("les défauts trouvés, les oublis, les touches à tort",
                         "faults found, missed and wrong taps"),
    hint="check that hotspots do not overlap decoys",
    figure=Figure(_has_figure, _figure),
    check=_inside_the_picture,
    guide=Path(__file__).parent,
))
