"""Walking a role model's dialogue: her lines, then questions the player may ask."""
from __future__ import annotations

from dataclasses import dataclass, field

from game.scenario.models import Dialogue
from game.scenario.text import LocalText


@dataclass
class DialogueWalker:
    """``mode`` is "lines" (her intro), "answer" (answering a question) or "menu"."""

    dialogue: Dialogue
    mode: str = "lines"
    index: int = 0
    question: int | None = None
    asked: set[int] = field(default_factory=set)

    @property
    def line(self) -> LocalText | None:
        if self.mode == "lines":
            return self.dialogue.lines[self.index]
        if self.mode == "answer" and self.question is not None:
            return self.dialogue.questions[self.question].answer[self.index]
        return None

    @property
    def in_menu(self) -> bool:
        return self.mode == "menu"

    def advance(self) -> None:
        """The next line; after the last one, the menu of questions."""
        if self.mode == "menu":
            return
        count = len(self.dialogue.lines) if self.mode == "lines" else \
            len(self.dialogue.questions[self.question or 0].answer)
        self.index += 1
        if self.index >= count:
            self.mode, self.index, self.question = "menu", 0, None

    def ask(self, i: int) -> str | None:
        """Ask question ``i``; returns the myth its answer busts, if any."""
        if self.mode != "menu" or not 0 <= i < len(self.dialogue.questions):
            return None
        self.mode, self.index, self.question = "answer", 0, i
        self.asked.add(i)
        return self.dialogue.questions[i].myth

    def skip(self) -> None:
        """Straight to the menu (the player has read enough)."""
        self.mode, self.index, self.question = "menu", 0, None
