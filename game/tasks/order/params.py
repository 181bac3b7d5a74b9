"""Parameters of an order task: steps written in the right order."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator

from game.scenario.text import LocalText
from game.tasks.base import ItemId as Id
from game.tasks.base import TaskParams


class Step(BaseModel):
    """One step; ``explain`` says why it comes where it does."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

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
