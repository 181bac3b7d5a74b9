"""Parameters of a quiz task: questions with choices, or true/false myth cards."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from game.scenario.refs import Asset, MythRef
from game.scenario.text import LocalText
from game.tasks.base import ItemId as Id
from game.tasks.base import TaskParams

KIND_NAMES = {
    "single": "a single-choice question",
    "multiple": "a multiple-choice question",
    "truefalse": "a true/false question",
}




class Choice(BaseModel):
    """One answer the player may pick; ``explain`` says why it is right or wrong."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    id: Id
    text: LocalText
    image: Asset | None = None
    correct: bool = False
    explain: LocalText | None = None


class Question(BaseModel):
    """A question: ``single``/``multiple`` have choices; ``truefalse`` has an answer."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    id: Id
    kind: Literal["single", "multiple", "truefalse"] = "single"
    prompt: LocalText
    image: Asset | None = None
    source: str | None = None
    choices: list[Choice] = []
    answer: bool | None = None
    explain: LocalText | None = None
    myth: MythRef | None = None
    #: projector mode: what the trainer asks the class once the answer is shown
    discuss: LocalText | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Question:
        what, qid = KIND_NAMES[self.kind], self.id
        if self.kind == "truefalse":
            if self.choices:
                raise ValueError(
                    f"{what} has no choices (the player answers true or false); "
                    f"remove the choices of '{qid}'"
                )
            if self.answer is None:
                raise ValueError(
                    f"{what} needs its answer (answer: true or false); '{qid}' has none"
                )
            if self.explain is None:
                raise ValueError(f"{what} needs an explain text; '{qid}' has none")
            return self
        if self.answer is not None:
            raise ValueError(
                f"'answer' is only for true/false questions; in '{qid}', "
                "mark the right choices with correct: true instead"
            )
        if len(self.choices) < 2:
            raise ValueError(f"{what} needs at least two choices; '{qid}' has {len(self.choices)}")
        seen: set[str] = set()
        for choice in self.choices:
            if choice.id in seen:
                raise ValueError(
                    f"choice id '{choice.id}' is used twice in question '{qid}'; "
                    "each choice needs its own id"
                )
            seen.add(choice.id)
        right = sum(1 for c in self.choices if c.correct)
        if self.kind == "single" and right != 1:
            raise ValueError(f"{what} needs exactly one correct choice; '{qid}' has {right}")
        if self.kind == "multiple" and right < 1:
            raise ValueError(f"{what} needs at least one correct choice; '{qid}' has none")
        return self

    def correct_ids(self) -> set[str]:
        """The ids that make up the right answer ("true"/"false" for a true/false card)."""
        if self.kind == "truefalse":
            return {"true" if self.answer else "false"}
        return {c.id for c in self.choices if c.correct}


class QuizParams(TaskParams):
    """``type: quiz`` — one or more questions, asked in the order written."""

    type: Literal["quiz"]
    questions: list[Question]

    @field_validator("questions")
    @classmethod
    def _unique(cls, questions: list[Question]) -> list[Question]:
        if not questions:
            raise ValueError("a quiz needs at least one question")
        seen: set[str] = set()
        for q in questions:
            if q.id in seen:
                raise ValueError(
                    f"question id '{q.id}' is used twice; each question needs its own id"
                )
            seen.add(q.id)
        return questions

    def fewer_choices(self) -> QuizParams:
        """Each question with its last wrong choice removed, where two choices or more stay
        (a true/false card keeps its two)."""
        return self.model_copy(update={"questions": [_one_wrong_fewer(q) for q in self.questions]})


def _one_wrong_fewer(question: Question) -> Question:
    wrong = [i for i, c in enumerate(question.choices) if not c.correct]
    if question.kind == "truefalse" or not wrong or len(question.choices) <= 2:
        return question
    drop = wrong[-1]
    return question.model_copy(
        update={"choices": [c for i, c in enumerate(question.choices) if i != drop]})
