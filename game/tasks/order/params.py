"""Parameters of an order task: steps written in the right order."""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, field_validator

from game.scenario.text import LocalText
from game.tasks.base import TaskParams


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("an id cannot be empty; give a short name such as 'nettoyer'")
    return value


Id = Annotated[str, AfterValidator(_not_blank)]


class Step(BaseModel):
    """One step; ``explain`` says why it comes where it does."""

    model_config = ConfigDict(extra="forbid")

    id: Id
    text: LocalText
    explain: LocalText | None = None


class OrderParams(TaskParams):
    """``type: order`` — the steps in the right order; the game shuffles them."""

    type: Literal["order"]
    steps: list[Step]

    @field_validator("steps")
    @classmethod
    def _enough_and_unique(cls, steps: list[Step]) -> list[Step]:
        if len(steps) < 2:
            raise ValueError(
                f"an order task needs at least two steps to put in order; it has {len(steps)}"
            )
        seen: set[str] = set()
        for step in steps:
            if step.id in seen:
                raise ValueError(f"step id '{step.id}' is used twice; each step needs its own id")
            seen.add(step.id)
        return steps
