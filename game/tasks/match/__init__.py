"""The match task: pair items (symbol ↔ meaning, tool ↔ use)."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from game.scenario.text import LocalText
from game.tasks.base import TaskType, register
from game.tasks.match.bot import MatchBot
from game.tasks.match.params import MatchParams, Pair, Side
from game.tasks.match.rules import MatchRules
from game.tasks.match.votes import votes

if TYPE_CHECKING:
    from game.tasks.view import TaskView

__all__ = ["TASK", "MatchBot", "MatchParams", "MatchRules", "Pair", "Side"]


def _view() -> type[TaskView[Any]]:
    from game.tasks.match.view import MatchView

    return MatchView


TASK = register(TaskType(
    name="match", items="pairs", params=MatchParams, rules=MatchRules, bot=MatchBot, view=_view,
    summary=LocalText.of("associe des paires (symbole ↔ sens, outil ↔ usage)",
                         "pairs items (symbol ↔ meaning, tool ↔ use)"),
    scoring=LocalText.of("les paires justes", "correct pairs"),
    hint="check that no two pairs look the same",
    guide=Path(__file__).parent,
    votes=votes,  # projector mode: the class votes by a show of hands
))
