"""The quiz task: single, multiple and true/false questions (myth cards)."""
from __future__ import annotations

from game.tasks.base import TaskType, register
from game.tasks.quiz.bot import QuizBot
from game.tasks.quiz.params import Choice, Question, QuizParams
from game.tasks.quiz.rules import ChoiceView, QuizRules

__all__ = ["TASK", "Choice", "ChoiceView", "Question", "QuizBot", "QuizParams", "QuizRules"]


def _view() -> type:
    from game.tasks.quiz.view import QuizView

    view: type = QuizView
    return view


TASK = register(TaskType(name="quiz", params=QuizParams, rules=QuizRules, bot=QuizBot, view=_view))
