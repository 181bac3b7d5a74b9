"""Parameters of a match task: pairs of items to link (symbol ↔ meaning, tool ↔ use)."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from game.scenario.refs import Asset
from game.scenario.text import LocalText
from game.tasks.base import ItemId as Id
from game.tasks.base import TaskParams

MIN_PAIRS, MAX_PAIRS = 3, 8
MAX_CHARS = 70  # an item is one row of a column; the details go in ``explain``




class Side(BaseModel):
    """One end of a pair: a text, a picture, or both."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    text: LocalText | None = None
    image: Asset | None = None

    @field_validator("text")
    @classmethod
    def _short(cls, value: LocalText | None) -> LocalText | None:
        for lang, s in (value.root.items() if value else ()):
            if len(s) > MAX_CHARS:
                raise ValueError(
                    f"this text is {len(s)} characters long in '{lang}'; keep it to {MAX_CHARS} "
                    f"so that it fits its row (put the details in explain): \"{s}\""
                )
        return value

    @model_validator(mode="after")
    def _something(self) -> Side:
        if self.text is None and self.image is None:
            raise ValueError("give this side a text or an image (or both)")
        return self

    def key(self) -> tuple[object, ...]:
        """What the player sees, to spot two sides that look the same."""
        return (tuple(sorted(self.text.root.items())) if self.text else None, self.image)


class Pair(BaseModel):
    """A left item and the right item it goes with; ``explain`` says why."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    id: Id
    left: Side
    right: Side
    explain: LocalText | None = None

    @model_validator(mode="after")
    def _named(self) -> Pair:
        if self.left.text is None and self.right.text is None:
            raise ValueError(
                f"pair '{self.id}' has pictures only; give one side a text "
                "(the debrief names the pair by it)"
            )
        return self


class MatchParams(TaskParams):
    """``type: match`` — 3 to 8 pairs; the left column keeps the written order, the right
    column is shuffled."""

    type: Literal["match"]
    pairs: list[Pair]

    @field_validator("pairs")
    @classmethod
    def _pairs(cls, pairs: list[Pair]) -> list[Pair]:
        if not MIN_PAIRS <= len(pairs) <= MAX_PAIRS:
            raise ValueError(
                f"a match task needs {MIN_PAIRS} to {MAX_PAIRS} pairs; it has {len(pairs)}"
            )
        seen: set[str] = set()
        for pair in pairs:
            if pair.id in seen:
                raise ValueError(f"pair id '{pair.id}' is used twice; each pair needs its own id")
            seen.add(pair.id)
        for side in ("left", "right"):
            looks: dict[tuple[object, ...], str] = {}
            for pair in pairs:
                key = getattr(pair, side).key()
                if key in looks:
                    raise ValueError(
                        f"pairs '{looks[key]}' and '{pair.id}' show the same {side} item; "
                        "the player could not tell them apart"
                    )
                looks[key] = pair.id
        return pairs

    def fewer_choices(self) -> MatchParams:
        """One pair fewer (the last written), so every item has one wrong partner fewer to
        consider; a task at its minimum of pairs is unchanged."""
        if len(self.pairs) <= MIN_PAIRS:
            return self
        return self.model_copy(update={"pairs": self.pairs[:-1]})
