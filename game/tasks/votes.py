"""A task as questions a class answers by a show of hands (projector mode, issue 11).

On one screen for a whole class, the trainer cannot hand the mouse round: each question
stays up while the class votes, then the answer is shown. A quiz is such questions already;
a sort (where does each item go?), a match (what goes with each left item?) and an order
(which step comes n-th?) are turned into them by their type's ``votes``
(:attr:`game.tasks.base.TaskType.votes`). A gesture (a weld pass, a needle, a picture to
search) cannot be voted: those types declare none, and the projector says so on screen.

Plain Python (no pygame).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from game.scenario.text import LocalText

MAX_CHOICES = 8  # rows a projector shows, each with its hands counted (+ and −)


class ChoiceLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def text(self) -> LocalText: ...
    @property
    def correct(self) -> bool: ...
    @property
    def explain(self) -> LocalText | None: ...


class Votable(Protocol):
    """What the projector shows of one question: a quiz's own, or a :class:`Vote`."""

    @property
    def id(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def prompt(self) -> LocalText: ...
    @property
    def image(self) -> str | None: ...
    @property
    def explain(self) -> LocalText | None: ...
    @property
    def discuss(self) -> LocalText | None: ...
    @property
    def choices(self) -> Sequence[ChoiceLike]: ...

    def correct_ids(self) -> set[str]: ...


@dataclass(frozen=True)
class VoteChoice:
    id: str
    text: LocalText
    correct: bool = False
    explain: LocalText | None = None


@dataclass(frozen=True)
class Vote:
    """One question made from a task that is not a quiz (one right answer)."""

    id: str
    prompt: LocalText
    choices: list[VoteChoice] = field(default_factory=list)
    explain: LocalText | None = None  # why, shown with the answer
    image: str | None = None
    discuss: LocalText | None = None
    kind: str = "single"

    def correct_ids(self) -> set[str]:
        return {c.id for c in self.choices if c.correct}


def worded(template: LocalText, **parts: LocalText) -> LocalText:
    """``template`` in each of its languages, with each part in the same language."""
    return LocalText({lang: text.format(**{k: v.get(lang) for k, v in parts.items()})
                      for lang, text in template.root.items()})
