"""The order task: put steps back in the right order (lockout/tagout, assembly)."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from game.scenario.text import LocalText
from game.tasks.base import TaskType, register
from game.tasks.order.bot import OrderBot
from game.tasks.order.params import OrderParams, Step
from game.tasks.order.rules import OrderRules
from game.tasks.order.votes import votes

if TYPE_CHECKING:
    from game.tasks.view import TaskView

__all__ = ["TASK", "OrderBot", "OrderParams", "OrderRules", "Step"]


def _view() -> type[TaskView[Any]]:
    from game.tasks.order.view import OrderView

    return OrderView


TASK = register(TaskType(
    name="order", items="steps", params=OrderParams, rules=OrderRules, bot=OrderBot, view=_view,
    summary=LocalText.of("remet des étapes dans l'ordre (consignation, assemblage)",
                         "puts steps in order (lockout/tagout, assembly)"),
    scoring=LocalText.of("les étapes à leur place", "steps in their place"),
    hint="check that no two steps are the same",
    guide=Path(__file__).parent,
    votes=votes,  # projector mode: the class votes by a show of hands
))
