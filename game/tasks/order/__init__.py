"""The order task: put steps back in the right order (lockout/tagout, assembly)."""
from __future__ import annotations

from game.tasks.base import TaskType, register
from game.tasks.order.bot import OrderBot
from game.tasks.order.params import OrderParams, Step
from game.tasks.order.rules import OrderRules

__all__ = ["TASK", "OrderBot", "OrderParams", "OrderRules", "Step"]


def _view() -> type:
    from game.tasks.order.view import OrderView

    view: type = OrderView
    return view


TASK = register(
    TaskType(name="order", params=OrderParams, rules=OrderRules, bot=OrderBot, view=_view)
)
