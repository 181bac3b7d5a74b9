"""Order rules: rearrange shuffled steps; scored by pairs left in the wrong order."""
from __future__ import annotations

import random
from typing import Any

from game.i18n import define, local
from game.tasks.base import Feedback, TaskRules
from game.tasks.order.params import OrderParams, Step

define({
    # the debrief lists the steps in the right order; a cross beside one says, in words,
    # where she had put it (a cross beside a right step's text alone read as "this is wrong")
    "order.was_at": {"fr": "C'est l'étape {n} ; tu l'avais mise en position {m}.",
                     "en": "This is step {n}; you had put it at position {m}."},
})


def inversions(order: list[str], correct: list[str]) -> int:
    """Pairs of steps in the wrong relative order."""
    rank = {step_id: i for i, step_id in enumerate(correct)}
    ranks = [rank[step_id] for step_id in order]
    return sum(1 for i, a in enumerate(ranks) for b in ranks[i + 1 :] if a > b)


class OrderRules(TaskRules[OrderParams]):
    """The player ``move``s or ``swap``s steps, then ``submit``s."""

    def __init__(self, params: OrderParams, rng: random.Random, timers: bool = True) -> None:
        super().__init__(params, rng, timers)
        self.correct: list[str] = [s.id for s in params.steps]
        self._steps: dict[str, Step] = {s.id: s for s in params.steps}
        self.order: list[str] = list(self.correct)
        while self.order == self.correct:  # never hand out the answer
            self.rng.shuffle(self.order)

    def step(self, step_id: str) -> Step:
        return self._steps[step_id]

    def _valid(self, *indices: int) -> bool:
        return not self.finished and all(0 <= i < len(self.order) for i in indices)

    def move(self, src: int, dst: int) -> None:
        """Take the step at ``src`` out and insert it at ``dst``."""
        if self._valid(src, dst):
            self.order.insert(dst, self.order.pop(src))

    def swap(self, i: int, j: int) -> None:
        if self._valid(i, j):
            self.order[i], self.order[j] = self.order[j], self.order[i]

    def submit(self) -> None:
        self.finish()

    @property
    def inversions(self) -> int:
        return inversions(self.order, self.correct)

    @property
    def is_sorted(self) -> bool:
        return self.order == self.correct

    def score(self) -> float:
        n = len(self.correct)
        return 100.0 * (1.0 - self.inversions / (n * (n - 1) / 2))

    def feedback(self) -> list[Feedback]:
        out = []
        for i, step in enumerate(self.params.steps):
            ok = self.order[i] == step.id
            said = None if ok else local("order.was_at", n=i + 1,
                                         m=self.order.index(step.id) + 1)
            out.append(Feedback(step.text, ok, step.explain, said))
        return out

    def details(self) -> dict[str, Any]:
        return {"order": list(self.order), "correct": list(self.correct)}
