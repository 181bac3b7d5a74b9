"""The sort task: put each item in its bin (defect types, cell grades)."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from game.scenario.text import LocalText
from game.tasks.base import TaskType, register
from game.tasks.sort.bot import SortBot
from game.tasks.sort.params import Bin, Item, SortParams
from game.tasks.sort.rules import SortRules
from game.tasks.sort.votes import votes

if TYPE_CHECKING:
    from game.tasks.view import TaskView

__all__ = ["TASK", "Bin", "Item", "SortBot", "SortParams", "SortRules"]


def _view() -> type[TaskView[Any]]:
    from game.tasks.sort.view import SortView

    return SortView


TASK = register(TaskType(
    name="sort", items="items", params=SortParams, rules=SortRules, bot=SortBot, view=_view,
    summary=LocalText.of("range des éléments dans des bacs (types de défauts, classes de "
                         "cellules)", "drags items into bins (defect types, cell grades)"),
    scoring=LocalText.of("les éléments bien rangés", "items in the right bin"),
    hint="check each item's bin",
    guide=Path(__file__).parent,
    votes=votes,  # projector mode: the class votes by a show of hands
))
