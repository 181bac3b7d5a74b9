"""The match task: pair items (symbol ↔ meaning, tool ↔ use)."""
from __future__ import annotations

from game.tasks.base import TaskType, register
from game.tasks.match.bot import MatchBot
from game.tasks.match.params import MatchParams, Pair, Side
from game.tasks.match.rules import MatchRules

__all__ = ["TASK", "MatchBot", "MatchParams", "MatchRules", "Pair", "Side"]


def _view() -> type:
    from game.tasks.match.view import MatchView

    view: type = MatchView
    return view


TASK = register(
    TaskType(name="match", params=MatchParams, rules=MatchRules, bot=MatchBot, view=_view)
)
