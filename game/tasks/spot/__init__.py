"""The spot task: find what is wrong in a picture (hazards, weld defects)."""
from __future__ import annotations

from game.tasks.base import TaskType, register
from game.tasks.spot.bot import SpotBot
from game.tasks.spot.params import Area, SpotParams, check_image_bounds
from game.tasks.spot.rules import WRONG_TAP_POINTS, SpotRules, Tap, reading_order

__all__ = [
    "TASK", "WRONG_TAP_POINTS", "Area", "SpotBot", "SpotParams", "SpotRules", "Tap",
    "check_image_bounds", "reading_order",
]


def _view() -> type:
    from game.tasks.spot.view import SpotView

    view: type = SpotView
    return view


TASK = register(TaskType(name="spot", params=SpotParams, rules=SpotRules, bot=SpotBot, view=_view))
