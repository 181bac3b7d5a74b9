"""The sort task: put each item in its bin (defect types, cell grades)."""
from __future__ import annotations

from game.tasks.base import TaskType, register
from game.tasks.sort.bot import SortBot
from game.tasks.sort.params import Bin, Item, SortParams
from game.tasks.sort.rules import SortRules

__all__ = ["TASK", "Bin", "Item", "SortBot", "SortParams", "SortRules"]


def _view() -> type:
    from game.tasks.sort.view import SortView

    view: type = SortView
    return view


TASK = register(TaskType(name="sort", params=SortParams, rules=SortRules, bot=SortBot, view=_view))
