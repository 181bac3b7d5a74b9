"""The quiz task: single, multiple and true/false questions (myth cards)."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from game.scenario.text import LocalText
from game.tasks.base import TaskType, register
from game.tasks.quiz.bot import QuizBot
from game.tasks.quiz.params import Choice, Question, QuizParams
from game.tasks.quiz.rules import ChoiceView, QuizRules
from game.tasks.quiz.votes import votes

if TYPE_CHECKING:
    from game.tasks.view import TaskView

__all__ = ["TASK", "Choice", "ChoiceView", "Question", "QuizBot", "QuizParams", "QuizRules"]


def _view() -> type[TaskView[Any]]:
    from game.tasks.quiz.view import QuizView

    return QuizView


TASK = register(TaskType(
    name="quiz", items="questions", params=QuizParams, rules=QuizRules, bot=QuizBot, view=_view,
    summary=LocalText.of("choisit une ou plusieurs réponses (cartes vrai / faux sur les idées "
                         "reçues comprises)",
                         "picks one or several answers (true/false myth cards included)"),
    scoring=LocalText.of("les bonnes réponses, avec une explication par réponse",
                         "correct answers, with an explanation per answer"),
    hint="check which choices are marked correct: true (and the answer of true/false cards)",
    guide=Path(__file__).parent,
    votes=votes,  # projector mode: the class votes by a show of hands
))
